//! Hostile and broken input (issue 8, point 3): every case gets a clear error or a documented,
//! tested acceptance. Fuzz findings are regression tests at the end of this file.

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

// ---- empty input ----

#[test]
fn empty_input_is_a_syntax_error_for_the_whole_document() {
    for input in ["", " ", "\n\t\r\n  "] {
        let err = err_str(input);
        assert_err(&err, ParseErrorKind::Syntax, "", "empty");
        assert_eq!(err.position(), None);
        assert_err(
            &err_bytes(input.as_bytes()),
            ParseErrorKind::Syntax,
            "",
            "empty",
        );
    }
    // A byte-order mark alone is empty too.
    assert_err(
        &err_bytes(b"\xEF\xBB\xBF"),
        ParseErrorKind::Syntax,
        "",
        "empty",
    );
    assert_err(&err_str("\u{FEFF}"), ParseErrorKind::Syntax, "", "empty");
}

#[test]
fn json_that_is_not_an_object_is_refused() {
    for input in ["null", "0", "\"report\"", "true", "{}", "[]"] {
        assert_ne!(err_str(input).kind(), ParseErrorKind::Encoding, "{input}");
    }
    assert_err(
        &err_str("{}"),
        ParseErrorKind::Structure,
        "",
        "missing field",
    );
}

// ---- byte-order mark ----

#[test]
fn a_utf8_byte_order_mark_is_skipped_once() {
    let plain = Report::from_json_str(EXAMPLE).unwrap();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(EXAMPLE.as_bytes());
    assert_eq!(Report::from_json_slice(&bytes).unwrap(), plain);
    // Text read with `read_to_string` keeps the mark as U+FEFF: skipped as well.
    assert_eq!(
        Report::from_json_str(&format!("\u{FEFF}{EXAMPLE}")).unwrap(),
        plain
    );
    // Only one: a second mark is not white space in JSON.
    let mut twice = b"\xEF\xBB\xBF".to_vec();
    twice.extend_from_slice(&bytes);
    assert_eq!(err_bytes(&twice).kind(), ParseErrorKind::Syntax);
    // And it is not written back.
    assert!(!plain.to_json_string().starts_with('\u{FEFF}'));
}

// ---- encodings ----

#[test]
fn invalid_utf8_is_an_encoding_error_with_its_position() {
    let at = EXAMPLE.find("东营市").unwrap();
    for bad in [
        &b"\xFF"[..],
        b"\x80",             // lone continuation byte
        b"\xC0\x80",         // overlong NUL
        b"\xED\xA0\x80",     // an encoded surrogate
        b"\xF4\x90\x80\x80", // beyond U+10FFFF
        b"\xE4\xB8",         // truncated character
    ] {
        let mut bytes = EXAMPLE.as_bytes()[..at].to_vec();
        bytes.extend_from_slice(bad);
        bytes.extend_from_slice(&EXAMPLE.as_bytes()[at..]);
        let err = err_bytes(&bytes);
        assert_err(&err, ParseErrorKind::Encoding, "", "not valid UTF-8");
        assert_eq!(err.position(), Some((4, 14)), "{err}");
    }
    // Truncated at the very end.
    let mut bytes = EXAMPLE.as_bytes().to_vec();
    bytes.extend_from_slice(b"\xE4");
    assert_eq!(err_bytes(&bytes).kind(), ParseErrorKind::Encoding);
}

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let units = bom
        .then_some(0xFEFF_u16)
        .into_iter()
        .chain(text.encode_utf16());
    for unit in units {
        out.extend_from_slice(&if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    out
}

fn utf32(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for c in std::iter::once('\u{FEFF}').chain(text.chars()) {
        let c = u32::from(c);
        out.extend_from_slice(&if big_endian {
            c.to_be_bytes()
        } else {
            c.to_le_bytes()
        });
    }
    out
}

#[test]
fn utf16_and_utf32_are_refused_with_an_encoding_error() {
    for big_endian in [false, true] {
        for bom in [false, true] {
            let err = err_bytes(&utf16(EXAMPLE, big_endian, bom));
            assert_err(&err, ParseErrorKind::Encoding, "", "UTF-16");
        }
        let err = err_bytes(&utf32(EXAMPLE, big_endian));
        assert_err(&err, ParseErrorKind::Encoding, "", "UTF-16");
    }
}

// ---- deep nesting ----

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    const DEPTH: usize = 100_000;
    let open = "[".repeat(DEPTH);
    let closed = format!("{open}{}", "]".repeat(DEPTH));
    let objects = "{\"a\":".repeat(DEPTH);
    for input in [&open, &closed, &objects] {
        let err = err_str(input);
        assert!(
            matches!(
                err.kind(),
                ParseErrorKind::Syntax | ParseErrorKind::Structure
            ),
            "{err}"
        );
    }
    // Inside an amount: it is read as a raw JSON value, without recursion.
    let fees = "\"administrative_fees_10k_yuan\": 0";
    for nested in [&open, &closed] {
        let json = example_with(fees, &format!("\"administrative_fees_10k_yuan\": {nested}"));
        let err = err_str(&json);
        assert_eq!(
            err.pointer(),
            "/proactive_disclosure/administrative_fees_10k_yuan"
        );
    }
    let json = example_with(fees, &format!("\"administrative_fees_10k_yuan\": {closed}"));
    assert_err(
        &err_str(&json),
        ParseErrorKind::Structure,
        AMOUNTS[0],
        "invalid type",
    );
    // Inside a count, a text, a list of parts.
    for (from, pointer) in [
        (
            "\"natural_person\": 18",
            "/applications/new_received/natural_person",
        ),
        (
            "\"heading\": \"(一)主动公开。\"",
            "/overview/proactive_disclosure/heading",
        ),
    ] {
        let key = from.split(':').next().unwrap();
        let err = err_str(&example_with(from, &format!("{key}: {closed}")));
        assert_err(&err, ParseErrorKind::Structure, pointer, "invalid type");
    }
    let json = full_with("/overview/additional_parts", json!([])).replace(
        "\"additional_parts\":[]",
        &format!("\"additional_parts\":[{closed}]"),
    );
    assert!(
        err_str(&json)
            .pointer()
            .starts_with("/overview/additional_parts/0")
    );
    // Nested just within serde_json's recursion limit (128) in an unknown place is refused too.
    let shallow = format!("{}{}", "[".repeat(100), "]".repeat(100));
    let json = example_with(
        "\"year\": 2023",
        &format!("\"year\": 2023, \"x\": {shallow}"),
    );
    assert_err(
        &err_str(&json),
        ParseErrorKind::Structure,
        "/x",
        "unknown field",
    );
}

// ---- numbers ----

#[test]
fn counts_are_integers_in_u32_range() {
    let cell = "/applications/new_received/natural_person";
    let from = "\"natural_person\": 18";
    // u32::MAX is the largest count.
    let json = example_with(from, "\"natural_person\": 4294967295");
    let report = Report::from_json_str(&json).unwrap();
    assert_eq!(report.applications.new_received.natural_person, u32::MAX);
    for (number, needle) in [
        ("4294967296", "expected u32"),
        ("18446744073709551616", "expected u32"),
        ("99999999999999999999999999999999", "expected u32"),
        ("-1", "expected u32"),
        ("-0", "expected u32"),
        ("18.0", "expected u32"),
        ("1e3", "expected u32"),
        ("1E0", "expected u32"),
        ("18e0", "expected u32"),
        ("\"18\"", "expected u32"),
        ("null", "expected u32"),
    ] {
        let err = err_str(&example_with(
            from,
            &format!("\"natural_person\": {number}"),
        ));
        assert_err(&err, ParseErrorKind::Structure, cell, needle);
        assert!(err.position().is_some());
    }
    // Exponents too large for a float are still only a wrong number.
    let err = err_str(&example_with(from, "\"natural_person\": 1e400"));
    assert_eq!(
        (err.kind(), err.pointer()),
        (ParseErrorKind::Structure, cell)
    );
    let huge_exponent = format!("\"natural_person\": 1e{}", "9".repeat(10_000));
    assert_eq!(err_str(&example_with(from, &huge_exponent)).pointer(), cell);
    // A number with 100,000 digits.
    let long = format!("\"natural_person\": {}", "9".repeat(100_000));
    assert_eq!(err_str(&example_with(from, &long)).pointer(), cell);
}

#[test]
fn the_year_is_checked_for_type_and_range() {
    let from = "\"year\": 2023";
    for (year, kind) in [
        ("65536", ParseErrorKind::Structure),
        ("2023.5", ParseErrorKind::Structure),
        ("2007", ParseErrorKind::Constraint),
        ("2101", ParseErrorKind::Constraint),
    ] {
        let err = err_str(&example_with(from, &format!("\"year\": {year}")));
        assert_eq!(
            (err.kind(), err.pointer()),
            (kind, "/year"),
            "{year}: {err}"
        );
    }
}

fn fees(number: &str) -> Result<String, ParseError> {
    let json = example_with(
        "\"administrative_fees_10k_yuan\": 0",
        &format!("\"administrative_fees_10k_yuan\": {number}"),
    );
    Report::from_json_str(&json).map(|report| {
        report
            .proactive_disclosure
            .as_2021()
            .expect("a 2021 table 二")
            .administrative_fees_10k_yuan
            .to_string()
    })
}

#[test]
fn amounts_with_exponents_are_read_exactly() {
    for (number, kept) in [
        ("1.5e3", "1500"),
        ("1.5E+3", "1500"),
        ("15e-1", "1.5"),
        ("1.50e1", "15.0"),
        ("12.340", "12.340"),
        ("0.1e29", "10000000000000000000000000000"),
        ("1e-28", "0.0000000000000000000000000001"),
        ("0e400", "0"),
        ("0e-5", "0.00000"),
        ("-0", "0"),
        ("-0.00", "0.00"),
        (
            "79228162514264337593543950335",
            "79228162514264337593543950335",
        ),
        (
            "7.9228162514264337593543950335e28",
            "79228162514264337593543950335",
        ),
    ] {
        assert_eq!(fees(number).as_deref(), Ok(kept), "{number}");
    }
}

#[test]
fn amounts_that_cannot_be_kept_exactly_are_errors_never_roundings() {
    let pointer = AMOUNTS[0];
    for number in [
        // More decimal places than the type keeps (28).
        "0.12345678901234567890123456789",
        "0.00000000000000000000000000001",
        "1.0000000000000000000000000000000",
        "1e-29",
        "10e-29",
        "0e-29",
        // Magnitudes of 2^96 and more.
        "79228162514264337593543950336",
        "1e29",
        "1e400",
        "1e99999999999999999999999999",
        "123456789012345678901234567890",
    ] {
        let err = fees(number).unwrap_err();
        assert_err(&err, ParseErrorKind::Structure, pointer, "never rounded");
        assert!(err.message().contains(number), "{err}");
    }
    let huge = format!("1{}", "0".repeat(100_000));
    assert_err(
        &fees(&huge).unwrap_err(),
        ParseErrorKind::Structure,
        pointer,
        "never rounded",
    );
    for (number, needle) in [
        ("-0.01", "must not be negative"),
        ("-1e40", "must not be negative"),
        ("\"1\"", "invalid type"),
        ("[1]", "invalid type"),
        ("{}", "invalid type"),
        ("true", "invalid type"),
        ("null", "invalid type"),
    ] {
        assert_err(
            &fees(number).unwrap_err(),
            ParseErrorKind::Structure,
            pointer,
            needle,
        );
    }
    // The fee report's amounts work the same way.
    let json = full_with("/other_matters/processing_fees/collected_yuan", json!(0.5)).replace(
        "\"collected_yuan\":0.5",
        "\"collected_yuan\":0.12345678901234567890123456789",
    );
    assert_err(
        &err_str(&json),
        ParseErrorKind::Structure,
        AMOUNTS[2],
        "never rounded",
    );
}

// ---- duplicate keys ----

#[test]
fn a_duplicate_key_in_any_object_is_an_error_at_that_key() {
    let doc = full_value();
    let mut checked = 0;
    for object in object_pointers(&doc) {
        let Value::Object(map) = doc.pointer(&object).unwrap() else {
            unreachable!()
        };
        for (key, value) in map {
            // Same value or another one: never last-one-wins, never first-one-wins.
            for duplicate in [value.clone(), json!(null)] {
                let json = to_json_with_duplicate(&doc, &object, key, &duplicate);
                let err = err_str(&json);
                assert_err(
                    &err,
                    ParseErrorKind::Structure,
                    &format!("{object}/{key}"),
                    "duplicate field",
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 250, "only {checked} keys");
}

#[test]
fn a_duplicate_key_spelled_with_escapes_is_still_a_duplicate() {
    let json = example_with(
        "\"name\": \"东营",
        "\"name\": \"某局\", \"n\\u0061me\": \"东营",
    );
    assert_err(
        &err_str(&json),
        ParseErrorKind::Structure,
        "/agency/name",
        "duplicate field",
    );
}

// ---- shapes serde would otherwise accept ----

#[test]
fn tables_and_sections_must_be_objects_not_arrays() {
    // serde's derive reads a struct from an array of its field values; the wire format does not.
    let json = full_with("/applications/new_received", json!([18, 0, 0, 0, 0, 0, 18]));
    assert_err(
        &err_str(&json),
        ParseErrorKind::Structure,
        "/applications/new_received",
        "expected an object",
    );
    let json = full_with("/other_matters/processing_fees", json!([2, 300, 100]));
    assert_eq!(err_str(&json).pointer(), "/other_matters/processing_fees");
    let json = full_with(
        "/overview/additional_parts/0",
        json!(["（六）其他。", "一其他"]),
    );
    assert_eq!(err_str(&json).pointer(), "/overview/additional_parts/0");
    // The document itself.
    let Value::Object(map) = full_value() else {
        unreachable!()
    };
    let as_array = Value::Array(map.into_iter().map(|(_, v)| v).collect());
    assert_eq!(
        err_str(&as_array.to_string()).kind(),
        ParseErrorKind::Structure
    );
}

#[test]
fn codes_are_strings_only() {
    for (from, to, pointer) in [
        (
            "\"format_version\": \"2021\"",
            "\"format_version\": 2021",
            "/format_version",
        ),
        (
            "\"format_version\": \"2021\"",
            "\"format_version\": {\"2021\": null}",
            "/format_version",
        ),
        (
            "\"kind\": \"government_office\"",
            "\"kind\": 3",
            "/agency/kind",
        ),
        (
            "\"kind\": \"government_office\"",
            "\"kind\": {\"government_office\": null}",
            "/agency/kind",
        ),
        (
            "\"kind\": \"government_office\"",
            "\"kind\": [\"government_office\"]",
            "/agency/kind",
        ),
    ] {
        assert_err(
            &err_str(&example_with(from, to)),
            ParseErrorKind::Structure,
            pointer,
            "invalid type",
        );
    }
    let err = err_str(&example_with(
        "\"kind\": \"government_office\"",
        "\"kind\": \"Government_office\"",
    ));
    assert_err(
        &err,
        ParseErrorKind::Structure,
        "/agency/kind",
        "unknown variant",
    );
}

// ---- text: control characters, escapes, limits ----

#[test]
fn nul_and_control_characters_are_accepted_and_kept_verbatim() {
    let nasty: String = (0u32..0x20)
        .chain([0x7F, 0x80, 0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFD])
        .map(|c| char::from_u32(c).unwrap())
        .collect();
    for (pointer, _) in text_fields() {
        let json = full_with(&pointer, json!(nasty));
        let report = Report::from_json_str(&json).unwrap_or_else(|err| panic!("{pointer}: {err}"));
        let back: Value = serde_json::from_str(&assert_round_trip(&report)).unwrap();
        assert_eq!(back.pointer(&pointer), Some(&json!(nasty)), "{pointer}");
    }
    // The agency name too: it is not blank.
    let json = full_with("/agency/name", json!(format!("某局{nasty}")));
    let report = Report::from_json_str(&json).unwrap();
    assert_eq!(report.agency.name, format!("某局{nasty}"));
}

#[test]
fn raw_control_characters_in_strings_are_a_syntax_error() {
    // JSON requires them escaped; DEL and the C1 controls may appear raw and are kept.
    for raw in ['\u{0}', '\u{1}', '\n', '\t', '\u{1F}'] {
        let json = example_with("(一)主动公开。", &format!("(一)主动{raw}公开。"));
        let err = err_str(&json);
        assert_eq!(err.kind(), ParseErrorKind::Syntax, "{raw:?}: {err}");
        assert!(err.position().is_some(), "{err}");
    }
    for raw in ['\u{7F}', '\u{85}', '\u{9F}'] {
        let json = example_with("(一)主动公开。", &format!("(一)主动{raw}公开。"));
        let report = Report::from_json_str(&json).unwrap();
        let heading = report
            .overview
            .proactive_disclosure
            .unwrap()
            .heading
            .unwrap();
        assert_eq!(heading, format!("(一)主动{raw}公开。"));
    }
}

#[test]
fn escapes_decode_exactly_and_lone_surrogates_are_refused() {
    let json = example_with("(一)主动公开。", "\\ud83d\\ude00\\u4e00\\/\\b");
    let report = Report::from_json_str(&json).unwrap();
    let heading = report
        .overview
        .proactive_disclosure
        .unwrap()
        .heading
        .unwrap();
    assert_eq!(heading, "😀一/\u{8}");
    for lone in ["\\ud800", "\\udc00", "\\ud83dx"] {
        let err = err_str(&example_with("(一)主动公开。", lone));
        assert_eq!(err.kind(), ParseErrorKind::Syntax, "{lone}: {err}");
    }
}

#[test]
fn text_over_the_length_limits_is_a_constraint_error_at_the_field() {
    for (pointer, limit) in text_fields() {
        // Limits count characters, not bytes: the limit in CJK (3 bytes each) is accepted...
        let at_limit = "政".repeat(limit);
        let report = Report::from_json_str(&full_with(&pointer, json!(at_limit)))
            .unwrap_or_else(|err| panic!("{pointer}: {err}"));
        assert_round_trip(&report);
        // ...one more is refused.
        let over = format!("{at_limit}a");
        let err = err_str(&full_with(&pointer, json!(over)));
        assert_err(
            &err,
            ParseErrorKind::Constraint,
            &pointer,
            &format!("at most {limit}"),
        );
    }
}

#[test]
fn agency_name_and_region_code_limits() {
    let ok = |name: &str| Report::from_json_str(&full_with("/agency/name", json!(name)));
    assert!(ok(&"局".repeat(200)).is_ok());
    for bad in ["局".repeat(201), String::new(), " \u{3000}\n".to_owned()] {
        let err = ok(&bad).unwrap_err();
        assert_eq!(
            (err.kind(), err.pointer()),
            (ParseErrorKind::Constraint, "/agency/name")
        );
    }
    for code in ["37050", "3705021", "37050a", "３７０５０２"] {
        let err = err_str(&full_with("/agency/region_code", json!(code)));
        assert_err(
            &err,
            ParseErrorKind::Constraint,
            "/agency/region_code",
            "6-digit",
        );
    }
}

#[test]
fn too_many_parts_is_a_constraint_error() {
    let parts: Vec<Value> = (0..201).map(|i| json!({ "text": i.to_string() })).collect();
    let err = err_str(&full_with(
        "/other_matters/additional_parts",
        Value::Array(parts),
    ));
    assert_err(
        &err,
        ParseErrorKind::Constraint,
        "/other_matters/additional_parts",
        "at most 200",
    );
}

#[test]
fn several_constraint_errors_report_the_first_and_count_the_rest() {
    let mut doc = full_value();
    *doc.pointer_mut("/closing").unwrap() = json!("x".repeat(100_001));
    *doc.pointer_mut("/agency/region_code").unwrap() = json!("1");
    let err = err_str(&doc.to_string());
    assert_eq!(err.pointer(), "/agency/region_code");
    assert!(err.message().contains("and 1 more"), "{err}");
}

// ---- trailing input ----

#[test]
fn trailing_input_is_a_syntax_error_but_white_space_is_fine() {
    assert!(Report::from_json_str(&format!("{EXAMPLE} \r\n\t")).is_ok());
    for tail in ["x", "{}", EXAMPLE, "\u{0}"] {
        let err = err_str(&format!("{EXAMPLE}{tail}"));
        assert_eq!(
            (err.kind(), err.pointer()),
            (ParseErrorKind::Syntax, ""),
            "{tail:?}"
        );
    }
    let truncated = &EXAMPLE[..EXAMPLE.len() / 2];
    let truncated = &truncated[..truncated.rfind(',').unwrap()];
    assert_ne!(err_str(truncated).kind(), ParseErrorKind::Constraint);
}

// ---- u32::MAX in every cell ----

/// The example with every count at u32::MAX.
fn all_max() -> Report {
    let mut doc = full_value();
    let cells = count_pointers(&doc);
    assert_eq!(
        cells.len(),
        200,
        "9 in table 二, 175 in 三, 15 in 四, 1 fee count"
    );
    for cell in &cells {
        *doc.pointer_mut(cell).unwrap() = json!(u32::MAX);
    }
    Report::from_json_str(&doc.to_string()).unwrap()
}

#[test]
fn every_sum_at_u32_max_is_exact_and_never_wraps() {
    let report = all_max();
    let max = u64::from(u32::MAX);
    let tables = &report.applications;
    for row in [
        tables.new_received,
        tables.carried_over_from_previous_year,
        tables.outcomes.disclosed,
        tables.outcomes.not_disclosed.administrative_inquiry,
        tables.outcomes.other_handling.sub_rows().unwrap().other,
        tables.outcomes.total,
        tables.carried_forward_to_next_year,
    ] {
        assert_eq!(row.parts_sum(), 6 * max);
    }
    assert_eq!(tables.outcomes.results_sum(), [21 * max; 7]);
    assert_eq!(tables.outcomes.not_disclosed_total(), 8 * max);
    let review = &report.review_and_litigation;
    for group in [
        review.administrative_review,
        review.litigation_without_review,
        review.litigation_after_review,
    ] {
        assert_eq!(group.parts_sum(), 4 * max);
    }
    assert_round_trip(&report);
    exercise(&report);
}

#[test]
fn filling_totals_at_u32_max_reports_the_first_overflowing_cell_and_changes_nothing() {
    let report = all_max();
    let mut filled = report.clone();
    let err = filled.fill_totals().unwrap_err();
    assert_eq!(err.pointer(), "/applications/outcomes/total/natural_person");
    assert_eq!(filled, report);
    let mut review = report.review_and_litigation.clone();
    let err = review.fill_totals().unwrap_err();
    assert_eq!(err.pointer(), "/administrative_review/total");
    // Only the 总计 of table 三 overflowing: still an error, still no change.
    let mut small = full_report();
    small.applications.outcomes.disclosed.natural_person = u32::MAX;
    small
        .applications
        .outcomes
        .partially_disclosed
        .natural_person = 1;
    small.applications.outcomes.disclosed.total = 0;
    small.applications.outcomes.partially_disclosed.total = 0;
    let before = small.clone();
    let err = small.fill_totals().unwrap_err();
    assert_eq!(err.pointer(), "/applications/outcomes/total/natural_person");
    assert_eq!(small, before);
}

#[test]
fn rolling_up_at_u32_max_reports_overflow() {
    let report = all_max();
    let agency = Agency::new("汇总", AgencyKind::Government);
    let one = Report::roll_up(agency.clone(), [&report]).unwrap();
    assert_eq!(one.applications, {
        let mut a = report.applications.clone();
        a.note = None;
        a
    });
    let err = Report::roll_up(agency, [&report, &report]).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "the sum for /proactive_disclosure/rules/issued does not fit the cell (counts hold at most {})",
            u32::MAX
        )
    );
    let fees = report.other_matters.processing_fees.unwrap();
    assert_eq!(fees.notices_issued, Some(u32::MAX));
    assert!(fees.checked_add(&fees).is_err());
}

#[test]
fn rolling_up_the_largest_amounts_reports_overflow() {
    let json = example_with(
        "\"administrative_fees_10k_yuan\": 0",
        "\"administrative_fees_10k_yuan\": 79228162514264337593543950335",
    );
    let report = Report::from_json_str(&json).unwrap();
    let err = Report::roll_up(
        Agency::new("汇总", AgencyKind::Government),
        [&report, &report],
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("/proactive_disclosure/administrative_fees_10k_yuan")
    );
}

// ---- checks (rules engine) ----

#[test]
fn checking_sums_at_u32_max_never_overflows() {
    // Every cell at u32::MAX: the sums of the rules exceed u32 and are computed in i64.
    let report = all_max();
    let issues = report.check();
    assert_eq!(issues, report.check());
    let applicant_total = issues
        .iter()
        .find(|i| i.rule == "applications.applicant_total");
    let issue = applicant_total.expect("a total of u32::MAX is not 6 × u32::MAX");
    assert_eq!(
        issue.expected.map(|q| q.to_string()),
        Some((6 * u64::from(u32::MAX)).to_string())
    );
}

// ---- findings (regression tests) ----
//
// Fuzzing `parse_check_serialize` (2.7 million runs) and `amount` (8 million) found no crash, hang or
// round-trip difference. The bugs found while writing these suites are regression-tested above:
// - a code of the wrong type (`"format_version": 2021`) was a *syntax* error, and the object
//   form `{"2021": null}` was accepted: `codes_are_strings_only`;
// - a table written as an array of its cells was accepted:
//   `tables_and_sections_must_be_objects_not_arrays`;
// - amounts in exponent form: `0.1e29` and `0e400` were refused although exact, and
//   `1.000…0e0` with more than 28 places was trimmed where its plain form is refused:
//   `amounts_with_exponents_are_read_exactly`, `amounts_that_cannot_be_kept_exactly_are_…`;
// - a duplicate key pointed at its object, not the key:
//   `a_duplicate_key_in_any_object_is_an_error_at_that_key`;
// - a count beyond f64 (`1e400`) was a syntax error: `counts_are_integers_in_u32_range`.

#[test]
fn dates_are_exactly_iso_year_month_day() {
    for (date, accepted) in [
        ("2024-01-26", true),
        ("2024-1-26", false),
        ("+2024-01-26", false),
        (" 2024-01-26", false),
        ("2024-02-30", false),
        ("2024/01/26", false),
    ] {
        let document = EXAMPLE.replacen("\"2024-01-26\"", &format!("{date:?}"), 1);
        let result = Report::from_json_str(&document);
        assert_eq!(result.is_ok(), accepted, "{date}: {result:?}");
        if let Err(err) = result {
            assert_eq!(err.pointer(), "/published_on");
            assert!(err.message().contains("YYYY-MM-DD"), "{err}");
        }
    }
}
