//! Hostile and broken input (issue 8, point 3): every case gets a clear error or a documented,
//! tested acceptance. Fuzz findings are regression tests at the end of this file.

#[path = "../common/mod.rs"]
mod common;

use common::{
    AMOUNTS, EXAMPLE, assert_round_trip, count_pointers, example_with, exercise, full_report,
    full_value, object_pointers, text_fields, to_json_with_duplicate,
};
use ogi_report::{Agency, AgencyKind, ParseError, ParseErrorKind, Report};
use serde_json::{Value, json};

fn err_str(json: &str) -> ParseError {
    match Report::from_json_str(json) {
        Ok(_) => panic!("accepted: {}", &json[..json.len().min(200)]),
        Err(err) => err,
    }
}

fn err_bytes(bytes: &[u8]) -> ParseError {
    match Report::from_json_slice(bytes) {
        Ok(_) => panic!("accepted {} bytes", bytes.len()),
        Err(err) => err,
    }
}

fn assert_err(err: &ParseError, kind: ParseErrorKind, pointer: &str, needle: &str) {
    assert_eq!(err.kind(), kind, "{err}");
    assert_eq!(err.pointer(), pointer, "{err}");
    assert!(err.message().contains(needle), "{needle:?} not in: {err}");
}

/// The full report as JSON with the value at `pointer` replaced.
fn full_with(pointer: &str, value: Value) -> String {
    let mut doc = full_value();
    *doc.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no {pointer}")) = value;
    doc.to_string()
}

mod at_u32_max;
mod input;
mod numbers;
mod shapes;
mod text;
