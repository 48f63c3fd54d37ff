//! `review_and_litigation.total`: each group of table 四 adds up.

use super::table_4_groups;
use crate::cells::pointers_of;
use crate::review_and_litigation::CaseOutcomes;
use crate::rules::catalogue::{Basis, ForEach, Linear, Relation, Rule, Term};
use crate::rules::{RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::ReviewAndLitigationTotal,
        Severity::Error,
        Basis::implied("表四 总计"),
        ["复议诉讼总计", "Total of reviews and lawsuits"],
        [
            "表四三组（行政复议、未经复议直接起诉、复议后起诉）各自：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。",
            "Table 4, each of the three groups: total = upheld + corrected + other + pending.",
        ],
    )
    .with_terms(Linear {
        for_each: ForEach {
            placeholder: "group",
            values: table_4_groups(),
        },
        left: vec![Term::plus("/review_and_litigation/{group}/total")],
        relation: Relation::Eq,
        right: pointers_of(&CaseOutcomes::default(), "")
            .into_iter()
            .filter(|part| part != "/total")
            .map(|part| Term::plus(format!("/review_and_litigation/{{group}}{part}")))
            .collect(),
    })
}
