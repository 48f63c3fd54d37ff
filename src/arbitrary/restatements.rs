//! Restatements of the tables in prose, the ones the narrative checks read, and where they go.

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

use super::identity::amount;
use crate::Report;

/// Restatements of the tables in prose that the narrative checks read, all correct for
/// `report`.
pub(super) fn correct_restatements(report: &Report) -> Vec<String> {
    let a = &report.applications;
    let new = u64::from(a.new_received.total);
    let with_carried = new + u64::from(a.carried_over_from_previous_year.total);
    let not_disclosed: u64 = [
        a.outcomes.not_disclosed.state_secret,
        a.outcomes.not_disclosed.prohibited_by_laws_and_regulations,
        a.outcomes.not_disclosed.endangers_security_or_stability,
        a.outcomes.not_disclosed.third_party_rights,
        a.outcomes.not_disclosed.internal_affairs,
        a.outcomes.not_disclosed.process_information,
        a.outcomes.not_disclosed.law_enforcement_case_files,
        a.outcomes.not_disclosed.administrative_inquiry,
    ]
    .iter()
    .map(|row| u64::from(row.total))
    .sum();
    let mut out = vec![
        format!("本年度共收到政府信息公开申请 {new} 件。"),
        format!("连同上年结转，共收到申请{with_carried}件。"),
        format!("其中予以公开 {} 件。", a.outcomes.disclosed.total),
        format!(
            "其中部分公开的 {} 件。",
            a.outcomes.partially_disclosed.total
        ),
        format!("其中不予公开\u{3000}{not_disclosed}\u{3000}件。"),
    ];
    if let Some(fees) = report.other_matters.processing_fees {
        if let (Some(notices), Some(billed)) = (fees.notices_issued, fees.notices_total_yuan) {
            out.push(format!("发出收费通知 {notices} 件，总金额 {billed} 元。"));
        }
        if let Some(collected) = fees.collected_yuan {
            out.push(format!("实际收取信息处理费 {collected} 元。"));
            if collected.is_zero() {
                out.push("本年度未收取信息处理费。".to_owned());
            }
        }
    }
    out
}

/// Restatements with arbitrary figures (for any report).
pub(super) fn any_restatements() -> impl Strategy<Value = Vec<String>> {
    vec(
        (0usize..5, any::<u32>(), amount()).prop_map(|(kind, n, a)| match kind {
            0 => format!("共收到政府信息公开申请 {n} 件。"),
            1 => format!("予以公开{n}件，"),
            2 => format!("部分公开的 {n} 件；"),
            3 => format!("不予公开 {n} 件\n"),
            _ => format!("实际收取费用 {a} 元。"),
        }),
        0..4,
    )
}

/// Where restatements go: the text slots of sections 一 and 六 (the ones the narrative checks
/// read), as (slot, separator) choices.
pub(super) fn placements(count: usize) -> impl Strategy<Value = Vec<(usize, &'static str)>> {
    vec((0usize..11, select(vec!["", "\n", "。", "，", " "])), count)
}

/// Appends each statement to a text slot of section 一 or 六 (creating the part if absent).
pub(super) fn place(
    report: &mut Report,
    statements: &[String],
    placements: &[(usize, &'static str)],
) {
    for (statement, &(slot, separator)) in statements.iter().zip(placements) {
        let o = &mut report.overview;
        let m = &mut report.other_matters;
        let target: &mut String = match slot {
            0 => o.introduction.get_or_insert_default(),
            1 => &mut o.proactive_disclosure.get_or_insert_default().text,
            2 => &mut o.disclosure_on_request.get_or_insert_default().text,
            3 => &mut o.information_management.get_or_insert_default().text,
            4 => &mut o.platform_development.get_or_insert_default().text,
            5 => &mut o.oversight_and_safeguards.get_or_insert_default().text,
            6 => m.introduction.get_or_insert_default(),
            7 => &mut m.fee_statement.get_or_insert_default().text,
            8 => &mut m.key_points_implementation.get_or_insert_default().text,
            9 => &mut m.deputies_and_cppcc_proposals.get_or_insert_default().text,
            _ => &mut m.innovation.get_or_insert_default().text,
        };
        target.push_str(separator);
        target.push_str(statement);
    }
}
