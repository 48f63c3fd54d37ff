//! The three tables: rows found by their labels, values read from the group printed with each
//! label, digit runs split by the rules, the edition of each table read from its labels.

mod proactive;
mod requests;
mod review;

pub(crate) use proactive::{read_proactive, table2_edition};
pub(crate) use requests::{read_requests, table3_edition};
pub(crate) use review::read_review;

use crate::context::Ctx;
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::split::{Split, split};
use crate::tokens::{Group, Region, Val};

/// The template editions a table can follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Edition {
    /// The 2019 trial format.
    V2019,
    /// The 2021 format.
    V2021,
}

impl Edition {
    /// `"2019"` or `"2021"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Edition::V2019 => "2019",
            Edition::V2021 => "2021",
        }
    }
}

/// A row of the template: where it goes, how it is labelled, how many cells it has.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RowSpec {
    /// JSON Pointer of the row in the report.
    pub pointer: &'static str,
    /// Label fragments that identify the row (the first found counts).
    pub labels: &'static [&'static str],
    /// How many cells the row has.
    pub cells: usize,
}

/// How one row was read.
#[derive(Debug, Clone)]
pub(crate) enum RowRead {
    /// One reading.
    Cells(Vec<Val>),
    /// Several readings satisfy the row's rule.
    Candidates(Vec<Vec<Val>>),
}

/// Finds every row of `specs` in `region` (in order) and reads its values; `None` (with an
/// error recorded) when a row is missing or unreadable.
pub(crate) fn read_rows(
    ctx: &mut Ctx<'_>,
    region: &Region,
    specs: &[RowSpec],
    rule: &dyn Fn(&[Val]) -> bool,
) -> Option<(Vec<RowRead>, usize)> {
    let groups = region.groups();
    let labels = locate_labels(ctx, region, specs)?;
    let mut rows = Vec::with_capacity(specs.len());
    let mut last_tok = 0;
    for (i, spec) in specs.iter().enumerate() {
        let next_label = labels.get(i + 1).copied().unwrap_or(usize::MAX);
        let group = groups
            .iter()
            .find(|g| g.first > labels[i])
            .filter(|g| g.first < next_label);
        let Some(group) = group else {
            ctx.report(missing_row(
                spec,
                "该行没有数字",
                "the row prints no numbers",
            ));
            return None;
        };
        last_tok = group.first + group.vals.len();
        rows.push(read_group(ctx, group, spec, rule)?);
    }
    Some((rows, last_tok))
}

/// The token index of each row's label.
fn locate_labels(ctx: &mut Ctx<'_>, region: &Region, specs: &[RowSpec]) -> Option<Vec<usize>> {
    let mut cursor = 0;
    let mut toks = Vec::with_capacity(specs.len());
    for spec in specs {
        let Some((next, tok)) = region.find(spec.labels, cursor) else {
            ctx.report(missing_row(spec, "找不到该行", "the row was not found"));
            return None;
        };
        cursor = next;
        toks.push(tok);
    }
    Some(toks)
}

fn missing_row(spec: &RowSpec, zh: &str, en: &str) -> Diagnostic {
    Diagnostic::new(
        Code::MissingRow,
        Severity::Error,
        format!(
            "{}：{zh}（行标签「{}」）",
            ogi_report::rules::cell_label(spec.pointer),
            spec.labels[0]
        ),
        format!("{}: {en} (row label \"{}\")", spec.pointer, spec.labels[0]),
    )
    .about(spec.pointer)
}

/// Reads one row's group as its cells.
fn read_group(
    ctx: &mut Ctx<'_>,
    group: &Group<'_>,
    spec: &RowSpec,
    rule: &dyn Fn(&[Val]) -> bool,
) -> Option<RowRead> {
    let span = group.vals.first().and_then(|v| ctx.span_of(v));
    let printed: Vec<&str> = group.vals.iter().map(|v| v.raw.as_str()).collect();
    match split(&group.vals, spec.cells, rule) {
        Split::AsPrinted(cells) => Some(RowRead::Cells(cells)),
        Split::Runs(mut found) if found.len() == 1 => {
            let cells = found.pop()?;
            ctx.report(
                Diagnostic::new(
                    Code::DigitRunSplit,
                    Severity::Info,
                    format!("连写的数字「{}」拆分为 {}（唯一符合规则的拆分）", printed.join(" "), joined(&cells)),
                    format!("digits printed together \"{}\" split into {} (the only split that satisfies the rules)", printed.join(" "), joined(&cells)),
                )
                .at(span)
                .about(spec.pointer),
            );
            Some(RowRead::Cells(cells))
        }
        Split::Runs(found) if found.len() > 1 => Some(RowRead::Candidates(found)),
        _ => {
            ctx.report(
                Diagnostic::new(
                    Code::UnreadableCell,
                    Severity::Error,
                    format!(
                        "该行的数字「{}」无法读成 {} 个单元格",
                        printed.join(" "),
                        spec.cells
                    ),
                    format!(
                        "the row's numbers \"{}\" cannot be read as {} cells",
                        printed.join(" "),
                        spec.cells
                    ),
                )
                .at(span)
                .about(spec.pointer),
            );
            None
        }
    }
}

/// `71 | 3 | 0`.
pub(crate) fn joined(cells: &[Val]) -> String {
    cells
        .iter()
        .map(|c| c.raw.as_str())
        .collect::<Vec<_>>()
        .join(" | ")
}

/// An `ambiguous_digit_run` error listing every candidate split.
pub(crate) fn ambiguous(ctx: &mut Ctx<'_>, pointer: &str, found: &[Vec<Val>]) {
    let run: String = found
        .first()
        .map(|cells| cells.iter().map(|c| c.raw.as_str()).collect())
        .unwrap_or_default();
    let span = found
        .first()
        .and_then(|cells| cells.first())
        .and_then(|v| ctx.span_of(v));
    let mut diagnostic = Diagnostic::new(
        Code::AmbiguousDigitRun,
        Severity::Error,
        format!("连写的数字「{run}」有 {} 种拆分都符合规则，无法确定；该表不予输出", found.len()),
        format!(
            "the digits \"{run}\" printed together split in {} ways that all satisfy the rules; the table is left out",
            found.len()
        ),
    )
    .at(span)
    .about(pointer);
    diagnostic.candidates = found
        .iter()
        .map(|cells| cells.iter().map(|c| c.raw.clone()).collect())
        .collect();
    ctx.report(diagnostic);
}

/// Records which edition a table's labels follow.
pub(crate) fn note_edition(
    ctx: &mut Ctx<'_>,
    table_zh: &str,
    table_en: &str,
    pointer: &str,
    edition: Edition,
) {
    ctx.report(
        Diagnostic::new(
            Code::TableEdition,
            Severity::Info,
            format!("{table_zh}按其标签为 {} 年版格式", edition.as_str()),
            format!(
                "{table_en} follows the {} edition, by its labels",
                edition.as_str()
            ),
        )
        .about(pointer),
    );
}
