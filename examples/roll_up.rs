//! Rolls up reports the way a government sums its departments ([`Report::roll_up`]): reads
//! reports as NDJSON on standard input and writes, per year, the roll-up of that year's
//! reports as one report per line. The analysts' check (`.ci/analysts`) compares DuckDB's sums
//! over an export with the export of these roll-ups.
//!
//! ```text
//! cargo run --example roll_up < reports.ndjson > roll-ups.ndjson
//! ```

use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use ogi_report::{Agency, AgencyKind, Report};

fn main() -> ExitCode {
    let mut by_year: BTreeMap<u16, Report> = BTreeMap::new();
    for (index, line) in io::stdin().lock().lines().enumerate() {
        let line = match line {
            Ok(line) if line.trim().is_empty() => continue,
            Ok(line) => line,
            Err(err) => {
                eprintln!("<stdin>:{}: cannot read: {err}", index + 1);
                return ExitCode::from(2);
            }
        };
        let report = match Report::from_json_str(&line) {
            Ok(report) => report,
            Err(err) => {
                eprintln!("<stdin>:{}: {err}", index + 1);
                return ExitCode::from(2);
            }
        };
        let agency = Agency::new(format!("{}年合计", report.year), AgencyKind::Government);
        let sum = match by_year.remove(&report.year) {
            None => Report::roll_up(agency, [&report]),
            Some(sum) => Report::roll_up(agency, [&sum, &report]),
        };
        match sum {
            Ok(sum) => {
                by_year.insert(report.year, sum);
            }
            Err(err) => {
                eprintln!("<stdin>:{}: {err}", index + 1);
                return ExitCode::from(1);
            }
        }
    }
    let mut out = io::stdout().lock();
    for sum in by_year.values() {
        if writeln!(out, "{}", sum.to_json_string()).is_err() {
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
