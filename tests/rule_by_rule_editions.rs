//! The rules of every edition, one test per rule as in `rule_by_rule.rs`: the 2019 table 二,
//! mixed documents, cells printed blank, fee reports that give only some figures. The reports
//! start from `tests/vectors/valid/county-department-2020.json` (2019 trial format) and
//! `county-department-2024.json` (2021 format), which keep every rule.

use ogi_report::applications::{ApplicantRow, OtherHandling};
use ogi_report::proactive_disclosure::ProactiveDisclosure2019;
use ogi_report::rules::{Issue, Severity};
use ogi_report::{Amount, Report};

fn read(name: &str) -> Report {
    let text = std::fs::read_to_string(format!("tests/vectors/valid/{name}.json")).unwrap();
    Report::from_json_str(&text).unwrap()
}

/// A report in the 2021 format keeping every rule.
fn base() -> Report {
    read("county-department-2024")
}

fn rules_of(issues: &[Issue]) -> Vec<&'static str> {
    issues.iter().map(|i| i.rule.as_str()).collect()
}

fn amount(text: &str) -> Amount {
    text.parse().unwrap()
}

/// A report in the 2019 trial format (the 2019 table 二, （六） as one row) keeping every rule.
fn base_2019() -> Report {
    read("county-department-2020")
}

fn last_year_2019() -> Report {
    read("county-department-2019")
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
