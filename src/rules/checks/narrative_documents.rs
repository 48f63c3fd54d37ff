//! `narrative.proactive_disclosure`: documents and decisions of table 二 the prose states.

use crate::rules::catalogue::{Basis, Rule};
use crate::rules::{RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::NarrativeProactiveDisclosure,
        Severity::Warning,
        Basis::implied("文字与表二"),
        ["文字与表二", "Text vs table 2"],
        [
            "文字所述制发、废止、现行有效的规章和规范性文件件数（“本年度制发规范性文件 1 件”“现行有效行政规范性文件 698 件”），以及行政许可、处罚、强制决定件数，应等于表二相应数字（2019 年格式：本年新制作、新公开数量）。部门规范性文件、失效文件等不计。",
            "Rules and normative documents issued (制发/印发/出台/制定), repealed (废止…) or in force (现行有效…), and 行政许可/处罚/强制决定 counts, as the text states them, should equal table 2 (the 2019 table: 本年新制作数量, and 本年新公开数量 for 公开/发布). Department documents (部门规范性文件), expired ones (失效) and clauses about interpretation, review or clean-up are not read.",
        ],
    )
}
