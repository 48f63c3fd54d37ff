//! `narrative.applications_received`: the number of applications the prose states.

use super::narrative_outcomes::check_counts;
use crate::rules::catalogue::{Basis, Rule};
use crate::rules::narrative::Stated;
use crate::rules::{Context, Issue, RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::NarrativeApplicationsReceived,
        Severity::Warning,
        Basis::implied("第一部分、第六部分与表三"),
        [
            "文字与表三：收到申请数",
            "Text vs table 3: applications received",
        ],
        [
            "第一、六部分文字所述收到申请件数（如“共收到政府信息公开申请 18 件”）应等于表三一、本年新收总计（或加上年结转）。",
            "A number of applications received stated in the text of sections 一 or 六 (e.g. “共收到政府信息公开申请 18 件”) should equal table 3's 一 new total (or 一 + 二). Recognised: 收到…申请 N 件 within one clause.",
        ],
    )
}

pub(super) fn check(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    check_counts(rule, cx, &[Stated::Received], out);
}
