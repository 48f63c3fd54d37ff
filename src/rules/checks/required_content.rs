//! `text.required_content`: sections 一 and 五 say something, with the parts they must have.

use super::issue;
use crate::TextPart;
use crate::rules::catalogue::{Basis, BasisKind, Parameters, Rule};
use crate::rules::template::{REQUIRED_PARTS, TEMPLATE, numeral, says_nothing};
use crate::rules::{Context, Issue, RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::TextRequiredContent,
        Severity::Warning,
        Basis {
            kind: BasisKind::Law,
            reference: "《条例》第五十条；国办公开办函〔2021〕30号",
        },
        ["必备内容", "Required content"],
        [
            "第一部分总体情况应有内容，并写明（一）主动公开（二）依申请公开（三）政府信息管理（四）政府信息公开平台建设（五）监督保障；第五部分应写明存在的主要问题和改进情况，不应为空或仅写“无”。",
            "Checked on published reports (`check_content`, `validate --content`). Section 一 (overall situation) must say something, in its five parts (proactive disclosure, disclosure on request, information management, platforms, oversight); section 五 must report both the main problems and the improvements (Art. 50), neither empty nor a bare “无” (none). A part is missing when the report has no such part and no other text in the section it could be in.",
        ],
    )
    .on_content()
    .with_parameters(Parameters {
        required_parts: Some(REQUIRED_PARTS),
        ..Parameters::default()
    })
}

/// Whether an optional text says something.
fn has_text(text: Option<&str>) -> bool {
    text.is_some_and(|t| !says_nothing(t))
}

/// Whether an optional part says something.
fn has_part(part: Option<&TextPart>) -> bool {
    has_text(part.map(|p| p.text.as_str()))
}

pub(super) fn check(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    overview(rule, cx, out);
    problems(rule, cx, out);
}

/// Section 一: some text, and its five parts.
fn overview(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    let one = &cx.report.overview;
    let [a, b, c, d, e] = REQUIRED_PARTS.overview;
    let named = [
        (a, one.proactive_disclosure.as_ref()),
        (b, one.disclosure_on_request.as_ref()),
        (c, one.information_management.as_ref()),
        (d, one.platform_development.as_ref()),
        (e, one.oversight_and_safeguards.as_ref()),
    ];
    let other_text = has_text(one.introduction.as_deref())
        || one.additional_parts.iter().any(|p| has_part(Some(p)));
    if !other_text && named.iter().all(|(_, part)| !has_part(*part)) {
        out.push(empty_section(
            rule,
            "/overview",
            TEMPLATE.section_headings[0],
        ));
        return;
    }
    // Parts folded into other text (no part headings printed) cannot be told missing.
    if other_text && named.iter().all(|(_, part)| part.is_none()) {
        return;
    }
    let missing: Vec<usize> = (0..named.len())
        .filter(|&i| !has_part(named[i].1))
        .collect();
    if missing.is_empty() {
        return;
    }
    let paths = missing.iter().map(|&i| named[i].0.to_owned()).collect();
    let names: Vec<String> = missing
        .iter()
        .map(|&i| {
            format!(
                "（{}）{}",
                numeral(i).unwrap_or('?'),
                TEMPLATE.overview_parts[i]
            )
        })
        .collect();
    let names = names.join("");
    out.push(issue(
        rule,
        paths,
        None,
        format!("{}：第一部分总体情况缺少或未写实：{names}。", rule.title_zh),
        format!(
            "{}: section 一 (overall situation) lacks, or says nothing in, {names}.",
            rule.title_en
        ),
    ));
}

/// Section 五: problems and improvements, each saying something.
fn problems(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    let five = &cx.report.problems_and_improvements;
    let other_text = has_text(five.introduction.as_deref())
        || five.additional_parts.iter().any(|p| has_part(Some(p)));
    let [problems, improvements] = REQUIRED_PARTS.problems;
    let parts = [
        (
            problems,
            five.problems.as_ref(),
            "主要问题",
            "the main problems",
        ),
        (
            improvements,
            five.improvements.as_ref(),
            "改进情况",
            "the improvements",
        ),
    ];
    if !other_text && parts.iter().all(|(_, part, ..)| !has_part(*part)) {
        out.push(empty_section(
            rule,
            "/problems_and_improvements",
            TEMPLATE.section_headings[4],
        ));
        return;
    }
    for (pointer, part, zh, en) in parts {
        // Text not split into parts may hold it: only a part given and empty is reported then.
        if has_part(part) || (part.is_none() && other_text) {
            continue;
        }
        let said = part.map_or(String::new(), |p| p.text.trim().to_owned());
        let (said_zh, said_en) = if said.is_empty() {
            ("未写".to_owned(), "does not report".to_owned())
        } else {
            (format!("仅写“{said}”"), format!("only says “{said}” for"))
        };
        out.push(issue(
            rule,
            vec![pointer.to_owned()],
            None,
            format!(
                "{}：第五部分{said_zh}{zh}；《条例》第五十条要求报告存在的主要问题及改进情况。",
                rule.title_zh
            ),
            format!(
                "{}: section 五 {said_en} {en}; Art. 50 requires the main problems and the improvements.",
                rule.title_en
            ),
        ));
    }
}

/// A section with no text at all.
fn empty_section(rule: &'static Rule, pointer: &str, heading: &str) -> Issue {
    issue(
        rule,
        vec![pointer.to_owned()],
        None,
        format!("{}：“{heading}”没有内容，或仅写“无”。", rule.title_zh),
        format!(
            "{}: section “{heading}” is empty or only says “无” (none).",
            rule.title_en
        ),
    )
}
