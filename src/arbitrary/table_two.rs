//! Table 二 in both editions, and the processing-fee figures of section 六.

use proptest::prelude::*;
use proptest::sample::select;

use super::counts::{Bounds, leaf, leaves, scale};
use super::identity::{amount, amount_at_most, summable_amount};
use crate::Amount;
use crate::FormatVersion;
use crate::other_matters::ProcessingFees;
use crate::proactive_disclosure::{
    DocumentCounts, FeeItemChanges, ItemChanges, MAX_CHANGE, MoneyUnit, MoneyWithUnit,
    ProactiveDisclosure, ProactiveDisclosure2019, ProactiveDisclosure2021, Procurement,
    PublishedDocuments,
};
use crate::rules::FEE_UNIT_THRESHOLD_10K_YUAN;

/// The largest whole number of yuan of a procurement or fee amount in reports that are added
/// up: any batch of billions of them adds up exactly.
const SUMMABLE_YUAN: u64 = 1_000_000_000;

/// Amounts of one report (any exact amount up to `max`), or of reports to be added up.
fn amount_within(bounds: Bounds, max: Option<u64>) -> BoxedStrategy<Amount> {
    match (bounds.batch, max) {
        (1, Some(max)) => amount_at_most(max).boxed(),
        (1, None) => amount().boxed(),
        (batch, max) => summable_amount(max.unwrap_or(SUMMABLE_YUAN) / u64::from(batch)).boxed(),
    }
}

/// A row of the 2021 block （一） with issued ≤ in force + repealed.
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

/// A row of the 2019 block （一） with newly published ≤ published in all.
fn consistent_published(max: u32) -> impl Strategy<Value = PublishedDocuments> {
    (leaf(max), leaf(max), leaf(max)).prop_map(|(new_made, published, total)| PublishedDocuments {
        new_made,
        new_published: published.min(total),
        total_published: published.max(total),
    })
}

/// A yearly change that removes no more items than there were: −previous ..= max, mostly 0 or
/// small.
fn change_within(previous: u32, max: u32) -> impl Strategy<Value = i64> {
    let (down, up) = (-i64::from(previous), i64::from(max));
    prop_oneof![
        2 => Just(0i64),
        2 => down.max(-3)..=up.min(3),
        1 => down..=up,
    ]
}

fn consistent_items(max: u32) -> impl Strategy<Value = ItemChanges> {
    (leaf(max), leaf(max)).prop_flat_map(move |(previous_year_items, decisions)| {
        change_within(previous_year_items, max).prop_map(move |change| ItemChanges {
            previous_year_items,
            change,
            decisions,
        })
    })
}

fn consistent_fee_items(max: u32) -> impl Strategy<Value = FeeItemChanges> {
    leaf(max).prop_flat_map(move |previous_year_items| {
        change_within(previous_year_items, max).prop_map(move |change| FeeItemChanges {
            previous_year_items,
            change,
        })
    })
}

fn money_unit() -> impl Strategy<Value = MoneyUnit> {
    select(vec![
        MoneyUnit::Yuan,
        MoneyUnit::TenThousandYuan,
        MoneyUnit::Unspecified,
    ])
}

fn procurement(max: u32, amount: BoxedStrategy<Amount>) -> impl Strategy<Value = Procurement> {
    (leaf(max), amount, money_unit()).prop_map(|(items, value, unit)| Procurement {
        items,
        total_amount: MoneyWithUnit { value, unit },
    })
}

/// Table 二 of `edition` on which no rule fires: documents within their bounds, no change
/// that removes more items than there were, the 2021 fees within the plausible 万元 range.
/// `may_issue_rules` decides whether the 规章 row may be non-zero.
pub(super) fn consistent_table_two(
    edition: FormatVersion,
    bounds: Bounds,
    may_issue_rules: bool,
) -> BoxedStrategy<ProactiveDisclosure> {
    let table = match edition {
        FormatVersion::V2019 => consistent_2019(bounds).boxed(),
        _ => consistent_2021(bounds).boxed(),
    };
    table
        .prop_map(move |mut table| {
            if !may_issue_rules {
                clear_rules(&mut table);
            }
            table
        })
        .boxed()
}

fn clear_rules(table: &mut ProactiveDisclosure) {
    match table {
        ProactiveDisclosure::V2021(table) => table.rules = DocumentCounts::default(),
        ProactiveDisclosure::V2019(table) => table.rules = PublishedDocuments::default(),
    }
}

fn consistent_2021(bounds: Bounds) -> impl Strategy<Value = ProactiveDisclosure> {
    scale(bounds.table_two).prop_flat_map(move |max| {
        (
            consistent_documents(max),
            consistent_documents(max),
            leaves::<3>(max),
            amount_within(bounds, Some(FEE_UNIT_THRESHOLD_10K_YUAN)),
        )
            .prop_map(|(rules, normative_documents, decisions, fees)| {
                ProactiveDisclosure2021 {
                    rules,
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
}

fn consistent_2019(bounds: Bounds) -> impl Strategy<Value = ProactiveDisclosure> {
    scale(bounds.table_two).prop_flat_map(move |max| {
        (
            (consistent_published(max), consistent_published(max)),
            (
                consistent_items(max),
                consistent_items(max),
                consistent_items(max),
                consistent_items(max),
            ),
            consistent_fee_items(max),
            procurement(max, amount_within(bounds, None)),
        )
            .prop_map(
                |((rules, normative_documents), items, administrative_fees, procurement)| {
                    let (licensing, services, penalty, coercion) = items;
                    ProactiveDisclosure2019 {
                        rules,
                        normative_documents,
                        administrative_licensing: licensing,
                        other_external_management_services: services,
                        administrative_penalty: penalty,
                        administrative_coercion: coercion,
                        administrative_fees,
                        government_procurement: procurement,
                        note: None,
                    }
                    .into()
                },
            )
    })
}

/// Table 二 of either edition with every figure drawn on its own up to `max` (changes over
/// their whole range), any amount.
pub(super) fn any_table_two(max: u32) -> BoxedStrategy<ProactiveDisclosure> {
    let documents = move || {
        leaves::<3>(max).prop_map(|[issued, repealed, in_force]| DocumentCounts {
            issued,
            repealed,
            in_force,
        })
    };
    let table_2021 = (documents(), documents(), leaves::<3>(max), amount()).prop_map(
        |(rules, normative_documents, decisions, fees)| {
            ProactiveDisclosure::from(ProactiveDisclosure2021 {
                rules,
                normative_documents,
                administrative_licensing_decisions: decisions[0],
                administrative_penalty_decisions: decisions[1],
                administrative_coercion_decisions: decisions[2],
                administrative_fees_10k_yuan: fees,
                note: None,
            })
        },
    );
    let published = move || {
        leaves::<3>(max).prop_map(
            |[new_made, new_published, total_published]| PublishedDocuments {
                new_made,
                new_published,
                total_published,
            },
        )
    };
    let change = || prop_oneof![Just(0i64), -3i64..=3, -MAX_CHANGE..=MAX_CHANGE];
    let items = move || {
        (leaf(max), change(), leaf(max)).prop_map(|(previous_year_items, change, decisions)| {
            ItemChanges {
                previous_year_items,
                change,
                decisions,
            }
        })
    };
    let table_2019 = (
        (published(), published()),
        (items(), items(), items(), items()),
        (leaf(max), change()),
        procurement(max, amount().boxed()),
    )
        .prop_map(|(documents, items, fee_items, procurement)| {
            ProactiveDisclosure::from(ProactiveDisclosure2019 {
                rules: documents.0,
                normative_documents: documents.1,
                administrative_licensing: items.0,
                other_external_management_services: items.1,
                administrative_penalty: items.2,
                administrative_coercion: items.3,
                administrative_fees: FeeItemChanges {
                    previous_year_items: fee_items.0,
                    change: fee_items.1,
                },
                government_procurement: procurement,
                note: None,
            })
        });
    prop_oneof![table_2021, table_2019].boxed()
}

/// Which of the three fee figures a fee report gives: any non-empty choice, all three most
/// often.
fn fee_figures_given() -> impl Strategy<Value = [bool; 3]> {
    prop_oneof![
        3 => Just([true; 3]),
        2 => (1u8..8).prop_map(|bits| [bits & 1 != 0, bits & 2 != 0, bits & 4 != 0]),
    ]
}

fn fee_report(given: [bool; 3], notices: u32, billed: Amount, collected: Amount) -> ProcessingFees {
    ProcessingFees {
        notices_issued: given[0].then_some(notices),
        notices_total_yuan: given[1].then_some(billed),
        collected_yuan: given[2].then_some(collected),
    }
}

/// Fee figures on which no rule fires: collected ≤ billed, at least one notice when
/// `needs_notice` (and the number of notices is given).
pub(super) fn consistent_fees(
    bounds: Bounds,
    needs_notice: bool,
) -> impl Strategy<Value = ProcessingFees> {
    let amount = move || amount_within(bounds, None);
    (fee_figures_given(), leaf(1_000), amount(), amount()).prop_map(
        move |(given, notices, a, b)| {
            let notices = if needs_notice {
                notices.max(1)
            } else {
                notices
            };
            fee_report(given, notices, a.max(b), a.min(b))
        },
    )
}

/// Fee figures drawn on their own (any non-empty choice of them).
pub(super) fn any_fees(max: u32) -> impl Strategy<Value = ProcessingFees> {
    (fee_figures_given(), leaf(max), amount(), amount()).prop_map(
        |(given, notices, billed, collected)| fee_report(given, notices, billed, collected),
    )
}
