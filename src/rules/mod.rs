//! The report's consistency rules and the checks that run them.
//!
//! [`Report::check`] runs every rule of one report and returns every issue found, in a stable
//! order (catalogue order, then column/row order). [`Report::check_against_previous`] runs the
//! rules across years. Each rule is defined once in the [`catalogue`]; the linear ones (sums and
//! bounds) are evaluated straight from their catalogue terms.
//!
//! Field-level constraints (a non-empty agency name, a 6-digit region code, text lengths) are
//! applied when a report is read, by the `validator` derive. The cross-field rules here use the
//! crate's own [`Issue`] type instead of `validator`'s errors, because an issue must name every
//! cell involved by JSON Pointer (validator's errors are keyed by Rust field names) and a check
//! must report every problem, not stop at the first struct-level failure.
//!
//! Where they live: `id.rs` is the typed id of every rule ([`RuleId`]); `checks/` holds one file
//! per rule with its definition beside its check; `catalogue.rs` the rule type and the
//! catalogue built from those definitions; `linear.rs` the evaluator of sums and bounds;
//! `blank.rs` what a blank cell counts as; `narrative/` the figures the prose restates.
//!
//! ```
//! use ogi_report::rules::RuleId;
//! use ogi_report::{Agency, AgencyKind, Report};
//!
//! let mut report = Report::new(Agency::new("某局", AgencyKind::Department), 2024);
//! report.applications.new_received.natural_person = 2;
//! report.applications.outcomes.disclosed.natural_person = 2;
//! assert!(report.check().iter().any(|i| i.rule == RuleId::ApplicationsApplicantTotal));
//! report.fill_totals()?;
//! assert!(report.check().is_empty());
//! # Ok::<(), ogi_report::OverflowError>(())
//! ```

mod blank;
mod catalogue;
mod checks;
mod id;
mod issue;
pub(crate) mod labels;
mod linear;
mod narrative;
mod reuse;
mod template;
mod thresholds;
mod wording;

pub use catalogue::{
    Basis, BasisKind, Deadline, Enforcement, ForEach, Linear, Parameters, Relation, Rule, Scope,
    Term, Which, catalogue, catalogue_json, rule,
};
pub use checks::{FEE_UNIT_THRESHOLD_10K_YUAN, RegionTables};
pub use id::{RuleId, UnknownRuleId};
pub use issue::{Issue, Quantity, Severity};
pub use labels::{cell_label, cell_label_in};
pub use narrative::phrases::{Claim, Phrase, Says, Scanning, Side, Unit};
pub use narrative::{Narrative, NarrativeFigure};
pub use reuse::{Sentences, TextReuse};
pub use template::{RequiredParts, TEMPLATE, Template};
pub use thresholds::{
    COPIED_TEXT_MIN_SENTENCES, COPIED_TEXT_PERCENT, JUMP_FACTOR, JUMP_FLOOR, MIN_SENTENCE_CHARS,
    Thresholds,
};

pub(crate) use blank::{counted_cells, with_blank_totals_filled};

use crate::Report;
use linear::Layout;
use narrative::{Statements, statements};

/// What the checks of one report read, prepared once per check.
pub(crate) struct Context<'a> {
    /// The report being checked.
    report: &'a Report,
    /// Its cells as the checks count them (blank totals as the sums of their parts).
    cells: Vec<i64>,
    /// The layout of its cells.
    layout: Layout,
    /// Last year's report, its cells and layout, for the checks across years.
    previous: Option<(&'a Report, Vec<i64>, Layout)>,
    /// The figures its prose restates.
    said: Statements<'a>,
    /// The reports of the bodies under it, for the checks of a region.
    children: &'a [Report],
}

impl<'a> Context<'a> {
    fn new(report: &'a Report, previous: Option<&'a Report>) -> Self {
        let said = if previous.is_none() {
            statements(report)
        } else {
            Statements::default()
        };
        Context {
            report,
            cells: blank::counted_cells(report),
            layout: Layout::of(report),
            previous: previous.map(|previous| {
                (
                    previous,
                    blank::counted_cells(previous),
                    Layout::of(previous),
                )
            }),
            said,
            children: &[],
        }
    }

    /// The official label of the cell at `pointer`, in the report's edition.
    fn label(&self, pointer: &str) -> String {
        cell_label_in(self.report.format_version, pointer)
    }

    /// The value of the number cell at `pointer` as the checks count it.
    fn value(&self, pointer: &str) -> Option<i64> {
        let index = self.layout.index_of(pointer)?;
        self.cells.get(index).copied()
    }

    /// The value of the number cell of index `index` (in the report's layout), if any.
    fn cell(&self, index: Option<usize>) -> Option<i64> {
        self.cells.get(index?).copied()
    }

    /// Whether `rule` applies to the report (and last year's, across years).
    fn applies(&self, rule: &Rule) -> bool {
        rule.applies_to(self.report.format_version)
            && self
                .previous
                .as_ref()
                .is_none_or(|(previous, ..)| rule.applies_to(previous.format_version))
    }
}

/// Every rule of `scope` that applies, run on the context, in catalogue order.
fn run_rules(cx: &Context<'_>, scope: Scope) -> Vec<Issue> {
    let mut issues = Vec::new();
    for rule in catalogue().iter().filter(|r| r.scope == scope) {
        if cx.applies(rule) {
            checks::run(rule, cx, &mut issues);
        }
    }
    issues.into_iter().map(Issue::with_fingerprint).collect()
}

/// See [`Report::check`].
pub(crate) fn check_report(report: &Report) -> Vec<Issue> {
    run_rules(&Context::new(report, None), Scope::Report)
}

/// See [`Report::check_content`].
pub(crate) fn check_content(report: &Report) -> Vec<Issue> {
    run_rules(&Context::new(report, None), Scope::Content)
}

/// See [`Report::check_region`].
pub(crate) fn check_region(report: &Report, children: &[Report]) -> Vec<Issue> {
    let mut cx = Context::new(report, None);
    cx.children = children;
    run_rules(&cx, Scope::Region)
}

/// See [`Report::copied_text`].
pub(crate) fn copied_text(report: &Report, previous: &Report) -> Vec<TextReuse> {
    reuse::copied_text(report, previous)
}

/// See [`Report::check_against_previous`].
pub(crate) fn check_across_years(report: &Report, previous: &Report) -> Vec<Issue> {
    if let Some(issue) = checks::incomparable(report, previous) {
        return vec![issue.with_fingerprint()];
    }
    run_rules(&Context::new(report, Some(previous)), Scope::AcrossYears)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_catalogue_term_resolves_to_a_cell() {
        assert_eq!(super::linear::unresolved_terms(), 0);
    }
}
