//! `proactive_disclosure.rule_making_power`: bodies without rule-making power make no rules.

use super::issue;
use crate::AgencyKind;
use crate::cells::{Cells, counts_of, pointers_of};
use crate::proactive_disclosure::ProactiveDisclosure;
use crate::rules::catalogue::{Basis, Parameters, Rule};
use crate::rules::{Context, Issue, RuleId, Severity};

pub(super) fn rule() -> Rule {
    Rule::new(
        RuleId::ProactiveDisclosureRuleMakingPower,
        Severity::Warning,
        Basis::implied("《立法法》规章制定权"),
        ["规章制定权", "Rule-making power"],
        [
            "没有规章制定权的机关（乡镇、街道；区划代码末两位不为 00 的县级机关）的规章件数应为 0。",
            "Rules (规章) counts are non-zero for a body without rule-making power: a township (agency kind `township`), or a body whose region code is county level (its last two digits are not 00). Only governments of provinces and of cities divided into districts, and State Council departments, make rules.",
        ],
    )
    .with_parameters(Parameters {
        kinds_without_power: WITHOUT_POWER.to_vec(),
        above_county_suffix: Some(ABOVE_COUNTY_SUFFIX),
        county_level_exempt_kinds: COUNTY_LEVEL_EXEMPT.to_vec(),
        pointers: &[("rules", RULES)],
        ..Parameters::default()
    })
}

/// Table 二's row of rules (规章), whose cells must be 0.
const RULES: &str = "/proactive_disclosure/rules";

/// Agency kinds without rule-making power.
const WITHOUT_POWER: [AgencyKind; 1] = [AgencyKind::Township];

/// How the region code of a body above county level ends.
const ABOVE_COUNTY_SUFFIX: &str = "00";

/// Kinds a county-level region code says nothing about (Art. 54 organisations and others).
const COUNTY_LEVEL_EXEMPT: [AgencyKind; 1] = [AgencyKind::Other];

/// Whether a region code is of county level (its last two digits are not 00).
fn is_county_level(region_code: &str) -> bool {
    !region_code.ends_with(ABOVE_COUNTY_SUFFIX)
}

/// The pointers of the cells of the rules row (`/proactive_disclosure/rules/…`) that are not
/// 0; built only when one is not (most bodies without the power report none).
fn non_zero_cells(rules: &impl Cells) -> Vec<String> {
    let counts = counts_of(rules);
    if counts.iter().all(|&count| count == 0) {
        return Vec::new();
    }
    pointers_of(rules, RULES)
        .into_iter()
        .zip(counts)
        .filter(|&(_, count)| count != 0)
        .map(|(pointer, _)| pointer)
        .collect()
}

pub(super) fn check(rule: &'static Rule, cx: &Context<'_>, out: &mut Vec<Issue>) {
    let agency = &cx.report.agency;
    let county_level = agency.region_code.as_deref().is_some_and(is_county_level);
    let (reason_pointer, reason_zh, reason_en) = if WITHOUT_POWER.contains(&agency.kind) {
        (
            "/agency/kind",
            "乡镇、街道",
            "a township or sub-district office",
        )
    } else if county_level && !COUNTY_LEVEL_EXEMPT.contains(&agency.kind) {
        (
            "/agency/region_code",
            "县级机关（区划代码末两位不为 00）",
            "a county-level body (region code not ending in 00)",
        )
    } else {
        return;
    };
    let cells = match &cx.report.proactive_disclosure {
        ProactiveDisclosure::V2021(table) => non_zero_cells(&table.rules),
        ProactiveDisclosure::V2019(table) => non_zero_cells(&table.rules),
    };
    if cells.is_empty() {
        return;
    }
    let labels: Vec<String> = cells.iter().map(|p| cx.label(p)).collect();
    let mut paths = cells;
    paths.push(reason_pointer.to_owned());
    out.push(issue(
        rule,
        paths,
        None,
        format!(
            "{}：{} 不为 0，但报告机关是{reason_zh}，通常没有规章制定权。",
            rule.title_zh,
            labels.join("、")
        ),
        format!(
            "{}: {} is not 0, but the agency is {reason_en}, which usually has no rule-making power.",
            rule.title_en,
            labels.join(", ")
        ),
    ));
}
