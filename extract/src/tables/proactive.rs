//! Table 二: information disclosed proactively, in either edition (the edition is read from
//! the column labels: 本年制发件数 … for 2021, 本年新制作数量 … for 2019).

use serde_json::{Map, Value, json};

use super::{Edition, RowRead, RowSpec, ambiguous, read_rows};
use crate::context::Ctx;
use crate::tokens::{Region, Val};

/// How a cell is read.
#[derive(Debug, Clone, Copy)]
enum Kind {
    /// A count (u32).
    Count,
    /// A signed change (本年增/减).
    Signed,
    /// An amount in 万元 (a plain number).
    Amount,
    /// Money with its unit (`{value, unit}`).
    Money,
}

/// A row of table 二: its spec and each cell's key and kind (no keys: the row is one number).
struct Row {
    spec: RowSpec,
    cells: &'static [(&'static str, Kind)],
}

const fn row(
    pointer: &'static str,
    labels: &'static [&'static str],
    cells: &'static [(&'static str, Kind)],
) -> Row {
    Row {
        spec: RowSpec {
            pointer,
            labels,
            cells: cells.len(),
        },
        cells,
    }
}

const DOCS_2021: &[(&str, Kind)] = &[
    ("issued", Kind::Count),
    ("repealed", Kind::Count),
    ("in_force", Kind::Count),
];
const DOCS_2019: &[(&str, Kind)] = &[
    ("new_made", Kind::Count),
    ("new_published", Kind::Count),
    ("total_published", Kind::Count),
];
const ITEMS: &[(&str, Kind)] = &[
    ("previous_year_items", Kind::Count),
    ("change", Kind::Signed),
    ("decisions", Kind::Count),
];
const FEES_2019: &[(&str, Kind)] = &[
    ("previous_year_items", Kind::Count),
    ("change", Kind::Signed),
];
const PROCUREMENT: &[(&str, Kind)] = &[("items", Kind::Count), ("total_amount", Kind::Money)];
const ONE_COUNT: &[(&str, Kind)] = &[("", Kind::Count)];
const ONE_AMOUNT: &[(&str, Kind)] = &[("", Kind::Amount)];

const P: &str = "/proactive_disclosure";

const ROWS_2021: [Row; 6] = [
    row("/proactive_disclosure/rules", &["规章"], DOCS_2021),
    row(
        "/proactive_disclosure/normative_documents",
        &["规范性文件"],
        DOCS_2021,
    ),
    row(
        "/proactive_disclosure/administrative_licensing_decisions",
        &["行政许可"],
        ONE_COUNT,
    ),
    row(
        "/proactive_disclosure/administrative_penalty_decisions",
        &["行政处罚"],
        ONE_COUNT,
    ),
    row(
        "/proactive_disclosure/administrative_coercion_decisions",
        &["行政强制"],
        ONE_COUNT,
    ),
    row(
        "/proactive_disclosure/administrative_fees_10k_yuan",
        &["行政事业性收费", "事业性收费"],
        ONE_AMOUNT,
    ),
];

const ROWS_2019: [Row; 8] = [
    row("/proactive_disclosure/rules", &["规章"], DOCS_2019),
    row(
        "/proactive_disclosure/normative_documents",
        &["规范性文件"],
        DOCS_2019,
    ),
    row(
        "/proactive_disclosure/administrative_licensing",
        &["行政许可"],
        ITEMS,
    ),
    row(
        "/proactive_disclosure/other_external_management_services",
        &["对外管理服务"],
        ITEMS,
    ),
    row(
        "/proactive_disclosure/administrative_penalty",
        &["行政处罚"],
        ITEMS,
    ),
    row(
        "/proactive_disclosure/administrative_coercion",
        &["行政强制"],
        ITEMS,
    ),
    row(
        "/proactive_disclosure/administrative_fees",
        &["行政事业性收费", "事业性收费"],
        FEES_2019,
    ),
    row(
        "/proactive_disclosure/government_procurement",
        &["集中采购", "政府采购"],
        PROCUREMENT,
    ),
];

/// The edition of table 二, by its column labels.
pub(crate) fn table2_edition(region: &Region) -> Option<Edition> {
    let new = region.contains(&["本年制发", "本年废止", "现行有效"]);
    let old = region.contains(&[
        "本年新制作",
        "本年新公开",
        "对外公开总数量",
        "上一年项目数量",
    ]);
    match (new, old) {
        (true, false) => Some(Edition::V2021),
        (false, true) => Some(Edition::V2019),
        _ => None,
    }
}

/// Reads table 二 of `edition`; `None` (with diagnostics) when it cannot be read.
pub(crate) fn read_proactive(
    ctx: &mut Ctx<'_>,
    region: &Region,
    edition: Edition,
) -> Option<(Value, usize)> {
    let rows: &[Row] = match edition {
        Edition::V2021 => &ROWS_2021,
        Edition::V2019 => &ROWS_2019,
    };
    let specs: Vec<RowSpec> = rows.iter().map(|r| r.spec).collect();
    let (reads, end) = read_rows(ctx, region, &specs, &|_| true)?;
    let mut chosen = Vec::with_capacity(reads.len());
    let mut unsure = false;
    for (row, read) in rows.iter().zip(reads) {
        match read {
            RowRead::Cells(cells) => chosen.push(cells),
            RowRead::Candidates(found) => {
                ambiguous(ctx, row.spec.pointer, &found);
                unsure = true;
            }
        }
    }
    if unsure {
        return None;
    }
    let mut table = Map::new();
    for (row, cells) in rows.iter().zip(&chosen) {
        let key = row
            .spec
            .pointer
            .trim_start_matches(P)
            .trim_start_matches('/');
        table.insert(key.to_owned(), read_row(ctx, row, cells)?);
    }
    Some((Value::Object(table), end))
}

/// One row's value: a number, or an object of its cells.
fn read_row(ctx: &mut Ctx<'_>, row: &Row, cells: &[Val]) -> Option<Value> {
    let mut object = Map::new();
    for ((key, kind), cell) in row.cells.iter().zip(cells) {
        let pointer = if key.is_empty() {
            row.spec.pointer.to_owned()
        } else {
            format!("{}/{key}", row.spec.pointer)
        };
        let value = match kind {
            Kind::Count => ctx.count(cell, &pointer)?,
            Kind::Signed => ctx.signed(cell, &pointer)?,
            Kind::Amount => ctx.amount(cell, &pointer)?.0,
            Kind::Money => {
                let (value, unit) = ctx.amount(cell, &pointer)?;
                json!({ "value": value, "unit": unit.unwrap_or("unspecified") })
            }
        };
        if key.is_empty() {
            return Some(value);
        }
        object.insert((*key).to_owned(), value);
    }
    Some(Value::Object(object))
}
