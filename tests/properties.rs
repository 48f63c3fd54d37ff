//! Property tests: the model, the rules, the rule catalogue and the JSON Schema are consistent
//! with each other, on reports drawn by the strategies of `ogi_report::arbitrary`.
//!
//! Default case counts keep `cargo test` quick; `PROPTEST_CASES=N` sets every property to N
//! cases (e.g. `PROPTEST_CASES=20000 cargo test --release --test properties` for a soak).

mod common;

use std::collections::BTreeMap;
use std::sync::LazyLock;

use ogi_report::arbitrary::{
    CellChange, Mutation, any_report, consistent_report, consistent_report_with_table_change,
    count_cell_pointers, mutation,
};
use ogi_report::rules::{Issue, Quantity, Severity, catalogue, catalogue_json};
use ogi_report::{Agency, AgencyKind, Amount, MAX_YEAR, Report, RollUpError};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::Value;

/// `default_cases` cases unless `PROPTEST_CASES` is set; failing cases are kept in
/// `proptest-regressions/properties.txt` (committed) and replayed first on every run.
fn cases(default_cases: u32) -> ProptestConfig {
    common::proptest_config("properties", default_cases)
}

/// The report schema, compiled once (formats such as `date` asserted, as a frontend would).
static SCHEMA: LazyLock<jsonschema::Validator> = LazyLock::new(|| {
    let schema = ogi_report::schema::report_schema();
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the report schema compiles")
});

/// The report as a JSON value (counts stay exact integers).
fn to_value(report: &Report) -> Value {
    serde_json::from_str(&report.to_json_string()).expect("a report is JSON")
}

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

// -------------------------------------------------------------------------------------------
// The rules on consistent reports and single changes

proptest! {
    #![proptest_config(cases(256))]

    /// No false positives: a consistent report has no issue at all (the strategy controls the
    /// conditions of every warning too, so not even a warning is allowed).
    #[test]
    fn a_consistent_report_has_no_issue(report in consistent_report()) {
        let issues = report.check();
        prop_assert!(issues.is_empty(), "{:#?}", brief(&issues));
    }

    /// No false negatives: changing one cell of table 三 or 四 by ±k (k ≠ 0) is an error that
    /// names the cell, and every issue raised is of a rule that involves the cell.
    #[test]
    fn changing_one_table_cell_is_an_error_naming_it_and_only_rules_involving_it_fire(
        (report, change) in consistent_report_with_table_change()
    ) {
        let changed = change.apply(&report).expect("the change applies");
        let issues = changed.check();
        let pointer = &change.pointer;
        prop_assert!(
            issues.iter().any(|i| i.severity == Severity::Error && i.paths.contains(pointer)),
            "{pointer} {:+}: no error names it: {:#?}", change.delta, brief(&issues)
        );
        let linear = linear_rule_ids();
        let specific = specific_rules_reading(pointer);
        for issue in &issues {
            let involved = if linear.contains(&issue.rule.as_str()) {
                issue.paths.contains(pointer)
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

    /// Checking is deterministic: the same issues in the same order, again, after a JSON round
    /// trip, and on another thread.
    #[test]
    fn checking_is_deterministic(report in prop_oneof![any_report(), consistent_report()]) {
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

// -------------------------------------------------------------------------------------------
// Serde and the schema

/// A copy of the report whose amounts survive `serde_json::Value` (an `f64` on the way):
/// at most 4 decimal places, below 10^9. Used where a document is edited as a `Value`.
fn with_tame_amounts(mut report: Report) -> Report {
    let tame = |a: Amount| {
        Amount::new((a.value() % Decimal::from(1_000_000_000u64)).round_dp(4))
            .unwrap_or(Amount::ZERO)
    };
    let fees = &mut report
        .proactive_disclosure
        .as_2021_mut()
        .unwrap()
        .administrative_fees_10k_yuan;
    *fees = tame(*fees);
    if let Some(processing) = &mut report.other_matters.processing_fees {
        processing.notices_total_yuan = processing.notices_total_yuan.map(tame);
        processing.collected_yuan = processing.collected_yuan.map(tame);
    }
    report
}

proptest! {
    #![proptest_config(cases(256))]

    /// JSON round trip is the identity: equal values, equal JSON (compact and pretty), text
    /// byte for byte (String equality is byte equality).
    #[test]
    fn json_round_trip_is_the_identity(report in prop_oneof![any_report(), consistent_report()]) {
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

    /// The schema checks structure, not sums: it accepts every consistent report and every
    /// arbitrary one.
    #[test]
    fn the_schema_accepts_every_report(report in prop_oneof![any_report(), consistent_report()]) {
        let errors = schema_errors(&to_value(&report));
        prop_assert!(errors.is_empty(), "{errors:#?}");
    }

    /// The schema and the crate's reader agree on every structurally mutated document: both
    /// accept it or both reject it.
    #[test]
    fn schema_and_serde_agree_on_every_mutated_document(
        (document, change) in prop_oneof![any_report(), consistent_report()]
            .prop_map(|r| to_value(&with_tame_amounts(r)))
            .prop_flat_map(|document| {
                let change = mutation(&document);
                (Just(document), change)
            })
    ) {
        let mut mutated = document.clone();
        prop_assert!(change.apply(&mut mutated), "{change:?} does not apply");
        let serde = Report::from_json_str(&mutated.to_string());
        let schema = schema_errors(&mutated);
        prop_assert_eq!(
            serde.is_ok(),
            schema.is_empty(),
            "{:?}\nserde: {:?}\nschema: {:?}", change, serde.err().map(|e| e.to_string()), schema
        );
        if matches!(change, Mutation::ChangeCell { .. }) {
            prop_assert!(schema.is_empty(), "a cell change is structurally harmless");
        }
    }
}

// -------------------------------------------------------------------------------------------
// Filling in totals and rolling up

/// The value of every 总计 cell computed from its parts, in `u64` (independently of the crate:
/// from the JSON document).
fn expected_totals(document: &Value) -> BTreeMap<String, u64> {
    let get = |p: &str| document.pointer(p).and_then(Value::as_u64).unwrap_or(0);
    let pointers = count_cell_pointers();
    let rows: Vec<&str> = pointers
        .iter()
        .filter(|p| p.starts_with("/applications/"))
        .filter_map(|p| p.strip_suffix("/total"))
        .collect();
    let results: Vec<&str> = rows
        .iter()
        .copied()
        .filter(|r| {
            r.starts_with("/applications/outcomes/") && *r != "/applications/outcomes/total"
        })
        .collect();
    assert_eq!(results.len(), 21);
    let columns = [
        "natural_person",
        "commercial_enterprise",
        "research_institution",
        "social_welfare_organization",
        "legal_service_organization",
        "other_organization",
    ];
    let mut out = BTreeMap::new();
    for row in &rows {
        let mut row_total = 0;
        for column in columns {
            let cell = if *row == "/applications/outcomes/total" {
                let sum = results.iter().map(|r| get(&format!("{r}/{column}"))).sum();
                out.insert(format!("{row}/{column}"), sum);
                sum
            } else {
                get(&format!("{row}/{column}"))
            };
            row_total += cell;
        }
        out.insert(format!("{row}/total"), row_total);
    }
    for group in [
        "administrative_review",
        "litigation_without_review",
        "litigation_after_review",
    ] {
        let prefix = format!("/review_and_litigation/{group}");
        let sum = ["upheld", "corrected", "other", "pending"]
            .iter()
            .map(|part| get(&format!("{prefix}/{part}")))
            .sum();
        out.insert(format!("{prefix}/total"), sum);
    }
    out
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
    #![proptest_config(cases(256))]

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
                for pointer in count_cell_pointers() {
                    let want = expected
                        .get(pointer)
                        .copied()
                        .unwrap_or_else(|| before.pointer(pointer).unwrap().as_u64().unwrap());
                    prop_assert_eq!(after.pointer(pointer).unwrap().as_u64(), Some(want), "{}", pointer);
                }
                let without_counts = |mut v: Value| {
                    for pointer in count_cell_pointers() {
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
        report in consistent_report(),
        values in scrambled_totals(),
    ) {
        let document = to_value(&report);
        let totals: Vec<String> = expected_totals(&document).into_keys().collect();
        prop_assert_eq!(totals.len(), 25 + 6 + 3);
        let mut scrambled = report.clone();
        for (pointer, value) in totals.into_iter().zip(values) {
            let current = document.pointer(&pointer).and_then(Value::as_i64).unwrap();
            let delta = i64::from(value) - current;
            if delta != 0 {
                scrambled = CellChange { pointer, delta }.apply(&scrambled).unwrap();
            }
        }
        scrambled.fill_totals().map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&scrambled, &report);
        prop_assert!(scrambled.check().is_empty());
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

fn same_year(mut reports: Vec<Report>) -> Vec<Report> {
    let year = reports[0].year;
    for report in &mut reports {
        report.year = year;
    }
    reports
}

proptest! {
    #![proptest_config(cases(128))]

    /// Rolling up is the cell-wise sum (counts in `u64`, amounts exactly), or an overflow error
    /// naming a cell whose sum does not fit.
    #[test]
    fn rolling_up_is_the_cell_wise_sum_or_names_an_overflowing_cell(
        reports in proptest::collection::vec(any_report(), 1..4).prop_map(same_year)
    ) {
        let documents: Vec<Value> = reports.iter().map(to_value).collect();
        let sum_at = |p: &str| -> u64 {
            documents.iter().map(|d| d.pointer(p).unwrap().as_u64().unwrap()).sum()
        };
        let count_overflow: Vec<&String> = count_cell_pointers()
            .iter()
            .filter(|p| sum_at(p) > u64::from(u32::MAX))
            .collect();
        let admin: Vec<Amount> = reports
            .iter()
            .map(|r| r.proactive_disclosure.as_2021().unwrap().administrative_fees_10k_yuan)
            .collect();
        let fee_reports: Vec<_> =
            reports.iter().filter_map(|r| r.other_matters.processing_fees).collect();
        let admin_sum = exact_running_sum(&admin);
        // The strategies give every figure of a fee report.
        let notices: u64 = fee_reports.iter().map(|f| u64::from(f.notices_issued.unwrap())).sum();
        let billed = exact_running_sum(
            &fee_reports.iter().map(|f| f.notices_total_yuan.unwrap()).collect::<Vec<_>>(),
        );
        let collected = exact_running_sum(
            &fee_reports.iter().map(|f| f.collected_yuan.unwrap()).collect::<Vec<_>>(),
        );
        let processing_overflow =
            notices > u64::from(u32::MAX) || billed.is_err() || collected.is_err();
        match Report::roll_up(county(), &reports) {
            Err(RollUpError::Overflow(err)) => {
                let pointer = err.pointer();
                let ok = count_overflow.iter().any(|p| *p == pointer)
                    || (admin_sum.is_err()
                        && pointer == "/proactive_disclosure/administrative_fees_10k_yuan")
                    || (processing_overflow && pointer.starts_with("/other_matters/processing_fees"));
                prop_assert!(ok, "{pointer} does not overflow ({count_overflow:?})");
            }
            Err(other) => prop_assert!(false, "{other}"),
            Ok(sum) => {
                prop_assert!(count_overflow.is_empty(), "{count_overflow:?}");
                prop_assert!(!processing_overflow, "processing fees overflow unreported");
                let admin_sum = admin_sum.map_err(|()| {
                    TestCaseError::fail("administrative fees overflow unreported")
                })?;
                let document = to_value(&sum);
                for pointer in count_cell_pointers() {
                    prop_assert_eq!(document.pointer(pointer).unwrap().as_u64(), Some(sum_at(pointer)));
                }
                prop_assert_eq!(normalized(sum.proactive_disclosure.as_2021().unwrap().administrative_fees_10k_yuan), admin_sum);
                let expected_processing = (!fee_reports.is_empty())
                    .then(|| (notices, billed.clone().unwrap(), collected.clone().unwrap()));
                prop_assert_eq!(
                    sum.other_matters.processing_fees.map(|f| (
                        u64::from(f.notices_issued.unwrap()),
                        normalized(f.notices_total_yuan.unwrap()),
                        normalized(f.collected_yuan.unwrap())
                    )),
                    expected_processing
                );
                prop_assert_eq!(sum.year, reports[0].year);
                prop_assert_eq!(&sum.agency, &county());
            }
        }
    }

    /// Rolling up consistent reports gives a consistent report: no error, and no warning but
    /// the fee-unit one when the summed fees pass its threshold (a plausibility heuristic for
    /// one agency, not for a sum).
    #[test]
    fn rolling_up_consistent_reports_gives_a_consistent_report(
        reports in proptest::collection::vec(consistent_report(), 1..4).prop_map(same_year)
    ) {
        match Report::roll_up(county(), &reports) {
            // Whether the overflow is real is the property above; here only sums that fit count.
            Err(RollUpError::Overflow(_)) => {}
            Err(other) => prop_assert!(false, "{other}"),
            Ok(sum) => {
                let issues = sum.check();
                let fee_threshold = Amount::from_whole(ogi_report::rules::FEE_UNIT_THRESHOLD_10K_YUAN);
                for issue in &issues {
                    prop_assert!(
                        issue.rule == "proactive_disclosure.fee_unit"
                            && sum.proactive_disclosure.as_2021().unwrap().administrative_fees_10k_yuan > fee_threshold,
                        "{:#?}", brief(&issues)
                    );
                }
            }
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
/// of the crate: substitute the placeholder, resolve the pointers, sum coefficient × cell,
/// compare.
fn evaluate_catalogue(scope: &str, current: &Value, previous: Option<&Value>) -> Vec<Verdict> {
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
                    let (document, list) = match term["report"].as_str().unwrap() {
                        "current" => (current, &mut paths),
                        _ => (previous.expect("a previous report"), &mut previous_paths),
                    };
                    // A cell the document does not have (the other form of （六）) counts as 0.
                    let Some(cell) = document.pointer(&pointer) else {
                        continue;
                    };
                    let cell = cell
                        .as_i64()
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

/// Reports for the parity checks: arbitrary ones, and consistent ones with one cell changed.
fn parity_reports() -> impl Strategy<Value = Report> {
    prop_oneof![
        any_report(),
        consistent_report_with_table_change()
            .prop_map(|(report, change)| change.apply(&report).expect("the change applies")),
        consistent_report(),
    ]
}

proptest! {
    #![proptest_config(cases(256))]

    /// A frontend running `schema/rules.json` gets the crate's verdicts: same rules, same
    /// paths, same expected and actual figures, same order.
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
