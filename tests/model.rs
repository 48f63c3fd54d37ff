//! The report model as the wire format and issue 2 describe it: the example round-trips
//! exactly, bad input is refused with the JSON path of the bad value, money is exact, totals are
//! filled only on request, roll-ups never wrap, field constraints apply on reading, and the
//! official labels live in one place.

mod common;

use ogi_report::applications::{ApplicantRow, Applications};
use ogi_report::other_matters::ProcessingFees;
use ogi_report::review_and_litigation::CaseOutcomes;
use ogi_report::{
    Agency, AgencyKind, Amount, AmountError, ParseError, ParseErrorKind, Report, RollUpError,
    TextPart,
};
use serde_json::{Value, json};

const EXAMPLE: &str = include_str!("../examples/reports/dongying-district-office-2023.json");

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

// ---------------------------------------------------------------------------------------------
// The example round-trips exactly

#[test]
fn the_example_reprints_byte_for_byte_as_pretty_json() {
    let report = example();
    assert_eq!(report.to_json_string_pretty() + "\n", EXAMPLE);
}

#[test]
fn the_example_round_trips_to_an_equal_report() {
    let report = example();
    assert_eq!(
        Report::from_json_str(&report.to_json_string()).unwrap(),
        report
    );
    assert_eq!(
        Report::from_json_str(&report.to_json_string_pretty()).unwrap(),
        report
    );
    assert_eq!(report.to_json_string().parse::<Report>().unwrap(), report);
    assert_eq!(Report::from_json_slice(EXAMPLE.as_bytes()).unwrap(), report);
}

#[test]
fn the_example_round_trips_to_equal_json() {
    assert_eq!(to_value(&example()), example_value());
}

#[test]
fn every_string_of_the_example_survives_the_round_trip() {
    let strings = |value: &Value| -> Vec<(String, String)> {
        leaves_of(value)
            .into_iter()
            .filter_map(|(p, v)| v.as_str().map(|s| (p, s.to_owned())))
            .collect()
    };
    let input = strings(&example_value());
    let output = strings(&to_value(&example()));
    assert!(input.len() > 30, "the example has its prose");
    assert_eq!(output, input);
    let chars: usize = input.iter().map(|(_, s)| s.chars().count()).sum();
    assert!(
        chars > 2500,
        "the example's prose is all there ({chars} characters)"
    );
}

#[test]
fn text_is_kept_character_for_character() {
    let tricky = " 前导空格\t制表\r\n回车换行\n\n空段落\u{3000}全角空格 “引号”「」 emoji 🏛️ e\u{301} \u{2028}行分隔 \\ \"quoted\" \u{0} 尾随空格 ";
    let mut report = example();
    report.preamble = Some(tricky.to_owned());
    report.closing = Some(tricky.to_owned());
    report.title = Some(tricky.to_owned());
    report.overview.introduction = Some(tricky.to_owned());
    report.overview.additional_parts = vec![TextPart::with_heading(tricky, tricky)];
    report.problems_and_improvements.problems = Some(TextPart::new(tricky));
    report.other_matters.innovation = Some(TextPart::with_heading(tricky, tricky));
    report.applications.note = Some(tricky.to_owned());
    for json in [report.to_json_string(), report.to_json_string_pretty()] {
        let back = Report::from_json_str(&json).unwrap();
        assert_eq!(back, report);
        assert_eq!(back.overview.additional_parts[0].text, tricky);
        assert_eq!(back.to_json_string(), report.to_json_string());
    }
}

#[test]
fn paragraphs_are_split_at_line_breaks() {
    let report = example();
    let part = report.overview.proactive_disclosure.as_ref().unwrap();
    assert_eq!(part.paragraphs().count(), 3);
    assert!(part.paragraphs().all(|p| !p.is_empty()));
}

// ---------------------------------------------------------------------------------------------
// Unknown fields are refused with their path

#[test]
fn an_unknown_field_in_any_object_is_refused_with_its_path() {
    let full = full_example_value();
    parse(&full).expect("the full example parses");
    let mut pointers = Vec::new();
    objects(&full, "", &mut pointers);
    for expected in [
        "",
        "/agency",
        "/overview",
        "/overview/proactive_disclosure",
        "/overview/additional_parts/0",
        "/proactive_disclosure/rules",
        "/applications/outcomes/not_disclosed/state_secret",
        "/applications/outcomes/other_handling",
        "/review_and_litigation/litigation_after_review",
        "/problems_and_improvements/additional_parts/0",
        "/other_matters/processing_fees",
        "/other_matters/additional_parts/2",
    ] {
        assert!(
            pointers.iter().any(|p| p == expected),
            "walk misses {expected}"
        );
    }
    assert!(pointers.len() > 45, "{} objects", pointers.len());

    for object in &pointers {
        let mut value = full.clone();
        value
            .pointer_mut(object)
            .unwrap()
            .as_object_mut()
            .unwrap()
            .insert("unexpected_field".to_owned(), json!(0));
        let err = parse_err(&value);
        // serde_path_to_error puts the unknown key itself at the end of the path.
        let pointer = format!("{object}/unexpected_field");
        let path = dotted(&pointer);
        assert_error(
            &err,
            ParseErrorKind::Structure,
            &pointer,
            &format!("{path}: unknown field `unexpected_field`, expected "),
        );
        assert_eq!(err.path(), path);
        assert!(err.position().is_some(), "{err}");
    }
}

#[test]
fn an_unknown_key_with_pointer_special_characters_is_escaped_in_the_pointer() {
    let mut value = example_value();
    value["agency"]["a/b~c"] = json!(1);
    let err = parse_err(&value);
    assert_error(
        &err,
        ParseErrorKind::Structure,
        "/agency/a~1b~0c",
        "agency.a/b~c: unknown field `a/b~c`",
    );
}

// ---------------------------------------------------------------------------------------------
// Wrong types and values are refused with their path

#[test]
fn a_string_count_is_refused_with_its_path() {
    let err = parse_err(&example_with(
        "/applications/new_received/natural_person",
        json!("18"),
    ));
    assert_error(
        &err,
        ParseErrorKind::Structure,
        "/applications/new_received/natural_person",
        "applications.new_received.natural_person: invalid type: string \"18\", expected u32",
    );
    assert_eq!(err.path(), "applications.new_received.natural_person");
    assert!(err.message().starts_with("invalid type: string"));
}

#[test]
fn a_count_must_be_a_whole_number_from_zero_to_u32_max() {
    let pointer = "/applications/outcomes/unable_to_provide/not_held/total";
    let path = "applications.outcomes.unable_to_provide.not_held.total";
    for (bad, message) in [
        (json!(-1), "invalid value: integer `-1`, expected u32"),
        (
            json!(1.5),
            "invalid type: floating point `1.5`, expected u32",
        ),
        (
            json!(1.0),
            "invalid type: floating point `1.0`, expected u32",
        ),
        (
            json!(4_294_967_296_u64),
            "invalid value: integer `4294967296`, expected u32",
        ),
        (json!(true), "invalid type: boolean `true`, expected u32"),
        (json!(null), "invalid type: null, expected u32"),
        (json!([1]), "invalid type: sequence, expected u32"),
        (json!({}), "invalid type: map, expected u32"),
    ] {
        let err = parse_err(&example_with(pointer, bad));
        assert_error(
            &err,
            ParseErrorKind::Structure,
            pointer,
            &format!("{path}: {message}"),
        );
    }
    let max = parse(&example_with(pointer, json!(u32::MAX))).unwrap();
    assert_eq!(
        max.applications.outcomes.unable_to_provide.not_held.total,
        u32::MAX
    );
}

#[test]
fn every_count_holds_u32_max_and_refuses_one_more() {
    let value = example_value();
    let counts: Vec<String> = leaves_of(&value)
        .into_iter()
        .filter(|(p, v)| v.is_u64() && p != "/year" && !p.ends_with("_yuan"))
        .map(|(p, _)| p)
        .collect();
    // 2 × 3 + 3 (table 二) + 25 × 7 (table 三) + 3 × 5 (table 四) + 1 (fee notices)
    assert_eq!(counts.len(), 9 + 175 + 15 + 1);
    let mut all_max = value.clone();
    for pointer in &counts {
        *all_max.pointer_mut(pointer).unwrap() = json!(u32::MAX);
        let mut over = value.clone();
        *over.pointer_mut(pointer).unwrap() = json!(u64::from(u32::MAX) + 1);
        let err = parse_err(&over);
        assert_error(&err, ParseErrorKind::Structure, pointer, &dotted(pointer));
    }
    let report = parse(&all_max).unwrap();
    assert_eq!(to_value(&report), all_max);
}

#[test]
fn a_wrong_amount_is_refused_with_its_path() {
    let pointer = "/proactive_disclosure/administrative_fees_10k_yuan";
    let path = "proactive_disclosure.administrative_fees_10k_yuan";
    for (bad, message) in [
        (
            json!("12.5"),
            "invalid type: a string, expected a non-negative decimal number",
        ),
        (
            json!(null),
            "invalid type: null, expected a non-negative decimal number",
        ),
        (
            json!(-0.5),
            "an amount of money must not be negative, got -0.5",
        ),
        (json!(-1), "an amount of money must not be negative, got -1"),
        (
            json!(true),
            "invalid type: a boolean, expected a non-negative decimal number",
        ),
    ] {
        let err = parse_err(&example_with(pointer, bad));
        assert_error(
            &err,
            ParseErrorKind::Structure,
            pointer,
            &format!("{path}: {message}"),
        );
    }
    let fee = "/other_matters/processing_fees/collected_yuan";
    let err = parse_err(&example_with(fee, json!("0")));
    assert_error(
        &err,
        ParseErrorKind::Structure,
        fee,
        "other_matters.processing_fees.collected_yuan: invalid type: a string",
    );
}

#[test]
fn a_missing_required_field_is_named_at_its_object() {
    for (object, field) in [
        ("", "agency"),
        ("/agency", "kind"),
        ("/applications", "new_received"),
        (
            "/applications/outcomes/not_processed",
            "repeated_application",
        ),
        ("/review_and_litigation/administrative_review", "pending"),
        ("/proactive_disclosure", "administrative_fees_10k_yuan"),
        ("/applications/outcomes/other_handling", "fee_not_paid"),
        ("/other_matters/fee_statement", "text"),
    ] {
        let mut value = example_value();
        value
            .pointer_mut(object)
            .unwrap()
            .as_object_mut()
            .unwrap()
            .remove(field)
            .unwrap();
        let err = parse_err(&value);
        // Like a JSON Schema `required`, the error sits at the object that lacks the field.
        let prefix = match dotted(object) {
            path if path.is_empty() => String::new(),
            path => format!("{path}: "),
        };
        assert_error(
            &err,
            ParseErrorKind::Structure,
            object,
            &format!("{prefix}missing field `{field}`"),
        );
    }
}

#[test]
fn optional_fields_may_be_absent_or_null() {
    let mut value = example_value();
    for (object, field) in [
        ("/agency", "region_code"),
        ("", "published_on"),
        ("", "title"),
        ("/overview", "introduction"),
        ("/other_matters", "processing_fees"),
    ] {
        value.pointer_mut(object).unwrap()[field] = Value::Null;
    }
    let report = parse(&value).unwrap();
    assert_eq!(report.agency.region_code, None);
    assert_eq!(report.other_matters.processing_fees, None);
    let json = report.to_json_string();
    assert!(
        !json.contains("null"),
        "absent optional fields are left out: {json}"
    );
}

#[test]
fn null_is_refused_where_a_value_is_required() {
    for (pointer, expected) in [
        ("/agency/name", "invalid type: null, expected a string"),
        ("/agency/kind", "invalid type: null, expected a string code"),
        (
            "/format_version",
            "invalid type: null, expected a string code",
        ),
        ("/year", "invalid type: null, expected u16"),
        ("/overview", "invalid type: null, expected struct Overview"),
        (
            "/applications/carried_over_from_previous_year",
            "invalid type: null, expected struct ApplicantRow",
        ),
        (
            "/other_matters/fee_statement/text",
            "invalid type: null, expected a string",
        ),
    ] {
        let err = parse_err(&example_with(pointer, Value::Null));
        assert_error(
            &err,
            ParseErrorKind::Structure,
            pointer,
            &format!("{}: {expected}", dotted(pointer)),
        );
    }
}

#[test]
fn a_code_is_a_string_and_nothing_else() {
    for (pointer, bad, message) in [
        (
            "/agency/kind",
            json!("ministry"),
            "unknown variant `ministry`, expected one of `department`, `government`, `government_office`, `township`, `other`",
        ),
        (
            "/agency/kind",
            json!(3),
            "invalid type: integer `3`, expected a string code",
        ),
        (
            "/agency/kind",
            json!({ "department": null }),
            "invalid type: map, expected a string code",
        ),
        (
            "/format_version",
            json!(2021),
            "invalid type: integer `2021`, expected a string code",
        ),
        (
            "/format_version",
            json!("2020"),
            "unknown variant `2020`, expected `2019` or `2021`",
        ),
    ] {
        let err = parse_err(&example_with(pointer, bad));
        assert_error(
            &err,
            ParseErrorKind::Structure,
            pointer,
            &format!("{}: {message}", dotted(pointer)),
        );
    }
    for kind in AgencyKind::ALL {
        let code = serde_json::to_value(kind).unwrap();
        let report = parse(&example_with("/agency/kind", code)).unwrap();
        assert_eq!(report.agency.kind, kind);
    }
}

#[test]
fn an_object_written_as_an_array_is_refused_with_its_path() {
    for (pointer, array) in [
        (
            "/agency",
            json!(["东营市东营区人民政府办公室", "government_office"]),
        ),
        ("/applications/new_received", json!([18, 0, 0, 0, 0, 0, 18])),
        (
            "/review_and_litigation/administrative_review",
            json!([0, 0, 0, 0]),
        ),
        ("/other_matters/processing_fees", json!([0, 0, 0])),
        (
            "/overview/proactive_disclosure",
            json!(["（一）主动公开。", "正文"]),
        ),
    ] {
        let err = parse_err(&example_with(pointer, array));
        assert_error(
            &err,
            ParseErrorKind::Structure,
            pointer,
            &format!(
                "{}: invalid type: sequence, expected an object",
                dotted(pointer)
            ),
        );
    }
    let err = Report::from_json_str("[]").unwrap_err();
    assert_error(
        &err,
        ParseErrorKind::Structure,
        "",
        "invalid type: sequence, expected an object",
    );
}

#[test]
fn a_duplicate_key_is_refused_with_its_path() {
    let text = EXAMPLE.replacen("\"year\": 2023,", "\"year\": 2023, \"year\": 2024,", 1);
    let err = Report::from_json_str(&text).unwrap_err();
    assert_error(
        &err,
        ParseErrorKind::Structure,
        "/year",
        "year: duplicate field `year`",
    );

    let text = EXAMPLE.replacen(
        "\"natural_person\": 18,",
        "\"natural_person\": 18, \"natural_person\": 18,",
        1,
    );
    let err = Report::from_json_str(&text).unwrap_err();
    assert_error(
        &err,
        ParseErrorKind::Structure,
        "/applications/new_received/natural_person",
        "applications.new_received.natural_person: duplicate field `natural_person`",
    );
    assert_eq!(err.position().map(|(line, _)| line), Some(53));

    let text = EXAMPLE.replacen(
        "\"collected_yuan\": 0",
        "\"collected_yuan\": 0, \"collected_yuan\": 0",
        1,
    );
    let err = Report::from_json_str(&text).unwrap_err();
    assert_error(
        &err,
        ParseErrorKind::Structure,
        "/other_matters/processing_fees/collected_yuan",
        "other_matters.processing_fees.collected_yuan: duplicate field `collected_yuan`",
    );
}

#[test]
fn trailing_input_after_the_report_is_refused() {
    for trailing in ["x", "{}", ",", "]", "\"\"", "0"] {
        let err = Report::from_json_str(&format!("{EXAMPLE}{trailing}")).unwrap_err();
        assert_eq!(err.kind(), ParseErrorKind::Syntax, "{trailing:?}: {err}");
        assert_eq!(err.pointer(), "", "{trailing:?}");
        assert!(err.to_string().starts_with("trailing characters"), "{err}");
        let lines = EXAMPLE.lines().count();
        assert_eq!(
            err.position().map(|(line, _)| line),
            Some(lines + 1),
            "{trailing:?}"
        );
    }
    // White space after the report is fine.
    Report::from_json_str(&format!("{EXAMPLE}\n \t\r\n")).unwrap();
}

#[test]
fn a_bad_date_is_refused_with_its_path() {
    for bad in [json!("2024-13-01"), json!("2024/01/26"), json!(20240126)] {
        let err = parse_err(&example_with("/published_on", bad));
        assert_error(
            &err,
            ParseErrorKind::Structure,
            "/published_on",
            "published_on: ",
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Money is exact

fn amount(text: &str) -> Amount {
    text.parse().unwrap()
}

#[test]
fn a_tenth_plus_two_tenths_is_three_tenths() {
    assert_eq!(
        amount("0.1").checked_add(amount("0.2")),
        Some(amount("0.3"))
    );
    assert_eq!(
        amount("0.1")
            .checked_add(amount("0.2"))
            .unwrap()
            .to_string(),
        "0.3"
    );
    // The same through reports and a roll-up, 万元 on the wire.
    let mut a = example();
    a.proactive_disclosure
        .as_2021_mut()
        .unwrap()
        .administrative_fees_10k_yuan = amount("0.1");
    let mut b = example();
    b.proactive_disclosure
        .as_2021_mut()
        .unwrap()
        .administrative_fees_10k_yuan = amount("0.2");
    let sum = Report::roll_up(Agency::new("东营区", AgencyKind::Government), [&a, &b]).unwrap();
    assert_eq!(
        sum.proactive_disclosure
            .as_2021()
            .unwrap()
            .administrative_fees_10k_yuan,
        amount("0.3")
    );
    assert!(
        sum.to_json_string()
            .contains("\"administrative_fees_10k_yuan\":0.3}")
    );
}

#[test]
fn trailing_zeros_of_an_amount_stay_on_the_wire() {
    let text = EXAMPLE.replacen(
        "\"administrative_fees_10k_yuan\": 0",
        "\"administrative_fees_10k_yuan\": 12.50",
        1,
    );
    let report = Report::from_json_str(&text).unwrap();
    assert_eq!(
        report
            .proactive_disclosure
            .as_2021()
            .unwrap()
            .administrative_fees_10k_yuan,
        amount("12.5")
    );
    assert_eq!(report.to_json_string_pretty() + "\n", text);
    assert!(
        report
            .to_json_string()
            .contains("\"administrative_fees_10k_yuan\":12.50}")
    );
}

#[test]
fn an_amount_is_read_digit_by_digit_never_through_a_float() {
    for (wire, exact) in [
        ("9007199254740993", "9007199254740993"), // 2^53 + 1: not an f64
        ("0.30000000000000004441", "0.30000000000000004441"),
        ("1.25E+2", "125"),
        ("1.25e2", "125"),
        ("15e-1", "1.5"),
        ("1E-28", "0.0000000000000000000000000001"),
        ("0", "0"),
        ("-0", "0"),
    ] {
        let text = EXAMPLE.replacen(
            "\"collected_yuan\": 0",
            &format!("\"collected_yuan\": {wire}"),
            1,
        );
        let report = Report::from_json_str(&text).unwrap_or_else(|e| panic!("{wire}: {e}"));
        let fees = report.other_matters.processing_fees.unwrap();
        assert_eq!(fees.collected_yuan, Some(amount(exact)), "{wire}");
        assert_eq!(fees.collected_yuan.unwrap().to_string(), exact, "{wire}");
        // What is written back is a plain JSON number that reads back the same.
        assert_eq!(
            Report::from_json_str(&report.to_json_string()).unwrap(),
            report
        );
    }
}

#[test]
fn an_amount_that_cannot_be_kept_exactly_is_refused_not_rounded() {
    let pointer = "/proactive_disclosure/administrative_fees_10k_yuan";
    let max_scale = format!("0.{}1", "0".repeat(27)); // 28 decimal places: kept
    let too_fine = format!("0.{}1", "0".repeat(28)); // 29 decimal places: refused
    for (wire, ok) in [
        (max_scale.as_str(), true),
        (too_fine.as_str(), false),
        ("1e-29", false),
        ("1e29", false),
        ("79228162514264337593543950336", false), // one more than the decimal type holds
        ("79228162514264337593543950335", true),
    ] {
        let text = EXAMPLE.replacen(
            "\"administrative_fees_10k_yuan\": 0",
            &format!("\"administrative_fees_10k_yuan\": {wire}"),
            1,
        );
        match Report::from_json_str(&text) {
            Ok(report) if ok => {
                let kept = report
                    .proactive_disclosure
                    .as_2021()
                    .unwrap()
                    .administrative_fees_10k_yuan;
                assert_eq!(kept, amount(wire));
                let json = report.to_json_string();
                assert!(
                    json.contains(&format!("\"administrative_fees_10k_yuan\":{wire}}}")),
                    "{wire}"
                );
            }
            Err(err) if !ok => {
                assert_error(
                    &err,
                    ParseErrorKind::Structure,
                    pointer,
                    "proactive_disclosure.administrative_fees_10k_yuan: the number cannot be kept exactly",
                );
                assert!(err.message().contains("never rounded"), "{err}");
            }
            other => panic!("{wire}: unexpected {other:?}"),
        }
    }
    assert_eq!(too_fine.parse::<Amount>(), Err(AmountError::NotExact));
}

#[test]
fn an_amount_sum_that_cannot_be_kept_is_none() {
    let max = amount("79228162514264337593543950335");
    assert_eq!(max.checked_add(amount("1")), None);
    assert_eq!(max.checked_add(Amount::ZERO), Some(max));
}

// ---------------------------------------------------------------------------------------------
// Filling totals

#[test]
fn reading_never_changes_totals() {
    let mut value = example_value();
    value["applications"]["new_received"]["total"] = json!(999);
    value["applications"]["outcomes"]["total"]["natural_person"] = json!(0);
    value["review_and_litigation"]["administrative_review"]["total"] = json!(5);
    let report = parse(&value).unwrap();
    assert_eq!(report.applications.new_received.total, 999);
    assert_eq!(report.applications.outcomes.total.natural_person, 0);
    assert_eq!(report.review_and_litigation.administrative_review.total, 5);
    assert_eq!(to_value(&report), value);
}

#[test]
fn fill_totals_leaves_a_consistent_report_as_it_is() {
    let mut report = example();
    report.fill_totals().unwrap();
    assert_eq!(report, example());
}

#[test]
fn fill_totals_fills_only_total_cells_from_their_parts() {
    let before = scrambled(example(), 3);
    let mut after = before.clone();
    after.fill_totals().unwrap();

    // Every cell that is not a 总计 cell is unchanged, and so is everything outside tables 三/四.
    let old = table_cells(&before);
    let new = table_cells(&after);
    assert_eq!(old.len(), 25 * 7 + 15);
    for ((pointer, was), (_, now)) in old.iter().zip(&new) {
        if !is_total_cell(pointer) {
            assert_eq!(was, now, "{pointer} changed");
        }
    }
    let mut outside = after.clone();
    outside.applications = before.applications.clone();
    outside.review_and_litigation = before.review_and_litigation.clone();
    assert_eq!(outside, before);

    // Every 总计 cell is the sum of its parts.
    let a = &after.applications;
    let rows = all_rows(a);
    assert_eq!(rows.len(), 25);
    for row in &rows {
        assert_eq!(
            u64::from(row.total),
            row.parts().iter().map(|&n| u64::from(n)).sum::<u64>()
        );
    }
    let results: Vec<&ApplicantRow> = rows[2..23].to_vec();
    let column = |f: fn(&ApplicantRow) -> u32| results.iter().map(|r| u64::from(f(r))).sum::<u64>();
    assert_eq!(
        u64::from(a.outcomes.total.natural_person),
        column(|r| r.natural_person)
    );
    assert_eq!(
        u64::from(a.outcomes.total.other_organization),
        column(|r| r.other_organization)
    );
    assert_eq!(u64::from(a.outcomes.total.total), column(|r| r.total));
    assert_eq!(
        a.outcomes.results_sum()[6],
        u64::from(a.outcomes.total.total)
    );
    let r = &after.review_and_litigation;
    for group in [
        &r.administrative_review,
        &r.litigation_without_review,
        &r.litigation_after_review,
    ] {
        assert_eq!(
            group.total,
            group.upheld + group.corrected + group.other + group.pending
        );
    }
    // Some 总计 cell did change, or the test proves nothing.
    assert_ne!(after, before);
}

/// The 25 rows of table 三 in template order.
fn all_rows(a: &Applications) -> Vec<&ApplicantRow> {
    let o = &a.outcomes;
    let (nd, up, np, oh) = (
        &o.not_disclosed,
        &o.unable_to_provide,
        &o.not_processed,
        &o.other_handling,
    );
    vec![
        &a.new_received,
        &a.carried_over_from_previous_year,
        &o.disclosed,
        &o.partially_disclosed,
        &nd.state_secret,
        &nd.prohibited_by_laws_and_regulations,
        &nd.endangers_security_or_stability,
        &nd.third_party_rights,
        &nd.internal_affairs,
        &nd.process_information,
        &nd.law_enforcement_case_files,
        &nd.administrative_inquiry,
        &up.not_held,
        &up.requires_new_compilation,
        &up.unclear_after_supplement,
        &np.petition_or_complaint,
        &np.repeated_application,
        &np.public_publication_requested,
        &np.excessive_without_reason,
        &np.confirm_or_reissue_requested,
        &oh.sub_rows().unwrap().no_supplement_in_time,
        &oh.sub_rows().unwrap().fee_not_paid,
        &oh.sub_rows().unwrap().other,
        &o.total,
        &a.carried_forward_to_next_year,
    ]
}

#[test]
fn fill_totals_is_idempotent() {
    let mut once = scrambled(example(), 11);
    once.fill_totals().unwrap();
    let mut twice = once.clone();
    twice.fill_totals().unwrap();
    assert_eq!(twice, once);
}

#[test]
fn fill_totals_ignores_the_totals_it_replaces() {
    // A wrongly reported （七）总计 row at u32::MAX is replaced, not added to.
    let mut report = example();
    report.applications.outcomes.total = ApplicantRow {
        natural_person: u32::MAX,
        commercial_enterprise: u32::MAX,
        total: u32::MAX,
        ..Default::default()
    };
    report.applications.new_received.total = u32::MAX;
    report.fill_totals().unwrap();
    assert_eq!(report, example());
}

#[test]
fn fill_totals_on_overflow_names_the_cell_and_changes_nothing() {
    let cases: [(&str, Change); 5] = [
        ("/applications/new_received/total", |r| {
            r.applications.new_received.natural_person = u32::MAX;
            r.applications.new_received.other_organization = 1;
        }),
        (
            "/applications/outcomes/not_processed/excessive_without_reason/total",
            |r| {
                r.applications
                    .outcomes
                    .not_processed
                    .excessive_without_reason = ApplicantRow {
                    research_institution: u32::MAX,
                    legal_service_organization: u32::MAX,
                    ..Default::default()
                };
            },
        ),
        ("/applications/outcomes/total/natural_person", |r| {
            r.applications.outcomes.disclosed.natural_person = u32::MAX;
            r.applications
                .outcomes
                .other_handling
                .sub_rows_mut()
                .unwrap()
                .other
                .natural_person = 1;
        }),
        ("/applications/outcomes/total/total", |r| {
            // Every column fits; their sum does not.
            r.applications = Applications::default();
            r.applications.outcomes.disclosed = ApplicantRow {
                natural_person: u32::MAX,
                ..Default::default()
            };
            r.applications.outcomes.partially_disclosed = ApplicantRow {
                commercial_enterprise: 1,
                ..Default::default()
            };
        }),
        (
            "/review_and_litigation/litigation_after_review/total",
            |r| {
                r.review_and_litigation.litigation_after_review = CaseOutcomes {
                    pending: u32::MAX,
                    upheld: 1,
                    ..Default::default()
                };
            },
        ),
    ];
    for (pointer, break_it) in cases {
        let mut report = example();
        break_it(&mut report);
        let before = report.clone();
        let err = report.fill_totals().unwrap_err();
        assert_eq!(err.pointer(), pointer);
        assert!(err.to_string().contains(pointer), "{err}");
        assert_eq!(report, before, "{pointer}: the report changed");
    }
}

#[test]
fn totals_of_a_single_row_or_group_never_overflow_silently() {
    let mut row = ApplicantRow {
        natural_person: u32::MAX,
        ..Default::default()
    };
    row.fill_total().unwrap();
    assert_eq!(row.total, u32::MAX);
    row.commercial_enterprise = 1;
    assert_eq!(row.fill_total().unwrap_err().pointer(), "/total");
    assert_eq!(row.parts_sum(), u64::from(u32::MAX) + 1);
    let all_max = ApplicantRow {
        natural_person: u32::MAX,
        commercial_enterprise: u32::MAX,
        research_institution: u32::MAX,
        social_welfare_organization: u32::MAX,
        legal_service_organization: u32::MAX,
        other_organization: u32::MAX,
        total: u32::MAX,
    };
    assert_eq!(all_max.parts_sum(), 6 * u64::from(u32::MAX));
    let group = CaseOutcomes {
        upheld: u32::MAX,
        corrected: u32::MAX,
        other: u32::MAX,
        pending: u32::MAX,
        total: 0,
    };
    assert_eq!(group.parts_sum(), 4 * u64::from(u32::MAX));
    let mut table = Applications::default();
    table.outcomes.disclosed = all_max;
    table.outcomes.partially_disclosed = all_max;
    assert_eq!(table.outcomes.results_sum()[6], 2 * u64::from(u32::MAX));
}

// ---------------------------------------------------------------------------------------------
// Rolling up

fn county() -> Agency {
    Agency::new("东营市东营区人民政府", AgencyKind::Government).with_region_code("370502")
}

#[test]
fn roll_up_adds_tables_two_three_and_four_cell_by_cell() {
    let a = scrambled(example(), 1);
    let b = scrambled(example(), 1000);
    let mut c = example();
    c.proactive_disclosure
        .as_2021_mut()
        .unwrap()
        .administrative_fees_10k_yuan = amount("1.05");
    let sum = Report::roll_up(county(), [&a, &b, &c]).unwrap();

    let cells = |r: &Report| -> Vec<(String, u64)> {
        leaves_of(&to_value(r))
            .into_iter()
            .filter(|(p, _)| {
                [
                    "/proactive_disclosure/",
                    "/applications/",
                    "/review_and_litigation/",
                    "/other_matters/processing_fees/notices_issued",
                ]
                .iter()
                .any(|prefix| p.starts_with(prefix))
            })
            .filter(|(p, _)| !p.ends_with("_yuan"))
            .filter_map(|(p, v)| v.as_u64().map(|n| (p, n)))
            .collect()
    };
    let (ca, cb, cc, cs) = (cells(&a), cells(&b), cells(&c), cells(&sum));
    assert_eq!(cs.len(), 9 + 175 + 15 + 1);
    for (((s, x), y), z) in cs.iter().zip(&ca).zip(&cb).zip(&cc) {
        assert_eq!(s.0, x.0);
        assert_eq!(s.1, x.1 + y.1 + z.1, "{}", s.0);
    }
    assert_eq!(
        sum.proactive_disclosure
            .as_2021()
            .unwrap()
            .administrative_fees_10k_yuan,
        amount("1.05")
    );
    assert_eq!(
        sum.other_matters.processing_fees,
        Some(ProcessingFees::new(
            a.other_matters
                .processing_fees
                .unwrap()
                .notices_issued
                .unwrap()
                + b.other_matters
                    .processing_fees
                    .unwrap()
                    .notices_issued
                    .unwrap(),
            amount("0"),
            amount("0"),
        ))
    );
}

#[test]
fn roll_up_makes_a_report_of_the_given_agency_and_year_without_text() {
    let report = example();
    let sum = Report::roll_up(county(), [&report]).unwrap();
    assert_eq!(sum.agency, county());
    assert_eq!(sum.year, 2023);
    let mut expected = Report::new(county(), 2023);
    expected.proactive_disclosure = report.proactive_disclosure.clone();
    expected.applications = report.applications.clone();
    expected.applications.note = None;
    expected.review_and_litigation = report.review_and_litigation.clone();
    expected.other_matters.processing_fees = report.other_matters.processing_fees;
    assert_eq!(sum, expected);
}

#[test]
fn roll_up_adds_the_fee_reports_that_exist() {
    let mut with = example();
    with.other_matters.processing_fees =
        Some(ProcessingFees::new(2, amount("100.10"), amount("50.05")));
    let mut without = example();
    without.other_matters.processing_fees = None;
    let sum = Report::roll_up(county(), [&without, &with, &without, &with]).unwrap();
    assert_eq!(
        sum.other_matters.processing_fees,
        Some(ProcessingFees::new(4, amount("200.20"), amount("100.10")))
    );
    let none = Report::roll_up(county(), [&without, &without]).unwrap();
    assert_eq!(none.other_matters.processing_fees, None);
}

#[test]
fn roll_up_of_nothing_is_an_error() {
    let none: Vec<Report> = Vec::new();
    assert_eq!(Report::roll_up(county(), &none), Err(RollUpError::Empty));
}

#[test]
fn roll_up_of_mixed_years_is_an_error() {
    let a = example();
    let mut b = example();
    b.year = 2024;
    let err = Report::roll_up(county(), [&a, &a, &b]).unwrap_err();
    assert_eq!(
        err,
        RollUpError::MixedYears {
            expected: 2023,
            found: 2024
        }
    );
    assert!(err.to_string().contains("2023") && err.to_string().contains("2024"));
}

#[test]
fn roll_up_overflow_names_the_cell_and_never_wraps() {
    let cases: [(&str, Change); 8] = [
        ("/proactive_disclosure/rules/issued", |r| {
            r.proactive_disclosure.as_2021_mut().unwrap().rules.issued = u32::MAX
        }),
        (
            "/proactive_disclosure/administrative_coercion_decisions",
            |r| {
                r.proactive_disclosure
                    .as_2021_mut()
                    .unwrap()
                    .administrative_coercion_decisions = u32::MAX
            },
        ),
        ("/proactive_disclosure/administrative_fees_10k_yuan", |r| {
            r.proactive_disclosure
                .as_2021_mut()
                .unwrap()
                .administrative_fees_10k_yuan = "79228162514264337593543950335".parse().unwrap()
        }),
        ("/applications/new_received/natural_person", |r| {
            r.applications.new_received.natural_person = u32::MAX
        }),
        (
            "/applications/outcomes/other_handling/fee_not_paid/total",
            |r| {
                r.applications
                    .outcomes
                    .other_handling
                    .sub_rows_mut()
                    .unwrap()
                    .fee_not_paid
                    .total = u32::MAX
            },
        ),
        (
            "/review_and_litigation/administrative_review/corrected",
            |r| r.review_and_litigation.administrative_review.corrected = u32::MAX,
        ),
        ("/other_matters/processing_fees/notices_issued", |r| {
            r.other_matters.processing_fees =
                Some(ProcessingFees::new(u32::MAX, amount("0"), amount("0")))
        }),
        ("/other_matters/processing_fees/collected_yuan", |r| {
            r.other_matters.processing_fees = Some(ProcessingFees::new(
                0,
                amount("0"),
                "79228162514264337593543950335".parse().unwrap(),
            ))
        }),
    ];
    for (pointer, fill_up) in cases {
        let mut full = example();
        fill_up(&mut full);
        let mut one = example();
        one.proactive_disclosure
            .as_2021_mut()
            .unwrap()
            .administrative_fees_10k_yuan = amount("1");
        one.proactive_disclosure.as_2021_mut().unwrap().rules.issued = 1;
        one.proactive_disclosure
            .as_2021_mut()
            .unwrap()
            .administrative_coercion_decisions = 1;
        one.applications
            .outcomes
            .other_handling
            .sub_rows_mut()
            .unwrap()
            .fee_not_paid
            .total = 1;
        one.review_and_litigation.administrative_review.corrected = 1;
        one.other_matters.processing_fees = Some(ProcessingFees::new(1, amount("1"), amount("1")));
        // Alone, a full cell rolls up fine.
        Report::roll_up(county(), [&full]).unwrap();
        let err = Report::roll_up(county(), [&full, &one]).unwrap_err();
        let RollUpError::Overflow(overflow) = &err else {
            panic!("{pointer}: expected an overflow, got {err:?}");
        };
        assert_eq!(overflow.pointer(), pointer);
        assert!(err.to_string().contains(pointer), "{err}");
        assert!(std::error::Error::source(&err).is_some());
    }
}

// ---------------------------------------------------------------------------------------------
// Field constraints apply on reading

#[track_caller]
fn assert_constraint(value: &Value, pointer: &str) -> ParseError {
    let err = parse_err(value);
    assert_error(
        &err,
        ParseErrorKind::Constraint,
        pointer,
        &format!("{}: ", dotted(pointer)),
    );
    assert_eq!(err.position(), None);
    err
}

#[test]
fn an_agency_name_must_not_be_empty_blank_or_too_long() {
    for bad in [
        String::new(),
        " ".to_owned(),
        " \u{3000}\t\n".to_owned(),
        "名".repeat(201),
    ] {
        assert_constraint(&example_with("/agency/name", json!(bad)), "/agency/name");
    }
    let err = assert_constraint(
        &example_with("/agency/name", json!("\u{3000}")),
        "/agency/name",
    );
    assert_eq!(err.message(), "must not be empty or only white space");
    let err = assert_constraint(
        &example_with("/agency/name", json!("名".repeat(201))),
        "/agency/name",
    );
    assert!(
        err.message().contains("at most 200") || err.message().contains("to 200"),
        "{err}"
    );
    for good in [
        "局".to_owned(),
        "名".repeat(200),
        " 前后有空格的名称 ".to_owned(),
    ] {
        let report = parse(&example_with("/agency/name", json!(good))).unwrap();
        assert_eq!(report.agency.name, good, "names are kept as given");
    }
}

#[test]
fn a_region_code_has_six_ascii_digits() {
    for bad in [
        "37050",
        "3705021",
        "37050a",
        "３７０５０２",
        " 370502",
        "",
        "370502\n",
        "370502\r\n",
        "\n370502",
    ] {
        let err = assert_constraint(
            &example_with("/agency/region_code", json!(bad)),
            "/agency/region_code",
        );
        // The message's label is a copy of the schema title; they must agree.
        let label = title_at(&["agency", "region_code"]);
        assert!(err.message().contains(&label), "{err} does not say {label}");
    }
    let report = parse(&example_with("/agency/region_code", json!("000000"))).unwrap();
    assert_eq!(report.agency.region_code.as_deref(), Some("000000"));
}

#[test]
fn the_year_is_from_2008_to_2100() {
    for bad in [0, 2007, 2101, 9999] {
        let err = assert_constraint(&example_with("/year", json!(bad)), "/year");
        assert_eq!(
            err.message(),
            format!("{bad} is out of range: must be from 2008 to 2100")
        );
    }
    for good in [ogi_report::MIN_YEAR, ogi_report::MAX_YEAR] {
        assert_eq!(
            parse(&example_with("/year", json!(good))).unwrap().year,
            good
        );
    }
    let err = parse_err(&example_with("/year", json!(65536)));
    assert_error(
        &err,
        ParseErrorKind::Structure,
        "/year",
        "year: invalid value: integer `65536`",
    );
}

#[test]
fn a_text_may_hold_100000_characters_and_no_more() {
    let full = full_example_value();
    for pointer in [
        "/preamble",
        "/closing",
        "/overview/introduction",
        "/overview/proactive_disclosure/text",
        "/overview/additional_parts/0/text",
        "/applications/note",
        "/proactive_disclosure/note",
        "/review_and_litigation/note",
        "/problems_and_improvements/introduction",
        "/problems_and_improvements/improvements/text",
        "/other_matters/introduction",
        "/other_matters/fee_statement/text",
        "/other_matters/additional_parts/2/text",
    ] {
        let mut value = full.clone();
        // Characters, not bytes: 100,000 Chinese characters are 300,000 bytes of UTF-8.
        *value.pointer_mut(pointer).unwrap() = json!("字".repeat(100_000));
        parse(&value).unwrap_or_else(|e| panic!("{pointer}: {e}"));
        *value.pointer_mut(pointer).unwrap() = json!("字".repeat(100_001));
        let err = assert_constraint(&value, pointer);
        assert!(err.message().contains("100000"), "{err}");
    }
}

#[test]
fn a_heading_may_hold_500_characters_and_no_more() {
    for pointer in [
        "/title",
        "/overview/disclosure_on_request/heading",
        "/other_matters/additional_parts/0/heading",
    ] {
        parse(&example_with(pointer, json!("标".repeat(500)))).unwrap();
        assert_constraint(&example_with(pointer, json!("标".repeat(501))), pointer);
    }
}

#[test]
fn a_section_holds_at_most_200_additional_parts() {
    let part = json!({ "text": "无。" });
    for pointer in [
        "/overview/additional_parts",
        "/problems_and_improvements/additional_parts",
        "/other_matters/additional_parts",
    ] {
        let mut value = full_example_value();
        *value.pointer_mut(pointer).unwrap() = Value::Array(vec![part.clone(); 200]);
        parse(&value).unwrap();
        *value.pointer_mut(pointer).unwrap() = Value::Array(vec![part.clone(); 201]);
        assert_constraint(&value, pointer);
    }
}

#[test]
fn several_broken_constraints_report_the_first_by_pointer_and_count_the_rest() {
    let mut value = example_value();
    value["year"] = json!(1999);
    value["agency"]["region_code"] = json!("x");
    let err = parse_err(&value);
    assert_eq!(err.kind(), ParseErrorKind::Constraint);
    assert_eq!(err.pointer(), "/agency/region_code");
    assert!(
        err.message().ends_with("(and 1 more constraint errors)"),
        "{err}"
    );
}

// ---------------------------------------------------------------------------------------------
// Building reports in Rust

#[test]
fn a_new_report_is_empty_and_reads_back_equal() {
    let report = Report::new(Agency::new("某县交通运输局", AgencyKind::Department), 2024);
    assert_eq!(report.applications, Applications::default());
    assert_eq!(report.other_matters.processing_fees, None);
    let json = report.to_json_string();
    assert_eq!(Report::from_json_str(&json).unwrap(), report);
    assert!(json.starts_with(r#"{"format_version":"2021","agency":{"name":"某县交通运输局","kind":"department"},"year":2024,"overview":{},"#), "{json}");
}

// ---------------------------------------------------------------------------------------------
// Official labels: written once, in the doc comments, and carried into the schema titles

/// The schema's `title` of the field at `path` (property names from the report root).
fn title_at(path: &[&str]) -> String {
    field_schema(path)["title"]
        .as_str()
        .unwrap_or_else(|| panic!("{path:?} has no title"))
        .to_owned()
}

/// The schema's English explanation (`$comment`) of the field at `path`.
fn description_at(path: &[&str]) -> String {
    field_schema(path)["$comment"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// The property schema of the field at `path`.
fn field_schema(path: &[&str]) -> Value {
    let schema = ogi_report::schema::report_schema();
    let mut object = schema.clone();
    let mut field = Value::Null;
    for name in path {
        field = object["properties"][*name].clone();
        assert!(
            field.is_object(),
            "no property {name} on the way to {path:?}"
        );
        object = resolve(&schema, &field);
    }
    field
}

/// The object schema a property refers to (through `$ref`, also inside `anyOf` for options).
fn resolve(root: &Value, property: &Value) -> Value {
    let reference = property["$ref"].as_str().or_else(|| {
        property["anyOf"]
            .as_array()
            .and_then(|branches| branches.iter().find_map(|b| b["$ref"].as_str()))
    });
    let resolved = match reference {
        Some(reference) => {
            let name = reference.strip_prefix("#/$defs/").expect("a local $ref");
            root["$defs"][name].clone()
        }
        None => property.clone(),
    };
    // A table of two layouts (table 二, （六）其他处理): the 2021 layout comes first.
    match resolved["oneOf"]
        .as_array()
        .and_then(|branches| branches.first())
    {
        Some(current) => resolve(root, current),
        None => resolved,
    }
}

/// Checks the titles at `path/<field>` against the expected labels, in order.
#[track_caller]
fn assert_labels(parent: &[&str], expected: &[(&str, &str)]) {
    for (field, label) in expected {
        let mut path = parent.to_vec();
        path.push(field);
        assert_eq!(title_at(&path), *label, "label of {path:?}");
    }
}

#[test]
fn the_six_section_headings_are_the_official_ones() {
    assert_labels(
        &[],
        &[
            ("overview", "一、总体情况"),
            ("proactive_disclosure", "二、主动公开政府信息情况"),
            ("applications", "三、收到和处理政府信息公开申请情况"),
            (
                "review_and_litigation",
                "四、政府信息公开行政复议、行政诉讼情况",
            ),
            ("problems_and_improvements", "五、存在的主要问题及改进情况"),
            ("other_matters", "六、其他需要报告的事项"),
        ],
    );
    let schema = ogi_report::schema::report_schema();
    assert_eq!(schema["title"], "政府信息公开工作年度报告");
}

#[test]
fn table_three_has_the_official_25_row_labels() {
    let a = ["applications"];
    let o = ["applications", "outcomes"];
    assert_labels(
        &a,
        &[
            ("new_received", "一、本年新收政府信息公开申请数量"),
            (
                "carried_over_from_previous_year",
                "二、上年结转政府信息公开申请数量",
            ),
            ("outcomes", "三、本年度办理结果"),
            ("carried_forward_to_next_year", "四、结转下年度继续办理"),
        ],
    );
    assert_labels(
        &o,
        &[
            ("disclosed", "（一）予以公开"),
            (
                "partially_disclosed",
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            ),
            ("not_disclosed", "（三）不予公开"),
            ("unable_to_provide", "（四）无法提供"),
            ("not_processed", "（五）不予处理"),
            ("other_handling", "（六）其他处理"),
            ("total", "（七）总计"),
        ],
    );
    assert_labels(
        &["applications", "outcomes", "not_disclosed"],
        &[
            ("state_secret", "1.属于国家秘密"),
            (
                "prohibited_by_laws_and_regulations",
                "2.其他法律行政法规禁止公开",
            ),
            ("endangers_security_or_stability", "3.危及“三安全一稳定”"),
            ("third_party_rights", "4.保护第三方合法权益"),
            ("internal_affairs", "5.属于三类内部事务信息"),
            ("process_information", "6.属于四类过程性信息"),
            ("law_enforcement_case_files", "7.属于行政执法案卷"),
            ("administrative_inquiry", "8.属于行政查询事项"),
        ],
    );
    assert_labels(
        &["applications", "outcomes", "unable_to_provide"],
        &[
            ("not_held", "1.本机关不掌握相关政府信息"),
            ("requires_new_compilation", "2.没有现成信息需要另行制作"),
            ("unclear_after_supplement", "3.补正后申请内容仍不明确"),
        ],
    );
    assert_labels(
        &["applications", "outcomes", "not_processed"],
        &[
            ("petition_or_complaint", "1.信访举报投诉类申请"),
            ("repeated_application", "2.重复申请"),
            ("public_publication_requested", "3.要求提供公开出版物"),
            ("excessive_without_reason", "4.无正当理由大量反复申请"),
            (
                "confirm_or_reissue_requested",
                "5.要求行政机关确认或重新出具已获取信息",
            ),
        ],
    );
    assert_labels(
        &["applications", "outcomes", "other_handling"],
        &[
            (
                "no_supplement_in_time",
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            ),
            (
                "fee_not_paid",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            ),
            ("other", "3.其他"),
        ],
    );
    // 25 numbered rows: 一, 二, （一）, （二）, 8 + 3 + 5 + 3 sub-rows, （七）, 四.
    assert_eq!(2 + 2 + 8 + 3 + 5 + 3 + 1 + 1, 25);
}

#[test]
fn table_three_has_the_official_7_column_labels() {
    let columns = [
        ("natural_person", "自然人"),
        ("commercial_enterprise", "商业企业"),
        ("research_institution", "科研机构"),
        ("social_welfare_organization", "社会公益组织"),
        ("legal_service_organization", "法律服务机构"),
        ("other_organization", "其他"),
        ("total", "总计"),
    ];
    for row in [
        &["applications", "new_received"][..],
        &["applications", "outcomes", "not_disclosed", "state_secret"],
        &["applications", "outcomes", "total"],
        &["applications", "carried_forward_to_next_year"],
    ] {
        assert_labels(row, &columns);
    }
    // The group headers: 申请人情况 over all columns, 法人或其他组织 over the five in the middle.
    let schema = ogi_report::schema::report_schema();
    let row = &schema["$defs"]["ApplicantRow"];
    assert_eq!(row["title"], "申请人情况");
    assert!(row["$comment"].as_str().unwrap().contains("法人或其他组织"));
    // The rule printed in the header cell.
    assert!(
        schema["$defs"]["Applications"]["$comment"]
            .as_str()
            .unwrap()
            .contains("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
    );
}

#[test]
fn table_four_has_the_official_groups_and_columns() {
    let r = ["review_and_litigation"];
    assert_labels(
        &r,
        &[
            ("administrative_review", "行政复议"),
            ("litigation_without_review", "未经复议直接起诉"),
            ("litigation_after_review", "复议后起诉"),
        ],
    );
    for group in [
        "administrative_review",
        "litigation_without_review",
        "litigation_after_review",
    ] {
        assert_labels(
            &["review_and_litigation", group],
            &[
                ("upheld", "结果维持"),
                ("corrected", "结果纠正"),
                ("other", "其他结果"),
                ("pending", "尚未审结"),
                ("total", "总计"),
            ],
        );
    }
    // The two litigation groups sit under 行政诉讼.
    for group in ["litigation_without_review", "litigation_after_review"] {
        assert!(description_at(&["review_and_litigation", group]).contains("行政诉讼"));
    }
}

#[test]
fn table_two_has_the_official_rows_columns_and_blocks() {
    let p = ["proactive_disclosure"];
    assert_labels(
        &p,
        &[
            ("rules", "规章"),
            ("normative_documents", "行政规范性文件"),
            ("administrative_licensing_decisions", "行政许可"),
            ("administrative_penalty_decisions", "行政处罚"),
            ("administrative_coercion_decisions", "行政强制"),
            ("administrative_fees_10k_yuan", "行政事业性收费"),
        ],
    );
    for row in ["rules", "normative_documents"] {
        assert_labels(
            &["proactive_disclosure", row],
            &[
                ("issued", "本年制发件数"),
                ("repealed", "本年废止件数"),
                ("in_force", "现行有效件数"),
            ],
        );
        assert!(description_at(&["proactive_disclosure", row]).contains("第二十条第（一）项"));
    }
    // Columns of one-cell rows and the block headers are in the descriptions.
    for (field, column, block) in [
        (
            "administrative_licensing_decisions",
            "本年处理决定数量",
            "第二十条第（五）项",
        ),
        (
            "administrative_penalty_decisions",
            "本年处理决定数量",
            "第二十条第（六）项",
        ),
        (
            "administrative_coercion_decisions",
            "本年处理决定数量",
            "第二十条第（六）项",
        ),
        (
            "administrative_fees_10k_yuan",
            "本年收费金额（单位：万元）",
            "第二十条第（八）项",
        ),
    ] {
        let description = description_at(&["proactive_disclosure", field]);
        assert!(description.contains(column), "{field}: {description}");
        assert!(description.contains(block), "{field}: {description}");
    }
    assert!(
        description_at(&["proactive_disclosure", "normative_documents"]).contains("规范性文件")
    );
}

#[test]
fn the_overview_parts_and_the_fee_report_have_the_official_labels() {
    assert_labels(
        &["overview"],
        &[
            ("proactive_disclosure", "（一）主动公开"),
            ("disclosure_on_request", "（二）依申请公开"),
            ("information_management", "（三）政府信息管理"),
            ("platform_development", "（四）政府信息公开平台建设"),
            ("oversight_and_safeguards", "（五）监督保障"),
        ],
    );
    let fees = ["other_matters", "processing_fees"];
    assert_labels(
        &fees,
        &[
            ("notices_issued", "发出收费通知的件数"),
            ("notices_total_yuan", "收费通知总金额（元）"),
            ("collected_yuan", "实际收取的总金额（元）"),
        ],
    );
    assert!(description_at(&fees).contains("发出收费通知的件数和总金额以及实际收取的总金额"));
}

#[test]
fn a_type_used_by_one_field_has_the_label_of_that_field() {
    // A section or group type and the field holding it both carry the label (rustdoc shows
    // both); this keeps the two copies equal.
    let schema = ogi_report::schema::report_schema();
    let mut uses: std::collections::BTreeMap<String, Vec<(String, String)>> = Default::default();
    let mut visit = |owner: &str, properties: &Value| {
        for (name, property) in properties.as_object().into_iter().flatten() {
            let reference = resolve_name(property);
            if let (Some(def), Some(title)) = (reference, property["title"].as_str()) {
                uses.entry(def)
                    .or_default()
                    .push((format!("{owner}.{name}"), title.to_owned()));
            }
        }
    };
    visit("Report", &schema["properties"]);
    for (name, def) in schema["$defs"].as_object().unwrap() {
        visit(name, &def["properties"]);
    }
    let mut checked = 0;
    for (def, fields) in &uses {
        if let [(field, title)] = fields.as_slice() {
            let def_title = schema["$defs"][def.as_str()]["title"].as_str();
            assert_eq!(def_title, Some(title.as_str()), "{def} vs {field}");
            checked += 1;
        }
    }
    assert!(checked >= 14, "{checked} single-use types");
}

fn resolve_name(property: &Value) -> Option<String> {
    let reference = property["$ref"].as_str().or_else(|| {
        property["anyOf"]
            .as_array()
            .and_then(|branches| branches.iter().find_map(|b| b["$ref"].as_str()))
    })?;
    reference.strip_prefix("#/$defs/").map(str::to_owned)
}

#[test]
fn the_readme_section_table_agrees_with_the_labels() {
    let readme = include_str!("../README.md");
    for field in [
        "overview",
        "proactive_disclosure",
        "applications",
        "review_and_litigation",
        "problems_and_improvements",
        "other_matters",
    ] {
        let label = title_at(&[field]);
        let line = readme
            .lines()
            .find(|line| line.ends_with(&format!("| `{field}` |")))
            .unwrap_or_else(|| panic!("README has no row for `{field}`"));
        assert!(
            line.starts_with(&format!("| {label} |")),
            "README row for {field}: {line}"
        );
    }
}

/// The README's table of field limits, generated from the constants the checks use.
fn readme_limits_table() -> String {
    use ogi_report::proactive_disclosure::MAX_CHANGE;
    use ogi_report::text::{MAX_HEADING_CHARS, MAX_PARTS, MAX_TEXT_CHARS};
    use ogi_report::{Amount, MAX_AGENCY_NAME_CHARS, MAX_BLANK_CELLS, MAX_YEAR, MIN_YEAR};
    let thousands = |n: u64| {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        out
    };
    [
        "| what | limit |".to_owned(),
        "|---|---|".to_owned(),
        format!("| agency name, compiling office | 1 to {MAX_AGENCY_NAME_CHARS} characters, not blank |"),
        "| region code | 6 digits |".to_owned(),
        format!("| year | {MIN_YEAR} to {MAX_YEAR} |"),
        format!(
            "| any text field | {} characters |",
            thousands(MAX_TEXT_CHARS)
        ),
        format!("| a heading | {MAX_HEADING_CHARS} characters |"),
        format!("| additional parts of a section | {MAX_PARTS} |"),
        format!(
            "| amounts | non-negative; at most {} decimal places |",
            Amount::MAX_SCALE
        ),
        format!(
            "| 本年增/减 (2019 table 二) | −{} to {} |",
            thousands(MAX_CHANGE.unsigned_abs()),
            thousands(MAX_CHANGE.unsigned_abs())
        ),
        format!("| `blank_cells` | at most {MAX_BLANK_CELLS} pointers, each a number cell of the report, once |"),
    ]
    .join("\n")
        + "\n"
}

#[test]
fn the_readme_limits_table_is_up_to_date() {
    common::files::assert_readme_section_fresh(
        "limits",
        &readme_limits_table(),
        "OGI_REPORT_BLESS=1 cargo test --test model",
    );
}

/// White space to some validator: Unicode's `White_Space` (Rust's `\s`), with ECMAScript's
/// U+FEFF and Python's U+001C to U+001F (`tests/frontend/dialect.*` compares ajv and Python on
/// every code point).
const WHITE_SPACE_ANYWHERE: &[u32] = &[
    0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001,
    0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f,
    0x205f, 0x3000, 0xfeff,
];

#[test]
fn a_name_is_blank_exactly_when_every_validator_sees_only_white_space() {
    use validator::Validate;
    for code in (0..0x11_0000u32).filter(|c| *c < 0x1_0000 || c % 61 == 0) {
        let Some(c) = char::from_u32(code) else {
            continue;
        };
        let agency = Agency::new(c.to_string(), AgencyKind::Other);
        let blank = WHITE_SPACE_ANYWHERE.contains(&code);
        assert_eq!(
            agency.validate().is_err(),
            blank,
            "U+{code:04X}: the crate's not-blank check disagrees with ajv and Python"
        );
    }
}
