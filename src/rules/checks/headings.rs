//! `text.headings`: the section headings as printed are the official ones.

use super::issue;
use crate::rules::catalogue::{Basis, BasisKind, Rule};
use crate::rules::template::{TEMPLATE, identify, is_official_heading};
use crate::rules::{Context, Issue, RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::TextHeadings,
        Severity::Warning,
        Basis {
            kind: BasisKind::Stated,
            reference: "国办公开办函〔2021〕30号 格式",
        },
        ["章节标题", "Section headings"],
        [
            "印出的章节标题（section_headings）应与格式规定的六个标题一致（忽略空格和标点）。",
            "Each section heading as printed (`section_headings`, when the document gives them) should be one of the six official headings, white space and punctuation aside; a variant (三、收到和处理政府信息公开的申请情况) or a heading that is none of the six is quoted.",
        ],
    )
}

pub(super) fn check(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    for (index, printed) in cx.report.section_headings.iter().enumerate() {
        // Built only for an issue: most headings have none.
        let pointer = || format!("/section_headings/{index}");
        let mut found = match identify(printed) {
            Some(section) => {
                let official = TEMPLATE.section_headings[section];
                if is_official_heading(printed, section) {
                    continue;
                }
                issue(
                    rule,
                    vec![pointer()],
                    None,
                    format!(
                        "{}：印出的标题“{printed}”与格式规定的“{official}”不一致。",
                        rule.title_zh
                    ),
                    format!(
                        "{}: the heading printed as “{printed}” differs from the official “{official}”.",
                        rule.title_en
                    ),
                )
            }
            None => issue(
                rule,
                vec![pointer()],
                None,
                format!(
                    "{}：印出的标题“{printed}”不是格式规定的六个标题之一。",
                    rule.title_zh
                ),
                format!(
                    "{}: the heading printed as “{printed}” is none of the six official headings.",
                    rule.title_en
                ),
            ),
        };
        found.quote = Some(printed.clone());
        found.offset = Some(0);
        out.push(found);
    }
}
