//! One test per rule, reading like the rule: a report that keeps it passes, one that breaks it
//! gets exactly that rule's issue. The reports start from `tests/vectors/valid/
//! county-department-2024.json`, which keeps every rule.

use ogi_report::applications::{ApplicantRow, OtherHandling};
use ogi_report::proactive_disclosure::ProactiveDisclosure2019;
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
    assert_eq!(
        rules_of(&base().check_against_previous(&other)),
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

// ---------------------------------------------------------------------------------------------
// Editions, mixed documents, blank cells, partial fee figures

/// A report in the 2019 trial format (the 2019 table 二, （六） as one row) keeping every rule.
fn base_2019() -> Report {
    let text = std::fs::read_to_string("tests/vectors/valid/county-department-2020.json").unwrap();
    Report::from_json_str(&text).unwrap()
}

fn last_year_2019() -> Report {
    let text = std::fs::read_to_string("tests/vectors/valid/county-department-2019.json").unwrap();
    Report::from_json_str(&text).unwrap()
}

fn table_two_2019(report: &mut Report) -> &mut ProactiveDisclosure2019 {
    report.proactive_disclosure.as_2019_mut().unwrap()
}

#[test]
fn a_decrease_cannot_remove_more_items_than_there_were_last_year() {
    let mut report = base_2019();
    assert!(report.check().is_empty());
    let licensing = &mut table_two_2019(&mut report).administrative_licensing;
    licensing.change = -i64::from(licensing.previous_year_items);
    assert!(report.check().is_empty(), "down to zero items is fine");
    table_two_2019(&mut report).administrative_licensing.change -= 1;
    let issues = report.check();
    assert_eq!(
        rules_of(&issues),
        ["proactive_disclosure.items_not_negative"]
    );
    assert_eq!(issues[0].severity, Severity::Error);
    assert_eq!(
        issues[0].paths,
        [
            "/proactive_disclosure/administrative_licensing/change",
            "/proactive_disclosure/administrative_licensing/previous_year_items"
        ]
    );
}

#[test]
fn what_is_newly_published_is_part_of_what_is_published_in_all() {
    let mut report = base_2019();
    let rules = &mut table_two_2019(&mut report).normative_documents;
    rules.new_published = rules.total_published + 1;
    let issues = report.check();
    assert_eq!(
        rules_of(&issues),
        ["proactive_disclosure.published_within_total"]
    );
    assert_eq!(issues[0].severity, Severity::Warning);
}

#[test]
fn items_last_year_are_last_years_items_plus_last_years_change() {
    let (mut report, last) = (base_2019(), last_year_2019());
    assert_eq!(report.check_against_previous(&last), []);
    table_two_2019(&mut report)
        .administrative_penalty
        .previous_year_items += 1;
    let issues = report.check_against_previous(&last);
    assert_eq!(rules_of(&issues), ["continuity.items"]);
    assert_eq!(
        issues[0].previous_paths,
        [
            "/proactive_disclosure/administrative_penalty/previous_year_items",
            "/proactive_disclosure/administrative_penalty/change"
        ]
    );
}

#[test]
fn table_two_continuity_runs_only_between_tables_of_one_edition() {
    // Last year in the 2019 format, this year in the 2021 format: the stocks are not comparable.
    let mut last = base_2019();
    last.year = 2023;
    let this = base();
    assert_eq!(
        rules_of(&this.check_against_previous(&last)),
        [] as [&str; 0]
    );
}

#[test]
fn the_rules_of_the_2021_table_two_do_not_run_on_the_2019_table() {
    let mut report = base_2019();
    table_two_2019(&mut report)
        .government_procurement
        .total_amount
        .value = amount("99999999999");
    assert!(
        report.check().is_empty(),
        "no fee-unit check on the 2019 table"
    );
}

#[test]
fn a_table_printed_in_the_other_edition_is_a_warning_not_an_error() {
    let mut mixed = base();
    mixed.year = 2023;
    mixed.published_on = None;
    let row = mixed.applications.outcomes.other_handling.row_sum();
    mixed.applications.outcomes.other_handling = OtherHandling::OneRow(row);
    let issues = mixed.check();
    assert_eq!(rules_of(&issues), ["report.mixed_editions"]);
    assert!(!issues[0].is_error());

    let mut reverse = base_2019();
    reverse.applications.outcomes.other_handling = base().applications.outcomes.other_handling;
    assert_eq!(rules_of(&reverse.check()), ["report.mixed_editions"]);
}

#[test]
fn the_2019_table_two_in_a_report_on_2021_or_later_is_outdated() {
    let mut report = base_2019();
    report.year = 2021;
    report.published_on = None;
    assert_eq!(rules_of(&report.check()), ["report.outdated_template"]);
    report.year = 2020;
    assert!(report.check().is_empty());
}

#[test]
fn the_2019_results_must_add_up_to_their_total_at_the_right_cell() {
    let mut report = base_2019();
    let OtherHandling::OneRow(row) = &mut report.applications.outcomes.other_handling else {
        panic!("the 2019 table 三 has （六） as one row");
    };
    row.natural_person += 1;
    row.total += 1;
    let issues = report.check();
    assert_eq!(
        rules_of(&issues),
        ["applications.outcome_total", "applications.outcome_total"]
    );
    assert_eq!(
        issues[0].paths[0],
        "/applications/outcomes/total/natural_person"
    );
    assert_eq!(issues[1].paths[0], "/applications/outcomes/total/total");
    let row_pointer = "/applications/outcomes/other_handling/natural_person".to_owned();
    assert!(issues[0].paths.contains(&row_pointer));
}

/// `report` with every 总计 cell of table 三's result rows printed blank (0, listed).
fn with_blank_result_totals(mut report: Report) -> Report {
    let pointers: Vec<String> = serde_json::from_str::<serde_json::Value>(&report.to_json_string())
        .map(|value| {
            let mut found = Vec::new();
            collect_result_totals(
                &value["applications"]["outcomes"],
                "/applications/outcomes",
                &mut found,
            );
            found
        })
        .unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&report.to_json_string()).unwrap();
    for pointer in &pointers {
        *value.pointer_mut(pointer).unwrap() = 0.into();
    }
    report = serde_json::from_value(value).unwrap();
    report.blank_cells = pointers;
    report
}

fn collect_result_totals(value: &serde_json::Value, pointer: &str, out: &mut Vec<String>) {
    for (key, child) in value.as_object().unwrap() {
        let child_pointer = format!("{pointer}/{key}");
        if key == "total" && child.is_u64() {
            out.push(child_pointer);
        } else if child.is_object() && child_pointer != "/applications/outcomes/total" {
            collect_result_totals(child, &child_pointer, out);
        }
    }
}

#[test]
fn totals_left_blank_count_as_their_parts_and_are_said_once_per_table() {
    let report = with_blank_result_totals(base_2019());
    assert!(report.blank_cells.len() >= 19);
    let issues = report.check();
    assert_eq!(rules_of(&issues), ["blank_cells.totals"]);
    assert_eq!(issues[0].paths, report.blank_cells);
    // The same zeros without `blank_cells` are wrong totals.
    let mut zeros = report.clone();
    zeros.blank_cells.clear();
    assert!(
        zeros
            .check()
            .iter()
            .any(|i| i.rule == "applications.applicant_total")
    );
}

#[test]
fn a_blank_total_hides_no_wrong_figure() {
    let mut report = with_blank_result_totals(base_2019());
    report.applications.outcomes.disclosed.natural_person += 1;
    let rules = rules_of(&report.check());
    assert!(rules.contains(&"applications.outcome_total"), "{rules:?}");
}

#[test]
fn the_fee_rules_run_on_the_figures_present() {
    let mut report = base();
    let fees = report.other_matters.processing_fees.as_mut().unwrap();
    fees.notices_total_yuan = None;
    fees.collected_yuan = Some(amount("1000000"));
    assert!(
        report
            .check()
            .iter()
            .all(|i| i.rule != "other_matters.fees_collected")
    );
    report
        .applications
        .outcomes
        .other_handling
        .sub_rows_mut()
        .unwrap()
        .fee_not_paid = ApplicantRow::natural_persons(1);
    let fees = report.other_matters.processing_fees.as_mut().unwrap();
    fees.notices_issued = None;
    assert!(
        report
            .check()
            .iter()
            .all(|i| i.rule != "other_matters.fee_notices")
    );
}
