//! Writes generated reports for the JavaScript parity test (`js/test/parity.mjs`): consistent
//! reports of every shape (both editions of table 二, both forms of （六）, blank totals) and
//! arbitrary ones (sums broken, cells mutated, blank cells, every layout), each as
//! `NNNN.json`; every fourth also with a previous year's report (mostly of the same agency and year − 1;
//! some not comparable) as
//! `NNNN.previous.json`. Deterministic.
//!
//! ```sh
//! cargo run --example write_reports --features proptest -- DIR [COUNT]
//! ```

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let folder = args.next().ok_or("usage: write_reports DIR [COUNT]")?;
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

/// One value drawn from `strategy`.
fn tree<S: Strategy>(strategy: &S, runner: &mut TestRunner) -> Result<S::Value, String> {
    Ok(strategy
        .new_tree(runner)
        .map_err(|reason| reason.to_string())?
        .current())
}
