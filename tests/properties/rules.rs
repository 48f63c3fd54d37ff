//! The rules on consistent reports and single changes.

use super::*;

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
