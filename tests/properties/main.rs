//! Property tests: the model, the rules, the rule catalogue and the JSON Schemas are consistent
//! with each other, on reports of every edition drawn by the strategies of
//! `ogi_report::arbitrary` (2021 and 2019 table 二, （六） as three sub-rows or one row, mixed
//! documents, blank cells, partial fee figures).
//!
//! Default case counts keep `cargo test` quick; `PROPTEST_CASES=N` sets every property to N
//! cases (e.g. `PROPTEST_CASES=20000 cargo test --release --test properties` for a soak).

#[path = "../common/mod.rs"]
mod common;

use std::collections::BTreeMap;
use std::sync::LazyLock;

use common::blank::{Counter, blank_cells, blank_totals_counting, is_total, parts_of};
use common::mutation::{
    Mutation, count_cells, mutation, table_cells, to_value, with_cells, with_table_change,
};
use ogi_report::arbitrary::{any_report, consistent_report, reports_to_roll_up, shaped_report};
use ogi_report::rules::{Issue, Quantity, RuleId, Severity, catalogue, catalogue_json};
use ogi_report::{Agency, AgencyKind, Amount, MAX_YEAR, Report, RollUpError};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::Value;

/// `default_cases` cases unless `PROPTEST_CASES` is set; failing cases are kept in
/// `proptest-regressions/properties.txt` (committed) and replayed first on every run.
fn cases(default_cases: u32) -> ProptestConfig {
    common::proptest_config("properties", default_cases)
}

fn compile(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(schema)
        .expect("the schema compiles")
}

/// The schema of every edition, compiled once (formats such as `date` asserted, as a frontend
/// would).
static SCHEMA: LazyLock<jsonschema::Validator> =
    LazyLock::new(|| compile(&ogi_report::schema::report_schema()));

/// The strict schema of the 2021 template for entry forms.
static ENTRY_SCHEMA: LazyLock<jsonschema::Validator> =
    LazyLock::new(|| compile(&ogi_report::schema::entry_schema()));

fn schema_errors(document: &Value) -> Vec<String> {
    SCHEMA
        .iter_errors(document)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// The ids of the rules that are evaluated from their catalogue terms.
fn linear_rule_ids() -> Vec<&'static str> {
    catalogue()
        .iter()
        .filter(|rule| rule.linear.is_some())
        .map(|rule| rule.id.as_str())
        .collect()
}

/// The rules other than the linear ones that read a cell of table 三 or 四.
fn specific_rules_reading(pointer: &str) -> Vec<&'static str> {
    let mut rules = Vec::new();
    if pointer == "/applications/outcomes/other_handling/fee_not_paid/total" {
        rules.push("other_matters.fee_notices");
    }
    if pointer == "/applications/new_received/total"
        || pointer == "/applications/carried_over_from_previous_year/total"
    {
        rules.push("narrative.applications_received");
    }
    if pointer == "/applications/outcomes/disclosed/total"
        || pointer == "/applications/outcomes/partially_disclosed/total"
        || (pointer.starts_with("/applications/outcomes/not_disclosed/")
            && pointer.ends_with("/total"))
    {
        rules.push("narrative.outcome_counts");
    }
    rules
}

fn brief(issues: &[Issue]) -> Vec<String> {
    issues
        .iter()
        .map(|i| format!("{} {:?} {}", i.rule, i.paths, i.message_en))
        .collect()
}

/// The ids of the issues, each once, in order.
fn rule_ids(issues: &[Issue]) -> Vec<RuleId> {
    let mut ids: Vec<RuleId> = issues.iter().map(|issue| issue.rule).collect();
    ids.dedup();
    ids
}

/// The warnings a consistent document implies by its layout alone, worked out from the
/// document (not from the strategy's shape): a table 三 in another edition than table 二, a
/// 2019 table 二 on 2021 or later, totals left blank.
fn warnings_implied_by(document: &Value) -> Vec<RuleId> {
    let edition = document["format_version"].as_str().unwrap();
    let one_row = document
        .pointer("/applications/outcomes/other_handling/total")
        .is_some();
    let table_three = if one_row { "2019" } else { "2021" };
    let year = document["year"].as_u64().unwrap();
    let blank_totals = blank_cells(document).iter().any(|p| is_total(p));
    [
        (edition != table_three, RuleId::ReportMixedEditions),
        (
            edition == "2019" && year >= 2021,
            RuleId::ReportOutdatedTemplate,
        ),
        (blank_totals, RuleId::BlankCellsTotals),
    ]
    .into_iter()
    .filter_map(|(implied, rule)| implied.then_some(rule))
    .collect()
}

/// The number of tables (三, 四) with a blank total.
fn tables_with_blank_totals(document: &Value) -> usize {
    ["/applications/", "/review_and_litigation/"]
        .iter()
        .filter(|table| {
            blank_cells(document)
                .iter()
                .any(|p| p.starts_with(**table) && is_total(p))
        })
        .count()
}

/// A consistent report of any shape.
fn consistent_of_any_shape() -> BoxedStrategy<Report> {
    shaped_report().prop_map(|(_, report)| report).boxed()
}

/// The rules whose checks are the 总计 cells, which filling in totals must satisfy.
const TOTAL_RULES: [&str; 3] = [
    "applications.applicant_total",
    "applications.outcome_total",
    "review_and_litigation.total",
];

/// The agency of the roll-ups.
fn county() -> Agency {
    Agency::new("某县人民政府", AgencyKind::Government)
}

mod catalogue;
mod regressions;
mod rules;
mod serde_and_schemas;
mod totals_and_roll_up;
