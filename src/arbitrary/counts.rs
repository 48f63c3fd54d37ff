//! Counts: sparse leaves up to a drawn scale, and tables 三 and 四 from them (consistent, with
//! every 总计 derived, or with every cell drawn on its own), in either form of （六）其他处理.

use proptest::collection::vec;
use proptest::prelude::*;

use crate::FormatVersion;
use crate::applications::{
    ApplicantRow, Applications, NotDisclosed, NotProcessed, OtherHandling, OtherHandlingRows,
    Outcomes, UnableToProvide,
};
use crate::review_and_litigation::{CaseOutcomes, ReviewAndLitigation};

/// The largest leaf a consistent report draws in its ordinary mode: small enough that every sum
/// of table 三 (at most 22 leaves per cell, 127 per total) stays below `u32::MAX`.
pub const MAX_CONSISTENT_LEAF: u32 = u32::MAX / 256;

/// How large the figures of a report may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Bounds {
    /// The largest leaf of tables 三 and 四.
    pub(super) leaf: u32,
    /// The largest figure of table 二.
    pub(super) table_two: u32,
    /// How many such reports may be added up without a sum overflowing (1: one report, which
    /// may then also hold one figure close to `u32::MAX` now and then).
    pub(super) batch: u32,
}

impl Bounds {
    /// One report on its own.
    pub(super) const ONE_REPORT: Bounds = Bounds {
        leaf: MAX_CONSISTENT_LEAF,
        table_two: u32::MAX,
        batch: 1,
    };

    /// Reports of which any `batch` add up without overflow.
    pub(super) fn for_batch(batch: u32) -> Bounds {
        let batch = batch.max(1);
        Bounds {
            leaf: MAX_CONSISTENT_LEAF / batch,
            table_two: u32::MAX / batch,
            batch,
        }
    }
}

/// The largest figure of one report: most reports are small, some reach `top`.
pub(super) fn scale(top: u32) -> impl Strategy<Value = u32> {
    prop_oneof![
        3 => Just(3u32.min(top)),
        3 => Just(1_000.min(top)),
        2 => Just(1_000_000.min(top)),
        1 => Just(top),
    ]
}

/// A count from 0 to `max`, zero half of the time (real tables are sparse).
pub(super) fn leaf(max: u32) -> impl Strategy<Value = u32> {
    prop_oneof![1 => Just(0u32), 1 => 0..=max]
}

/// `N` leaves (drawn into a `Vec` and converted: array value trees would sit on the stack).
pub(super) fn leaves<const N: usize>(max: u32) -> impl Strategy<Value = [u32; N]> {
    vec(leaf(max), N).prop_map(|v| <[u32; N]>::try_from(v).unwrap_or([0; N]))
}

/// `N` values of `strategy`, drawn into a `Vec` (kept on the heap) and converted.
pub(super) fn array<S: Strategy, const N: usize>(
    strategy: S,
) -> impl Strategy<Value = [S::Value; N]>
where
    S::Value: std::fmt::Debug,
{
    vec(strategy, N).prop_map(|v| match <[S::Value; N]>::try_from(v) {
        Ok(array) => array,
        Err(v) => panic!("drew {} values, not {N}", v.len()),
    })
}

/// Either form of （六）其他处理, as the edition that prints it.
pub(super) fn other_handling_form() -> impl Strategy<Value = FormatVersion> {
    proptest::sample::select(FormatVersion::ALL.to_vec())
}

/// A row of table 三 with all seven cells drawn independently (总计 included).
pub(super) fn any_row(max: u32) -> impl Strategy<Value = ApplicantRow> {
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

/// The cell-by-cell sum of rows (saturating: only rows drawn independently can reach it).
fn row_sum(rows: [ApplicantRow; 3]) -> ApplicantRow {
    let cells = |row: &ApplicantRow| {
        let mut all = row.parts().to_vec();
        all.push(row.total);
        all
    };
    let mut sum = [0u32; 7];
    for row in &rows {
        for (slot, cell) in sum.iter_mut().zip(cells(row)) {
            *slot = slot.saturating_add(cell);
        }
    }
    ApplicantRow {
        natural_person: sum[0],
        commercial_enterprise: sum[1],
        research_institution: sum[2],
        social_welfare_organization: sum[3],
        legal_service_organization: sum[4],
        other_organization: sum[5],
        total: sum[6],
    }
}

/// （六）其他处理 in the form of `edition`, from its three sub-rows (one row: their sum).
fn other_handling(rows: [ApplicantRow; 3], edition: FormatVersion) -> OtherHandling {
    match edition {
        FormatVersion::V2019 => OtherHandling::OneRow(row_sum(rows)),
        _ => {
            let [no_supplement_in_time, fee_not_paid, other] = rows;
            OtherHandling::SubRows(OtherHandlingRows {
                no_supplement_in_time,
                fee_not_paid,
                other,
            })
        }
    }
}

/// The outcomes from the 21 result rows in template order (the 2021 form; the last three are
/// （六）其他处理, merged into one row in the 2019 form) and row （七）总计.
pub(super) fn outcomes_from_rows(
    rows: [ApplicantRow; 21],
    total: ApplicantRow,
    form: FormatVersion,
) -> Outcomes {
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
        other_handling: other_handling([no_supplement_in_time, fee_not_paid, other], form),
        total,
    }
}

/// A consistent table 三 from result leaves, carried-over and carried-forward leaves: 一 is
/// derived so that the balance holds, then every 总计.
fn consistent_applications(
    results: [[u32; 6]; 21],
    carried_over: [u32; 6],
    carried_forward: [u32; 6],
    form: FormatVersion,
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
        outcomes: outcomes_from_rows(rows, row_from_parts(result_total), form),
        carried_forward_to_next_year: row_from_parts(carried_forward),
        note: None,
    }
}

/// Table 三 of a consistent report with （六） in the form of `form`: leaves up to a drawn
/// scale, or (now and then, for a report on its own) one figure close to `u32::MAX` and
/// everything else around it.
pub(super) fn consistent_table_three(
    bounds: Bounds,
    form: FormatVersion,
) -> BoxedStrategy<Applications> {
    let ordinary = scale(bounds.leaf).prop_flat_map(move |max| {
        (
            array::<_, 21>(leaves::<6>(max)),
            leaves::<6>(max),
            leaves::<6>(max),
        )
            .prop_map(move |(results, over, forward)| {
                consistent_applications(results, over, forward, form)
            })
    });
    if bounds.batch > 1 {
        return ordinary.boxed();
    }
    let huge = (
        0usize..21,
        0usize..6,
        (u32::MAX - 1_000)..=u32::MAX,
        0u32..=1_000,
        0u32..=1_000,
    )
        .prop_map(move |(row, column, value, over, forward)| {
            let mut results = [[0u32; 6]; 21];
            results[row][column] = value;
            let mut carried_over = [0u32; 6];
            let mut carried_forward = [0u32; 6];
            // 一 = value + forward − over must fit: forward ≤ over.
            carried_over[column] = over;
            carried_forward[column] = forward.min(over);
            consistent_applications(results, carried_over, carried_forward, form)
        });
    prop_oneof![20 => ordinary, 1 => huge].boxed()
}

/// Table 三 with every cell drawn on its own (totals included), （六） in either form.
pub(super) fn any_table_three(max: u32) -> impl Strategy<Value = Applications> {
    (array::<_, 25>(any_row(max)), other_handling_form()).prop_map(|(rows, form)| {
        let [r0, r1, rest @ .., r24] = rows;
        let [results @ .., total]: [ApplicantRow; 22] = rest;
        Applications {
            new_received: r0,
            carried_over_from_previous_year: r1,
            outcomes: outcomes_from_rows(results, total, form),
            carried_forward_to_next_year: r24,
            note: None,
        }
    })
}

fn case_outcomes(parts: [u32; 4], total: Option<u32>) -> CaseOutcomes {
    let sum: u64 = parts.iter().map(|&n| u64::from(n)).sum();
    CaseOutcomes {
        upheld: parts[0],
        corrected: parts[1],
        other: parts[2],
        pending: parts[3],
        total: total.unwrap_or(u32::try_from(sum).unwrap_or(u32::MAX)),
    }
}

fn table_four(groups: [CaseOutcomes; 3]) -> ReviewAndLitigation {
    let [
        administrative_review,
        litigation_without_review,
        litigation_after_review,
    ] = groups;
    ReviewAndLitigation {
        administrative_review,
        litigation_without_review,
        litigation_after_review,
        note: None,
    }
}

/// Table 四 of a consistent report: parts drawn, 总计 derived.
pub(super) fn consistent_table_four(bounds: Bounds) -> BoxedStrategy<ReviewAndLitigation> {
    let ordinary = scale(bounds.leaf).prop_flat_map(|max| {
        array::<_, 3>(leaves::<4>(max))
            .prop_map(|groups| table_four(groups.map(|parts| case_outcomes(parts, None))))
    });
    if bounds.batch > 1 {
        return ordinary.boxed();
    }
    let huge =
        (0usize..3, 0usize..4, (u32::MAX - 1_000)..=u32::MAX).prop_map(|(group, part, value)| {
            let mut groups = [[0u32; 4]; 3];
            groups[group][part] = value;
            table_four(groups.map(|parts| case_outcomes(parts, None)))
        });
    prop_oneof![20 => ordinary, 1 => huge].boxed()
}

/// Table 四 with every cell drawn on its own (totals included).
pub(super) fn any_table_four(max: u32) -> impl Strategy<Value = ReviewAndLitigation> {
    array::<_, 3>(leaves::<5>(max)).prop_map(|groups| {
        table_four(groups.map(|g| case_outcomes([g[0], g[1], g[2], g[3]], Some(g[4]))))
    })
}
