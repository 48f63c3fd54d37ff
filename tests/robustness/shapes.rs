//! Duplicate keys, shapes serde would otherwise accept, and trailing input.

use super::*;

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
