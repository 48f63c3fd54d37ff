//! Rolling up adds cell by cell and never wraps.

use super::money::amount;
use super::*;

// Rolling up

fn county() -> Agency {
    Agency::new("东营市东营区人民政府", AgencyKind::Government).with_region_code("370502")
}

#[test]
fn roll_up_adds_tables_two_three_and_four_cell_by_cell() {
    let a = scrambled(example(), 1);
    let b = scrambled(example(), 1000);
    let mut c = example();
    c.proactive_disclosure
        .as_2021_mut()
        .unwrap()
        .administrative_fees_10k_yuan = amount("1.05");
    let sum = Report::roll_up(county(), [&a, &b, &c]).unwrap();

    let cells = |r: &Report| -> Vec<(String, u64)> {
        leaves_of(&to_value(r))
            .into_iter()
            .filter(|(p, _)| {
                [
                    "/proactive_disclosure/",
                    "/applications/",
                    "/review_and_litigation/",
                    "/other_matters/processing_fees/notices_issued",
                ]
                .iter()
                .any(|prefix| p.starts_with(prefix))
            })
            .filter(|(p, _)| !p.ends_with("_yuan"))
            .filter_map(|(p, v)| v.as_u64().map(|n| (p, n)))
            .collect()
    };
    let (ca, cb, cc, cs) = (cells(&a), cells(&b), cells(&c), cells(&sum));
    assert_eq!(cs.len(), 9 + 175 + 15 + 1);
    for (((s, x), y), z) in cs.iter().zip(&ca).zip(&cb).zip(&cc) {
        assert_eq!(s.0, x.0);
        assert_eq!(s.1, x.1 + y.1 + z.1, "{}", s.0);
    }
    assert_eq!(
        sum.proactive_disclosure
            .as_2021()
            .unwrap()
            .administrative_fees_10k_yuan,
        amount("1.05")
    );
    assert_eq!(
        sum.other_matters.processing_fees,
        Some(ProcessingFees::new(
            a.other_matters
                .processing_fees
                .unwrap()
                .notices_issued
                .unwrap()
                + b.other_matters
                    .processing_fees
                    .unwrap()
                    .notices_issued
                    .unwrap(),
            amount("0"),
            amount("0"),
        ))
    );
}

#[test]
fn roll_up_makes_a_report_of_the_given_agency_and_year_without_text() {
    let report = example();
    let sum = Report::roll_up(county(), [&report]).unwrap();
    assert_eq!(sum.agency, county());
    assert_eq!(sum.year, 2023);
    let mut expected = Report::new(county(), 2023);
    expected.proactive_disclosure = report.proactive_disclosure.clone();
    expected.applications = report.applications.clone();
    expected.applications.note = None;
    expected.review_and_litigation = report.review_and_litigation.clone();
    expected.other_matters.processing_fees = report.other_matters.processing_fees;
    assert_eq!(sum, expected);
}

#[test]
fn roll_up_adds_the_fee_reports_that_exist() {
    let mut with = example();
    with.other_matters.processing_fees =
        Some(ProcessingFees::new(2, amount("100.10"), amount("50.05")));
    let mut without = example();
    without.other_matters.processing_fees = None;
    let sum = Report::roll_up(county(), [&without, &with, &without, &with]).unwrap();
    assert_eq!(
        sum.other_matters.processing_fees,
        Some(ProcessingFees::new(4, amount("200.20"), amount("100.10")))
    );
    let none = Report::roll_up(county(), [&without, &without]).unwrap();
    assert_eq!(none.other_matters.processing_fees, None);
}

#[test]
fn roll_up_of_nothing_is_an_error() {
    let none: Vec<Report> = Vec::new();
    assert_eq!(Report::roll_up(county(), &none), Err(RollUpError::Empty));
}

#[test]
fn roll_up_of_mixed_years_is_an_error() {
    let a = example();
    let mut b = example();
    b.year = 2024;
    let err = Report::roll_up(county(), [&a, &a, &b]).unwrap_err();
    assert_eq!(
        err,
        RollUpError::MixedYears {
            expected: 2023,
            found: 2024
        }
    );
    assert!(err.to_string().contains("2023") && err.to_string().contains("2024"));
}

#[test]
fn roll_up_overflow_names_the_cell_and_never_wraps() {
    let cases: [(&str, Change); 8] = [
        ("/proactive_disclosure/rules/issued", |r| {
            r.proactive_disclosure.as_2021_mut().unwrap().rules.issued = u32::MAX
        }),
        (
            "/proactive_disclosure/administrative_coercion_decisions",
            |r| {
                r.proactive_disclosure
                    .as_2021_mut()
                    .unwrap()
                    .administrative_coercion_decisions = u32::MAX
            },
        ),
        ("/proactive_disclosure/administrative_fees_10k_yuan", |r| {
            r.proactive_disclosure
                .as_2021_mut()
                .unwrap()
                .administrative_fees_10k_yuan = "79228162514264337593543950335".parse().unwrap()
        }),
        ("/applications/new_received/natural_person", |r| {
            r.applications.new_received.natural_person = u32::MAX
        }),
        (
            "/applications/outcomes/other_handling/fee_not_paid/total",
            |r| {
                r.applications
                    .outcomes
                    .other_handling
                    .sub_rows_mut()
                    .unwrap()
                    .fee_not_paid
                    .total = u32::MAX
            },
        ),
        (
            "/review_and_litigation/administrative_review/corrected",
            |r| r.review_and_litigation.administrative_review.corrected = u32::MAX,
        ),
        ("/other_matters/processing_fees/notices_issued", |r| {
            r.other_matters.processing_fees =
                Some(ProcessingFees::new(u32::MAX, amount("0"), amount("0")))
        }),
        ("/other_matters/processing_fees/collected_yuan", |r| {
            r.other_matters.processing_fees = Some(ProcessingFees::new(
                0,
                amount("0"),
                "79228162514264337593543950335".parse().unwrap(),
            ))
        }),
    ];
    for (pointer, fill_up) in cases {
        let mut full = example();
        fill_up(&mut full);
        let mut one = example();
        one.proactive_disclosure
            .as_2021_mut()
            .unwrap()
            .administrative_fees_10k_yuan = amount("1");
        one.proactive_disclosure.as_2021_mut().unwrap().rules.issued = 1;
        one.proactive_disclosure
            .as_2021_mut()
            .unwrap()
            .administrative_coercion_decisions = 1;
        one.applications
            .outcomes
            .other_handling
            .sub_rows_mut()
            .unwrap()
            .fee_not_paid
            .total = 1;
        one.review_and_litigation.administrative_review.corrected = 1;
        one.other_matters.processing_fees = Some(ProcessingFees::new(1, amount("1"), amount("1")));
        // Alone, a full cell rolls up fine.
        Report::roll_up(county(), [&full]).unwrap();
        let err = Report::roll_up(county(), [&full, &one]).unwrap_err();
        let RollUpError::Overflow(overflow) = &err else {
            panic!("{pointer}: expected an overflow, got {err:?}");
        };
        assert_eq!(overflow.pointer(), pointer);
        assert!(err.to_string().contains(pointer), "{err}");
        assert!(std::error::Error::source(&err).is_some());
    }
}
