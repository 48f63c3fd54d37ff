//! `continuity.jump`: a key figure many times last year's, or a fraction of it.

use super::issue;
use crate::cells::pointers_of;
use crate::rules::catalogue::{Basis, BasisKind, Parameters, Rule};
use crate::rules::{Context, Issue, JUMP_FACTOR, JUMP_FLOOR, Quantity, RuleId, Severity};
use crate::summary::FIGURES;

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::ContinuityJump,
        Severity::Warning,
        Basis {
            kind: BasisKind::Practice,
            reference: "逐年比对（第三方评估）",
        },
        ["数据突变", "Figure jumps"],
        [
            "本年新收申请数、不予公开件数、行政复议和行政诉讼案件数，以及公开率、不予公开率、纠错率（按整数百分比），与上年相比增减超过 5 倍（两年中较大者至少为 20）时提示。",
            "A key figure of the summary (applications received, refused, administrative reviews, lawsuits; the disclosure, refusal and correction rates as whole percentages) that is more than 5 times last year's, or less than a fifth of it, when the larger of the two is at least 20. `expected` is last year's figure, `actual` this year's.",
        ],
    )
    .across_years()
    .with_parameters(Parameters {
        figures: FIGURES,
        ..Parameters::default()
    })
}

pub(super) fn check(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    let Some((previous, previous_cells, _)) = &cx.previous else {
        return;
    };
    let (pointers, previous_pointers) = (pointers_of(cx.report, ""), pointers_of(*previous, ""));
    for figure in FIGURES {
        let now = figure.value(&pointers, &cx.cells);
        let before = figure.value(&previous_pointers, previous_cells);
        let (high, low) = (now.max(before), now.min(before));
        if high < JUMP_FLOOR || high <= low.saturating_mul(JUMP_FACTOR) {
            continue;
        }
        let (direction_zh, direction_en) = if now > before {
            ("增至", "rose to")
        } else {
            ("降至", "fell to")
        };
        let cells: Vec<String> = figure.cells.iter().map(|c| (*c).to_owned()).collect();
        let (zh, en) = (figure.label_zh, figure.label_en);
        let mut found = issue(
            rule,
            cells.clone(),
            Some((count(before), count(now))),
            format!(
                "{}：{zh}由上年的 {before} {direction_zh} {now}，变化超过 {JUMP_FACTOR} 倍，请核实数据或口径。",
                rule.title_zh
            ),
            format!(
                "{}: {en} {direction_en} {now} from {before} last year, a change of more than {JUMP_FACTOR} times; check the figures or what they count.",
                rule.title_en
            ),
        );
        found.previous_paths = cells;
        out.push(found);
    }
}

/// A figure as a count in an issue.
fn count(value: u64) -> Quantity {
    Quantity::Count(i64::try_from(value).unwrap_or(i64::MAX))
}
