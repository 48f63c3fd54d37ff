//! The prose checks on a corpus of sentences written in the styles of real reports
//! (`tests/narrative/corpus.json`): each sentence, put in section 一 of a report whose tables
//! are known, must produce exactly the narrative issues listed for it. Precision and recall over
//! the corpus are printed and may not drop below the figures in the README.

use ogi_report::Report;
use ogi_report::rules::{Issue, RuleId};
use serde::Deserialize;
use serde_json::Value;

/// Precision and recall the corpus must keep (written in the README's prose checks section).
const MIN_PRECISION: f64 = 1.0;
const MIN_RECALL: f64 = 1.0;

#[derive(Deserialize)]
struct Case {
    report: String,
    text: String,
    issues: Vec<String>,
    why: String,
}

fn corpus() -> Vec<Case> {
    let text = std::fs::read_to_string("tests/narrative/corpus.json").unwrap();
    serde_json::from_str(&text).unwrap()
}

fn base(name: &str) -> Report {
    let path = match name {
        "county-2024" => "tests/vectors/valid/county-department-2024.json",
        "county-2020" => "tests/vectors/valid/county-department-2020.json",
        "shanghai-2019" => "examples/reports/shanghai-government-office-2019.json",
        "dongying-2023" => "examples/reports/dongying-district-office-2023.json",
        other => panic!("no base report {other}"),
    };
    Report::from_json_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The narrative issues of `text` as the whole of section 一 (二)依申请公开 of `report`.
fn narrative_issues(report: &str, text: &str) -> Vec<Issue> {
    let mut report = base(report);
    let narrative = |issue: &Issue| issue.rule.as_str().starts_with("narrative.");
    assert!(!report.check().iter().any(narrative), "the base has none");
    report
        .overview
        .disclosure_on_request
        .get_or_insert_default()
        .text = text.to_owned();
    report.check().into_iter().filter(narrative).collect()
}

/// True positives, false positives and false negatives of one case, by rule.
fn score(expected: &[String], found: &[Issue]) -> (usize, usize, usize) {
    let mut left: Vec<&str> = expected.iter().map(String::as_str).collect();
    let mut false_positives = 0;
    for issue in found {
        match left.iter().position(|rule| *rule == issue.rule.as_str()) {
            Some(at) => {
                left.remove(at);
            }
            None => false_positives += 1,
        }
    }
    let true_positives = found.len() - false_positives;
    (true_positives, false_positives, left.len())
}

#[test]
fn the_corpus_has_at_least_60_sentences_of_every_kind() {
    let cases = corpus();
    assert!(cases.len() >= 60, "{} sentences", cases.len());
    let with_issues = cases.iter().filter(|c| !c.issues.is_empty()).count();
    assert!(with_issues >= 20 && cases.len() - with_issues >= 40);
    for case in &cases {
        for rule in &case.issues {
            assert!(rule.parse::<RuleId>().is_ok(), "{rule}: {}", case.why);
        }
    }
}

#[test]
fn precision_and_recall_over_the_corpus() {
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    let mut misread = Vec::new();
    for case in corpus() {
        let found = narrative_issues(&case.report, &case.text);
        let (t, p, n) = score(&case.issues, &found);
        (tp, fp, fn_) = (tp + t, fp + p, fn_ + n);
        if p + n > 0 {
            let found: Vec<String> = found
                .iter()
                .map(|i| format!("{} “{}”", i.rule, i.quote.as_deref().unwrap_or("")))
                .collect();
            misread.push(format!(
                "{} ({}): expected {:?}, found {found:?}",
                case.text, case.why, case.issues
            ));
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    println!(
        "narrative corpus: {tp} issues found as expected, {fp} false, {fn_} missed: precision {precision:.3}, recall {recall:.3}"
    );
    for line in &misread {
        println!("  {line}");
    }
    assert!(
        precision >= MIN_PRECISION && recall >= MIN_RECALL,
        "precision {precision:.3} (min {MIN_PRECISION}), recall {recall:.3} (min {MIN_RECALL}):\n{}",
        misread.join("\n")
    );
}

#[test]
fn every_narrative_issue_quotes_the_words_it_read_and_where_they_are() {
    for case in corpus() {
        for issue in narrative_issues(&case.report, &case.text) {
            let quote = issue.quote.as_deref().expect("a quote");
            let offset = issue.offset.expect("an offset");
            let at: String = case.text.chars().skip(offset).collect();
            assert!(
                at.starts_with(quote),
                "{quote:?} at {offset} of {}",
                case.text
            );
            assert_eq!(issue.paths[0], "/overview/disclosure_on_request/text");
            let json: Value = serde_json::to_value(&issue).unwrap();
            assert_eq!(json["quote"], quote);
            assert_eq!(json["offset"], offset);
        }
    }
}

#[test]
fn issues_on_tables_have_no_quote() {
    let mut report = base("county-2024");
    report.applications.new_received.total += 1;
    let issue = &report.check()[0];
    assert_eq!(issue.quote, None);
    let json = serde_json::to_value(issue).unwrap();
    assert!(json.get("quote").is_none() && json.get("offset").is_none());
}

#[test]
fn messages_quote_the_sentence_and_name_every_figure_it_could_mean() {
    let issues = narrative_issues(
        "county-2024",
        "2024年，本机关共收到政府信息公开申请 30 件。",
    );
    assert_eq!(issues.len(), 1);
    assert_eq!(
        issues[0].message_zh,
        "文字与表三：收到申请数：文字“本机关共收到政府信息公开申请 30 件”所述为 30，而表三「一、本年新收政府信息公开申请数量」×「总计」为 25，或表三「一、本年新收政府信息公开申请数量」×「总计」 + 表三「二、上年结转政府信息公开申请数量」×「总计」为 27，请核实。"
    );
    let issues = narrative_issues("county-2024", "不予公开 3 件。");
    assert!(
        issues[0]
            .message_zh
            .contains("表三「三、本年度办理结果 › （三）不予公开」（1–8 项合计）×「总计」为 2"),
        "{}",
        issues[0].message_zh
    );
    assert!(issues[0].message_en.ends_with("; please check."));
}

#[test]
fn the_seed_example_has_no_issue_at_all() {
    assert!(base("dongying-2023").check().is_empty());
}

#[test]
fn a_share_of_nothing_handled_is_not_checked() {
    // No application handled: a share of it cannot be computed, so none is said to be wrong.
    let mut report = base("county-2024");
    report.applications = Default::default();
    report.review_and_litigation = Default::default();
    let part = report
        .overview
        .disclosure_on_request
        .get_or_insert_default();
    part.text = "予以公开 0 件，占 0%。".to_owned();
    let issues = report.check();
    assert!(
        !issues
            .iter()
            .any(|i| i.rule == RuleId::NarrativeOutcomeShares),
        "{issues:#?}"
    );
}
