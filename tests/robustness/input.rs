//! Empty input, byte-order marks, encodings and deep nesting.

use super::*;

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
