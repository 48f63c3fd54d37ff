//! The evaluator of the linear rules: sums and bounds over cells, run from the catalogue.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::catalogue::{Linear, Relation, Rule, Scope, Term, Which, catalogue};
use super::labels::cell_label;
use super::{Issue, Quantity};
use crate::Report;
use crate::cells::pointers_of;

/// A cell of a rule instance: where it is in the cell array, with its sign.
struct Cell {
    index: usize,
    coefficient: i64,
    report: Which,
    pointer: String,
}

/// A cell as the evaluator reads it: compact, so that a rule's cells sit close in memory.
#[derive(Clone, Copy)]
struct Slot {
    index: u32,
    negative: bool,
    previous: bool,
}

impl From<&Cell> for Slot {
    fn from(cell: &Cell) -> Self {
        Slot {
            index: u32::try_from(cell.index).unwrap_or(u32::MAX),
            negative: cell.coefficient < 0,
            previous: cell.report == Which::Previous,
        }
    }
}

/// One rule with its placeholder substituted, with what its issue says prepared in advance
/// (labels and pointers do not depend on the figures).
struct Instance {
    left: Box<[Slot]>,
    right: Box<[Slot]>,
    paths: Vec<String>,
    previous_paths: Vec<String>,
    left_zh: String,
    left_en: String,
    right_zh: String,
    right_en: String,
}

impl Instance {
    fn new(left: Vec<Cell>, right: Vec<Cell>) -> Self {
        let pointers = |which: Which| {
            let mut list: Vec<String> = Vec::new();
            for cell in left.iter().chain(&right).filter(|c| c.report == which) {
                if !list.contains(&cell.pointer) {
                    list.push(cell.pointer.clone());
                }
            }
            list
        };
        let (paths, previous_paths) = (pointers(Which::Current), pointers(Which::Previous));
        let (left_zh, left_en) = describe(&left);
        let (right_zh, right_en) = describe(&right);
        Instance {
            left: left.iter().map(Slot::from).collect(),
            right: right.iter().map(Slot::from).collect(),
            paths,
            previous_paths,
            left_zh,
            left_en,
            right_zh,
            right_en,
        }
    }
}

/// A linear rule, compiled to cell indices.
struct Compiled {
    rule: &'static Rule,
    relation: Relation,
    instances: Vec<Instance>,
}

/// Index of every count cell of a report by JSON Pointer, in [`Report`]'s cell order.
static CELL_INDEX: LazyLock<HashMap<String, usize>> = LazyLock::new(|| {
    pointers_of::<Report>("")
        .into_iter()
        .enumerate()
        .map(|(index, pointer)| (pointer, index))
        .collect()
});

static COMPILED: LazyLock<Vec<Compiled>> = LazyLock::new(|| {
    catalogue()
        .iter()
        .filter_map(|rule| {
            let linear = rule.linear.as_ref()?;
            Some(Compiled {
                rule,
                relation: linear.relation,
                instances: instances(linear),
            })
        })
        .collect()
});

fn instances(linear: &Linear) -> Vec<Instance> {
    let placeholder = format!("{{{}}}", linear.for_each.placeholder);
    let resolve = |terms: &[Term], value: &str| -> Vec<Cell> {
        terms
            .iter()
            .filter_map(|term| {
                let pointer = term.pointer.replace(&placeholder, value);
                let index = *CELL_INDEX.get(&pointer)?;
                Some(Cell {
                    index,
                    coefficient: term.coefficient,
                    report: term.report,
                    pointer,
                })
            })
            .collect()
    };
    linear
        .for_each
        .values
        .iter()
        .map(|value| Instance::new(resolve(&linear.left, value), resolve(&linear.right, value)))
        .collect()
}

/// The number of terms that did not resolve to a cell (0 unless the catalogue has a typo).
#[cfg(test)]
pub(crate) fn unresolved_terms() -> usize {
    COMPILED
        .iter()
        .map(|compiled| {
            let linear = compiled.rule.linear.as_ref().map_or(0, |l| {
                (l.left.len() + l.right.len()) * l.for_each.values.len()
            });
            let resolved: usize = compiled
                .instances
                .iter()
                .map(|i| i.left.len() + i.right.len())
                .sum();
            linear - resolved
        })
        .sum()
}

/// Runs the linear rules of `rule` (if it is one) on the cells of the reports.
pub(crate) fn check_linear(
    rule: &'static Rule,
    current: &[u32],
    previous: Option<&[u32]>,
    out: &mut Vec<Issue>,
) {
    let Some(compiled) = COMPILED.iter().find(|c| std::ptr::eq(c.rule, rule)) else {
        return;
    };
    if rule.scope == Scope::AcrossYears && previous.is_none() {
        return;
    }
    let previous = previous.unwrap_or(current);
    let value = |slot: &Slot| -> i64 {
        let values = if slot.previous { previous } else { current };
        let value = values.get(slot.index as usize).map_or(0, |&v| i64::from(v));
        if slot.negative { -value } else { value }
    };
    for instance in &compiled.instances {
        let side = |slots: &[Slot]| -> i64 { slots.iter().map(value).sum() };
        let (left, right) = (side(&instance.left), side(&instance.right));
        let holds = match compiled.relation {
            Relation::Eq => left == right,
            Relation::Le => left <= right,
        };
        if !holds {
            out.push(issue(rule, compiled.relation, instance, left, right));
        }
    }
}

fn issue(
    rule: &'static Rule,
    relation: Relation,
    instance: &Instance,
    left: i64,
    right: i64,
) -> Issue {
    let (relation_zh, relation_en) = match relation {
        Relation::Eq => ("二者应相等", "they must be equal"),
        Relation::Le => ("前者不应大于后者", "the first must not exceed the second"),
    };
    let Instance {
        left_zh,
        left_en,
        right_zh,
        right_en,
        ..
    } = instance;
    Issue {
        rule: rule.id,
        severity: rule.severity,
        paths: instance.paths.clone(),
        previous_paths: instance.previous_paths.clone(),
        expected: Some(Quantity::Count(right)),
        actual: Some(Quantity::Count(left)),
        message_zh: format!(
            "{}：{left_zh} 为 {left}，{right_zh} 为 {right}，{relation_zh}。",
            rule.title_zh
        ),
        message_en: format!(
            "{}: {left_en} is {left}, {right_en} is {right}; {relation_en}.",
            rule.title_en
        ),
    }
}

/// Names one side of a rule: its cells joined by + and −, or "the sum of N parts" when long.
fn describe(cells: &[Cell]) -> (String, String) {
    const MAX_NAMED: usize = 4;
    if cells.len() > MAX_NAMED {
        return (
            format!("其各项（共 {} 项）之和", cells.len()),
            format!("the sum of its {} parts", cells.len()),
        );
    }
    let mut zh = String::new();
    let mut en = String::new();
    for (i, cell) in cells.iter().enumerate() {
        let sign = match (i, cell.coefficient < 0) {
            (0, false) => "",
            (0, true) => "−",
            (_, false) => " + ",
            (_, true) => " − ",
        };
        let label = cell_label(&cell.pointer);
        match cell.report {
            Which::Current => {
                zh.push_str(&format!("{sign}{label}"));
                en.push_str(&format!("{sign}{label}"));
            }
            Which::Previous => {
                zh.push_str(&format!("{sign}上年报告{label}"));
                en.push_str(&format!("{sign}last year's {label}"));
            }
        }
    }
    (zh, en)
}
