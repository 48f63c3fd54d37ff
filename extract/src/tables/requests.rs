//! Table 三: applications received and handled (25 rows in the 2021 edition, 23 in the 2019
//! edition, whose （六）其他处理 is one row), seven columns each.

use serde_json::{Map, Value};

use super::{Edition, RowRead, RowSpec, ambiguous, read_rows};
use crate::context::Ctx;
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::split::{count_of, row_total_holds};
use crate::tokens::{Region, Val};

/// The seven columns (申请人情况), in template order.
pub(crate) const COLUMNS: [&str; 7] = [
    "natural_person",
    "commercial_enterprise",
    "research_institution",
    "social_welfare_organization",
    "legal_service_organization",
    "other_organization",
    "total",
];

const fn row(pointer: &'static str, labels: &'static [&'static str]) -> RowSpec {
    RowSpec {
        pointer,
        labels,
        cells: 7,
    }
}

/// The rows before （六）.
const HEAD: [RowSpec; 20] = [
    row("/applications/new_received", &["本年新收"]),
    row(
        "/applications/carried_over_from_previous_year",
        &["上年结转"],
    ),
    row("/applications/outcomes/disclosed", &["予以公开"]),
    row("/applications/outcomes/partially_disclosed", &["部分公开"]),
    row(
        "/applications/outcomes/not_disclosed/state_secret",
        &["国家秘密"],
    ),
    row(
        "/applications/outcomes/not_disclosed/prohibited_by_laws_and_regulations",
        &["禁止公开"],
    ),
    row(
        "/applications/outcomes/not_disclosed/endangers_security_or_stability",
        &["三安全一稳定", "危及"],
    ),
    row(
        "/applications/outcomes/not_disclosed/third_party_rights",
        &["第三方合法权益", "第三方"],
    ),
    row(
        "/applications/outcomes/not_disclosed/internal_affairs",
        &["内部事务"],
    ),
    row(
        "/applications/outcomes/not_disclosed/process_information",
        &["过程性信息"],
    ),
    row(
        "/applications/outcomes/not_disclosed/law_enforcement_case_files",
        &["行政执法案卷", "执法案卷"],
    ),
    row(
        "/applications/outcomes/not_disclosed/administrative_inquiry",
        &["行政查询"],
    ),
    row(
        "/applications/outcomes/unable_to_provide/not_held",
        &["不掌握"],
    ),
    row(
        "/applications/outcomes/unable_to_provide/requires_new_compilation",
        &["另行制作"],
    ),
    row(
        "/applications/outcomes/unable_to_provide/unclear_after_supplement",
        &["仍不明确"],
    ),
    row(
        "/applications/outcomes/not_processed/petition_or_complaint",
        &["信访举报"],
    ),
    row(
        "/applications/outcomes/not_processed/repeated_application",
        &["重复申请"],
    ),
    row(
        "/applications/outcomes/not_processed/public_publication_requested",
        &["公开出版物"],
    ),
    row(
        "/applications/outcomes/not_processed/excessive_without_reason",
        &["大量反复"],
    ),
    row(
        "/applications/outcomes/not_processed/confirm_or_reissue_requested",
        &["确认或重新", "重新出具"],
    ),
];

/// （六） in the 2021 edition: three sub-rows.
const OTHER_2021: [RowSpec; 3] = [
    row(
        "/applications/outcomes/other_handling/no_supplement_in_time",
        &["逾期不补"],
    ),
    row(
        "/applications/outcomes/other_handling/fee_not_paid",
        &["逾期未按", "缴纳费用"],
    ),
    row(
        "/applications/outcomes/other_handling/other",
        &["3.其他", "3、其他", "3．其他"],
    ),
];

/// （六） in the 2019 edition: one row.
const OTHER_2019: [RowSpec; 1] = [row("/applications/outcomes/other_handling", &["其他处理"])];

/// The rows after （六）.
const TAIL: [RowSpec; 2] = [
    row("/applications/outcomes/total", &["总计"]),
    row(
        "/applications/carried_forward_to_next_year",
        &["结转下年度"],
    ),
];

/// The most combinations of ambiguous rows tried against the column rules.
const MAX_COMBINATIONS: usize = 10_000;

/// The edition of table 三, by its labels: the 2021 sub-rows of （六）, or its single row.
pub(crate) fn table3_edition(region: &Region) -> Option<Edition> {
    if region.contains(&["逾期不补", "逾期未按", "缴纳费用"]) {
        Some(Edition::V2021)
    } else if region.contains(&["其他处理"]) {
        Some(Edition::V2019)
    } else {
        None
    }
}

/// Reads table 三 into `out` (the report's `applications` object); returns the token index
/// after its last value (the table's note follows), or `None` when it cannot be read.
pub(crate) fn read_requests(
    ctx: &mut Ctx<'_>,
    region: &Region,
    out: &mut Map<String, Value>,
) -> Option<usize> {
    let edition = table3_edition(region)?;
    let specs: Vec<RowSpec> = match edition {
        Edition::V2021 => [&HEAD[..], &OTHER_2021, &TAIL].concat(),
        Edition::V2019 => [&HEAD[..], &OTHER_2019, &TAIL].concat(),
    };
    let (rows, end) = read_rows(ctx, region, &specs, &row_total_holds)?;
    let rows = resolve_by_columns(ctx, &specs, rows)?;
    for (spec, cells) in specs.iter().zip(&rows) {
        let mut object = Map::new();
        for (column, cell) in COLUMNS.iter().zip(cells) {
            let pointer = format!("{}/{column}", spec.pointer);
            object.insert((*column).to_owned(), ctx.count(cell, &pointer)?);
        }
        insert_at(out, spec.pointer, Value::Object(object));
    }
    Some(end)
}

/// Places `value` at `pointer` (below `/applications`), creating objects on the way.
fn insert_at(out: &mut Map<String, Value>, pointer: &str, value: Value) {
    let mut keys: Vec<&str> = pointer.split('/').skip(2).collect();
    let Some(last) = keys.pop() else { return };
    let mut node = out;
    for key in keys {
        let entry = node
            .entry(key.to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
        let Value::Object(next) = entry else { return };
        node = next;
    }
    node.insert(last.to_owned(), value);
}

/// Chooses among the candidate splits of ambiguous rows with the column rules (balance and
/// outcome total, per column); reports the ambiguity when they do not decide.
fn resolve_by_columns(
    ctx: &mut Ctx<'_>,
    specs: &[RowSpec],
    rows: Vec<RowRead>,
) -> Option<Vec<Vec<Val>>> {
    let ambiguous_rows: Vec<usize> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| matches!(r, RowRead::Candidates(_)).then_some(i))
        .collect();
    let options: Vec<Vec<Vec<Val>>> = rows
        .into_iter()
        .map(|r| match r {
            RowRead::Cells(cells) => vec![cells],
            RowRead::Candidates(found) => found,
        })
        .collect();
    if ambiguous_rows.is_empty() {
        return Some(options.into_iter().filter_map(|mut o| o.pop()).collect());
    }
    let combinations = options
        .iter()
        .try_fold(1usize, |n, o| n.checked_mul(o.len()));
    let mut fitting = Vec::new();
    if combinations.is_some_and(|n| n <= MAX_COMBINATIONS) {
        let mut choice = vec![0; options.len()];
        loop {
            let rows: Vec<&Vec<Val>> = options.iter().zip(&choice).map(|(o, c)| &o[*c]).collect();
            if columns_hold(&rows) {
                fitting.push(choice.clone());
            }
            if !advance(&mut choice, &options) {
                break;
            }
        }
    }
    if let [only] = fitting.as_slice() {
        ctx.report(Diagnostic::new(
            Code::DigitRunSplit,
            Severity::Info,
            "连写的数字按列合计与勾稽关系拆分，唯一符合",
            "digits printed together were split by the column sums and the balance rule (one split fits)",
        ));
        return Some(
            options
                .iter()
                .zip(only)
                .map(|(o, c)| o[*c].clone())
                .collect(),
        );
    }
    for i in ambiguous_rows {
        ambiguous(ctx, specs[i].pointer, &options[i]);
    }
    None
}

/// The next combination (odometer order); `false` after the last.
fn advance(choice: &mut [usize], options: &[Vec<Vec<Val>>]) -> bool {
    for (c, o) in choice.iter_mut().zip(options) {
        *c += 1;
        if *c < o.len() {
            return true;
        }
        *c = 0;
    }
    false
}

/// The column rules over rows in template order: （七）总计 = the sum of the result rows, and
/// 一 + 二 = （七）总计 + 四.
fn columns_hold(rows: &[&Vec<Val>]) -> bool {
    let Some((forward, rest)) = rows.split_last() else {
        return false;
    };
    let Some((total, rest)) = rest.split_last() else {
        return false;
    };
    let [new, carried, results @ ..] = rest else {
        return false;
    };
    (0..7).all(|c| {
        let cell = |row: &Vec<Val>| row.get(c).and_then(count_of);
        let results: Option<u64> = results.iter().map(|r| cell(r)).sum();
        let sum_ok = results.is_some() && results == cell(total);
        let balance = (|| Some(cell(new)? + cell(carried)? == cell(total)? + cell(forward)?))();
        sum_ok && balance == Some(true)
    })
}
