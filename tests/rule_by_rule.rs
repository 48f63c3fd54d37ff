//! One test per rule, reading like the rule: a report that keeps it passes, one that breaks it
//! gets exactly that rule's issue. The reports start from `tests/vectors/valid/
//! county-department-2024.json`, which keeps every rule.

use ogi_report::rules::{Issue, Severity};
use ogi_report::{AgencyKind, Amount, Report};

fn base() -> Report {
    let text = std::fs::read_to_string("tests/vectors/valid/county-department-2024.json").unwrap();
    Report::from_json_str(&text).unwrap()
}

fn last_year() -> Report {
    let text = std::fs::read_to_string("tests/vectors/valid/county-department-2023.json").unwrap();
    Report::from_json_str(&text).unwrap()
}

fn rules_of(issues: &[Issue]) -> Vec<&'static str> {
    issues.iter().map(|i| i.rule.as_str()).collect()
}

fn amount(text: &str) -> Amount {
    text.parse().unwrap()
}

#[test]
fn new_plus_carried_over_must_equal_handled_plus_carried_forward_in_every_column() {
    let mut report = base();
    assert!(report.check().is_empty());
    report
        .applications
        .carried_over_from_previous_year
        .research_institution = 1;
    report.applications.carried_over_from_previous_year.total += 1;
    let issues = report.check();
    assert_eq!(
        rules_of(&issues),
        ["applications.balance", "applications.balance"]
    );
    assert!(issues[0].paths.contains(
        &"/applications/carried_over_from_previous_year/research_institution".to_owned()
    ));
    assert!(issues.iter().all(|i| i.severity == Severity::Error));
}

#[test]
fn the_total_of_results_must_be_the_sum_of_every_result_row() {
    let mut report = base();
    report.applications.outcomes.total.commercial_enterprise -= 1;
    report.applications.outcomes.total.total -= 1;
    report
        .applications
        .carried_forward_to_next_year
        .commercial_enterprise += 1;
    report.applications.carried_forward_to_next_year.total += 1;
    assert_eq!(
        rules_of(&report.check()),
        ["applications.outcome_total", "applications.outcome_total"]
    );
}

#[test]
fn every_row_total_must_be_natural_persons_plus_the_five_organisation_columns() {
    let mut report = base();
    report
        .applications
        .outcomes
        .unable_to_provide
        .not_held
        .total = 3; // parts add up to 4
    let issues = report.check();
    assert!(rules_of(&issues).contains(&"applications.applicant_total"));
    let row = issues
        .iter()
        .find(|i| i.rule == "applications.applicant_total")
        .unwrap();
    assert_eq!(
        row.paths[0],
        "/applications/outcomes/unable_to_provide/not_held/total"
    );
    assert_eq!(
        (
            row.actual.unwrap().to_string(),
            row.expected.unwrap().to_string()
        ),
        ("3".into(), "4".into())
    );
}

#[test]
fn each_review_and_litigation_total_is_upheld_corrected_other_and_pending() {
    let mut report = base();
    report.review_and_litigation.litigation_after_review.pending = 1;
    let issues = report.check();
    assert_eq!(rules_of(&issues), ["review_and_litigation.total"]);
    assert_eq!(
        issues[0].paths[0],
        "/review_and_litigation/litigation_after_review/total"
    );
}

#[test]
fn negative_figures_cannot_even_be_read() {
    let text = std::fs::read_to_string("tests/vectors/valid/county-department-2024.json").unwrap();
    let negative = text.replacen("\"upheld\": 1", "\"upheld\": -1", 1);
    let err = Report::from_json_str(&negative).unwrap_err();
    assert_eq!(
        err.pointer(),
        "/review_and_litigation/administrative_review/upheld"
    );
}

#[test]
fn no_more_can_be_carried_forward_than_was_received_and_carried_over() {
    let mut report = base();
    report
        .applications
        .carried_forward_to_next_year
        .other_organization = 1;
    report.applications.carried_forward_to_next_year.total += 1;
    let issues = report.check();
    assert!(rules_of(&issues).contains(&"applications.carried_forward_bound"));
    assert!(issues.iter().all(|i| i.is_error()));
}

#[test]
fn documents_issued_this_year_are_in_force_or_repealed() {
    let mut report = base();
    report
        .proactive_disclosure
        .as_2021_mut()
        .unwrap()
        .normative_documents
        .issued = 14; // 12 in force + 1 repealed
    let issues = report.check();
    assert_eq!(
        rules_of(&issues),
        ["proactive_disclosure.documents_in_force"]
    );
    assert_eq!(issues[0].severity, Severity::Warning);
}

#[test]
fn bodies_without_rule_making_power_report_no_rules() {
    let mut report = base();
    report
        .proactive_disclosure
        .as_2021_mut()
        .unwrap()
        .rules
        .repealed = 1;
    report
        .proactive_disclosure
        .as_2021_mut()
        .unwrap()
        .rules
        .in_force = 1;
    assert_eq!(
        rules_of(&report.check()),
        ["proactive_disclosure.rule_making_power"]
    );
    report.agency.region_code = Some("370500".into()); // a city divided into districts
    assert!(report.check().is_empty());
}

#[test]
fn fees_above_the_threshold_look_like_yuan_written_as_ten_thousands() {
    let mut report = base();
    report
        .proactive_disclosure
        .as_2021_mut()
        .unwrap()
        .administrative_fees_10k_yuan = amount("100000");
    assert!(
        report.check().is_empty(),
        "the threshold itself is plausible"
    );
    report
        .proactive_disclosure
        .as_2021_mut()
        .unwrap()
        .administrative_fees_10k_yuan = amount("100000.01");
    assert_eq!(rules_of(&report.check()), ["proactive_disclosure.fee_unit"]);
}

#[test]
fn applications_dropped_for_unpaid_fees_need_fee_notices() {
    let mut report = base();
    report.other_matters.processing_fees = None;
    assert_eq!(rules_of(&report.check()), ["other_matters.fee_notices"]);
}

#[test]
fn more_cannot_be_collected_than_was_billed() {
    let mut report = base();
    let fees = report.other_matters.processing_fees.as_mut().unwrap();
    fees.collected_yuan = Some(amount("100.01")); // billed 100
    let issues = report.check();
    assert!(rules_of(&issues).contains(&"other_matters.fees_collected"));
}

#[test]
fn departments_publish_by_31_january_and_governments_by_31_march() {
    let mut report = base();
    report.published_on = chrono::NaiveDate::from_ymd_opt(2025, 2, 1);
    assert_eq!(rules_of(&report.check()), ["report.publication_deadline"]);
    report.agency.kind = AgencyKind::Government;
    report.agency.region_code = None;
    assert!(report.check().is_empty());
    report.published_on = chrono::NaiveDate::from_ymd_opt(2025, 4, 1);
    assert_eq!(rules_of(&report.check()), ["report.publication_deadline"]);
}

#[test]
fn this_years_carried_over_is_last_years_carried_forward() {
    let mut last = last_year();
    last.applications
        .carried_forward_to_next_year
        .social_welfare_organization = 1;
    let issues = base().check_against_previous(&last);
    assert_eq!(rules_of(&issues), ["continuity.carry_over"]);
    assert_eq!(
        issues[0].previous_paths,
        ["/applications/carried_forward_to_next_year/social_welfare_organization"]
    );
}

#[test]
fn documents_in_force_follow_from_last_year_plus_issued_minus_repealed() {
    let mut last = last_year();
    last.proactive_disclosure
        .as_2021_mut()
        .unwrap()
        .normative_documents
        .in_force = 11;
    assert_eq!(
        rules_of(&base().check_against_previous(&last)),
        ["continuity.documents_in_force"]
    );
}

#[test]
fn continuity_needs_last_years_report_of_the_same_agency() {
    let mut other = last_year();
    other.agency.name = "另一个局".into();
    other.agency.region_code = Some("370522".into());
    assert_eq!(
        rules_of(&base().check_against_previous(&other)),
        ["continuity.comparable"]
    );
}

#[test]
fn a_previous_report_of_another_year_is_named_with_the_year_expected() {
    let mut older = last_year();
    older.year = 2022;
    let issues = base().check_against_previous(&older);
    assert_eq!(rules_of(&issues), ["continuity.comparable"]);
    assert_eq!(issues[0].paths, ["/year"]);
    assert!(
        issues[0]
            .message_zh
            .contains("上年报告的年度为 2022，而非 2023")
    );
    assert!(
        issues[0]
            .message_en
            .contains("the previous report is for 2022, not 2023")
    );
}

#[test]
fn the_same_agency_is_recognised_by_region_code_and_kind_when_its_name_is_printed_otherwise() {
    let mut prefixed = last_year();
    prefixed.agency.name = format!("某市{}", prefixed.agency.name);
    assert!(base().check_against_previous(&prefixed).is_empty());
    prefixed.agency.kind = ogi_report::AgencyKind::Government;
    assert_eq!(
        rules_of(&base().check_against_previous(&prefixed)),
        ["continuity.comparable"]
    );
}

#[test]
fn applications_received_restated_in_the_text_match_table_three() {
    let mut report = base();
    let part = report.overview.disclosure_on_request.as_mut().unwrap();
    part.text = part.text.replace("申请 25 件", "申请 27 件"); // 25 new + 2 carried over is accepted
    assert!(report.check().is_empty());
    let part = report.overview.disclosure_on_request.as_mut().unwrap();
    part.text = part.text.replace("申请 27 件", "申请 30 件");
    assert_eq!(
        rules_of(&report.check()),
        ["narrative.applications_received"]
    );
}

#[test]
fn results_restated_in_the_text_match_table_three() {
    let mut report = base();
    let part = report.overview.disclosure_on_request.as_mut().unwrap();
    part.text = part.text.replace("不予公开 2 件", "不予公开 3 件");
    assert_eq!(rules_of(&report.check()), ["narrative.outcome_counts"]);
}

#[test]
fn fees_said_to_be_collected_match_the_fee_figures() {
    let mut report = base();
    report.other_matters.fee_statement.as_mut().unwrap().text = "未收取任何信息处理费。".into();
    assert!(
        report.check().is_empty(),
        "collected is 0, as the text says"
    );
    report.other_matters.fee_statement.as_mut().unwrap().text = "实际收取处理费 20 元。".into();
    assert_eq!(rules_of(&report.check()), ["narrative.fees_collected"]);
}
