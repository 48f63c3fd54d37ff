//! `report.outdated_template`: the 2019 table 二 in a report on 2021 or later.

use super::issue;
use crate::FormatVersion;
use crate::rules::catalogue::{Basis, BasisKind, Parameters, Rule};
use crate::rules::{Context, Issue, RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::ReportOutdatedTemplate,
        Severity::Warning,
        Basis {
            kind: BasisKind::Stated,
            reference: "国办公开办函〔2021〕30号：2021 年度起使用新格式",
        },
        ["沿用旧版格式", "Outdated template"],
        [
            "2021 年及以后年度的报告应使用 2021 年版格式，而表二仍为 2019 年版。",
            "A report on 2021 or later should follow the 2021 edition, but its table 2 follows the 2019 trial edition.",
        ],
    )
    .for_edition(FormatVersion::V2019)
    .with_parameters(Parameters {
        current_edition: Some(FormatVersion::V2021),
        from_year: Some(FormatVersion::V2021.first_year()),
        ..Parameters::default()
    })
}

pub(super) fn check(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    let report = cx.report;
    let current = FormatVersion::V2021;
    if report.format_version == current || report.year < current.first_year() {
        return;
    }
    let year = report.year;
    out.push(issue(
        rule,
        vec!["/format_version".to_owned(), "/year".to_owned()],
        None,
        format!(
            "{}：{year} 年度报告的表二仍按 2019 年版填报，{} 年度起应使用 2021 年版。",
            rule.title_zh,
            current.first_year()
        ),
        format!(
            "{}: the report on {year} prints the 2019 table 2; reports on {} onward use the 2021 edition.",
            rule.title_en,
            current.first_year()
        ),
    ));
}
