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

/// The report's cells as the checks count them, in `i64`: a blank total is the sum of its
/// parts even where that sum exceeds what the cell could hold.
pub(crate) fn counted_cells(report: &Report) -> Vec<i64> {
    let mut cells = counts_of(report);
    if !report.blank_cells.iter().any(|pointer| is_total(pointer)) {
        return cells;
    }
    let pointers = pointers_of(report, "");
    let blank = |pointer: &str| report.blank_cells.iter().any(|b| b == pointer);
    let table_four = pointers_of(&report.review_and_litigation.administrative_review, "").len();
    for (prefix, columns, total_row) in [
        ("/applications/", COLUMNS, true),
        ("/review_and_litigation/", table_four, false),
    ] {
        let Some(start) = pointers.iter().position(|p| p.starts_with(prefix)) else {
            continue;
        };
        let len = pointers[start..]
            .iter()
            .take_while(|p| p.starts_with(prefix))
            .count();
        let range = start..start + len;
        fill_table(
            &mut cells[range.clone()],
            &pointers[range],
            columns,
            total_row,
            &blank,
        );
    }
    cells
}

/// The report with each blank total set to the sum of its parts (other cells unchanged), or
/// the pointer of a blank total whose sum a cell cannot hold.
pub(crate) fn with_blank_totals_filled(report: &Report) -> Result<Report, String> {
    let cells = counted_cells(report);
    let mut filled = report.clone();
    let mut index = 0;
    let mut failed = None;
    filled.for_each_count_mut(&mut |cell| {
        if let Some(&value) = cells.get(index) {
            if !cell.set(value) {
                failed.get_or_insert(index);
            }
        }
        index += 1;
    });
    match failed {
        Some(index) => Err(pointers_of(report, "").swap_remove(index)),
        None => Ok(filled),
    }
}

/// Fills the blank totals of a table (its cells and their pointers) of rows of `columns`
/// cells, each ending in its total. With `total_row`, the last-but-one row is table 三's
/// （七）总计, the sum of the rows between the first two and it.
fn fill_table(
    cells: &mut [i64],
    pointers: &[String],
    columns: usize,
    total_row: bool,
    blank: &dyn Fn(&str) -> bool,
) {
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
}
