//! Mutation-test scaffolding for the property tests: the number cells of a report found from its
//! JSON, a single cell changed by ±k, and structural mutations of a JSON document. Everything
//! here works on the wire format (JSON Pointers into the document), knowing nothing of the
//! crate's internals.
#![allow(dead_code)]

use ogi_report::Report;
use ogi_report::arbitrary::edge_string;
use ogi_report::proactive_disclosure::{MAX_CHANGE, ProactiveDisclosure};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::{Union, ValueTree};
use serde_json::{Value, json};

use super::{child, pointers_where};

/// The pointers of the amounts of table 二 (number cells that are not counts).
pub const TABLE_TWO_AMOUNTS: [&str; 2] = [
    "/proactive_disclosure/administrative_fees_10k_yuan",
    "/proactive_disclosure/government_procurement/total_amount/value",
];

/// The report as a JSON value (counts stay exact integers; amounts become `f64`).
pub fn to_value(report: &Report) -> Value {
    serde_json::from_str(&report.to_json_string()).expect("a report is JSON")
}

/// The JSON Pointers of every count cell of tables 二, 三 and 四 of a report document, in
/// document order (integers below the three tables, the amounts of table 二 excepted).
pub fn count_cells(document: &Value) -> Vec<String> {
    let tables = [
        "/proactive_disclosure/",
        "/applications/",
        "/review_and_litigation/",
    ];
    pointers_where(document, |v| v.is_i64() || v.is_u64())
        .into_iter()
        .filter(|p| tables.iter().any(|t| p.starts_with(t)))
        .filter(|p| !TABLE_TWO_AMOUNTS.contains(&p.as_str()))
        .collect()
}

/// The JSON Pointers of every count cell of tables 三 and 四.
pub fn table_cells(document: &Value) -> Vec<String> {
    count_cells(document)
        .into_iter()
        .filter(|p| !p.starts_with("/proactive_disclosure/"))
        .collect()
}

/// The range of values the count cell at `pointer` holds: a signed change (本年增/减) or a
/// `u32`.
fn range_of(pointer: &str) -> (i64, i64) {
    if pointer.ends_with("/change") {
        (-MAX_CHANGE, MAX_CHANGE)
    } else {
        (0, i64::from(u32::MAX))
    }
}

/// One count cell changed by `delta`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellChange {
    /// The JSON Pointer of the cell (one of [`count_cells`]).
    pub pointer: String,
    /// What is added to the cell (never 0).
    pub delta: i64,
}

impl CellChange {
    /// The report with the change applied, or `None` when the pointer names no count cell or
    /// the result is out of the cell's range. The change goes through the JSON document; the
    /// amounts are taken over from `report` (a JSON value would round them).
    pub fn apply(&self, report: &Report) -> Option<Report> {
        let document = to_value(report);
        let changed = document
            .pointer(&self.pointer)?
            .as_i64()?
            .checked_add(self.delta)?;
        with_cells(report, &[(self.pointer.clone(), changed)])
    }
}

/// The report with each count cell at a pointer set to its value, or `None` when a pointer
/// names no count cell or a value is out of its cell's range. The change goes through the
/// JSON document (one round trip); the amounts are taken over from `report` (a JSON value
/// would round them).
pub fn with_cells(report: &Report, cells: &[(String, i64)]) -> Option<Report> {
    let mut document = to_value(report);
    for (pointer, value) in cells {
        let slot = document.pointer_mut(pointer)?;
        slot.as_i64()?;
        let (min, max) = range_of(pointer);
        if !(min..=max).contains(value) {
            return None;
        }
        *slot = json!(value);
    }
    let back = Report::from_json_str(&document.to_string()).ok()?;
    let mut out = report.clone();
    out.applications = back.applications;
    out.review_and_litigation = back.review_and_litigation;
    out.proactive_disclosure = with_amounts_of(back.proactive_disclosure, report);
    Some(out)
}

/// `table` with the amounts of `report`'s table 二.
fn with_amounts_of(mut table: ProactiveDisclosure, report: &Report) -> ProactiveDisclosure {
    match (&mut table, &report.proactive_disclosure) {
        (ProactiveDisclosure::V2021(a), ProactiveDisclosure::V2021(b)) => {
            a.administrative_fees_10k_yuan = b.administrative_fees_10k_yuan;
        }
        (ProactiveDisclosure::V2019(a), ProactiveDisclosure::V2019(b)) => {
            a.government_procurement.total_amount = b.government_procurement.total_amount;
        }
        _ => {}
    }
    table
}

/// A non-zero change that keeps `value` within `min ..= max`: mostly ±1 to ±3, sometimes
/// anything.
fn delta_for(value: i64, (min, max): (i64, i64)) -> BoxedStrategy<i64> {
    let up = max - value;
    let down = value - min;
    let mut options: Vec<BoxedStrategy<i64>> = Vec::new();
    if up > 0 {
        options.push((1..=up.min(3)).boxed());
        options.push((1..=up).boxed());
    }
    if down > 0 {
        options.push((1..=down.min(3)).prop_map(|k| -k).boxed());
        options.push((1..=down).prop_map(|k| -k).boxed());
    }
    Union::new(options).boxed()
}

/// A change of one of `pointers` (count cells of `report`) by ±k, k ≠ 0, the result still in
/// the cell's range.
pub fn cell_change(report: &Report, pointers: &[String]) -> BoxedStrategy<CellChange> {
    let document = to_value(report);
    let choices: Vec<(String, i64)> = pointers
        .iter()
        .filter_map(|pointer| Some((pointer.clone(), document.pointer(pointer)?.as_i64()?)))
        .collect();
    select(choices)
        .prop_flat_map(|(pointer, value)| {
            delta_for(value, range_of(&pointer)).prop_map(move |delta| CellChange {
                pointer: pointer.clone(),
                delta,
            })
        })
        .boxed()
}

/// A report drawn by `reports` and a change of one cell of its table 三 or 四.
pub fn with_table_change(
    reports: BoxedStrategy<Report>,
) -> impl Strategy<Value = (Report, CellChange)> {
    reports.prop_flat_map(|report| {
        let change = cell_change(&report, &table_cells(&to_value(&report)));
        (Just(report), change)
    })
}

/// Draws one value from `strategy` with a fixed seed.
pub fn sample<S: Strategy>(strategy: S) -> S::Value {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    match strategy.new_tree(&mut runner) {
        Ok(tree) => tree.current(),
        Err(reason) => panic!("the strategy found no value: {reason}"),
    }
}

/// One structural change of a JSON document.
#[derive(Debug, Clone, PartialEq)]
pub enum Mutation {
    /// A count cell changed by `delta` (structurally harmless).
    ChangeCell {
        /// The cell's JSON Pointer.
        pointer: String,
        /// What is added (never 0; the result stays within `0 ..= u32::MAX`).
        delta: i64,
    },
    /// A member of an object removed (required or optional).
    RemoveField {
        /// The member's JSON Pointer.
        pointer: String,
    },
    /// A member no object of the format has, added to an object.
    AddUnknownField {
        /// The object's JSON Pointer (`""` for the document).
        object: String,
        /// The new member's name (always starts with `unknown_`).
        name: String,
        /// Its value.
        value: Value,
    },
    /// A value replaced by one of a wrong type or out of range, or a string by an edge string.
    Replace {
        /// The value's JSON Pointer.
        pointer: String,
        /// The new value.
        value: Value,
    },
}

impl Mutation {
    /// Applies the mutation; `false` when its pointer names nothing in `document`.
    pub fn apply(&self, document: &mut Value) -> bool {
        match self {
            Mutation::ChangeCell { pointer, delta } => {
                let Some(slot) = document.pointer_mut(pointer) else {
                    return false;
                };
                let Some(value) = slot.as_i64().and_then(|v| v.checked_add(*delta)) else {
                    return false;
                };
                *slot = json!(value);
                true
            }
            Mutation::RemoveField { pointer } => {
                let Some((parent, key)) = split_pointer(pointer) else {
                    return false;
                };
                document
                    .pointer_mut(&parent)
                    .and_then(Value::as_object_mut)
                    .and_then(|object| object.remove(&key))
                    .is_some()
            }
            Mutation::AddUnknownField {
                object,
                name,
                value,
            } => match document.pointer_mut(object).and_then(Value::as_object_mut) {
                Some(map) => {
                    map.insert(name.clone(), value.clone());
                    true
                }
                None => false,
            },
            Mutation::Replace { pointer, value } => match document.pointer_mut(pointer) {
                Some(slot) => {
                    *slot = value.clone();
                    true
                }
                None => false,
            },
        }
    }
}

/// The parent pointer and the unescaped last token of a pointer.
fn split_pointer(pointer: &str) -> Option<(String, String)> {
    let (parent, key) = jsonptr::Pointer::parse(pointer).ok()?.split_back()?;
    Some((parent.as_str().to_owned(), key.decoded().into_owned()))
}

/// The places of a document: every object, every object member, every value below the root,
/// every string value (by pointer).
#[derive(Default)]
struct Places {
    objects: Vec<String>,
    members: Vec<String>,
    values: Vec<String>,
    strings: Vec<String>,
}

/// The entries of `blank_cells` are left out of `values` and `strings`: which pointers name a
/// cell of the document is beyond what a JSON Schema can say (reading refuses a pointer that
/// names no cell; the schema only asks for strings).
fn places(value: &Value) -> Places {
    fn walk(value: &Value, pointer: String, out: &mut Places) {
        match value {
            Value::Object(map) => {
                out.objects.push(pointer.clone());
                for (key, item) in map {
                    let child_pointer = child(&pointer, key);
                    out.members.push(child_pointer.clone());
                    out.values.push(child_pointer.clone());
                    walk(item, child_pointer, out);
                }
            }
            Value::Array(items) => {
                for (index, child) in items.iter().enumerate() {
                    let child_pointer = format!("{pointer}/{index}");
                    out.values.push(child_pointer.clone());
                    walk(child, child_pointer, out);
                }
            }
            Value::String(_) => out.strings.push(pointer),
            _ => {}
        }
    }
    let mut out = Places::default();
    walk(value, String::new(), &mut out);
    let outside_blank_cells = |pointer: &String| !pointer.starts_with("/blank_cells/");
    out.values.retain(outside_blank_cells);
    out.strings.retain(outside_blank_cells);
    out
}

/// A value of a wrong type or out of range for a count: strings, booleans, null, arrays,
/// objects, negative numbers, fractions (never `n.0`) and numbers above `u32::MAX`.
pub fn wrong_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        select(vec!["", "0", "18", "x", "十八", " ", "2021"]).prop_map(|s| json!(s)),
        any::<bool>().prop_map(|b| json!(b)),
        Just(Value::Null),
        Just(json!([])),
        Just(json!([1])),
        Just(json!({})),
        Just(json!({ "total": 1 })),
        (1i64..=1_000_000).prop_map(|n| json!(-n)),
        (0u32..1_000, select(vec![0.5, 0.25, 0.75, 0.125]))
            .prop_map(|(n, f)| json!(f64::from(n) + f)),
        (u64::from(u32::MAX) + 1..=u64::MAX).prop_map(|n| json!(n)),
    ]
}

/// One structural mutation of `document` (a report as JSON): a count cell ±k, a member
/// removed, an unknown member added, a value replaced by a wrong one, or a string replaced by
/// an [`edge_string`]. Only mutations whose
/// verdict the schema and the crate must agree on are drawn: counts are never written as
/// `18.0` or `1e3` (a JSON Schema integer, not a `u32`), amounts never get more than 28
/// decimal places.
pub fn mutation(document: &Value) -> BoxedStrategy<Mutation> {
    let cells: Vec<(String, i64)> = count_cells(document)
        .into_iter()
        .filter_map(|p| {
            let value = document.pointer(&p)?.as_i64()?;
            Some((p, value))
        })
        .collect();
    let Places {
        objects,
        members,
        values,
        strings,
    } = places(document);
    let mut options: Vec<BoxedStrategy<Mutation>> = Vec::new();
    if !cells.is_empty() {
        options.push(
            select(cells)
                .prop_flat_map(|(pointer, value)| {
                    delta_for(value, range_of(&pointer)).prop_map(move |delta| {
                        Mutation::ChangeCell {
                            pointer: pointer.clone(),
                            delta,
                        }
                    })
                })
                .boxed(),
        );
    }
    if !members.is_empty() {
        options.push(
            select(members)
                .prop_map(|pointer| Mutation::RemoveField { pointer })
                .boxed(),
        );
    }
    if !objects.is_empty() {
        options.push(
            (
                select(objects),
                "[a-z_]{0,8}",
                prop_oneof![Just(json!(0)), Just(json!("x")), Just(Value::Null)],
            )
                .prop_map(|(object, suffix, value)| Mutation::AddUnknownField {
                    object,
                    name: format!("unknown_{suffix}"),
                    value,
                })
                .boxed(),
        );
    }
    if !values.is_empty() {
        options.push(
            (select(values), wrong_value())
                .prop_map(|(pointer, value)| Mutation::Replace { pointer, value })
                .boxed(),
        );
    }
    if !strings.is_empty() {
        options.push(
            (select(strings), edge_string())
                .prop_map(|(pointer, text)| Mutation::Replace {
                    pointer,
                    value: Value::String(text),
                })
                .boxed(),
        );
    }
    Union::new(options).boxed()
}
