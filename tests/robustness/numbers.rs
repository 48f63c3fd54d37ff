//! Numbers: counts and amounts at and beyond their limits, in every JSON spelling.

use super::*;

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
