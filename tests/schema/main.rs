//! The committed JSON Schemas: `schema/ogi-report.schema.json` (every edition, for reading and
//! checking any report) and `schema/ogi-report-2021.schema.json` (the current template only,
//! for entry forms). Both fresh, valid, closed, labelled, and in agreement with serde: on the
//! example, the valid vectors, documents of the 2019 edition, mixed documents and documents with
//! blank cells (`tests/frontend/documents/` and reports built here), and on broken documents.
//!
//! Regenerate the committed files with `OGI_REPORT_BLESS=1 cargo test --test schema`.
//!
//! Known differences between the schemas and serde (listed in the README) are pinned down by
//! `known_differences_are_as_documented`: JSON Schema's `integer` accepts `18.0` where serde's
//! `u32` does not; the schema cannot express the decimal-place limit of amounts (at most 28
//! places) or duplicate keys; and `blank_cells` may name a cell of any layout in the full
//! schema, where serde wants a cell of the document's own layout. Where both refuse a
//! `format_version` that does not name the layout of table 二, serde points at
//! `/format_version`, the schema inside `/proactive_disclosure`.

#[path = "../common/mod.rs"]
mod common;

use std::collections::BTreeSet;

use ogi_report::applications::{ApplicantRow, OtherHandling};
use ogi_report::schema::{
    ENTRY_SCHEMA_ID, SCHEMA_ID, entry_schema, entry_schema_json, report_schema, report_schema_json,
};
use ogi_report::{Agency, AgencyKind, FormatVersion, Report};
use serde_json::{Value, json};

/// Where the schema of every edition is committed, relative to the crate root.
const SCHEMA_FILE: &str = "schema/ogi-report.schema.json";

/// Where the entry schema (the current template) is committed, relative to the crate root.
const ENTRY_SCHEMA_FILE: &str = "schema/ogi-report-2021.schema.json";

/// Documents beyond the example and the valid vectors that serde reads (2019 edition, mixed
/// editions, blank cells, partial fee figures), shared with the frontend checks.
const MORE_DOCUMENTS: &str = "tests/frontend/documents";

/// The command that regenerates the committed schemas.
const REGENERATE: &str = "OGI_REPORT_BLESS=1 cargo test --test schema";

/// Both schemas, by file name.
fn schemas() -> [(&'static str, Value); 2] {
    [
        (SCHEMA_FILE, report_schema()),
        (ENTRY_SCHEMA_FILE, entry_schema()),
    ]
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(schema)
        .expect("the schema compiles")
}

/// The instance paths of the errors `validator` finds in `document`.
fn error_pointers(validator: &jsonschema::Validator, document: &Value) -> Vec<String> {
    validator
        .iter_errors(document)
        .map(|err| err.instance_path().to_string())
        .collect()
}

/// Whether `pointer` lies inside an `if`/`then`/`else` of the schema: a condition on the
/// (closed, titled) object it sits in, not an object or a property of its own.
fn in_condition(pointer: &str) -> bool {
    pointer
        .split('/')
        .any(|token| matches!(token, "if" | "then" | "else"))
}

/// Calls `f(pointer, schema)` on every schema object in `schema` (root, `$defs`, properties,
/// items, applicators, conditions), depth first.
fn walk(schema: &Value, pointer: &str, f: &mut dyn FnMut(&str, &serde_json::Map<String, Value>)) {
    let Some(object) = schema.as_object() else {
        return;
    };
    f(pointer, object);
    for keyword in ["$defs", "definitions", "properties"] {
        if let Some(Value::Object(children)) = object.get(keyword) {
            for (name, child) in children {
                walk(child, &format!("{pointer}/{keyword}/{name}"), f);
            }
        }
    }
    for keyword in ["items", "additionalProperties", "not", "if", "then", "else"] {
        if let Some(child) = object.get(keyword) {
            walk(child, &format!("{pointer}/{keyword}"), f);
        }
    }
    for keyword in ["anyOf", "oneOf", "allOf", "prefixItems"] {
        if let Some(Value::Array(children)) = object.get(keyword) {
            for (index, child) in children.iter().enumerate() {
                walk(child, &format!("{pointer}/{keyword}/{index}"), f);
            }
        }
    }
}

/// Every `title` and every English explanation (`$comment`) in the schema.
fn titles_and_descriptions(schema: &Value) -> (BTreeSet<String>, Vec<String>) {
    let mut titles = BTreeSet::new();
    let mut descriptions = Vec::new();
    walk(schema, "", &mut |_, object| {
        if let Some(Value::String(title)) = object.get("title") {
            titles.insert(title.clone());
        }
        if let Some(Value::String(description)) = object.get("$comment") {
            descriptions.push(description.clone());
        }
    });
    (titles, descriptions)
}

/// Whether `document` (read by serde as `report`) follows the current template all through,
/// the documents the entry schema is for: the 2021 edition, （六）其他处理 in three sub-rows, no
/// `blank_cells` member (the frontend checks use the same predicate).
fn is_current_template(document: &Value, report: &Report) -> bool {
    report.format_version == FormatVersion::V2021
        && report.proactive_disclosure.as_2021().is_some()
        && report
            .applications
            .outcomes
            .other_handling
            .sub_rows()
            .is_some()
        && document.get("blank_cells").is_none()
}

/// An empty report of `edition` with （六）其他处理 as one row or in sub-rows.
fn report_of_layout(edition: FormatVersion, one_row: bool) -> Report {
    let agency = Agency::new("某市人民政府办公室", AgencyKind::GovernmentOffice);
    let mut report = Report::of_edition(edition, agency, edition.first_year());
    report.applications.outcomes.other_handling = if one_row {
        OtherHandling::OneRow(ApplicantRow::default())
    } else {
        OtherHandling::default()
    };
    report
}

/// The four layouts of a report: each edition of table 二 with each form of （六）其他处理.
fn every_layout() -> Vec<(String, Report)> {
    let mut reports = Vec::new();
    for edition in FormatVersion::ALL {
        for one_row in [false, true] {
            let form = if one_row { "one row" } else { "sub-rows" };
            reports.push((
                format!("built: {edition} edition, （六） in {form}"),
                report_of_layout(edition, one_row),
            ));
        }
    }
    reports
}

/// The JSON Pointers of the number leaves of the tables (二, 三, 四) of `document`.
fn number_cells(document: &Value) -> BTreeSet<String> {
    fn leaves(value: &Value, pointer: &str, out: &mut BTreeSet<String>) {
        match value {
            Value::Number(_) => {
                out.insert(pointer.to_owned());
            }
            Value::Object(members) => {
                for (key, child) in members {
                    leaves(child, &format!("{pointer}/{key}"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    for table in [
        "proactive_disclosure",
        "applications",
        "review_and_litigation",
    ] {
        leaves(&document[table], &format!("/{table}"), &mut out);
    }
    out
}

/// The `.json` files of `folder` (relative to the crate root) as `(name, text)`, sorted by name.
fn json_files(folder: &str) -> Vec<(String, String)> {
    let mut names: Vec<String> = std::fs::read_dir(common::files::crate_path(folder))
        .map(|entries| {
            entries
                .map(|entry| entry.expect("list a folder").file_name())
                .map(|name| name.to_string_lossy().into_owned())
                .filter(|name| name.ends_with(".json"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let path = format!("{folder}/{name}");
            let text = common::files::read(&path);
            (path, text)
        })
        .collect()
}

/// The invalid vectors (`tests/vectors/invalid/`), with the pointer of their expected parse
/// error when they have one (`None`: a document serde reads, with issues for the checks).
fn invalid_vectors() -> Vec<(String, String, Option<String>)> {
    let mut vectors = Vec::new();
    let files = json_files("tests/vectors/invalid");
    for (name, text) in &files {
        if name.ends_with(".expected.json") {
            continue;
        }
        let expected = name
            .replace(".previous.json", ".json")
            .replace(".json", ".expected.json");
        let parse_error = files
            .iter()
            .find(|(other, _)| *other == expected)
            .and_then(|(_, text)| serde_json::from_str::<Value>(text).ok())
            .and_then(|expected| {
                expected["parse_error"]["pointer"]
                    .as_str()
                    .map(str::to_owned)
            })
            .filter(|_| !name.ends_with(".previous.json"));
        vectors.push((name.clone(), text.clone(), parse_error));
    }
    vectors
}

/// Documents serde reads, as `(name, document)`: the example reports (`examples/reports/`),
/// the valid vectors, the invalid vectors serde reads (their issues are for the checks), the
/// documents of `tests/frontend/documents/`, and reports built here in every layout, with
/// blank cells and with partial fee figures. The frontend checks read the same files.
fn readable_documents() -> Vec<(String, Value)> {
    let mut texts = json_files("examples/reports");
    texts.extend(json_files("tests/vectors/valid"));
    texts.extend(
        invalid_vectors()
            .into_iter()
            .filter(|(_, _, parse_error)| parse_error.is_none())
            .map(|(name, text, _)| (name, text)),
    );
    texts.extend(json_files(MORE_DOCUMENTS));
    let mut documents: Vec<(String, Value)> = texts
        .into_iter()
        .map(|(name, text)| {
            let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, value)
        })
        .collect();
    for (name, report) in every_layout() {
        let value = serde_json::to_value(&report).expect("serializes");
        // Every number cell of the layout printed blank.
        let mut blank = value.clone();
        blank["blank_cells"] = json!(number_cells(&value));
        documents.push((format!("{name}, every cell blank"), blank));
        documents.push((name, value));
    }
    let mut fees = serde_json::to_value(Report::of_edition(
        FormatVersion::V2021,
        Agency::new("某县交通运输局", AgencyKind::Department),
        2024,
    ))
    .expect("serializes");
    for figures in [
        json!({ "collected_yuan": 3940 }),
        json!({ "notices_issued": 2 }),
        json!({ "notices_issued": 2, "notices_total_yuan": 120.5 }),
    ] {
        fees["other_matters"]["processing_fees"] = figures.clone();
        documents.push((format!("built: fee figures {figures}"), fees.clone()));
    }
    documents
}

mod agreement;
mod labels;
mod shape;
