//! Helpers shared by the integration tests (`mod common;`): reports to start from, walks over
//! JSON values, and everything a parsed report is handed to (`exercise`). Committed files,
//! the example and the test vectors are in [`files`].
#![allow(dead_code)]

pub mod blank;
pub mod files;
pub mod mutation;

use ogi_report::other_matters::ProcessingFees;
use ogi_report::{Agency, AgencyKind, Report, TextPart};
use serde_json::Value;
use std::sync::OnceLock;

/// The proptest configuration of every property test file: `default_cases` cases unless
/// `PROPTEST_CASES` sets another number, and failures kept in `proptest-regressions/FILE.txt`
/// (committed; replayed before any new case on every run, on every machine). A failing run
/// prints the new seed there; `.ci/run` shows it in its log so that it can be committed.
pub fn proptest_config(file: &'static str, default_cases: u32) -> proptest::test_runner::Config {
    use proptest::test_runner::{Config, FileFailurePersistence};
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(default_cases);
    let path: &'static str = Box::leak(format!("proptest-regressions/{file}.txt").into_boxed_str());
    Config {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(path))),
        ..Config::default()
    }
}

/// The example report, as published (pretty JSON).
pub const EXAMPLE: &str = include_str!("../../examples/reports/dongying-district-office-2023.json");

/// The example with `from` replaced by `to` (once); panics when `from` is not there.
pub fn example_with(from: &str, to: &str) -> String {
    assert!(EXAMPLE.contains(from), "the example has no {from:?}");
    EXAMPLE.replacen(from, to, 1)
}

/// Everything a report read from untrusted input may be handed to, run once: none of it may
/// panic. New consumers plug in here and are then covered by every robustness test.
pub fn exercise(report: &Report) {
    assert_eq!(report.check(), report.check(), "checking is deterministic");
    let _ = report.check_against_previous(report);
    let mut filled = report.clone();
    if filled.fill_totals().is_err() {
        assert_eq!(&filled, report, "a failed fill_totals changed the report");
    }
    let agency = Agency::new("汇总", AgencyKind::Government);
    let _ = Report::roll_up(agency, [report, report]);
    for row in [
        report.applications.new_received,
        report.applications.outcomes.total,
    ] {
        let _ = row.parts_sum();
    }
    let _ = report.applications.outcomes.results_sum();
    let _ = report.applications.outcomes.not_disclosed_total();
}

/// Serialize → parse → serialize must give the same bytes, compact and pretty, and an equal
/// report; returns the compact JSON.
pub fn assert_round_trip(report: &Report) -> String {
    let compact = report.to_json_string();
    let again = Report::from_json_str(&compact)
        .unwrap_or_else(|err| panic!("serialized report does not read back: {err}"));
    assert_eq!(&again, report);
    assert_eq!(
        again.to_json_string(),
        compact,
        "compact JSON is not stable"
    );
    let pretty = report.to_json_string_pretty();
    let again = Report::from_json_str(&pretty)
        .unwrap_or_else(|err| panic!("pretty report does not read back: {err}"));
    assert_eq!(&again, report);
    assert_eq!(
        again.to_json_string_pretty(),
        pretty,
        "pretty JSON is not stable"
    );
    compact
}

/// The example with every optional part filled in, so that every object type and every text
/// field of the model occurs in it.
pub fn full_report() -> Report {
    let mut report = Report::from_json_str(EXAMPLE).expect("the example reads");
    report.title.get_or_insert_with(|| "标题".to_owned());
    report.preamble.get_or_insert_with(|| "前言".to_owned());
    report.closing = Some("东营区人民政府办公室\n2024 年 1 月 26 日".to_owned());
    let table_two = report
        .proactive_disclosure
        .as_2021_mut()
        .expect("a 2021 table 二");
    table_two.note = Some("表二注".to_owned());
    report.applications.note = Some("表三注".to_owned());
    report.review_and_litigation.note = Some("表四注".to_owned());
    report.overview.introduction = Some("一引言".to_owned());
    report.overview.additional_parts = vec![
        TextPart::with_heading("（六）其他。", "一其他"),
        TextPart::new("一其他二"),
    ];
    let five = &mut report.problems_and_improvements;
    five.introduction = Some("五引言".to_owned());
    five.problems
        .get_or_insert_with(|| TextPart::new("问题"))
        .heading = Some("（一）存在的主要问题".to_owned());
    five.improvements
        .get_or_insert_with(|| TextPart::new("改进"))
        .heading = Some("（二）改进情况".to_owned());
    five.additional_parts = vec![TextPart::with_heading("（三）", "五其他")];
    let six = &mut report.other_matters;
    six.introduction = Some("六引言".to_owned());
    six.processing_fees = Some(ProcessingFees::new(
        2,
        "300.50".parse().expect("an amount"),
        "100".parse().expect("an amount"),
    ));
    six.innovation = Some(TextPart::with_heading("（四）工作创新。", "创新"));
    six.deputies_and_cppcc_proposals = Some(TextPart::with_heading("（三）建议提案。", "提案"));
    six.additional_parts = vec![TextPart::new("六其他")];
    report
}

/// The full report as a JSON value (amounts become plain JSON numbers).
pub fn full_value() -> Value {
    static FULL: OnceLock<Value> = OnceLock::new();
    FULL.get_or_init(|| {
        serde_json::from_str(&full_report().to_json_string()).expect("the full report is JSON")
    })
    .clone()
}

/// JSON Pointers of every text field of the full report with its length limit in characters.
pub fn text_fields() -> Vec<(String, usize)> {
    let mut out = Vec::new();
    collect_text_fields(&full_value(), String::new(), &mut out);
    out.retain(|(pointer, _)| {
        !pointer.starts_with("/format_version")
            && !pointer.starts_with("/published_on")
            && !pointer.starts_with("/agency")
    });
    out
}

fn collect_text_fields(value: &Value, pointer: String, out: &mut Vec<(String, usize)>) {
    match value {
        Value::String(_) => {
            let limit = if pointer.ends_with("/heading")
                || pointer == "/title"
                || pointer.starts_with("/section_headings/")
            {
                500
            } else {
                100_000
            };
            out.push((pointer, limit));
        }
        Value::Object(map) => {
            for (key, item) in map {
                collect_text_fields(item, child(&pointer, key), out);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                collect_text_fields(item, format!("{pointer}/{index}"), out);
            }
        }
        _ => {}
    }
}

/// The pointer of member `key` of the object at `pointer`: `key` escaped as RFC 6901 says
/// (`~` → `~0`, `/` → `~1`), by the same crate the library uses.
pub fn child(pointer: &str, key: &str) -> String {
    format!("{pointer}/{}", jsonptr::Token::new(key).encoded())
}

/// JSON Pointers of every value in `value` (the document itself is `""`) that `keep` accepts,
/// in document order.
pub fn pointers_where(value: &Value, keep: impl Fn(&Value) -> bool + Copy) -> Vec<String> {
    fn walk(
        value: &Value,
        pointer: String,
        keep: impl Fn(&Value) -> bool + Copy,
        out: &mut Vec<String>,
    ) {
        if keep(value) {
            out.push(pointer.clone());
        }
        match value {
            Value::Object(map) => {
                for (key, item) in map {
                    walk(item, child(&pointer, key), keep, out);
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    walk(item, format!("{pointer}/{index}"), keep, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, String::new(), keep, &mut out);
    out
}

/// JSON Pointers of every object in `value` (the document itself is `""`).
pub fn object_pointers(value: &Value) -> Vec<String> {
    pointers_where(value, Value::is_object)
}

/// JSON Pointers of every count (integer) in a report value, the year excepted.
pub fn count_pointers(value: &Value) -> Vec<String> {
    let mut out = pointers_where(value, Value::is_u64);
    out.retain(|p| p != "/year" && !AMOUNTS.contains(&p.as_str()));
    out
}

/// The JSON Pointers of the amounts of money (in the full report).
pub const AMOUNTS: [&str; 3] = [
    "/proactive_disclosure/administrative_fees_10k_yuan",
    "/other_matters/processing_fees/notices_total_yuan",
    "/other_matters/processing_fees/collected_yuan",
];

/// Writes `value` as JSON, with the object at `target` writing its key `key` twice (the
/// second time with `duplicate` as value).
pub fn to_json_with_duplicate(value: &Value, target: &str, key: &str, duplicate: &Value) -> String {
    fn write(
        value: &Value,
        pointer: &str,
        target: &str,
        key: &str,
        duplicate: &Value,
        out: &mut String,
    ) {
        match value {
            Value::Object(map) => {
                out.push('{');
                let mut first = true;
                for (k, item) in map {
                    if !first {
                        out.push(',');
                    }
                    first = false;
                    out.push_str(&serde_json::to_string(k).unwrap());
                    out.push(':');
                    write(item, &child(pointer, k), target, key, duplicate, out);
                    if pointer == target && k == key {
                        out.push(',');
                        out.push_str(&serde_json::to_string(k).unwrap());
                        out.push(':');
                        out.push_str(&duplicate.to_string());
                    }
                }
                out.push('}');
            }
            Value::Array(items) => {
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    let child = format!("{pointer}/{index}");
                    write(item, &child, target, key, duplicate, out);
                }
                out.push(']');
            }
            leaf => out.push_str(&leaf.to_string()),
        }
    }
    let mut out = String::new();
    write(value, "", target, key, duplicate, &mut out);
    out
}

/// Asserts that `issue` says `zh` in its Chinese message and `en` in its English one (each a
/// part of the message), printing the message that does not.
pub fn assert_says(issue: &ogi_report::rules::Issue, zh: &str, en: &str) {
    assert!(
        issue.message_zh.contains(zh),
        "{zh:?} in {}",
        issue.message_zh
    );
    assert!(
        issue.message_en.contains(en),
        "{en:?} in {}",
        issue.message_en
    );
}
