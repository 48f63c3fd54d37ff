//! Loads a report (by default the example report) and prints a summary of it.
//!
//! ```text
//! cargo run --example summary -- examples/reports/dongying-district-office-2023.json
//! ```

use std::io::Write;
use std::process::ExitCode;

use ogi_report::Report;
use ogi_report::proactive_disclosure::ProactiveDisclosure;
use ogi_report::rules::cell_label_in;

const DEFAULT: &str = "examples/reports/dongying-district-office-2023.json";

fn main() -> ExitCode {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| DEFAULT.to_owned());
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(err) => {
            eprintln!("{path}: cannot read: {err}");
            return ExitCode::from(2);
        }
    };
    let report = match Report::from_json_slice(&bytes) {
        Ok(report) => report,
        Err(err) => {
            eprintln!("{path}: {err}");
            return ExitCode::from(2);
        }
    };
    // A closed pipe (`… | head`) just ends the output.
    let _ = write_summary(&mut std::io::stdout().lock(), &report);
    ExitCode::SUCCESS
}

/// Writes the normative documents of table 二, in the edition the report printed.
fn write_table_two(out: &mut impl Write, report: &Report) -> std::io::Result<()> {
    let pointer = "/proactive_disclosure/normative_documents";
    let label = cell_label_in(report.format_version, pointer);
    match &report.proactive_disclosure {
        ProactiveDisclosure::V2021(table) => {
            let documents = table.normative_documents;
            writeln!(
                out,
                "{label}: issued {}, repealed {}, in force {}",
                documents.issued, documents.repealed, documents.in_force
            )
        }
        ProactiveDisclosure::V2019(table) => {
            let documents = table.normative_documents;
            writeln!(
                out,
                "{label} (2019 format): newly made {}, newly published {}, published in all {}",
                documents.new_made, documents.new_published, documents.total_published
            )
        }
    }
}

/// Writes the summary of `report`.
fn write_summary(out: &mut impl Write, report: &Report) -> std::io::Result<()> {
    let a = &report.applications;
    writeln!(
        out,
        "{} — {} ({:?})",
        report.agency.name, report.year, report.agency.kind
    )?;
    if let Some(date) = report.published_on {
        writeln!(out, "published on {date}")?;
    }
    write_table_two(out, report)?;
    writeln!(
        out,
        "table 3: {} new + {} carried over = {} handled + {} carried forward",
        a.new_received.total,
        a.carried_over_from_previous_year.total,
        a.outcomes.total.total,
        a.carried_forward_to_next_year.total,
    )?;
    let r = &report.review_and_litigation;
    writeln!(
        out,
        "table 4: reviews {}, lawsuits {} + {}",
        r.administrative_review.total,
        r.litigation_without_review.total,
        r.litigation_after_review.total,
    )?;
    let parts = report.overview.parts().count();
    writeln!(
        out,
        "一 has {parts} parts; 六 has {} additional items",
        report.other_matters.additional_parts.len()
    )?;
    Ok(())
}
