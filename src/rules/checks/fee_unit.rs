//! `proactive_disclosure.fee_unit` (2021 table 二): an amount in 万元 that looks like 元.

use super::issue;
use crate::rules::catalogue::{Basis, BasisKind, Parameters, Rule};
use crate::rules::{Context, Issue, Quantity, RuleId, Severity};
use crate::{Amount, FormatVersion};

/// The threshold of rule `proactive_disclosure.fee_unit`: a 行政事业性收费 amount above
/// 100,000 万元 (1 billion yuan) is taken as a sign that it was written in 元, not 万元.
pub const FEE_UNIT_THRESHOLD_10K_YUAN: u64 = 100_000;

/// The 2021 table 二's administrative fees (行政事业性收费), in 万元.
const AMOUNT: &str = "/proactive_disclosure/administrative_fees_10k_yuan";

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::ProactiveDisclosureFeeUnit,
        Severity::Warning,
        Basis {
            kind: BasisKind::Practice,
            reference: "表二 第二十条第（八）项 本年收费金额（单位：万元）",
        },
        ["收费金额单位", "Fee unit"],
        [
            "行政事业性收费金额超过 100000 万元（10 亿元），疑似按元而非万元填写。",
            "The administrative fees amount exceeds 100,000 万元 (1 billion yuan): it was probably written in 元 instead of 万元. Threshold: FEE_UNIT_THRESHOLD_10K_YUAN = 100000.",
        ],
    )
    .for_edition(FormatVersion::V2021)
    .with_parameters(Parameters {
        threshold_10k_yuan: Some(FEE_UNIT_THRESHOLD_10K_YUAN),
        pointers: &[("amount", AMOUNT)],
        ..Parameters::default()
    })
}

pub(super) fn check(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    let Some(table) = cx.report.proactive_disclosure.as_2021() else {
        return;
    };
    let pointer = AMOUNT;
    let amount = table.administrative_fees_10k_yuan;
    let threshold = Amount::from_whole(FEE_UNIT_THRESHOLD_10K_YUAN);
    if amount <= threshold {
        return;
    }
    let label = cx.label(pointer);
    out.push(issue(
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
    ));
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_texts_state_the_threshold_they_check() {
        let rule = super::rule();
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
}
