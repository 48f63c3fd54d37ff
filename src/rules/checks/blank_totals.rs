//! `blank_cells.totals`: totals left blank, once per table.

use super::issue;
use crate::rules::blank::is_total;
use crate::rules::catalogue::{Basis, BasisKind, Rule};
use crate::rules::{Context, Issue, RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::BlankCellsTotals,
        Severity::Warning,
        Basis {
            kind: BasisKind::Practice,
            reference: "表三、表四 总计",
        },
        ["总计留空", "Totals left blank"],
        [
            "表三或表四的总计单元格留空（每表提示一次）；检查时留空的总计按其各项之和计，不报合计错误。",
            "Total cells of table 3 or table 4 were printed blank (one warning per table); the checks count a blank total as the sum of its parts, so it never gives a sum error.",
        ],
    )
}

pub(super) fn check(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    for (table, prefix) in [("三", "/applications/"), ("四", "/review_and_litigation/")] {
        let blank: Vec<String> = cx
            .report
            .blank_cells
            .iter()
            .filter(|pointer| pointer.starts_with(prefix) && is_total(pointer))
            .cloned()
            .collect();
        if blank.is_empty() {
            continue;
        }
        let count = blank.len();
        out.push(issue(
            rule,
            blank,
            None,
            format!(
                "{}：表{table}有 {count} 个总计单元格留空，已按其各项之和核对。",
                rule.title_zh
            ),
            format!(
                "{}: {count} total cells of table {} were left blank; they were checked as the sums of their parts.",
                rule.title_en,
                if table == "三" { 3 } else { 4 }
            ),
        ));
    }
}
