//! [`ParseError`]: why input is not a report, and where.

use std::fmt;

use serde::{Deserialize, Serialize};

/// What kind of problem a [`ParseError`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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

impl ParseErrorKind {
    /// The kind as written in JSON: `encoding`, `syntax`, `structure`, `constraint`.
    pub fn as_str(self) -> &'static str {
        match self {
            ParseErrorKind::Encoding => "encoding",
            ParseErrorKind::Syntax => "syntax",
            ParseErrorKind::Structure => "structure",
            ParseErrorKind::Constraint => "constraint",
        }
    }
}

impl fmt::Display for ParseErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why input is not a report, and where.
///
/// As JSON (`Serialize`, `Deserialize`) it is the object services return for a bad request:
/// `{"kind": "structure", "pointer": "/format_version", "message": "...", "line": 1,
/// "column": 23}`, with `line` and `column` only where known. `message` holds neither the path
/// nor the position; `Display` gives both.
///
/// ```
/// use ogi_report::{ParseErrorKind, Report};
/// let err = Report::from_json_str(r#"{"format_version": 2021}"#).unwrap_err();
/// assert_eq!(err.kind(), ParseErrorKind::Structure);
/// assert_eq!(err.pointer(), "/format_version");
/// assert_eq!(err.path(), "format_version");
/// assert!(err.to_string().starts_with("format_version: invalid type: integer `2021`"));
/// assert_eq!(err.position(), Some((1, 23)));
/// assert!(!err.message().contains("line 1"));
/// let json = serde_json::to_value(&err)?;
/// assert_eq!(json["kind"], "structure");
/// assert_eq!(json["column"], 23);
/// assert_eq!(serde_json::from_value::<ogi_report::ParseError>(json)?, err);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "ParseErrorJson", from = "ParseErrorJson")]
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

    /// The same error at a 1-based position; a message that ends with that position (as
    /// serde_json's do) loses it, so that the message says what, and the position where.
    pub(crate) fn at_position(mut self, line: usize, column: usize) -> Self {
        self.line = line;
        self.column = column;
        let suffix = format!(" at line {line} column {column}");
        if let Some(message) = self.message.strip_suffix(&suffix) {
            self.message = message.to_owned();
        }
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

    /// The message, without the path and without the position.
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
        f.write_str(&self.message)?;
        match self.position() {
            Some((line, column)) => write!(f, " at line {line} column {column}"),
            None => Ok(()),
        }
    }
}

/// [`ParseError`] as JSON.
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ParseErrorJson {
    kind: ParseErrorKind,
    pointer: String,
    message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    column: Option<usize>,
}

impl From<ParseError> for ParseErrorJson {
    fn from(err: ParseError) -> Self {
        let position = err.position();
        ParseErrorJson {
            kind: err.kind,
            pointer: err.pointer,
            message: err.message,
            line: position.map(|(line, _)| line),
            column: position.map(|(_, column)| column),
        }
    }
}

impl From<ParseErrorJson> for ParseError {
    fn from(json: ParseErrorJson) -> Self {
        ParseError {
            kind: json.kind,
            pointer: json.pointer,
            line: json.line.unwrap_or(0),
            column: json.column.unwrap_or(0),
            message: json.message,
        }
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
