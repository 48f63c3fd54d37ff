//! The crate's error types for reading, totalling and rolling up reports.

use std::fmt;

/// A sum that does not fit the cell it goes into (more than `u32::MAX`, or an amount that
/// cannot be kept exactly). Sums in this crate never wrap and never panic.
///
/// ```
/// use ogi_report::applications::ApplicantRow;
/// let mut row = ApplicantRow { natural_person: u32::MAX, commercial_enterprise: 1, ..Default::default() };
/// let err = row.fill_total().unwrap_err();
/// assert_eq!(err.pointer(), "/total");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverflowError {
    pointer: String,
}

impl OverflowError {
    /// An overflow at the cell with this JSON Pointer.
    pub(crate) fn at(pointer: String) -> Self {
        OverflowError { pointer }
    }

    /// The same overflow, with its pointer made relative to the parent at `prefix`.
    pub(crate) fn within(mut self, prefix: &str) -> Self {
        self.pointer.insert_str(0, prefix);
        self
    }

    /// The JSON Pointer of the cell whose sum does not fit (relative to the value the
    /// operation was called on; absolute for [`Report`](crate::Report) methods).
    pub fn pointer(&self) -> &str {
        &self.pointer
    }
}

impl fmt::Display for OverflowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.pointer.ends_with("_yuan") {
            write!(
                f,
                "the sum for {} cannot be kept exactly as an amount",
                self.pointer
            )
        } else {
            write!(
                f,
                "the sum for {} does not fit the cell (counts hold at most {})",
                self.pointer,
                u32::MAX
            )
        }
    }
}

impl std::error::Error for OverflowError {}

/// Why reports cannot be rolled up.
///
/// ```
/// use ogi_report::{Agency, AgencyKind, Report, RollUpError};
/// let none: [&Report; 0] = [];
/// let err = Report::roll_up(Agency::new("某县", AgencyKind::Government), none).unwrap_err();
/// assert_eq!(err, RollUpError::Empty);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RollUpError {
    /// There was no report to add up.
    Empty,
    /// The reports are not all of the same year.
    MixedYears {
        /// The year of the first report.
        expected: u16,
        /// A different year found later.
        found: u16,
    },
    /// A sum does not fit its cell.
    Overflow(OverflowError),
    /// Two tables of different layouts (table 二 of two editions, （六）其他处理 as sub-rows and
    /// as one row, procurement amounts in two units) cannot be added cell by cell; `pointer`
    /// names the table or cell.
    MixedLayouts {
        /// Where the layouts differ.
        pointer: String,
    },
}

impl RollUpError {
    /// The JSON Pointer the error names (the cell that overflowed, or where layouts differ),
    /// if it names one.
    pub fn pointer(&self) -> Option<&str> {
        match self {
            RollUpError::Overflow(err) => Some(err.pointer()),
            RollUpError::MixedLayouts { pointer } => Some(pointer),
            _ => None,
        }
    }

    /// The same error, with its pointer made relative to the parent at `prefix`.
    pub(crate) fn within(self, prefix: &str) -> Self {
        match self {
            RollUpError::Overflow(err) => RollUpError::Overflow(err.within(prefix)),
            RollUpError::MixedLayouts { mut pointer } => {
                pointer.insert_str(0, prefix);
                RollUpError::MixedLayouts { pointer }
            }
            other => other,
        }
    }
}

impl From<OverflowError> for RollUpError {
    fn from(err: OverflowError) -> Self {
        RollUpError::Overflow(err)
    }
}

impl fmt::Display for RollUpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RollUpError::Empty => f.write_str("there is no report to roll up"),
            RollUpError::MixedYears { expected, found } => write!(
                f,
                "reports of different years cannot be rolled up: {expected} and {found}"
            ),
            RollUpError::Overflow(err) => err.fmt(f),
            RollUpError::MixedLayouts { pointer } => write!(
                f,
                "tables of different layouts cannot be added cell by cell: {pointer} (editions or units differ)"
            ),
        }
    }
}

impl std::error::Error for RollUpError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            RollUpError::Overflow(err) => Some(err),
            _ => None,
        }
    }
}
