//! Builds a small report in Rust, fills in its totals and prints its JSON.
//!
//! ```text
//! cargo run --example build_report
//! ```

use std::io::Write;

use ogi_report::applications::ApplicantRow;
use ogi_report::other_matters::ProcessingFees;
use ogi_report::{Agency, AgencyKind, Amount, Report, TextPart};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let agency =
        Agency::new("某市某区交通运输局", AgencyKind::Department).with_region_code("370502");
    let mut report = Report::new(agency, 2024);
    report.published_on = chrono::NaiveDate::from_ymd_opt(2025, 1, 20);

    report.overview.disclosure_on_request = Some(TextPart::with_heading(
        "（二）依申请公开。",
        "本年度共收到政府信息公开申请 5 件，予以公开 3 件。",
    ));

    let table = &mut report.applications;
    table.new_received = ApplicantRow {
        natural_person: 4,
        commercial_enterprise: 1,
        ..Default::default()
    };
    table.outcomes.disclosed = ApplicantRow {
        natural_person: 2,
        commercial_enterprise: 1,
        ..Default::default()
    };
    table.outcomes.unable_to_provide.not_held.natural_person = 1;
    table.carried_forward_to_next_year.natural_person = 1;

    // `Report::new` makes a report in the current (2021) format: its table 二 is the 2021 one.
    if let Some(table) = report.proactive_disclosure.as_2021_mut() {
        table.administrative_fees_10k_yuan = "12.35".parse::<Amount>()?;
    }
    report.other_matters.processing_fees = Some(ProcessingFees::new(0, Amount::ZERO, Amount::ZERO));

    // Totals are never computed behind your back: fill them in explicitly for data entry.
    report.fill_totals()?;

    // A closed pipe (`… | head`) just ends the output.
    let _ = writeln!(
        std::io::stdout().lock(),
        "{}",
        report.to_json_string_pretty()
    );
    Ok(())
}
