//! What must hold of a document as a whole to be read, beyond its fields one by one: its
//! `format_version` names the edition of its table 二, its `blank_cells` name number cells of
//! its own tables once each, a fee report gives at least one figure, and each printed section
//! heading fits the limit of a heading.

use std::collections::HashSet;

use super::{ParseError, ParseErrorKind};
use crate::Report;
use crate::cells::pointers_of;

/// The first thing about `report` as a whole that the wire format does not allow.
pub(super) fn check(report: &Report) -> Result<(), ParseError> {
    edition_of_table_2(report)?;
    fee_figures(report)?;
    section_headings(report)?;
    blank_cells(report)
}

/// Each printed section heading fits [`MAX_HEADING_CHARS`](crate::text::MAX_HEADING_CHARS).
fn section_headings(report: &Report) -> Result<(), ParseError> {
    let limit = crate::text::MAX_HEADING_CHARS;
    for (index, heading) in report.section_headings.iter().enumerate() {
        let length = heading.chars().count();
        if u64::try_from(length).unwrap_or(u64::MAX) > limit {
            return Err(ParseError::new(
                ParseErrorKind::Constraint,
                format!("/section_headings/{index}"),
                format!("length must be at most {limit} (it has {length})"),
            ));
        }
    }
    Ok(())
}

fn edition_of_table_2(report: &Report) -> Result<(), ParseError> {
    let table = report.proactive_disclosure.edition();
    if report.format_version == table {
        return Ok(());
    }
    Err(ParseError::new(
        ParseErrorKind::Structure,
        "/format_version".to_owned(),
        format!(
            "format_version is \"{}\", but table 二 (proactive_disclosure) is laid out as in the {table} edition: format_version names the edition of table 二",
            report.format_version
        ),
    ))
}

fn fee_figures(report: &Report) -> Result<(), ParseError> {
    match report.other_matters.processing_fees {
        Some(fees) if fees.is_empty() => Err(ParseError::new(
            ParseErrorKind::Constraint,
            "/other_matters/processing_fees".to_owned(),
            "a fee report holds at least one of notices_issued, notices_total_yuan, collected_yuan"
                .to_owned(),
        )),
        _ => Ok(()),
    }
}

fn blank_cells(report: &Report) -> Result<(), ParseError> {
    if report.blank_cells.is_empty() {
        return Ok(());
    }
    let mut cells: HashSet<String> = pointers_of(report, "").into_iter().collect();
    let table = &report.proactive_disclosure;
    cells.extend(
        table
            .amount_pointers()
            .iter()
            .map(|p| format!("/proactive_disclosure{p}")),
    );
    let mut seen = HashSet::new();
    for (index, pointer) in report.blank_cells.iter().enumerate() {
        let refuse = |why: String| {
            Err(ParseError::new(
                ParseErrorKind::Constraint,
                format!("/blank_cells/{index}"),
                why,
            ))
        };
        if !cells.contains(pointer) {
            return refuse(format!(
                "{pointer:?} is not a number cell of this report's tables 二, 三 or 四"
            ));
        }
        if !seen.insert(pointer.as_str()) {
            return refuse(format!("{pointer:?} is listed twice"));
        }
    }
    Ok(())
}
