//! What each restated figure is in the tables, as data: the sums of cells it may equal.

use std::sync::{LazyLock, OnceLock};

use serde::Serialize;

use super::scan::SHARE;
use crate::Report;
use crate::applications::{ApplicantRow, Applications, OtherHandling};
use crate::cells::pointers_of;
use crate::rules::RuleId;
use crate::rules::linear::Layout;

/// A figure the prose may restate, and the table figures it may equal.
///
/// It agrees with the tables when it equals the sum of one of its `accepts` lists (cells as the
/// checks count them; a cell the report does not have counts as 0, a list of which the report
/// has no cell at all is left out, and a figure with no list left is not checked). For
/// `share`, the lists are the denominators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NarrativeFigure {
    /// Its id, used by the phrases and claims (`outcomes.not_disclosed`).
    pub id: String,
    /// The sums of cells it may equal (JSON Pointers).
    pub accepts: Vec<Vec<String>>,
}

/// What a narrative rule compares: the figures whose restatements it checks (the phrases and
/// claims that state them are in the catalogue's `narrative_scanning`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Narrative {
    /// The figures the rule compares.
    pub figures: Vec<NarrativeFigure>,
}

/// The groups of table 四, with the groups they sum (`litigation` is both kinds of 诉讼).
const TABLE_4_GROUPS: [(&str, &[&str]); 4] = [
    ("administrative_review", &["administrative_review"]),
    (
        "litigation",
        &["litigation_without_review", "litigation_after_review"],
    ),
    ("litigation_without_review", &["litigation_without_review"]),
    ("litigation_after_review", &["litigation_after_review"]),
];

/// Every figure, with the rule that compares it.
static FIGURES: LazyLock<Vec<(RuleId, NarrativeFigure)>> = LazyLock::new(|| {
    let mut all = Vec::new();
    let mut add = |rule, id: &str, accepts: Vec<Vec<String>>| {
        let id = id.to_owned();
        all.push((rule, NarrativeFigure { id, accepts }));
    };
    let one = |pointer: &str| vec![vec![pointer.to_owned()]];
    let new = "/applications/new_received/total";
    let carried = "/applications/carried_over_from_previous_year/total";
    let applications = RuleId::NarrativeApplicationsReceived;
    add(applications, "applications.received", {
        let mut both = one(new);
        both.push(vec![new.to_owned(), carried.to_owned()]);
        both
    });
    let handled = RuleId::NarrativeApplicationsHandled;
    add(handled, "applications.carried_over", one(carried));
    let forward = "/applications/carried_forward_to_next_year/total";
    add(handled, "applications.carried_forward", one(forward));
    add(
        handled,
        "applications.handled",
        one("/applications/outcomes/total/total"),
    );
    add_outcomes(&mut add);
    add_proactive_disclosure(&mut add);
    for (group, parts) in TABLE_4_GROUPS {
        for column in ["total", "upheld", "corrected", "other", "pending"] {
            let cells = parts
                .iter()
                .map(|part| format!("/review_and_litigation/{part}/{column}"))
                .collect();
            let id = format!("{group}.{column}");
            add(RuleId::NarrativeReviewAndLitigation, &id, vec![cells]);
        }
    }
    add(
        RuleId::NarrativeOutcomeShares,
        SHARE,
        super::phrases::SHARE_DENOMINATORS
            .iter()
            .map(|sum| sum.iter().map(|p| (*p).to_owned()).collect())
            .collect(),
    );
    add(
        RuleId::NarrativeFeesCollected,
        "fees.collected",
        one(super::phrases::FEE_COLLECTED),
    );
    all
});

fn add_outcomes(add: &mut impl FnMut(RuleId, &str, Vec<Vec<String>>)) {
    let rule = RuleId::NarrativeOutcomeCounts;
    let disclosed = "/applications/outcomes/disclosed/total".to_owned();
    let partially = "/applications/outcomes/partially_disclosed/total".to_owned();
    add(rule, "outcomes.disclosed", vec![vec![disclosed.clone()]]);
    add(
        rule,
        "outcomes.partially_disclosed",
        vec![vec![partially.clone()]],
    );
    let both = vec![disclosed.clone(), partially];
    add(
        rule,
        "outcomes.disclosed_and_partially_disclosed",
        vec![both.clone()],
    );
    add(rule, "outcomes.approved", vec![both, vec![disclosed]]);
    for group in [
        "not_disclosed",
        "unable_to_provide",
        "not_processed",
        "other_handling",
    ] {
        let id = format!("outcomes.{group}");
        add(rule, &id, vec![group_rows(group)]);
    }
}

/// The `total` cells of the rows of a group of results, in both forms of （六）.
pub(crate) fn group_rows(group: &str) -> Vec<String> {
    let prefix = format!("/applications/outcomes/{group}/");
    let mut one_row = Applications::default();
    one_row.outcomes.other_handling = OtherHandling::OneRow(ApplicantRow::default());
    let mut rows = Vec::new();
    for applications in [Applications::default(), one_row] {
        for pointer in pointers_of(&applications, "/applications") {
            if pointer.starts_with(&prefix)
                && pointer.ends_with("/total")
                && !rows.contains(&pointer)
            {
                rows.push(pointer);
            }
        }
    }
    rows
}

fn add_proactive_disclosure(add: &mut impl FnMut(RuleId, &str, Vec<Vec<String>>)) {
    let rule = RuleId::NarrativeProactiveDisclosure;
    let cell = |row: &str, column: &str| vec![format!("/proactive_disclosure/{row}/{column}")];
    for kind in ["rules", "normative_documents"] {
        let issued = vec![cell(kind, "issued"), cell(kind, "new_made")];
        add(rule, &format!("{kind}.issued"), issued);
        add(
            rule,
            &format!("{kind}.published"),
            vec![cell(kind, "new_published")],
        );
        add(
            rule,
            &format!("{kind}.repealed"),
            vec![cell(kind, "repealed")],
        );
        add(
            rule,
            &format!("{kind}.in_force"),
            vec![cell(kind, "in_force")],
        );
    }
    for power in [
        "administrative_licensing",
        "administrative_penalty",
        "administrative_coercion",
    ] {
        let decisions = vec![
            vec![format!("/proactive_disclosure/{power}_decisions")],
            cell(power, "decisions"),
        ];
        add(rule, &format!("{power}.decisions"), decisions);
    }
}

/// The figure with this id and the rule that compares it.
pub(crate) fn figure(id: &str) -> Option<(RuleId, &'static NarrativeFigure)> {
    FIGURES
        .iter()
        .find(|(_, figure)| figure.id == id)
        .map(|(rule, figure)| (*rule, figure))
}

/// What the narrative rule `rule` recognises (`None` for other rules).
pub(crate) fn narrative_of(rule: RuleId) -> Option<Narrative> {
    let figures: Vec<NarrativeFigure> = FIGURES
        .iter()
        .filter(|(of, _)| *of == rule)
        .map(|(_, figure)| figure.clone())
        .collect();
    if figures.is_empty() {
        return None;
    }
    Some(Narrative { figures })
}

/// A sum of cells as a report of one layout has them: each pointer with the index of its cell
/// (`None` for the fee collected, which is not a count cell).
pub(crate) type Sum = Vec<(&'static str, Option<usize>)>;

/// The pointers of a [`Sum`].
pub(crate) fn pointers(sum: &Sum) -> Vec<&'static str> {
    sum.iter().map(|&(pointer, _)| pointer).collect()
}

/// The usable sums of every figure (in [`FIGURES`] order), per layout: built once per layout,
/// as the figures are compared for every report.
static USABLE: [OnceLock<Vec<Vec<Sum>>>; Layout::COUNT] =
    [const { OnceLock::new() }; Layout::COUNT];

/// The sums of `figure` the report can be compared with: each list with the pointers the report
/// has (the others count as 0), lists with none left out.
pub(crate) fn usable_sums(report: &Report, figure: &'static NarrativeFigure) -> &'static [Sum] {
    let layout = Layout::of(report);
    let all = USABLE[layout.number()].get_or_init(|| {
        FIGURES
            .iter()
            .map(|(_, figure)| resolve(layout, figure))
            .collect()
    });
    FIGURES
        .iter()
        .position(|(_, f)| std::ptr::eq(f, figure))
        .and_then(|at| all.get(at))
        .map_or(&[], Vec::as_slice)
}

fn resolve(layout: Layout, figure: &'static NarrativeFigure) -> Vec<Sum> {
    let money = super::phrases::FEE_COLLECTED;
    figure
        .accepts
        .iter()
        .map(|sum| {
            sum.iter()
                .map(|p| (p.as_str(), layout.index_of(p)))
                .filter(|&(p, index)| p == money || index.is_some())
                .collect::<Sum>()
        })
        .filter(|sum| !sum.is_empty())
        .collect()
}
