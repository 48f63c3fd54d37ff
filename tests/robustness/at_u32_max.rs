//! u32::MAX in every cell, and the checks on such a report; fuzz findings.

use super::*;

/// The example with every count at u32::MAX.
fn all_max() -> Report {
    let mut doc = full_value();
    let cells = count_pointers(&doc);
    assert_eq!(
        cells.len(),
        200,
        "9 in table 二, 175 in 三, 15 in 四, 1 fee count"
    );
    for cell in &cells {
        *doc.pointer_mut(cell).unwrap() = json!(u32::MAX);
    }
    Report::from_json_str(&doc.to_string()).unwrap()
}

#[test]
fn every_sum_at_u32_max_is_exact_and_never_wraps() {
    let report = all_max();
    let max = u64::from(u32::MAX);
    let tables = &report.applications;
    for row in [
        tables.new_received,
        tables.carried_over_from_previous_year,
        tables.outcomes.disclosed,
        tables.outcomes.not_disclosed.administrative_inquiry,
        tables.outcomes.other_handling.sub_rows().unwrap().other,
        tables.outcomes.total,
        tables.carried_forward_to_next_year,
    ] {
        assert_eq!(row.parts_sum(), 6 * max);
    }
    assert_eq!(tables.outcomes.results_sum(), [21 * max; 7]);
    assert_eq!(tables.outcomes.not_disclosed_total(), 8 * max);
    let review = &report.review_and_litigation;
    for group in [
        review.administrative_review,
        review.litigation_without_review,
        review.litigation_after_review,
    ] {
        assert_eq!(group.parts_sum(), 4 * max);
    }
    assert_round_trip(&report);
    exercise(&report);
}

#[test]
fn filling_totals_at_u32_max_reports_the_first_overflowing_cell_and_changes_nothing() {
    let report = all_max();
    let mut filled = report.clone();
    let err = filled.fill_totals().unwrap_err();
    assert_eq!(err.pointer(), "/applications/outcomes/total/natural_person");
    assert_eq!(filled, report);
    let mut review = report.review_and_litigation.clone();
    let err = review.fill_totals().unwrap_err();
    assert_eq!(err.pointer(), "/administrative_review/total");
    // Only the 总计 of table 三 overflowing: still an error, still no change.
    let mut small = full_report();
    small.applications.outcomes.disclosed.natural_person = u32::MAX;
    small
        .applications
        .outcomes
        .partially_disclosed
        .natural_person = 1;
    small.applications.outcomes.disclosed.total = 0;
    small.applications.outcomes.partially_disclosed.total = 0;
    let before = small.clone();
    let err = small.fill_totals().unwrap_err();
    assert_eq!(err.pointer(), "/applications/outcomes/total/natural_person");
    assert_eq!(small, before);
}

#[test]
fn rolling_up_at_u32_max_reports_overflow() {
    let report = all_max();
    let agency = Agency::new("汇总", AgencyKind::Government);
    let one = Report::roll_up(agency.clone(), [&report]).unwrap();
    assert_eq!(one.applications, {
        let mut a = report.applications.clone();
        a.note = None;
        a
    });
    let err = Report::roll_up(agency, [&report, &report]).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "the sum for /proactive_disclosure/rules/issued does not fit the cell (counts hold at most {})",
            u32::MAX
        )
    );
    let fees = report.other_matters.processing_fees.unwrap();
    assert_eq!(fees.notices_issued, Some(u32::MAX));
    assert!(fees.checked_add(&fees).is_err());
}

#[test]
fn rolling_up_the_largest_amounts_reports_overflow() {
    let json = example_with(
        "\"administrative_fees_10k_yuan\": 0",
        "\"administrative_fees_10k_yuan\": 79228162514264337593543950335",
    );
    let report = Report::from_json_str(&json).unwrap();
    let err = Report::roll_up(
        Agency::new("汇总", AgencyKind::Government),
        [&report, &report],
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("/proactive_disclosure/administrative_fees_10k_yuan")
    );
}

// ---- checks (rules engine) ----

#[test]
fn checking_sums_at_u32_max_never_overflows() {
    // Every cell at u32::MAX: the sums of the rules exceed u32 and are computed in i64.
    let report = all_max();
    let issues = report.check();
    assert_eq!(issues, report.check());
    let applicant_total = issues
        .iter()
        .find(|i| i.rule == "applications.applicant_total");
    let issue = applicant_total.expect("a total of u32::MAX is not 6 × u32::MAX");
    assert_eq!(
        issue.expected.map(|q| q.to_string()),
        Some((6 * u64::from(u32::MAX)).to_string())
    );
}

// ---- findings (regression tests) ----
//
// Fuzzing `parse_check_serialize` (2.7 million runs) and `amount` (8 million) found no crash, hang or
// round-trip difference. The bugs found while writing these suites are regression-tested above:
// - a code of the wrong type (`"format_version": 2021`) was a *syntax* error, and the object
//   form `{"2021": null}` was accepted: `codes_are_strings_only`;
// - a table written as an array of its cells was accepted:
//   `tables_and_sections_must_be_objects_not_arrays`;
// - amounts in exponent form: `0.1e29` and `0e400` were refused although exact, and
//   `1.000…0e0` with more than 28 places was trimmed where its plain form is refused:
//   `amounts_with_exponents_are_read_exactly`, `amounts_that_cannot_be_kept_exactly_are_…`;
// - a duplicate key pointed at its object, not the key:
//   `a_duplicate_key_in_any_object_is_an_error_at_that_key`;
// - a count beyond f64 (`1e400`) was a syntax error: `counts_are_integers_in_u32_range`.

#[test]
fn dates_are_exactly_iso_year_month_day() {
    for (date, accepted) in [
        ("2024-01-26", true),
        ("2024-1-26", false),
        ("+2024-01-26", false),
        (" 2024-01-26", false),
        ("2024-02-30", false),
        ("2024/01/26", false),
    ] {
        let document = EXAMPLE.replacen("\"2024-01-26\"", &format!("{date:?}"), 1);
        let result = Report::from_json_str(&document);
        assert_eq!(result.is_ok(), accepted, "{date}: {result:?}");
        if let Err(err) = result {
            assert_eq!(err.pointer(), "/published_on");
            assert!(err.message().contains("YYYY-MM-DD"), "{err}");
        }
    }
}
