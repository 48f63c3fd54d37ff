//! Whole reports: consistent ones of every shape, arbitrary ones of every layout, and batches
//! to roll up.

use std::ops::RangeInclusive;

use proptest::collection::vec;
use proptest::prelude::*;

use super::ReportShape;
use super::blank::{with_any_blank_cells, with_blank_cells};
use super::counts::{
    Bounds, any_table_four, any_table_three, consistent_table_four, consistent_table_three, scale,
};
use super::identity::{agency, day_of, may_issue_rules, timely_date, year};
use super::restatements::{any_restatements, correct_restatements, place, placements};
use super::table_two::{any_fees, any_table_two, consistent_fees, consistent_table_two};
use super::text::{filler, other_matters, overview, problems, text, text_of};
use crate::proactive_disclosure::ProactiveDisclosure;
use crate::{Agency, FormatVersion, MAX_YEAR, MIN_YEAR, Report};

/// The most reports [`reports_to_roll_up`] draws in one batch.
pub const MAX_ROLL_UP_BATCH: usize = 8;

/// The years a report of `shape` is drawn for: any year, but a 2019 table 二 only up to 2020
/// when `outdated` is not allowed (a later one is an outdated template).
fn years_of(shape: ReportShape, outdated: bool) -> RangeInclusive<u16> {
    match shape.table_two {
        FormatVersion::V2019 if !outdated => MIN_YEAR..=FormatVersion::V2021.first_year() - 1,
        _ => MIN_YEAR..=MAX_YEAR,
    }
}

/// A report on which [`Report::check`] finds nothing at all: every sum and bound holds, the
/// figures are plausible for the agency, the report is published on time (or has no date), the
/// prose restates table 三 and the fee figures correctly, and the tables follow one edition
/// (the 2021 edition, or the 2019 one in a report on 2019 or 2020). Cells that hold 0 are now
/// and then printed blank (listed in `blank_cells`); totals never are.
///
/// ```
/// use ogi_report::arbitrary::consistent_report;
/// use proptest::prelude::*;
///
/// proptest!(|(report in consistent_report())| {
///     prop_assert!(report.check().is_empty());
/// });
/// ```
pub fn consistent_report() -> BoxedStrategy<Report> {
    prop_oneof![
        3 => consistent_report_in(ReportShape::CURRENT, false),
        1 => consistent_report_in(ReportShape::TRIAL_2019, false),
    ]
    .boxed()
}

/// A report of `shape` on which [`Report::check`] finds exactly the warnings the shape implies
/// ([`ReportShape::implied_warnings`] for its year) and nothing else. A 2019 table 二 is drawn
/// for any year, so for 2021 onward with an outdated-template warning.
///
/// ```
/// use ogi_report::FormatVersion;
/// use ogi_report::arbitrary::{ReportShape, consistent_report_of};
/// use proptest::prelude::*;
///
/// let mixed = ReportShape {
///     table_two: FormatVersion::V2021,
///     other_handling: FormatVersion::V2019,
///     blank_totals: true,
/// };
/// proptest!(|(report in consistent_report_of(mixed))| {
///     let mut found: Vec<_> = report.check().iter().map(|issue| issue.rule).collect();
///     found.dedup();
///     prop_assert_eq!(found, mixed.implied_warnings(report.year));
/// });
/// ```
pub fn consistent_report_of(shape: ReportShape) -> BoxedStrategy<Report> {
    consistent_report_in(shape, true)
}

/// A consistent report of any shape, with its shape (see [`consistent_report_of`]).
///
/// ```
/// use ogi_report::arbitrary::shaped_report;
/// use proptest::prelude::*;
///
/// proptest!(|((shape, report) in shaped_report())| {
///     let mut found: Vec<_> = report.check().iter().map(|issue| issue.rule).collect();
///     found.dedup();
///     prop_assert_eq!(found, shape.implied_warnings(report.year));
/// });
/// ```
pub fn shaped_report() -> BoxedStrategy<(ReportShape, Report)> {
    proptest::sample::select(ReportShape::all())
        .prop_flat_map(|shape| (Just(shape), consistent_report_of(shape)))
        .boxed()
}

fn consistent_report_in(shape: ReportShape, outdated: bool) -> BoxedStrategy<Report> {
    (agency(), years_of(shape, outdated))
        .prop_flat_map(move |(agency, year)| {
            consistent_report_for(shape, Bounds::ONE_REPORT, agency, year)
        })
        .boxed()
}

/// A consistent report of `agency` on `year` in `shape`, its figures within `bounds`.
fn consistent_report_for(
    shape: ReportShape,
    bounds: Bounds,
    agency: Agency,
    year: u16,
) -> BoxedStrategy<Report> {
    let texts = (
        proptest::option::of(timely_date(agency.kind, year)),
        proptest::option::of(filler()),
        proptest::option::of(filler()),
        proptest::option::of(filler()),
        overview(filler()),
        problems(filler()),
        other_matters(filler()),
    );
    let tables = (
        consistent_table_two(shape.table_two, bounds, may_issue_rules(&agency)),
        consistent_table_three(bounds, shape.other_handling),
        consistent_table_four(bounds),
    );
    (texts, tables)
        .prop_map(move |(texts, tables)| {
            let (published_on, title, preamble, closing, overview, problems, other) = texts;
            let mut report = Report::of_edition(shape.table_two, agency.clone(), year);
            report.published_on = published_on;
            report.title = title;
            report.preamble = preamble;
            report.closing = closing;
            report.overview = overview;
            report.problems_and_improvements = problems;
            report.other_matters = other;
            (report.proactive_disclosure, report.applications) = (tables.0, tables.1);
            report.review_and_litigation = tables.2;
            report
        })
        .prop_flat_map(move |report| {
            let needs_notice = report
                .applications
                .outcomes
                .other_handling
                .sub_rows()
                .is_some_and(|rows| rows.fee_not_paid.total > 0);
            let fees = if needs_notice {
                consistent_fees(bounds, true).prop_map(Some).boxed()
            } else {
                proptest::option::of(consistent_fees(bounds, false)).boxed()
            };
            (Just(report), fees, vec(0usize..8, 0..6), placements(6))
        })
        .prop_map(|(mut report, fees, chosen, placements)| {
            report.other_matters.processing_fees = fees;
            let all = correct_restatements(&report);
            let statements: Vec<String> = chosen
                .into_iter()
                .filter_map(|index| all.get(index).cloned())
                .collect();
            place(&mut report, &statements, &placements);
            report
        })
        .prop_flat_map(move |report| with_blank_cells(report, shape.blank_totals))
        .boxed()
}

/// Batches of 1 to [`MAX_ROLL_UP_BATCH`] consistent reports to add up with
/// [`Report::roll_up`]: one year, one layout (edition of table 二, form of （六）, unit of the
/// 2019 procurement amount), any agencies, and figures small enough that no sum of a batch
/// overflows. Totals may be printed blank.
///
/// ```
/// use ogi_report::arbitrary::reports_to_roll_up;
/// use ogi_report::{Agency, AgencyKind, Report};
/// use proptest::prelude::*;
///
/// proptest!(|(reports in reports_to_roll_up())| {
///     let county = Agency::new("某县人民政府", AgencyKind::Government);
///     prop_assert!(Report::roll_up(county, &reports).is_ok());
/// });
/// ```
pub fn reports_to_roll_up() -> BoxedStrategy<Vec<Report>> {
    let bounds = Bounds::for_batch(MAX_ROLL_UP_BATCH as u32);
    (
        proptest::sample::select(ReportShape::all()),
        year(),
        1..=MAX_ROLL_UP_BATCH,
    )
        .prop_flat_map(move |(shape, year, count)| {
            let report = agency()
                .prop_flat_map(move |agency| consistent_report_for(shape, bounds, agency, year));
            vec(report, count)
        })
        .prop_map(with_one_procurement_unit)
        .boxed()
}

/// The reports with the 2019 procurement amount in the first report's unit.
fn with_one_procurement_unit(mut reports: Vec<Report>) -> Vec<Report> {
    let unit = reports
        .first()
        .and_then(|r| r.proactive_disclosure.as_2019())
        .map(|table| table.government_procurement.total_amount.unit);
    for report in &mut reports {
        if let (Some(unit), ProactiveDisclosure::V2019(table)) =
            (unit, &mut report.proactive_disclosure)
        {
            table.government_procurement.total_amount.unit = unit;
        }
    }
    reports
}

/// Any report the wire format accepts, of any layout: every count drawn on its own (totals
/// included), in some reports over the whole `u32` range; arbitrary text, amounts, agency and
/// dates; restatements with arbitrary figures; table 二 in either edition (`format_version`
/// following it), （六） in either form, some cells printed blank, fee figures each optional.
///
/// ```
/// use ogi_report::Report;
/// use ogi_report::arbitrary::any_report;
/// use proptest::prelude::*;
///
/// proptest!(|(report in any_report())| {
///     let back = Report::from_json_str(&report.to_json_string()).unwrap();
///     prop_assert_eq!(back, report);
/// });
/// ```
pub fn any_report() -> BoxedStrategy<Report> {
    let identity = (
        agency(),
        year(),
        proptest::option::of(-400i64..1_100),
        proptest::option::of(text_of(60)),
        proptest::option::of(text()),
        proptest::option::of(text()),
    );
    let texts = (overview(text()), problems(text()), other_matters(text()));
    let tables = scale(u32::MAX).prop_flat_map(|max| {
        (
            any_table_two(max),
            any_table_three(max),
            any_table_four(max),
            proptest::option::of(any_fees(max)),
        )
    });
    let notes = [0; 3].map(|_| proptest::option::of(text()));
    (
        identity,
        texts,
        tables,
        notes,
        any_restatements(),
        placements(4),
    )
        .prop_map(|(identity, texts, tables, notes, statements, placements)| {
            let (agency, year, published, title, preamble, closing) = identity;
            let (two, three, four, fees) = tables;
            let mut report = Report::of_edition(two.edition(), agency, year);
            report.published_on = published.map(|days| day_of(year, days));
            (report.title, report.preamble, report.closing) = (title, preamble, closing);
            (report.overview, report.problems_and_improvements) = (texts.0, texts.1);
            report.other_matters = texts.2;
            report.other_matters.processing_fees = fees;
            (report.proactive_disclosure, report.applications) = (two, three);
            report.review_and_litigation = four;
            let [note_two, note_three, note_four] = notes;
            set_table_two_note(&mut report.proactive_disclosure, note_two);
            report.applications.note = note_three;
            report.review_and_litigation.note = note_four;
            place(&mut report, &statements, &placements);
            report
        })
        .prop_flat_map(with_any_blank_cells)
        .boxed()
}

fn set_table_two_note(table: &mut ProactiveDisclosure, note: Option<String>) {
    match table {
        ProactiveDisclosure::V2021(table) => table.note = note,
        ProactiveDisclosure::V2019(table) => table.note = note,
    }
}
