//! `other_matters.fees_collected`: no more is collected than was billed.

use super::issue;
use crate::rules::catalogue::{Basis, Parameters, Rule};
use crate::rules::{Context, Issue, Quantity, RuleId, Severity};

/// The amount collected (section 六).
const COLLECTED: &str = "/other_matters/processing_fees/collected_yuan";

/// The amount billed: the total of the fee notices issued (section 六).
const BILLED: &str = "/other_matters/processing_fees/notices_total_yuan";

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::OtherMattersFeesCollected,
        Severity::Warning,
        Basis::implied("国办函〔2020〕109号"),
        ["实收金额", "Fees collected"],
        [
            "实际收取的总金额不应超过收费通知总金额（两项均有数据时检查）。",
            "The amount actually collected should not exceed the total of the fee notices issued (checked when both figures are given).",
        ],
    )
    .with_parameters(Parameters {
        pointers: &[("collected", COLLECTED), ("billed", BILLED)],
        ..Parameters::default()
    })
}

pub(super) fn check(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    let Some(fees) = cx.report.other_matters.processing_fees else {
        return;
    };
    let (Some(collected), Some(billed)) = (fees.collected_yuan, fees.notices_total_yuan) else {
        return;
    };
    if collected <= billed {
        return;
    }
    let (collected_pointer, billed_pointer) = (COLLECTED, BILLED);
    let (collected_label, billed_label) = (cx.label(collected_pointer), cx.label(billed_pointer));
    out.push(issue(
        rule,
        vec![collected_pointer.to_owned(), billed_pointer.to_owned()],
        Some((Quantity::Amount(billed), Quantity::Amount(collected))),
        format!(
            "{}：{collected_label} 为 {collected} 元，超过{billed_label} {billed} 元。",
            rule.title_zh
        ),
        format!(
            "{}: {collected_label} is {collected} 元, more than {billed_label} {billed} 元.",
            rule.title_en
        ),
    ));
}
