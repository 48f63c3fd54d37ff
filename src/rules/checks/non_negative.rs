//! `figures.non_negative`: enforced by the types, so it has no check.

use crate::rules::catalogue::{Basis, Enforcement, Rule};
use crate::rules::{RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule {
        enforced_by: Enforcement::Types,
        ..Rule::new(
            RuleId::FiguresNonNegative,
            Severity::Error,
            Basis::implied("各表"),
            ["数值非负", "Non-negative figures"],
            [
                "每个件数和金额都不小于 0（2019 年版表二的“本年增/减”除外）。由类型和模式保证：负数无法读入（件数为 0 至 4294967295 的整数，金额最小为 0）。",
                "Every count and amount is at least 0 (except 本年增/减, the signed change of the 2019 table 二). Enforced by the types and the schema: a negative number cannot be read (counts are integers 0 to 4294967295, amounts have minimum 0), so no check ever sees one.",
            ],
        )
    }
}
