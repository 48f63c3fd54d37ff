//! Totals are filled only on request, from their parts.

use super::*;

// Filling totals

#[test]
fn reading_never_changes_totals() {
    let mut value = example_value();
    value["applications"]["new_received"]["total"] = json!(999);
    value["applications"]["outcomes"]["total"]["natural_person"] = json!(0);
    value["review_and_litigation"]["administrative_review"]["total"] = json!(5);
    let report = parse(&value).unwrap();
    assert_eq!(report.applications.new_received.total, 999);
    assert_eq!(report.applications.outcomes.total.natural_person, 0);
    assert_eq!(report.review_and_litigation.administrative_review.total, 5);
    assert_eq!(to_value(&report), value);
}

#[test]
fn fill_totals_leaves_a_consistent_report_as_it_is() {
    let mut report = example();
    report.fill_totals().unwrap();
    assert_eq!(report, example());
}

#[test]
fn fill_totals_fills_only_total_cells_from_their_parts() {
    let before = scrambled(example(), 3);
    let mut after = before.clone();
    after.fill_totals().unwrap();

    // Every cell that is not a 总计 cell is unchanged, and so is everything outside tables 三/四.
    let old = table_cells(&before);
    let new = table_cells(&after);
    assert_eq!(old.len(), 25 * 7 + 15);
    for ((pointer, was), (_, now)) in old.iter().zip(&new) {
        if !is_total_cell(pointer) {
            assert_eq!(was, now, "{pointer} changed");
        }
    }
    let mut outside = after.clone();
    outside.applications = before.applications.clone();
    outside.review_and_litigation = before.review_and_litigation.clone();
    assert_eq!(outside, before);

    // Every 总计 cell is the sum of its parts.
    let a = &after.applications;
    let rows = all_rows(a);
    assert_eq!(rows.len(), 25);
    for row in &rows {
        assert_eq!(
            u64::from(row.total),
            row.parts().iter().map(|&n| u64::from(n)).sum::<u64>()
        );
    }
    let results: Vec<&ApplicantRow> = rows[2..23].to_vec();
    let column = |f: fn(&ApplicantRow) -> u32| results.iter().map(|r| u64::from(f(r))).sum::<u64>();
    assert_eq!(
        u64::from(a.outcomes.total.natural_person),
        column(|r| r.natural_person)
    );
    assert_eq!(
        u64::from(a.outcomes.total.other_organization),
        column(|r| r.other_organization)
    );
    assert_eq!(u64::from(a.outcomes.total.total), column(|r| r.total));
    assert_eq!(
        a.outcomes.results_sum()[6],
        u64::from(a.outcomes.total.total)
    );
    let r = &after.review_and_litigation;
    for group in [
        &r.administrative_review,
        &r.litigation_without_review,
        &r.litigation_after_review,
    ] {
        assert_eq!(
            group.total,
            group.upheld + group.corrected + group.other + group.pending
        );
    }
    // Some 总计 cell did change, or the test proves nothing.
    assert_ne!(after, before);
}

/// The 25 rows of table 三 in template order.
fn all_rows(a: &Applications) -> Vec<&ApplicantRow> {
    let o = &a.outcomes;
    let (nd, up, np, oh) = (
        &o.not_disclosed,
        &o.unable_to_provide,
        &o.not_processed,
        &o.other_handling,
    );
    vec![
        &a.new_received,
        &a.carried_over_from_previous_year,
        &o.disclosed,
        &o.partially_disclosed,
        &nd.state_secret,
        &nd.prohibited_by_laws_and_regulations,
        &nd.endangers_security_or_stability,
        &nd.third_party_rights,
        &nd.internal_affairs,
        &nd.process_information,
        &nd.law_enforcement_case_files,
        &nd.administrative_inquiry,
        &up.not_held,
        &up.requires_new_compilation,
        &up.unclear_after_supplement,
        &np.petition_or_complaint,
        &np.repeated_application,
        &np.public_publication_requested,
        &np.excessive_without_reason,
        &np.confirm_or_reissue_requested,
        &oh.sub_rows().unwrap().no_supplement_in_time,
        &oh.sub_rows().unwrap().fee_not_paid,
        &oh.sub_rows().unwrap().other,
        &o.total,
        &a.carried_forward_to_next_year,
    ]
}

#[test]
fn fill_totals_is_idempotent() {
    let mut once = scrambled(example(), 11);
    once.fill_totals().unwrap();
    let mut twice = once.clone();
    twice.fill_totals().unwrap();
    assert_eq!(twice, once);
}

#[test]
fn fill_totals_ignores_the_totals_it_replaces() {
    // A wrongly reported （七）总计 row at u32::MAX is replaced, not added to.
    let mut report = example();
    report.applications.outcomes.total = ApplicantRow {
        natural_person: u32::MAX,
        commercial_enterprise: u32::MAX,
        total: u32::MAX,
        ..Default::default()
    };
    report.applications.new_received.total = u32::MAX;
    report.fill_totals().unwrap();
    assert_eq!(report, example());
}

#[test]
fn fill_totals_on_overflow_names_the_cell_and_changes_nothing() {
    let cases: [(&str, Change); 5] = [
        ("/applications/new_received/total", |r| {
            r.applications.new_received.natural_person = u32::MAX;
            r.applications.new_received.other_organization = 1;
        }),
        (
            "/applications/outcomes/not_processed/excessive_without_reason/total",
            |r| {
                r.applications
                    .outcomes
                    .not_processed
                    .excessive_without_reason = ApplicantRow {
                    research_institution: u32::MAX,
                    legal_service_organization: u32::MAX,
                    ..Default::default()
                };
            },
        ),
        ("/applications/outcomes/total/natural_person", |r| {
            r.applications.outcomes.disclosed.natural_person = u32::MAX;
            r.applications
                .outcomes
                .other_handling
                .sub_rows_mut()
                .unwrap()
                .other
                .natural_person = 1;
        }),
        ("/applications/outcomes/total/total", |r| {
            // Every column fits; their sum does not.
            r.applications = Applications::default();
            r.applications.outcomes.disclosed = ApplicantRow {
                natural_person: u32::MAX,
                ..Default::default()
            };
            r.applications.outcomes.partially_disclosed = ApplicantRow {
                commercial_enterprise: 1,
                ..Default::default()
            };
        }),
        (
            "/review_and_litigation/litigation_after_review/total",
            |r| {
                r.review_and_litigation.litigation_after_review = CaseOutcomes {
                    pending: u32::MAX,
                    upheld: 1,
                    ..Default::default()
                };
            },
        ),
    ];
    for (pointer, break_it) in cases {
        let mut report = example();
        break_it(&mut report);
        let before = report.clone();
        let err = report.fill_totals().unwrap_err();
        assert_eq!(err.pointer(), pointer);
        assert!(err.to_string().contains(pointer), "{err}");
        assert_eq!(report, before, "{pointer}: the report changed");
    }
}

#[test]
fn totals_of_a_single_row_or_group_never_overflow_silently() {
    let mut row = ApplicantRow {
        natural_person: u32::MAX,
        ..Default::default()
    };
    row.fill_total().unwrap();
    assert_eq!(row.total, u32::MAX);
    row.commercial_enterprise = 1;
    assert_eq!(row.fill_total().unwrap_err().pointer(), "/total");
    assert_eq!(row.parts_sum(), u64::from(u32::MAX) + 1);
    let all_max = ApplicantRow {
        natural_person: u32::MAX,
        commercial_enterprise: u32::MAX,
        research_institution: u32::MAX,
        social_welfare_organization: u32::MAX,
        legal_service_organization: u32::MAX,
        other_organization: u32::MAX,
        total: u32::MAX,
    };
    assert_eq!(all_max.parts_sum(), 6 * u64::from(u32::MAX));
    let group = CaseOutcomes {
        upheld: u32::MAX,
        corrected: u32::MAX,
        other: u32::MAX,
        pending: u32::MAX,
        total: 0,
    };
    assert_eq!(group.parts_sum(), 4 * u64::from(u32::MAX));
    let mut table = Applications::default();
    table.outcomes.disclosed = all_max;
    table.outcomes.partially_disclosed = all_max;
    assert_eq!(table.outcomes.results_sum()[6], 2 * u64::from(u32::MAX));
}
