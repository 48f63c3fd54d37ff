//! Prose: the lines of a section joined into paragraphs, cut into the parts the template names.
//!
//! Lossless: every character of the prose lines is kept, in order. Wrapped lines are joined
//! without a separator; a paragraph break becomes `\n`. Leading indentation, page furniture and
//! table rows are left out. A paragraph starts at a web page's block, at an indented line
//! (`pdftotext -layout`), or after a short line that ends a sentence (flip-book text).

use serde_json::{Map, Value, json};

use crate::document::Document;
use crate::sections::Layout;
use crate::tokens::Pos;

/// Numerals of part headings, in order: （一） … （十五）.
const NUMERALS: [&str; 15] = [
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
    "十五",
];

/// The most characters a part heading may have.
const MAX_HEADING_CHARS: usize = 60;

/// A line of prose: its text (trimmed) and how it was printed.
struct Segment<'a> {
    text: &'a str,
    indent: usize,
    block: bool,
}

/// The paragraphs between `from` and `to`.
pub(crate) fn paragraphs(doc: &Document, layout: &Layout, from: Pos, to: Pos) -> Vec<String> {
    let segments = segments(doc, layout, from, to);
    // A text that marks paragraphs by indentation (`pdftotext -layout`) is read by it alone.
    let width = if layout.indented {
        0
    } else {
        typical_width(doc)
    };
    let mut paragraphs: Vec<String> = Vec::new();
    let mut previous: Option<&Segment<'_>> = None;
    for segment in &segments {
        let new = match previous {
            None => true,
            Some(prev) => starts_paragraph(prev, segment, width),
        };
        match paragraphs.last_mut() {
            Some(last) if !new => last.push_str(segment.text),
            _ => paragraphs.push(segment.text.to_owned()),
        }
        previous = Some(segment);
    }
    paragraphs
}

/// The prose lines between `from` and `to`, without furniture, empty lines and table rows.
fn segments<'a>(doc: &'a Document, layout: &Layout, from: Pos, to: Pos) -> Vec<Segment<'a>> {
    let last = to.line.min(doc.lines.len().saturating_sub(1));
    let mut out = Vec::new();
    for index in from.line..=last {
        let Some(line) = doc.lines.get(index) else {
            break;
        };
        if layout.furniture.get(index).copied().unwrap_or(false) || line.cells.is_some() {
            continue;
        }
        let start = if index == from.line { from.byte } else { 0 };
        let end = if index == to.line {
            to.byte
        } else {
            line.text.len()
        };
        let text = line.text.get(start..end.max(start)).unwrap_or("").trim();
        if text.is_empty() {
            continue;
        }
        let indent = if start == 0 { line.indent } else { 0 };
        out.push(Segment {
            text,
            indent,
            block: line.block,
        });
    }
    out
}

/// How wide a full line of the document is: the 80th percentile of its plain-text lines'
/// widths (most lines of a report are full lines of prose).
fn typical_width(doc: &Document) -> usize {
    let mut widths: Vec<usize> = doc
        .lines
        .iter()
        .filter(|l| !l.block && (8..200).contains(&l.text.chars().count()))
        .map(|l| display_width(&l.text))
        .collect();
    widths.sort_unstable();
    widths.get(widths.len() * 4 / 5).copied().unwrap_or(0)
}

/// Width in columns: wide (CJK) characters count two.
fn display_width(text: &str) -> usize {
    text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// Whether `next` starts a new paragraph after `prev`.
fn starts_paragraph(prev: &Segment<'_>, next: &Segment<'_>, width: usize) -> bool {
    if prev.block || next.block || next.indent >= 2 || starts_with_marker(next.text) {
        return true;
    }
    let ends_sentence = prev
        .text
        .ends_with(['。', '！', '？', '：', ':', '；', '”', '）', ')']);
    ends_sentence && display_width(prev.text).saturating_add(6) < width
}

/// Whether `text` starts with a part marker such as `（四）` or `(四)`.
fn starts_with_marker(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('（').or_else(|| text.strip_prefix('(')) else {
        return false;
    };
    NUMERALS.iter().any(|n| {
        rest.strip_prefix(n)
            .is_some_and(|r| r.starts_with('）') || r.starts_with(')'))
    })
}

/// A part of a section: its heading (if printed) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Part {
    /// The heading as printed, with its numbering.
    pub heading: Option<String>,
    /// The text, paragraphs joined by `\n`.
    pub text: String,
}

impl Part {
    /// The part as a wire `TextPart`.
    pub fn to_value(&self) -> Value {
        match &self.heading {
            Some(heading) => json!({ "heading": heading, "text": self.text }),
            None => json!({ "text": self.text }),
        }
    }
}

/// Cuts paragraphs at the part headings （一）, （二）, … (in order, each at a paragraph's start
/// or after white space); returns the text before the first part and the parts.
pub(crate) fn split_parts(paragraphs: &[String]) -> (Vec<String>, Vec<Part>) {
    let mut intro = Vec::new();
    let mut parts: Vec<Vec<String>> = Vec::new();
    let mut next = 0;
    for paragraph in paragraphs {
        let mut rest = paragraph.as_str();
        while let Some(at) = NUMERALS.get(next).and_then(|n| find_marker(rest, n)) {
            push_text(&mut intro, &mut parts, rest[..at].trim_end());
            rest = &rest[at..];
            parts.push(Vec::new());
            next += 1;
        }
        push_text(&mut intro, &mut parts, rest);
    }
    (intro, parts.iter().map(|p| part_of(p)).collect())
}

/// Appends `text` as a paragraph of the current part (or of the introduction).
fn push_text(intro: &mut Vec<String>, parts: &mut [Vec<String>], text: &str) {
    if !text.is_empty() {
        match parts.last_mut() {
            Some(part) => part.push(text.to_owned()),
            None => intro.push(text.to_owned()),
        }
    }
}

/// Byte offset of the marker `（numeral）` in `text`, at its start or after white space.
fn find_marker(text: &str, numeral: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = text[from..].find(numeral).map(|i| i + from) {
        let before = &text[..i];
        let open = before
            .strip_suffix('（')
            .or_else(|| before.strip_suffix('('));
        let after = &text[i + numeral.len()..];
        if let Some(prefix) = open {
            let closed = after.starts_with('）') || after.starts_with(')');
            if closed && (prefix.is_empty() || prefix.ends_with(char::is_whitespace)) {
                return Some(prefix.len());
            }
        }
        from = i + numeral.len();
    }
    None
}

/// Length of the marker at the start of `text`.
fn marker_len(text: &str) -> usize {
    text.char_indices()
        .find(|(_, c)| *c == '）' || *c == ')')
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// A part from its paragraphs: the heading is the first paragraph up to its first `。`, `：`
/// or white space (or the whole paragraph when short and undelimited).
fn part_of(paragraphs: &[String]) -> Part {
    let Some((first, rest)) = paragraphs.split_first() else {
        return Part {
            heading: None,
            text: String::new(),
        };
    };
    let marker = marker_len(first);
    let body = &first[marker..];
    let limit = body
        .char_indices()
        .nth(MAX_HEADING_CHARS)
        .map_or(body.len(), |(i, _)| i);
    let delimiter = body[..limit].char_indices().find(|(i, c)| {
        matches!(c, '。' | '：' | ':') || (c.is_whitespace() && body[..*i].chars().count() >= 2)
    });
    let (heading, first_text) = match delimiter {
        Some((i, c)) if c.is_whitespace() => {
            (&first[..marker + i], first[marker + i..].trim_start())
        }
        Some((i, c)) => first.split_at(marker + i + c.len_utf8()),
        None if limit == body.len() => (first.as_str(), ""),
        None => (&first[..marker], body),
    };
    let text: Vec<&str> = std::iter::once(first_text.trim_start())
        .filter(|t| !t.is_empty())
        .chain(rest.iter().map(String::as_str))
        .collect();
    Part {
        heading: Some(heading.to_owned()),
        text: text.join("\n"),
    }
}

/// Places each part in the named field its heading names (by keywords), or among
/// `additional_parts`; the introduction (if any) first.
pub(crate) fn section_value(
    intro: &[String],
    parts: &[Part],
    fields: &[(&str, &[&str])],
) -> Map<String, Value> {
    let mut out = Map::new();
    if !intro.is_empty() {
        out.insert("introduction".to_owned(), Value::from(intro.join("\n")));
    }
    let mut additional = Vec::new();
    for part in parts {
        let heading = part.heading.as_deref().unwrap_or("");
        let field = fields.iter().find(|(name, words)| {
            !out.contains_key(*name) && words.iter().any(|w| heading.contains(w))
        });
        match field {
            Some((name, _)) => {
                out.insert((*name).to_owned(), part.to_value());
            }
            None => additional.push(part.to_value()),
        }
    }
    if !additional.is_empty() {
        out.insert("additional_parts".to_owned(), Value::Array(additional));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parts_are_cut_at_their_markers() {
        let (intro, parts) = split_parts(&strings(&[
            "引言。",
            "(一)主动公开。",
            "一是甲。",
            "(二)依申请公开。共 18 件。 （三）管理 乙。",
        ]));
        assert_eq!(intro, ["引言。"]);
        assert_eq!(
            parts[0],
            Part {
                heading: Some("(一)主动公开。".into()),
                text: "一是甲。".into()
            }
        );
        assert_eq!(
            parts[1],
            Part {
                heading: Some("(二)依申请公开。".into()),
                text: "共 18 件。".into()
            }
        );
        assert_eq!(
            parts[2],
            Part {
                heading: Some("（三）管理".into()),
                text: "乙。".into()
            }
        );
    }

    #[test]
    fn a_wrapped_heading_ends_at_its_colon() {
        let (_, parts) = split_parts(&strings(&["(一)其他事项:无。"]));
        assert_eq!(parts[0].heading.as_deref(), Some("(一)其他事项:"));
        assert_eq!(parts[0].text, "无。");
    }
}
