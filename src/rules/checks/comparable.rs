//! `continuity.comparable`: the rules across years need last year's report of the same agency.

use super::issue;
use crate::rules::catalogue::{Basis, Rule};
use crate::rules::{Issue, RuleId, Severity, rule as rule_of};
use crate::{Agency, Report};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::ContinuityComparable,
        Severity::Warning,
        Basis::implied("跨年度比对"),
        ["可比性", "Comparable reports"],
        [
            "跨年度比对要求上年报告属于同一机关（名称相同，或名称写法不同而行政区划代码与机关类型均相同）、年度为本年减一；否则不作衔接检查。",
            "Checks across years need last year's report of the same agency for year − 1: the same name, or (when the printed names differ, e.g. with and without the city prefix) the same region code and kind of agency; otherwise the continuity rules are skipped and this warning says why.",
        ],
    )
    .across_years()
}

/// A `continuity.comparable` warning when `previous` is not last year's report of the same
/// agency as `report`.
pub(crate) fn incomparable(report: &Report, previous: &Report) -> Option<Issue> {
    let rule = rule_of(RuleId::ContinuityComparable);
    let consecutive = u32::from(previous.year) + 1 == u32::from(report.year);
    let same_agency = same_agency(&report.agency, &previous.agency);
    if consecutive && same_agency {
        return None;
    }
    let (pointer, zh, en) = if consecutive {
        (
            "/agency/name",
            format!(
                "上年报告的机关为“{}”，与本报告“{}”不同，行政区划代码与机关类型也不全相同",
                previous.agency.name, report.agency.name
            ),
            format!(
                "last year's report is by “{}”, not “{}”, and its region code and kind of agency do not both match",
                previous.agency.name, report.agency.name
            ),
        )
    } else {
        let expected = i32::from(report.year) - 1;
        (
            "/year",
            format!("上年报告的年度为 {}，而非 {expected}", previous.year),
            format!(
                "the previous report is for {}, not {expected}",
                previous.year
            ),
        )
    };
    let mut found = issue(
        rule,
        vec![pointer.to_owned()],
        None,
        format!("{}：{zh}，未作跨年度衔接检查。", rule.title_zh),
        format!(
            "{}: {en}; the continuity rules were not checked.",
            rule.title_en
        ),
    );
    found.previous_paths = vec![pointer.to_owned()];
    Some(found)
}

/// Whether two agencies are the same: the same name, or the same region code and kind (the name
/// printed with and without its city prefix, 东营市东营区人民政府办公室 / 东营区人民政府办公室).
fn same_agency(agency: &Agency, other: &Agency) -> bool {
    let same_region = match (&agency.region_code, &other.region_code) {
        (Some(code), Some(other_code)) => code == other_code,
        _ => false,
    };
    agency.name == other.name || (same_region && agency.kind == other.kind)
}
