//! Unknown fields, wrong types and wrong values are refused with their path.

use super::*;

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
