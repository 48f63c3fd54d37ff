//! Reading table 二 in either edition, told apart by its keys.
//!
//! The object is read in one pass into a superset of both editions' fields (a derived struct,
//! so nothing is buffered and amounts are read exactly), then the keys present decide the
//! edition: a key of the other edition, or a row written in the other edition's columns, is
//! an error naming both.

use serde::Deserialize;
use serde::de::{self, Deserializer};

use super::edition_2019::{
    FeeItemChanges, ItemChanges, ProactiveDisclosure2019, Procurement, PublishedDocuments,
};
use super::edition_2021::{DocumentCounts, ProactiveDisclosure2021};
use super::{ProactiveDisclosure, edition_2019, edition_2021};
use crate::wire::strict::required;
use crate::{Amount, FormatVersion};

/// A row of block （一）: its columns decide the edition.
enum DocumentRow {
    V2021(DocumentCounts),
    V2019(PublishedDocuments),
}

impl DocumentRow {
    fn edition(&self) -> FormatVersion {
        match self {
            DocumentRow::V2021(_) => FormatVersion::V2021,
            DocumentRow::V2019(_) => FormatVersion::V2019,
        }
    }
}

/// Both editions' columns of a block （一） row.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnyDocumentRow {
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    issued: Option<u32>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    repealed: Option<u32>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    in_force: Option<u32>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    new_made: Option<u32>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    new_published: Option<u32>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    total_published: Option<u32>,
}

impl<'de> Deserialize<'de> for DocumentRow {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let row = AnyDocumentRow::deserialize(deserializer)?;
        let of_2021 = [row.issued, row.repealed, row.in_force];
        let of_2019 = [row.new_made, row.new_published, row.total_published];
        let (has_2021, has_2019) = (
            of_2021.iter().any(Option::is_some),
            of_2019.iter().any(Option::is_some),
        );
        if has_2021 && has_2019 {
            return Err(de::Error::custom(
                "a row holds columns of both editions: `issued`, `repealed`, `in_force` (2021) or `new_made`, `new_published`, `total_published` (2019)",
            ));
        }
        if has_2019 {
            Ok(DocumentRow::V2019(PublishedDocuments {
                new_made: required(row.new_made, "new_made")?,
                new_published: required(row.new_published, "new_published")?,
                total_published: required(row.total_published, "total_published")?,
            }))
        } else {
            Ok(DocumentRow::V2021(DocumentCounts {
                issued: required(row.issued, "issued")?,
                repealed: required(row.repealed, "repealed")?,
                in_force: required(row.in_force, "in_force")?,
            }))
        }
    }
}

/// Both editions' fields of table 二 (each, when present, a value: `null` is refused as in
/// the layouts themselves).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnyTable {
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    rules: Option<DocumentRow>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    normative_documents: Option<DocumentRow>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    administrative_licensing_decisions: Option<u32>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    administrative_penalty_decisions: Option<u32>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    administrative_coercion_decisions: Option<u32>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    administrative_fees_10k_yuan: Option<Amount>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    administrative_licensing: Option<ItemChanges>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    other_external_management_services: Option<ItemChanges>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    administrative_penalty: Option<ItemChanges>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    administrative_coercion: Option<ItemChanges>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    administrative_fees: Option<FeeItemChanges>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    government_procurement: Option<Procurement>,
    #[serde(default, deserialize_with = "crate::wire::strict::present")]
    note: Option<String>,
}

impl AnyTable {
    /// The keys present that only one edition has, each with its edition.
    fn edition_keys(&self) -> Vec<(&'static str, FormatVersion)> {
        let present_2021 = [
            self.administrative_licensing_decisions.is_some(),
            self.administrative_penalty_decisions.is_some(),
            self.administrative_coercion_decisions.is_some(),
            self.administrative_fees_10k_yuan.is_some(),
        ];
        let present_2019 = [
            self.administrative_licensing.is_some(),
            self.other_external_management_services.is_some(),
            self.administrative_penalty.is_some(),
            self.administrative_coercion.is_some(),
            self.administrative_fees.is_some(),
            self.government_procurement.is_some(),
        ];
        let mut keys = Vec::new();
        for (key, row) in [
            ("rules", &self.rules),
            ("normative_documents", &self.normative_documents),
        ] {
            if let Some(row) = row {
                keys.push((key, row.edition()));
            }
        }
        let own_2021 = edition_2021::OWN_KEYS.iter().zip(present_2021);
        let own_2019 = edition_2019::OWN_KEYS.iter().zip(present_2019);
        keys.extend(
            own_2021
                .filter(|(_, present)| *present)
                .map(|(key, _)| (*key, FormatVersion::V2021)),
        );
        keys.extend(
            own_2019
                .filter(|(_, present)| *present)
                .map(|(key, _)| (*key, FormatVersion::V2019)),
        );
        keys
    }
}

impl<'de> Deserialize<'de> for ProactiveDisclosure {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let table = AnyTable::deserialize(deserializer)?;
        let keys = table.edition_keys();
        let first_2019 = keys.iter().find(|(_, e)| *e == FormatVersion::V2019);
        let first_2021 = keys.iter().find(|(_, e)| *e == FormatVersion::V2021);
        match (first_2021, first_2019) {
            (Some((a, _)), Some((b, _))) => Err(de::Error::custom(format!(
                "table 二 mixes editions: `{a}` is laid out as in the 2021 table, `{b}` as in the 2019 table; one table follows one edition"
            ))),
            (None, Some(_)) => table_2019(table).map(ProactiveDisclosure::V2019),
            _ => table_2021(table).map(ProactiveDisclosure::V2021),
        }
    }
}

fn table_2021<E: de::Error>(table: AnyTable) -> Result<ProactiveDisclosure2021, E> {
    let row = |row: Option<DocumentRow>, name| match required(row, name)? {
        DocumentRow::V2021(row) => Ok(row),
        DocumentRow::V2019(_) => Err(E::missing_field("issued")),
    };
    Ok(ProactiveDisclosure2021 {
        rules: row(table.rules, "rules")?,
        normative_documents: row(table.normative_documents, "normative_documents")?,
        administrative_licensing_decisions: required(
            table.administrative_licensing_decisions,
            "administrative_licensing_decisions",
        )?,
        administrative_penalty_decisions: required(
            table.administrative_penalty_decisions,
            "administrative_penalty_decisions",
        )?,
        administrative_coercion_decisions: required(
            table.administrative_coercion_decisions,
            "administrative_coercion_decisions",
        )?,
        administrative_fees_10k_yuan: required(
            table.administrative_fees_10k_yuan,
            "administrative_fees_10k_yuan",
        )?,
        note: table.note,
    })
}

fn table_2019<E: de::Error>(table: AnyTable) -> Result<ProactiveDisclosure2019, E> {
    let row = |row: Option<DocumentRow>, name| match required(row, name)? {
        DocumentRow::V2019(row) => Ok(row),
        DocumentRow::V2021(_) => Err(E::missing_field("new_made")),
    };
    Ok(ProactiveDisclosure2019 {
        rules: row(table.rules, "rules")?,
        normative_documents: row(table.normative_documents, "normative_documents")?,
        administrative_licensing: required(
            table.administrative_licensing,
            "administrative_licensing",
        )?,
        other_external_management_services: required(
            table.other_external_management_services,
            "other_external_management_services",
        )?,
        administrative_penalty: required(table.administrative_penalty, "administrative_penalty")?,
        administrative_coercion: required(
            table.administrative_coercion,
            "administrative_coercion",
        )?,
        administrative_fees: required(table.administrative_fees, "administrative_fees")?,
        government_procurement: required(table.government_procurement, "government_procurement")?,
        note: table.note,
    })
}
