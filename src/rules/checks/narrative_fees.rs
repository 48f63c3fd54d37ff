//! `narrative.fees_collected`: fees the prose says were collected.

use super::issue;
use crate::rules::catalogue::{Basis, Rule};
use crate::rules::{Context, Issue, Quantity, RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::NarrativeFeesCollected,
        Severity::Warning,
        Basis::implied("第一部分、第六部分与信息处理费"),
        ["文字与收费数据", "Text vs fee figures"],
        [
            "文字称未收取信息处理费，或写明收取金额（元），应与第六部分的实际收取总金额一致。",
            "Text that says no processing fee was collected (未收取…费), or states an amount collected in 元, should agree with section 六's collected amount (when that figure is given).",
        ],
    )
}

pub(super) fn check(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    let Some(collected) = cx
        .report
        .other_matters
        .processing_fees
        .and_then(|fees| fees.collected_yuan)
    else {
        return;
    };
    let pointer = "/other_matters/processing_fees/collected_yuan";
    for &(place, stated) in &cx.said.fees_collected {
        if stated == collected {
            continue;
        }
        let label = cx.label(pointer);
        out.push(issue(
            rule,
            vec![place.pointer(), pointer.to_owned()],
            Some((Quantity::Amount(collected), Quantity::Amount(stated))),
            format!(
                "{}：文字所述收取 {stated} 元，但{label} 为 {collected} 元。",
                rule.title_zh
            ),
            format!(
                "{}: the text states {stated} 元 collected, but {label} is {collected} 元.",
                rule.title_en
            ),
        ));
    }
}
