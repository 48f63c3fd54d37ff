//! [`ParseError`]: why input is not a report, and where.

use std::fmt;

use serde::Serialize;

/// What kind of problem a [`ParseError`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The bytes are not UTF-8 text (UTF-16, invalid UTF-8).
    Encoding,
    /// The text is not JSON (empty, truncated, trailing characters, nested too deeply).
    Syntax,
    /// The JSON does not have the report's shape: wrong type, unknown, missing or duplicate
    /// field, number out of range, amount that cannot be kept exactly.
    Structure,
    /// A value breaks a field-level constraint (length, pattern, range).
    Constraint,
}

/// Why input is not a report, and where.
///
/// ```
/// use ogi_report::{ParseErrorKind, Report};
/// let err = Report::from_json_str(r#"{"format_version": 2021}"#).unwrap_err();
/// assert_eq!(err.kind(), ParseErrorKind::Structure);
/// assert_eq!(err.pointer(), "/format_version");
/// assert_eq!(err.path(), "format_version");
/// assert!(err.to_string().starts_with("format_version: invalid type: integer `2021`"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    kind: ParseErrorKind,
    pointer: String,
    line: usize,
    column: usize,
    message: String,
}

impl ParseError {
    pub(crate) fn new(kind: ParseErrorKind, pointer: String, message: String) -> Self {
        ParseError {
            kind,
            pointer,
            line: 0,
            column: 0,
            message,
        }
    }

    pub(crate) fn at_position(mut self, line: usize, column: usize) -> Self {
        self.line = line;
        self.column = column;
        self
    }

    /// What kind of problem this is.
    pub fn kind(&self) -> ParseErrorKind {
        self.kind
    }

    /// The JSON Pointer of the offending value (`""` for the document as a whole).
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// The same place as a dotted path (`applications.new_received.natural_person`,
    /// `overview.additional_parts[0].text`), empty for the document as a whole.
    pub fn path(&self) -> String {
        dotted_path(&self.pointer)
    }

    /// The 1-based line and column in the input, where known.
    pub fn position(&self) -> Option<(usize, usize)> {
        (self.line > 0).then_some((self.line, self.column))
    }

    /// The message, without the path.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path();
        if !path.is_empty() {
            write!(f, "{path}: ")?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for ParseError {}

/// Turns a JSON Pointer into a dotted path with `[index]` for array elements.
fn dotted_path(pointer: &str) -> String {
    let Ok(pointer) = jsonptr::Pointer::parse(pointer) else {
        return pointer.to_owned();
    };
    let mut out = String::new();
    for token in pointer.tokens() {
        let token = token.decoded();
        if !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit()) {
            out.push('[');
            out.push_str(&token);
            out.push(']');
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&token);
        }
    }
    out
}
