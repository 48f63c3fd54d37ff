//! Amounts of money, agencies, years and publication dates.

use chrono::{Days, NaiveDate};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use rust_decimal::Decimal;
use validator::Validate;

use super::text::{edge_string, text_of};
use crate::{Agency, AgencyKind, Amount, MAX_YEAR, MIN_YEAR};

/// An exact amount: zero, small, any `u64` mantissa, or a full 96-bit mantissa, with 0 to 28
/// decimal places (trailing zeros kept, e.g. `0.10`).
///
/// ```
/// use ogi_report::Amount;
/// use ogi_report::arbitrary::amount;
/// use proptest::prelude::*;
///
/// proptest!(|(amount in amount())| {
///     prop_assert_eq!(amount.to_string().parse::<Amount>().unwrap(), amount);
/// });
/// ```
pub fn amount() -> impl Strategy<Value = Amount> {
    let mantissa = prop_oneof![
        2 => Just(0u128),
        4 => 0u128..100_000,
        2 => any::<u64>().prop_map(u128::from),
        1 => 0u128..(1u128 << 96),
    ];
    (mantissa, 0u32..=Amount::MAX_SCALE).prop_map(|(mantissa, scale)| amount_of(mantissa, scale))
}

/// The amount `mantissa` × 10^−`scale` (0 when it is not an amount).
fn amount_of(mantissa: u128, scale: u32) -> Amount {
    let value = i128::try_from(mantissa).unwrap_or(0);
    let decimal = Decimal::try_from_i128_with_scale(value, scale).unwrap_or(Decimal::ZERO);
    Amount::new(decimal).unwrap_or(Amount::ZERO)
}

/// An amount of at most `max` (as [`amount`], reduced modulo `max` when larger).
pub(super) fn amount_at_most(max: u64) -> impl Strategy<Value = Amount> {
    amount().prop_map(move |a| {
        let max = Decimal::from(max);
        if a.value() <= max {
            a
        } else {
            Amount::new(a.value() % max).unwrap_or(Amount::ZERO)
        }
    })
}

/// An amount below `max_whole` with at most 4 decimal places: any number of such amounts (up
/// to billions) adds up exactly.
pub(super) fn summable_amount(max_whole: u64) -> impl Strategy<Value = Amount> {
    let top = u128::from(max_whole) * 10_000;
    prop_oneof![Just(0u128), 0..top.max(1)]
        .prop_map(|mantissa| amount_of(mantissa, 4))
        .prop_map(|amount| Amount::new(amount.value().normalize()).unwrap_or(amount))
}

/// A valid agency name: up to 200 characters of arbitrary text around at least one CJK
/// character, or now and then an edge string (see [`edge_string`]) that the crate accepts as a
/// name.
pub(super) fn agency_name() -> impl Strategy<Value = String> {
    let ordinary = (
        text_of(20),
        vec(proptest::char::range('\u{4e00}', '\u{9fff}'), 1..10),
        text_of(20),
    )
        .prop_map(|(before, core, after)| {
            let core: String = core.into_iter().collect();
            format!("{before}{core}{after}")
        });
    let edge = edge_string().prop_filter("a name the crate accepts", |name| {
        Agency::new(name.clone(), AgencyKind::Other)
            .validate()
            .is_ok()
    });
    prop_oneof![8 => ordinary, 1 => edge]
}

/// A 6-digit region code: county level (not ending in 00) or city/province level.
fn region_code() -> impl Strategy<Value = String> {
    prop_oneof![
        vec(0u8..10, 6),
        vec(0u8..10, 4).prop_map(|mut digits| {
            digits.extend([0, 0]);
            digits
        }),
    ]
    .prop_map(|digits| digits.into_iter().map(|d| char::from(b'0' + d)).collect())
}

/// Any valid agency: any name and kind, with or without a region code, now and then compiled
/// by another office (`compiled_by`).
///
/// ```
/// use ogi_report::arbitrary::agency;
/// use proptest::prelude::*;
///
/// proptest!(|(agency in agency())| {
///     prop_assert!(!agency.name.is_empty());
/// });
/// ```
pub fn agency() -> impl Strategy<Value = Agency> {
    (
        agency_name(),
        select(AgencyKind::ALL.to_vec()),
        proptest::option::of(region_code()),
        proptest::option::weighted(0.2, agency_name()),
    )
        .prop_map(|(name, kind, region_code, compiled_by)| Agency {
            name,
            kind,
            region_code,
            compiled_by,
        })
}

/// Any report year the crate accepts.
pub(super) fn year() -> impl Strategy<Value = u16> {
    MIN_YEAR..=MAX_YEAR
}

fn date_in(from: NaiveDate, days: u64) -> impl Strategy<Value = NaiveDate> {
    (0..=days).prop_map(move |d| from.checked_add_days(Days::new(d)).unwrap_or(from))
}

pub(super) fn first_of_january(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default()
}

/// A date `days` after (or before, when negative) 1 January of `year`.
pub(super) fn day_of(year: u16, days: i64) -> NaiveDate {
    let start = first_of_january(i32::from(year));
    let shift = Days::new(days.unsigned_abs());
    let date = if days < 0 {
        start.checked_sub_days(shift)
    } else {
        start.checked_add_days(shift)
    };
    date.unwrap_or(start)
}

/// Whether an agency may plausibly have rules (规章) in table 二 (rule
/// `proactive_disclosure.rule_making_power`).
pub(super) fn may_issue_rules(agency: &Agency) -> bool {
    let county_level = agency
        .region_code
        .as_deref()
        .is_some_and(|code| !code.ends_with("00"));
    agency.kind != AgencyKind::Township && !(county_level && agency.kind != AgencyKind::Other)
}

/// A publication date that meets the agency's Art. 49 deadline (any date of the next year when
/// there is none).
pub(super) fn timely_date(kind: AgencyKind, year: u16) -> impl Strategy<Value = NaiveDate> {
    let start = first_of_january(i32::from(year) + 1);
    let days = match kind.deadline(year) {
        Some(deadline) => (deadline - start).num_days().max(0).unsigned_abs(),
        None => 364,
    };
    date_in(start, days)
}
