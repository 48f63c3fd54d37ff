//! `narrative.outcome_shares`: shares the prose gives for its counts (`占 11%`).

use super::narrative_common::quoted;
use crate::rules::catalogue::{Basis, Rule};
use crate::rules::labels::sum_label;
use crate::rules::narrative::{SHARE, Statement, Value, figure, pointers, usable_sums};
use crate::rules::{Context, Issue, RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::NarrativeOutcomeShares,
        Severity::Warning,
        Basis::implied("第一部分与表三"),
        ["文字所述比例", "Text: shares of results"],
        [
            "文字在办理结果件数后所写比例（如“予以公开 2 件，占 11%”）应等于该件数除以表三（七）总计、本年新收或新收加上年结转之一，按所印位数四舍五入或截尾均可。",
            "A share printed right after a restated result count (“予以公开 2 件，占 11%”, 占/占比/占总数的…) should be that count over table 3's （七）总计, 一 new, or 一 + 二, to within one unit of its last printed digit (so rounded and truncated shares both agree).",
        ],
    )
}

pub(super) fn check(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    let is_share = |s: &Statement<'_>| matches!(s.value, Value::Share { .. });
    if !cx.said.all.iter().any(is_share) {
        return;
    }
    let Some((_, shares)) = figure(SHARE) else {
        return;
    };
    let denominators: Vec<(Vec<&'static str>, i64)> = usable_sums(cx.report, shares)
        .iter()
        .map(|sum| {
            let value = sum.iter().filter_map(|&(_, i)| cx.cell(i)).sum();
            (pointers(sum), value)
        })
        .filter(|&(_, value)| value > 0)
        .collect();
    let Some((first, whole)) = denominators.first() else {
        return;
    };
    for statement in &cx.said.all {
        let Value::Share {
            count,
            scaled,
            decimals,
        } = statement.value
        else {
            continue;
        };
        if denominators
            .iter()
            .any(|&(_, whole)| share_agrees(count, whole, scaled, decimals))
        {
            continue;
        }
        out.push(share_issue(rule, cx, statement, first, *whole));
    }
}

/// Whether `scaled` / 10^`decimals` percent is within one unit of its last digit of
/// 100 × `count` / `whole` (less than one unit away: one unit off disagrees). Nothing agrees
/// with a share of a whole that is not positive.
fn share_agrees(count: u64, whole: i64, scaled: u128, decimals: u32) -> bool {
    let whole = u128::try_from(whole).unwrap_or(0);
    let exact = 100 * u128::from(count) * 10u128.pow(decimals);
    exact.abs_diff(scaled * whole) < whole
}

fn share_issue(
    rule: &'static Rule,
    cx: &Context<'_>,
    statement: &Statement<'_>,
    sum: &[&str],
    whole: i64,
) -> Issue {
    let Value::Share { count, .. } = statement.value else {
        unreachable!("only shares are checked here")
    };
    let (zh, en) = sum_label(cx.report.format_version, sum);
    let exact = format!("{:.2}", 100.0 * count as f64 / whole as f64);
    let quote = &statement.quote;
    let mut paths = vec![statement.place.pointer()];
    paths.extend(sum.iter().map(|p| (*p).to_owned()));
    quoted(
        rule,
        statement,
        paths,
        None,
        format!(
            "{}：文字“{quote}”所写比例与件数不符：{count} ÷ {zh}（{whole}）= {exact}%，请核实。",
            rule.title_zh
        ),
        format!(
            "{}: in the text “{quote}”, the share does not follow from the count: {count} ÷ {en} ({whole}) = {exact}%; please check.",
            rule.title_en
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::share_agrees;

    #[test]
    fn rounded_and_truncated_shares_agree() {
        assert!(share_agrees(5, 18, 27, 0)); // 27.78 % truncated
        assert!(share_agrees(5, 18, 28, 0)); // rounded
        assert!(share_agrees(35, 805, 434, 2)); // 4.348 % truncated
        assert!(!share_agrees(258, 805, 339, 1)); // 32.05 %, not 33.9 %
    }
}
