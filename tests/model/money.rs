//! Money is exact.

use super::*;

// Money is exact

pub(super) fn amount(text: &str) -> Amount {
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
