//! What the narrative rules share: comparing a restated figure with the tables, and the issue
//! that quotes the words read.

use crate::rules::catalogue::Rule;
use crate::rules::labels::sum_label;
use crate::rules::narrative::{Statement, Value, pointers, usable_sums};
use crate::rules::{Context, Issue, Quantity};

/// Every restatement of a figure of `rule` that no sum of its figure equals.
pub(super) fn check_restated(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    for statement in &cx.said.all {
        if statement.rule != rule.id {
            continue;
        }
        let sums = usable_sums(cx.report, statement.figure);
        let table: Vec<Quantity> = match statement.value {
            Value::Count(_) => sums
                .iter()
                .map(|sum| Quantity::Count(sum.iter().filter_map(|&(_, i)| cx.cell(i)).sum()))
                .collect(),
            Value::Amount(_) => fee_collected(cx).into_iter().collect(),
            Value::Share { .. } => continue,
        };
        let stated = match statement.value {
            Value::Count(n) => Quantity::Count(i64::try_from(n).unwrap_or(i64::MAX)),
            Value::Amount(amount) => Quantity::Amount(amount),
            Value::Share { .. } => continue,
        };
        if table.is_empty() || table.contains(&stated) {
            continue;
        }
        let labelled: Vec<(String, String, Quantity)> = sums
            .iter()
            .zip(&table)
            .map(|(sum, value)| {
                let (zh, en) = sum_label(cx.report.format_version, &pointers(sum));
                (zh, en, *value)
            })
            .collect();
        let mut paths = vec![statement.place.pointer()];
        paths.extend(sums[0].iter().map(|&(p, _)| p.to_owned()));
        out.push(restatement_issue(
            rule,
            statement,
            paths,
            (table[0], stated),
            &labelled,
        ));
    }
}

/// The fee collected, where the report gives it.
fn fee_collected(cx: &Context<'_>) -> Option<Quantity> {
    let fees = cx.report.other_matters.processing_fees?;
    fees.collected_yuan.map(Quantity::Amount)
}

/// An issue on a restated figure: what the text says (quoted) against every table figure it
/// could have meant.
fn restatement_issue(
    rule: &'static Rule,
    statement: &Statement<'_>,
    paths: Vec<String>,
    (expected, stated): (Quantity, Quantity),
    table: &[(String, String, Quantity)],
) -> Issue {
    let quote = &statement.quote;
    let (said_zh, said_en) = match statement.claim {
        Some(claim) => (
            format!("称“{claim}”，即为 {stated}"),
            format!("says “{claim}”, that is {stated}"),
        ),
        None => (format!("所述为 {stated}"), format!("states {stated}")),
    };
    let zh = table
        .iter()
        .map(|(zh, _, value)| format!("{zh}为 {value}"))
        .collect::<Vec<_>>()
        .join("，或");
    let en = table
        .iter()
        .map(|(_, en, value)| format!("{en} is {value}"))
        .collect::<Vec<_>>()
        .join(", or ");
    quoted(
        rule,
        statement,
        paths,
        Some((expected, stated)),
        format!(
            "{}：文字“{quote}”{said_zh}，而{zh}，请核实。",
            rule.title_zh
        ),
        format!(
            "{}: the text “{quote}” {said_en}, but {en}; please check.",
            rule.title_en
        ),
    )
}

/// An issue of `rule` on `statement`, with its quote and offset.
pub(super) fn quoted(
    rule: &'static Rule,
    statement: &Statement<'_>,
    paths: Vec<String>,
    expected_actual: Option<(Quantity, Quantity)>,
    message_zh: String,
    message_en: String,
) -> Issue {
    let mut issue = super::issue(rule, paths, expected_actual, message_zh, message_en);
    issue.quote = Some(statement.quote.to_owned());
    issue.offset = Some(statement.offset());
    issue
}
