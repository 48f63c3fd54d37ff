//! The committed schemas list every object's properties in the printed template's order, which
//! is the Rust field order, without serde_json's `preserve_order` feature (it stays off: the
//! test reads key order itself).
//!
//! The Rust field order is observed independently of the library's recorder: reports of every
//! shape (consistent and arbitrary, both editions, both forms of （六）, optional parts present
//! and absent) are written with `Report::to_json_string`, whose keys come in declaration order,
//! and walked beside the committed schema. Every object's keys must come in the order of its
//! schema's `properties`, and every property of every object schema must be met.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

mod common;

/// JSON with the order of object keys kept.
enum Ordered {
    Object(Vec<(String, Ordered)>),
    Array(Vec<Ordered>),
    Scalar(serde_json::Value),
}

impl Ordered {
    fn parse(text: &str) -> Ordered {
        serde_json::from_str(text).expect("JSON")
    }

    fn get(&self, key: &str) -> Option<&Ordered> {
        match self {
            Ordered::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    fn keys(&self) -> Vec<&str> {
        match self {
            Ordered::Object(entries) => entries.iter().map(|(k, _)| k.as_str()).collect(),
            _ => Vec::new(),
        }
    }

    fn as_str(&self) -> Option<&str> {
        match self {
            Ordered::Scalar(serde_json::Value::String(s)) => Some(s),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for Ordered {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OrderedVisitor;
        impl<'de> Visitor<'de> for OrderedVisitor {
            type Value = Ordered;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("JSON")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ordered, A::Error> {
                let mut entries = Vec::new();
                while let Some((key, value)) = map.next_entry::<String, Ordered>()? {
                    entries.push((key, value));
                }
                Ok(Ordered::Object(entries))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Ordered, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Ordered::Array(items))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Ordered, E> {
                Ok(Ordered::Scalar(v.into()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Ordered, E> {
                Ok(Ordered::Scalar(v.into()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Ordered, E> {
                Ok(Ordered::Scalar(v.into()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Ordered, E> {
                Ok(Ordered::Scalar(v.into()))
            }
            fn visit_str<E>(self, v: &str) -> Result<Ordered, E> {
                Ok(Ordered::Scalar(v.into()))
            }
            fn visit_unit<E>(self) -> Result<Ordered, E> {
                Ok(Ordered::Scalar(serde_json::Value::Null))
            }
        }
        deserializer.deserialize_any(OrderedVisitor)
    }
}

/// What the walk saw: per object schema (its `$defs` name, or `#` for the root), the
/// properties met.
#[derive(Default)]
struct Seen {
    properties: BTreeMap<String, BTreeSet<String>>,
}

/// Walks `document` beside `schema` (a subschema of `root`, named `name`).
fn walk(root: &Ordered, schema: &Ordered, name: &str, document: &Ordered, seen: &mut Seen) {
    if let Some(target) = schema.get("$ref").and_then(Ordered::as_str) {
        let def = target.trim_start_matches("#/$defs/");
        let resolved = root
            .get("$defs")
            .and_then(|defs| defs.get(def))
            .expect("a $ref resolves");
        return walk(root, resolved, def, document, seen);
    }
    for alternatives in ["oneOf", "anyOf"] {
        if let Some(Ordered::Array(branches)) = schema.get(alternatives) {
            // The branch whose properties hold every key (the layouts' keys are disjoint); a
            // null goes to the null branch, which has nothing to check.
            let keys = document.keys();
            for branch in branches {
                let resolved = match branch.get("$ref").and_then(Ordered::as_str) {
                    Some(target) => root
                        .get("$defs")
                        .and_then(|defs| defs.get(target.trim_start_matches("#/$defs/")))
                        .expect("a $ref resolves"),
                    None => branch,
                };
                let fits = match resolved.get("properties") {
                    Some(properties) => {
                        matches!(document, Ordered::Object(_))
                            && keys.iter().all(|key| properties.get(key).is_some())
                    }
                    None => false,
                };
                if fits {
                    return walk(root, branch, name, document, seen);
                }
            }
            return;
        }
    }
    match document {
        Ordered::Object(entries) => {
            let properties = schema
                .get("properties")
                .unwrap_or_else(|| panic!("{name}: an object without properties"));
            let order = properties.keys();
            let positions: Vec<usize> = entries
                .iter()
                .map(|(key, _)| {
                    order
                        .iter()
                        .position(|p| p == key)
                        .unwrap_or_else(|| panic!("{name}: {key} is not a property"))
                })
                .collect();
            assert!(
                positions.windows(2).all(|pair| pair[0] < pair[1]),
                "{name}: the document writes {:?}, the schema lists {:?}",
                document.keys(),
                order
            );
            for (key, value) in entries {
                seen.properties
                    .entry(name.to_owned())
                    .or_default()
                    .insert(key.clone());
                let child = properties.get(key).expect("a property");
                walk(root, child, &format!("{name}.{key}"), value, seen);
            }
        }
        Ordered::Array(items) => {
            if let Some(item_schema) = schema.get("items") {
                for item in items {
                    walk(root, item_schema, name, item, seen);
                }
            }
        }
        Ordered::Scalar(_) => {}
    }
}

/// Every object schema with properties: the root (`#`) and the `$defs` entries.
fn object_schemas(root: &Ordered) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    let keys = |schema: &Ordered| -> Vec<String> {
        schema
            .get("properties")
            .map(|p| p.keys().into_iter().map(str::to_owned).collect())
            .unwrap_or_default()
    };
    out.insert("#".to_owned(), keys(root));
    if let Some(Ordered::Object(defs)) = root.get("$defs") {
        for (name, def) in defs {
            if def.get("properties").is_some() {
                out.insert(name.clone(), keys(def));
            }
        }
    }
    out
}

/// Written reports of every shape: the example, the valid vectors and generated reports.
fn written_reports() -> Vec<String> {
    let mut texts: Vec<String> = common::files::valid_documents()
        .into_iter()
        .map(|(_, document)| {
            ogi_report::Report::from_json_str(&document.to_string())
                .expect("a valid document")
                .to_json_string()
        })
        .collect();
    let mut runner = TestRunner::deterministic();
    let strategies = [
        ogi_report::arbitrary::any_report().boxed(),
        ogi_report::arbitrary::shaped_report()
            .prop_map(|(_, report)| report)
            .boxed(),
    ];
    for strategy in strategies {
        for _ in 0..200 {
            let report = strategy.new_tree(&mut runner).expect("a report").current();
            texts.push(report.to_json_string());
        }
    }
    texts
}

#[test]
fn committed_schemas_list_properties_in_rust_field_order() {
    let reports: Vec<(Ordered, serde_json::Value)> = written_reports()
        .iter()
        .map(|text| {
            (
                Ordered::parse(text),
                serde_json::from_str(text).expect("JSON"),
            )
        })
        .collect();
    for file in [
        "schema/ogi-report.schema.json",
        "schema/ogi-report-2021.schema.json",
    ] {
        let text = std::fs::read_to_string(common::files::crate_path(file)).expect("schema");
        let root = Ordered::parse(&text);
        let schema: serde_json::Value = serde_json::from_str(&text).expect("schema");
        let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
        let mut seen = Seen::default();
        for (report, value) in &reports {
            // The entry schema is walked with the documents it accepts (the current template).
            if validator.is_valid(value) {
                walk(&root, &root, "#", report, &mut seen);
            }
        }
        for (name, properties) in object_schemas(&root) {
            let met = seen.properties.get(&name).cloned().unwrap_or_default();
            let missing: Vec<&String> = properties.iter().filter(|p| !met.contains(*p)).collect();
            assert!(
                missing.is_empty(),
                "{file}: {name}: properties never met in a written report: {missing:?}"
            );
        }
    }
}

#[test]
fn the_recorded_order_is_the_rust_field_order() {
    // The library's own record, checked on two structs written out by hand here.
    let orders = ogi_report::schema::field_orders();
    assert_eq!(
        orders["Agency"],
        ["name", "kind", "region_code", "compiled_by"]
    );
    assert_eq!(
        orders["ApplicantRow"],
        [
            "natural_person",
            "commercial_enterprise",
            "research_institution",
            "social_welfare_organization",
            "legal_service_organization",
            "other_organization",
            "total"
        ]
    );
}
