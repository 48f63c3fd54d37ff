//! `narrative.applications_received`: the number of applications the prose states.

use crate::rules::catalogue::{Basis, Rule};
use crate::rules::{RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::NarrativeApplicationsReceived,
        Severity::Warning,
        Basis::implied("文字与表三"),
        [
            "文字与表三：收到申请数",
            "Text vs table 3: applications received",
        ],
        [
            "文字所述收到（受理、接收、新收）申请件数（如“共收到政府信息公开申请 18 件”）应等于表三一、本年新收总计（或加上年结转）。某类申请人、某渠道、某月或他年的件数不计。",
            "A number of applications received stated in the text (收到/受理/接收/新收/共有…申请 N 件, e.g. “共收到政府信息公开申请 18 件”) should equal table 3's 一 new total (or 一 + 二). Figures of one kind of applicant, one channel, a month, another year or a sub-unit are not read.",
        ],
    )
}
