//! Figures the prose restates: found in the text of sections 一 and 六 and compared with the
//! tables (rules `narrative.*`).
//!
//! Recognition is deliberately narrow (a few fixed phrasings, documented on each rule) so that
//! what it finds is almost always a real restatement; it scans each text once per anchor
//! character without regular expressions, so it costs little next to parsing.

use crate::{Amount, Report, TextPart};

/// Where a text of sections 一 and 六 is; its JSON Pointer is built only when an issue needs it.
#[derive(Debug, Clone, Copy)]
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

/// What a stated count is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stated {
    /// 收到…申请 N 件
    Received,
    /// 予以公开 N 件
    Disclosed,
    /// 部分公开 N 件
    PartiallyDisclosed,
    /// 不予公开 N 件
    NotDisclosed,
}

/// Every figure restated in the text of sections 一 and 六, in document order.
#[derive(Debug, Default)]
pub(crate) struct Statements {
    /// Counts stated as "<phrase>[的] N 件".
    pub(crate) counts: Vec<(Place, Stated, u64)>,
    /// Processing fees said to be collected, in 元 (0 for 未收取…费).
    pub(crate) fees_collected: Vec<(Place, Amount)>,
}

/// Scans the texts of sections 一 and 六 once.
pub(crate) fn statements(report: &Report) -> Statements {
    let mut found = Statements::default();
    let mut visit = |place: Place, text: &str| {
        scan(text, |figure| match figure {
            Found::Count(kind, count) => found.counts.push((place, kind, count)),
            Found::FeesCollected(amount) => found.fees_collected.push((place, amount)),
        });
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
    found
}

/// Scans one text section: its introduction, its named parts, then its additional parts.
/// `section` is the section's pointer (`/overview`); part names are their serde names.
fn scan_section(
    visit: &mut impl FnMut(Place, &str),
    section: &'static str,
    introduction: Option<&str>,
    named: &[(&'static str, &Option<TextPart>)],
    additional: &[TextPart],
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

fn scan_part(
    visit: &mut impl FnMut(Place, &str),
    section: &'static str,
    part_name: Option<&'static str>,
    index: Option<usize>,
    part: Option<&TextPart>,
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

/// What a scan of a text finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Found {
    /// A count stated as "<phrase>[的] N 件".
    Count(Stated, u64),
    /// Processing fees said to be collected, in 元 (0 for 未收取…费).
    FeesCollected(Amount),
}

/// Calls `found` for every figure `text` restates, in text order.
///
/// One pass: `memchr3` finds the last byte of 件, 元 and 取 (continuation bytes, far rarer in
/// CJK text than lead bytes), and each candidate is confirmed by the two bytes before it.
pub(crate) fn scan(text: &str, mut found: impl FnMut(Found)) {
    let bytes = text.as_bytes();
    let last_byte = |c: &str| c.as_bytes()[2];
    let (jian, yuan, qu) = (last_byte("件"), last_byte("元"), last_byte("取"));
    for at in memchr::memchr3_iter(jian, yuan, qu, bytes) {
        let Some(start) = at.checked_sub(2) else {
            continue;
        };
        // When the three bytes are a whole character, `start` is a character boundary.
        let character = &bytes[start..=at];
        if character == "件".as_bytes() {
            if let Some((kind, count)) = count_before(&text[..start]) {
                found(Found::Count(kind, count));
            }
        } else if character == "元".as_bytes() {
            if let Some(amount) = fee_before(&text[..start]) {
                found(Found::FeesCollected(amount));
            }
        } else if character == "取".as_bytes()
            && text[..start].ends_with("未收")
            && clause_after(&text[at + 1..]).contains('费')
        {
            found(Found::FeesCollected(Amount::ZERO));
        }
    }
}

/// The count stated right before a 件: "<phrase>[的] N".
fn count_before(before: &str) -> Option<(Stated, u64)> {
    let (number, before) = number_before(before)?;
    let count = number.parse::<u64>().ok()?;
    let before = trim_spaces_end(before);
    let before = before.strip_suffix('的').map_or(before, trim_spaces_end);
    Some((phrase_kind(before)?, count))
}

/// Which phrase `before` ends with, if any.
fn phrase_kind(before: &str) -> Option<Stated> {
    if before.ends_with("不予公开") {
        Some(Stated::NotDisclosed)
    } else if before.ends_with("予以公开") && !before.ends_with("不予以公开") {
        Some(Stated::Disclosed)
    } else if before.ends_with("部分公开") {
        Some(Stated::PartiallyDisclosed)
    } else if before.ends_with("申请") && current_clause(before).contains("收到") {
        Some(Stated::Received)
    } else {
        None
    }
}

/// The amount said to be collected right before a 元 (or 万元), in 元.
fn fee_before(before: &str) -> Option<Amount> {
    let (before, ten_thousands) = match before.strip_suffix('万') {
        Some(rest) => (rest, true),
        None => (before, false),
    };
    let (number, before) = decimal_before(before)?;
    let clause = current_clause(before);
    if !clause.contains("收取") || clause.contains("未收取") {
        return None;
    }
    let amount = number.parse::<Amount>().ok()?;
    if ten_thousands {
        let yuan = amount.value().checked_mul(10_000.into())?;
        Amount::new(yuan).ok()
    } else {
        Some(amount)
    }
}

const SPACES: [char; 3] = [' ', '\u{3000}', '\u{a0}'];
const CLAUSE_ENDS: [char; 10] = ['。', '，', ',', '；', ';', '：', ':', '\n', '！', '？'];

fn trim_spaces_end(text: &str) -> &str {
    text.trim_end_matches(SPACES)
}

/// The ASCII digits right before `text`'s end (after spaces), and what precedes them.
fn number_before(text: &str) -> Option<(&str, &str)> {
    let text = trim_spaces_end(text);
    let start = text.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (start < text.len()).then(|| (&text[start..], &text[..start]))
}

/// A decimal number (digits with at most one point) right before `text`'s end.
fn decimal_before(text: &str) -> Option<(&str, &str)> {
    let text = trim_spaces_end(text);
    let start = text
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.')
        .len();
    let number = &text[start..];
    let valid = !number.is_empty()
        && !number.starts_with('.')
        && !number.ends_with('.')
        && number.matches('.').count() <= 1;
    valid.then(|| (number, &text[..start]))
}

/// The clause that `before` ends in (back to the last clause-ending punctuation).
fn current_clause(before: &str) -> &str {
    before.rfind(CLAUSE_ENDS).map_or(before, |at| &before[at..])
}

/// The clause that `after` starts (up to the next clause-ending punctuation).
fn clause_after(after: &str) -> &str {
    after.find(CLAUSE_ENDS).map_or(after, |at| &after[..at])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stated_counts(text: &str) -> Vec<(Stated, u64)> {
        let mut out = Vec::new();
        scan(text, |found| {
            if let Found::Count(kind, count) = found {
                out.push((kind, count));
            }
        });
        out
    }

    fn stated_fees_collected(text: &str) -> Vec<Amount> {
        let mut out = Vec::new();
        scan(text, |found| {
            if let Found::FeesCollected(amount) = found {
                out.push(amount);
            }
        });
        out
    }

    #[test]
    fn received_applications_are_found_in_their_clause() {
        let text =
            "2023 年,本机关共收到政府信息公开申请 18 件,比去年增加 5 件。其中网络渠道申请 6 件";
        assert_eq!(stated_counts(text), vec![(Stated::Received, 18)]);
    }

    #[test]
    fn results_are_found_with_or_without_de() {
        let text = "予以公开的 2 件,占 11%,不予公开的 2 件,部分公开 5件";
        assert_eq!(
            stated_counts(text),
            vec![
                (Stated::Disclosed, 2),
                (Stated::NotDisclosed, 2),
                (Stated::PartiallyDisclosed, 5)
            ]
        );
    }

    #[test]
    fn fees_not_collected_state_zero() {
        assert_eq!(
            stated_fees_collected("未收取相关处理费。"),
            vec![Amount::ZERO]
        );
        assert_eq!(stated_fees_collected("未收取申请人任何材料。"), vec![]);
    }

    #[test]
    fn fees_collected_are_read_in_yuan() {
        let yuan: Amount = "120.5".parse().unwrap();
        assert_eq!(
            stated_fees_collected("实际收取信息处理费 120.5 元。"),
            vec![yuan]
        );
        let wan: Amount = "15000".parse().unwrap();
        assert_eq!(stated_fees_collected("共收取费用 1.5 万元"), vec![wan]);
    }
}
