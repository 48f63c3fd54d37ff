//! Filling in totals and rolling up.

use super::*;

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
