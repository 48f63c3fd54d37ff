//! [proptest](mod@proptest) strategies for reports: consistent ones, arbitrary ones, and single mutations.
//!
//! Available with the crate feature `proptest`. Downstream services use these to generate
//! valid reports in their own property tests:
//!
//! ```toml
//! [dev-dependencies]
//! ogi-report = { version = "0.1", features = ["proptest"] }
//! proptest = "1"
//! ```
//!
//! ```
//! use ogi_report::arbitrary::consistent_report;
//! use proptest::prelude::*;
//!
//! proptest!(|(report in consistent_report())| {
//!     prop_assert!(report.check().is_empty());
//! });
//! ```
//!
//! What the strategies draw:
//! - [`consistent_report`]: every leaf cell drawn freely, every 总计 derived, so that **every**
//!   rule of [`Report::check`] holds and it returns no issue at all (no error, no warning). Text
//!   is arbitrary Unicode (CJK, punctuation, white space, line breaks, control characters) with
//!   correct restatements of table 三 and the fee figures mixed in; the filler never contains
//!   `件`, `元` or `未`, so it cannot form a restatement the narrative checks would read.
//! - [`any_report`]: any document the wire format accepts: totals drawn independently of their
//!   parts, counts over the whole `u32` range in some reports, amounts with up to 28 decimal
//!   places, any agency, any publication date, restatements with arbitrary figures.
//! - [`CellChange`] and [`cell_change`]: one count cell changed by ±k (k ≠ 0, the result still a
//!   `u32`).
//! - [`Mutation`] and [`mutation`]: one structural change of a JSON document (a cell ±k, a field
//!   removed, an unknown field added, a value of the wrong type).
//!
//! Counts of consistent reports stay far enough from `u32::MAX` that every sum fits, except in
//! an occasional report whose single non-zero figure is close to `u32::MAX`.

use std::sync::LazyLock;

use chrono::{Days, NaiveDate};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::{Union, ValueTree};
use rust_decimal::Decimal;
use serde_json::{Value, json};
use validator::Validate;

use crate::applications::{
    ApplicantRow, Applications, NotDisclosed, NotProcessed, OtherHandling, OtherHandlingRows,
    Outcomes, UnableToProvide,
};
use crate::cells::{Cells, counts_of, pointers_of};
use crate::other_matters::{OtherMatters, ProcessingFees};
use crate::overview::Overview;
use crate::proactive_disclosure::{DocumentCounts, ProactiveDisclosure, ProactiveDisclosure2021};
use crate::problems::ProblemsAndImprovements;
use crate::review_and_litigation::{CaseOutcomes, ReviewAndLitigation};
use crate::rules::FEE_UNIT_THRESHOLD_10K_YUAN;
use crate::text::TextPart;
use crate::{Agency, AgencyKind, Amount, FormatVersion, MAX_YEAR, MIN_YEAR, Report};

/// The largest leaf a consistent report draws in its ordinary mode: small enough that every sum
/// of table 三 (at most 22 leaves per cell, 127 per total) stays below `u32::MAX`.
pub const MAX_CONSISTENT_LEAF: u32 = u32::MAX / 256;

/// Characters that consistent filler text never contains: the anchors of the narrative checks
/// (`件` of counts, `元` of amounts, `未` of 未收取).
pub const RESERVED_IN_FILLER: [char; 3] = ['件', '元', '未'];

static COUNT_CELLS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let agency = Agency::new("-", AgencyKind::Other);
    pointers_of(&Report::new(agency, 2024), "")
});

static TABLE_CELLS: LazyLock<Vec<String>> = LazyLock::new(|| {
    COUNT_CELLS
        .iter()
        .filter(|p| p.starts_with("/applications/") || p.starts_with("/review_and_litigation/"))
        .cloned()
        .collect()
});

/// The JSON Pointers of every count cell of tables 三 and 四 (25 × 7 + 15 = 190 cells), in the
/// report's cell order.
pub fn table_cell_pointers() -> &'static [String] {
    &TABLE_CELLS
}

/// The JSON Pointers of every count cell of the report (tables 二, 三 and 四), in cell order.
pub fn count_cell_pointers() -> &'static [String] {
    &COUNT_CELLS
}

// ---------------------------------------------------------------------------------------------
// Text

/// A character of arbitrary text: mostly CJK and ASCII, with CJK punctuation, white space of
/// every kind, line breaks and now and then any Unicode scalar value.
pub fn text_char() -> impl Strategy<Value = char> + Clone {
    prop_oneof![
        4 => proptest::char::range('\u{4e00}', '\u{9fff}'),
        3 => proptest::char::range(' ', '~'),
        2 => select(vec![
            '\n', '\r', '\t', ' ', '\u{3000}', '\u{a0}', '\u{85}', '\u{2028}', '\u{feff}',
            '，', '。', '；', '：', '、', '（', '）', '“', '”', '！', '？', '0', '1', '9', '.',
        ]),
        1 => proptest::char::range('\u{3000}', '\u{303f}'),
        1 => any::<char>(),
    ]
}

/// Arbitrary text of up to `max_chars` characters (see [`text_char`]).
pub fn text_of(max_chars: usize) -> impl Strategy<Value = String> + Clone {
    vec(text_char(), 0..=max_chars).prop_map(String::from_iter)
}

/// Arbitrary text of up to 40 characters.
pub fn text() -> impl Strategy<Value = String> + Clone {
    text_of(40)
}

/// Text like [`text`] that never contains a [`RESERVED_IN_FILLER`] character.
pub fn filler() -> impl Strategy<Value = String> + Clone {
    vec(text_char(), 0..=40).prop_map(|chars| {
        chars
            .into_iter()
            .map(|c| {
                if RESERVED_IN_FILLER.contains(&c) {
                    '　'
                } else {
                    c
                }
            })
            .collect()
    })
}

fn text_part(text: impl Strategy<Value = String> + Clone) -> impl Strategy<Value = TextPart> {
    (proptest::option::of(text.clone()), text)
        .prop_map(|(heading, text)| TextPart { heading, text })
}

fn optional_part(
    text: impl Strategy<Value = String> + Clone + 'static,
) -> impl Strategy<Value = Option<TextPart>> {
    proptest::option::weighted(0.6, text_part(text))
}

fn overview(text: impl Strategy<Value = String> + Clone + 'static) -> BoxedStrategy<Overview> {
    (
        proptest::option::of(text.clone()),
        optional_part(text.clone()),
        optional_part(text.clone()),
        optional_part(text.clone()),
        optional_part(text.clone()),
        optional_part(text.clone()),
        vec(text_part(text), 0..3),
    )
        .prop_map(
            |(
                introduction,
                proactive_disclosure,
                disclosure_on_request,
                information_management,
                platform_development,
                oversight_and_safeguards,
                additional_parts,
            )| Overview {
                introduction,
                proactive_disclosure,
                disclosure_on_request,
                information_management,
                platform_development,
                oversight_and_safeguards,
                additional_parts,
            },
        )
        .boxed()
}

fn problems(
    text: impl Strategy<Value = String> + Clone + 'static,
) -> BoxedStrategy<ProblemsAndImprovements> {
    (
        proptest::option::of(text.clone()),
        optional_part(text.clone()),
        optional_part(text.clone()),
        vec(text_part(text), 0..3),
    )
        .prop_map(|(introduction, problems, improvements, additional_parts)| {
            ProblemsAndImprovements {
                introduction,
                problems,
                improvements,
                additional_parts,
            }
        })
        .boxed()
}

fn other_matters(
    text: impl Strategy<Value = String> + Clone + 'static,
) -> BoxedStrategy<OtherMatters> {
    (
        proptest::option::of(text.clone()),
        optional_part(text.clone()),
        optional_part(text.clone()),
        optional_part(text.clone()),
        optional_part(text.clone()),
        vec(text_part(text), 0..3),
    )
        .prop_map(
            |(
                introduction,
                fee_statement,
                key_points_implementation,
                deputies_and_cppcc_proposals,
                innovation,
                additional_parts,
            )| OtherMatters {
                introduction,
                processing_fees: None,
                fee_statement,
                key_points_implementation,
                deputies_and_cppcc_proposals,
                innovation,
                additional_parts,
            },
        )
        .boxed()
}

// ---------------------------------------------------------------------------------------------
// Money and identity

/// An exact amount: zero, small, any `u64` mantissa, or a full 96-bit mantissa, with 0 to 28
/// decimal places (trailing zeros kept, e.g. `0.10`).
pub fn amount() -> impl Strategy<Value = Amount> {
    let mantissa = prop_oneof![
        2 => Just(0u128),
        4 => 0u128..100_000,
        2 => any::<u64>().prop_map(u128::from),
        1 => 0u128..(1u128 << 96),
    ];
    (mantissa, 0u32..=Amount::MAX_SCALE).prop_map(|(mantissa, scale)| {
        let value = i128::try_from(mantissa).unwrap_or(0);
        let decimal = Decimal::try_from_i128_with_scale(value, scale).unwrap_or(Decimal::ZERO);
        Amount::new(decimal).unwrap_or(Amount::ZERO)
    })
}

/// An amount of at most `max` (as [`amount`], reduced modulo `max` when larger).
pub fn amount_at_most(max: u64) -> impl Strategy<Value = Amount> {
    amount().prop_map(move |a| {
        let max = Decimal::from(max);
        if a.value() <= max {
            a
        } else {
            Amount::new(a.value() % max).unwrap_or(Amount::ZERO)
        }
    })
}

/// Short strings at the edges of "blank": empty, white space of several kinds (including those
/// that regular-expression dialects disagree on, U+0085 and U+FEFF), invisible characters.
pub fn edge_string() -> impl Strategy<Value = String> + Clone {
    select(vec![
        "",
        " ",
        "\t",
        "\n",
        "\u{3000}",
        "\u{a0}",
        "\u{85}",
        "\u{feff}",
        "\u{180e}",
        "\u{200b}",
        "\u{2028}",
        "x",
        "\u{feff}x",
        "\u{85}x",
    ])
    .prop_map(str::to_owned)
}

/// A valid agency name: up to 200 characters of arbitrary text around at least one CJK
/// character, or now and then an edge string (see [`edge_string`]) that the crate accepts as a
/// name.
pub fn agency_name() -> impl Strategy<Value = String> {
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
pub fn region_code() -> impl Strategy<Value = String> {
    prop_oneof![
        vec(0u8..10, 6),
        vec(0u8..10, 4).prop_map(|mut digits| {
            digits.extend([0, 0]);
            digits
        }),
    ]
    .prop_map(|digits| digits.into_iter().map(|d| char::from(b'0' + d)).collect())
}

/// Any agency kind.
pub fn agency_kind() -> impl Strategy<Value = AgencyKind> {
    select(AgencyKind::ALL.to_vec())
}

/// Any valid agency.
pub fn agency() -> impl Strategy<Value = Agency> {
    (
        agency_name(),
        agency_kind(),
        proptest::option::of(region_code()),
    )
        .prop_map(|(name, kind, region_code)| Agency {
            name,
            kind,
            region_code,
            compiled_by: None,
        })
}

/// Any report year the crate accepts.
pub fn year() -> impl Strategy<Value = u16> {
    MIN_YEAR..=MAX_YEAR
}

fn date_in(from: NaiveDate, days: u64) -> impl Strategy<Value = NaiveDate> {
    (0..=days).prop_map(move |d| from.checked_add_days(Days::new(d)).unwrap_or(from))
}

fn first_of_january(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// Counts

/// The largest figure of one report: most reports are small, some reach the top of the range
/// (`u32::MAX` when `full_range`, else [`MAX_CONSISTENT_LEAF`]).
fn scale(full_range: bool) -> impl Strategy<Value = u32> {
    let top = if full_range {
        u32::MAX
    } else {
        MAX_CONSISTENT_LEAF
    };
    prop_oneof![
        3 => Just(3u32),
        3 => Just(1_000),
        2 => Just(1_000_000),
        1 => Just(top),
    ]
}

/// A count from 0 to `max`, zero half of the time (real tables are sparse).
fn leaf(max: u32) -> impl Strategy<Value = u32> {
    prop_oneof![1 => Just(0u32), 1 => 0..=max]
}

/// `N` leaves (drawn into a `Vec` and converted: array value trees would sit on the stack).
fn leaves<const N: usize>(max: u32) -> impl Strategy<Value = [u32; N]> {
    vec(leaf(max), N).prop_map(|v| <[u32; N]>::try_from(v).unwrap_or([0; N]))
}

/// `N` values of `strategy`, drawn into a `Vec` (kept on the heap) and converted.
fn array<S: Strategy, const N: usize>(strategy: S) -> impl Strategy<Value = [S::Value; N]>
where
    S::Value: std::fmt::Debug,
{
    vec(strategy, N).prop_map(|v| match <[S::Value; N]>::try_from(v) {
        Ok(array) => array,
        Err(v) => panic!("drew {} values, not {N}", v.len()),
    })
}

/// A row of table 三 with all seven cells drawn independently (总计 included).
fn any_row(max: u32) -> impl Strategy<Value = ApplicantRow> {
    leaves::<7>(max).prop_map(|c| ApplicantRow {
        natural_person: c[0],
        commercial_enterprise: c[1],
        research_institution: c[2],
        social_welfare_organization: c[3],
        legal_service_organization: c[4],
        other_organization: c[5],
        total: c[6],
    })
}

/// A row from its six parts, with 总计 = their sum (callers keep the sum below `u32::MAX`).
fn row_from_parts(parts: [u32; 6]) -> ApplicantRow {
    let sum: u64 = parts.iter().map(|&n| u64::from(n)).sum();
    ApplicantRow {
        natural_person: parts[0],
        commercial_enterprise: parts[1],
        research_institution: parts[2],
        social_welfare_organization: parts[3],
        legal_service_organization: parts[4],
        other_organization: parts[5],
        total: u32::try_from(sum).unwrap_or(u32::MAX),
    }
}

/// The 21 result rows in template order, from a row-producing function.
fn outcomes_from_rows(rows: [ApplicantRow; 21], total: ApplicantRow) -> Outcomes {
    let [
        disclosed,
        partially_disclosed,
        state_secret,
        prohibited_by_laws_and_regulations,
        endangers_security_or_stability,
        third_party_rights,
        internal_affairs,
        process_information,
        law_enforcement_case_files,
        administrative_inquiry,
        not_held,
        requires_new_compilation,
        unclear_after_supplement,
        petition_or_complaint,
        repeated_application,
        public_publication_requested,
        excessive_without_reason,
        confirm_or_reissue_requested,
        no_supplement_in_time,
        fee_not_paid,
        other,
    ] = rows;
    Outcomes {
        disclosed,
        partially_disclosed,
        not_disclosed: NotDisclosed {
            state_secret,
            prohibited_by_laws_and_regulations,
            endangers_security_or_stability,
            third_party_rights,
            internal_affairs,
            process_information,
            law_enforcement_case_files,
            administrative_inquiry,
        },
        unable_to_provide: UnableToProvide {
            not_held,
            requires_new_compilation,
            unclear_after_supplement,
        },
        not_processed: NotProcessed {
            petition_or_complaint,
            repeated_application,
            public_publication_requested,
            excessive_without_reason,
            confirm_or_reissue_requested,
        },
        other_handling: OtherHandling::SubRows(OtherHandlingRows {
            no_supplement_in_time,
            fee_not_paid,
            other,
        }),
        total,
    }
}

/// A consistent table 三 from result leaves, carried-over and carried-forward leaves: 一 is
/// derived so that the balance holds, then every 总计.
fn consistent_applications(
    results: [[u32; 6]; 21],
    carried_over: [u32; 6],
    carried_forward: [u32; 6],
) -> Applications {
    let mut new = [0u32; 6];
    let mut carried_over = carried_over;
    let mut result_total = [0u32; 6];
    for column in 0..6 {
        let results_sum: u64 = results.iter().map(|row| u64::from(row[column])).sum();
        let out = results_sum + u64::from(carried_forward[column]);
        // Only applications received can leave: 二 ≤ results + 四, so that 一 ≥ 0.
        let over = u64::from(carried_over[column]) % (out + 1);
        carried_over[column] = u32::try_from(over).unwrap_or(0);
        new[column] = u32::try_from(out - over).unwrap_or(u32::MAX);
        result_total[column] = u32::try_from(results_sum).unwrap_or(u32::MAX);
    }
    let rows = results.map(row_from_parts);
    Applications {
        new_received: row_from_parts(new),
        carried_over_from_previous_year: row_from_parts(carried_over),
        outcomes: outcomes_from_rows(rows, row_from_parts(result_total)),
        carried_forward_to_next_year: row_from_parts(carried_forward),
        note: None,
    }
}

/// Table 三 of a consistent report: leaves up to a drawn scale, or (now and then) one figure
/// close to `u32::MAX` and everything else around it.
fn consistent_table_three() -> BoxedStrategy<Applications> {
    let ordinary = scale(false).prop_flat_map(|max| {
        (
            array::<_, 21>(leaves::<6>(max)),
            leaves::<6>(max),
            leaves::<6>(max),
        )
            .prop_map(|(results, over, forward)| consistent_applications(results, over, forward))
    });
    let huge = (
        0usize..21,
        0usize..6,
        (u32::MAX - 1_000)..=u32::MAX,
        0u32..=1_000,
        0u32..=1_000,
    )
        .prop_map(|(row, column, value, over, forward)| {
            let mut results = [[0u32; 6]; 21];
            results[row][column] = value;
            let mut carried_over = [0u32; 6];
            let mut carried_forward = [0u32; 6];
            // 一 = value + forward − over must fit: forward ≤ over.
            carried_over[column] = over;
            carried_forward[column] = forward.min(over);
            consistent_applications(results, carried_over, carried_forward)
        });
    prop_oneof![20 => ordinary, 1 => huge].boxed()
}

fn case_outcomes(parts: [u32; 4]) -> CaseOutcomes {
    let sum: u64 = parts.iter().map(|&n| u64::from(n)).sum();
    CaseOutcomes {
        upheld: parts[0],
        corrected: parts[1],
        other: parts[2],
        pending: parts[3],
        total: u32::try_from(sum).unwrap_or(u32::MAX),
    }
}

/// Table 四 of a consistent report: parts drawn, 总计 derived.
fn consistent_table_four() -> BoxedStrategy<ReviewAndLitigation> {
    let ordinary = scale(false).prop_flat_map(|max| {
        array::<_, 3>(leaves::<4>(max)).prop_map(|groups| {
            let [a, b, c] = groups.map(case_outcomes);
            ReviewAndLitigation {
                administrative_review: a,
                litigation_without_review: b,
                litigation_after_review: c,
                note: None,
            }
        })
    });
    let huge =
        (0usize..3, 0usize..4, (u32::MAX - 1_000)..=u32::MAX).prop_map(|(group, part, value)| {
            let mut groups = [[0u32; 4]; 3];
            groups[group][part] = value;
            let [a, b, c] = groups.map(case_outcomes);
            ReviewAndLitigation {
                administrative_review: a,
                litigation_without_review: b,
                litigation_after_review: c,
                note: None,
            }
        });
    prop_oneof![20 => ordinary, 1 => huge].boxed()
}

/// A row of table 二 block （一） with issued ≤ in force + repealed.
fn consistent_documents(max: u32) -> impl Strategy<Value = DocumentCounts> {
    (leaf(max), leaf(max), leaf(max)).prop_map(|(issued, repealed, in_force)| {
        let bound = u64::from(repealed) + u64::from(in_force);
        DocumentCounts {
            issued: u32::try_from(u64::from(issued) % (bound + 1)).unwrap_or(0),
            repealed,
            in_force,
        }
    })
}

fn any_documents(max: u32) -> impl Strategy<Value = DocumentCounts> {
    (leaf(max), leaf(max), leaf(max)).prop_map(|(issued, repealed, in_force)| DocumentCounts {
        issued,
        repealed,
        in_force,
    })
}

/// Table 二 with documents in force consistent and fees within the plausible 万元 range.
/// `may_issue_rules` decides whether the 规章 row may be non-zero.
fn consistent_table_two(may_issue_rules: bool) -> BoxedStrategy<ProactiveDisclosure> {
    scale(true)
        .prop_flat_map(move |max| {
            (
                consistent_documents(max),
                consistent_documents(max),
                leaves::<3>(max),
                amount_at_most(FEE_UNIT_THRESHOLD_10K_YUAN),
            )
                .prop_map(move |(rules, normative_documents, decisions, fees)| {
                    ProactiveDisclosure2021 {
                        rules: if may_issue_rules {
                            rules
                        } else {
                            DocumentCounts::default()
                        },
                        normative_documents,
                        administrative_licensing_decisions: decisions[0],
                        administrative_penalty_decisions: decisions[1],
                        administrative_coercion_decisions: decisions[2],
                        administrative_fees_10k_yuan: fees,
                        note: None,
                    }
                    .into()
                })
        })
        .boxed()
}

/// Fee figures with collected ≤ billed; at least one notice when `needs_notice`.
fn consistent_fees(needs_notice: bool) -> impl Strategy<Value = ProcessingFees> {
    (leaf(1_000), amount(), amount()).prop_map(move |(notices, a, b)| {
        let notices = if needs_notice {
            notices.max(1)
        } else {
            notices
        };
        ProcessingFees::new(notices, a.max(b), a.min(b))
    })
}

/// Whether an agency may plausibly have rules (规章) in table 二 (rule
/// `proactive_disclosure.rule_making_power`).
pub fn may_issue_rules(agency: &Agency) -> bool {
    let county_level = agency
        .region_code
        .as_deref()
        .is_some_and(|code| !code.ends_with("00"));
    agency.kind != AgencyKind::Township && !(county_level && agency.kind != AgencyKind::Other)
}

/// A publication date that meets the agency's Art. 49 deadline (any date of the next year when
/// there is none).
fn timely_date(kind: AgencyKind, year: u16) -> impl Strategy<Value = NaiveDate> {
    let start = first_of_january(i32::from(year) + 1);
    let days = match kind.deadline(year) {
        Some(deadline) => (deadline - start).num_days().max(0).unsigned_abs(),
        None => 364,
    };
    date_in(start, days)
}

// ---------------------------------------------------------------------------------------------
// Restatements

/// Restatements of the tables in prose that the narrative checks read, all correct for
/// `report`.
pub fn correct_restatements(report: &Report) -> Vec<String> {
    let a = &report.applications;
    let new = u64::from(a.new_received.total);
    let with_carried = new + u64::from(a.carried_over_from_previous_year.total);
    let not_disclosed: u64 = [
        a.outcomes.not_disclosed.state_secret,
        a.outcomes.not_disclosed.prohibited_by_laws_and_regulations,
        a.outcomes.not_disclosed.endangers_security_or_stability,
        a.outcomes.not_disclosed.third_party_rights,
        a.outcomes.not_disclosed.internal_affairs,
        a.outcomes.not_disclosed.process_information,
        a.outcomes.not_disclosed.law_enforcement_case_files,
        a.outcomes.not_disclosed.administrative_inquiry,
    ]
    .iter()
    .map(|row| u64::from(row.total))
    .sum();
    let mut out = vec![
        format!("本年度共收到政府信息公开申请 {new} 件。"),
        format!("连同上年结转，共收到申请{with_carried}件。"),
        format!("其中予以公开 {} 件。", a.outcomes.disclosed.total),
        format!(
            "其中部分公开的 {} 件。",
            a.outcomes.partially_disclosed.total
        ),
        format!("其中不予公开\u{3000}{not_disclosed}\u{3000}件。"),
    ];
    if let Some(fees) = report.other_matters.processing_fees {
        if let (Some(notices), Some(billed)) = (fees.notices_issued, fees.notices_total_yuan) {
            out.push(format!("发出收费通知 {notices} 件，总金额 {billed} 元。"));
        }
        if let Some(collected) = fees.collected_yuan {
            out.push(format!("实际收取信息处理费 {collected} 元。"));
            if collected.is_zero() {
                out.push("本年度未收取信息处理费。".to_owned());
            }
        }
    }
    out
}

/// Restatements with arbitrary figures (for [`any_report`]).
fn any_restatements() -> impl Strategy<Value = Vec<String>> {
    vec(
        (0usize..5, any::<u32>(), amount()).prop_map(|(kind, n, a)| match kind {
            0 => format!("共收到政府信息公开申请 {n} 件。"),
            1 => format!("予以公开{n}件，"),
            2 => format!("部分公开的 {n} 件；"),
            3 => format!("不予公开 {n} 件\n"),
            _ => format!("实际收取费用 {a} 元。"),
        }),
        0..4,
    )
}

/// Where restatements go: the text slots of sections 一 and 六 (the ones the narrative checks
/// read), as (slot, separator) choices.
fn placements(count: usize) -> impl Strategy<Value = Vec<(usize, &'static str)>> {
    vec((0usize..11, select(vec!["", "\n", "。", "，", " "])), count)
}

/// Appends each statement to a text slot of section 一 or 六 (creating the part if absent).
fn place(report: &mut Report, statements: &[String], placements: &[(usize, &'static str)]) {
    for (statement, &(slot, separator)) in statements.iter().zip(placements) {
        let o = &mut report.overview;
        let m = &mut report.other_matters;
        let target: &mut String = match slot {
            0 => o.introduction.get_or_insert_default(),
            1 => &mut o.proactive_disclosure.get_or_insert_default().text,
            2 => &mut o.disclosure_on_request.get_or_insert_default().text,
            3 => &mut o.information_management.get_or_insert_default().text,
            4 => &mut o.platform_development.get_or_insert_default().text,
            5 => &mut o.oversight_and_safeguards.get_or_insert_default().text,
            6 => m.introduction.get_or_insert_default(),
            7 => &mut m.fee_statement.get_or_insert_default().text,
            8 => &mut m.key_points_implementation.get_or_insert_default().text,
            9 => &mut m.deputies_and_cppcc_proposals.get_or_insert_default().text,
            _ => &mut m.innovation.get_or_insert_default().text,
        };
        target.push_str(separator);
        target.push_str(statement);
    }
}

// ---------------------------------------------------------------------------------------------
// Reports

/// A report on which [`Report::check`] finds nothing at all: every sum and bound holds, the
/// figures are plausible for the agency, the report is published on time (or has no date), and
/// the prose restates table 三 and the fee figures correctly (see the module docs).
pub fn consistent_report() -> BoxedStrategy<Report> {
    (agency(), year())
        .prop_flat_map(|(agency, year)| {
            let kind = agency.kind;
            let rules_allowed = may_issue_rules(&agency);
            (
                Just(agency),
                Just(year),
                proptest::option::of(timely_date(kind, year)),
                proptest::option::of(filler()),
                proptest::option::of(filler()),
                proptest::option::of(filler()),
                overview(filler()),
                consistent_table_two(rules_allowed),
                consistent_table_three(),
                consistent_table_four(),
                problems(filler()),
                other_matters(filler()),
            )
        })
        .prop_flat_map(
            |(
                agency,
                year,
                published_on,
                title,
                preamble,
                closing,
                overview,
                proactive_disclosure,
                applications,
                review_and_litigation,
                problems_and_improvements,
                other_matters,
            )| {
                let needs_notice = applications
                    .outcomes
                    .other_handling
                    .sub_rows()
                    .is_some_and(|rows| rows.fee_not_paid.total > 0);
                let fees = if needs_notice {
                    consistent_fees(true).prop_map(Some).boxed()
                } else {
                    proptest::option::of(consistent_fees(false)).boxed()
                };
                let report = Report {
                    format_version: FormatVersion::V2021,
                    agency,
                    year,
                    published_on,
                    title,
                    preamble,
                    overview,
                    proactive_disclosure,
                    applications,
                    review_and_litigation,
                    problems_and_improvements,
                    other_matters,
                    closing,
                    blank_cells: Vec::new(),
                };
                (Just(report), fees, vec(0usize..8, 0..6), placements(6))
            },
        )
        .prop_map(|(mut report, fees, chosen, placements)| {
            report.other_matters.processing_fees = fees;
            let all = correct_restatements(&report);
            let statements: Vec<String> = chosen
                .into_iter()
                .filter_map(|index| all.get(index).cloned())
                .collect();
            place(&mut report, &statements, &placements);
            report
        })
        .boxed()
}

/// Any report the wire format accepts: every count drawn independently (totals included), in
/// some reports over the whole `u32` range; arbitrary text, amounts, agency and dates.
pub fn any_report() -> BoxedStrategy<Report> {
    let identity = (
        agency(),
        year(),
        proptest::option::of(-400i64..1_100),
        proptest::option::of(text_of(60)),
        proptest::option::of(text()),
        proptest::option::of(text()),
    );
    let texts = (overview(text()), problems(text()), other_matters(text()));
    let tables = scale(true).prop_flat_map(|max| {
        (
            any_documents(max),
            any_documents(max),
            leaves::<3>(max),
            amount(),
            array::<_, 25>(any_row(max)),
            array::<_, 3>(leaves::<5>(max)),
            proptest::option::of((leaf(max), amount(), amount())),
        )
    });
    let notes = array::<_, 3>(proptest::option::of(text()));
    (
        identity,
        texts,
        tables,
        notes,
        any_restatements(),
        placements(4),
    )
        .prop_map(
            |(
                (agency, year, published, title, preamble, closing),
                (overview, problems_and_improvements, mut other_matters),
                (rules, normative_documents, decisions, fees, rows, groups, processing_fees),
                [note_two, note_three, note_four],
                statements,
                placements,
            )| {
                let published_on = published.map(|days| {
                    let start = first_of_january(i32::from(year));
                    if days < 0 {
                        start
                            .checked_sub_days(Days::new(days.unsigned_abs()))
                            .unwrap_or(start)
                    } else {
                        start
                            .checked_add_days(Days::new(days.unsigned_abs()))
                            .unwrap_or(start)
                    }
                });
                other_matters.processing_fees =
                    processing_fees.map(|(notices_issued, notices_total_yuan, collected_yuan)| {
                        ProcessingFees::new(notices_issued, notices_total_yuan, collected_yuan)
                    });
                let [r0, r1, rest @ .., r24] = rows;
                let [results @ .., total]: [ApplicantRow; 22] = rest;
                let case = |g: [u32; 5]| CaseOutcomes {
                    upheld: g[0],
                    corrected: g[1],
                    other: g[2],
                    pending: g[3],
                    total: g[4],
                };
                let mut report = Report {
                    format_version: FormatVersion::V2021,
                    agency,
                    year,
                    published_on,
                    title,
                    preamble,
                    overview,
                    proactive_disclosure: ProactiveDisclosure2021 {
                        rules,
                        normative_documents,
                        administrative_licensing_decisions: decisions[0],
                        administrative_penalty_decisions: decisions[1],
                        administrative_coercion_decisions: decisions[2],
                        administrative_fees_10k_yuan: fees,
                        note: note_two,
                    }
                    .into(),
                    applications: Applications {
                        new_received: r0,
                        carried_over_from_previous_year: r1,
                        outcomes: outcomes_from_rows(results, total),
                        carried_forward_to_next_year: r24,
                        note: note_three,
                    },
                    review_and_litigation: ReviewAndLitigation {
                        administrative_review: case(groups[0]),
                        litigation_without_review: case(groups[1]),
                        litigation_after_review: case(groups[2]),
                        note: note_four,
                    },
                    problems_and_improvements,
                    other_matters,
                    closing,
                    blank_cells: Vec::new(),
                };
                place(&mut report, &statements, &placements);
                report
            },
        )
        .boxed()
}

// ---------------------------------------------------------------------------------------------
// Single changes

/// One count cell changed by `delta`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellChange {
    /// The JSON Pointer of the cell (one of [`count_cell_pointers`]).
    pub pointer: String,
    /// What is added to the cell (never 0).
    pub delta: i64,
}

impl CellChange {
    /// The report with the change applied, or `None` when the pointer names no count cell or
    /// the result is not a `u32`.
    pub fn apply(&self, report: &Report) -> Option<Report> {
        let index = count_cell_pointers()
            .iter()
            .position(|p| *p == self.pointer)?;
        let current = *counts_of(report).get(index)?;
        let changed = current.checked_add(self.delta)?;
        let mut out = report.clone();
        let mut at = 0;
        let mut fits = false;
        out.for_each_count_mut(&mut |cell| {
            if at == index {
                fits = cell.set(changed);
            }
            at += 1;
        });
        fits.then_some(out)
    }
}

/// A non-zero change that keeps `value` a `u32`: mostly ±1 to ±3, sometimes anything.
fn delta_for(value: u32) -> BoxedStrategy<i64> {
    let up = i64::from(u32::MAX - value);
    let down = i64::from(value);
    let mut options: Vec<BoxedStrategy<i64>> = Vec::new();
    if up > 0 {
        options.push((1..=up.min(3)).boxed());
        options.push((1..=up).boxed());
    }
    if down > 0 {
        options.push((1..=down.min(3)).prop_map(|k| -k).boxed());
        options.push((1..=down).prop_map(|k| -k).boxed());
    }
    Union::new(options).boxed()
}

/// A change of one of `pointers` (count cells of `report`) by ±k, k ≠ 0, the result still a
/// `u32`.
pub fn cell_change(
    report: &Report,
    pointers: &[String],
) -> impl Strategy<Value = CellChange> + use<> {
    let all = count_cell_pointers();
    let counts = counts_of(report);
    let choices: Vec<(String, u32)> = pointers
        .iter()
        .filter_map(|pointer| {
            let index = all.iter().position(|p| p == pointer)?;
            Some((pointer.clone(), u32::try_from(counts[index]).ok()?))
        })
        .collect();
    select(choices).prop_flat_map(|(pointer, value)| {
        delta_for(value).prop_map(move |delta| CellChange {
            pointer: pointer.clone(),
            delta,
        })
    })
}

/// A consistent report and a change of one cell of table 三 or 四.
pub fn consistent_report_with_table_change() -> impl Strategy<Value = (Report, CellChange)> {
    consistent_report().prop_flat_map(|report| {
        let change = cell_change(&report, table_cell_pointers());
        (Just(report), change)
    })
}

/// One structural change of a JSON document.
#[derive(Debug, Clone, PartialEq)]
pub enum Mutation {
    /// A count cell changed by `delta` (structurally harmless).
    ChangeCell {
        /// The cell's JSON Pointer.
        pointer: String,
        /// What is added (never 0; the result stays within `0 ..= u32::MAX`).
        delta: i64,
    },
    /// A member of an object removed (required or optional).
    RemoveField {
        /// The member's JSON Pointer.
        pointer: String,
    },
    /// A member no object of the format has, added to an object.
    AddUnknownField {
        /// The object's JSON Pointer (`""` for the document).
        object: String,
        /// The new member's name (always starts with `unknown_`).
        name: String,
        /// Its value.
        value: Value,
    },
    /// A value replaced by one of a wrong type or out of range, or a string by an edge string.
    Replace {
        /// The value's JSON Pointer.
        pointer: String,
        /// The new value.
        value: Value,
    },
}

impl Mutation {
    /// Applies the mutation; `false` when its pointer names nothing in `document`.
    pub fn apply(&self, document: &mut Value) -> bool {
        match self {
            Mutation::ChangeCell { pointer, delta } => {
                let Some(slot) = document.pointer_mut(pointer) else {
                    return false;
                };
                let Some(value) = slot.as_i64().and_then(|v| v.checked_add(*delta)) else {
                    return false;
                };
                *slot = json!(value);
                true
            }
            Mutation::RemoveField { pointer } => {
                let Some((parent, key)) = split_pointer(pointer) else {
                    return false;
                };
                document
                    .pointer_mut(&parent)
                    .and_then(Value::as_object_mut)
                    .and_then(|object| object.remove(&key))
                    .is_some()
            }
            Mutation::AddUnknownField {
                object,
                name,
                value,
            } => match document.pointer_mut(object).and_then(Value::as_object_mut) {
                Some(map) => {
                    map.insert(name.clone(), value.clone());
                    true
                }
                None => false,
            },
            Mutation::Replace { pointer, value } => match document.pointer_mut(pointer) {
                Some(slot) => {
                    *slot = value.clone();
                    true
                }
                None => false,
            },
        }
    }
}

/// The parent pointer and the unescaped last token of a pointer.
fn split_pointer(pointer: &str) -> Option<(String, String)> {
    let (parent, key) = jsonptr::Pointer::parse(pointer).ok()?.split_back()?;
    Some((parent.as_str().to_owned(), key.decoded().into_owned()))
}

/// The places of a document: every object, every object member, every value below the root,
/// every string value (by pointer).
#[derive(Default)]
struct Places {
    objects: Vec<String>,
    members: Vec<String>,
    values: Vec<String>,
    strings: Vec<String>,
}

fn places(value: &Value) -> Places {
    fn walk(value: &Value, pointer: String, out: &mut Places) {
        match value {
            Value::Object(map) => {
                out.objects.push(pointer.clone());
                for (key, child) in map {
                    let mut child_pointer = pointer.clone();
                    crate::wire::push_token(&mut child_pointer, key);
                    out.members.push(child_pointer.clone());
                    out.values.push(child_pointer.clone());
                    walk(child, child_pointer, out);
                }
            }
            Value::Array(items) => {
                for (index, child) in items.iter().enumerate() {
                    let child_pointer = format!("{pointer}/{index}");
                    out.values.push(child_pointer.clone());
                    walk(child, child_pointer, out);
                }
            }
            Value::String(_) => out.strings.push(pointer),
            _ => {}
        }
    }
    let mut out = Places::default();
    walk(value, String::new(), &mut out);
    out
}

/// A value of a wrong type or out of range for a count: strings, booleans, null, arrays,
/// objects, negative numbers, fractions (never `n.0`) and numbers above `u32::MAX`.
pub fn wrong_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        select(vec!["", "0", "18", "x", "十八", " ", "2021"]).prop_map(|s| json!(s)),
        any::<bool>().prop_map(|b| json!(b)),
        Just(Value::Null),
        Just(json!([])),
        Just(json!([1])),
        Just(json!({})),
        Just(json!({ "total": 1 })),
        (1i64..=1_000_000).prop_map(|n| json!(-n)),
        (0u32..1_000, select(vec![0.5, 0.25, 0.75, 0.125]))
            .prop_map(|(n, f)| json!(f64::from(n) + f)),
        (u64::from(u32::MAX) + 1..=u64::MAX).prop_map(|n| json!(n)),
    ]
}

/// One structural mutation of `document` (a report as JSON): a count cell ±k, a member
/// removed, an unknown member added, a value replaced by a wrong one, or a string replaced by
/// an [`edge_string`]. Only mutations whose
/// verdict the schema and the crate must agree on are drawn: counts are never written as
/// `18.0` or `1e3` (a JSON Schema integer, not a `u32`), amounts never get more than 28
/// decimal places.
pub fn mutation(document: &Value) -> BoxedStrategy<Mutation> {
    let cells: Vec<(String, u32)> = count_cell_pointers()
        .iter()
        .filter_map(|p| {
            let value = document.pointer(p)?.as_u64()?;
            Some((p.clone(), u32::try_from(value).ok()?))
        })
        .collect();
    let Places {
        objects,
        members,
        values,
        strings,
    } = places(document);
    let mut options: Vec<BoxedStrategy<Mutation>> = Vec::new();
    if !cells.is_empty() {
        options.push(
            select(cells)
                .prop_flat_map(|(pointer, value)| {
                    delta_for(value).prop_map(move |delta| Mutation::ChangeCell {
                        pointer: pointer.clone(),
                        delta,
                    })
                })
                .boxed(),
        );
    }
    if !members.is_empty() {
        options.push(
            select(members)
                .prop_map(|pointer| Mutation::RemoveField { pointer })
                .boxed(),
        );
    }
    if !objects.is_empty() {
        options.push(
            (
                select(objects),
                "[a-z_]{0,8}",
                prop_oneof![Just(json!(0)), Just(json!("x")), Just(Value::Null)],
            )
                .prop_map(|(object, suffix, value)| Mutation::AddUnknownField {
                    object,
                    name: format!("unknown_{suffix}"),
                    value,
                })
                .boxed(),
        );
    }
    if !values.is_empty() {
        options.push(
            (select(values), wrong_value())
                .prop_map(|(pointer, value)| Mutation::Replace { pointer, value })
                .boxed(),
        );
    }
    if !strings.is_empty() {
        options.push(
            (select(strings), edge_string())
                .prop_map(|(pointer, text)| Mutation::Replace {
                    pointer,
                    value: Value::String(text),
                })
                .boxed(),
        );
    }
    Union::new(options).boxed()
}

/// Draws one value from `strategy` with a fixed seed (for examples and quick checks).
///
/// ```
/// use ogi_report::arbitrary::{consistent_report, sample};
/// let report = sample(consistent_report());
/// assert!(report.check().is_empty());
/// ```
pub fn sample<S: Strategy>(strategy: S) -> S::Value {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    match strategy.new_tree(&mut runner) {
        Ok(tree) => tree.current(),
        Err(reason) => panic!("the strategy found no value: {reason}"),
    }
}
