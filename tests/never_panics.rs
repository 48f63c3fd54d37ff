//! Reading never panics (issue 8, point 2): arbitrary bytes, arbitrary JSON values, and
//! structurally plausible reports made by mutating the example or reports of every edition. Whatever reads as a report is
//! also handed to every consumer (`common::exercise`) and must round-trip byte for byte.
//!
//! `PROPTEST_CASES=10000 cargo test --test never_panics` runs longer.

mod common;

use common::mutation::to_value;
use common::{EXAMPLE, assert_round_trip, exercise, full_value};
use ogi_report::arbitrary::any_report;
use ogi_report::{ParseError, Report};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Map, Value};

/// What a service does with a result: reads every part of an error, uses a report.
fn consume(result: Result<Report, ParseError>) -> Option<Report> {
    match result {
        Ok(report) => {
            exercise(&report);
            assert_round_trip(&report);
            Some(report)
        }
        Err(err) => {
            let _ = (err.kind(), err.pointer(), err.path(), err.position());
            assert!(!err.to_string().is_empty());
            None
        }
    }
}

/// Field names of the report (so that generated objects often have a plausible shape), a few
/// codes, and otherwise any text.
fn key() -> impl Strategy<Value = String> {
    let names: Vec<String> = {
        let mut names = Vec::new();
        collect_keys(&full_value(), &mut names);
        names.sort();
        names.dedup();
        names
    };
    prop_oneof![
        4 => proptest::sample::select(names),
        1 => ".{0,12}",
    ]
}

fn collect_keys(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                out.push(key.clone());
                collect_keys(item, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_keys(item, out)),
        _ => {}
    }
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<u32>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f)
            .map(Value::Number)),
        (2000u64..2200).prop_map(Value::from),
        ".{0,24}".prop_map(Value::String),
        proptest::sample::select(vec![
            "2021",
            "2019",
            "department",
            "government_office",
            "370502",
            "2024-01-26",
            "2024-02-30",
            "",
            " ",
        ])
        .prop_map(|s| Value::String(s.to_owned())),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..8)
                .prop_map(|entries| Value::Object(entries.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Every JSON Pointer in `value`, the document itself included.
fn pointers(value: &Value) -> Vec<String> {
    common::pointers_where(value, |_| true)
}

/// Regression: the walk once built pointers without escaping, so a drawn key holding `/` or `~`
/// gave a pointer that named nothing and the harness itself panicked (issue 19).
#[test]
fn every_pointer_of_the_walk_resolves_even_for_keys_that_need_escaping() {
    let doc = serde_json::json!({"a/b": {"c~d": [1, {"~1": 2}]}, "": 3, "x": {"/": {"~": 4}}});
    let all = pointers(&doc);
    assert_eq!(all.len(), 10, "{all:?}");
    for pointer in &all {
        assert!(doc.pointer(pointer).is_some(), "{pointer:?} names nothing");
    }
    assert!(all.contains(&"/a~1b/c~0d/1/~01".to_owned()), "{all:?}");
}

/// A report document to mutate, of any edition: the full example (2021), or a report of any
/// layout (2021 or 2019 table 二, （六） in either form, blank cells, partial fee figures).
fn base_document() -> impl Strategy<Value = Value> {
    prop_oneof![
        1 => Just(full_value()),
        2 => any_report().prop_map(|report| to_value(&report)),
    ]
}

/// One change to a report value.
#[derive(Debug, Clone)]
enum Mutation {
    Replace(Index, Value),
    Remove(Index),
    Insert(Index, String, Value),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => (any::<Index>(), json_value()).prop_map(|(at, v)| Mutation::Replace(at, v)),
        1 => any::<Index>().prop_map(Mutation::Remove),
        1 => (any::<Index>(), key(), json_value()).prop_map(|(at, k, v)| Mutation::Insert(at, k, v)),
    ]
}

fn apply(doc: &mut Value, mutation: &Mutation) {
    let all = pointers(doc);
    match mutation {
        Mutation::Replace(at, value) => {
            *doc.pointer_mut(at.get::<String>(&all).as_str())
                .expect("a pointer of the document") = value.clone();
        }
        Mutation::Remove(at) => {
            let pointer = jsonptr::Pointer::parse(at.get::<String>(&all)).expect("a pointer");
            if let Some((parent, key)) = pointer.split_back() {
                let key = key.decoded();
                match doc.pointer_mut(parent.as_str()) {
                    Some(Value::Object(map)) => {
                        map.remove(key.as_ref());
                    }
                    Some(Value::Array(items)) => {
                        if let Ok(index) = key.parse::<usize>() {
                            items.remove(index);
                        }
                    }
                    _ => {}
                }
            }
        }
        Mutation::Insert(at, key, value) => {
            if let Some(Value::Object(map)) = doc.pointer_mut(at.get::<String>(&all).as_str()) {
                map.insert(key.clone(), value.clone());
            }
        }
    }
}

/// A change to the text of a document: bytes out, a token in.
fn byte_edit() -> impl Strategy<Value = (Index, usize, Vec<u8>)> {
    let token = prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..8),
        proptest::sample::select(vec![
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "\"",
            "\\",
            "\\u",
            "\\ud800",
            "null",
            "-",
            "0",
            "1e",
            "1e400",
            "4294967296",
            "\u{FEFF}",
            "\u{0}",
            "\n",
            "\"year\":",
            "\"total\":1,",
        ])
        .prop_map(|s| s.as_bytes().to_vec()),
    ];
    (any::<Index>(), 0usize..16, token)
}

proptest! {
    #![proptest_config(common::proptest_config("never_panics", 256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        consume(Report::from_json_slice(&bytes));
        if let Ok(text) = std::str::from_utf8(&bytes) {
            consume(Report::from_json_str(text));
        }
    }

    #[test]
    fn arbitrary_json_values_never_panic(value in json_value()) {
        consume(Report::from_json_str(&value.to_string()));
        consume(Report::from_json_str(&format!("{value:#}")));
        // The `Deserialize` impl on its own, as a service reading a `Value` would use it.
        if let Ok(report) = serde_json::from_value::<Report>(value) {
            exercise(&report);
        }
    }

    #[test]
    fn mutated_reports_never_panic(
        base in base_document(),
        mutations in proptest::collection::vec(mutation(), 1..4),
    ) {
        let mut doc = base;
        for m in &mutations {
            apply(&mut doc, m);
        }
        consume(Report::from_json_str(&doc.to_string()));
        if let Ok(report) = serde_json::from_value::<Report>(doc) {
            exercise(&report);
        }
    }

    #[test]
    fn byte_edited_reports_never_panic(edits in proptest::collection::vec(byte_edit(), 1..6)) {
        let mut bytes = EXAMPLE.as_bytes().to_vec();
        for (at, len, token) in &edits {
            let start = at.index(bytes.len() + 1);
            let end = (start + len).min(bytes.len());
            bytes.splice(start..end, token.iter().copied());
        }
        consume(Report::from_json_slice(&bytes));
    }
}

#[test]
fn the_unmutated_inputs_read() {
    assert!(consume(Report::from_json_str(EXAMPLE)).is_some());
    assert!(consume(Report::from_json_str(&full_value().to_string())).is_some());
}
