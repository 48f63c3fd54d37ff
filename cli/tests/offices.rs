//! `ogi-report validate` for supervising offices: `--children`, `--content`, `--summary` and
//! `--baseline`, run as a user would.

mod common;

use std::path::{Path, PathBuf};

use common::ogi_report;
use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;

const CITY: &str = "examples/offices/city-2024.json";
const DISTRICTS: [&str; 3] = [
    "examples/offices/district-a-2024.json",
    "examples/offices/district-b-2024.json",
    "examples/offices/district-c-2024.json",
];
const COPIED: &str = "examples/offices/county-department-2024.json";
const LAST_YEAR: &str = "examples/offices/county-department-2023.json";
/// Two `applications.balance` errors.
const BROKEN: &str = "tests/vectors/invalid/balance-carried-forward-too-large-by-one.json";

fn json_lines(output: &std::process::Output) -> Vec<Value> {
    String::from_utf8(output.stdout.clone())
        .expect("UTF-8")
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect()
}

fn scratch_file(name: &str, contents: &[u8]) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, contents).expect("the scratch directory is writable");
    path
}

#[test]
fn a_city_is_checked_against_its_three_districts() {
    ogi_report()
        .args(["validate", CITY, "--children"])
        .args(DISTRICTS)
        .assert()
        .code(0)
        .stdout(contains("警告 region.roll_up 应为 65，实为 69"))
        .stdout(contains(
            "按全域汇总（下级加本机关自身）理解，差额 4 为本机关自身数字",
        ));
    ogi_report()
        .args(["validate", CITY, "--children", DISTRICTS[0], DISTRICTS[1]])
        .args(["--lang", "en"])
        .assert()
        .code(0)
        .stdout(contains("in the sum of its 2 children's reports"));
}

#[test]
fn a_child_that_cannot_be_read_stops_the_run_with_exit_2() {
    ogi_report()
        .args(["validate", CITY, "--children", DISTRICTS[0], "nope.json"])
        .assert()
        .code(2)
        .stderr(contains("nope.json (--children): cannot read"));
}

#[test]
fn content_and_copied_text_are_reported_with_summary_figures() {
    ogi_report()
        .args(["validate", COPIED, "--previous", LAST_YEAR, "--content"])
        .args(["--summary", "--lang", "en"])
        .assert()
        .code(0)
        .stdout(contains("warning text.copied expected 50, actual 100"))
        .stdout(contains("disclosure rate 64.0% (16/25)"))
        .stdout(contains("sentences as last year: 一 "));
    let output = ogi_report()
        .args(["validate", COPIED, "--previous", LAST_YEAR, "--summary"])
        .args(["--format", "json"])
        .output()
        .unwrap();
    let line = &json_lines(&output)[0];
    assert_eq!(line["summary"]["disclosure_rate"]["percent"], 64.0);
    assert_eq!(line["summary"]["refusal_rate"]["numerator"], 2);
    assert_eq!(line["summary"]["copied_text"][1]["copied"], true);
    assert_eq!(line["issues"][0]["rule"], "text.copied");
    assert_eq!(line["issues"][0]["fingerprint"].as_str().unwrap().len(), 16);
}

#[test]
fn a_bare_none_in_section_five_is_reported_with_content() {
    let vector = "tests/vectors/invalid/problems-reported-as-a-bare-none.json";
    ogi_report()
        .args(["validate", vector])
        .assert()
        .code(0)
        .stdout(contains("无问题"));
    ogi_report()
        .args(["validate", vector, "--content"])
        .assert()
        .code(0)
        .stdout(contains("警告 text.required_content"))
        .stdout(contains("第五部分仅写“无。”主要问题"));
}

#[test]
fn a_baseline_run_lists_known_issues_apart_and_they_do_not_fail() {
    let first = ogi_report()
        .args(["validate", BROKEN, "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(first.status.code(), Some(1));
    let baseline = scratch_file("baseline.jsonl", &first.stdout);
    ogi_report()
        .args(["validate", BROKEN, "--baseline"])
        .arg(&baseline)
        .assert()
        .code(0)
        .stdout(contains("已知问题（基线中已有，不影响退出码）2 个"))
        .stdout(contains("另有 2 个已知问题"));
    let again = ogi_report()
        .args(["validate", BROKEN, "--format", "json", "--baseline"])
        .arg(&baseline)
        .output()
        .unwrap();
    let line = &json_lines(&again)[0];
    assert_eq!(line["valid"], true);
    assert_eq!(line["issues"], Value::Array(vec![]));
    assert_eq!(line["known"].as_array().unwrap().len(), 2);
    // An issue that is not in the baseline still fails: here the baseline of another file.
    let other = scratch_file(
        "other-baseline.jsonl",
        String::from_utf8(first.stdout.clone())
            .unwrap()
            .replace(BROKEN, "other.json")
            .as_bytes(),
    );
    ogi_report()
        .args(["validate", BROKEN, "--baseline"])
        .arg(&other)
        .assert()
        .code(1);
}

#[test]
fn a_baseline_without_fingerprints_still_matches() {
    let first = ogi_report()
        .args(["validate", BROKEN, "--format", "json"])
        .output()
        .unwrap();
    let mut line = json_lines(&first).remove(0);
    for issue in line["issues"].as_array_mut().unwrap() {
        issue.as_object_mut().unwrap().remove("fingerprint");
        issue["message_en"] = Value::from("worded otherwise");
    }
    let baseline = scratch_file("older-baseline.jsonl", line.to_string().as_bytes());
    ogi_report()
        .args(["validate", BROKEN, "--baseline"])
        .arg(&baseline)
        .assert()
        .code(0);
}

#[test]
fn a_broken_baseline_exits_2_naming_its_line() {
    let baseline = scratch_file("broken-baseline.jsonl", b"{\"file\": 1}\n");
    ogi_report()
        .args(["validate", BROKEN, "--baseline"])
        .arg(&baseline)
        .assert()
        .code(2)
        .stderr(contains(
            "(--baseline): line 1: not a line of `validate --format json` output",
        ))
        .stderr(contains("panicked").not());
}
