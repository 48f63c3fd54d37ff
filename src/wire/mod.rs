//! Reading reports from JSON: bytes or text in, a [`Report`] or a [`ParseError`] that says
//! where the input is wrong.
//!
//! Reading applies everything the schema states about a single value: structure and types
//! (serde, closed objects, no duplicate keys) and the field-level constraints (the `validator`
//! derive: lengths, patterns, ranges). It never checks how figures relate to each other (that is
//! [`Report::check`](crate::Report::check)) and never changes a figure. Besides the field
//! constraints, the document as a whole must hold together (`document.rs`): `format_version`
//! names the edition of table 二, `blank_cells` names cells of this report, a fee report
//! holds at least one figure.

mod document;
mod error;
mod named_fields;
pub(crate) mod strict;
mod unchecked;

pub use error::{ParseError, ParseErrorKind};

use serde::Deserialize;
use validator::{Validate, ValidationErrors, ValidationErrorsKind};

use crate::Report;
use named_fields::NamedFields;
use unchecked::UncheckedReport;

/// Appends one reference token to a JSON Pointer, escaping `~` and `/` (RFC 6901).
pub(crate) fn push_token(pointer: &mut String, token: &str) {
    pointer.push('/');
    pointer.push_str(jsonptr::Token::new(token).encoded());
}

/// Reads a report from JSON text that has no byte-order mark left to skip.
pub(crate) fn read_text(json: &str) -> Result<Report, ParseError> {
    if json.trim_start_matches([' ', '\t', '\n', '\r']).is_empty() {
        return Err(ParseError::new(
            ParseErrorKind::Syntax,
            String::new(),
            "the input is empty: expected a JSON object".to_owned(),
        ));
    }
    let mut deserializer = serde_json::Deserializer::from_str(json);
    // Fast path without path tracking; on failure, read again with tracking for the path.
    let report = match UncheckedReport::deserialize(NamedFields(&mut deserializer)) {
        Ok(report) => Report::from(report),
        Err(fast) => {
            let tracked = serde_path_to_error::deserialize::<_, UncheckedReport>(NamedFields(
                &mut serde_json::Deserializer::from_str(json),
            ));
            return Err(match tracked {
                Err(err) => structure_error(err.path(), err.inner()),
                // Both passes read the same text the same way; should they ever differ, the
                // fast pass's error still says what is wrong, without its path.
                Ok(_) => json_error(String::new(), &fast),
            });
        }
    };
    deserializer
        .end()
        .map_err(|err| json_error(String::new(), &err))?;
    check_constraints(&report)?;
    Ok(report)
}

/// Every constraint of the wire format on a report read by serde: the field constraints (the
/// `validator` attributes: lengths, patterns, ranges), then the document as a whole.
pub(crate) fn check_constraints(report: &Report) -> Result<(), ParseError> {
    report
        .validate()
        .map_err(|errors| constraint_error(&errors))?;
    document::check(report)
}

/// Reads a report through any serde deserializer, then checks it as
/// [`Report::from_json_str`](crate::Report::from_json_str) does; a broken constraint is a
/// custom error naming its path.
impl<'de> Deserialize<'de> for Report {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let report = Report::from(UncheckedReport::deserialize(NamedFields(deserializer))?);
        check_constraints(&report).map_err(serde::de::Error::custom)?;
        Ok(report)
    }
}

/// Reads a report from JSON text, skipping one leading byte-order mark.
pub(crate) fn read_str(json: &str) -> Result<Report, ParseError> {
    // Text read with `read_to_string` keeps a byte-order mark: skip one, as for bytes.
    read_text(json.strip_prefix('\u{FEFF}').unwrap_or(json))
}

/// Reads a report from JSON bytes (UTF-8, with or without a byte-order mark).
pub(crate) fn read_slice(bytes: &[u8]) -> Result<Report, ParseError> {
    read_text(decode_utf8(bytes)?)
}

/// The text of `bytes`, without a UTF-8 byte-order mark, or an encoding error.
pub(crate) fn decode_utf8(bytes: &[u8]) -> Result<&str, ParseError> {
    let encoding_error =
        |message: String| ParseError::new(ParseErrorKind::Encoding, String::new(), message);
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(encoding_error(
            "the input is UTF-16 (it starts with a UTF-16 byte-order mark); convert it to UTF-8"
                .to_owned(),
        ));
    }
    if bytes.len() >= 2 && (bytes[0] == 0 || bytes[1] == 0) {
        return Err(encoding_error(
            "the input looks like UTF-16 or UTF-32 (NUL bytes between characters); convert it to UTF-8"
                .to_owned(),
        ));
    }
    // The SIMD check is several times faster on CJK text; only when it fails does std's check
    // run, to say where the first bad byte is (the error is the same either way).
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return Ok(text);
    }
    std::str::from_utf8(bytes).map_err(|err| {
        let offset = err.valid_up_to();
        let before = &bytes[..offset];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = offset
            - before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1)
            + 1;
        encoding_error(format!("the input is not valid UTF-8 (byte {offset})"))
            .at_position(line, column)
    })
}

/// A serde error at a path, as a [`ParseError`].
fn structure_error(path: &serde_path_to_error::Path, err: &serde_json::Error) -> ParseError {
    let mut pointer = String::new();
    for segment in path.iter() {
        match segment {
            serde_path_to_error::Segment::Seq { index } => {
                push_token(&mut pointer, &index.to_string())
            }
            serde_path_to_error::Segment::Map { key } => push_token(&mut pointer, key),
            serde_path_to_error::Segment::Enum { variant } => push_token(&mut pointer, variant),
            serde_path_to_error::Segment::Unknown => push_token(&mut pointer, "?"),
        }
    }
    // serde reports a duplicate key at its object; name the key itself, as for an unknown key.
    let message = err.to_string();
    if let Some(key) = message
        .strip_prefix("duplicate field `")
        .and_then(|rest| rest.split('`').next())
    {
        push_token(&mut pointer, key);
    }
    json_error(pointer, err)
}

/// A serde_json error as a [`ParseError`] of the right kind, with its position.
fn json_error(pointer: String, err: &serde_json::Error) -> ParseError {
    use serde_json::error::Category;
    let message = err.to_string();
    let kind = match err.classify() {
        // serde_json files a number beyond f64 (`1e400`) under syntax, but it is valid JSON that
        // the field cannot take.
        Category::Syntax if message.starts_with("number out of range") => ParseErrorKind::Structure,
        Category::Io | Category::Syntax | Category::Eof => ParseErrorKind::Syntax,
        Category::Data => ParseErrorKind::Structure,
    };
    ParseError::new(kind, pointer, message).at_position(err.line(), err.column())
}

/// The first field-level constraint error, in pointer order, as a [`ParseError`].
fn constraint_error(errors: &ValidationErrors) -> ParseError {
    let mut found = Vec::new();
    collect_constraint_errors(errors, String::new(), &mut found);
    found.sort();
    let count = found.len();
    let (pointer, message) = found
        .into_iter()
        .next()
        .unwrap_or_else(|| (String::new(), "a field constraint is broken".to_owned()));
    let message = if count > 1 {
        format!("{message} (and {} more constraint errors)", count - 1)
    } else {
        message
    };
    ParseError::new(ParseErrorKind::Constraint, pointer, message)
}

fn collect_constraint_errors(
    errors: &ValidationErrors,
    prefix: String,
    out: &mut Vec<(String, String)>,
) {
    for (field, kind) in errors.errors() {
        let mut pointer = prefix.clone();
        push_token(&mut pointer, field);
        match kind {
            ValidationErrorsKind::Field(list) => {
                for error in list {
                    out.push((pointer.clone(), constraint_message(error)));
                }
            }
            ValidationErrorsKind::Struct(inner) => {
                collect_constraint_errors(inner, pointer, out);
            }
            ValidationErrorsKind::List(items) => {
                for (index, inner) in items {
                    let mut item = pointer.clone();
                    push_token(&mut item, &index.to_string());
                    collect_constraint_errors(inner, item, out);
                }
            }
        }
    }
}

/// A plain-English message for one `validator` error, from its code and parameters.
fn constraint_message(error: &validator::ValidationError) -> String {
    let param = |name: &str| error.params.get(name).map(|v| v.to_string());
    match error.code.as_ref() {
        "length" => {
            let actual = error.params.get("value").map(|value| match value {
                serde_json::Value::String(s) => s.chars().count(),
                serde_json::Value::Array(items) => items.len(),
                _ => 0,
            });
            let actual = actual.map(|n| format!(" (it has {n})")).unwrap_or_default();
            match (param("min"), param("max")) {
                (Some(min), Some(max)) => format!("length must be from {min} to {max}{actual}"),
                (Some(min), None) => format!("length must be at least {min}{actual}"),
                (None, Some(max)) => format!("length must be at most {max}{actual}"),
                (None, None) => format!("length is out of range{actual}"),
            }
        }
        "range" => {
            let value = param("value").unwrap_or_default();
            match (param("min"), param("max")) {
                (Some(min), Some(max)) => {
                    format!("{value} is out of range: must be from {min} to {max}")
                }
                _ => format!("{value} is out of range"),
            }
        }
        "not_blank" => "must not be empty or only white space".to_owned(),
        "region_code" => "must be a 6-digit administrative division code (行政区划代码)".to_owned(),
        other => format!("breaks the constraint `{other}`"),
    }
}
