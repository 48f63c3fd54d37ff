//! Lossless round trip (issue 8, point 4): for arbitrary valid reports, serialize → parse →
//! serialize is byte-identical, and every text field keeps exactly what it was given (CJK,
//! emoji, CRLF, tabs, trailing spaces, control characters), every count and every amount's
//! digits.
//!
//! `PROPTEST_CASES=10000 cargo test --test lossless` runs longer.

mod common;

use common::{AMOUNTS, assert_round_trip, count_pointers, full_value, text_fields};
use ogi_report::Report;
use ogi_report::arbitrary::{any_report, shaped_report};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{Value, json};

/// Text as reports have it, and worse.
fn text() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        4 => proptest::char::range('\u{4E00}', '\u{9FFF}').prop_map(String::from),
        1 => proptest::sample::select(vec!["，", "。", "（一）", "“", "”", "《", "》", "、", "\u{3000}"])
            .prop_map(str::to_owned),
        1 => proptest::char::range('\u{1F300}', '\u{1FAFF}').prop_map(String::from),
        1 => proptest::sample::select(vec!["👨‍👩‍👧", "🇨🇳", "e\u{301}", "\u{200D}", "\u{FE0F}"])
            .prop_map(str::to_owned),
        1 => proptest::sample::select(vec!["\r\n", "\n", "\r", "\t", " ", "  \n", " \t\r\n"])
            .prop_map(str::to_owned),
        1 => proptest::char::range('\u{0}', '\u{1F}').prop_map(String::from),
        1 => proptest::char::range('\u{7F}', '\u{9F}').prop_map(String::from),
        1 => proptest::sample::select(vec!["\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFD}", "\"", "\\", "/", "\\u0000"])
            .prop_map(str::to_owned),
        2 => "[ -~]{1,6}",
        1 => any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(fragment, 0..24).prop_map(|parts| parts.concat())
}

/// An amount as a plain JSON number with its digits: (text, what it reads as).
fn amount() -> impl Strategy<Value = String> {
    (0i64..=i64::MAX, 0u32..=28)
        .prop_map(|(mantissa, scale)| Decimal::new(mantissa, scale).to_string())
}

/// Optional members that a report may leave out.
const OPTIONAL: [&str; 12] = [
    "/published_on",
    "/title",
    "/preamble",
    "/closing",
    "/agency/region_code",
    "/overview/introduction",
    "/overview/additional_parts",
    "/proactive_disclosure/note",
    "/applications/note",
    "/review_and_litigation/note",
    "/other_matters/processing_fees",
    "/problems_and_improvements/problems/heading",
];

/// A valid report as JSON text, with what it holds: text fields, counts and amounts.
#[derive(Debug)]
struct Generated {
    json: String,
    texts: Vec<(String, String)>,
    counts: Vec<(String, u32)>,
    amounts: Vec<(String, String)>,
}

fn report() -> impl Strategy<Value = Generated> {
    let fields = text_fields();
    let cells = count_pointers(&full_value());
    (
        proptest::collection::vec(text(), fields.len()),
        proptest::collection::vec(any::<u32>(), cells.len()),
        proptest::collection::vec(amount(), AMOUNTS.len()),
        proptest::collection::vec(any::<bool>(), OPTIONAL.len()),
        text(),
    )
        .prop_map(move |(texts, counts, amounts, drop, name)| {
            let mut doc = full_value();
            let mut kept_texts = Vec::new();
            for ((pointer, _), text) in fields.iter().zip(texts) {
                *doc.pointer_mut(pointer).unwrap() = json!(text);
                kept_texts.push((pointer.clone(), text));
            }
            // A name that is not blank.
            let name = format!("局{name}");
            *doc.pointer_mut("/agency/name").unwrap() = json!(name);
            kept_texts.push(("/agency/name".to_owned(), name));
            for (cell, &count) in cells.iter().zip(&counts) {
                *doc.pointer_mut(cell).unwrap() = json!(count);
            }
            // Amounts go in as raw number text, after the value is written.
            for (index, pointer) in AMOUNTS.iter().enumerate() {
                *doc.pointer_mut(pointer).unwrap() = json!(format!("\u{1}AMOUNT{index}\u{1}"));
            }
            let mut dropped = Vec::new();
            for (pointer, &drop) in OPTIONAL.iter().zip(&drop) {
                if drop {
                    let (parent, key) = pointer.rsplit_once('/').unwrap();
                    doc.pointer_mut(parent)
                        .unwrap()
                        .as_object_mut()
                        .unwrap()
                        .remove(key);
                    dropped.push(*pointer);
                }
            }
            let gone = |p: &str| {
                dropped
                    .iter()
                    .any(|d| p == *d || p.starts_with(&format!("{d}/")))
            };
            let mut json = doc.to_string();
            for (index, text) in amounts.iter().enumerate() {
                json = json.replace(&format!("\"\\u0001AMOUNT{index}\\u0001\""), text);
            }
            Generated {
                json,
                texts: kept_texts.into_iter().filter(|(p, _)| !gone(p)).collect(),
                counts: cells
                    .iter()
                    .cloned()
                    .zip(counts)
                    .filter(|(p, _)| !gone(p))
                    .collect(),
                amounts: AMOUNTS
                    .iter()
                    .map(|p| p.to_string())
                    .zip(amounts)
                    .filter(|(p, _)| !gone(p))
                    .collect(),
            }
        })
}

/// The text of a JSON number at `pointer` in compact JSON written by the crate.
fn number_text<'a>(json: &'a str, pointer: &str) -> &'a str {
    let key = pointer.rsplit('/').next().unwrap();
    let start = json.find(&format!("\"{key}\":")).unwrap() + key.len() + 3;
    let len = json[start..].find([',', '}']).unwrap();
    &json[start..start + len]
}

/// 64 cases by default (each is a whole report with ~40 texts and 200 counts);
/// `PROPTEST_CASES` sets another number.
fn config() -> ProptestConfig {
    common::proptest_config("lossless", 64)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn valid_reports_round_trip_byte_for_byte_and_keep_every_character(generated in report()) {
        let report = Report::from_json_str(&generated.json)
            .unwrap_or_else(|err| panic!("a valid report is refused: {err}"));
        let compact = assert_round_trip(&report);
        let back: Value = serde_json::from_str(&compact).unwrap();
        for (pointer, text) in &generated.texts {
            prop_assert_eq!(back.pointer(pointer).and_then(Value::as_str), Some(text.as_str()), "{}", pointer);
        }
        for (pointer, count) in &generated.counts {
            prop_assert_eq!(back.pointer(pointer).and_then(Value::as_u64), Some(u64::from(*count)), "{}", pointer);
        }
        for (pointer, digits) in &generated.amounts {
            prop_assert_eq!(number_text(&compact, pointer), digits.as_str(), "{}", pointer);
        }
        // Reading the crate's own output again changes nothing.
        prop_assert_eq!(Report::from_json_str(&compact).unwrap(), report);
    }
}

#[test]
fn awkward_text_in_every_field_is_kept_exactly() {
    // A fixed document with every kind of awkward text, checked field by field.
    let awkward = "第一段，\r\n第二段\t结尾  \n😀👨‍👩‍👧\u{0}\u{1F}\u{7F}\u{85}\u{2028}\u{FEFF}\"\\/";
    let mut doc = full_value();
    for (pointer, _) in text_fields() {
        *doc.pointer_mut(&pointer).unwrap() = json!(awkward);
    }
    let report = Report::from_json_str(&doc.to_string()).unwrap();
    let back: Value = serde_json::from_str(&assert_round_trip(&report)).unwrap();
    for (pointer, _) in text_fields() {
        assert_eq!(back.pointer(&pointer), Some(&json!(awkward)), "{pointer}");
    }
    assert_eq!(
        report.overview.additional_parts[0]
            .paragraphs()
            .collect::<Vec<_>>(),
        [
            "第一段，\r",
            "第二段\t结尾  ",
            "😀👨‍👩‍👧\u{0}\u{1F}\u{7F}\u{85}\u{2028}\u{FEFF}\"\\/"
        ]
    );
}

proptest! {
    #![proptest_config(config())]

    /// Every edition and layout (2019 table 二, （六） as one row, mixed documents, blank cells,
    /// partial fee figures, `compiled_by`) round-trips byte for byte, compact and pretty, and
    /// reading the crate's output gives the same JSON value as the report written.
    #[test]
    fn reports_of_every_edition_round_trip_byte_for_byte(
        report in prop_oneof![any_report(), shaped_report().prop_map(|(_, report)| report)]
    ) {
        let compact = assert_round_trip(&report);
        let written: Value = serde_json::from_str(&compact).unwrap();
        let again = Report::from_json_slice(compact.as_bytes()).unwrap();
        let reread: Value = serde_json::from_str(&again.to_json_string()).unwrap();
        prop_assert_eq!(reread, written);
        prop_assert_eq!(again.blank_cells, report.blank_cells);
        prop_assert_eq!(again.other_matters.processing_fees, report.other_matters.processing_fees);
        prop_assert_eq!(again.agency.compiled_by, report.agency.compiled_by);
    }
}
