//! `text.copied`: a text section that repeats last year's report.

use super::issue;
use crate::rules::catalogue::{Basis, BasisKind, Parameters, Rule};
use crate::rules::reuse::{SENTENCES, copied_text};
use crate::rules::template::TEMPLATE;
use crate::rules::{Context, Issue, Quantity, RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::TextCopied,
        Severity::Warning,
        Basis {
            kind: BasisKind::Stated,
            reference: "国办公开办函〔2021〕30号：内容雷同、敷衍塞责",
        },
        ["内容雷同", "Copied from last year"],
        [
            "文字部分（一、五、六）与上年报告相同的句子（年份、数字不计，格式规定的标题和套语不计）超过 50%（至少 4 句）时提示。",
            "A text section (一, 五 or 六) in which more than 50 percent of the sentences (at least 4 compared) repeat a sentence of last year's report. Sentences are compared without white space and punctuation, with every figure and year as `#` and the template's boilerplate (`template.boilerplate`) removed; sentences shorter than 8 characters are left out. `expected` is the threshold, `actual` the share in percent.",
        ],
    )
    .across_years()
    .with_parameters(Parameters {
        sentences: Some(SENTENCES),
        ..Parameters::default()
    })
}

pub(super) fn check(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    let Some((previous, ..)) = &cx.previous else {
        return;
    };
    let threshold = crate::rules::COPIED_TEXT_PERCENT;
    for reuse in copied_text(cx.report, previous) {
        if !reuse.copied {
            continue;
        }
        let (pointer, percent) = (&reuse.pointer, reuse.percent);
        let section = TEMPLATE
            .section_pointers
            .iter()
            .position(|p| p == pointer)
            .map_or(pointer.as_str(), |i| TEMPLATE.section_headings[i]);
        let (n, of) = (reuse.repeated, reuse.sentences);
        let mut found = issue(
            rule,
            vec![pointer.clone()],
            Some((
                Quantity::Count(i64::from(threshold)),
                Quantity::Count(i64::from(percent)),
            )),
            format!(
                "{}：“{section}”的 {of} 句中有 {n} 句与上年报告相同（{percent}%，超过 {threshold}%），请核实是否照搬上年内容。",
                rule.title_zh
            ),
            format!(
                "{}: {n} of the {of} sentences of “{section}” repeat last year's report ({percent}%, above {threshold}%); check that the section reports on this year.",
                rule.title_en
            ),
        );
        found.previous_paths = vec![pointer.clone()];
        out.push(found);
    }
}
