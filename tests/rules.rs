//! The consistency rules: test vectors, the seed example, single-cell changes, the committed
//! catalogue and the README's rule table.

use std::fs;
use std::path::{Path, PathBuf};

use ogi_report::Report;
use ogi_report::rules::{Issue, Severity, catalogue, catalogue_json};
use serde_json::{Value, json};

mod common;

const BLESS: &str = "OGI_REPORT_BLESS=1 cargo test --test rules";

const VECTORS: &str = "tests/vectors";
const EXAMPLE: &str = "examples/reports/dongying-district-office-2023.json";
const BASE: &str = "tests/vectors/valid/county-department-2024.json";

fn read_report(path: impl AsRef<Path>) -> Report {
    let path = path.as_ref();
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Report::from_json_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn json_files(folder: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

/// The fields of an issue that vectors pin down: rule, paths, previous paths.
fn essentials(issues: &[Issue]) -> Vec<Value> {
    issues
        .iter()
        .map(|issue| {
            let mut value = json!({ "rule": issue.rule, "paths": issue.paths });
            if !issue.previous_paths.is_empty() {
                value["previous_paths"] = json!(issue.previous_paths);
            }
            value
        })
        .collect()
}

#[test]
fn valid_vectors_have_no_issue() {
    for path in json_files(&format!("{VECTORS}/valid")) {
        let issues = read_report(&path).check();
        assert!(
            issues.is_empty(),
            "{}: {:#?}",
            path.display(),
            essentials(&issues)
        );
    }
}

#[test]
fn consecutive_valid_vectors_are_continuous() {
    let this = read_report(BASE);
    let last = read_report(format!("{VECTORS}/valid/county-department-2023.json"));
    assert_eq!(this.check_against_previous(&last), []);
}

#[test]
fn consecutive_valid_vectors_of_the_2019_edition_are_continuous() {
    let this = read_report(format!("{VECTORS}/valid/county-department-2020.json"));
    let last = read_report(format!("{VECTORS}/valid/county-department-2019.json"));
    assert_eq!(this.check_against_previous(&last), []);
}

#[test]
fn invalid_vectors_give_exactly_their_expected_issues() {
    let invalid = format!("{VECTORS}/invalid");
    let reports = json_files(&invalid).into_iter().filter(|p| {
        let name = p.file_name().unwrap().to_string_lossy();
        !name.ends_with(".expected.json") && !name.ends_with(".previous.json") && !is_child(&name)
    });
    let mut count = 0;
    for path in reports {
        count += 1;
        let expected_path = path.with_extension("expected.json");
        let expected: Value =
            serde_json::from_str(&fs::read_to_string(&expected_path).unwrap()).unwrap();
        let text = fs::read_to_string(&path).unwrap();
        let name = path.display();
        if let Some(parse_error) = expected.get("parse_error") {
            let err = Report::from_json_str(&text).expect_err(&name.to_string());
            assert_eq!(err.pointer(), parse_error["pointer"], "{name}");
            continue;
        }
        let report = Report::from_json_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let children = expected.get("children").and_then(Value::as_array);
        let issues = match expected.get("previous").and_then(Value::as_str) {
            Some(previous) => {
                report.check_against_previous(&read_report(path.with_file_name(previous)))
            }
            None if expected["content"] == true => report.check_content(),
            None => match children {
                Some(children) => {
                    let children: Vec<Report> = children
                        .iter()
                        .map(|child| read_report(path.with_file_name(child.as_str().unwrap())))
                        .collect();
                    report.check_region(&children)
                }
                None => report.check(),
            },
        };
        assert_eq!(
            Value::from(essentials(&issues)),
            expected["issues"],
            "{name}"
        );
    }
    assert!(
        count >= catalogue().len(),
        "fewer invalid vectors than rules"
    );
}

/// Whether a vector file is a child's report of a region vector (`NAME.child-N.json`).
fn is_child(name: &str) -> bool {
    name.strip_suffix(".json")
        .and_then(|stem| stem.rsplit_once(".child-"))
        .is_some_and(|(_, n)| n.parse::<u32>().is_ok())
}

#[test]
fn every_rule_has_an_invalid_vector() {
    let mut seen = String::new();
    for path in json_files(&format!("{VECTORS}/invalid")) {
        seen.push_str(&fs::read_to_string(path).unwrap());
    }
    for rule in catalogue() {
        let named = seen.contains(&format!("\"rule\": \"{}\"", rule.id));
        let by_type = rule.enforced_by == ogi_report::rules::Enforcement::Types
            && seen.contains("\"parse_error\"");
        assert!(named || by_type, "no invalid vector for {}", rule.id);
    }
}

#[test]
fn the_seed_example_has_no_issue_at_all() {
    // The text of 一（二） restates 18 applications, 予以公开 2, 部分公开 5 and 不予公开 2, and
    // 一/六 say no processing fee was collected: all agree with table 三 and the fee figures
    // (0), so not even a warning is expected. Table 二 (1 issued ≤ 7 in force) is consistent,
    // and a government office publishing on 2024-01-26 meets the 31 January deadline.
    assert_eq!(
        essentials(&read_report(EXAMPLE).check()),
        Vec::<Value>::new()
    );
}

/// Every count cell of tables 三 and 四, by JSON Pointer.
fn table_cells(report: &Value) -> Vec<String> {
    common::pointers_where(report, Value::is_u64)
        .into_iter()
        .filter(|p| p.starts_with("/applications/") || p.starts_with("/review_and_litigation/"))
        .collect()
}

#[test]
fn changing_any_one_cell_of_tables_three_or_four_by_one_is_an_error_naming_it() {
    let base: Value = serde_json::from_str(&fs::read_to_string(BASE).unwrap()).unwrap();
    let cells = table_cells(&base);
    assert_eq!(cells.len(), 25 * 7 + 15);
    for pointer in &cells {
        let value = base.pointer(pointer).unwrap().as_u64().unwrap();
        for changed in [value + 1, value.wrapping_sub(1)] {
            if changed > u64::from(u32::MAX) {
                continue;
            }
            let mut document = base.clone();
            *document.pointer_mut(pointer).unwrap() = json!(changed);
            let report = Report::from_json_str(&document.to_string()).unwrap();
            let issues = report.check();
            assert!(
                issues
                    .iter()
                    .any(|i| i.severity == Severity::Error && i.paths.contains(pointer)),
                "{pointer} = {changed}: {:#?}",
                essentials(&issues)
            );
        }
    }
}

#[test]
fn issues_serialize_as_the_wire_format_diagnostics() {
    let mut report = read_report(BASE);
    report.applications.outcomes.total.natural_person += 1;
    let issue = serde_json::to_value(&report.check()[0]).unwrap();
    assert_eq!(issue["rule"], "applications.balance");
    assert_eq!(issue["severity"], "error");
    assert_eq!(
        issue["paths"][2],
        "/applications/outcomes/total/natural_person"
    );
    assert_eq!(
        (issue["actual"].as_i64(), issue["expected"].as_i64()),
        (Some(22), Some(23))
    );
    let zh = issue["message_zh"].as_str().unwrap();
    assert!(
        zh.contains("表三「三、本年度办理结果 › （七）总计」×「自然人」"),
        "{zh}"
    );
    assert!(
        issue["message_en"]
            .as_str()
            .unwrap()
            .starts_with("Balance: ")
    );
}

#[test]
fn checking_is_deterministic() {
    let mut report = read_report(BASE);
    report.applications.new_received.total = 0;
    report.review_and_litigation.litigation_after_review.total = 9;
    assert_eq!(report.check(), report.check());
}

#[test]
fn rule_ids_are_unique_and_stable_in_form() {
    let mut ids: Vec<_> = catalogue().iter().map(|r| r.id.as_str()).collect();
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count, "duplicate rule id");
    for id in ids {
        assert!(
            id.split('.').count() == 2
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '_' || c == '.'),
            "{id}"
        );
    }
}

#[test]
fn the_committed_rule_catalogue_is_up_to_date() {
    common::files::assert_fresh("schema/rules.json", &catalogue_json(), BLESS);
}

/// The README's table of rules, generated from the catalogue.
fn readme_rule_table() -> String {
    let mut table = String::from("| id | severity | basis | what must hold |\n|---|---|---|---|\n");
    for rule in catalogue() {
        table.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            rule.id,
            rule.severity,
            serde_json::to_value(rule.basis.kind)
                .unwrap()
                .as_str()
                .unwrap(),
            rule.description_en.replace('|', "\\|")
        ));
    }
    table
}

#[test]
fn the_readme_rule_table_is_up_to_date() {
    common::files::assert_readme_section_fresh("rules", &readme_rule_table(), BLESS);
}
