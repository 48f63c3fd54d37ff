//! `proactive_disclosure.published_within_total` (2019 table 二): what was newly published is
//! part of what is published in all.

use super::document_kinds;
use crate::FormatVersion;
use crate::rules::catalogue::{Basis, Linear, Relation, Rule, Term};
use crate::rules::{RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::ProactiveDisclosurePublishedWithinTotal,
        Severity::Warning,
        Basis::implied("2019 年版表二 第二十条第（一）项"),
        ["新公开不超过总数", "Published within the total"],
        [
            "2019 年版表二规章、规范性文件：本年新公开数量 ≤ 对外公开总数量。",
            "2019 table 2, rules and normative documents: newly published this year ≤ published in all.",
        ],
    )
    .for_edition(FormatVersion::V2019)
    .with_terms(Linear {
        for_each: document_kinds(),
        left: vec![Term::plus("/proactive_disclosure/{kind}/new_published")],
        relation: Relation::Le,
        right: vec![Term::plus("/proactive_disclosure/{kind}/total_published")],
    })
}
