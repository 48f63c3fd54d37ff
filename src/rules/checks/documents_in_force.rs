//! `proactive_disclosure.documents_in_force` (2021 table 二): what was issued is in force or
//! was repealed.

use super::document_kinds;
use crate::FormatVersion;
use crate::rules::catalogue::{Basis, Linear, Relation, Rule, Term};
use crate::rules::{RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::ProactiveDisclosureDocumentsInForce,
        Severity::Warning,
        Basis::implied("表二 第二十条第（一）项"),
        ["现行有效件数", "Documents in force"],
        [
            "2021 年版表二规章、行政规范性文件：本年制发件数 ≤ 现行有效件数 + 本年废止件数（文件到期失效而未废止时可能不成立）。",
            "2021 table 2, rules and normative documents: issued this year ≤ in force + repealed this year (documents that expired without repeal can break it, hence a warning).",
        ],
    )
    .for_edition(FormatVersion::V2021)
    .with_terms(Linear {
        for_each: document_kinds(),
        left: vec![Term::plus("/proactive_disclosure/{kind}/issued")],
        relation: Relation::Le,
        right: vec![
            Term::plus("/proactive_disclosure/{kind}/in_force"),
            Term::plus("/proactive_disclosure/{kind}/repealed"),
        ],
    })
}
