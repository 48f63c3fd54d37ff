//! `text.section_order`: the six sections, each once, in order.

use super::issue;
use crate::rules::catalogue::{Basis, BasisKind, Rule};
use crate::rules::template::{TEMPLATE, identify};
use crate::rules::{Context, Issue, RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::TextSectionOrder,
        Severity::Warning,
        Basis {
            kind: BasisKind::Stated,
            reference: "国办公开办函〔2021〕30号 格式",
        },
        ["章节顺序", "Section order"],
        [
            "印出的章节标题（section_headings）应为六个部分各一次，并按一至六的顺序排列。",
            "The section headings as printed (`section_headings`, when the document gives them) should name each of the six sections once, in order 一 to 六: a section printed out of order, twice, or not at all is reported.",
        ],
    )
}

pub(super) fn check(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    let headings = &cx.report.section_headings;
    if headings.is_empty() {
        return;
    }
    let mut seen = [false; 6];
    let mut last: Option<usize> = None;
    for (index, printed) in headings.iter().enumerate() {
        let Some(section) = identify(printed) else {
            continue;
        };
        // Built only for an issue: most headings have none.
        let pointer = || format!("/section_headings/{index}");
        if seen[section] {
            out.push(issue(
                rule,
                vec![pointer()],
                None,
                format!("{}：“{printed}”重复出现。", rule.title_zh),
                format!("{}: “{printed}” is printed again.", rule.title_en),
            ));
            continue;
        }
        if let Some(before) = last.filter(|&before| before > section) {
            let earlier = TEMPLATE.section_headings[before];
            out.push(issue(
                rule,
                vec![pointer()],
                None,
                format!(
                    "{}：“{printed}”排在“{earlier}”之后，顺序有误。",
                    rule.title_zh
                ),
                format!(
                    "{}: “{printed}” comes after “{earlier}”, out of order.",
                    rule.title_en
                ),
            ));
        }
        seen[section] = true;
        last = Some(last.map_or(section, |l| l.max(section)));
    }
    for (section, _) in seen.iter().enumerate().filter(|(_, seen)| !**seen) {
        let official = TEMPLATE.section_headings[section];
        out.push(issue(
            rule,
            vec![
                "/section_headings".to_owned(),
                TEMPLATE.section_pointers[section].to_owned(),
            ],
            None,
            format!("{}：未印出“{official}”。", rule.title_zh),
            format!("{}: “{official}” is not printed.", rule.title_en),
        ));
    }
}
