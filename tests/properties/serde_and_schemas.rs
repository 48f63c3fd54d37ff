//! Serde and the schemas agree on every report and every mutated document.

use super::*;

// Serde and the schemas

/// A copy of the report whose amounts survive `serde_json::Value` (an `f64` on the way):
/// at most 4 decimal places, below 10^9. Used where a document is edited as a `Value`.
fn with_tame_amounts(mut report: Report) -> Report {
    let tame = |a: Amount| {
        Amount::new((a.value() % Decimal::from(1_000_000_000u64)).round_dp(4))
            .unwrap_or(Amount::ZERO)
    };
    match &mut report.proactive_disclosure {
        ogi_report::proactive_disclosure::ProactiveDisclosure::V2021(table) => {
            table.administrative_fees_10k_yuan = tame(table.administrative_fees_10k_yuan);
        }
        ogi_report::proactive_disclosure::ProactiveDisclosure::V2019(table) => {
            let amount = &mut table.government_procurement.total_amount.value;
            *amount = tame(*amount);
        }
    }
    if let Some(processing) = &mut report.other_matters.processing_fees {
        processing.notices_total_yuan = processing.notices_total_yuan.map(tame);
        processing.collected_yuan = processing.collected_yuan.map(tame);
    }
    report
}

/// Reports of every edition and layout: arbitrary and consistent ones.
fn every_report() -> BoxedStrategy<Report> {
    prop_oneof![any_report(), consistent_report(), consistent_of_any_shape()].boxed()
}

/// Whether a document is one the entry form's schema is for: the 2021 template throughout
/// (2021 table 二, （六） in three sub-rows) and no blank cell.
fn is_plain_2021(document: &Value) -> bool {
    document["format_version"] == "2021"
        && document
            .pointer("/applications/outcomes/other_handling/no_supplement_in_time")
            .is_some()
        && document.get("blank_cells").is_none()
}

/// Documents of every edition, each structurally mutated once (or not at all).
fn mutated_documents() -> impl Strategy<Value = (Value, Option<Mutation>)> {
    every_report()
        .prop_map(|r| to_value(&with_tame_amounts(r)))
        .prop_flat_map(|document| {
            let change = proptest::option::weighted(0.8, mutation(&document));
            (Just(document), change)
        })
}

proptest! {
    #![proptest_config(cases(128))]

    /// JSON round trip is the identity in every edition: equal values, equal JSON (compact and
    /// pretty), text byte for byte (String equality is byte equality).
    #[test]
    fn json_round_trip_is_the_identity(report in every_report()) {
        let json = report.to_json_string();
        let back = Report::from_json_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&back, &report);
        prop_assert_eq!(back.to_json_string(), json.clone());
        let pretty = report.to_json_string_pretty();
        let from_pretty = Report::from_json_slice(pretty.as_bytes())
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&from_pretty, &report);
        prop_assert_eq!(from_pretty.to_json_string_pretty(), pretty.clone());
        let compact_value: Value = serde_json::from_str(&json).unwrap();
        let pretty_value: Value = serde_json::from_str(&pretty).unwrap();
        prop_assert_eq!(compact_value, pretty_value);
    }

    /// The schema checks structure, not sums: it accepts every report of every edition.
    #[test]
    fn the_schema_accepts_every_report(report in every_report()) {
        let errors = schema_errors(&to_value(&report));
        prop_assert!(errors.is_empty(), "{errors:#?}");
    }

    /// The schema and the crate's reader agree on every structurally mutated document of every
    /// edition: both accept it or both reject it.
    #[test]
    fn schema_and_serde_agree_on_every_mutated_document(
        (document, change) in mutated_documents()
    ) {
        let mut mutated = document.clone();
        if let Some(change) = &change {
            prop_assert!(change.apply(&mut mutated), "{change:?} does not apply");
        }
        let serde = Report::from_json_str(&mutated.to_string());
        let schema = schema_errors(&mutated);
        prop_assert_eq!(
            serde.is_ok(),
            schema.is_empty(),
            "{:?}\nserde: {:?}\nschema: {:?}", change, serde.err().map(|e| e.to_string()), schema
        );
        if matches!(change, Some(Mutation::ChangeCell { .. })) {
            prop_assert!(schema.is_empty(), "a cell change is structurally harmless");
        }
    }

    /// The strict schema of entry forms accepts exactly the documents the crate reads that
    /// follow the 2021 template throughout without blank cells, mutated or not.
    #[test]
    fn the_entry_schema_accepts_exactly_the_plain_2021_documents_serde_reads(
        (document, change) in mutated_documents()
    ) {
        let mut mutated = document.clone();
        if let Some(change) = &change {
            prop_assert!(change.apply(&mut mutated), "{change:?} does not apply");
        }
        let serde = Report::from_json_str(&mutated.to_string()).is_ok();
        let plain = is_plain_2021(&mutated);
        let errors: Vec<String> = ENTRY_SCHEMA
            .iter_errors(&mutated)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        prop_assert_eq!(
            errors.is_empty(),
            serde && plain,
            "{:?} serde: {} plain 2021: {} entry schema: {:?}", change, serde, plain, errors
        );
    }
}
