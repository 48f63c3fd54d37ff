//! Cells printed blank (`blank_cells`): a blank cell holds 0 and is listed by its pointer.

use proptest::prelude::*;
use proptest::sample::subsequence;

use crate::cells::{Cells, counts_of, pointers_of};
use crate::proactive_disclosure::ProactiveDisclosure;
use crate::{Amount, Report};

/// Whether the number cell at `pointer` is a total as the wire format defines it: a `total`
/// cell of table 三 or 四, or a cell of table 三's row （七）总计.
pub(super) fn is_total(pointer: &str) -> bool {
    let in_tables =
        pointer.starts_with("/applications/") || pointer.starts_with("/review_and_litigation/");
    in_tables
        && (pointer.ends_with("/total") || pointer.starts_with("/applications/outcomes/total/"))
}

/// The pointer of table 二's amount (a number cell that is not a count) and whether it is 0.
fn table_two_amount(report: &Report) -> (&'static str, bool) {
    match &report.proactive_disclosure {
        ProactiveDisclosure::V2021(table) => (
            "/proactive_disclosure/administrative_fees_10k_yuan",
            table.administrative_fees_10k_yuan.is_zero(),
        ),
        ProactiveDisclosure::V2019(table) => (
            "/proactive_disclosure/government_procurement/total_amount/value",
            table.government_procurement.total_amount.value.is_zero(),
        ),
    }
}

/// Every number cell of tables 二, 三 and 四 (counts, then table 二's amount), with whether it
/// holds 0.
fn number_cells(report: &Report) -> Vec<(String, bool)> {
    let mut cells: Vec<(String, bool)> = pointers_of(report, "")
        .into_iter()
        .zip(counts_of(report))
        .map(|(pointer, value)| (pointer, value == 0))
        .collect();
    let (amount, zero) = table_two_amount(report);
    cells.push((amount.to_owned(), zero));
    cells
}

/// The report with the cells at `pointers` set to 0 and listed as blank (in that order).
fn blanked(mut report: Report, pointers: Vec<String>) -> Report {
    let all = pointers_of(&report, "");
    let mut index = 0;
    report.for_each_count_mut(&mut |cell| {
        if pointers.contains(&all[index]) {
            cell.set(0);
        }
        index += 1;
    });
    let (amount, _) = table_two_amount(&report);
    if pointers.iter().any(|p| p == amount) {
        match &mut report.proactive_disclosure {
            ProactiveDisclosure::V2021(table) => table.administrative_fees_10k_yuan = Amount::ZERO,
            ProactiveDisclosure::V2019(table) => {
                table.government_procurement.total_amount.value = Amount::ZERO;
            }
        }
    }
    report.blank_cells = pointers;
    report
}

/// Some of `pointers` (none, any, or all of them), in any order.
fn some_of(pointers: Vec<String>, at_least: usize) -> BoxedStrategy<Vec<String>> {
    let len = pointers.len();
    if len < at_least {
        return Just(Vec::new()).boxed();
    }
    let all = Just(pointers.clone());
    let any = subsequence(pointers, at_least..=len);
    prop_oneof![1 => all, 3 => any]
        .prop_flat_map(|chosen| Just(chosen).prop_shuffle())
        .boxed()
}

/// The blank totals a document may have: the whole 总计 column of table 三, the whole of both
/// tables' totals, or any non-empty choice of them.
fn blank_totals(report: &Report) -> BoxedStrategy<Vec<String>> {
    let totals: Vec<String> = pointers_of(report, "")
        .into_iter()
        .filter(|p| is_total(p))
        .collect();
    let column: Vec<String> = totals
        .iter()
        .filter(|p| p.starts_with("/applications/") && p.ends_with("/total"))
        .cloned()
        .collect();
    prop_oneof![
        1 => Just(column),
        3 => some_of(totals, 1),
    ]
    .boxed()
}

/// `report` (consistent) with some of its cells printed blank, keeping it consistent: cells
/// that are not totals and hold 0, and, when `with_totals`, at least one total (its value
/// dropped: a blank total counts as the sum of its parts).
pub(super) fn with_blank_cells(report: Report, with_totals: bool) -> BoxedStrategy<Report> {
    let zeros: Vec<String> = number_cells(&report)
        .into_iter()
        .filter(|(pointer, zero)| *zero && !is_total(pointer))
        .map(|(pointer, _)| pointer)
        .collect();
    let leaves = prop_oneof![2 => Just(Vec::new()), 1 => some_of(zeros, 0)];
    let totals = if with_totals {
        blank_totals(&report)
    } else {
        Just(Vec::new()).boxed()
    };
    (leaves, totals)
        .prop_flat_map(|(leaves, totals)| Just([totals, leaves].concat()).prop_shuffle())
        .prop_map(move |pointers| blanked(report.clone(), pointers))
        .boxed()
}

/// `report` with any of its number cells printed blank (set to 0 and listed), now and then.
pub(super) fn with_any_blank_cells(report: Report) -> BoxedStrategy<Report> {
    let cells: Vec<String> = number_cells(&report).into_iter().map(|(p, _)| p).collect();
    prop_oneof![3 => Just(Vec::new()), 1 => some_of(cells, 0)]
        .prop_map(move |pointers| blanked(report.clone(), pointers))
        .boxed()
}
