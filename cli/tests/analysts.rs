//! `ogi-report render` and `ogi-report export` run as an analyst would. The browser and DuckDB
//! checks of the same commands are in `.ci/analysts`.

mod common;

use assert_cmd::Command;
use common::{ogi_report, root};
use ogi_report::Report;
use ogi_report::number_cells::CellValue;
use predicates::str::contains;

/// The example report: a real published report, with no issue.
const EXAMPLE: &str = "examples/reports/dongying-district-office-2023.json";
/// The 2019 example, with blank cells.
const EXAMPLE_2019: &str = "examples/reports/shanghai-government-office-2019.json";
/// A report whose carried-forward column is one too large: two `applications.balance` errors.
const BROKEN: &str = "tests/vectors/invalid/balance-carried-forward-too-large-by-one.json";

fn report(path: &str) -> Report {
    Report::from_json_slice(&std::fs::read(root().join(path)).expect("readable")).expect("a report")
}

fn stdout(command: &mut Command) -> String {
    String::from_utf8(command.output().expect("runs").stdout).expect("UTF-8")
}

#[test]
fn html_holds_every_figure_in_a_cell_named_by_its_pointer() {
    let html = stdout(ogi_report().args(["render", EXAMPLE_2019]));
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no network"
    );
    for cell in report(EXAMPLE_2019).number_cells() {
        let shown = match (cell.blank, cell.value) {
            (true, _) => String::new(),
            (false, CellValue::Count(n)) => n.to_string(),
            // The 2019 procurement total prints its unit beside the figure.
            (false, CellValue::Amount(a)) if cell.unit_in_cell() => {
                format!("{a} {}", cell.unit.expect("an amount's unit").name_zh())
            }
            (false, CellValue::Amount(a)) => a.to_string(),
        };
        let td = format!("id=\"cell{}\"", cell.pointer);
        let at = html
            .find(&td)
            .unwrap_or_else(|| panic!("{} rendered", cell.pointer));
        let value = format!("<span class=\"value\">{shown}</span>");
        let end = html[at..].find("</td>").expect("closed") + at;
        assert!(
            html[at..end].contains(&value),
            "{}: {shown:?}",
            cell.pointer
        );
    }
    for label in [
        "申请人情况",
        "法人或其他组织",
        "三、本年度办理结果",
        "勾稽关系",
        "第二十条第（九）项",
    ] {
        assert!(html.contains(label), "{label}");
    }
}

#[test]
fn issues_are_marked_on_their_cells_and_listed() {
    let assert = ogi_report().args(["render", BROKEN]).assert().code(1);
    let html = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    let cell = "id=\"cell/applications/carried_forward_to_next_year/natural_person\"";
    let at = html.find(cell).expect("the cell");
    let td_start = html[..at].rfind("<td").expect("in a td");
    let td = &html[td_start..at + html[at..].find("</td>").expect("closed")];
    assert!(td.contains("error"), "{td}");
    assert!(td.contains("href=\"#issue-1\""), "{td}");
    assert!(html.contains("<li id=\"issue-1\" class=\"error\">"));
    assert!(
        html.contains("href=\"#cell/applications/carried_forward_to_next_year/natural_person\"")
    );
}

#[test]
fn markdown_prints_tables_and_footnotes_in_english_on_request() {
    ogi_report()
        .args(["render", BROKEN, "--format", "markdown", "--lang", "en"])
        .assert()
        .code(1)
        .stdout(contains("| 一、本年新收政府信息公开申请数量 |"))
        .stdout(contains("[^1]: **error** `applications.balance`"))
        .stdout(contains("## Issues (2)"));
}

#[test]
fn the_long_csv_has_one_row_per_number_cell_and_the_wide_one_row_per_report() {
    let long = stdout(ogi_report().args([
        "export",
        EXAMPLE,
        EXAMPLE_2019,
        "--format",
        "csv",
        "-o",
        "-",
    ]));
    let cells = report(EXAMPLE).number_cells().len() + report(EXAMPLE_2019).number_cells().len();
    assert_eq!(long.lines().count(), 1 + cells);
    assert!(long.starts_with("source,agency,region_code,kind,year,edition,table,row_id,column_id,row_label,column_label,value,amount,amount_unit,blank\n"));
    assert!(long.contains(",三,outcomes/not_disclosed/state_secret,natural_person,三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密,自然人,"));
    // A blank total counts as the sum of its parts, flagged blank.
    assert!(long.contains(
        ",三,outcomes/disclosed,total,三、本年度办理结果 › （一）予以公开,总计,272,,,true"
    ));
    // Amounts carry their unit: the 2021 fees in 万元, the 2019 procurement total as printed.
    assert!(long.contains(",二,administrative_fees_10k_yuan,,"));
    assert!(long.contains(",10k_yuan,false\n"));
    assert!(long.contains(",二,government_procurement,total_amount,"));
    assert!(long.contains(",yuan,false\n"));
    let wide = stdout(ogi_report().args([
        "export",
        EXAMPLE,
        EXAMPLE_2019,
        "--format",
        "csv",
        "--wide",
        "-o",
        "-",
    ]));
    assert_eq!(wide.lines().count(), 3);
    assert!(
        wide.lines()
            .nth(2)
            .expect("a row")
            .contains(",2019,2019,859,18,")
    );
}

#[test]
fn parquet_goes_to_a_file_and_ndjson_lines_are_named_when_broken() {
    let dir = std::env::temp_dir().join(format!("ogi-report-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let ndjson = dir.join("reports.ndjson");
    let line = report(EXAMPLE).to_json_string();
    std::fs::write(&ndjson, format!("{line}\n{{\"year\": 1}}\n{line}\n")).expect("written");
    let output = dir.join("out.parquet");
    ogi_report()
        .arg("export")
        .arg(&ndjson)
        .args(["--ndjson", "--format", "parquet", "--output"])
        .arg(&output)
        .assert()
        .code(2)
        .stderr(contains("reports.ndjson:2:"));
    let bytes = std::fs::read(&output).expect("written");
    assert!(bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"));
    ogi_report()
        .args(["export", EXAMPLE, "--format", "parquet", "-o", "-"])
        .assert()
        .code(2)
        .stderr(contains("Parquet is written to a file"));
    std::fs::remove_dir_all(&dir).expect("removed");
}
