//! The report model as the wire format and issue 2 describe it: the example round-trips
//! exactly, bad input is refused with the JSON path of the bad value, money is exact, totals are
//! filled only on request, roll-ups never wrap, field constraints apply on reading, and the
//! official labels live in one place.

#[path = "../common/mod.rs"]
mod common;

use ogi_report::applications::{ApplicantRow, Applications};
use ogi_report::other_matters::ProcessingFees;
use ogi_report::review_and_litigation::CaseOutcomes;
use ogi_report::{
    Agency, AgencyKind, Amount, AmountError, ParseError, ParseErrorKind, Report, RollUpError,
    TextPart,
};
use serde_json::{Value, json};

const EXAMPLE: &str = include_str!("../../examples/reports/dongying-district-office-2023.json");

// ---------------------------------------------------------------------------------------------
// Helpers

/// A change to a report, for table-driven tests.
type Change = fn(&mut Report);

fn example() -> Report {
    Report::from_json_str(EXAMPLE).expect("the example report parses")
}

fn example_value() -> Value {
    serde_json::from_str(EXAMPLE).expect("the example is JSON")
}

/// The example with every optional object the example leaves out, so that a walk over its
/// objects meets every object type of the model.
fn full_example_value() -> Value {
    let mut value = example_value();
    value["overview"]["additional_parts"] = json!([{ "heading": "（六）其他。", "text": "无。" }]);
    value["problems_and_improvements"]["introduction"] = json!("引言。");
    value["problems_and_improvements"]["additional_parts"] = json!([{ "text": "其他。" }]);
    value["other_matters"]["introduction"] = json!("引言。");
    value["proactive_disclosure"]["note"] = json!("表注。");
    value["review_and_litigation"]["note"] = json!("表注。");
    value
}

fn parse(value: &Value) -> Result<Report, ParseError> {
    Report::from_json_str(&serde_json::to_string_pretty(value).unwrap())
}

/// The example with the value at `pointer` replaced.
fn example_with(pointer: &str, new: Value) -> Value {
    let mut value = example_value();
    *value
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("{pointer} is in the example")) = new;
    value
}

/// Parses `value`, expecting an error.
fn parse_err(value: &Value) -> ParseError {
    match parse(value) {
        Ok(_) => panic!("expected an error for {}", value),
        Err(err) => err,
    }
}

/// Asserts the error's kind, pointer and the start of its Display.
#[track_caller]
fn assert_error(err: &ParseError, kind: ParseErrorKind, pointer: &str, display_start: &str) {
    assert_eq!(err.kind(), kind, "{err}");
    assert_eq!(err.pointer(), pointer, "{err}");
    assert!(
        err.to_string().starts_with(display_start),
        "expected Display to start with {display_start:?}, got {err}"
    );
}

/// The dotted path of a pointer made of object keys and array indexes, as the crate prints it.
fn dotted(pointer: &str) -> String {
    let mut out = String::new();
    let pointer = jsonptr::Pointer::parse(pointer).expect("a JSON Pointer");
    for part in pointer.tokens() {
        let part = part.decoded();
        if part.parse::<usize>().is_ok() {
            out.push_str(&format!("[{part}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&part);
        }
    }
    out
}

/// Every leaf of `value` with its pointer, in document order.
fn leaves(value: &Value, pointer: &str, out: &mut Vec<(String, Value)>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                leaves(child, &common::child(pointer, key), out);
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                leaves(child, &format!("{pointer}/{index}"), out);
            }
        }
        leaf => out.push((pointer.to_owned(), leaf.clone())),
    }
}

fn leaves_of(value: &Value) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    leaves(value, "", &mut out);
    out
}

/// The pointer of every object in `value` (the root is `""`).
fn objects(value: &Value, pointer: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            out.push(pointer.to_owned());
            for (key, child) in map {
                objects(child, &common::child(pointer, key), out);
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                objects(child, &format!("{pointer}/{index}"), out);
            }
        }
        _ => {}
    }
}

/// The report as a JSON value (read back from its wire text, so amounts are plain numbers).
fn to_value(report: &Report) -> Value {
    serde_json::from_str(&report.to_json_string()).unwrap()
}

/// The count cells of tables 三 and 四 (pointer, value), in document order.
fn table_cells(report: &Report) -> Vec<(String, u64)> {
    leaves_of(&to_value(report))
        .into_iter()
        .filter(|(p, _)| {
            p.starts_with("/applications/") || p.starts_with("/review_and_litigation/")
        })
        .filter_map(|(p, v)| v.as_u64().map(|n| (p, n)))
        .collect()
}

/// Whether the cell at `pointer` is a 总计 cell: the 总计 column or the row （七）总计.
fn is_total_cell(pointer: &str) -> bool {
    pointer.ends_with("/total") || pointer.starts_with("/applications/outcomes/total/")
}

/// Sets every count cell of tables 二, 三 and 四 (and the fee count) to a distinct value.
fn scrambled(mut report: Report, seed: u32) -> Report {
    let mut value = to_value(&report);
    let mut next = seed;
    for (pointer, leaf) in leaves_of(&value.clone()) {
        let in_tables = [
            "/proactive_disclosure/",
            "/applications/",
            "/review_and_litigation/",
        ]
        .iter()
        .any(|prefix| pointer.starts_with(prefix))
            || pointer == "/other_matters/processing_fees/notices_issued";
        if in_tables && leaf.is_u64() && !pointer.ends_with("_yuan") {
            *value.pointer_mut(&pointer).unwrap() = json!(next);
            next += 7;
        }
    }
    report = parse(&value).unwrap();
    report
}

mod constraints;
mod labels;
mod money;
mod refused;
mod roll_up;
mod round_trip;
mod totals;
