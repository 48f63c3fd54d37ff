//! `report.mixed_editions`: a table printed in another edition than the document's.

use super::issue;
use crate::rules::catalogue::{Basis, BasisKind, Rule};
use crate::rules::{Context, Issue, RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::ReportMixedEditions,
        Severity::Warning,
        Basis {
            kind: BasisKind::Practice,
            reference: "国办公开办函〔2021〕30号 表三（六）",
        },
        ["版本混用", "Mixed editions"],
        [
            "表三（六）其他处理的形式与报告所用格式版本（表二的版本）不一致：2021 年版为三个小项，2019 年版为一行。",
            "Table 3 （六） other handling is printed in another edition than the document's format_version (the edition of table 2): three sub-rows in the 2021 edition, one row in the 2019 edition.",
        ],
    )
}

pub(super) fn check(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    let document = cx.report.format_version;
    let table_3 = cx.report.applications.outcomes.other_handling.edition();
    if table_3 == document {
        return;
    }
    out.push(issue(
        rule,
        vec![
            "/applications/outcomes/other_handling".to_owned(),
            "/format_version".to_owned(),
        ],
        None,
        format!(
            "{}：表三「（六）其他处理」按 {table_3} 年版填报，而报告（表二）为 {document} 年版。",
            rule.title_zh
        ),
        format!(
            "{}: table 3 （六） other handling follows the {table_3} edition, but the document (table 2) follows the {document} edition.",
            rule.title_en
        ),
    ));
}
