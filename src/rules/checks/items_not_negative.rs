//! `proactive_disclosure.items_not_negative` (2019 table 二): a change cannot remove more
//! items than there were.

use super::item_rows;
use crate::FormatVersion;
use crate::rules::catalogue::{Basis, Linear, Relation, Rule, Term};
use crate::rules::{RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::ProactiveDisclosureItemsNotNegative,
        Severity::Error,
        Basis::implied("2019 年版表二 第二十条第（五）（六）（八）项"),
        ["项目数量非负", "Items not negative"],
        [
            "2019 年版表二每一行：上一年项目数量 + 本年增/减 ≥ 0，即减少的项目不多于上一年的项目。",
            "2019 table 2, every row with a yearly change: items last year + this year's change ≥ 0 (a decrease cannot remove more items than there were); checked as −change ≤ items last year.",
        ],
    )
    .for_edition(FormatVersion::V2019)
    .with_terms(Linear {
        for_each: item_rows(),
        left: vec![Term::minus("/proactive_disclosure/{item}/change")],
        relation: Relation::Le,
        right: vec![Term::plus("/proactive_disclosure/{item}/previous_year_items")],
    })
}
