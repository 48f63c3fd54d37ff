//! For supervising offices: issue fingerprints, the summary and its rates, text copied from
//! last year, required content and headings, jumps, and a region checked against its children.

mod common;

use std::fs;

use ogi_report::applications::{ApplicantRow, OtherHandling};
use ogi_report::arbitrary::{any_report, reports_to_roll_up};
use ogi_report::rules::{Issue, Quantity, RuleId, Severity};
use ogi_report::summary::Rate;
use ogi_report::{Agency, AgencyKind, Report, TextPart};
use proptest::prelude::*;

const BASE: &str = "tests/vectors/valid/county-department-2024.json";
const LAST: &str = "tests/vectors/valid/county-department-2023.json";

fn read(path: &str) -> Report {
    Report::from_json_str(&fs::read_to_string(path).unwrap()).unwrap()
}

fn rules(issues: &[Issue]) -> Vec<RuleId> {
    issues.iter().map(|i| i.rule).collect()
}

// Fingerprints.

#[test]
fn the_fingerprint_algorithm_is_pinned() {
    // FNV-1a 64 of "applications.balance\n/applications/new_received/total\n\n23\n22".
    let print = Issue::fingerprint_of(
        RuleId::ApplicationsBalance,
        &["/applications/new_received/total".to_owned()],
        &[],
        Some((Quantity::Count(23), Quantity::Count(22))),
    );
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in "applications.balance\n/applications/new_received/total\n\n23\n22".bytes() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x100_0000_01b3);
    }
    assert_eq!(print, format!("{hash:016x}"));
}

#[test]
fn every_issue_has_a_fingerprint_of_its_rule_cells_and_figures_only() {
    let report = read("tests/vectors/invalid/balance-carried-forward-too-large-by-one.json");
    let issues = report.check();
    assert!(!issues.is_empty());
    for issue in &issues {
        assert_eq!(issue.fingerprint.len(), 16);
        assert!(issue.fingerprint.chars().all(|c| c.is_ascii_hexdigit()));
        let mut reworded = issue.clone();
        reworded.message_zh = "另一种说法".to_owned();
        reworded.message_en = "other words".to_owned();
        let figures = reworded.expected.zip(reworded.actual);
        let again = Issue::fingerprint_of(reworded.rule, &reworded.paths, &[], figures);
        assert_eq!(again, issue.fingerprint);
    }
    let mut prints: Vec<&str> = issues.iter().map(|i| i.fingerprint.as_str()).collect();
    prints.sort();
    prints.dedup();
    assert_eq!(prints.len(), issues.len(), "two issues share a fingerprint");
}

#[test]
fn an_issue_read_back_keeps_its_fingerprint_and_older_json_reads_without_one() {
    let report = read("tests/vectors/invalid/review-total-wrong.json");
    let issue = report.check().remove(0);
    let json = serde_json::to_value(&issue).unwrap();
    assert_eq!(json["fingerprint"], issue.fingerprint.as_str());
    let back: Issue = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(back, issue);
    let mut older = json;
    older.as_object_mut().unwrap().remove("fingerprint");
    let back: Issue = serde_json::from_value(older).unwrap();
    assert_eq!(back.fingerprint, "");
}

// The summary.

#[test]
fn the_summary_gives_the_figures_and_rates_of_tables_three_and_four() {
    let summary = read(BASE).summary();
    assert_eq!(summary.applications_received, 25);
    assert_eq!(summary.applications_handled, 25);
    assert_eq!((summary.disclosed, summary.partially_disclosed), (12, 4));
    assert_eq!(summary.disclosure_rate.percent, Some(64.0));
    assert_eq!(summary.refusal_rate, Rate::of(2, 25));
    assert_eq!(summary.refusal_rate.percent, Some(8.0));
    // Two cases concluded (both upheld), one review pending: nothing corrected.
    assert_eq!(summary.correction_rate, Rate::of(0, 2));
    assert_eq!((summary.administrative_reviews, summary.lawsuits), (2, 1));
}

#[test]
fn cases_concluded_are_upheld_plus_corrected_plus_other() {
    let mut report = read(BASE);
    let review = &mut report.review_and_litigation.administrative_review;
    (review.corrected, review.other, review.total) = (1, 1, 4);
    let summary = report.summary();
    // 2 upheld (one review, one lawsuit) + 1 corrected + 1 other.
    assert_eq!(summary.concluded, 4);
    assert_eq!(summary.correction_rate, Rate::of(1, 4));
    assert_eq!(summary.correction_rate.percent, Some(25.0));
}

#[test]
fn lawsuits_count_those_without_and_after_review() {
    let mut report = read(BASE);
    let after = &mut report.review_and_litigation.litigation_after_review;
    (after.pending, after.total) = (2, 2);
    // One lawsuit without review (in the vector) and two after review.
    assert_eq!(report.summary().lawsuits, 3);
}

#[test]
fn rates_round_half_up_to_one_decimal() {
    assert_eq!(Rate::of(1, 3).percent, Some(33.3));
    assert_eq!(Rate::of(2, 3).percent, Some(66.7));
    assert_eq!(Rate::of(1, 8).percent, Some(12.5));
    assert_eq!(Rate::of(1, 16).percent, Some(6.3));
    assert_eq!(Rate::of(5, 0).percent, None);
}

#[test]
fn the_summary_counts_blank_totals_as_their_parts() {
    let report = read("examples/reports/shanghai-government-office-2019.json");
    let summary = report.summary();
    assert_eq!(
        summary.disclosed,
        u64::from(report.applications.outcomes.disclosed.parts_sum() as u32)
    );
}

// Copied text.

fn with_problems(mut report: Report, text: &str) -> Report {
    report.problems_and_improvements.problems = Some(TextPart::new(text));
    report
}

const PROBLEMS: &str = "2023年政策解读形式较为单一，图解运用不多。依申请公开答复的规范性有待提高。基层工作人员业务能力需进一步提升。政务新媒体更新不够及时，互动回应不足。";

#[test]
fn text_repeated_with_other_years_and_figures_is_copied() {
    let last = with_problems(read(LAST), PROBLEMS);
    let this = with_problems(
        read(BASE),
        &PROBLEMS
            .replace("2023年", "2024 年")
            .replace("，图解", "， 图解"),
    );
    let five = &this.copied_text(&last)[1];
    assert_eq!(five.pointer, "/problems_and_improvements");
    assert_eq!((five.sentences, five.repeated, five.percent), (4, 4, 100));
    assert!(five.copied);
    let issues = this.check_against_previous(&last);
    assert_eq!(rules(&issues), [RuleId::TextCopied]);
    assert_eq!(issues[0].actual, Some(Quantity::Count(100)));
    // The section is named by its official heading, not by its pointer.
    assert!(
        issues[0]
            .message_zh
            .contains("“五、存在的主要问题及改进情况”的 4 句中有 4 句"),
        "{}",
        issues[0].message_zh
    );
}

#[test]
fn new_text_and_boilerplate_are_not_copied() {
    let last = with_problems(read(LAST), PROBLEMS);
    let fresh = "本年度主动公开栏目调整后查找不便。部分解读材料发布滞后于政策文件。答复文书说理仍不充分。培训覆盖面不足，乡镇人员流动大。";
    let this = with_problems(read(BASE), fresh);
    let five = &this.copied_text(&last)[1];
    assert_eq!((five.sentences, five.repeated, five.copied), (4, 0, false));
    // The headings and wording the template prescribes are never counted.
    let boilerplate =
        "（一）存在的主要问题。（二）改进情况。发出收费通知的件数和总金额以及实际收取的总金额。";
    let both = with_problems(read(BASE), boilerplate);
    let five = &both.copied_text(&with_problems(read(LAST), boilerplate))[1];
    assert_eq!(five.sentences, 0);
}

#[test]
fn three_repeated_sentences_of_four_are_above_half_and_two_are_not() {
    let last = with_problems(read(LAST), PROBLEMS);
    let mut sentences: Vec<&str> = PROBLEMS.split('。').filter(|s| !s.is_empty()).collect();
    sentences.truncate(3);
    let three = format!("{}。另有一项全新的问题需要说明清楚。", sentences.join("。"));
    let five = &with_problems(read(BASE), &three).copied_text(&last)[1];
    assert_eq!((five.sentences, five.repeated), (4, 3));
    assert!(five.copied);
    let two = format!(
        "{}。另有一项全新的问题需要说明清楚。还有一项不同的问题也要写明白。",
        sentences[..2].join("。")
    );
    let five = &with_problems(read(BASE), &two).copied_text(&last)[1];
    assert_eq!((five.sentences, five.repeated, five.copied), (4, 2, false));
}

// Jumps.

#[test]
fn a_figure_five_times_last_years_is_not_a_jump_but_more_is() {
    // Last year 5 applications, this year 25: exactly five times.
    assert!(read(BASE).check_against_previous(&read(LAST)).is_empty());
    let mut this = read(BASE);
    this.applications.new_received.natural_person += 1;
    this.applications.new_received.total += 1;
    let issues = this.check_against_previous(&read(LAST));
    assert!(issues.iter().any(|i| i.rule == RuleId::ContinuityJump
        && i.expected == Some(Quantity::Count(5))
        && i.actual == Some(Quantity::Count(26))));
}

#[test]
fn a_jump_says_whether_the_figure_rose_or_fell() {
    let agency = Agency::new("某局", AgencyKind::Department);
    let (mut small, mut large) = (
        Report::new(agency.clone(), 2023),
        Report::new(agency.clone(), 2024),
    );
    small.applications.new_received = ApplicantRow::natural_persons(3);
    large.applications.new_received = ApplicantRow::natural_persons(30);
    let jump_of = |this: &Report, last: &Report| {
        let issues = this.check_against_previous(last);
        issues
            .into_iter()
            .find(|i| i.rule == RuleId::ContinuityJump)
            .expect("a jump")
    };
    let rose = jump_of(&large, &small);
    common::assert_says(&rose, "由上年的 3 增至 30", "rose to 30 from 3 last year");
    (small.year, large.year) = (2024, 2023);
    let fell = jump_of(&small, &large);
    common::assert_says(&fell, "由上年的 30 降至 3", "fell to 3 from 30 last year");
}

#[test]
fn small_figures_do_not_jump() {
    let agency = Agency::new("某局", AgencyKind::Department);
    let mut last = Report::new(agency.clone(), 2023);
    last.applications.new_received = ApplicantRow::natural_persons(1);
    let mut this = Report::new(agency, 2024);
    this.applications.new_received = ApplicantRow::natural_persons(19);
    assert!(!rules(&this.check_against_previous(&last)).contains(&RuleId::ContinuityJump));
    this.applications.new_received = ApplicantRow::natural_persons(20);
    assert!(rules(&this.check_against_previous(&last)).contains(&RuleId::ContinuityJump));
}

#[test]
fn a_rate_jumps_on_its_whole_percentages() {
    // Disclosure rate: last year 1 of 25 disclosed (4 %), this year 24 of 25 (96 %): 24 times.
    let mut last = read(BASE);
    last.year = 2023;
    let disclosed = &mut last.applications.outcomes;
    (
        disclosed.disclosed.natural_person,
        disclosed.disclosed.total,
    ) = (0, 1);
    (
        disclosed.partially_disclosed.natural_person,
        disclosed.partially_disclosed.total,
    ) = (0, 0);
    let mut this = read(BASE);
    let outcomes = &mut this.applications.outcomes;
    (outcomes.disclosed.natural_person, outcomes.disclosed.total) = (18, 20);
    let issues = this.check_against_previous(&last);
    let jump = issues
        .iter()
        .find(|i| i.rule == RuleId::ContinuityJump && i.message_en.contains("disclosure rate"))
        .unwrap_or_else(|| panic!("no jump of the disclosure rate in {issues:#?}"));
    assert_eq!(
        (jump.expected, jump.actual),
        (Some(Quantity::Count(4)), Some(Quantity::Count(96)))
    );
}

// Required content and headings.

#[test]
fn a_full_report_has_its_required_content() {
    let report = read("tests/vectors/invalid/problems-reported-as-a-bare-none.json");
    let mut full = report.clone();
    full.problems_and_improvements.problems = Some(TextPart::new("答复说理不充分。"));
    assert!(full.check_content().is_empty());
    let mut empty = full.clone();
    empty.overview = Default::default();
    let issues = empty.check_content();
    assert_eq!(issues[0].paths, ["/overview"]);
    assert!(issues.iter().all(|i| i.severity == Severity::Warning));
}

#[test]
fn headings_are_compared_without_white_space_and_punctuation() {
    let mut report = read(BASE);
    report.section_headings = vec![
        "一、 总体情况".to_owned(),
        "二、主动公开政府信息情况。".to_owned(),
        "三、收到和处理政府信息公开申请情况".to_owned(),
        "四、政府信息公开行政复议、行政诉讼情况".to_owned(),
        "五、存在的主要问题及改进情况".to_owned(),
        "六、其他需要报告的事项".to_owned(),
    ];
    assert!(report.check().is_empty());
    report.section_headings[4] = "五、存在问题及改进情况".to_owned();
    report.section_headings.remove(5);
    let issues = report.check();
    assert_eq!(
        rules(&issues),
        [RuleId::TextHeadings, RuleId::TextSectionOrder]
    );
    assert_eq!(issues[0].quote.as_deref(), Some("五、存在问题及改进情况"));
    assert_eq!(issues[1].paths, ["/section_headings", "/other_matters"]);
}

// A region.

fn district(name: &str, received: u32) -> Report {
    let mut report = Report::new(Agency::new(name, AgencyKind::Government), 2024);
    report.applications.new_received = ApplicantRow::natural_persons(received);
    report.applications.outcomes.disclosed = ApplicantRow::natural_persons(received);
    report.applications.outcomes.total = ApplicantRow::natural_persons(received);
    report
}

fn city(children: &[Report]) -> Report {
    Report::roll_up(
        Agency::new("某市人民政府", AgencyKind::Government),
        children,
    )
    .unwrap()
}

#[test]
fn a_parent_that_reports_only_its_own_office_is_read_so_and_never_an_error() {
    let children = [
        district("甲区", 10),
        district("乙区", 7),
        district("丙区", 3),
    ];
    let own = district("某市人民政府", 4);
    let issues = own.check_region(&children);
    assert!(!issues.is_empty());
    assert!(
        issues
            .iter()
            .all(|i| i.rule == RuleId::RegionRollUp && !i.is_error())
    );
    assert!(issues[0].message_zh.contains("仅报告本机关自身"));
    assert!(issues[0].message_en.contains("own office only"));
    assert_eq!(issues[0].expected, Some(Quantity::Count(20)));
    assert_eq!(issues[0].actual, Some(Quantity::Count(4)));
}

#[test]
fn a_parent_above_its_children_everywhere_reads_as_the_regions_total() {
    let children = [district("甲区", 10), district("乙区", 7)];
    let mut parent = city(&children);
    parent.applications.new_received.natural_person += 2;
    parent.applications.new_received.total += 2;
    let issues = parent.check_region(&children);
    assert_eq!(issues.len(), 2);
    assert!(issues[0].message_en.contains("the region's total"));
    assert!(issues[0].message_zh.contains("差额 2 为本机关自身数字"));
    let mut mixed = parent.clone();
    mixed.applications.outcomes.disclosed.natural_person -= 1;
    let issues = mixed.check_region(&children);
    assert!(
        issues
            .iter()
            .all(|i| i.message_en.contains("neither reading fits"))
    );
}

#[test]
fn the_other_form_of_other_handling_is_compared_as_one_row() {
    let mut old_form = district("甲区", 5);
    old_form.applications.outcomes.disclosed = ApplicantRow::natural_persons(3);
    old_form.applications.outcomes.other_handling =
        OtherHandling::OneRow(ApplicantRow::natural_persons(2));
    let mut new_form = district("乙区", 5);
    new_form.applications.outcomes.disclosed = ApplicantRow::natural_persons(4);
    new_form
        .applications
        .outcomes
        .other_handling
        .sub_rows_mut()
        .unwrap()
        .other = ApplicantRow::natural_persons(1);
    let mut parent = district("某市人民政府", 10);
    parent.applications.outcomes.disclosed = ApplicantRow::natural_persons(7);
    parent
        .applications
        .outcomes
        .other_handling
        .sub_rows_mut()
        .unwrap()
        .fee_not_paid = ApplicantRow::natural_persons(3);
    assert_eq!(parent.check_region(&[old_form, new_form]), []);
}

#[test]
fn other_handling_is_compared_sub_row_by_sub_row_when_every_report_prints_them() {
    let mut child = district("甲区", 5);
    child.applications.outcomes.disclosed = ApplicantRow::natural_persons(3);
    child
        .applications
        .outcomes
        .other_handling
        .sub_rows_mut()
        .unwrap()
        .fee_not_paid = ApplicantRow::natural_persons(2);
    let children = [child];
    let mut parent = city(&children);
    assert_eq!(parent.check_region(&children), []);
    // The same row total, split otherwise between two sub-rows.
    let rows = parent
        .applications
        .outcomes
        .other_handling
        .sub_rows_mut()
        .unwrap();
    rows.fee_not_paid = ApplicantRow::natural_persons(1);
    rows.other = ApplicantRow::natural_persons(1);
    let issues = parent.check_region(&children);
    assert!(
        !issues.is_empty(),
        "the sub-rows differ from the children's"
    );
    assert!(issues.iter().all(|i| i.rule == RuleId::RegionRollUp));
    assert!(
        issues
            .iter()
            .any(|i| i.paths.len() == 1 && i.paths[0].contains("/fee_not_paid/")),
        "{issues:#?}"
    );
}

#[test]
fn children_of_another_year_and_duplicates_are_named_and_left_out() {
    let children = [district("甲区", 10), district("乙区", 7)];
    let parent = city(&children);
    let mut late = district("丙区", 99);
    late.year = 2023;
    let given = [
        children[0].clone(),
        late,
        children[1].clone(),
        children[0].clone(),
        parent.clone(),
    ];
    let issues = parent.check_region(&given);
    assert_eq!(
        rules(&issues),
        [
            RuleId::RegionChildYear,
            RuleId::RegionDuplicateChild,
            RuleId::RegionDuplicateChild
        ]
    );
    assert!(issues[0].message_zh.contains("丙区"));
    assert!(issues[1].message_en.contains("same agency as child 1"));
    assert!(issues[2].message_en.contains("the parent itself"));
}

// Thresholds: one place in the library; the descriptions and the README follow it.

#[test]
fn descriptions_and_the_readme_state_the_thresholds_of_the_library() {
    use ogi_report::rules::{
        COPIED_TEXT_MIN_SENTENCES, COPIED_TEXT_PERCENT, JUMP_FACTOR, JUMP_FLOOR,
        MIN_SENTENCE_CHARS, rule,
    };
    let copied = rule(RuleId::TextCopied);
    for (said, zh) in [
        (
            format!("more than {COPIED_TEXT_PERCENT} percent"),
            format!("超过 {COPIED_TEXT_PERCENT}%"),
        ),
        (
            format!("at least {COPIED_TEXT_MIN_SENTENCES} compared"),
            format!("至少 {COPIED_TEXT_MIN_SENTENCES} 句"),
        ),
        (
            format!("shorter than {MIN_SENTENCE_CHARS} characters"),
            String::new(),
        ),
    ] {
        assert!(copied.description_en.contains(&said), "{said}");
        assert!(copied.description_zh.contains(&zh), "{zh}");
    }
    let jump = rule(RuleId::ContinuityJump);
    assert!(
        jump.description_en
            .contains(&format!("more than {JUMP_FACTOR} times"))
    );
    assert!(
        jump.description_en
            .contains(&format!("at least {JUMP_FLOOR}"))
    );
    assert!(
        jump.description_zh
            .contains(&format!("超过 {JUMP_FACTOR} 倍"))
    );
    assert!(
        jump.description_zh
            .contains(&format!("至少为 {JUMP_FLOOR}"))
    );
    let readme = fs::read_to_string("README.md").unwrap();
    for (name, value) in [
        ("COPIED_TEXT_PERCENT", COPIED_TEXT_PERCENT.to_string()),
        (
            "COPIED_TEXT_MIN_SENTENCES",
            COPIED_TEXT_MIN_SENTENCES.to_string(),
        ),
        ("MIN_SENTENCE_CHARS", MIN_SENTENCE_CHARS.to_string()),
        ("JUMP_FACTOR", JUMP_FACTOR.to_string()),
        ("JUMP_FLOOR", JUMP_FLOOR.to_string()),
    ] {
        let row = format!("| `{name}` | {value} |");
        assert!(readme.contains(&row), "README: no row {row}");
    }
}

proptest! {
    #![proptest_config(common::proptest_config("offices", 32))]

    #[test]
    fn the_roll_up_of_any_batch_matches_its_children(batch in reports_to_roll_up()) {
        let batch: Vec<Report> = batch
            .into_iter()
            .enumerate()
            .map(|(i, mut report)| {
                report.agency.name = format!("下级机关{i}");
                report
            })
            .collect();
        let parent = city(&batch);
        prop_assert_eq!(parent.check_region(&batch), vec![]);
    }

    #[test]
    fn region_checks_never_give_an_error_and_prints_follow_the_rule(
        parent in any_report(),
        children in prop::collection::vec(any_report(), 0..4),
    ) {
        let mut issues = parent.check_region(&children);
        issues.extend(parent.check_content());
        if let Some(previous) = children.first() {
            issues.extend(parent.check_against_previous(previous));
        }
        issues.extend(parent.check());
        for issue in &issues {
            let figures = issue.expected.zip(issue.actual);
            let print =
                Issue::fingerprint_of(issue.rule, &issue.paths, &issue.previous_paths, figures);
            prop_assert_eq!(&print, &issue.fingerprint);
        }
        prop_assert!(parent.check_region(&children).iter().all(|i| !i.is_error()));
    }
}
