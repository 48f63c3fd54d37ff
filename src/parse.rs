//! Reading reports from JSON: bytes or text in, a [`Report`] or a [`ParseError`] that says
//! where the input is wrong.
//!
//! Reading applies everything the schema states about a single value: structure and types
//! (serde, closed objects, no duplicate keys) and the field-level constraints (the `validator`
//! derive: lengths, patterns, ranges). It never checks how figures relate to each other (that is
//! [`check`](crate::check)) and never changes a figure.

use std::fmt;
use std::str::FromStr;

use std::marker::PhantomData;

use serde::de::{
    self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor,
};
use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationErrors, ValidationErrorsKind};

use crate::Report;

/// What kind of problem a [`ParseError`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
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
/// assert!(err.to_string().starts_with("format_version: "));
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
    fn new(kind: ParseErrorKind, pointer: String, message: String) -> Self {
        ParseError {
            kind,
            pointer,
            line: 0,
            column: 0,
            message,
        }
    }

    fn at_position(mut self, line: usize, column: usize) -> Self {
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
    let mut out = String::new();
    for token in pointer.split('/').skip(1) {
        let token = token.replace("~1", "/").replace("~0", "~");
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

/// Appends one reference token to a JSON Pointer, escaping `~` and `/` (RFC 6901).
pub(crate) fn push_token(pointer: &mut String, token: &str) {
    pointer.push('/');
    pointer.push_str(&token.replace('~', "~0").replace('/', "~1"));
}

impl Report {
    /// Reads a report from JSON text; see [`Report::from_json_slice`] for bytes. A leading
    /// byte-order mark (U+FEFF, as `read_to_string` keeps it) is skipped.
    ///
    /// ```
    /// use ogi_report::Report;
    /// let json = std::fs::read_to_string("examples/reports/dongying-district-office-2023.json")?;
    /// let report = Report::from_json_str(&json)?;
    /// assert_eq!(report.applications.new_received.total, 18);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_str(json: &str) -> Result<Report, ParseError> {
        read_json(json.strip_prefix('\u{FEFF}').unwrap_or(json))
    }

    /// Reads a report from JSON bytes: UTF-8, with or without a byte-order mark. UTF-16 and
    /// invalid UTF-8 are refused with an [`Encoding`](ParseErrorKind::Encoding) error.
    ///
    /// ```
    /// use ogi_report::{ParseErrorKind, Report};
    /// let err = Report::from_json_slice(b"\xff\xfe{\x00}\x00").unwrap_err();
    /// assert_eq!(err.kind(), ParseErrorKind::Encoding);
    /// ```
    pub fn from_json_slice(bytes: &[u8]) -> Result<Report, ParseError> {
        read_json(decode_utf8(bytes)?)
    }

    /// The report as compact JSON, in wire-format field order.
    pub fn to_json_string(&self) -> String {
        serde_json::to_string(self).expect("a report always serializes")
    }

    /// The report as indented JSON, in wire-format field order.
    pub fn to_json_string_pretty(&self) -> String {
        serde_json::to_string_pretty(self).expect("a report always serializes")
    }
}

/// Reads a report from JSON text (without a byte-order mark): syntax and structure, the shape
/// of every object, then the field-level constraints.
fn read_json(json: &str) -> Result<Report, ParseError> {
    if json.trim_start_matches([' ', '\t', '\n', '\r']).is_empty() {
        return Err(ParseError::new(
            ParseErrorKind::Syntax,
            String::new(),
            "the input is empty: expected a JSON object".to_owned(),
        ));
    }
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let report: Report = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|err| structure_error(err.path(), err.inner()))?;
    deserializer
        .end()
        .map_err(|err| json_error(String::new(), &err))?;
    check_objects_are_objects(json)?;
    report
        .validate()
        .map_err(|errors| constraint_error(&errors))?;
    Ok(report)
}

impl FromStr for Report {
    type Err = ParseError;

    /// Same as [`Report::from_json_str`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Report::from_json_str(s)
    }
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
        encoding_error(format!(
            "the input is not valid UTF-8 (byte {offset}, line {line} column {column})"
        ))
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
    // serde names a duplicate key in the message, at the object that holds it: point at the key.
    let message = err.to_string();
    if let Some(field) = message
        .strip_prefix("duplicate field `")
        .and_then(|rest| rest.split_once('`'))
        .map(|(field, _)| field)
    {
        push_token(&mut pointer, field);
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

/// Reads a unit-variant enum (a code such as `"2021"` or `"department"`) from a JSON string and
/// nothing else. serde's derive also accepts the object form `{"department": null}` and
/// serde_json reports a wrong type for an enum as a syntax error; this refuses both as a wrong
/// type, so the error is a [`Structure`](ParseErrorKind::Structure) error at the field.
pub(crate) fn string_enum<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct StringOnly<T>(PhantomData<T>);

    impl<'de, T: Deserialize<'de>> Visitor<'de> for StringOnly<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string code")
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
            T::deserialize(value.into_deserializer())
        }
    }

    deserializer.deserialize_str(StringOnly(PhantomData))
}

/// Refuses a table or section written as a JSON array. serde's derive reads a struct from an
/// array of its field values as well as from an object; the wire format has objects only, and
/// arrays only in `additional_parts` lists. Called on text that already read as a report.
fn check_objects_are_objects(json: &str) -> Result<(), ParseError> {
    let mut found = None;
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let seed = ShapeCheck {
        pointer: String::new(),
        array_allowed: false,
        found: &mut found,
    };
    match (seed.deserialize(&mut deserializer), found) {
        (_, Some(pointer)) => Err(ParseError::new(
            ParseErrorKind::Structure,
            pointer,
            "invalid type: array, expected an object (the wire format writes every section and \
             table as an object)"
                .to_owned(),
        )),
        (Ok(()), None) => Ok(()),
        (Err(err), None) => Err(json_error(String::new(), &err)),
    }
}

/// A walk over any JSON value that stops at the first array not directly under an
/// `additional_parts` key, recording its pointer.
struct ShapeCheck<'a> {
    pointer: String,
    array_allowed: bool,
    found: &'a mut Option<String>,
}

impl<'de> DeserializeSeed<'de> for ShapeCheck<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ShapeCheck<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            let mut pointer = self.pointer.clone();
            push_token(&mut pointer, &key);
            map.next_value_seed(ShapeCheck {
                pointer,
                array_allowed: key == "additional_parts",
                found: &mut *self.found,
            })?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        if !self.array_allowed {
            *self.found = Some(self.pointer);
            return Err(de::Error::custom("array in place of an object"));
        }
        let mut index = 0usize;
        loop {
            let mut pointer = self.pointer.clone();
            push_token(&mut pointer, &index.to_string());
            let element = ShapeCheck {
                pointer,
                array_allowed: false,
                found: &mut *self.found,
            };
            if seq.next_element_seed(element)?.is_none() {
                return Ok(());
            }
            index += 1;
        }
    }
}
