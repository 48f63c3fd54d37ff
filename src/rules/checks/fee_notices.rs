//! `other_matters.fee_notices`: applications dropped for unpaid fees need fee notices.

use super::issue;
use crate::rules::catalogue::{Basis, Parameters, Rule};
use crate::rules::{Context, Issue, RuleId, Severity};

/// Table 三's （六）2 总计: applications dropped because a fee notice was not paid.
const DROPPED: &str = "/applications/outcomes/other_handling/fee_not_paid/total";

/// Section 六's fee figures (named when the report gives none).
const FEES: &str = "/other_matters/processing_fees";

/// The number of fee notices issued (section 六).
const NOTICES: &str = "/other_matters/processing_fees/notices_issued";

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::OtherMattersFeeNotices,
        Severity::Warning,
        Basis::implied("表三 第三项（六）2；国办函〔2020〕109号"),
        ["收费通知", "Fee notices"],
        [
            "表三（六）2“逾期未按收费通知要求缴纳费用”总计大于 0，但第六部分未报告发出收费通知（无收费数据或发出收费通知件数为 0）。（六）为一行、或收费数据未列发出收费通知件数时不检查。",
            "Table 3 （六）2 (application dropped because a fee notice was not paid) has a non-zero total, but section 六 reports no fee notice (no fee figures, or 0 notices issued). Not checked when （六） is one row or the fee figures omit the number of notices.",
        ],
    )
    .with_parameters(Parameters {
        pointers: &[("dropped", DROPPED), ("fees", FEES), ("notices", NOTICES)],
        ..Parameters::default()
    })
}

pub(super) fn check(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    let Some(rows) = cx.report.applications.outcomes.other_handling.sub_rows() else {
        return;
    };
    let dropped_pointer = DROPPED;
    let dropped = cx
        .value(dropped_pointer)
        .unwrap_or(i64::from(rows.fee_not_paid.total));
    let (notices_pointer, notices) = match cx.report.other_matters.processing_fees {
        Some(fees) => match fees.notices_issued {
            Some(notices) => (NOTICES, notices),
            None => return,
        },
        None => (FEES, 0),
    };
    if dropped == 0 || notices > 0 {
        return;
    }
    let label = cx.label(dropped_pointer);
    out.push(issue(
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
    ));
}
