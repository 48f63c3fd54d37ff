//! `region.duplicate_child`: the same agency given twice (or the parent among its children).

use super::issue;
use super::region_common::{Left, sorted_children};
use crate::rules::catalogue::{Basis, Rule};
use crate::rules::{Context, Issue, Quantity, RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::RegionDuplicateChild,
        Severity::Warning,
        Basis::implied("每个机关计一次"),
        ["下级报告重复", "Duplicate child"],
        [
            "同一机关的报告在下级报告中出现两次，或本机关自身的报告列为下级，重复的不计入汇总。",
            "A child's report names the same agency as an earlier child, or as the parent itself: it is named and left out of the roll-up (`actual` its position, `expected` the earlier one's, 0 for the parent).",
        ],
    )
    .for_region()
}

pub(super) fn check(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    for (position, child, left) in sorted_children(cx) {
        let name = &child.agency.name;
        let (earlier, zh, en) = match left {
            Some(Left::Duplicate(earlier)) => (
                earlier,
                format!("与第 {earlier} 份下级报告为同一机关"),
                format!("is the same agency as child {earlier}"),
            ),
            Some(Left::Parent) => (
                0,
                "即本机关自身".to_owned(),
                "is the parent itself".to_owned(),
            ),
            _ => continue,
        };
        out.push(issue(
            rule,
            vec!["/agency/name".to_owned()],
            Some((
                Quantity::Count(i64::try_from(earlier).unwrap_or(i64::MAX)),
                Quantity::Count(i64::try_from(position).unwrap_or(i64::MAX)),
            )),
            format!(
                "{}：第 {position} 份下级报告（{name}）{zh}，未计入汇总。",
                rule.title_zh
            ),
            format!(
                "{}: child {position} ({name}) {en}; it is left out of the roll-up.",
                rule.title_en
            ),
        ));
    }
}
