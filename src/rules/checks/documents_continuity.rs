//! `continuity.documents_in_force` (2021 table 二 in both years): the stock of documents in
//! force follows from last year's.

use super::document_kinds;
use crate::FormatVersion;
use crate::rules::catalogue::{Basis, Linear, Relation, Rule, Term};
use crate::rules::{RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::ContinuityDocumentsInForce,
        Severity::Warning,
        Basis::implied("表二 第二十条第（一）项"),
        ["现行有效衔接", "Stock continuity"],
        [
            "同一机关相邻两年（两年均为 2021 年版表二）：本年现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数。",
            "Same agency, consecutive years, both with the 2021 table 2: in force (this year) = in force (last year) + issued (this year) − repealed (this year).",
        ],
    )
    .across_years()
    .for_edition(FormatVersion::V2021)
    .with_terms(Linear {
        for_each: document_kinds(),
        left: vec![Term::plus("/proactive_disclosure/{kind}/in_force")],
        relation: Relation::Eq,
        right: vec![
            Term::previous("/proactive_disclosure/{kind}/in_force"),
            Term::plus("/proactive_disclosure/{kind}/issued"),
            Term::minus("/proactive_disclosure/{kind}/repealed"),
        ],
    })
}
