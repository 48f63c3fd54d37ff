//! The layout of a report: where its title, preamble, six section headings and closing are,
//! and where the report ends and page furniture begins.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::furniture::{is_footer, is_furniture};
use crate::tokens::Pos;

/// The six section headings, with the variants real reports print.
static HEADINGS: LazyLock<[Regex; 6]> = LazyLock::new(|| {
    [
        r"一\s*、\s*(?:总体情况|概述|基本情况)",
        r"二\s*、\s*主动公开政府信息(?:的)?情况",
        r"三\s*、\s*收到和处理政府信息公开(?:的)?申请(?:的)?情况",
        r"四\s*、\s*(?:因)?政府信息公开(?:工作)?(?:被申请)?行政(?:法)?复议[^\n]{0,20}?情况",
        r"五\s*、\s*(?:政府信息公开工作)?存在的?(?:主要)?问题(?:及|和)?(?:其)?(?:改进|整改)?(?:情况|措施)?",
        r"六\s*、\s*其他需要报告的事项",
    ]
    .map(|p| Regex::new(p).expect("valid heading pattern"))
});

/// A closing date line: `2024 年 1 月 18 日`.
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$").expect("valid date pattern")
});

/// A title: ends with 年度报告 (or 年报), at most 80 characters.
static TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:年度报告|年报)$").expect("valid title pattern"));

/// A title line that starts with its year and names no agency: the agency is on the line above.
static YEAR_ONLY_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{4}\s*年度?\s*(?:政府)?信息公开").expect("valid title pattern")
});

/// A heading found: where it starts and ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Heading {
    /// Its first byte.
    pub start: Pos,
    /// Just past its last byte.
    pub end: Pos,
}

/// Where the parts of the report are.
#[derive(Debug, Clone, Default)]
pub(crate) struct Layout {
    /// Which lines are page furniture.
    pub furniture: Vec<bool>,
    /// The title's lines (one, or the agency's line and the year's line).
    pub title_lines: Vec<usize>,
    /// Where the preamble starts (after the title, or the document's start).
    pub preamble_start: Pos,
    /// The six headings, where found.
    pub headings: [Option<Heading>; 6],
    /// Where the report's text ends (the closing, a site footer, or the document's end).
    pub body_end: Pos,
    /// The closing's lines (signing agency and date).
    pub closing_lines: Vec<usize>,
    /// The first line of trailing page furniture (a footer), if any.
    pub trailing_from: Option<usize>,
    /// Whether paragraphs are marked by indentation (at least one line in twenty of plain text
    /// is indented).
    pub indented: bool,
}

/// Finds the layout of `doc`.
pub(crate) fn layout(doc: &Document) -> Layout {
    let furniture: Vec<bool> = doc
        .lines
        .iter()
        .map(|l| l.cells.is_none() && is_furniture(&l.text))
        .collect();
    let plain = doc.lines.iter().filter(|l| !l.block && !l.text.is_empty());
    let (lines, indented) = plain.fold((0, 0), |(n, i), l| (n + 1, i + usize::from(l.indent >= 2)));
    let mut layout = Layout {
        furniture,
        indented: lines > 0 && indented * 20 >= lines,
        ..Layout::default()
    };
    let end_of_doc = end_pos(doc);
    layout.body_end = end_of_doc;
    let mut from = Pos { line: 0, byte: 0 };
    for (i, pattern) in HEADINGS.iter().enumerate() {
        if let Some(heading) = find_heading(doc, &layout.furniture, pattern, from) {
            from = heading.end;
            layout.headings[i] = Some(heading);
        }
    }
    if let Some(first) = layout.headings[0] {
        find_title(doc, &mut layout, first.start.line);
    }
    if let Some(last) = layout.headings.iter().flatten().last().copied() {
        find_end(doc, &mut layout, last.end);
    }
    layout
}

/// The position just past the document's last byte.
pub(crate) fn end_pos(doc: &Document) -> Pos {
    match doc.lines.len().checked_sub(1) {
        Some(line) => Pos {
            line,
            byte: doc.lines[line].text.len(),
        },
        None => Pos { line: 0, byte: 0 },
    }
}

/// The first match of `pattern` at or after `from`, at a line's start or after white space.
fn find_heading(doc: &Document, furniture: &[bool], pattern: &Regex, from: Pos) -> Option<Heading> {
    for (index, line) in doc.lines.iter().enumerate().skip(from.line) {
        if furniture[index] {
            continue;
        }
        let offset = if index == from.line { from.byte } else { 0 };
        let text = line.text.get(offset..)?;
        // Every heading has `、`: most lines are skipped without running the pattern.
        if !text.contains('、') {
            continue;
        }
        for found in pattern.find_iter(text) {
            let before = &line.text[..offset + found.start()];
            if before.trim_end().is_empty() || before.ends_with(char::is_whitespace) {
                return Some(Heading {
                    start: Pos {
                        line: index,
                        byte: offset + found.start(),
                    },
                    end: Pos {
                        line: index,
                        byte: offset + found.end(),
                    },
                });
            }
        }
    }
    None
}

/// The title: the last line before section 一 that ends like a title (with the agency's line
/// above it when the title line starts with the year).
fn find_title(doc: &Document, layout: &mut Layout, first_heading_line: usize) {
    let candidates = (0..first_heading_line)
        .rev()
        .filter(|i| !layout.furniture[*i]);
    for index in candidates {
        let text: String = doc.lines[index].text.split_whitespace().collect();
        if text.chars().count() > 80 || text.contains(['。', '，', ',']) || !TITLE.is_match(&text)
        {
            continue;
        }
        layout.title_lines = vec![index];
        if YEAR_ONLY_TITLE.is_match(&text) {
            let above = (0..index)
                .rev()
                .find(|i| !layout.furniture[*i] && !doc.lines[*i].text.is_empty());
            if let Some(above) = above.filter(|i| is_short_label(&doc.lines[*i].text)) {
                layout.title_lines.insert(0, above);
            }
        }
        layout.preamble_start = Pos {
            line: index + 1,
            byte: 0,
        };
        return;
    }
}

/// Endings of agencies' names.
const AGENCY_ENDINGS: &[&str] = &[
    "政府",
    "办公室",
    "办公厅",
    "局",
    "委员会",
    "委",
    "中心",
    "办事处",
    "厅",
    "院",
    "部",
    "署",
    "会",
    "所",
    "站",
    "区",
    "县",
    "市",
    "镇",
    "乡",
    "街道",
];

/// A short line without sentence punctuation that ends like an agency's name (an agency on
/// its own line, above a title or a date).
fn is_short_label(text: &str) -> bool {
    text.chars().count() <= 40
        && !text.contains(['。', '，', ',', '：', ':', '；'])
        && AGENCY_ENDINGS.iter().any(|e| text.ends_with(e))
}

/// The end of the report: a site's footer cuts it; a closing (agency and date) ends it.
fn find_end(doc: &Document, layout: &mut Layout, last_heading_end: Pos) {
    let start = last_heading_end.line + 1;
    if let Some(footer) = (start..doc.lines.len()).find(|i| is_footer(&doc.lines[*i].text)) {
        layout.trailing_from = Some(footer);
        layout.body_end = Pos {
            line: footer,
            byte: 0,
        };
    }
    let end = layout.trailing_from.unwrap_or(doc.lines.len());
    let body: Vec<usize> = (start..end)
        .filter(|i| !layout.furniture[*i] && !doc.lines[*i].text.is_empty())
        .collect();
    let Some((&date, rest)) = body.split_last() else {
        return;
    };
    if !DATE_LINE.is_match(&doc.lines[date].text) {
        return;
    }
    layout.closing_lines = vec![date];
    if let Some(&above) = rest.last().filter(|i| is_short_label(&doc.lines[**i].text)) {
        layout.closing_lines.insert(0, above);
    }
    layout.body_end = Pos {
        line: layout.closing_lines[0],
        byte: 0,
    };
}
