//! Field constraints apply on reading.

use super::labels::title_at;
use super::*;

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
