//! The rows of the exports: the tidy long form (one row per number cell) and the wide form (one
//! row per report with its key figures), as typed fields that every output format writes.

use std::collections::HashMap;

use ogi_report::number_cells::{CellValue, NumberCell};
use ogi_report::proactive_disclosure::MoneyUnit;
use ogi_report::{FormatVersion, Report};

/// The type of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Text, never null.
    Text,
    /// Text or null.
    OptionalText,
    /// A 64-bit integer or null.
    Integer,
    /// True or false.
    Bool,
}

/// One field of a row.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Field<'a> {
    /// A text (for `Text` and `OptionalText` columns).
    Text(Option<&'a str>),
    /// An integer or null (for `Integer` columns).
    Integer(Option<i64>),
    /// A flag (for `Bool` columns).
    Bool(bool),
}

/// The columns a report is named by, first in both forms.
const IDENTITY: [(&str, Kind); 6] = [
    ("source", Kind::Text),
    ("agency", Kind::Text),
    ("region_code", Kind::OptionalText),
    ("kind", Kind::Text),
    ("year", Kind::Integer),
    ("edition", Kind::Text),
];

/// The columns of the long form.
pub(crate) fn long_columns() -> Vec<(&'static str, Kind)> {
    let mut columns = IDENTITY.to_vec();
    columns.extend([
        ("table", Kind::Text),
        ("row_id", Kind::Text),
        ("column_id", Kind::Text),
        ("row_label", Kind::Text),
        ("column_label", Kind::Text),
        ("value", Kind::Integer),
        ("amount", Kind::OptionalText),
        ("amount_unit", Kind::OptionalText),
        ("blank", Kind::Bool),
    ]);
    columns
}

/// A key figure of the wide form: the sum, over the rows `row` and the rows below it, of the
/// cells of column `column` (as counted: a blank 总计 is the sum of its parts).
struct KeyFigure {
    name: &'static str,
    row: &'static str,
    column: &'static str,
}

/// Table 四's groups and outcome columns, as wide columns `GROUP_OUTCOME`.
const CASE_GROUPS: [&str; 3] = [
    "administrative_review",
    "litigation_without_review",
    "litigation_after_review",
];
const CASE_OUTCOMES: [&str; 5] = ["upheld", "corrected", "other", "pending", "total"];

/// The key figures of table 三, each the 总计 column of a row or of a group of rows.
const APPLICATION_FIGURES: [KeyFigure; 10] = [
    figure("received", "new_received"),
    figure("carried_over", "carried_over_from_previous_year"),
    figure("disclosed", "outcomes/disclosed"),
    figure("partially_disclosed", "outcomes/partially_disclosed"),
    figure("not_disclosed", "outcomes/not_disclosed"),
    figure("unable_to_provide", "outcomes/unable_to_provide"),
    figure("not_processed", "outcomes/not_processed"),
    figure("other_handling", "outcomes/other_handling"),
    figure("results_total", "outcomes/total"),
    figure("carried_forward", "carried_forward_to_next_year"),
];

const fn figure(name: &'static str, row: &'static str) -> KeyFigure {
    KeyFigure {
        name,
        row,
        column: "total",
    }
}

/// The columns of the wide form: identity, table 三's key figures, table 四 by group and
/// outcome, and the issues the checks find.
pub(crate) fn wide_columns() -> Vec<(String, Kind)> {
    let mut columns: Vec<(String, Kind)> = IDENTITY
        .iter()
        .map(|(name, kind)| ((*name).to_owned(), *kind))
        .collect();
    for figure in &APPLICATION_FIGURES {
        columns.push((figure.name.to_owned(), Kind::Integer));
    }
    for group in CASE_GROUPS {
        for outcome in CASE_OUTCOMES {
            columns.push((format!("{group}_{outcome}"), Kind::Integer));
        }
    }
    columns.push(("errors".to_owned(), Kind::Integer));
    columns.push(("warnings".to_owned(), Kind::Integer));
    columns
}

/// The labels of every cell seen so far, per edition of table 二 (computed once per pointer).
#[derive(Default)]
pub(crate) struct Labels {
    by_edition: [HashMap<String, (String, String)>; 2],
}

impl Labels {
    /// The row label (`三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密`) and column label.
    fn of(&mut self, edition: FormatVersion, cell: &NumberCell) -> &(String, String) {
        let map = &mut self.by_edition[usize::from(edition == FormatVersion::V2019)];
        if !map.contains_key(&cell.pointer) {
            let labels = cell.labels(edition);
            map.insert(
                cell.pointer.clone(),
                (labels.rows.join(" › "), labels.column),
            );
        }
        &map[&cell.pointer]
    }
}

/// Writes each row of a report in the long form through `write`.
pub(crate) fn long_rows(
    source: &str,
    report: &Report,
    labels: &mut Labels,
    write: &mut dyn FnMut(&[Field<'_>]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let edition = report.format_version;
    let year = i64::from(report.year);
    for cell in report.number_cells() {
        let (row_label, column_label) = labels.of(edition, &cell);
        let (value, amount) = match cell.counted {
            CellValue::Count(count) => (Some(count), None),
            CellValue::Amount(amount) => (None, Some(amount.to_string())),
        };
        write(&[
            Field::Text(Some(source)),
            Field::Text(Some(&report.agency.name)),
            Field::Text(report.agency.region_code.as_deref()),
            Field::Text(Some(report.agency.kind.as_str())),
            Field::Integer(Some(year)),
            Field::Text(Some(edition.as_str())),
            Field::Text(Some(cell.table())),
            Field::Text(Some(cell.row_id())),
            Field::Text(Some(cell.column_id())),
            Field::Text(Some(row_label)),
            Field::Text(Some(column_label)),
            Field::Integer(value),
            Field::Text(amount.as_deref()),
            Field::Text(cell.unit.map(MoneyUnit::as_str)),
            Field::Bool(cell.blank),
        ])?;
    }
    Ok(())
}

/// Writes the wide row of a report through `write`.
pub(crate) fn wide_row(
    source: &str,
    report: &Report,
    write: &mut dyn FnMut(&[Field<'_>]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let cells = report.number_cells();
    let sum = |table: &str, row: &str, column: &str| -> i64 {
        cells
            .iter()
            .filter(|cell| cell.table() == table && cell.column_id() == column)
            .filter(|cell| {
                let id = cell.row_id();
                id == row || id.strip_prefix(row).is_some_and(|r| r.starts_with('/'))
            })
            .map(|cell| match cell.counted {
                CellValue::Count(count) => count,
                CellValue::Amount(_) => 0,
            })
            .sum()
    };
    let issues = report.check();
    let errors = issues.iter().filter(|issue| issue.is_error()).count();
    let mut fields = vec![
        Field::Text(Some(source)),
        Field::Text(Some(&report.agency.name)),
        Field::Text(report.agency.region_code.as_deref()),
        Field::Text(Some(report.agency.kind.as_str())),
        Field::Integer(Some(i64::from(report.year))),
        Field::Text(Some(report.format_version.as_str())),
    ];
    for figure in &APPLICATION_FIGURES {
        fields.push(Field::Integer(Some(sum("三", figure.row, figure.column))));
    }
    for group in CASE_GROUPS {
        for outcome in CASE_OUTCOMES {
            fields.push(Field::Integer(Some(sum("四", group, outcome))));
        }
    }
    let count = |n: usize| Field::Integer(i64::try_from(n).ok());
    fields.push(count(errors));
    fields.push(count(issues.len() - errors));
    write(&fields)
}
