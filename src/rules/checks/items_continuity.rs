//! `continuity.items` (2019 table 二 in both years): this year's items last year are last
//! year's items plus last year's change.

use super::item_rows;
use crate::FormatVersion;
use crate::rules::catalogue::{Basis, Linear, Relation, Rule, Term};
use crate::rules::{RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::ContinuityItems,
        Severity::Warning,
        Basis::implied("2019 年版表二 第二十条第（五）（六）（八）项"),
        ["项目数量衔接", "Items continuity"],
        [
            "同一机关相邻两年（两年均为 2019 年版表二）：本年“上一年项目数量” = 上年报告“上一年项目数量” + 上年报告“本年增/减”。",
            "Same agency, consecutive years, both with the 2019 table 2: this year's items last year = last year's items last year + last year's change.",
        ],
    )
    .across_years()
    .for_edition(FormatVersion::V2019)
    .with_terms(Linear {
        for_each: item_rows(),
        left: vec![Term::plus("/proactive_disclosure/{item}/previous_year_items")],
        relation: Relation::Eq,
        right: vec![
            Term::previous("/proactive_disclosure/{item}/previous_year_items"),
            Term::previous("/proactive_disclosure/{item}/change"),
        ],
    })
}
