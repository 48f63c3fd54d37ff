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
//! ```
//! use ogi_report::{Agency, AgencyKind, Report};
//!
//! let mut report = Report::new(Agency::new("某局", AgencyKind::Department), 2024);
//! report.applications.new_received.natural_person = 2;
//! report.applications.outcomes.disclosed.natural_person = 2;
//! assert!(report.check().iter().any(|i| i.rule == "applications.applicant_total"));
//! report.fill_totals()?;
//! assert!(report.check().is_empty());
//! # Ok::<(), ogi_report::OverflowError>(())
//! ```

mod catalogue;
mod issue;
mod labels;
mod linear;
mod narrative;

pub use catalogue::{
    Basis, BasisKind, Enforcement, FEE_UNIT_THRESHOLD_10K_YUAN, ForEach, Linear, Relation, Rule,
    Scope, Term, Which, catalogue, catalogue_json, rule,
};
pub use issue::{Issue, Quantity, Severity};
pub use labels::cell_label;

use crate::cells::counts_of;
use crate::{AgencyKind, Amount, Report};
use narrative::{Stated, Statements, statements};

impl Report {
    /// Checks the report against every rule of the catalogue that concerns one report, and
    /// returns every issue found (errors and warnings), in catalogue order.
    ///
    /// ```
    /// let json = std::fs::read_to_string("examples/reports/dongying-district-office-2023.json")?;
    /// let report = ogi_report::Report::from_json_str(&json)?;
    /// assert!(report.check().iter().all(|issue| !issue.is_error()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check(&self) -> Vec<Issue> {
        let cells = counts_of(self);
        let statements = statements(self);
        let mut issues = Vec::new();
        for rule in catalogue().iter().filter(|r| r.scope == Scope::Report) {
            if rule.linear.is_some() {
                linear::check_linear(rule, &cells, None, &mut issues);
            } else {
                self.check_specific(rule, &statements, &mut issues);
            }
        }
        issues
    }

    /// Checks the report against the same agency's report for the previous year: carry-over
    /// continuity per column and stock continuity of documents in force (warnings, with paths
    /// into both reports). When `previous` is not last year's report of the same agency, only a
    /// `continuity.comparable` warning is returned.
    ///
    /// ```
    /// use ogi_report::{Agency, AgencyKind, Report};
    /// let agency = Agency::new("某局", AgencyKind::Department);
    /// let mut last = Report::new(agency.clone(), 2023);
    /// last.applications.carried_forward_to_next_year.natural_person = 1;
    /// let this = Report::new(agency, 2024);
    /// let issues = this.check_against_previous(&last);
    /// assert_eq!(issues[0].rule, "continuity.carry_over");
    /// assert_eq!(issues[0].previous_paths, ["/applications/carried_forward_to_next_year/natural_person"]);
    /// ```
    pub fn check_against_previous(&self, previous: &Report) -> Vec<Issue> {
        let mut issues = Vec::new();
        if let Some(issue) = self.incomparable(previous) {
            issues.push(issue);
            return issues;
        }
        let (cells, previous_cells) = (counts_of(self), counts_of(previous));
        for rule in catalogue().iter().filter(|r| r.scope == Scope::AcrossYears) {
            linear::check_linear(rule, &cells, Some(&previous_cells), &mut issues);
        }
        issues
    }

    fn check_specific(&self, rule: &'static Rule, said: &Statements, issues: &mut Vec<Issue>) {
        let found = match rule.id {
            "proactive_disclosure.rule_making_power" => self.check_rule_making_power(rule),
            "proactive_disclosure.fee_unit" => self.check_fee_unit(rule),
            "other_matters.fee_notices" => self.check_fee_notices(rule),
            "other_matters.fees_collected" => self.check_fees_collected(rule),
            "report.publication_deadline" => self.check_publication_deadline(rule),
            "narrative.applications_received" => {
                self.check_narrative_counts(rule, said, &[Stated::Received])
            }
            "narrative.outcome_counts" => self.check_narrative_counts(
                rule,
                said,
                &[
                    Stated::Disclosed,
                    Stated::PartiallyDisclosed,
                    Stated::NotDisclosed,
                ],
            ),
            "narrative.fees_collected" => self.check_narrative_fees(rule, said),
            _ => Vec::new(),
        };
        issues.extend(found);
    }

    /// 规章 counts non-zero for a township, or a body whose region code is county level.
    fn check_rule_making_power(&self, rule: &'static Rule) -> Vec<Issue> {
        let county_level = self
            .agency
            .region_code
            .as_deref()
            .is_some_and(|code| !code.ends_with("00"));
        let (reason_pointer, reason_zh, reason_en) = if self.agency.kind == AgencyKind::Township {
            (
                "/agency/kind",
                "乡镇、街道",
                "a township or sub-district office",
            )
        } else if county_level && self.agency.kind != AgencyKind::Other {
            (
                "/agency/region_code",
                "县级机关（区划代码末两位不为 00）",
                "a county-level body (region code not ending in 00)",
            )
        } else {
            return Vec::new();
        };
        let rules = &self.proactive_disclosure.rules;
        let cells: Vec<String> = [
            ("issued", rules.issued),
            ("repealed", rules.repealed),
            ("in_force", rules.in_force),
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(name, _)| format!("/proactive_disclosure/rules/{name}"))
        .collect();
        if cells.is_empty() {
            return Vec::new();
        }
        let labels: Vec<String> = cells.iter().map(|p| cell_label(p)).collect();
        let mut paths = cells;
        paths.push(reason_pointer.to_owned());
        vec![warning(
            rule,
            paths,
            None,
            format!(
                "{}：{} 不为 0，但报告机关是{reason_zh}，通常没有规章制定权。",
                rule.title_zh,
                labels.join("、")
            ),
            format!(
                "{}: {} is not 0, but the agency is {reason_en}, which usually has no rule-making power.",
                rule.title_en,
                labels.join(", ")
            ),
        )]
    }

    /// 行政事业性收费 above the plausibility threshold for 万元.
    fn check_fee_unit(&self, rule: &'static Rule) -> Vec<Issue> {
        let pointer = "/proactive_disclosure/administrative_fees_10k_yuan";
        let amount = self.proactive_disclosure.administrative_fees_10k_yuan;
        let threshold = Amount::from_whole(FEE_UNIT_THRESHOLD_10K_YUAN);
        if amount <= threshold {
            return Vec::new();
        }
        let label = cell_label(pointer);
        vec![warning(
            rule,
            vec![pointer.to_owned()],
            Some((Quantity::Amount(threshold), Quantity::Amount(amount))),
            format!(
                "{}：{label} 为 {amount} 万元，超过 {threshold} 万元，疑似按元填写。",
                rule.title_zh
            ),
            format!(
                "{}: {label} is {amount} 万元, above {threshold} 万元; it was probably written in 元.",
                rule.title_en
            ),
        )]
    }

    /// Applications dropped for unpaid fees while section 六 reports no fee notice.
    fn check_fee_notices(&self, rule: &'static Rule) -> Vec<Issue> {
        let dropped_pointer = "/applications/outcomes/other_handling/fee_not_paid/total";
        let dropped = self.applications.outcomes.other_handling.fee_not_paid.total;
        let (notices_pointer, notices) = match self.other_matters.processing_fees {
            Some(fees) => (
                "/other_matters/processing_fees/notices_issued",
                fees.notices_issued,
            ),
            None => ("/other_matters/processing_fees", 0),
        };
        if dropped == 0 || notices > 0 {
            return Vec::new();
        }
        let label = cell_label(dropped_pointer);
        vec![warning(
            rule,
            vec![dropped_pointer.to_owned(), notices_pointer.to_owned()],
            None,
            format!(
                "{}：{label} 为 {dropped}，但第六部分未报告发出收费通知。",
                rule.title_zh
            ),
            format!(
                "{}: {label} is {dropped}, but section 六 reports no fee notice issued.",
                rule.title_en
            ),
        )]
    }

    /// Fees collected above the total of the fee notices.
    fn check_fees_collected(&self, rule: &'static Rule) -> Vec<Issue> {
        let Some(fees) = self.other_matters.processing_fees else {
            return Vec::new();
        };
        if fees.collected_yuan <= fees.notices_total_yuan {
            return Vec::new();
        }
        let collected = "/other_matters/processing_fees/collected_yuan";
        let billed = "/other_matters/processing_fees/notices_total_yuan";
        vec![warning(
            rule,
            vec![collected.to_owned(), billed.to_owned()],
            Some((
                Quantity::Amount(fees.notices_total_yuan),
                Quantity::Amount(fees.collected_yuan),
            )),
            format!(
                "{}：{} 为 {} 元，超过{} {} 元。",
                rule.title_zh,
                cell_label(collected),
                fees.collected_yuan,
                cell_label(billed),
                fees.notices_total_yuan
            ),
            format!(
                "{}: {} is {} 元, more than {} {} 元.",
                rule.title_en,
                cell_label(collected),
                fees.collected_yuan,
                cell_label(billed),
                fees.notices_total_yuan
            ),
        )]
    }

    /// Published after the Art. 49 deadline for the agency's kind.
    fn check_publication_deadline(&self, rule: &'static Rule) -> Vec<Issue> {
        let (Some(published), Some(deadline)) =
            (self.published_on, self.agency.kind.deadline(self.year))
        else {
            return Vec::new();
        };
        if published <= deadline {
            return Vec::new();
        }
        vec![warning(
            rule,
            vec!["/published_on".to_owned(), "/agency/kind".to_owned()],
            None,
            format!(
                "{}：发布日期 {published} 晚于《条例》第四十九条规定的 {deadline}。",
                rule.title_zh
            ),
            format!(
                "{}: published on {published}, after the Art. 49 deadline of {deadline}.",
                rule.title_en
            ),
        )]
    }

    /// Counts restated in sections 一 and 六 that differ from table 三.
    fn check_narrative_counts(
        &self,
        rule: &'static Rule,
        said: &Statements,
        kinds: &[Stated],
    ) -> Vec<Issue> {
        let mut issues = Vec::new();
        for &(place, kind, stated) in &said.counts {
            if !kinds.contains(&kind) {
                continue;
            }
            let (pointer, accepted) = self.table_figure(kind);
            if accepted.contains(&stated) {
                continue;
            }
            let label = cell_label(pointer);
            let table = accepted[0];
            issues.push(warning(
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
        issues
    }

    /// The table figure a stated count restates, and the values accepted for it.
    fn table_figure(&self, kind: Stated) -> (&'static str, Vec<u64>) {
        let a = &self.applications;
        match kind {
            Stated::Received => {
                let new = u64::from(a.new_received.total);
                let with_carried = new + u64::from(a.carried_over_from_previous_year.total);
                ("/applications/new_received/total", vec![new, with_carried])
            }
            Stated::Disclosed => (
                "/applications/outcomes/disclosed/total",
                vec![u64::from(a.outcomes.disclosed.total)],
            ),
            Stated::PartiallyDisclosed => (
                "/applications/outcomes/partially_disclosed/total",
                vec![u64::from(a.outcomes.partially_disclosed.total)],
            ),
            Stated::NotDisclosed => (
                "/applications/outcomes/not_disclosed",
                vec![a.outcomes.not_disclosed_total()],
            ),
        }
    }

    /// Fees said in sections 一 and 六 to be collected that differ from the fee figures.
    fn check_narrative_fees(&self, rule: &'static Rule, said: &Statements) -> Vec<Issue> {
        let Some(fees) = self.other_matters.processing_fees else {
            return Vec::new();
        };
        let pointer = "/other_matters/processing_fees/collected_yuan";
        let mut issues = Vec::new();
        for &(place, stated) in &said.fees_collected {
            if stated == fees.collected_yuan {
                continue;
            }
            let label = cell_label(pointer);
            issues.push(warning(
                rule,
                vec![place.pointer(), pointer.to_owned()],
                Some((
                    Quantity::Amount(fees.collected_yuan),
                    Quantity::Amount(stated),
                )),
                format!(
                    "{}：文字所述收取 {stated} 元，但{label} 为 {} 元。",
                    rule.title_zh, fees.collected_yuan
                ),
                format!(
                    "{}: the text states {stated} 元 collected, but {label} is {} 元.",
                    rule.title_en, fees.collected_yuan
                ),
            ));
        }
        issues
    }

    /// A `continuity.comparable` warning when `previous` is not last year's report of the same
    /// agency.
    fn incomparable(&self, previous: &Report) -> Option<Issue> {
        let rule = rule("continuity.comparable")?;
        let consecutive = u32::from(previous.year) + 1 == u32::from(self.year);
        let same_agency = previous.agency.name == self.agency.name;
        if consecutive && same_agency {
            return None;
        }
        let (pointer, zh, en) = if consecutive {
            (
                "/agency/name",
                format!(
                    "上年报告的机关为“{}”，与本报告“{}”不同",
                    previous.agency.name, self.agency.name
                ),
                format!(
                    "last year's report is by “{}”, not “{}”",
                    previous.agency.name, self.agency.name
                ),
            )
        } else {
            (
                "/year",
                format!(
                    "上年报告的年度为 {}，而非 {}",
                    previous.year,
                    i32::from(self.year) - 1
                ),
                format!(
                    "the previous report is for {}, not {}",
                    previous.year,
                    i32::from(self.year) - 1
                ),
            )
        };
        let mut issue = warning(
            rule,
            vec![pointer.to_owned()],
            None,
            format!("{}：{zh}，未作跨年度衔接检查。", rule.title_zh),
            format!(
                "{}: {en}; the continuity rules were not checked.",
                rule.title_en
            ),
        );
        issue.previous_paths = vec![pointer.to_owned()];
        Some(issue)
    }
}

/// An issue of `rule` (its severity) with these paths, figures and messages.
fn warning(
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
        message_zh,
        message_en,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_fee_unit_texts_state_the_threshold_they_check() {
        let rule = super::rule("proactive_disclosure.fee_unit").unwrap();
        let threshold = super::FEE_UNIT_THRESHOLD_10K_YUAN.to_string();
        assert!(
            rule.description_zh.contains(&threshold),
            "{}",
            rule.description_zh
        );
        assert!(
            rule.description_en.contains(&threshold),
            "{}",
            rule.description_en
        );
    }

    #[test]
    fn every_catalogue_term_resolves_to_a_cell() {
        assert_eq!(super::linear::unresolved_terms(), 0);
    }
}
