//! （六）其他处理 in either form: the 2021 three sub-rows or the 2019 single row.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ApplicantRow, OtherHandlingRows};
use crate::FormatVersion;
use crate::cells::{Cells, Count, counts_of};
use crate::wire::strict::required;

/// # （六）其他处理
///
/// Table 三, result （六）: other handling, as three sub-rows (the 2021 table 三) or as one row
/// (the 2019 table 三, which some documents kept after 2021). Either form may appear under
/// either `format_version`; on the wire the two are told apart by their keys, which are
/// disjoint.
///
/// In Rust: a `match` is exhaustive on purpose: code that needs the sub-rows says what it does
/// with a document that did not print them ([`OtherHandling::sub_rows`] is `None` there).
///
/// ```
/// use ogi_report::applications::{ApplicantRow, OtherHandling};
/// let one_row = OtherHandling::OneRow(ApplicantRow::natural_persons(1));
/// assert!(one_row.sub_rows().is_none());
/// assert_eq!(one_row.row_sum().total, 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum OtherHandling {
    /// # 分三项（2021年版）
    ///
    /// The 2021 form: 1.逾期不补正, 2.逾期未按收费通知要求缴纳费用, 3.其他.
    SubRows(OtherHandlingRows),
    /// # 一行（2019年试行版）
    ///
    /// The 2019 form: （六）其他处理 printed as one row.
    OneRow(ApplicantRow),
}

impl Default for OtherHandling {
    /// Three empty sub-rows (the 2021 form).
    fn default() -> Self {
        OtherHandling::SubRows(OtherHandlingRows::default())
    }
}

impl OtherHandling {
    /// The three sub-rows, or `None` when the document printed one row.
    pub fn sub_rows(&self) -> Option<&OtherHandlingRows> {
        match self {
            OtherHandling::SubRows(rows) => Some(rows),
            OtherHandling::OneRow(_) => None,
        }
    }

    /// The three sub-rows, mutably, or `None` when the document printed one row.
    pub fn sub_rows_mut(&mut self) -> Option<&mut OtherHandlingRows> {
        match self {
            OtherHandling::SubRows(rows) => Some(rows),
            OtherHandling::OneRow(_) => None,
        }
    }

    /// The same form with every count zero.
    pub(crate) fn emptied(&self) -> OtherHandling {
        match self {
            OtherHandling::SubRows(_) => OtherHandling::default(),
            OtherHandling::OneRow(_) => OtherHandling::OneRow(ApplicantRow::default()),
        }
    }

    /// The edition whose table 三 prints this form.
    pub fn edition(&self) -> FormatVersion {
        match self {
            OtherHandling::SubRows(_) => FormatVersion::V2021,
            OtherHandling::OneRow(_) => FormatVersion::V2019,
        }
    }

    /// （六） as one row: the row itself, or the cell-by-cell sum of the three sub-rows
    /// (saturating at `u32::MAX`; a sum that large breaks the tables' own rules anyway).
    pub fn row_sum(&self) -> ApplicantRow {
        match self {
            OtherHandling::OneRow(row) => *row,
            OtherHandling::SubRows(rows) => {
                let mut sum = rows.no_supplement_in_time;
                for row in [rows.fee_not_paid, rows.other] {
                    let mut cells = counts_of(&row).into_iter();
                    sum.for_each_count_mut(&mut |cell| {
                        let add = cells.next().unwrap_or(0);
                        let value = (cell.get() + add).min(i64::from(u32::MAX));
                        cell.set(value);
                    });
                }
                sum
            }
        }
    }
}

impl Cells for OtherHandling {
    fn collect_counts(&self, out: &mut Vec<i64>) {
        match self {
            OtherHandling::SubRows(rows) => rows.collect_counts(out),
            OtherHandling::OneRow(row) => row.collect_counts(out),
        }
    }

    fn for_each_count_mut(&mut self, f: &mut dyn FnMut(&mut dyn Count)) {
        match self {
            OtherHandling::SubRows(rows) => rows.for_each_count_mut(f),
            OtherHandling::OneRow(row) => row.for_each_count_mut(f),
        }
    }

    fn count_pointers(&self, prefix: &str, out: &mut Vec<String>) {
        match self {
            OtherHandling::SubRows(rows) => rows.count_pointers(prefix, out),
            OtherHandling::OneRow(row) => row.count_pointers(prefix, out),
        }
    }
}

/// Both forms' keys of （六）其他处理, read in one pass (nothing buffered).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnyOtherHandling {
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    no_supplement_in_time: Option<ApplicantRow>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    fee_not_paid: Option<ApplicantRow>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    other: Option<ApplicantRow>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    natural_person: Option<u32>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    commercial_enterprise: Option<u32>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    research_institution: Option<u32>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    social_welfare_organization: Option<u32>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    legal_service_organization: Option<u32>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    other_organization: Option<u32>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    total: Option<u32>,
}

impl<'de> Deserialize<'de> for OtherHandling {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let any = AnyOtherHandling::deserialize(deserializer)?;
        let sub_rows = [&any.no_supplement_in_time, &any.fee_not_paid, &any.other];
        let columns = [
            any.natural_person,
            any.commercial_enterprise,
            any.research_institution,
            any.social_welfare_organization,
            any.legal_service_organization,
            any.other_organization,
            any.total,
        ];
        let has_rows = sub_rows.iter().any(|row| row.is_some());
        if has_rows && columns.iter().any(Option::is_some) {
            return Err(D::Error::custom(
                "（六）其他处理 is either three sub-rows (`no_supplement_in_time`, `fee_not_paid`, `other`) or one row of columns (`natural_person` … `total`), not both",
            ));
        }
        if has_rows {
            return Ok(OtherHandling::SubRows(OtherHandlingRows {
                no_supplement_in_time: required(
                    any.no_supplement_in_time,
                    "no_supplement_in_time",
                )?,
                fee_not_paid: required(any.fee_not_paid, "fee_not_paid")?,
                other: required(any.other, "other")?,
            }));
        }
        if columns.iter().all(Option::is_none) {
            return Err(D::Error::missing_field("no_supplement_in_time"));
        }
        Ok(OtherHandling::OneRow(ApplicantRow {
            natural_person: required(any.natural_person, "natural_person")?,
            commercial_enterprise: required(any.commercial_enterprise, "commercial_enterprise")?,
            research_institution: required(any.research_institution, "research_institution")?,
            social_welfare_organization: required(
                any.social_welfare_organization,
                "social_welfare_organization",
            )?,
            legal_service_organization: required(
                any.legal_service_organization,
                "legal_service_organization",
            )?,
            other_organization: required(any.other_organization, "other_organization")?,
            total: required(any.total, "total")?,
        }))
    }
}
