//! `applications.carried_forward_bound`: only applications received can be carried forward.

use super::columns_for_each;
use crate::rules::catalogue::{Basis, Linear, Relation, Rule, Term};
use crate::rules::{RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::ApplicationsCarriedForwardBound,
        Severity::Error,
        Basis::implied("表三 第四项"),
        ["结转上限", "Carried-forward bound"],
        [
            "表三每一列：四、结转下年度继续办理 ≤ 一、本年新收 + 二、上年结转。",
            "Table 3, every column: 四 carried forward ≤ 一 new + 二 carried over (only applications received can be carried forward; a diagnostic when the balance fails).",
        ],
    )
    .with_terms(Linear {
        for_each: columns_for_each(),
        left: vec![Term::plus("/applications/carried_forward_to_next_year/{column}")],
        relation: Relation::Le,
        right: vec![
            Term::plus("/applications/new_received/{column}"),
            Term::plus("/applications/carried_over_from_previous_year/{column}"),
        ],
    })
}
