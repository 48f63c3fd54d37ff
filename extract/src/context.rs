//! What every reader shares: the document, the diagnostics so far, the blank cells.

use serde_json::{Number, Value};

use crate::diagnostic::{Code, Diagnostic, Severity, Span};
use crate::document::Document;
use crate::tokens::{Val, ValKind};

/// The state of one extraction.
pub(crate) struct Ctx<'a> {
    /// The document.
    pub doc: &'a Document,
    /// Diagnostics so far.
    pub diagnostics: Vec<Diagnostic>,
    /// JSON Pointers of cells printed blank, in document order.
    pub blanks: Vec<String>,
}

impl<'a> Ctx<'a> {
    /// A fresh state for `doc`.
    pub fn new(doc: &'a Document) -> Self {
        Ctx {
            doc,
            diagnostics: Vec::new(),
            blanks: Vec::new(),
        }
    }

    /// The source span of a value, for text inputs.
    pub fn span_of(&self, val: &Val) -> Option<Span> {
        self.doc.span(val.line, val.from, val.to)
    }

    /// Records a diagnostic.
    pub fn report(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// An `unreadable_cell` error at `val`, about `pointer`.
    pub fn unreadable(&mut self, val: &Val, pointer: &str, what_zh: &str, what_en: &str) {
        let diagnostic = Diagnostic::new(
            Code::UnreadableCell,
            Severity::Error,
            format!("单元格「{}」不是{what_zh}", val.raw),
            format!("cell \"{}\" is not {what_en}", val.raw),
        )
        .at(self.span_of(val))
        .about(pointer);
        self.report(diagnostic);
    }

    /// Notes a blank cell (value 0) at `pointer`.
    fn blank(&mut self, pointer: &str) -> Value {
        self.blanks.push(pointer.to_owned());
        Value::from(0)
    }

    /// A count (u32); `None` (and a diagnostic) when the cell holds something else.
    pub fn count(&mut self, val: &Val, pointer: &str) -> Option<Value> {
        match val.kind {
            ValKind::Blank => Some(self.blank(pointer)),
            ValKind::Digits => match val.raw.parse::<u32>() {
                Ok(n) => Some(Value::from(n)),
                Err(_) => {
                    self.unreadable(
                        val,
                        pointer,
                        "0 至 4294967295 的件数",
                        "a count (0 ..= 4294967295)",
                    );
                    None
                }
            },
            ValKind::Number => {
                self.unreadable(val, pointer, "件数（整数）", "a count (a whole number)");
                None
            }
        }
    }

    /// A signed change (本年增/减): `+5`, `-18`, `0`.
    pub fn signed(&mut self, val: &Val, pointer: &str) -> Option<Value> {
        if val.kind == ValKind::Blank {
            return Some(self.blank(pointer));
        }
        let digits = val.raw.strip_prefix('+').unwrap_or(&val.raw);
        match digits.parse::<i64>() {
            Ok(n) if n.unsigned_abs() <= u64::from(u32::MAX) => Some(Value::from(n)),
            _ => {
                self.unreadable(val, pointer, "带符号的整数", "a signed whole number");
                None
            }
        }
    }

    /// An amount (a non-negative decimal, unit stripped) and the unit printed, if any.
    pub fn amount(&mut self, val: &Val, pointer: &str) -> Option<(Value, Option<&'static str>)> {
        if val.kind == ValKind::Blank {
            return Some((self.blank(pointer), None));
        }
        let (number, unit) = match val.raw.strip_suffix("万元") {
            Some(number) => (number, Some("10k_yuan")),
            None => match val.raw.strip_suffix('元') {
                Some(number) => (number, Some("yuan")),
                None => (val.raw.as_str(), None),
            },
        };
        let parsed = (!number.starts_with(['+', '-']))
            .then(|| serde_json::from_str::<Number>(number).ok())
            .flatten();
        match parsed {
            Some(number) => Some((Value::Number(number), unit)),
            None => {
                self.unreadable(val, pointer, "金额", "an amount");
                None
            }
        }
    }
}
