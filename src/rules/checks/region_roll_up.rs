//! `region.roll_up`: a region's report against the sum of its children's tables 三 and 四.

use super::issue;
use super::region_common::{REGION_TABLES, compared_cells, sorted_children};
use crate::rules::catalogue::{Basis, Parameters, Rule};
use crate::rules::{Context, Issue, Quantity, RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::RegionRollUp,
        Severity::Warning,
        Basis::implied("上级政务公开主管部门汇总下级年度报告"),
        ["区域汇总", "Region roll-up"],
        [
            "本机关表三、表四的每个单元格与所属下级报告（同一年度、不重复）合计相比；不一致的单元格逐一列出两个数字，并说明适用哪种理解：各单元格均不小于下级合计时按“全域汇总（下级加本机关自身）”理解，差额为本机关自身数字；均不大于时按“仅报告本机关自身”理解，差异可能属正常；两者皆非时请核对。",
            "Each cell of the parent's tables 三 and 四 against the sum of its children's (those of the same year, each agency once): every differing cell is listed with both figures (`actual` the parent's, `expected` the children's sum), and the message says which reading applies: every cell at least the children's sum reads as the region's total (the children plus the parent's own office, the difference being its own figure); every cell at most the sum reads as a report of the parent's own office only, where a difference is expected; neither reading fits a mix. Never an error: a parent may report only its own office.",
        ],
    )
    .for_region()
    .with_parameters(Parameters {
        region: Some(REGION_TABLES),
        ..Parameters::default()
    })
}

pub(super) fn check(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    let children: Vec<_> = sorted_children(cx)
        .into_iter()
        .filter(|(.., left)| left.is_none())
        .map(|(_, child, _)| child)
        .collect();
    if children.is_empty() {
        return;
    }
    let n = children.len();
    let cells = compared_cells(cx.report, &children);
    let differing: Vec<_> = cells.iter().filter(|c| c.parent != c.children).collect();
    let over = differing.iter().any(|c| c.parent > c.children);
    let under = differing.iter().any(|c| c.parent < c.children);
    for cell in differing {
        let (parent, sum) = (cell.parent, cell.children);
        let difference = parent - sum;
        let (reading_zh, reading_en) = match (over, under) {
            (true, false) => (
                format!("各单元格均不小于下级合计，按全域汇总（下级加本机关自身）理解，差额 {difference} 为本机关自身数字"),
                format!("every cell is at least the children's sum: read as the region's total (the children plus the parent's own office), the difference of {difference} being its own figure"),
            ),
            (false, true) => (
                format!("各单元格均不大于下级合计，按仅报告本机关自身理解，差异可能属正常；若本报告应为全域汇总，则少计 {}", -difference),
                format!("every cell is at most the children's sum: read as a report of the parent's own office only, where a difference is expected; as the region's total it would be short by {}", -difference),
            ),
            _ => (
                "部分单元格大于、部分小于下级合计，两种理解均不成立，请核对".to_owned(),
                "some cells exceed the children's sum and others fall short: neither reading fits, please check".to_owned(),
            ),
        };
        let label = cx.label(&cell.paths[0]);
        out.push(issue(
            rule,
            cell.paths.clone(),
            Some((Quantity::Count(sum), Quantity::Count(parent))),
            format!(
                "{}：{label} 本机关为 {parent}，{n} 份下级报告合计为 {sum}；{reading_zh}。",
                rule.title_zh
            ),
            format!(
                "{}: {label} is {parent} in this report, {sum} in the sum of its {n} children's reports; {reading_en}.",
                rule.title_en
            ),
        ));
    }
}
