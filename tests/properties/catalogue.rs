//! The rule catalogue, run by a generic evaluator, agrees with the crate's checks.

use super::*;

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
