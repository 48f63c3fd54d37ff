//! `narrative.fees_collected`: fees the prose says were collected.

use crate::rules::catalogue::{Basis, Rule};
use crate::rules::{RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::NarrativeFeesCollected,
        Severity::Warning,
        Basis::implied("文字与信息处理费"),
        ["文字与收费数据", "Text vs fee figures"],
        [
            "文字称未收取（无收取）信息处理费，或写明收取金额（元、万元），应与第六部分的实际收取总金额一致。",
            "Text that says no processing fee was collected (未收取/无收取/没有收取…费), or states an amount collected (收取… N 元 or 万元), should agree with section 六's collected amount (when that figure is given). 行政事业性收费 is not read.",
        ],
    )
}
