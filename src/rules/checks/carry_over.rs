//! `continuity.carry_over`: this year's carried over is last year's carried forward.

use super::columns_for_each;
use crate::rules::catalogue::{Basis, Linear, Relation, Rule, Term};
use crate::rules::{RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::ContinuityCarryOver,
        Severity::Warning,
        Basis::implied("表三 第二项、第四项"),
        ["结转衔接", "Carry-over continuity"],
        [
            "同一机关相邻两年：本年二、上年结转（每一列）= 上年报告四、结转下年度继续办理。",
            "Same agency, consecutive years: this year's 二 carried over (each column) = last year's 四 carried forward.",
        ],
    )
    .across_years()
    .with_terms(Linear {
        for_each: columns_for_each(),
        left: vec![Term::plus("/applications/carried_over_from_previous_year/{column}")],
        relation: Relation::Eq,
        right: vec![Term::previous("/applications/carried_forward_to_next_year/{column}")],
    })
}
