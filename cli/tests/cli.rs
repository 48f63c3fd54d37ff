//! Runs the `ogi-report` binary as a user would: exit codes, standard output and standard error.

mod common;

use std::path::{Path, PathBuf};

use common::{ogi_report, root};
use ogi_report::Report;
use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;

/// The example report: a real published report, with no issue.
const EXAMPLE: &str = "examples/reports/dongying-district-office-2023.json";
/// A report whose carried-forward column is one too large: two `applications.balance` errors.
const BROKEN: &str = "tests/vectors/invalid/balance-carried-forward-too-large-by-one.json";
/// A report whose carry-over differs from its previous year's carried-forward.
const CARRY_OVER: &str =
    "tests/vectors/invalid/carry-over-differs-from-last-years-carried-forward.json";
/// That report's previous year.
const CARRY_OVER_PREVIOUS: &str =
    "tests/vectors/invalid/carry-over-differs-from-last-years-carried-forward.previous.json";

/// A file in the test's scratch directory with these contents.
fn scratch_file(name: &str, contents: &[u8]) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, contents).expect("the scratch directory is writable");
    path
}

/// The example report as a JSON value, for making broken copies.
fn example_value() -> Value {
    let text = std::fs::read_to_string(root().join(EXAMPLE)).expect("the example exists");
    serde_json::from_str(&text).expect("the example is JSON")
}

/// Standard output of a finished command, as text.
fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("output is UTF-8")
}

/// The JSON lines of standard output.
fn json_lines(output: &std::process::Output) -> Vec<Value> {
    stdout_of(output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("every line is a JSON object"))
        .collect()
}

/// What a panic or a Rust debug dump would leave on standard error.
fn no_panic_or_debug() -> impl Predicate<str> {
    contains("panicked")
        .or(contains("RUST_BACKTRACE"))
        .or(contains("Error {"))
        .or(contains("Os {"))
        .not()
}

#[test]
fn the_example_validates_with_exit_0() {
    ogi_report()
        .args(["validate", EXAMPLE])
        .assert()
        .code(0)
        .stdout(contains(format!("{EXAMPLE}: 无问题")))
        .stdout(contains(
            "共 1 份报告：1 份无错误，0 份有错误（0 个错误，0 个警告）",
        ))
        .stderr("");
}

#[test]
fn a_broken_copy_exits_1_naming_the_rule_cells_and_figures() {
    ogi_report()
        .args(["validate", BROKEN])
        .assert()
        .code(1)
        .stdout(contains(format!(
            "{BROKEN}: 错误 applications.balance 应为 23，实为 22"
        )))
        // The cells by their official labels, then the Chinese message: Chinese throughout.
        .stdout(contains("    单元格："))
        .stdout(contains("「三、本年度办理结果 › （七）总计」"))
        .stdout(contains("×「自然人」"))
        .stdout(contains("    收支平衡："))
        .stdout(contains(
            "共 1 份报告：0 份无错误，1 份有错误（2 个错误，0 个警告）",
        ))
        .stdout(contains("expected").not())
        .stdout(contains("cells:").not())
        .stderr("");
}

#[test]
fn narrative_issues_show_the_words_they_read_and_where() {
    let vector = "tests/vectors/invalid/text-says-all-reviews-upheld-but-one-is-pending.json";
    ogi_report()
        .args(["validate", vector])
        .assert()
        .code(0)
        .stdout(contains(
            "    文字：“因政府信息公开被申请行政复议 2 件，均获维持”（/overview/disclosure_on_request/text 第 20 字起）",
        ))
        .stdout(contains("请核实。"));
    ogi_report()
        .args(["validate", "--lang", "en", vector])
        .assert()
        .code(0)
        .stdout(contains(
            "    text: “因政府信息公开被申请行政复议 2 件，均获维持” (/overview/disclosure_on_request/text, from character 20)",
        ))
        .stdout(contains("please check."))
        .stdout(contains("文字：").not());
}

#[test]
fn lang_en_gives_english_messages() {
    ogi_report()
        .args(["validate", "--lang", "en", BROKEN])
        .assert()
        .code(1)
        .stdout(contains("    Balance: "))
        .stdout(contains("收支平衡：").not());
}

#[test]
fn output_has_no_colour_when_not_a_terminal() {
    let output = ogi_report().args(["validate", BROKEN]).output().unwrap();
    assert!(!output.stdout.contains(&0x1b), "no escape sequences");
    // Forcing colour shows that the human output does colour a terminal.
    let output = ogi_report()
        .env("CLICOLOR_FORCE", "1")
        .args(["validate", BROKEN])
        .output()
        .unwrap();
    assert!(
        output.stdout.contains(&0x1b),
        "escape sequences when forced"
    );
}

#[test]
fn garbage_exits_2_with_a_message_naming_the_file() {
    let garbage = scratch_file("garbage.json", b"<html>not a report</html>\n");
    ogi_report()
        .arg("validate")
        .arg(&garbage)
        .assert()
        .code(2)
        .stderr(contains(format!(
            "ogi-report: {}: not valid JSON: expected value at line 1 column 1",
            garbage.display()
        )))
        .stderr(no_panic_or_debug());
}

#[test]
fn a_type_error_names_the_file_and_the_json_path() {
    let mut report = example_value();
    report["applications"]["new_received"]["natural_person"] = Value::from("x");
    let text = serde_json::to_string_pretty(&report).unwrap();
    let file = scratch_file("type-error.json", text.as_bytes());
    ogi_report()
        .arg("validate")
        .arg(&file)
        .assert()
        .code(2)
        .stderr(contains(format!(
            "ogi-report: {}: applications.new_received.natural_person: invalid type: string \"x\", expected u32 at line",
            file.display()
        )))
        .stderr(no_panic_or_debug());
}

#[test]
fn binary_and_utf16_input_is_refused_without_a_panic() {
    let utf16 = scratch_file("utf16.json", b"\xff\xfe{\x00}\x00");
    let invalid_utf8 = scratch_file("invalid-utf8.json", b"{\"a\": \"\xc3\x28\"}");
    ogi_report()
        .arg("validate")
        .arg(&utf16)
        .arg(&invalid_utf8)
        .assert()
        .code(2)
        .stderr(contains("utf16.json: the input is UTF-16"))
        .stderr(contains("invalid-utf8.json: the input is not valid UTF-8"))
        .stderr(no_panic_or_debug());
}

#[test]
fn a_missing_file_exits_2_and_the_other_files_are_still_checked() {
    ogi_report()
        .args(["validate", "--lang", "en", "nope.json", EXAMPLE, BROKEN])
        .assert()
        .code(2)
        .stderr("ogi-report: nope.json: cannot read: No such file or directory (os error 2)\n")
        .stdout(contains(format!("{EXAMPLE}: no issues")))
        .stdout(contains(format!("{BROKEN}: error applications.balance")))
        .stdout(contains(
            "3 reports: 1 valid, 1 with errors, 1 unreadable (2 errors, 0 warnings)",
        ));
}

#[test]
fn the_exit_code_is_the_worst_of_all_files() {
    ogi_report()
        .args(["validate", EXAMPLE, BROKEN, EXAMPLE])
        .assert()
        .code(1);
    ogi_report()
        .args([
            "validate",
            "--lang",
            "en",
            "tests/vectors/invalid/rules-issued-by-township.json",
        ])
        .assert()
        .code(0)
        .stdout(contains("warning proactive_disclosure.rule_making_power"))
        .stdout(contains("1 valid, 0 with errors (0 errors, 1 warning)"));
}

#[test]
fn dash_reads_standard_input() {
    let example = std::fs::read(root().join(EXAMPLE)).unwrap();
    ogi_report()
        .args(["validate", "-"])
        .write_stdin(example)
        .assert()
        .code(0)
        .stdout(contains("<stdin>: 无问题"));
    ogi_report()
        .args(["validate", "-"])
        .write_stdin("{")
        .assert()
        .code(2)
        .stderr(contains("ogi-report: <stdin>: not valid JSON: "));
    ogi_report()
        .args(["validate", "-"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(contains(
            "ogi-report: <stdin>: not valid JSON: the input is empty",
        ));
}

#[test]
fn json_format_writes_one_object_per_file_with_the_crates_issues() {
    let output = ogi_report()
        .args(["validate", "--format", "json", EXAMPLE, BROKEN, "nope.json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 3);

    assert_eq!(lines[0]["file"], EXAMPLE);
    assert_eq!(lines[0]["valid"], true);
    assert_eq!(lines[0]["issues"], Value::Array(Vec::new()));

    // The issues exactly as the crate serializes them.
    let broken = Report::from_json_slice(&std::fs::read(root().join(BROKEN)).unwrap()).unwrap();
    assert_eq!(lines[1]["file"], BROKEN);
    assert_eq!(lines[1]["valid"], false);
    assert_eq!(
        lines[1]["issues"],
        serde_json::to_value(broken.check()).unwrap()
    );
    assert_eq!(lines[1]["issues"][0]["rule"], "applications.balance");

    assert_eq!(lines[2]["file"], "nope.json");
    assert_eq!(lines[2]["valid"], false);
    assert_eq!(lines[2]["error"]["kind"], "read");
    assert_eq!(lines[2]["error"]["pointer"], "");
    assert!(lines[2]["error"]["message"].is_string());
    assert!(lines[2].get("issues").is_none());

    // The error still goes to standard error too.
    assert!(String::from_utf8_lossy(&output.stderr).contains("ogi-report: nope.json: cannot read"));
}

#[test]
fn json_format_reports_parse_errors_with_kind_pointer_and_position() {
    let mut report = example_value();
    report["applications"]["new_received"]["natural_person"] = Value::from("x");
    let file = scratch_file(
        "type-error-json.json",
        serde_json::to_string_pretty(&report).unwrap().as_bytes(),
    );
    let output = ogi_report()
        .args(["validate", "--format", "json", "-"])
        .arg(&file)
        .write_stdin("[]")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["file"], "-");
    assert_eq!(lines[0]["error"]["kind"], "structure");
    assert_eq!(lines[1]["valid"], false);
    let error = &lines[1]["error"];
    assert_eq!(error["kind"], "structure");
    assert_eq!(
        error["pointer"],
        "/applications/new_received/natural_person"
    );
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .starts_with("invalid type: string \"x\"")
    );
    assert!(error["line"].as_u64().unwrap() > 1);
    assert!(error["column"].as_u64().unwrap() > 1);
}

#[test]
fn previous_runs_the_checks_across_years() {
    // Consecutive years that agree: nothing to say.
    ogi_report()
        .args([
            "validate",
            "--previous",
            "tests/vectors/valid/county-department-2023.json",
            "tests/vectors/valid/county-department-2024.json",
        ])
        .assert()
        .code(0)
        .stdout(contains("county-department-2024.json: 无问题"));
    // The carry-over vector against its previous year: warnings, pointing into both reports.
    ogi_report()
        .args(["validate", "--previous", CARRY_OVER_PREVIOUS, CARRY_OVER])
        .assert()
        .code(0)
        .stdout(contains(format!(
            "{CARRY_OVER}: 警告 continuity.carry_over 应为 1，实为 2"
        )))
        .stdout(contains(
            "    上年报告：表三「四、结转下年度继续办理」×「自然人」",
        ))
        // Each term with its value and the year it comes from; a warning asks to check.
        .stdout(contains("（2023 年）为 1；"))
        .stdout(contains("请核实。"));
    // Without --previous, the same report has no issue.
    ogi_report()
        .args(["validate", CARRY_OVER])
        .assert()
        .code(0)
        .stdout(contains("无问题"));
}

#[test]
fn previous_in_json_gives_previous_paths() {
    let output = ogi_report()
        .args([
            "validate",
            "--format",
            "json",
            "--previous",
            CARRY_OVER_PREVIOUS,
            CARRY_OVER,
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["valid"], true);
    assert_eq!(lines[0]["issues"][0]["rule"], "continuity.carry_over");
    assert_eq!(
        lines[0]["issues"][0]["previous_paths"][0],
        "/applications/carried_forward_to_next_year/natural_person"
    );
}

#[test]
fn an_unreadable_previous_report_exits_2_but_the_files_are_still_checked() {
    ogi_report()
        .args(["validate", "--previous", "nope.json", EXAMPLE])
        .assert()
        .code(2)
        .stderr(contains("ogi-report: nope.json (--previous): cannot read:"))
        .stdout(contains(format!("{EXAMPLE}: 无问题")));
}

#[test]
fn schema_prints_the_committed_schemas() {
    for (args, generated, file) in [
        (
            &["schema"][..],
            ogi_report::schema::report_schema_json(),
            "schema/ogi-report.schema.json",
        ),
        (
            &["schema", "--entry"][..],
            ogi_report::schema::entry_schema_json(),
            "schema/ogi-report-2021.schema.json",
        ),
    ] {
        let output = ogi_report().args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert_eq!(stdout_of(&output), generated, "{args:?}");
        // The committed file, where it exists in this checkout.
        if let Ok(committed) = std::fs::read_to_string(root().join(file)) {
            assert_eq!(stdout_of(&output), committed, "{args:?} prints {file}");
        }
    }
}

#[test]
fn rules_lists_the_catalogue() {
    let output = ogi_report()
        .args(["rules", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout_of(&output), ogi_report::rules::catalogue_json());
    assert_eq!(
        stdout_of(&output),
        std::fs::read_to_string(root().join("schema/rules.json")).unwrap()
    );

    let output = ogi_report().arg("rules").output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = stdout_of(&output);
    for rule in ogi_report::rules::catalogue() {
        assert!(text.contains(rule.id.as_str()), "{} is listed", rule.id);
        assert!(text.contains(rule.title_zh), "{} has its title", rule.id);
    }
    ogi_report()
        .args(["rules", "--lang", "en"])
        .assert()
        .code(0)
        .stdout(contains("applications.balance  error  stated  Balance"));
}

#[test]
fn a_wrong_command_line_exits_2() {
    for args in [
        &["frobnicate"][..],
        &[],
        &["validate"],
        &["validate", "--frobnicate", EXAMPLE],
        &["validate", "--format", "xml", EXAMPLE],
        &["validate", "--lang", "fr", EXAMPLE],
        &["rules", "--format", "yaml"],
        &["schema", "extra"],
        &["schema", "--entry", "--entry"],
        &["schema", "--entry=2019"],
    ] {
        ogi_report()
            .args(args)
            .assert()
            .code(2)
            .stderr(contains("error:").or(contains("Usage:")))
            .stderr(no_panic_or_debug());
    }
}

#[test]
fn help_and_version_exit_0() {
    ogi_report()
        .arg("--help")
        .assert()
        .code(0)
        .stdout(contains("validate"))
        .stdout(contains("Exit codes"));
    ogi_report()
        .arg("--version")
        .assert()
        .code(0)
        .stdout(contains("ogi-report"));
}

#[test]
fn ndjson_checks_one_report_per_line_and_names_each_line() {
    let example = std::fs::read_to_string(root().join(EXAMPLE)).unwrap();
    let broken = std::fs::read_to_string(root().join(BROKEN)).unwrap();
    let compact =
        |text: &str| serde_json::to_string(&serde_json::from_str::<Value>(text).unwrap()).unwrap();
    let batch = format!("{}\n\n{}\nnot json\n", compact(&example), compact(&broken));
    let path = scratch_file("batch.ndjson", batch.as_bytes());
    let output = ogi_report()
        .args(["validate", "--ndjson", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "an unparseable line wins");
    let lines = json_lines(&output);
    let numbers: Vec<_> = lines.iter().map(|l| l["line"].as_u64().unwrap()).collect();
    assert_eq!(
        numbers,
        [1, 3, 4],
        "blank line 2 is skipped, line numbers are the file's"
    );
    assert_eq!(lines[0]["valid"], true);
    assert_eq!(lines[1]["valid"], false);
    assert_eq!(lines[1]["issues"][0]["rule"], "applications.balance");
    assert_eq!(lines[2]["error"]["kind"], "syntax");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("batch.ndjson:4: not valid JSON"),
        "{stderr}"
    );
}

#[test]
fn ndjson_of_valid_reports_exits_0_with_a_summary() {
    let example = std::fs::read_to_string(root().join(EXAMPLE)).unwrap();
    let line = serde_json::to_string(&serde_json::from_str::<Value>(&example).unwrap()).unwrap();
    let path = scratch_file("valid.ndjson", format!("{line}\n{line}\n{line}").as_bytes());
    ogi_report()
        .args(["validate", "--ndjson"])
        .arg(&path)
        .assert()
        .code(0)
        .stdout(contains(":3: 无问题"))
        .stdout(contains("共 3 份报告：3 份无错误，0 份有错误"));
}
