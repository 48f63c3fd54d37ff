//! Table 四: administrative reviews and lawsuits, one row of fifteen counts (the same in both
//! editions).

use serde_json::{Map, Value};

use crate::context::Ctx;
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::split::{Split, review_totals_hold, split};
use crate::tokens::{Region, Tok, Val, ValKind};

use super::ambiguous;

/// The three groups, in template order.
const GROUPS: [&str; 3] = [
    "administrative_review",
    "litigation_without_review",
    "litigation_after_review",
];

/// The five columns of each group.
const COLUMNS: [&str; 5] = ["upheld", "corrected", "other", "pending", "total"];

/// Reads table 四; returns the object and the token index after its last value.
pub(crate) fn read_review(ctx: &mut Ctx<'_>, region: &Region) -> Option<(Value, usize)> {
    let vals = table_values(region);
    let refs: Vec<&Val> = vals.iter().map(|(v, _)| *v).collect();
    let end = vals.last().map_or(0, |(_, tok)| tok + 1);
    let cells = match split(&refs, 15, &review_totals_hold) {
        Split::AsPrinted(cells) => cells,
        Split::Runs(mut found) if found.len() == 1 => found.pop()?,
        Split::Runs(found) if found.len() > 1 => {
            ambiguous(ctx, "/review_and_litigation", &found);
            return None;
        }
        _ => {
            let printed: Vec<&str> = refs.iter().map(|v| v.raw.as_str()).collect();
            ctx.report(
                Diagnostic::new(
                    Code::MissingTable,
                    Severity::Error,
                    format!("表四应有 15 个数字，读到「{}」", printed.join(" ")),
                    format!("table 四 has 15 numbers; found \"{}\"", printed.join(" ")),
                )
                .at(refs.first().and_then(|v| ctx.span_of(v)))
                .about("/review_and_litigation"),
            );
            return None;
        }
    };
    let mut table = Map::new();
    for (group, row) in GROUPS.iter().zip(cells.chunks(5)) {
        let mut object = Map::new();
        for (column, cell) in COLUMNS.iter().zip(row) {
            let pointer = format!("/review_and_litigation/{group}/{column}");
            object.insert((*column).to_owned(), ctx.count(cell, &pointer)?);
        }
        table.insert((*group).to_owned(), Value::Object(object));
    }
    Some((Value::Object(table), end))
}

/// The values of the table with their token indexes, leaving out blank cells of header rows
/// (a row that also prints words and no number).
fn table_values(region: &Region) -> Vec<(&Val, usize)> {
    let mut out = Vec::new();
    let mut line: Vec<(&Val, usize)> = Vec::new();
    let mut words = false;
    for (i, tok) in region.toks.iter().enumerate() {
        match tok {
            Tok::Value(val) => line.push((val, i)),
            Tok::Text(word) => words |= !word.is_empty(),
            Tok::LineEnd => {
                let header = words && line.iter().all(|(v, _)| v.kind == ValKind::Blank);
                if !header {
                    out.append(&mut line);
                }
                line.clear();
                words = false;
            }
        }
        if out.len() >= 15 && matches!(tok, Tok::LineEnd) {
            break;
        }
    }
    out
}
