//! What a cell printed blank counts as (`blank_cells`): a blank total counts as the sum of its
//! parts, any other blank cell as 0 (the value it holds). So a document that left its 总计
//! column blank gets no sum error from it; rule `blank_cells.totals` says once per table that
//! totals were left blank.

use crate::Report;
use crate::applications::COLUMNS;
use crate::cells::{Cells, counts_of, pointers_of};

/// Whether the number cell at `pointer` is a total: a 总计 cell of table 三 or 四, or a cell of
/// table 三's row （七）总计.
pub(crate) fn is_total(pointer: &str) -> bool {
    let in_tables =
        pointer.starts_with("/applications/") || pointer.starts_with("/review_and_litigation/");
    in_tables
        && (pointer.ends_with("/total") || pointer.starts_with("/applications/outcomes/total/"))
}

/// The report's cells as the checks count them.
pub(crate) fn counted_cells(report: &Report) -> Vec<i64> {
    if report.blank_cells.iter().any(|pointer| is_total(pointer)) {
        counts_of(&with_blank_totals_filled(report))
    } else {
        counts_of(report)
    }
}

/// The report with each blank total set to the sum of its parts (other cells unchanged).
pub(crate) fn with_blank_totals_filled(report: &Report) -> Report {
    let blank = |pointer: &str| report.blank_cells.iter().any(|b| b == pointer);
    let mut filled = report.clone();
    fill_table(
        &mut filled.applications,
        "/applications",
        COLUMNS,
        true,
        &blank,
    );
    let columns = pointers_of(&report.review_and_litigation.administrative_review, "").len();
    fill_table(
        &mut filled.review_and_litigation,
        "/review_and_litigation",
        columns,
        false,
        &blank,
    );
    filled
}

/// Fills the blank totals of a table of rows of `columns` cells, each ending in its total. With
/// `total_row`, the last-but-one row is table 三's （七）总计, the sum of the rows between the
/// first two and it.
fn fill_table<T: Cells>(
    table: &mut T,
    prefix: &str,
    columns: usize,
    total_row: bool,
    blank: &dyn Fn(&str) -> bool,
) {
    let pointers = pointers_of(table, prefix);
    let mut cells = counts_of(table);
    let rows = cells.len() / columns;
    if total_row && rows >= 4 {
        let sum_row = rows - 2;
        for column in 0..columns - 1 {
            let at = sum_row * columns + column;
            if blank(&pointers[at]) {
                cells[at] = (2..sum_row).map(|row| cells[row * columns + column]).sum();
            }
        }
    }
    for row in 0..rows {
        let at = row * columns + columns - 1;
        if blank(&pointers[at]) {
            cells[at] = cells[row * columns..at].iter().sum();
        }
    }
    let mut values = cells.into_iter();
    table.for_each_count_mut(&mut |cell| {
        if let Some(value) = values.next() {
            // A sum beyond what the cell holds stays as printed (0): the rules then say so.
            cell.set(value);
        }
    });
}
