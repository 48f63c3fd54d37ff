//! `ogi-report extract` as a user runs it: published reports in, report JSON out.

mod common;

use assert_cmd::Command;
use common::{ogi_report, root};
use ogi_report::Report;
use predicates::str::contains;
use serde_json::Value;

/// The fixtures of the extractor (real published reports, unchanged).
const FIXTURES: &str = "extract/tests/fixtures";
/// The seed report as a flip-book's page text.
const SEED: &str = "extract/tests/fixtures/dongying-district-office-2023.txt";
/// A crawler's dump whose table 二 has an ambiguous digit run.
const CRAWL: &str = "extract/tests/fixtures/pingtan-zone-2022.crawl.txt";

fn ogi() -> Command {
    let mut command = ogi_report();
    command.env("NO_COLOR", "1");
    command
}

#[test]
fn one_page_gives_the_report_on_stdout_in_template_order() {
    let output = ogi().args(["extract", SEED]).output().expect("runs");
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    let report = Report::from_json_str(&stdout).expect("a report");
    assert_eq!(
        report.to_json_string_pretty() + "\n",
        stdout,
        "written by the typed model"
    );
    let example =
        std::fs::read_to_string(root().join("examples/reports/dongying-district-office-2023.json"))
            .expect("example");
    let mut example = Report::from_json_str(&example).expect("example report");
    example.agency.region_code = None;
    assert_eq!(report, example);
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    assert!(stderr.contains("inferred_kind"), "{stderr}");
}

#[test]
fn standard_input_and_check_run_in_one_pass() {
    let input = std::fs::read(root().join(SEED)).expect("seed");
    ogi()
        .args(["extract", "-", "--from", "text", "--check", "--lang", "en"])
        .write_stdin(input)
        .assert()
        .code(0)
        .stderr(contains("no issues"));
}

#[test]
fn a_folder_gives_one_line_per_input_in_order() {
    let output = ogi()
        .args(["extract", FIXTURES, "--format", "ndjson"])
        .output()
        .expect("runs");
    assert_eq!(
        output.status.code(),
        Some(2),
        "the ambiguous crawl has no report"
    );
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    let files: Vec<&str> = lines
        .iter()
        .map(|l| l["file"].as_str().expect("file"))
        .collect();
    assert_eq!(files.len(), 4, "{files:?}");
    assert!(
        files.windows(2).all(|w| w[0] < w[1]),
        "input order: {files:?}"
    );
    let crawl = lines
        .iter()
        .find(|l| l["file"].as_str().is_some_and(|f| f.ends_with("crawl.txt")));
    let crawl = crawl.expect("the crawl");
    assert!(crawl["report"].is_null());
    assert!(crawl["partial"]["applications"].is_object());
    let codes: Vec<&str> = crawl["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect();
    assert!(codes.contains(&"ambiguous_digit_run"), "{codes:?}");
    let seed = lines
        .iter()
        .find(|l| l["file"].as_str().is_some_and(|f| f.ends_with("2023.txt")));
    assert_eq!(
        seed.expect("the seed")["report"]["agency"]["kind"],
        "government_office"
    );
}

#[test]
fn an_ambiguous_table_gives_no_report_and_lists_the_candidates() {
    ogi()
        .args(["extract", CRAWL, "--lang", "en"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains("ambiguous_digit_run"))
        .stderr(contains("88 | 55 | 698"));
}

#[test]
fn a_page_that_is_not_a_report_fails_clearly() {
    ogi()
        .args(["extract", "-", "--format", "json"])
        .write_stdin("<html><body><p>通知公告</p></body></html>")
        .assert()
        .code(2)
        .stdout(contains("\"report\":null"))
        .stdout(contains("not_a_report"));
}

#[test]
fn check_reports_the_rule_errors_of_a_2019_page() {
    // The page's 总计 column is blank for every result row: no sum error (blank totals), but
    // the rules still run on the typed report in the same pass.
    let output = ogi()
        .args([
            "extract",
            "extract/tests/fixtures/shanghai-government-office-2019.html",
            "--check",
            "--format",
            "json",
        ])
        .output()
        .expect("runs");
    let line: Value = serde_json::from_slice(&output.stdout).expect("one JSON line");
    assert!(line["report"].is_object());
    assert!(line["issues"].is_array(), "{line}");
    let errors = line["issues"]
        .as_array()
        .map_or(0, |i| i.iter().filter(|i| i["severity"] == "error").count());
    assert_eq!(output.status.code(), Some(if errors > 0 { 1 } else { 0 }));
}

#[test]
fn a_missing_file_is_unusable() {
    ogi()
        .args(["extract", "no/such/file.html"])
        .assert()
        .code(2)
        .stderr(contains("cannot read"));
}
