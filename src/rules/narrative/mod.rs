//! Figures the prose restates: found in the text of sections 一 and 六 and compared with the
//! tables (rules `narrative.*`).
//!
//! What is recognised is data ([`phrases`]: phrases, claims, scope words; [`figures`]: the
//! table figures each may equal), exported with the rule catalogue so that other evaluators run
//! the same patterns. Recognition is deliberately narrow — a sentence that could mean two things
//! is skipped — so that what it finds is almost always a real restatement; each text is scanned
//! once (see [`scan`]), without regular expressions.

mod clause;
mod figures;
mod numbers;
mod phrase_table;
pub(crate) mod phrases;
mod scan;

#[cfg(test)]
pub(crate) use figures::group_rows;
pub use figures::{Narrative, NarrativeFigure};
pub(crate) use figures::{figure, narrative_of, pointers, usable_sums};
pub(crate) use scan::{SHARE, Value};

use crate::rules::RuleId;
use crate::{Report, TextPart};

/// Where a text of the report is; its JSON Pointer is built only when an issue needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Place {
    /// The section's pointer, e.g. `/overview`.
    section: &'static str,
    /// The part's serde name (`disclosure_on_request`, `introduction`, `additional_parts`).
    part: Option<&'static str>,
    /// The index in `additional_parts`, if the text is in one.
    index: Option<usize>,
    /// `heading` or `text` for a part; `None` for a plain text field (an introduction).
    field: Option<&'static str>,
}

impl Place {
    /// The JSON Pointer of the text.
    pub(crate) fn pointer(&self) -> String {
        let mut pointer = self.section.to_owned();
        if let Some(part) = self.part {
            pointer.push('/');
            pointer.push_str(part);
        }
        if let Some(index) = self.index {
            pointer.push_str(&format!("/{index}"));
        }
        if let Some(field) = self.field {
            pointer.push('/');
            pointer.push_str(field);
        }
        pointer
    }
}

/// One figure restated in a text, with the words that state it (borrowed from the report:
/// most statements agree with the tables, and only an issue copies its words).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Statement<'a> {
    /// The text it is in.
    pub(crate) place: Place,
    /// The figure it restates (see [`figures`]).
    pub(crate) figure: &'static NarrativeFigure,
    /// The rule that compares it.
    pub(crate) rule: RuleId,
    /// What it says.
    pub(crate) value: Value,
    /// The words, as written.
    pub(crate) quote: &'a str,
    /// The text they are in.
    text: &'a str,
    /// The byte where they start in the text.
    start: usize,
    /// The words of the claim that implies the figure (均获维持), if a claim does.
    pub(crate) claim: Option<&'static str>,
}

impl Statement<'_> {
    /// Where the words start in the text, in characters (counted only for an issue).
    pub(crate) fn offset(&self) -> usize {
        self.text[..self.start].chars().count()
    }
}

/// Every figure restated in the text of sections 一 and 六, in document order.
#[derive(Debug, Default)]
pub(crate) struct Statements<'a> {
    /// The statements, in document order.
    pub(crate) all: Vec<Statement<'a>>,
}

/// Scans every text of the report once: sections 一, 六 and 五, the preamble and closing, and
/// the notes of tables 二 to 四.
pub(crate) fn statements<'a>(report: &'a Report) -> Statements<'a> {
    let mut found = Statements::default();
    let scope = scan::Scope {
        year: report.year,
        agency: &report.agency.name,
    };
    let mut visit = |place: Place, text: &'a str| {
        for hit in scan::scan(text, scope) {
            let Some((rule, figure)) = figure(&hit.figure) else {
                continue;
            };
            found.all.push(Statement {
                place,
                figure,
                rule,
                value: hit.value,
                quote: &text[hit.start..hit.end],
                text,
                start: hit.start,
                claim: hit.claim,
            });
        }
    };
    let o = &report.overview;
    scan_section(
        &mut visit,
        "/overview",
        o.introduction.as_deref(),
        &[
            ("proactive_disclosure", &o.proactive_disclosure),
            ("disclosure_on_request", &o.disclosure_on_request),
            ("information_management", &o.information_management),
            ("platform_development", &o.platform_development),
            ("oversight_and_safeguards", &o.oversight_and_safeguards),
        ],
        &o.additional_parts,
    );
    let m = &report.other_matters;
    scan_section(
        &mut visit,
        "/other_matters",
        m.introduction.as_deref(),
        &[
            ("fee_statement", &m.fee_statement),
            ("key_points_implementation", &m.key_points_implementation),
            (
                "deputies_and_cppcc_proposals",
                &m.deputies_and_cppcc_proposals,
            ),
            ("innovation", &m.innovation),
        ],
        &m.additional_parts,
    );
    let p = &report.problems_and_improvements;
    scan_section(
        &mut visit,
        "/problems_and_improvements",
        p.introduction.as_deref(),
        &[("problems", &p.problems), ("improvements", &p.improvements)],
        &p.additional_parts,
    );
    let plain = [
        ("/preamble", None, report.preamble.as_deref()),
        ("/closing", None, report.closing.as_deref()),
        (
            "/proactive_disclosure",
            Some("note"),
            report.proactive_disclosure.note(),
        ),
        (
            "/applications",
            Some("note"),
            report.applications.note.as_deref(),
        ),
        (
            "/review_and_litigation",
            Some("note"),
            report.review_and_litigation.note.as_deref(),
        ),
    ];
    for (section, part, text) in plain {
        if let Some(text) = text {
            let place = Place {
                section,
                part,
                index: None,
                field: None,
            };
            visit(place, text);
        }
    }
    found
}

/// Scans one text section: its introduction, its named parts, then its additional parts.
/// `section` is the section's pointer (`/overview`); part names are their serde names.
fn scan_section<'a>(
    visit: &mut impl FnMut(Place, &'a str),
    section: &'static str,
    introduction: Option<&'a str>,
    named: &[(&'static str, &'a Option<TextPart>)],
    additional: &'a [TextPart],
) {
    if let Some(text) = introduction {
        let place = Place {
            section,
            part: Some("introduction"),
            index: None,
            field: None,
        };
        visit(place, text);
    }
    for &(name, part) in named {
        scan_part(visit, section, Some(name), None, part.as_ref());
    }
    for (index, part) in additional.iter().enumerate() {
        scan_part(
            visit,
            section,
            Some("additional_parts"),
            Some(index),
            Some(part),
        );
    }
}

fn scan_part<'a>(
    visit: &mut impl FnMut(Place, &'a str),
    section: &'static str,
    part_name: Option<&'static str>,
    index: Option<usize>,
    part: Option<&'a TextPart>,
) {
    let Some(part) = part else { return };
    let place = |field| Place {
        section,
        part: part_name,
        index,
        field: Some(field),
    };
    if let Some(heading) = &part.heading {
        visit(place("heading"), heading);
    }
    visit(place("text"), &part.text);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proactive_disclosure::ProactiveDisclosure;
    use crate::{Agency, AgencyKind};

    /// A text that restates a figure (read wherever it is).
    const SAID: &str = "收到政府信息公开申请 1 件。";

    fn part() -> Option<TextPart> {
        Some(TextPart {
            heading: Some(SAID.to_owned()),
            text: SAID.to_owned(),
        })
    }

    #[test]
    fn texts_are_read_in_the_order_of_the_exported_list() {
        let mut report = Report::new(Agency::new("某局", AgencyKind::Department), 2024);
        let o = &mut report.overview;
        o.introduction = Some(SAID.to_owned());
        for slot in [
            &mut o.proactive_disclosure,
            &mut o.disclosure_on_request,
            &mut o.information_management,
            &mut o.platform_development,
            &mut o.oversight_and_safeguards,
        ] {
            *slot = part();
        }
        o.additional_parts = vec![part().unwrap_or_default(); 2];
        let m = &mut report.other_matters;
        m.introduction = Some(SAID.to_owned());
        for slot in [
            &mut m.fee_statement,
            &mut m.key_points_implementation,
            &mut m.deputies_and_cppcc_proposals,
            &mut m.innovation,
        ] {
            *slot = part();
        }
        m.additional_parts = vec![part().unwrap_or_default(); 2];
        let p = &mut report.problems_and_improvements;
        p.introduction = Some(SAID.to_owned());
        p.problems = part();
        p.improvements = part();
        p.additional_parts = vec![part().unwrap_or_default(); 2];
        report.preamble = Some(SAID.to_owned());
        report.closing = Some(SAID.to_owned());
        if let ProactiveDisclosure::V2021(table) = &mut report.proactive_disclosure {
            table.note = Some(SAID.to_owned());
        }
        report.applications.note = Some(SAID.to_owned());
        report.review_and_litigation.note = Some(SAID.to_owned());

        let value = serde_json::to_value(&report).unwrap();
        let mut expected = Vec::new();
        for pointer in phrases::TEXTS {
            match value.pointer(pointer) {
                Some(serde_json::Value::String(_)) => expected.push(pointer.to_string()),
                Some(serde_json::Value::Array(parts)) => {
                    for index in 0..parts.len() {
                        expected.push(format!("{pointer}/{index}/heading"));
                        expected.push(format!("{pointer}/{index}/text"));
                    }
                }
                Some(_) => {
                    expected.push(format!("{pointer}/heading"));
                    expected.push(format!("{pointer}/text"));
                }
                None => panic!("{pointer} is not a text of the report"),
            }
        }
        let read: Vec<String> = statements(&report)
            .all
            .iter()
            .map(|statement| statement.place.pointer())
            .collect();
        assert_eq!(read, expected);
    }
}
