//! A realistic batch of varied reports, the same every run: used by the benchmarks and by
//! `bench/src/bin/make_batch.rs` (which writes it as NDJSON for the command line).

use ogi_report::Report;

/// The valid report every generated one starts from (6.1 KB of compact JSON), built in, so that
/// the generator runs from any folder.
pub const BASE: &str = include_str!("../tests/vectors/valid/county-department-2024.json");

/// The example report, a base for example-sized batches (13.8 KB of compact JSON, mostly prose).
#[allow(dead_code)] // used by make_batch only
pub const EXAMPLE: &str = include_str!("../examples/reports/dongying-district-office-2023.json");

/// A small deterministic generator (no dependency, same batch every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as u32
    }
}

/// `count` varied reports: counts of tables 三 and 四 redrawn, totals and the text of 一（二）
/// made to agree, so three in four are consistent (no issue at all); every fourth has one cell
/// off by a few (errors, as in a report with a typing mistake).
#[allow(dead_code)] // used by the criterion benches only
pub fn reports(count: usize) -> impl Iterator<Item = Report> {
    reports_from(BASE, count)
}

/// [`reports`], varied from the report `base` (its JSON: [`BASE`] or [`EXAMPLE`]).
pub fn reports_from(base: &str, count: usize) -> impl Iterator<Item = Report> {
    let base = Report::from_json_str(base).expect("base report parses");
    let mut rng = Lcg(2024);
    (0..count).map(move |i| {
        let mut report = base.clone();
        let table = &mut report.applications;
        for row in [
            &mut table.outcomes.disclosed,
            &mut table.outcomes.partially_disclosed,
            &mut table.outcomes.unable_to_provide.not_held,
            &mut table.outcomes.other_handling.sub_rows_mut().unwrap().other,
        ] {
            row.natural_person = rng.next() % 500;
            row.commercial_enterprise = rng.next() % 20;
        }
        table.carried_forward_to_next_year.natural_person = 2 + rng.next() % 10;
        report.review_and_litigation.administrative_review.upheld = rng.next() % 5;
        report.fill_totals().expect("small counts never overflow");
        // 一 + 二 = 三（七） + 四, column by column.
        let table = &mut report.applications;
        let (total, forward, carried) = (
            table.outcomes.total,
            table.carried_forward_to_next_year,
            table.carried_over_from_previous_year,
        );
        table.new_received.natural_person =
            total.natural_person + forward.natural_person - carried.natural_person;
        table.new_received.commercial_enterprise = total.commercial_enterprise
            + forward.commercial_enterprise
            - carried.commercial_enterprise;
        report.fill_totals().expect("small counts never overflow");
        let table = &report.applications;
        let text = format!(
            "本年度共收到政府信息公开申请 {} 件，予以公开 {} 件，部分公开 {} 件，不予公开 {} 件。",
            table.new_received.total,
            table.outcomes.disclosed.total,
            table.outcomes.partially_disclosed.total,
            table.outcomes.not_disclosed_total(),
        );
        if let Some(part) = report.overview.disclosure_on_request.as_mut() {
            part.text = text;
        }
        if i % 4 == 0 {
            report.applications.outcomes.disclosed.natural_person += 1 + rng.next() % 3;
        }
        report
    })
}
