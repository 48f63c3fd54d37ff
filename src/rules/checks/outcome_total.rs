//! `applications.outcome_total`: （七）总计 is the sum of the results, in either form of （六）.

use super::{columns_for_each, result_rows};
use crate::rules::catalogue::{Basis, Linear, Relation, Rule, Term};
use crate::rules::{RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::ApplicationsOutcomeTotal,
        Severity::Error,
        Basis::implied("表三 第三项（七）"),
        ["办理结果总计", "Total of results"],
        [
            "表三每一列：（七）总计 = （一）至（六）各项办理结果之和（含各小项；（六）其他处理为三个小项或一行）。",
            "Table 3, every column: （七） total = the sum of results （一） to （六） with all their sub-rows (（六） as its three sub-rows or as one row).",
        ],
    )
    .with_terms(Linear {
        for_each: columns_for_each(),
        left: vec![Term::plus("/applications/outcomes/total/{column}")],
        relation: Relation::Eq,
        right: result_rows()
            .into_iter()
            .map(|row| Term::plus(format!("{row}/{{column}}")))
            .collect(),
    })
}
