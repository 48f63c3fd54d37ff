//! The wording of the linear rules' messages, pinned where a change would mislead a reader: the
//! sign of a subtracted term, a side named cell by cell up to four cells and summed beyond, in
//! Chinese and in English.

mod common;

use ogi_report::Report;
use ogi_report::rules::{Issue, RuleId};

fn read(path: &str) -> Report {
    Report::from_json_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn first(issues: Vec<Issue>, rule: RuleId) -> Issue {
    issues
        .into_iter()
        .find(|issue| issue.rule == rule)
        .expect("the rule's issue")
}

#[test]
fn a_subtracted_term_is_written_with_a_minus_sign() {
    let this = read("tests/vectors/invalid/documents-in-force-do-not-follow-from-last-year.json");
    let last =
        read("tests/vectors/invalid/documents-in-force-do-not-follow-from-last-year.previous.json");
    let issue = first(
        this.check_against_previous(&last),
        RuleId::ContinuityDocumentsInForce,
    );
    assert!(
        issue
            .message_zh
            .contains(" − 表二「行政规范性文件」×「本年废止件数」"),
        "{}",
        issue.message_zh
    );
    assert!(
        issue
            .message_en
            .contains(" − 表二「行政规范性文件」×「本年废止件数」"),
        "{}",
        issue.message_en
    );
    assert!(
        !issue
            .message_zh
            .contains(" + 表二「行政规范性文件」×「本年废止件数」")
    );
}

#[test]
fn a_lone_subtracted_term_starts_with_a_minus_sign() {
    let report = read("tests/vectors/invalid/items-decrease-exceeds-last-years-items.json");
    let issue = first(report.check(), RuleId::ProactiveDisclosureItemsNotNegative);
    assert!(
        issue
            .message_zh
            .contains("：−表二「行政强制」×「本年增/减」"),
        "{}",
        issue.message_zh
    );
    assert!(
        issue
            .message_en
            .contains(": −表二「行政强制」×「本年增/减」"),
        "{}",
        issue.message_en
    );
}

#[test]
fn a_side_of_four_cells_names_each_with_its_value() {
    let report = read("tests/vectors/invalid/review-total-wrong.json");
    let issue = first(report.check(), RuleId::ReviewAndLitigationTotal);
    for part in ["结果维持", "结果纠正", "其他结果", "尚未审结"] {
        assert!(
            issue.message_zh.contains(part),
            "{part}: {}",
            issue.message_zh
        );
        assert!(
            issue.message_en.contains(part),
            "{part}: {}",
            issue.message_en
        );
    }
    common::assert_says(&issue, "合计", "in all");
}

#[test]
fn a_side_of_more_than_four_cells_is_summed_by_its_number_of_parts() {
    let report = read("tests/vectors/invalid/outcome-total-below-its-results.json");
    let issue = first(report.check(), RuleId::ApplicationsOutcomeTotal);
    common::assert_says(
        &issue,
        "其各项（共 21 项）之和为 21",
        "the sum of its 21 parts is 21",
    );
    let report = read("tests/vectors/invalid/applicant-total-of-new-received-wrong.json");
    let issue = first(report.check(), RuleId::ApplicationsApplicantTotal);
    common::assert_says(&issue, "其各项（共 6 项）之和", "the sum of its 6 parts");
}
