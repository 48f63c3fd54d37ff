//! Every rule, one file each: its definition (id, severity, basis, texts, terms) beside its
//! check. [`definition`] and [`run`] match on [`RuleId`] exhaustively, so a rule cannot be
//! declared without both.
//!
//! Linear rules (sums and bounds) have no check of their own: their terms are their check, run
//! by the evaluator in `linear.rs`, and exported in the catalogue for frontends.

mod applicant_total;
mod balance;
mod blank_totals;
mod carried_forward_bound;
mod carry_over;
mod comparable;
mod copied_text;
mod documents_continuity;
mod documents_in_force;
mod fee_notices;
mod fee_unit;
mod fees_collected;
mod headings;
mod items_continuity;
mod items_not_negative;
mod jump;
mod mixed_editions;
mod narrative_common;
mod narrative_documents;
mod narrative_fees;
mod narrative_handled;
mod narrative_outcomes;
mod narrative_received;
mod narrative_review;
mod narrative_shares;
mod non_negative;
mod outcome_total;
mod outdated_template;
mod publication_deadline;
mod published_within_total;
mod region_child_year;
mod region_common;
mod region_duplicate;
mod region_roll_up;
mod required_content;
mod review_total;
mod rule_making_power;
mod section_order;

pub(crate) use comparable::incomparable;
pub use fee_unit::FEE_UNIT_THRESHOLD_10K_YUAN;
pub use region_common::RegionTables;

use super::catalogue::{ForEach, Rule};
use super::{Context, Issue, Quantity, RuleId};

use crate::applications::{ApplicantRow, Applications, OtherHandling};
use crate::cells::pointers_of;
use crate::review_and_litigation::ReviewAndLitigation;

/// The definition of the rule `id`.
pub(super) fn definition(id: RuleId) -> Rule {
    match id {
        RuleId::ApplicationsBalance => balance::rule(),
        RuleId::ApplicationsOutcomeTotal => outcome_total::rule(),
        RuleId::ApplicationsApplicantTotal => applicant_total::rule(),
        RuleId::ReviewAndLitigationTotal => review_total::rule(),
        RuleId::FiguresNonNegative => non_negative::rule(),
        RuleId::ApplicationsCarriedForwardBound => carried_forward_bound::rule(),
        RuleId::ProactiveDisclosureDocumentsInForce => documents_in_force::rule(),
        RuleId::ProactiveDisclosureItemsNotNegative => items_not_negative::rule(),
        RuleId::ProactiveDisclosurePublishedWithinTotal => published_within_total::rule(),
        RuleId::ProactiveDisclosureRuleMakingPower => rule_making_power::rule(),
        RuleId::ProactiveDisclosureFeeUnit => fee_unit::rule(),
        RuleId::OtherMattersFeeNotices => fee_notices::rule(),
        RuleId::OtherMattersFeesCollected => fees_collected::rule(),
        RuleId::ReportPublicationDeadline => publication_deadline::rule(),
        RuleId::ReportMixedEditions => mixed_editions::rule(),
        RuleId::ReportOutdatedTemplate => outdated_template::rule(),
        RuleId::BlankCellsTotals => blank_totals::rule(),
        RuleId::ContinuityCarryOver => carry_over::rule(),
        RuleId::ContinuityDocumentsInForce => documents_continuity::rule(),
        RuleId::ContinuityItems => items_continuity::rule(),
        RuleId::ContinuityComparable => comparable::rule(),
        RuleId::NarrativeApplicationsReceived => narrative_received::rule(),
        RuleId::NarrativeApplicationsHandled => narrative_handled::rule(),
        RuleId::NarrativeOutcomeCounts => narrative_outcomes::rule(),
        RuleId::NarrativeOutcomeShares => narrative_shares::rule(),
        RuleId::NarrativeProactiveDisclosure => narrative_documents::rule(),
        RuleId::NarrativeReviewAndLitigation => narrative_review::rule(),
        RuleId::NarrativeFeesCollected => narrative_fees::rule(),
        RuleId::TextRequiredContent => required_content::rule(),
        RuleId::TextHeadings => headings::rule(),
        RuleId::TextSectionOrder => section_order::rule(),
        RuleId::TextCopied => copied_text::rule(),
        RuleId::ContinuityJump => jump::rule(),
        RuleId::RegionRollUp => region_roll_up::rule(),
        RuleId::RegionChildYear => region_child_year::rule(),
        RuleId::RegionDuplicateChild => region_duplicate::rule(),
    }
}

/// Runs the check of `rule` (one that is not linear) on the context.
pub(super) fn run(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    match rule.id {
        RuleId::ApplicationsBalance
        | RuleId::ApplicationsOutcomeTotal
        | RuleId::ApplicationsApplicantTotal
        | RuleId::ReviewAndLitigationTotal
        | RuleId::ApplicationsCarriedForwardBound
        | RuleId::ProactiveDisclosureDocumentsInForce
        | RuleId::ProactiveDisclosureItemsNotNegative
        | RuleId::ProactiveDisclosurePublishedWithinTotal
        | RuleId::ContinuityCarryOver
        | RuleId::ContinuityDocumentsInForce
        | RuleId::ContinuityItems => super::linear::check_linear(rule, cx, out),
        // Enforced by the types: a document that breaks it is never read.
        RuleId::FiguresNonNegative => {}
        // Decided before any other rule across years runs (see `Report::check_against_previous`).
        RuleId::ContinuityComparable => {}
        RuleId::ProactiveDisclosureRuleMakingPower => rule_making_power::check(rule, cx, out),
        RuleId::ProactiveDisclosureFeeUnit => fee_unit::check(rule, cx, out),
        RuleId::OtherMattersFeeNotices => fee_notices::check(rule, cx, out),
        RuleId::OtherMattersFeesCollected => fees_collected::check(rule, cx, out),
        RuleId::ReportPublicationDeadline => publication_deadline::check(rule, cx, out),
        RuleId::ReportMixedEditions => mixed_editions::check(rule, cx, out),
        RuleId::ReportOutdatedTemplate => outdated_template::check(rule, cx, out),
        RuleId::BlankCellsTotals => blank_totals::check(rule, cx, out),
        RuleId::NarrativeApplicationsReceived
        | RuleId::NarrativeApplicationsHandled
        | RuleId::NarrativeOutcomeCounts
        | RuleId::NarrativeProactiveDisclosure
        | RuleId::NarrativeReviewAndLitigation
        | RuleId::NarrativeFeesCollected => narrative_common::check_restated(rule, cx, out),
        RuleId::NarrativeOutcomeShares => narrative_shares::check(rule, cx, out),
        RuleId::TextRequiredContent => required_content::check(rule, cx, out),
        RuleId::TextHeadings => headings::check(rule, cx, out),
        RuleId::TextSectionOrder => section_order::check(rule, cx, out),
        RuleId::TextCopied => copied_text::check(rule, cx, out),
        RuleId::ContinuityJump => jump::check(rule, cx, out),
        RuleId::RegionRollUp => region_roll_up::check(rule, cx, out),
        RuleId::RegionChildYear => region_child_year::check(rule, cx, out),
        RuleId::RegionDuplicateChild => region_duplicate::check(rule, cx, out),
    }
}

/// An issue of `rule` (its severity) with these paths, figures and messages.
pub(super) fn issue(
    rule: &'static Rule,
    paths: Vec<String>,
    expected_actual: Option<(Quantity, Quantity)>,
    message_zh: String,
    message_en: String,
) -> Issue {
    let (expected, actual) = match expected_actual {
        Some((expected, actual)) => (Some(expected), Some(actual)),
        None => (None, None),
    };
    Issue {
        rule: rule.id,
        severity: rule.severity,
        paths,
        previous_paths: Vec::new(),
        expected,
        actual,
        quote: None,
        offset: None,
        fingerprint: String::new(),
        message_zh,
        message_en,
    }
}

/// The serde names of the columns of table 三 (`natural_person` … `total`).
fn applicant_columns() -> Vec<String> {
    pointers_of(&ApplicantRow::default(), "")
        .into_iter()
        .map(|p| p.trim_start_matches('/').to_owned())
        .collect()
}

/// One instance per column of table 三.
fn columns_for_each() -> ForEach {
    ForEach {
        placeholder: "column",
        values: applicant_columns(),
    }
}

/// The pointers of the rows of cells that end in a `/total` cell.
fn rows_with_total(cells: Vec<String>) -> Vec<String> {
    cells
        .into_iter()
        .filter_map(|p| p.strip_suffix("/total").map(str::to_owned))
        .collect()
}

/// Every row of table 三 in either form of （六）其他处理: the three sub-rows, then the one row.
fn table_3_rows() -> Vec<String> {
    let mut one_row = Applications::default();
    one_row.outcomes.other_handling = OtherHandling::OneRow(ApplicantRow::default());
    let mut rows = rows_with_total(pointers_of(&Applications::default(), "/applications"));
    for row in rows_with_total(pointers_of(&one_row, "/applications")) {
        if !rows.contains(&row) {
            let after = rows
                .iter()
                .rposition(|r| r.starts_with("/applications/outcomes/other_handling/"))
                .map_or(rows.len(), |at| at + 1);
            rows.insert(after, row);
        }
    }
    rows
}

/// The result rows of table 三 (every row of 三 but （七）总计), in either form of （六）.
fn result_rows() -> Vec<String> {
    table_3_rows()
        .into_iter()
        .filter(|row| {
            row.starts_with("/applications/outcomes/") && row != "/applications/outcomes/total"
        })
        .collect()
}

/// The groups of table 四 (`administrative_review`, …).
fn table_4_groups() -> Vec<String> {
    rows_with_total(pointers_of(&ReviewAndLitigation::default(), ""))
        .into_iter()
        .map(|g| g.trim_start_matches('/').to_owned())
        .collect()
}

/// The rows of table 二 block （一）: `rules`, `normative_documents` (both editions).
fn document_kinds() -> ForEach {
    ForEach {
        placeholder: "kind",
        values: vec!["rules".to_owned(), "normative_documents".to_owned()],
    }
}

/// The rows of the 2019 table 二 that count items with a yearly change.
fn item_rows() -> ForEach {
    let table = crate::proactive_disclosure::ProactiveDisclosure2019::default();
    ForEach {
        placeholder: "item",
        values: pointers_of(&table, "")
            .into_iter()
            .filter_map(|p| {
                p.strip_suffix("/change")
                    .map(|row| row.trim_start_matches('/').to_owned())
            })
            .collect(),
    }
}
