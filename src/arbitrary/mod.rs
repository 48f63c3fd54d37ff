//! [proptest](mod@proptest) strategies for reports of every edition: consistent ones (on which
//! the checks find nothing, or exactly the warnings their shape implies), arbitrary ones, and
//! batches to roll up.
//!
//! Available with the crate feature `proptest`. Downstream services use these to generate
//! reports in their own property tests:
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
//!   rule of [`Report::check`] holds and it returns no issue at all (no error, no warning); the
//!   tables follow one edition (2021, or the 2019 trial edition on 2019 and 2020). Text is
//!   arbitrary Unicode (CJK, punctuation, white space, line breaks, control characters) with
//!   correct restatements of table 三 and the fee figures mixed in; the filler never contains
//!   `件`, `元` or `未`, so it cannot form a restatement the narrative checks would read. Cells
//!   that hold 0 are sometimes listed as blank; fee figures are each optional.
//! - [`consistent_report_of`] a [`ReportShape`] (edition of table 二, form of （六）其他处理,
//!   blank totals or not), and [`shaped_report`] of any shape: consistent, with exactly the
//!   warnings the shape implies ([`ReportShape::implied_warnings`]).
//! - [`any_report`]: any document the wire format accepts, of any layout: totals drawn
//!   independently of their parts, counts over the whole `u32` range in some reports, amounts
//!   with up to 28 decimal places, any agency, any publication date, restatements with
//!   arbitrary figures, any cells printed blank.
//! - [`reports_to_roll_up`]: batches of consistent reports of one year and one layout whose
//!   sums never overflow.
//! - Building blocks: [`agency`], [`amount`], [`text()`], [`edge_string`].
//!
//! Counts of consistent reports stay below [`MAX_CONSISTENT_LEAF`] so that every sum fits,
//! except in an occasional report whose single non-zero figure is close to `u32::MAX`.
//!
//! [`Report::check`]: crate::Report::check
//! [`Report`]: crate::Report

mod blank;
mod counts;
mod identity;
mod reports;
mod restatements;
mod table_two;
mod text;

pub use counts::MAX_CONSISTENT_LEAF;
pub use identity::{agency, amount};
pub use reports::{
    MAX_ROLL_UP_BATCH, any_report, consistent_report, consistent_report_of, reports_to_roll_up,
    shaped_report,
};
pub use text::{edge_string, text};

use crate::FormatVersion;
use crate::rules::RuleId;

/// The layout of a consistent report: the edition of its table 二 (its `format_version`), the
/// form of its （六）其他处理 (as the edition that prints it: three sub-rows in 2021, one row in
/// 2019), and whether totals of tables 三 and 四 are printed blank.
///
/// ```
/// use ogi_report::FormatVersion;
/// use ogi_report::arbitrary::ReportShape;
/// use ogi_report::rules::RuleId;
///
/// let shape = ReportShape { other_handling: FormatVersion::V2019, ..ReportShape::CURRENT };
/// assert!(shape.is_mixed());
/// assert_eq!(shape.implied_warnings(2023), [RuleId::ReportMixedEditions]);
/// assert!(ReportShape::CURRENT.implied_warnings(2023).is_empty());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReportShape {
    /// The edition of table 二, which is the document's `format_version`.
    pub table_two: FormatVersion,
    /// The form of （六）其他处理: [`FormatVersion::V2021`] three sub-rows,
    /// [`FormatVersion::V2019`] one row.
    pub other_handling: FormatVersion,
    /// Whether some totals of tables 三 and 四 are printed blank (at least one).
    pub blank_totals: bool,
}

impl ReportShape {
    /// The 2021 template throughout, no blank total.
    pub const CURRENT: ReportShape = ReportShape {
        table_two: FormatVersion::V2021,
        other_handling: FormatVersion::V2021,
        blank_totals: false,
    };

    /// The 2019 trial template throughout, no blank total.
    pub const TRIAL_2019: ReportShape = ReportShape {
        table_two: FormatVersion::V2019,
        other_handling: FormatVersion::V2019,
        blank_totals: false,
    };

    /// Every shape (2 editions of table 二 × 2 forms of （六） × blank totals or not).
    pub fn all() -> Vec<ReportShape> {
        let mut out = Vec::new();
        for table_two in FormatVersion::ALL {
            for other_handling in FormatVersion::ALL {
                for blank_totals in [false, true] {
                    out.push(ReportShape {
                        table_two,
                        other_handling,
                        blank_totals,
                    });
                }
            }
        }
        out
    }

    /// Whether table 三 follows another edition than table 二 (a mixed document).
    pub fn is_mixed(self) -> bool {
        self.table_two != self.other_handling
    }

    /// The warnings a consistent report of this shape on `year` gets, and nothing else, in
    /// the order [`Report::check`](crate::Report::check) gives them (each rule once: blank
    /// totals give one warning per table, of one rule).
    pub fn implied_warnings(self, year: u16) -> Vec<RuleId> {
        let outdated =
            self.table_two == FormatVersion::V2019 && year >= FormatVersion::V2021.first_year();
        [
            (self.is_mixed(), RuleId::ReportMixedEditions),
            (outdated, RuleId::ReportOutdatedTemplate),
            (self.blank_totals, RuleId::BlankCellsTotals),
        ]
        .into_iter()
        .filter_map(|(implied, rule)| implied.then_some(rule))
        .collect()
    }
}
