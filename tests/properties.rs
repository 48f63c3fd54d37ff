//! Property tests: the model, the rules, the rule catalogue and the JSON Schemas are consistent
//! with each other, on reports of every edition drawn by the strategies of
//! `ogi_report::arbitrary` (2021 and 2019 table 二, （六） as three sub-rows or one row, mixed
//! documents, blank cells, partial fee figures).
//!
//! Default case counts keep `cargo test` quick; `PROPTEST_CASES=N` sets every property to N
//! cases (e.g. `PROPTEST_CASES=20000 cargo test --release --test properties` for a soak).

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

// -------------------------------------------------------------------------------------------
// The rules on consistent reports and single changes

proptest! {
    #![proptest_config(cases(128))]

    /// No false positives: a consistent report has no issue at all (the strategy controls the
    /// conditions of every warning too, so not even a warning is allowed).
    #[test]
    fn a_consistent_report_has_no_issue(report in consistent_report()) {
        let issues = report.check();
        prop_assert!(issues.is_empty(), "{:#?}", brief(&issues));
    }

    /// No false positives in any edition: a consistent report of any shape (2021 or 2019 table
    /// 二, （六） in either form, totals blank or not) gets exactly the warnings its layout
    /// implies (mixed editions, outdated template, blank totals once per table), nothing else.
    #[test]
    fn a_consistent_report_of_any_shape_has_only_the_warnings_its_layout_implies(
        (shape, report) in shaped_report()
    ) {
        let issues = report.check();
        let document = to_value(&report);
        let implied = warnings_implied_by(&document);
        prop_assert_eq!(&implied, &shape.implied_warnings(report.year));
        prop_assert_eq!(rule_ids(&issues), implied, "{:#?}", brief(&issues));
        prop_assert!(issues.iter().all(|i| i.severity == Severity::Warning));
        let blank_warnings = issues.iter().filter(|i| i.rule == RuleId::BlankCellsTotals).count();
        prop_assert_eq!(blank_warnings, tables_with_blank_totals(&document));
    }

    /// No false negatives in any edition: changing one cell of table 三 or 四 by ±k (k ≠ 0)
    /// gives an error naming the cell (or a blank total that counts it), and every new issue is
    /// of a rule that involves the cell. A blank total is the exception that proves the rule:
    /// it counts as the sum of its parts, so changing what it holds changes nothing; and a part
    /// of table 四 whose total is blank is absorbed by it (nothing else reads table 四).
    #[test]
    fn changing_one_table_cell_is_caught_unless_it_is_a_blank_total(
        (report, change) in with_table_change(consistent_of_any_shape())
    ) {
        let before = report.check();
        let changed = change.apply(&report).expect("the change applies");
        let issues = changed.check();
        let pointer = &change.pointer;
        let document = to_value(&report);
        if is_total(pointer) && blank_cells(&document).contains(pointer) {
            prop_assert_eq!(&issues, &before, "{} {:+} is a blank total", pointer, change.delta);
            return Ok(());
        }
        let mut named = blank_totals_counting(&document, pointer);
        if pointer.starts_with("/review_and_litigation/") && !named.is_empty() {
            // Table 四 has no rule but its totals: a part counted by a blank total is absorbed.
            prop_assert_eq!(&issues, &before, "{} {:+} is counted by {:?}", pointer, change.delta, named);
            return Ok(());
        }
        named.push(pointer.clone());
        prop_assert!(
            issues.iter().any(|i| i.severity == Severity::Error
                && named.iter().any(|n| i.paths.contains(n))),
            "{pointer} {:+}: no error names {named:?}: {:#?}", change.delta, brief(&issues)
        );
        let linear = linear_rule_ids();
        let specific: Vec<&str> = named.iter().flat_map(|n| specific_rules_reading(n)).collect();
        for issue in issues.iter().filter(|issue| !before.contains(issue)) {
            let involved = if linear.contains(&issue.rule.as_str()) {
                named.iter().any(|n| issue.paths.contains(n))
            } else {
                specific.contains(&issue.rule.as_str())
            };
            prop_assert!(
                involved,
                "{pointer} {:+}: {} fired without involving the cell: {:?}",
                change.delta, issue.rule, issue.paths
            );
        }
    }

    /// Blank totals never give a sum error: printing any of a consistent report's totals blank
    /// (0 in the document, listed in `blank_cells`) adds the blank-totals warning and nothing
    /// else.
    #[test]
    fn blank_totals_never_give_a_sum_error(
        (report, chosen) in consistent_of_any_shape().prop_flat_map(|report| {
            let totals: Vec<String> = table_cells(&to_value(&report))
                .into_iter()
                .filter(|p| is_total(p))
                .collect();
            let count = totals.len();
            (Just(report), proptest::sample::subsequence(totals, 1..=count))
        })
    ) {
        let blanked = blank_out(&report, &chosen);
        let issues = blanked.check();
        prop_assert!(issues.iter().all(|i| i.severity == Severity::Warning), "{:#?}", brief(&issues));
        prop_assert_eq!(rule_ids(&issues), warnings_implied_by(&to_value(&blanked)), "{:#?}", brief(&issues));
    }

    /// Whatever the parts hold (any report, sums beyond `u32::MAX` included), a blank total is
    /// never the cell a total rule finds wrong: with every total of tables 三 and 四 blank, no
    /// total rule fires.
    #[test]
    fn a_report_with_every_total_blank_breaks_no_total_rule(report in any_report()) {
        let totals: Vec<String> = table_cells(&to_value(&report))
            .into_iter()
            .filter(|p| is_total(p))
            .collect();
        let issues = blank_out(&report, &totals).check();
        let total_rules: Vec<&Issue> =
            issues.iter().filter(|i| TOTAL_RULES.contains(&i.rule.as_str())).collect();
        prop_assert!(total_rules.is_empty(), "{total_rules:#?}");
    }

    /// Checking is deterministic: the same issues in the same order, again, after a JSON round
    /// trip, and on another thread.
    #[test]
    fn checking_is_deterministic(report in prop_oneof![any_report(), consistent_of_any_shape()]) {
        let first = report.check();
        prop_assert_eq!(&first, &report.check());
        let back = Report::from_json_str(&report.to_json_string()).expect("round trip");
        prop_assert_eq!(&first, &back.check());
        let elsewhere = std::thread::scope(|s| s.spawn(|| report.check()).join())
            .expect("checking does not panic");
        prop_assert_eq!(&first, &elsewhere);
        prop_assert_eq!(
            serde_json::to_string(&first).unwrap(),
            serde_json::to_string(&back.check()).unwrap()
        );
    }
}

/// `report` with the cells at `pointers` printed blank: set to 0 and listed in `blank_cells`
/// (each once).
fn blank_out(report: &Report, pointers: &[String]) -> Report {
    let zeros: Vec<(String, i64)> = pointers.iter().map(|p| (p.clone(), 0)).collect();
    let mut out = with_cells(report, &zeros).expect("a cell can be 0");
    for pointer in pointers {
        if !out.blank_cells.contains(pointer) {
            out.blank_cells.push(pointer.clone());
        }
    }
    out
}

// -------------------------------------------------------------------------------------------
// Serde and the schemas

/// A copy of the report whose amounts survive `serde_json::Value` (an `f64` on the way):
/// at most 4 decimal places, below 10^9. Used where a document is edited as a `Value`.
fn with_tame_amounts(mut report: Report) -> Report {
    let tame = |a: Amount| {
        Amount::new((a.value() % Decimal::from(1_000_000_000u64)).round_dp(4))
            .unwrap_or(Amount::ZERO)
    };
    match &mut report.proactive_disclosure {
        ogi_report::proactive_disclosure::ProactiveDisclosure::V2021(table) => {
            table.administrative_fees_10k_yuan = tame(table.administrative_fees_10k_yuan);
        }
        ogi_report::proactive_disclosure::ProactiveDisclosure::V2019(table) => {
            let amount = &mut table.government_procurement.total_amount.value;
            *amount = tame(*amount);
        }
    }
    if let Some(processing) = &mut report.other_matters.processing_fees {
        processing.notices_total_yuan = processing.notices_total_yuan.map(tame);
        processing.collected_yuan = processing.collected_yuan.map(tame);
    }
    report
}

/// Reports of every edition and layout: arbitrary and consistent ones.
fn every_report() -> BoxedStrategy<Report> {
    prop_oneof![any_report(), consistent_report(), consistent_of_any_shape()].boxed()
}

/// Whether a document is one the entry form's schema is for: the 2021 template throughout
/// (2021 table 二, （六） in three sub-rows) and no blank cell.
fn is_plain_2021(document: &Value) -> bool {
    document["format_version"] == "2021"
        && document
            .pointer("/applications/outcomes/other_handling/no_supplement_in_time")
            .is_some()
        && document.get("blank_cells").is_none()
}

/// Documents of every edition, each structurally mutated once (or not at all).
fn mutated_documents() -> impl Strategy<Value = (Value, Option<Mutation>)> {
    every_report()
        .prop_map(|r| to_value(&with_tame_amounts(r)))
        .prop_flat_map(|document| {
            let change = proptest::option::weighted(0.8, mutation(&document));
            (Just(document), change)
        })
}

proptest! {
    #![proptest_config(cases(128))]

    /// JSON round trip is the identity in every edition: equal values, equal JSON (compact and
    /// pretty), text byte for byte (String equality is byte equality).
    #[test]
    fn json_round_trip_is_the_identity(report in every_report()) {
        let json = report.to_json_string();
        let back = Report::from_json_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&back, &report);
        prop_assert_eq!(back.to_json_string(), json.clone());
        let pretty = report.to_json_string_pretty();
        let from_pretty = Report::from_json_slice(pretty.as_bytes())
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&from_pretty, &report);
        prop_assert_eq!(from_pretty.to_json_string_pretty(), pretty.clone());
        let compact_value: Value = serde_json::from_str(&json).unwrap();
        let pretty_value: Value = serde_json::from_str(&pretty).unwrap();
        prop_assert_eq!(compact_value, pretty_value);
    }

    /// The schema checks structure, not sums: it accepts every report of every edition.
    #[test]
    fn the_schema_accepts_every_report(report in every_report()) {
        let errors = schema_errors(&to_value(&report));
        prop_assert!(errors.is_empty(), "{errors:#?}");
    }

    /// The schema and the crate's reader agree on every structurally mutated document of every
    /// edition: both accept it or both reject it.
    #[test]
    fn schema_and_serde_agree_on_every_mutated_document(
        (document, change) in mutated_documents()
    ) {
        let mut mutated = document.clone();
        if let Some(change) = &change {
            prop_assert!(change.apply(&mut mutated), "{change:?} does not apply");
        }
        let serde = Report::from_json_str(&mutated.to_string());
        let schema = schema_errors(&mutated);
        prop_assert_eq!(
            serde.is_ok(),
            schema.is_empty(),
            "{:?}\nserde: {:?}\nschema: {:?}", change, serde.err().map(|e| e.to_string()), schema
        );
        if matches!(change, Some(Mutation::ChangeCell { .. })) {
            prop_assert!(schema.is_empty(), "a cell change is structurally harmless");
        }
    }

    /// The strict schema of entry forms accepts exactly the documents the crate reads that
    /// follow the 2021 template throughout without blank cells, mutated or not.
    #[test]
    fn the_entry_schema_accepts_exactly_the_plain_2021_documents_serde_reads(
        (document, change) in mutated_documents()
    ) {
        let mut mutated = document.clone();
        if let Some(change) = &change {
            prop_assert!(change.apply(&mut mutated), "{change:?} does not apply");
        }
        let serde = Report::from_json_str(&mutated.to_string()).is_ok();
        let plain = is_plain_2021(&mutated);
        let errors: Vec<String> = ENTRY_SCHEMA
            .iter_errors(&mutated)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        prop_assert_eq!(
            errors.is_empty(),
            serde && plain,
            "{:?} serde: {} plain 2021: {} entry schema: {:?}", change, serde, plain, errors
        );
    }
}

// -------------------------------------------------------------------------------------------
// Filling in totals and rolling up

/// The value of every 总计 cell computed from its parts, in `u64` (independently of the crate:
/// from the JSON document; the cells of row （七） first, as its `total` adds them up).
fn expected_totals(document: &Value) -> BTreeMap<String, u64> {
    let get = |p: &str| document.pointer(p).and_then(Value::as_u64).unwrap_or(0);
    let (row_seven, others): (Vec<String>, Vec<String>) = table_cells(document)
        .into_iter()
        .filter(|p| is_total(p))
        .partition(|p| p.starts_with("/applications/outcomes/total/") && !p.ends_with("/total"));
    let mut out = BTreeMap::new();
    for total in row_seven.iter().chain(&others) {
        let sum = parts_of(document, total)
            .iter()
            .map(|part| out.get(part).copied().unwrap_or_else(|| get(part)))
            .sum();
        out.insert(total.clone(), sum);
    }
    out
}

/// The number of 总计 cells of tables 三 and 四: 25 rows (23 when （六） is one row) and the 6
/// cells of row （七） in table 三, 3 in table 四.
fn total_cells(report: &Report) -> usize {
    let rows = if report
        .applications
        .outcomes
        .other_handling
        .sub_rows()
        .is_some()
    {
        25
    } else {
        23
    };
    rows + 6 + 3
}

const TOTAL_RULES: [&str; 3] = [
    "applications.applicant_total",
    "applications.outcome_total",
    "review_and_litigation.total",
];

/// A strategy for the values to scramble the 总计 cells of a consistent report with.
fn scrambled_totals() -> impl Strategy<Value = Vec<u32>> {
    proptest::collection::vec(any::<u32>(), 25 + 6 + 3)
}

proptest! {
    #![proptest_config(cases(64))]

    /// Filling in totals: every 总计 cell becomes the sum of its parts and no other cell
    /// changes, the total rules then hold, and filling again changes nothing. When a sum does
    /// not fit, the error names a cell whose sum does not fit and the report is unchanged.
    #[test]
    fn filling_in_totals_satisfies_the_total_rules_and_is_idempotent(report in any_report()) {
        let before = to_value(&report);
        let expected = expected_totals(&before);
        let overflowing: Vec<&String> = expected
            .iter()
            .filter(|(_, sum)| **sum > u64::from(u32::MAX))
            .map(|(p, _)| p)
            .collect();
        let mut filled = report.clone();
        match filled.fill_totals() {
            Err(err) => {
                prop_assert!(
                    overflowing.iter().any(|p| p.as_str() == err.pointer()),
                    "{} is not a cell whose sum overflows: {overflowing:?}", err.pointer()
                );
                prop_assert_eq!(&filled, &report, "a failed fill must change nothing");
            }
            Ok(()) => {
                prop_assert!(overflowing.is_empty(), "no overflow reported: {overflowing:?}");
                let after = to_value(&filled);
                for pointer in &count_cells(&before) {
                    let want = expected
                        .get(pointer)
                        .map(|&sum| i64::try_from(sum).unwrap())
                        .unwrap_or_else(|| before.pointer(pointer).unwrap().as_i64().unwrap());
                    prop_assert_eq!(after.pointer(pointer).unwrap().as_i64(), Some(want), "{}", pointer);
                }
                let counts = count_cells(&before);
                let without_counts = |mut v: Value| {
                    for pointer in &counts {
                        *v.pointer_mut(pointer).unwrap() = Value::Null;
                    }
                    v
                };
                prop_assert_eq!(without_counts(after), without_counts(before));
                let issues = filled.check();
                prop_assert!(
                    issues.iter().all(|i| !TOTAL_RULES.contains(&i.rule.as_str())),
                    "{:#?}", brief(&issues)
                );
                let mut again = filled.clone();
                prop_assert!(again.fill_totals().is_ok());
                prop_assert_eq!(again, filled);
            }
        }
    }

    /// Filling in totals makes a report whose parts are consistent consistent again, whatever
    /// its totals said: scrambling every 总计 of a consistent report and filling them in gives
    /// the report back.
    #[test]
    fn filling_in_scrambled_totals_restores_a_consistent_report(
        report in prop_oneof![
            consistent_report(),
            shaped_report()
                .prop_filter("no blank total", |(shape, _)| !shape.blank_totals)
                .prop_map(|(_, report)| report),
        ],
        values in scrambled_totals(),
    ) {
        let document = to_value(&report);
        let totals: Vec<String> = expected_totals(&document).into_keys().collect();
        prop_assert_eq!(totals.len(), total_cells(&report));
        let scrambled_cells: Vec<(String, i64)> =
            totals.into_iter().zip(values.into_iter().map(i64::from)).collect();
        let mut scrambled = with_cells(&report, &scrambled_cells).unwrap();
        scrambled.fill_totals().map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&scrambled, &report);
        prop_assert_eq!(scrambled.check(), report.check());
    }
}

/// The exact sum of non-negative decimal numbers written as text, normalized (no trailing
/// zeros after the point, no point without digits after it): plain long addition, knowing
/// nothing of `rust_decimal`.
fn exact_sum(values: &[String]) -> String {
    let split = |v: &str| -> (String, String) {
        let (int, frac) = v.split_once('.').unwrap_or((v, ""));
        (int.to_owned(), frac.to_owned())
    };
    let parts: Vec<(String, String)> = values.iter().map(|v| split(v)).collect();
    let frac_len = parts.iter().map(|(_, f)| f.len()).max().unwrap_or(0);
    let int_len = parts.iter().map(|(i, _)| i.len()).max().unwrap_or(1) + 2;
    let mut digits = vec![0u32; int_len + frac_len];
    for (int, frac) in &parts {
        let padded = format!("{int:0>int_len$}{frac:0<frac_len$}");
        let mut carry = 0;
        for (slot, digit) in digits.iter_mut().rev().zip(padded.chars().rev()) {
            let d = *slot + digit.to_digit(10).unwrap() + carry;
            *slot = d % 10;
            carry = d / 10;
        }
        assert_eq!(carry, 0);
    }
    let text: String = digits
        .iter()
        .map(|d| char::from_digit(*d, 10).unwrap())
        .collect();
    let (int, frac) = text.split_at(int_len);
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        int.to_owned()
    } else {
        format!("{int}.{frac}")
    }
}

/// The amount as normalized text (as [`exact_sum`] writes it).
fn normalized(amount: Amount) -> String {
    exact_sum(&[amount.to_string()])
}

/// Whether an exact decimal can be an [`Amount`] (at most 28 decimal places, 96-bit digits).
fn representable(exact: &str) -> bool {
    exact
        .parse::<Amount>()
        .is_ok_and(|a| normalized(a) == exact)
}

/// The running sums of `amounts`, each exact; `Err(())` once one cannot be an [`Amount`].
fn exact_running_sum(amounts: &[Amount]) -> Result<String, ()> {
    let mut sum = "0".to_owned();
    for amount in amounts {
        sum = exact_sum(&[sum, amount.to_string()]);
        if !representable(&sum) {
            return Err(());
        }
    }
    Ok(sum)
}

proptest! {
    #![proptest_config(cases(512))]

    /// Adding amounts is exact or refused, never rounded.
    #[test]
    fn adding_amounts_is_exact_or_refused(
        a in ogi_report::arbitrary::amount(),
        b in ogi_report::arbitrary::amount(),
    ) {
        let exact = exact_sum(&[a.to_string(), b.to_string()]);
        match a.checked_add(b) {
            Some(sum) => prop_assert_eq!(normalized(sum), exact, "{} + {}", a, b),
            None => prop_assert!(!representable(&exact), "{a} + {b} = {exact} was refused"),
        }
    }
}

fn county() -> Agency {
    Agency::new("某县人民政府", AgencyKind::Government)
}

/// The layout of a report, as roll-ups need one: the edition of table 二, the form of （六）,
/// the unit of the 2019 procurement amount.
fn layout(document: &Value) -> (Value, bool, Value) {
    (
        document["format_version"].clone(),
        document
            .pointer("/applications/outcomes/other_handling/total")
            .is_some(),
        document
            .pointer("/proactive_disclosure/government_procurement/total_amount/unit")
            .cloned()
            .unwrap_or_default(),
    )
}

/// Reports of one year and one layout, any figures (the first report decides).
fn one_year_and_layout(mut reports: Vec<Report>) -> Vec<Report> {
    let year = reports[0].year;
    let first = layout(&to_value(&reports[0]));
    reports.retain(|report| layout(&to_value(report)) == first);
    for report in &mut reports {
        report.year = year;
    }
    reports
}

/// Table 二's amount: the 2021 fees or the 2019 procurement amount, with its pointer.
fn table_two_amount(report: &Report) -> (&'static str, Amount) {
    use ogi_report::proactive_disclosure::ProactiveDisclosure;
    match &report.proactive_disclosure {
        ProactiveDisclosure::V2021(table) => (
            "/proactive_disclosure/administrative_fees_10k_yuan",
            table.administrative_fees_10k_yuan,
        ),
        ProactiveDisclosure::V2019(table) => (
            "/proactive_disclosure/government_procurement/total_amount/value",
            table.government_procurement.total_amount.value,
        ),
    }
}

/// Each fee figure summed over the reports that give it (`None` where none does; `Err` when
/// a sum does not fit).
#[derive(Debug, PartialEq)]
struct FeeSums {
    notices: Option<u64>,
    billed: Option<Result<String, ()>>,
    collected: Option<Result<String, ()>>,
}

impl FeeSums {
    fn of(reports: &[Report]) -> FeeSums {
        let fees: Vec<_> = reports
            .iter()
            .filter_map(|r| r.other_matters.processing_fees)
            .collect();
        let amounts = |figure: fn(&ogi_report::other_matters::ProcessingFees) -> Option<Amount>| {
            let given: Vec<Amount> = fees.iter().filter_map(figure).collect();
            (!given.is_empty()).then(|| exact_running_sum(&given))
        };
        let notices: Vec<u64> = fees
            .iter()
            .filter_map(|f| f.notices_issued)
            .map(u64::from)
            .collect();
        FeeSums {
            notices: (!notices.is_empty()).then(|| notices.iter().sum()),
            billed: amounts(|f| f.notices_total_yuan),
            collected: amounts(|f| f.collected_yuan),
        }
    }

    fn overflow(&self) -> bool {
        self.notices.is_some_and(|n| n > u64::from(u32::MAX))
            || matches!(self.billed, Some(Err(())))
            || matches!(self.collected, Some(Err(())))
    }
}

/// The cells whose sum over `documents` (as the checks count them: blank totals as the sums
/// of their parts) does not fit, or that do not fit in one document already.
fn overflowing_cells(documents: &[Value], cells: &[String]) -> Vec<String> {
    let counters: Vec<Counter> = documents.iter().map(Counter::new).collect();
    let range = |p: &str| {
        let max = i64::from(u32::MAX);
        if p.ends_with("/change") {
            (-max, max)
        } else {
            (0, max)
        }
    };
    cells
        .iter()
        .filter(|p| {
            let (min, max) = range(p);
            let each: Vec<i64> = counters.iter().map(|c| c.value(p).unwrap()).collect();
            let sum: i64 = each.iter().sum();
            !(min..=max).contains(&sum) || each.iter().any(|v| !(min..=max).contains(v))
        })
        .cloned()
        .collect()
}

proptest! {
    #![proptest_config(cases(64))]

    /// Rolling up reports of one year and one layout (any edition, blank cells included) is
    /// the cell-wise sum of the cells as the checks count them (blank totals as the sums of
    /// their parts; counts in `i64`, amounts exactly, each fee figure over the reports that give
    /// it), or an overflow error naming a cell whose sum does not fit.
    #[test]
    fn rolling_up_is_the_cell_wise_sum_or_names_an_overflowing_cell(
        reports in proptest::collection::vec(any_report(), 1..4).prop_map(one_year_and_layout)
    ) {
        let documents: Vec<Value> = reports.iter().map(to_value).collect();
        let cells = count_cells(&documents[0]);
        let counters: Vec<Counter> = documents.iter().map(Counter::new).collect();
        let sum_at = |p: &str| -> i64 { counters.iter().map(|c| c.value(p).unwrap()).sum() };
        let count_overflow = overflowing_cells(&documents, &cells);
        let (amount_pointer, _) = table_two_amount(&reports[0]);
        let amounts: Vec<Amount> = reports.iter().map(|r| table_two_amount(r).1).collect();
        let amount_sum = exact_running_sum(&amounts);
        let fees = FeeSums::of(&reports);
        match Report::roll_up(county(), &reports) {
            Err(RollUpError::Overflow(err)) => {
                let pointer = err.pointer();
                let ok = count_overflow.iter().any(|p| p == pointer)
                    || (amount_sum.is_err() && pointer == amount_pointer)
                    || (fees.overflow() && pointer.starts_with("/other_matters/processing_fees"));
                prop_assert!(ok, "{pointer} does not overflow ({count_overflow:?})");
            }
            Err(other) => prop_assert!(false, "{other}"),
            Ok(sum) => {
                prop_assert!(count_overflow.is_empty(), "{count_overflow:?}");
                prop_assert!(!fees.overflow(), "processing fees overflow unreported");
                let amount_sum = amount_sum.map_err(|()| {
                    TestCaseError::fail("table 二 amount overflow unreported")
                })?;
                let document = to_value(&sum);
                prop_assert_eq!(layout(&document), layout(&documents[0]));
                for pointer in &cells {
                    prop_assert_eq!(document.pointer(pointer).unwrap().as_i64(), Some(sum_at(pointer)), "{}", pointer);
                }
                prop_assert_eq!(normalized(table_two_amount(&sum).1), amount_sum);
                prop_assert_eq!(FeeSums::of(std::slice::from_ref(&sum)), fees);
                prop_assert!(sum.blank_cells.is_empty());
                prop_assert_eq!(sum.year, reports[0].year);
                prop_assert_eq!(&sum.agency, &county());
            }
        }
    }

    /// Reports drawn to be rolled up (one year, one layout) never overflow, and their sum is
    /// consistent: no error, and no warning but those of its layout (mixed editions, outdated
    /// template) and, where some fee report left out a figure, the fee rules (a figure summed
    /// over the reports that give it can be compared with one summed over others).
    #[test]
    fn rolling_up_reports_drawn_for_it_gives_a_consistent_report(reports in reports_to_roll_up()) {
        let sum = Report::roll_up(county(), &reports).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let issues = sum.check();
        let partial_fees = reports
            .iter()
            .filter_map(|r| r.other_matters.processing_fees)
            .any(|f| f.notices_issued.is_none() || f.notices_total_yuan.is_none() || f.collected_yuan.is_none());
        let implied = warnings_implied_by(&to_value(&sum));
        for issue in &issues {
            let fee_rule = matches!(issue.rule, RuleId::OtherMattersFeeNotices | RuleId::OtherMattersFeesCollected);
            prop_assert!(
                implied.contains(&issue.rule) || (partial_fees && fee_rule),
                "{:#?}", brief(&issues)
            );
        }
    }
}

// -------------------------------------------------------------------------------------------
// The rule catalogue, run by a generic evaluator, agrees with the crate's checks

/// What a linear rule reports: rule id, paths into this and last year's report, expected
/// (right side) and actual (left side).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Verdict {
    rule: String,
    paths: Vec<String>,
    previous_paths: Vec<String>,
    expected: i64,
    actual: i64,
}

static CATALOGUE: LazyLock<Value> =
    LazyLock::new(|| serde_json::from_str(&catalogue_json()).expect("the catalogue is JSON"));

/// Runs every linear rule of `scope` in `schema/rules.json` on JSON documents, knowing nothing
/// of the crate: substitute the placeholder, resolve the pointers (a blank cell counts as 0, a
/// blank total as the sum of its parts, as the catalogue's description says), sum coefficient
/// × cell, compare.
fn evaluate_catalogue(scope: &str, current: &Value, previous: Option<&Value>) -> Vec<Verdict> {
    let (current_cells, previous_cells) = (Counter::new(current), previous.map(Counter::new));
    let mut out = Vec::new();
    for rule in CATALOGUE["rules"].as_array().unwrap() {
        let Some(linear) = rule.get("linear") else {
            continue;
        };
        if rule["scope"] != scope {
            continue;
        }
        // A rule on one edition's table 二 runs only on documents (both, across years) of it.
        if let Some(edition) = rule.get("format_version") {
            let of = |document: &Value| document["format_version"] == *edition;
            if !of(current) || previous.is_some_and(|previous| !of(previous)) {
                continue;
            }
        }
        let placeholder = format!(
            "{{{}}}",
            linear["for_each"]["placeholder"].as_str().unwrap()
        );
        for value in linear["for_each"]["values"].as_array().unwrap() {
            let value = value.as_str().unwrap();
            let mut paths = Vec::new();
            let mut previous_paths = Vec::new();
            let mut side = |terms: &Value| -> i64 {
                let mut sum = 0i64;
                for term in terms.as_array().unwrap() {
                    let pointer = term["pointer"]
                        .as_str()
                        .unwrap()
                        .replace(&placeholder, value);
                    let (document, cells, list) = match term["report"].as_str().unwrap() {
                        "current" => (current, &current_cells, &mut paths),
                        _ => (
                            previous.expect("a previous report"),
                            previous_cells.as_ref().expect("a previous report"),
                            &mut previous_paths,
                        ),
                    };
                    // A cell the document does not have (the other form of （六）) counts as 0;
                    // a blank cell as 0, a blank total as the sum of its parts.
                    if document.pointer(&pointer).is_none() {
                        continue;
                    }
                    let cell = cells
                        .value(&pointer)
                        .unwrap_or_else(|| panic!("{pointer} is not a count"));
                    sum += term["coefficient"].as_i64().unwrap() * cell;
                    if !list.contains(&pointer) {
                        list.push(pointer);
                    }
                }
                sum
            };
            let left = side(&linear["left"]);
            let right = side(&linear["right"]);
            let holds = match linear["relation"].as_str().unwrap() {
                "eq" => left == right,
                "le" => left <= right,
                other => panic!("unknown relation {other}"),
            };
            if !holds {
                out.push(Verdict {
                    rule: rule["id"].as_str().unwrap().to_owned(),
                    paths,
                    previous_paths,
                    expected: right,
                    actual: left,
                });
            }
        }
    }
    out
}

/// The crate's issues of the linear rules, as verdicts.
fn linear_verdicts(issues: &[Issue]) -> Vec<Verdict> {
    let linear = linear_rule_ids();
    issues
        .iter()
        .filter(|issue| linear.contains(&issue.rule.as_str()))
        .map(|issue| {
            let count = |q: Option<Quantity>| match q {
                Some(Quantity::Count(n)) => n,
                other => panic!(
                    "{}: a linear rule reports counts, not {other:?}",
                    issue.rule
                ),
            };
            Verdict {
                rule: issue.rule.to_string(),
                paths: issue.paths.clone(),
                previous_paths: issue.previous_paths.clone(),
                expected: count(issue.expected),
                actual: count(issue.actual),
            }
        })
        .collect()
}

/// Reports for the parity checks, of every edition: arbitrary ones, consistent ones, and
/// consistent ones with one cell of table 三 or 四 changed (a cell printed blank keeps the 0 it
/// holds, as the wire format says, unless it is a total, whose value does not count).
fn parity_reports() -> impl Strategy<Value = Report> {
    let changed = with_table_change(consistent_of_any_shape())
        .prop_filter(
            "a blank cell that is not a total holds 0",
            |(report, change)| {
                is_total(&change.pointer) || !report.blank_cells.contains(&change.pointer)
            },
        )
        .prop_map(|(report, change)| change.apply(&report).expect("the change applies"));
    prop_oneof![any_report(), changed, consistent_of_any_shape()]
}

proptest! {
    #![proptest_config(cases(64))]

    /// A frontend running `schema/rules.json` gets the crate's verdicts on reports of every
    /// edition: same rules, same paths, same expected and actual figures, same order.
    #[test]
    fn the_rule_catalogue_gives_the_crates_verdicts(report in parity_reports()) {
        let by_catalogue = evaluate_catalogue("report", &to_value(&report), None);
        prop_assert_eq!(by_catalogue, linear_verdicts(&report.check()));
    }

    /// The same across years, on consecutive reports of one agency.
    #[test]
    fn the_rule_catalogue_gives_the_crates_verdicts_across_years(
        previous in parity_reports(),
        current in parity_reports(),
    ) {
        let mut current = current;
        let mut previous = previous;
        previous.year = previous.year.min(MAX_YEAR - 1);
        current.year = previous.year + 1;
        current.agency.name = previous.agency.name.clone();
        let by_catalogue =
            evaluate_catalogue("across_years", &to_value(&current), Some(&to_value(&previous)));
        prop_assert_eq!(by_catalogue, linear_verdicts(&current.check_against_previous(&previous)));
    }
}

// -------------------------------------------------------------------------------------------
// Plain regression tests for the bugs the properties found

/// Found by `adding_amounts_is_exact_or_refused` and the roll-up property: `rust_decimal`
/// rounds a sum that needs more than 28 significant digits, and `Amount::checked_add` (so
/// `Report::roll_up`) returned the rounded sum instead of refusing it.
#[test]
fn regression_amount_sums_are_refused_rather_than_rounded() {
    let amount = |text: &str| text.parse::<Amount>().unwrap();
    assert_eq!(
        amount("0.0000000000001").checked_add(amount("792281625142643376")),
        None
    );
    let mut a = Report::new(Agency::new("甲局", AgencyKind::Department), 2024);
    a.proactive_disclosure
        .as_2021_mut()
        .unwrap()
        .administrative_fees_10k_yuan = amount("792281625142643376");
    let mut b = a.clone();
    b.proactive_disclosure
        .as_2021_mut()
        .unwrap()
        .administrative_fees_10k_yuan = amount("0.0000000000001");
    let err = Report::roll_up(county(), [&a, &b]).unwrap_err();
    match err {
        RollUpError::Overflow(overflow) => assert_eq!(
            overflow.pointer(),
            "/proactive_disclosure/administrative_fees_10k_yuan"
        ),
        other => panic!("{other}"),
    }
}

/// Found by `filling_in_scrambled_totals_restores_a_consistent_report`: `fill_totals` first
/// summed the reported cells of row （七）总计 into its 总计 column, and failed with an overflow
/// when those (about to be replaced) cells were large, though every filled total fits.
#[test]
fn regression_fill_totals_ignores_what_row_seven_reported() {
    let mut report = Report::new(Agency::new("甲局", AgencyKind::Department), 2024);
    report.applications.new_received.natural_person = 1;
    report.applications.outcomes.disclosed.natural_person = 1;
    report.applications.outcomes.total.natural_person = u32::MAX;
    report.applications.outcomes.total.commercial_enterprise = u32::MAX;
    report.fill_totals().expect("every filled total fits");
    assert_eq!(report.applications.outcomes.total.natural_person, 1);
    assert_eq!(report.applications.outcomes.total.commercial_enterprise, 0);
    assert_eq!(report.applications.outcomes.total.total, 1);
    assert!(report.check().is_empty(), "{:#?}", brief(&report.check()));
}

/// Found by `the_schema_accepts_every_report` and `schema_and_serde_agree_on_every_mutated_document`:
/// the agency name's "not blank" pattern was `\S`, which means different things in Rust
/// (Unicode white space) and in the schema's ECMAScript dialect (adds U+FEFF, lacks U+0085): the
/// crate accepted a name of U+FEFF that the schema refused, and the schema accepted a name of
/// U+0085 that the crate refused.
#[test]
fn regression_schema_and_crate_agree_on_blank_agency_names() {
    let base = to_value(&Report::new(
        Agency::new("某局", AgencyKind::Department),
        2024,
    ));
    for (name, valid) in [
        ("\u{feff}", false),
        ("\u{85}", false),
        (" \u{3000}\t\n", false),
        ("\u{feff}某局", true),
        ("\u{200b}", true),
    ] {
        let mut document = base.clone();
        document["agency"]["name"] = Value::from(name);
        let serde = Report::from_json_str(&document.to_string()).is_ok();
        let schema = schema_errors(&document).is_empty();
        assert_eq!((serde, schema), (valid, valid), "{name:?}");
    }
}

/// Found by `schema_and_serde_agree_on_every_mutated_document` in a 20,000-case soak: serde's
/// derive read an object written as a JSON array of its fields (`"problems_and_improvements": []`
/// was an empty section), which the schema refuses. Fixed by the strict reading of objects
/// (`src/strict.rs`, from the model-tests branch).
#[test]
fn regression_schema_and_crate_agree_on_objects_written_as_arrays() {
    let base = to_value(&Report::new(
        Agency::new("某局", AgencyKind::Department),
        2024,
    ));
    for pointer in [
        "/problems_and_improvements",
        "/overview",
        "/agency",
        "/applications/new_received",
        "/review_and_litigation/administrative_review",
    ] {
        let mut document = base.clone();
        let fields = document
            .pointer(pointer)
            .unwrap()
            .as_object()
            .unwrap()
            .len();
        for value in [
            serde_json::json!([]),
            Value::Array(vec![Value::from(0); fields]),
        ] {
            *document.pointer_mut(pointer).unwrap() = value.clone();
            let serde = Report::from_json_str(&document.to_string());
            assert!(serde.is_err(), "{pointer} = {value}");
            assert!(!schema_errors(&document).is_empty(), "{pointer} = {value}");
        }
    }
}

/// Found by `a_report_with_every_total_blank_breaks_no_total_rule`, the catalogue parity and
/// the roll-up property: a blank total whose parts add up beyond `u32::MAX` was counted as the
/// 0 it holds (the sum was written back into a `u32` cell), so the total rule fired on a blank
/// total, and `roll_up` silently added 0 for it. It now counts as the sum of its parts, and a
/// roll-up names it as a cell whose sum does not fit.
#[test]
fn regression_a_blank_total_beyond_u32_counts_as_the_sum_of_its_parts() {
    let mut report = Report::new(Agency::new("甲局", AgencyKind::Department), 2024);
    let review = &mut report.review_and_litigation.administrative_review;
    review.upheld = u32::MAX;
    review.corrected = 1;
    let total = "/review_and_litigation/administrative_review/total";
    report.blank_cells = vec![total.to_owned()];
    let issues = report.check();
    assert_eq!(
        rule_ids(&issues),
        [RuleId::BlankCellsTotals],
        "{:#?}",
        brief(&issues)
    );
    match Report::roll_up(county(), [&report]) {
        Err(RollUpError::Overflow(err)) => assert_eq!(err.pointer(), total),
        other => panic!("{other:?}"),
    }
}

/// Found by `schema_and_serde_agree_on_every_mutated_document` in a 2,000-case soak: the
/// mutations replaced an entry of `blank_cells` by an edge string, which reading refuses (it
/// names no cell). The schema now lists every cell `blank_cells` may name and refuses it too;
/// which of those cells a document has depends on its layout, which the schema cannot say, so
/// such mutations are still not drawn.
#[test]
fn regression_a_blank_cell_naming_no_cell_is_refused_by_reading() {
    let mut document = to_value(&Report::new(
        Agency::new("某局", AgencyKind::Department),
        2024,
    ));
    document["blank_cells"] = serde_json::json!([""]);
    assert!(Report::from_json_str(&document.to_string()).is_err());
    assert!(!schema_errors(&document).is_empty());
}
