//! What the rules of a region share: which children count, and the cells compared.

use std::collections::HashMap;

use crate::Report;
use crate::cells::pointers_of;
use crate::rules::{Context, counted_cells};

/// What `region.roll_up` compares, as data (the rule's `parameters.region` in the catalogue).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct RegionTables {
    /// The tables compared, cell by cell (every count cell under these pointers).
    pub tables: [&'static str; 2],
    /// The row whose sub-rows are summed into one cell per column when the parent and a child
    /// print it in different forms (（六）其他处理: three sub-rows in 2021, one row in 2019).
    pub folded_row: &'static str,
}

/// See [`RegionTables`].
pub(crate) const REGION_TABLES: RegionTables = RegionTables {
    tables: ["/applications", "/review_and_litigation"],
    folded_row: "/applications/outcomes/other_handling",
};

/// Why a child is left out of the roll-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Left {
    /// It reports on another year.
    OtherYear,
    /// The same agency as the parent itself.
    Parent,
    /// The same agency as an earlier child (its 1-based position).
    Duplicate(usize),
}

/// Each child (1-based position, report) with why it is left out, if it is.
pub(super) fn sorted_children<'a>(cx: &Context<'a>) -> Vec<(usize, &'a Report, Option<Left>)> {
    let name = |report: &Report| report.agency.name.trim().to_owned();
    let parent = name(cx.report);
    let mut first_of: HashMap<String, usize> = HashMap::new();
    cx.children
        .iter()
        .enumerate()
        .map(|(index, child)| {
            let position = index + 1;
            let left = if child.year != cx.report.year {
                Some(Left::OtherYear)
            } else if name(child) == parent {
                Some(Left::Parent)
            } else if let Some(&earlier) = first_of.get(&name(child)) {
                Some(Left::Duplicate(earlier))
            } else {
                first_of.insert(name(child), position);
                None
            };
            (position, child, left)
        })
        .collect()
}

/// The cell of table 三 or 四 a pointer is compared as: （六）其他处理's sub-rows are folded
/// into the one row when `fold` is set (the parent and a child print （六） differently).
fn compared_as(pointer: &str, fold: bool) -> Option<String> {
    let within = |table: &str| {
        pointer
            .strip_prefix(table)
            .is_some_and(|rest| rest.starts_with('/'))
    };
    if !REGION_TABLES.tables.iter().any(|table| within(table)) {
        return None;
    }
    let row = REGION_TABLES.folded_row;
    match pointer
        .strip_prefix(row)
        .and_then(|rest| rest.strip_prefix('/'))
    {
        Some(rest) if fold => {
            let column = rest.rsplit('/').next().unwrap_or(rest);
            Some(format!("{row}/{column}"))
        }
        _ => Some(pointer.to_owned()),
    }
}

/// One compared cell: the parent's pointers folded into it, its figure, the children's sum.
pub(super) struct Compared {
    /// The parent's cells (several when sub-rows are folded).
    pub paths: Vec<String>,
    /// The parent's figure.
    pub parent: i64,
    /// The sum of the children's.
    pub children: i64,
}

/// The cells of tables 三 and 四 of the parent with the sum of the included children's, in the
/// parent's order.
pub(super) fn compared_cells(parent: &Report, children: &[&Report]) -> Vec<Compared> {
    let form = |r: &Report| r.applications.outcomes.other_handling.sub_rows().is_some();
    let fold = children.iter().any(|c| form(c) != form(parent));
    let mut order: Vec<String> = Vec::new();
    let mut cells: HashMap<String, Compared> = HashMap::new();
    for (pointer, value) in pointers_of(parent, "")
        .into_iter()
        .zip(counted_cells(parent))
    {
        let Some(key) = compared_as(&pointer, fold) else {
            continue;
        };
        let entry = cells.entry(key.clone()).or_insert_with(|| {
            order.push(key);
            Compared {
                paths: Vec::new(),
                parent: 0,
                children: 0,
            }
        });
        entry.paths.push(pointer);
        entry.parent += value;
    }
    for child in children {
        for (pointer, value) in pointers_of(*child, "")
            .into_iter()
            .zip(counted_cells(child))
        {
            if let Some(entry) = compared_as(&pointer, fold).and_then(|k| cells.get_mut(&k)) {
                entry.children += value;
            }
        }
    }
    order
        .into_iter()
        .filter_map(|key| cells.remove(&key))
        .collect()
}
