//! The evaluator of the linear rules: sums and bounds over cells, run from the catalogue.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use std::sync::OnceLock;

use super::catalogue::{Linear, Relation, Rule, Scope, Term, Which, catalogue};
use super::labels::cell_label_in;
use super::wording::{Figures, Label, message};
use super::{Context, Issue, Quantity};
use crate::applications::{ApplicantRow, OtherHandling};
use crate::cells::pointers_of;
use crate::{Agency, AgencyKind, FormatVersion, Report};

/// The layout of a report's cells: the edition of table 二 and the form of （六）其他处理 (as
/// the edition that prints it). Cell indices and compiled rules depend on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Layout {
    table_2: FormatVersion,
    other_handling: FormatVersion,
}

/// Every layout, in [`Layout::number`] order.
const LAYOUTS: [Layout; 4] = [
    Layout {
        table_2: FormatVersion::V2021,
        other_handling: FormatVersion::V2021,
    },
    Layout {
        table_2: FormatVersion::V2021,
        other_handling: FormatVersion::V2019,
    },
    Layout {
        table_2: FormatVersion::V2019,
        other_handling: FormatVersion::V2021,
    },
    Layout {
        table_2: FormatVersion::V2019,
        other_handling: FormatVersion::V2019,
    },
];

impl Layout {
    /// The number of layouts.
    pub(crate) const COUNT: usize = LAYOUTS.len();

    /// The layout of `report`.
    pub(crate) fn of(report: &Report) -> Layout {
        Layout {
            table_2: report.proactive_disclosure.edition(),
            other_handling: report.applications.outcomes.other_handling.edition(),
        }
    }

    /// Its place in [`LAYOUTS`] (below [`Layout::COUNT`]).
    pub(crate) fn number(self) -> usize {
        LAYOUTS.iter().position(|&l| l == self).unwrap_or(0)
    }

    /// An empty report of this layout.
    fn example(self) -> Report {
        let agency = Agency::new("-", AgencyKind::Other);
        let mut report = Report::of_edition(self.table_2, agency, 2024);
        report.applications.outcomes.other_handling = match self.other_handling {
            FormatVersion::V2019 => OtherHandling::OneRow(ApplicantRow::default()),
            _ => OtherHandling::default(),
        };
        report
    }

    /// The index of the number cell at `pointer` in the cells of a report of this layout.
    pub(crate) fn index_of(self, pointer: &str) -> Option<usize> {
        CELL_INDEX[self.number()].get(pointer).copied()
    }
}

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
    /// The labels of the cells of each side, in term order.
    left_labels: Vec<Label>,
    right_labels: Vec<Label>,
}

impl Instance {
    /// `editions`: of the report's table 二 and of last year's, for the labels.
    fn new(left: Vec<Cell>, right: Vec<Cell>, editions: [FormatVersion; 2]) -> Self {
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
        let (left_labels, right_labels) = (labels(&left, editions), labels(&right, editions));
        Instance {
            left: left.iter().map(Slot::from).collect(),
            right: right.iter().map(Slot::from).collect(),
            paths,
            previous_paths,
            left_labels,
            right_labels,
        }
    }
}

/// A linear rule, compiled to cell indices.
struct Compiled {
    rule: &'static Rule,
    relation: Relation,
    instances: Vec<Instance>,
}

/// A fast hash of the crate's own JSON Pointers (a word at a time, multiply and rotate): the
/// cell index is looked up for every figure the prose restates, and SipHash's resistance to
/// chosen keys is not needed for keys the crate writes itself (lookups of other keys only miss).
#[derive(Default)]
struct PointerHasher(u64);

impl Hasher for PointerHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let mut last = [0; 8];
        let rest = chunks.remainder();
        last[..rest.len()].copy_from_slice(rest);
        self.add(u64::from_le_bytes(last) ^ ((rest.len() as u64) << 59));
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl PointerHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// A map keyed by JSON Pointers, hashed with [`PointerHasher`].
type PointerMap<V> = HashMap<String, V, BuildHasherDefault<PointerHasher>>;

/// Index of every count cell of a report by JSON Pointer, per layout.
static CELL_INDEX: LazyLock<Vec<PointerMap<usize>>> = LazyLock::new(|| {
    LAYOUTS
        .iter()
        .map(|layout| {
            pointers_of(&layout.example(), "")
                .into_iter()
                .enumerate()
                .map(|(index, pointer)| (pointer, index))
                .collect()
        })
        .collect()
});

/// The linear rules compiled for each pair of layouts (the report's, last year's).
static COMPILED: [OnceLock<Vec<Compiled>>; 16] = [const { OnceLock::new() }; 16];

/// The linear rules compiled for a report of layout `current` (and last year's of `previous`).
fn compiled(current: Layout, previous: Layout) -> &'static [Compiled] {
    COMPILED[current.number() * LAYOUTS.len() + previous.number()].get_or_init(|| {
        catalogue()
            .iter()
            .filter_map(|rule| {
                let linear = rule.linear.as_ref()?;
                Some(Compiled {
                    rule,
                    relation: linear.relation,
                    instances: instances(linear, current, previous),
                })
            })
            .collect()
    })
}

/// The instances of a linear rule for these layouts; a term whose cell the layout does not
/// have is left out (it counts as 0), an instance without any cell is left out.
fn instances(linear: &Linear, current: Layout, previous: Layout) -> Vec<Instance> {
    let placeholder = format!("{{{}}}", linear.for_each.placeholder);
    let resolve = |terms: &[Term], value: &str| -> Vec<Cell> {
        terms
            .iter()
            .filter_map(|term| {
                let pointer = term.pointer.replace(&placeholder, value);
                let layout = match term.report {
                    Which::Current => current,
                    Which::Previous => previous,
                };
                let index = layout.index_of(&pointer)?;
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
        .map(|value| (resolve(&linear.left, value), resolve(&linear.right, value)))
        .filter(|(left, right)| !left.is_empty() || !right.is_empty())
        .map(|(left, right)| Instance::new(left, right, [current.table_2, previous.table_2]))
        .collect()
}

/// The number of terms that resolve to a cell in no layout (0 unless the catalogue has a typo).
#[cfg(test)]
pub(crate) fn unresolved_terms() -> usize {
    let mut unresolved = 0;
    for rule in catalogue() {
        let Some(linear) = &rule.linear else { continue };
        let placeholder = format!("{{{}}}", linear.for_each.placeholder);
        for value in &linear.for_each.values {
            for term in linear.left.iter().chain(&linear.right) {
                let pointer = term.pointer.replace(&placeholder, value);
                if LAYOUTS
                    .iter()
                    .all(|layout| layout.index_of(&pointer).is_none())
                {
                    unresolved += 1;
                }
            }
        }
    }
    unresolved
}

/// Runs the linear rule `rule` on the context.
pub(crate) fn check_linear(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    let (previous, previous_layout) = match (&cx.previous, rule.scope) {
        (Some((_, cells, layout)), _) => (cells.as_slice(), *layout),
        (None, Scope::AcrossYears | Scope::Region | Scope::Content) => return,
        (None, Scope::Report) => (cx.cells.as_slice(), cx.layout),
    };
    let Some(compiled) = compiled(cx.layout, previous_layout)
        .iter()
        .find(|c| std::ptr::eq(c.rule, rule))
    else {
        return;
    };
    let current = cx.cells.as_slice();
    let value = |slot: &Slot| -> i64 {
        let values = if slot.previous { previous } else { current };
        let value = values.get(slot.index as usize).copied().unwrap_or(0);
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
            let cells = |slots: &[Slot]| -> Vec<i64> {
                let values = |slot: &Slot| if slot.previous { previous } else { current };
                slots
                    .iter()
                    .map(|slot| values(slot).get(slot.index as usize).copied().unwrap_or(0))
                    .collect()
            };
            let figures = Figures {
                left,
                right,
                left_cells: cells(&instance.left),
                right_cells: cells(&instance.right),
                years: years(cx, rule),
            };
            out.push(issue(rule, compiled.relation, instance, &figures));
        }
    }
}

/// The years of the report and of last year's, for the rules across years.
fn years(cx: &Context<'_>, rule: &Rule) -> Option<(u16, u16)> {
    let (previous, ..) = cx.previous.as_ref()?;
    (rule.scope == Scope::AcrossYears).then_some((cx.report.year, previous.year))
}

fn issue(rule: &'static Rule, relation: Relation, instance: &Instance, figures: &Figures) -> Issue {
    let (message_zh, message_en) = message(
        rule,
        relation,
        [&instance.left_labels, &instance.right_labels],
        figures,
    );
    Issue {
        rule: rule.id,
        severity: rule.severity,
        paths: instance.paths.clone(),
        previous_paths: instance.previous_paths.clone(),
        expected: Some(Quantity::Count(figures.right)),
        actual: Some(Quantity::Count(figures.left)),
        quote: None,
        offset: None,
        fingerprint: String::new(),
        message_zh,
        message_en,
    }
}

/// The labels of the cells of one side of a rule, with their signs and reports.
fn labels(cells: &[Cell], editions: [FormatVersion; 2]) -> Vec<Label> {
    cells
        .iter()
        .map(|cell| {
            let edition = match cell.report {
                Which::Current => editions[0],
                Which::Previous => editions[1],
            };
            Label {
                text: cell_label_in(edition, &cell.pointer),
                negative: cell.coefficient < 0,
                previous: cell.report == Which::Previous,
            }
        })
        .collect()
}
