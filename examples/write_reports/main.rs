//! Writes generated reports for the JavaScript parity test (`js/test/parity.mjs`): consistent
//! reports of every shape (both editions of table 二, both forms of （六）, blank totals) and
//! arbitrary ones (sums broken, cells mutated, blank cells, every layout), each as
//! `NNNN.json`; every fourth also with a previous year's report (mostly of the same agency and year − 1;
//! some not comparable) as
//! `NNNN.previous.json`. Deterministic.
//!
//! With `--prose`, it writes instead reports whose prose restates their figures, for the
//! narrative rules (see `prose.rs`): every sentence of the prose corpus
//! (`tests/narrative/corpus.json`) in its base report (`corpus-NNN.json`); the real and
//! vector reports as they are and with some of the figures their prose restates moved
//! (`real-NAME-K.json`); and COUNT reports (default 1000) whose texts restate their own figures
//! with the words of the catalogue's phrase table, about half of them wrongly (`prose-NNNN.json`).
//!
//! ```sh
//! cargo run --example write_reports --features proptest -- DIR [COUNT]
//! cargo run --example write_reports --features proptest -- --prose DIR [COUNT]
//! ```

mod prose;

use ogi_report::Report;

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1).peekable();
    let with_prose = args.next_if_eq("--prose").is_some();
    let folder = args
        .next()
        .ok_or("usage: write_reports [--prose] DIR [COUNT]")?;
    if with_prose {
        let count: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(1000);
        return write_prose(&folder, count);
    }
    let count: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(1200);
    std::fs::create_dir_all(&folder)?;
    let mut runner = TestRunner::deterministic();
    let consistent = ogi_report::arbitrary::shaped_report().prop_map(|(_, report)| report);
    let arbitrary = ogi_report::arbitrary::any_report();
    for index in 0..count {
        let report = if index % 2 == 0 {
            tree(&consistent, &mut runner)?
        } else {
            tree(&arbitrary, &mut runner)?
        };
        let path = format!("{folder}/{index:04}.json");
        std::fs::write(&path, report.to_json_string())?;
        if index % 4 == 1 && report.year > ogi_report::MIN_YEAR + 1 {
            let mut previous = tree(&arbitrary, &mut runner)?;
            // Every other pair is not comparable (continuity.comparable): two years apart, or
            // another agency (a drawn one).
            previous.year = report.year - if index % 16 == 5 { 2 } else { 1 };
            if index % 16 != 9 {
                previous.agency = report.agency.clone();
            }
            let path = format!("{folder}/{index:04}.previous.json");
            std::fs::write(&path, previous.to_json_string())?;
        }
    }
    Ok(())
}

/// The reports of `--prose` (see the module's documentation).
fn write_prose(folder: &str, count: usize) -> Result<(), Box<dyn std::error::Error>> {
    std::fs::create_dir_all(folder)?;
    let mut rng = prose::Rng::new(2026);
    let read = |path: &str| -> Result<Report, Box<dyn std::error::Error>> {
        Ok(Report::from_json_str(&std::fs::read_to_string(path)?)?)
    };
    let corpus: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string("tests/narrative/corpus.json")?)?;
    for (index, case) in corpus.iter().enumerate() {
        let base = match case["report"].as_str().unwrap_or_default() {
            "county-2020" => "tests/vectors/valid/county-department-2020.json",
            "shanghai-2019" => "examples/reports/shanghai-government-office-2019.json",
            "dongying-2023" => "examples/reports/dongying-district-office-2023.json",
            _ => "tests/vectors/valid/county-department-2024.json",
        };
        let mut report = read(base)?;
        let text = case["text"].as_str().unwrap_or_default().to_owned();
        report
            .overview
            .disclosure_on_request
            .get_or_insert_default()
            .text = text;
        std::fs::write(
            format!("{folder}/corpus-{index:03}.json"),
            report.to_json_string(),
        )?;
    }
    let mut real = Vec::new();
    for dir in ["examples/reports", "tests/vectors/valid"] {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path().to_string_lossy().into_owned();
            if path.ends_with(".json") && !path.ends_with(".expected.json") {
                real.push(path);
            }
        }
    }
    real.sort();
    for path in &real {
        let report = read(path)?;
        let name = path
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .trim_end_matches(".json");
        std::fs::write(
            format!("{folder}/real-{name}-0.json"),
            report.to_json_string(),
        )?;
        for k in 1..=6 {
            let moved = prose::with_figures_moved(&report, k, &mut rng);
            std::fs::write(
                format!("{folder}/real-{name}-{k}.json"),
                moved.to_json_string(),
            )?;
        }
    }
    let mut runner = TestRunner::deterministic();
    let consistent = ogi_report::arbitrary::shaped_report().prop_map(|(_, report)| report);
    let arbitrary = ogi_report::arbitrary::any_report();
    for index in 0..count {
        let report = if index % 4 == 3 {
            tree(&arbitrary, &mut runner)?
        } else {
            tree(&consistent, &mut runner)?
        };
        let report = prose::restated(&report, &mut rng);
        std::fs::write(
            format!("{folder}/prose-{index:04}.json"),
            report.to_json_string(),
        )?;
    }
    Ok(())
}

/// One value drawn from `strategy`.
fn tree<S: Strategy>(strategy: &S, runner: &mut TestRunner) -> Result<S::Value, String> {
    Ok(strategy
        .new_tree(runner)
        .map_err(|reason| reason.to_string())?
        .current())
}
