//! Text: control characters, escapes and length limits.

use super::*;

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
