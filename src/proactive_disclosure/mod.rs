//! Section 二: information disclosed proactively (表二), in the edition the document printed.
//!
//! Table 二 is the table that differs most between editions, and its edition is the document's
//! `format_version`: [`ProactiveDisclosure`] is the 2021 table ([`ProactiveDisclosure2021`]) or
//! the 2019 trial table ([`ProactiveDisclosure2019`]). On the wire the two are told apart by
//! their keys (the sets are disjoint but for `rules`, `normative_documents` and `note`, whose
//! rows differ in their own keys), never by buffering the object, so amounts stay exact.
//!
//! Code written for the current template reads the 2021 table through
//! [`ProactiveDisclosure::as_2021`]; a `match` on the enum is exhaustive on purpose, so that a
//! new edition is a compile error where its table must be handled.
//!
//! ```
//! use ogi_report::proactive_disclosure::{ProactiveDisclosure, ProactiveDisclosure2021};
//! let table = ProactiveDisclosure::default();
//! assert_eq!(table.as_2021().map(|t| t.rules.issued), Some(0));
//! assert!(table.as_2019().is_none());
//! ```

mod edition_2019;
mod edition_2021;
mod reading;

pub use edition_2019::{
    FeeItemChanges, ItemChanges, MAX_CHANGE, MoneyUnit, MoneyWithUnit, ProactiveDisclosure2019,
    Procurement, PublishedDocuments,
};
pub use edition_2021::{DocumentCounts, ProactiveDisclosure2021};

use schemars::JsonSchema;
use serde::Serialize;
use validator::{Validate, ValidationErrors};

use crate::cells::{Cells, Count, checked_add_cells, pointer_of_cell};
use crate::{FormatVersion, OverflowError, RollUpError};

/// # 二、主动公开政府信息情况
///
/// Section 二 (table 二): information disclosed proactively under Art. 20 of the Regulations,
/// in the 2021 edition or the 2019 trial edition (the document's `format_version`).
///
/// In Rust: exhaustive on purpose, so that a new edition is a compile error wherever a table 二
/// is matched; [`ProactiveDisclosure::as_2021`] serves code written for the current template.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum ProactiveDisclosure {
    /// # 2021年版
    ///
    /// The 2021 table 二 (国办公开办函〔2021〕30号).
    V2021(ProactiveDisclosure2021),
    /// # 2019年试行版
    ///
    /// The 2019 trial table 二 (reports on 2019 and 2020, and documents that kept it).
    V2019(ProactiveDisclosure2019),
}

impl Default for ProactiveDisclosure {
    /// An empty 2021 table.
    fn default() -> Self {
        ProactiveDisclosure::V2021(ProactiveDisclosure2021::default())
    }
}

impl From<ProactiveDisclosure2021> for ProactiveDisclosure {
    fn from(table: ProactiveDisclosure2021) -> Self {
        ProactiveDisclosure::V2021(table)
    }
}

impl From<ProactiveDisclosure2019> for ProactiveDisclosure {
    fn from(table: ProactiveDisclosure2019) -> Self {
        ProactiveDisclosure::V2019(table)
    }
}

impl ProactiveDisclosure {
    /// The edition of the table, which is the document's `format_version`.
    pub fn edition(&self) -> FormatVersion {
        match self {
            ProactiveDisclosure::V2021(_) => FormatVersion::V2021,
            ProactiveDisclosure::V2019(_) => FormatVersion::V2019,
        }
    }

    /// The 2021 table, or `None` for a 2019 one.
    pub fn as_2021(&self) -> Option<&ProactiveDisclosure2021> {
        match self {
            ProactiveDisclosure::V2021(table) => Some(table),
            ProactiveDisclosure::V2019(_) => None,
        }
    }

    /// The 2021 table, mutably, or `None` for a 2019 one.
    pub fn as_2021_mut(&mut self) -> Option<&mut ProactiveDisclosure2021> {
        match self {
            ProactiveDisclosure::V2021(table) => Some(table),
            ProactiveDisclosure::V2019(_) => None,
        }
    }

    /// The 2019 table, or `None` for a 2021 one.
    pub fn as_2019(&self) -> Option<&ProactiveDisclosure2019> {
        match self {
            ProactiveDisclosure::V2019(table) => Some(table),
            ProactiveDisclosure::V2021(_) => None,
        }
    }

    /// The 2019 table, mutably, or `None` for a 2021 one.
    pub fn as_2019_mut(&mut self) -> Option<&mut ProactiveDisclosure2019> {
        match self {
            ProactiveDisclosure::V2019(table) => Some(table),
            ProactiveDisclosure::V2021(_) => None,
        }
    }

    /// The text printed with the table, in either edition.
    pub fn note(&self) -> Option<&str> {
        match self {
            ProactiveDisclosure::V2021(table) => table.note.as_deref(),
            ProactiveDisclosure::V2019(table) => table.note.as_deref(),
        }
    }

    /// A table of the same edition with every figure zero and no note (a procurement amount
    /// keeps its unit), to add tables into.
    pub(crate) fn emptied(&self) -> ProactiveDisclosure {
        match self {
            ProactiveDisclosure::V2021(_) => ProactiveDisclosure::default(),
            ProactiveDisclosure::V2019(table) => {
                let mut empty = ProactiveDisclosure2019::default();
                empty.government_procurement.total_amount.unit =
                    table.government_procurement.total_amount.unit;
                ProactiveDisclosure::V2019(empty)
            }
        }
    }

    /// The JSON Pointers (relative to the table) of its amounts of money: the number cells
    /// that are not counts.
    pub(crate) fn amount_pointers(&self) -> &'static [&'static str] {
        match self {
            ProactiveDisclosure::V2021(_) => &["/administrative_fees_10k_yuan"],
            ProactiveDisclosure::V2019(_) => &["/government_procurement/total_amount/value"],
        }
    }

    /// Adds another table of the same edition (a roll-up): counts cell by cell, amounts
    /// exactly. On overflow nothing changes and the error names the cell; tables of two
    /// editions, or procurement amounts in two units, cannot be added
    /// ([`RollUpError::MixedLayouts`]). The note is not summed.
    ///
    /// ```
    /// use ogi_report::proactive_disclosure::ProactiveDisclosure;
    /// let mut sum = ProactiveDisclosure::default();
    /// let mut one = ProactiveDisclosure::default();
    /// one.as_2021_mut().unwrap().rules.issued = 2;
    /// sum.checked_add_assign(&one)?;
    /// sum.checked_add_assign(&one)?;
    /// assert_eq!(sum.as_2021().unwrap().rules.issued, 4);
    /// # Ok::<(), ogi_report::RollUpError>(())
    /// ```
    pub fn checked_add_assign(&mut self, other: &ProactiveDisclosure) -> Result<(), RollUpError> {
        let mut sum = self.clone();
        match (&mut sum, other) {
            (ProactiveDisclosure::V2021(a), ProactiveDisclosure::V2021(b)) => {
                a.administrative_fees_10k_yuan = a
                    .administrative_fees_10k_yuan
                    .checked_add(b.administrative_fees_10k_yuan)
                    .ok_or_else(|| OverflowError::at("/administrative_fees_10k_yuan".to_owned()))?;
            }
            (ProactiveDisclosure::V2019(a), ProactiveDisclosure::V2019(b)) => {
                let (total, add) = (
                    &mut a.government_procurement.total_amount,
                    b.government_procurement.total_amount,
                );
                if total.unit != add.unit {
                    return Err(RollUpError::MixedLayouts {
                        pointer: "/government_procurement/total_amount/unit".to_owned(),
                    });
                }
                total.value = total.value.checked_add(add.value).ok_or_else(|| {
                    OverflowError::at("/government_procurement/total_amount/value".to_owned())
                })?;
            }
            _ => {
                return Err(RollUpError::MixedLayouts {
                    pointer: String::new(),
                });
            }
        }
        checked_add_cells(&mut sum, other)
            .map_err(|index| OverflowError::at(pointer_of_cell(self, "", index)))?;
        *self = sum;
        Ok(())
    }
}

impl Cells for ProactiveDisclosure {
    fn collect_counts(&self, out: &mut Vec<i64>) {
        match self {
            ProactiveDisclosure::V2021(table) => table.collect_counts(out),
            ProactiveDisclosure::V2019(table) => table.collect_counts(out),
        }
    }

    fn for_each_count_mut(&mut self, f: &mut dyn FnMut(&mut dyn Count)) {
        match self {
            ProactiveDisclosure::V2021(table) => table.for_each_count_mut(f),
            ProactiveDisclosure::V2019(table) => table.for_each_count_mut(f),
        }
    }

    fn count_pointers(&self, prefix: &str, out: &mut Vec<String>) {
        match self {
            ProactiveDisclosure::V2021(table) => table.count_pointers(prefix, out),
            ProactiveDisclosure::V2019(table) => table.count_pointers(prefix, out),
        }
    }
}

impl Validate for ProactiveDisclosure {
    fn validate(&self) -> Result<(), ValidationErrors> {
        match self {
            ProactiveDisclosure::V2021(table) => table.validate(),
            ProactiveDisclosure::V2019(table) => table.validate(),
        }
    }
}
