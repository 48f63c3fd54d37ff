//! `applications.balance`: the rule printed in table 三's header.

use super::columns_for_each;
use crate::rules::catalogue::{Basis, BasisKind, Linear, Relation, Rule, Term};
use crate::rules::{RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::ApplicationsBalance,
        Severity::Error,
        Basis {
            kind: BasisKind::Stated,
            reference: "表三表头：本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和",
        },
        ["收支平衡", "Balance"],
        [
            "表三每一列：一、本年新收 + 二、上年结转 = 三、本年度办理结果（七）总计 + 四、结转下年度继续办理。",
            "Table 3, every column: 一 new + 二 carried over = 三（七）total of results + 四 carried forward.",
        ],
    )
    .with_terms(Linear {
        for_each: columns_for_each(),
        left: vec![
            Term::plus("/applications/new_received/{column}"),
            Term::plus("/applications/carried_over_from_previous_year/{column}"),
        ],
        relation: Relation::Eq,
        right: vec![
            Term::plus("/applications/outcomes/total/{column}"),
            Term::plus("/applications/carried_forward_to_next_year/{column}"),
        ],
    })
}
