//! `report.publication_deadline`: Art. 49's dates.

use super::issue;
use chrono::Datelike;

use crate::AgencyKind;
use crate::rules::catalogue::{Basis, BasisKind, Deadline, Parameters, Rule};
use crate::rules::{Context, Issue, RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::ReportPublicationDeadline,
        Severity::Warning,
        Basis {
            kind: BasisKind::Law,
            reference: "《条例》第四十九条",
        },
        ["发布期限", "Publication deadline"],
        [
            "县级以上人民政府部门（含办公厅/室作为机关的报告）应于次年 1 月 31 日前公布，本级政府年度报告应于次年 3 月 31 日前公布；乡镇、街道及其他机关无法定日期。",
            "Art. 49: departments (and the general office reporting as an agency) publish by 31 January of the next year, a government's own report by 31 March; townships and other bodies have no statutory date. Checked only when published_on is given.",
        ],
    )
    .with_parameters(Parameters {
        deadlines: AgencyKind::ALL
            .into_iter()
            .filter_map(|kind| {
                // Any year gives the month and day: they are the same every year.
                let date = kind.deadline(2000)?;
                Some(Deadline {
                    kind,
                    month: date.month(),
                    day: date.day(),
                })
            })
            .collect(),
        ..Parameters::default()
    })
}

pub(super) fn check(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    let report = cx.report;
    let (Some(published), Some(deadline)) = (
        report.published_on,
        report.agency.kind.deadline(report.year),
    ) else {
        return;
    };
    if published <= deadline {
        return;
    }
    out.push(issue(
        rule,
        vec!["/published_on".to_owned(), "/agency/kind".to_owned()],
        None,
        format!(
            "{}：发布日期 {published} 晚于《条例》第四十九条规定的 {deadline}。",
            rule.title_zh
        ),
        format!(
            "{}: published on {published}, after the Art. 49 deadline of {deadline}.",
            rule.title_en
        ),
    ));
}
