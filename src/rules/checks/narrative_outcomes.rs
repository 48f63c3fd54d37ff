//! `narrative.outcome_counts`: results the prose states.

use super::issue;
use crate::rules::catalogue::{Basis, Rule};
use crate::rules::narrative::Stated;
use crate::rules::{Context, Issue, Quantity, RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::NarrativeOutcomeCounts,
        Severity::Warning,
        Basis::implied("第一部分、第六部分与表三"),
        ["文字与表三：办理结果", "Text vs table 3: results"],
        [
            "第一、六部分文字所述“予以公开 N 件”“部分公开 N 件”“不予公开 N 件”应等于表三相应总计。",
            "Counts of results stated in the text of sections 一 or 六 — “予以公开 N 件”, “部分公开 N 件”, “不予公开 N 件” (an optional 的 between) — should equal the 总计 of table 3's （一）, （二） and （三） (all its sub-rows).",
        ],
    )
}

pub(super) fn check(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    let kinds = [
        Stated::Disclosed,
        Stated::PartiallyDisclosed,
        Stated::NotDisclosed,
    ];
    check_counts(rule, cx, &kinds, out);
}

/// Counts of `kinds` restated in sections 一 and 六 that differ from table 三.
pub(super) fn check_counts(
    rule: &'static Rule,
    cx: &Context<'_>,
    kinds: &[Stated],
    out: &mut Vec<Issue>,
) {
    for &(place, kind, stated) in &cx.said.counts {
        if !kinds.contains(&kind) {
            continue;
        }
        let (pointer, accepted) = table_figure(cx, kind);
        if accepted.contains(&stated) {
            continue;
        }
        let label = cx.label(pointer);
        let table = accepted[0];
        out.push(issue(
            rule,
            vec![place.pointer(), pointer.to_owned()],
            Some((
                Quantity::Count(i64::try_from(table).unwrap_or(i64::MAX)),
                Quantity::Count(i64::try_from(stated).unwrap_or(i64::MAX)),
            )),
            format!(
                "{}：文字所述为 {stated} 件，但{label} 为 {table}。",
                rule.title_zh
            ),
            format!(
                "{}: the text states {stated}, but {label} is {table}.",
                rule.title_en
            ),
        ));
    }
}

/// The table figure a stated count restates (blank totals counted as their parts), and the
/// values accepted for it.
fn table_figure(cx: &Context<'_>, kind: Stated) -> (&'static str, Vec<u64>) {
    let figure = |pointer: &str| cx.value(pointer).map_or(0, i64::unsigned_abs);
    match kind {
        Stated::Received => {
            let new = figure("/applications/new_received/total");
            let with_carried = new + figure("/applications/carried_over_from_previous_year/total");
            ("/applications/new_received/total", vec![new, with_carried])
        }
        Stated::Disclosed => {
            let pointer = "/applications/outcomes/disclosed/total";
            (pointer, vec![figure(pointer)])
        }
        Stated::PartiallyDisclosed => {
            let pointer = "/applications/outcomes/partially_disclosed/total";
            (pointer, vec![figure(pointer)])
        }
        Stated::NotDisclosed => {
            let rows = &cx.report.applications.outcomes.not_disclosed;
            let total: u64 =
                crate::cells::pointers_of(rows, "/applications/outcomes/not_disclosed")
                    .iter()
                    .filter(|pointer| pointer.ends_with("/total"))
                    .map(|pointer| figure(pointer))
                    .sum();
            ("/applications/outcomes/not_disclosed", vec![total])
        }
    }
}
