//! Blank cells as the wire format specifies them, from the specification alone (no crate
//! code): a cell listed in `blank_cells` counts as 0, except a blank total (a `total` cell of
//! table 三 or 四, a cell of row （七）总计), which counts as the sum of its parts.
#![allow(dead_code)]

use serde_json::Value;

/// Row （七）总计 of table 三.
const ROW_SEVEN: &str = "/applications/outcomes/total";

/// Whether the cell at `pointer` is a total: a `total` cell of table 三 or 四, or a cell of
/// row （七）总计.
pub fn is_total(pointer: &str) -> bool {
    let in_tables =
        pointer.starts_with("/applications/") || pointer.starts_with("/review_and_litigation/");
    in_tables && (pointer.ends_with("/total") || pointer.starts_with(&format!("{ROW_SEVEN}/")))
}

/// The pointers listed in the document's `blank_cells`.
pub fn blank_cells(document: &Value) -> Vec<String> {
    document["blank_cells"]
        .as_array()
        .map(|cells| {
            cells
                .iter()
                .filter_map(|c| c.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// The parts of the total at `pointer`: the other cells of its row (or group), or for a cell
/// of row （七） (not its `total`) that column of every result row.
pub fn parts_of(document: &Value, pointer: &str) -> Vec<String> {
    let (row, column) = pointer.rsplit_once('/').expect("a cell pointer");
    if row == ROW_SEVEN && column != "total" {
        let mut out = Vec::new();
        collect_column(
            &document
                .pointer("/applications/outcomes")
                .cloned()
                .unwrap_or_default(),
            "/applications/outcomes",
            column,
            &mut out,
        );
        return out;
    }
    match document.pointer(row).and_then(Value::as_object) {
        Some(cells) => cells
            .iter()
            .filter(|(key, value)| *key != "total" && value.is_number())
            .map(|(key, _)| super::child(row, key))
            .collect(),
        None => Vec::new(),
    }
}

/// The cells `column` of every result row below `prefix` (row （七） excepted).
fn collect_column(value: &Value, prefix: &str, column: &str, out: &mut Vec<String>) {
    let Some(object) = value.as_object() else {
        return;
    };
    if prefix == ROW_SEVEN {
        return;
    }
    if object.get(column).is_some_and(Value::is_number) {
        out.push(super::child(prefix, column));
    }
    for (key, child) in object {
        collect_column(child, &super::child(prefix, key), column, out);
    }
}

/// The value of the cell at `pointer` as the checks count it (`None` when the document has
/// no such cell): a blank total the sum of its parts, another blank cell 0, any other cell
/// what it holds.
pub fn counted(document: &Value, pointer: &str) -> Option<i64> {
    Counter::new(document).value(pointer)
}

/// Counts the cells of one document as the checks do (see [`counted`]), its blank cells read
/// once.
pub struct Counter<'a> {
    document: &'a Value,
    blank: Vec<String>,
}

impl<'a> Counter<'a> {
    pub fn new(document: &'a Value) -> Self {
        Counter {
            document,
            blank: blank_cells(document),
        }
    }

    /// The value of the cell at `pointer` as the checks count it.
    pub fn value(&self, pointer: &str) -> Option<i64> {
        let stored = self.document.pointer(pointer)?.as_i64()?;
        if !self.blank.iter().any(|b| b == pointer) {
            return Some(stored);
        }
        if !is_total(pointer) {
            return Some(0);
        }
        Some(
            parts_of(self.document, pointer)
                .iter()
                .filter_map(|part| self.value(part))
                .sum(),
        )
    }
}

/// The totals whose value, blank, counts the cell at `pointer` (directly or through another
/// blank total).
pub fn blank_totals_counting(document: &Value, pointer: &str) -> Vec<String> {
    let blank = blank_cells(document);
    let mut out: Vec<String> = Vec::new();
    let mut frontier = vec![pointer.to_owned()];
    while let Some(cell) = frontier.pop() {
        for total in blank.iter().filter(|t| is_total(t)) {
            if !out.contains(total) && parts_of(document, total).contains(&cell) {
                out.push(total.clone());
                frontier.push(total.clone());
            }
        }
    }
    out
}
