//! `narrative.applications_handled`: carried over, carried forward and handled, as the prose
//! states them.

use crate::rules::catalogue::{Basis, Rule};
use crate::rules::{RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::NarrativeApplicationsHandled,
        Severity::Warning,
        Basis::implied("文字与表三"),
        [
            "文字与表三：结转与办结",
            "Text vs table 3: carried over, forward and handled",
        ],
        [
            "文字所述上年结转申请件数（“含上年度结转申请 18 件”）、结转下年度件数（“另有 72 件顺延到下年度答复”）、答复或办结件数（“答复政府信息公开申请 805 件”）应分别等于表三二、四、（七）总计。",
            "Applications carried over from last year (“含上年度结转申请 18 件”), carried forward to next year (“结转下年度 N 件”, “另有 72 件顺延到下年度答复”) and answered (“答复/办结…申请 N 件”), as the text states them, should equal table 3's 二, 四 and （七）总计.",
        ],
    )
}
