//! `region.child_year`: a child's report on another year is left out of the roll-up.

use super::issue;
use super::region_common::{Left, sorted_children};
use crate::rules::catalogue::{Basis, Rule};
use crate::rules::{Context, Issue, Quantity, RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::RegionChildYear,
        Severity::Warning,
        Basis::implied("同一年度汇总"),
        ["下级报告年度不符", "Child of another year"],
        [
            "下级报告的年度与本机关报告不同，不计入汇总。",
            "A child's report is on another year than the parent's: it is named and left out of the roll-up (`expected` the parent's year, `actual` the child's).",
        ],
    )
    .for_region()
}

pub(super) fn check(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    let year = cx.report.year;
    for (position, child, left) in sorted_children(cx) {
        if left != Some(Left::OtherYear) {
            continue;
        }
        let (name, other) = (&child.agency.name, child.year);
        out.push(issue(
            rule,
            vec!["/year".to_owned()],
            Some((
                Quantity::Count(i64::from(year)),
                Quantity::Count(i64::from(other)),
            )),
            format!(
                "{}：第 {position} 份下级报告（{name}）为 {other} 年度，本报告为 {year} 年度，未计入汇总。",
                rule.title_zh
            ),
            format!(
                "{}: child {position} ({name}) reports on {other}, this report on {year}; it is left out of the roll-up.",
                rule.title_en
            ),
        ));
    }
}
