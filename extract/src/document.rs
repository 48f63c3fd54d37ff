//! The document as lines, whatever the input: plain text gives its own lines, a web page its
//! blocks (paragraphs) and table rows. Everything after this works on lines.

use crate::diagnostic::{Code, Diagnostic, Severity, Span};

/// The largest input accepted, in bytes (16 MiB): published reports are well under 1 MiB, a
/// whole web page rarely over 2 MiB. Larger inputs are refused with `input_too_large`.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// One line of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line {
    /// The line's text without leading and trailing white space.
    pub text: String,
    /// Byte offset of `text` in the decoded source, for text inputs.
    pub start: Option<usize>,
    /// Leading spaces before `text` (indentation of `pdftotext -layout` paragraphs).
    pub indent: usize,
    /// The cells, when the line is a table row of a web page.
    pub cells: Option<Vec<String>>,
    /// Whether the line is a block of its own (a web page's paragraph): it is never joined to
    /// the next line as a wrapped line is.
    pub block: bool,
}

impl Line {
    /// A line of plain text starting at byte `offset` of the source.
    pub fn text(raw: &str, offset: usize) -> Line {
        let trimmed_start = raw.trim_start();
        let lead = raw.len() - trimmed_start.len();
        let indent = raw[..lead].chars().filter(|c| *c == ' ').count();
        Line {
            text: trimmed_start.trim_end().to_owned(),
            start: Some(offset + lead),
            indent,
            cells: None,
            block: false,
        }
    }

    /// A paragraph of a web page.
    pub fn block(text: String) -> Line {
        Line {
            text,
            start: None,
            indent: 0,
            cells: None,
            block: true,
        }
    }

    /// A table row of a web page.
    pub fn row(cells: Vec<String>) -> Line {
        Line {
            text: cells.join(" "),
            start: None,
            indent: 0,
            cells: Some(cells),
            block: true,
        }
    }
}

/// The decoded input and its lines.
#[derive(Debug, Clone)]
pub(crate) struct Document {
    /// The decoded input (for text inputs, spans point into it).
    pub source: String,
    /// The lines, in order.
    pub lines: Vec<Line>,
}

impl Document {
    /// The span of bytes `range` of line `line`'s text, when the input is text.
    pub fn span(&self, line: usize, from: usize, to: usize) -> Option<Span> {
        let start = self.lines.get(line)?.start?;
        Some(Span::in_source(&self.source, start + from, start + to))
    }

    /// The span of a whole line.
    pub fn line_span(&self, line: usize) -> Option<Span> {
        let len = self.lines.get(line)?.text.len();
        self.span(line, 0, len)
    }
}

/// Splits plain text into lines (form feeds, `\r\n` and `\r` end lines too).
pub(crate) fn text_lines(source: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut offset = 0;
    for raw in source.split_inclusive(['\n', '\x0c']) {
        let body = raw.trim_end_matches(['\n', '\x0c', '\r']);
        // A lone `\r` also ends a line (old Mac text).
        let mut inner = 0;
        for part in body.split('\r') {
            lines.push(Line::text(part, offset + inner));
            inner += part.len() + 1;
        }
        offset += raw.len();
    }
    lines
}

/// Decodes the input: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (which
/// covers GBK and GB2312, the encodings of older government sites).
pub(crate) fn decode(
    bytes: &[u8],
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<String, Box<Diagnostic>> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(Box::new(Diagnostic::new(
            Code::InputTooLarge,
            Severity::Error,
            format!("输入超过 {MAX_INPUT_BYTES} 字节，不予处理"),
            format!("the input is larger than {MAX_INPUT_BYTES} bytes; it is not read"),
        )));
    }
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return if had_errors {
            Err(undecodable())
        } else {
            Ok(text.into_owned())
        };
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(_) => {
            let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
            if had_errors {
                return Err(undecodable());
            }
            diagnostics.push(Diagnostic::new(
                Code::DecodedGb18030,
                Severity::Info,
                "输入不是 UTF-8，已按 GB18030（GBK）解码",
                "the input is not UTF-8; it was decoded as GB18030 (GBK)",
            ));
            Ok(text.into_owned())
        }
    }
}

fn undecodable() -> Box<Diagnostic> {
    Box::new(Diagnostic::new(
        Code::UndecodableInput,
        Severity::Error,
        "输入既不是 UTF-8 也不是 GB18030 文本",
        "the input is neither UTF-8 nor GB18030 text",
    ))
}

/// Whether the text looks like HTML (for `--from auto`): it starts, after white space and a
/// BOM, with `<` and has an element a page would have.
pub(crate) fn looks_like_html(source: &str) -> bool {
    let head = source.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if !head.starts_with('<') {
        return false;
    }
    let sample: String = head
        .chars()
        .take(4096)
        .collect::<String>()
        .to_ascii_lowercase();
    [
        "<html",
        "<!doctype",
        "<p",
        "<div",
        "<table",
        "<body",
        "<span",
        "<meta",
        "<head",
    ]
    .iter()
    .any(|tag| sample.contains(tag))
}
