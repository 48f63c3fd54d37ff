//! `applications.applicant_total`: each row's 总计 is the sum of its applicant columns.

use super::{applicant_columns, table_3_rows};
use crate::rules::catalogue::{Basis, ForEach, Linear, Relation, Rule, Term};
use crate::rules::{RuleId, Severity};

pub(super) fn rule() -> Rule {
    let columns = applicant_columns();
    Rule::new(
        RuleId::ApplicationsApplicantTotal,
        Severity::Error,
        Basis::implied("表三 总计列"),
        ["申请人总计", "Total of applicants"],
        [
            "表三每一行：总计 = 自然人 + 法人或其他组织的五列之和。",
            "Table 3, every row: total = natural persons + the five columns of legal persons or other organisations.",
        ],
    )
    .with_terms(Linear {
        for_each: ForEach {
            placeholder: "row",
            values: table_3_rows(),
        },
        left: vec![Term::plus("{row}/total")],
        relation: Relation::Eq,
        right: columns
            .iter()
            .filter(|c| c.as_str() != "total")
            .map(|c| Term::plus(format!("{{row}}/{c}")))
            .collect(),
    })
}
