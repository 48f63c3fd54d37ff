//! Every constant a rule or a limit depends on, pinned at its edge: the day of a deadline and
//! the day after, the threshold and just above it, the first and last year accepted, the county
//! level of a region code.

use ogi_report::rules::{FEE_UNIT_THRESHOLD_10K_YUAN, RuleId};
use ogi_report::text::MAX_TEXT_CHARS;
use ogi_report::{
    Agency, AgencyKind, Amount, MAX_YEAR, MIN_YEAR, NaiveDate, ParseErrorKind, Report, TextPart,
};

/// No issue at all.
const NONE: [RuleId; 0] = [];

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn rules_of(report: &Report) -> Vec<RuleId> {
    report.check().iter().map(|issue| issue.rule).collect()
}

/// An empty report of `kind` on 2023, published on `published`.
fn published(kind: AgencyKind, published: &str) -> Report {
    let mut report = Report::new(Agency::new("某机关", kind), 2023);
    report.published_on = Some(date(published));
    report
}

#[test]
fn departments_and_general_offices_publish_by_31_january_governments_by_31_march() {
    for (kind, last_day, day_after) in [
        (AgencyKind::Department, "2024-01-31", "2024-02-01"),
        (AgencyKind::GovernmentOffice, "2024-01-31", "2024-02-01"),
        (AgencyKind::Government, "2024-03-31", "2024-04-01"),
    ] {
        assert_eq!(kind.deadline(2023), Some(date(last_day)), "{kind}");
        assert_eq!(
            rules_of(&published(kind, last_day)),
            NONE,
            "{kind} on {last_day}"
        );
        assert_eq!(
            rules_of(&published(kind, day_after)),
            [RuleId::ReportPublicationDeadline],
            "{kind} on {day_after}"
        );
    }
}

#[test]
fn townships_and_other_bodies_have_no_statutory_date() {
    for kind in [AgencyKind::Township, AgencyKind::Other] {
        assert_eq!(kind.deadline(2023), None);
        assert_eq!(rules_of(&published(kind, "2024-12-31")), NONE);
    }
}

/// A report with one rule (规章) issued, of `kind` in the region `code`.
fn issuing_a_rule(kind: AgencyKind, code: &str) -> Report {
    let mut report = Report::new(Agency::new("某机关", kind).with_region_code(code), 2023);
    let table = report.proactive_disclosure.as_2021_mut().unwrap();
    table.rules.issued = 1;
    table.rules.in_force = 1;
    report
}

#[test]
fn a_region_code_not_ending_in_00_is_county_level_and_makes_no_rules() {
    let warned = |kind, code| {
        rules_of(&issuing_a_rule(kind, code)) == [RuleId::ProactiveDisclosureRuleMakingPower]
    };
    assert!(warned(AgencyKind::Government, "370521"));
    assert!(warned(AgencyKind::Department, "370501"));
    assert!(
        !warned(AgencyKind::Government, "370500"),
        "a city divided into districts"
    );
    assert!(!warned(AgencyKind::Government, "370000"), "a province");
    assert!(
        !warned(AgencyKind::Other, "370521"),
        "Art. 54 bodies are not judged by region"
    );
    assert!(
        warned(AgencyKind::Township, "370500"),
        "a township, whatever its code"
    );
}

#[test]
fn the_fee_unit_threshold_is_100000_10k_yuan_and_only_above_it_warns() {
    assert_eq!(FEE_UNIT_THRESHOLD_10K_YUAN, 100_000);
    let with_fees = |amount: &str| {
        let mut report = Report::new(Agency::new("某局", AgencyKind::Department), 2023);
        let fees: Amount = amount.parse().unwrap();
        report
            .proactive_disclosure
            .as_2021_mut()
            .unwrap()
            .administrative_fees_10k_yuan = fees;
        rules_of(&report)
    };
    assert_eq!(with_fees("100000"), NONE);
    assert_eq!(
        with_fees("100000.0001"),
        [RuleId::ProactiveDisclosureFeeUnit]
    );
}

#[test]
fn years_from_2008_to_2100_are_read_and_no_others() {
    assert_eq!((MIN_YEAR, MAX_YEAR), (2008, 2100));
    let example = include_str!("../examples/reports/dongying-district-office-2023.json");
    let at = |year: u16| {
        Report::from_json_str(&example.replacen("\"year\": 2023", &format!("\"year\": {year}"), 1))
    };
    assert!(at(MIN_YEAR).is_ok() && at(MAX_YEAR).is_ok());
    assert_eq!(at(MIN_YEAR - 1).unwrap_err().pointer(), "/year");
    assert_eq!(at(MAX_YEAR + 1).unwrap_err().pointer(), "/year");
}

#[test]
fn an_amount_is_below_2_to_the_96_and_the_schema_maximum_is_that_bound() {
    assert_eq!(Amount::MAX_MAGNITUDE, 2f64.powi(96));
    let largest = "79228162514264337593543950335"; // 2^96 − 1
    assert_eq!(largest.parse::<Amount>().unwrap().to_string(), largest);
    assert!("79228162514264337593543950336".parse::<Amount>().is_err());
    // Every amount the crate keeps reads, as a double, as at most the schema's maximum.
    assert!(largest.parse::<f64>().unwrap() <= Amount::MAX_MAGNITUDE);
}

/// A report whose part （二）依申请公开 of section 一 holds `text`, read back from its JSON.
fn with_request_text(text: String) -> Result<Report, ogi_report::ParseError> {
    let mut report = Report::new(Agency::new("某机关", AgencyKind::Department), 2023);
    report.overview.disclosure_on_request = Some(TextPart::new(text));
    Report::from_json_str(&report.to_json_string())
}

#[test]
fn a_text_holds_at_most_100000_characters_whatever_their_bytes() {
    let limit = usize::try_from(MAX_TEXT_CHARS).unwrap();
    assert_eq!(limit, 100_000);
    // 100,000 characters of three bytes each (300,000 bytes) are within the limit.
    assert!(with_request_text("公".repeat(limit)).is_ok());
    assert!(with_request_text("a".repeat(limit)).is_ok());
    for longer in ["公".repeat(limit + 1), "a".repeat(limit + 1)] {
        let error = with_request_text(longer).unwrap_err();
        assert_eq!(error.kind(), ParseErrorKind::Constraint);
        assert_eq!(error.pointer(), "/overview/disclosure_on_request/text");
        assert_eq!(
            error.message(),
            "length must be at most 100000 (it has 100001)"
        );
    }
}
