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

#[test]
fn committed_schemas_are_up_to_date() {
    common::files::assert_fresh(SCHEMA_FILE, &report_schema_json(), REGENERATE);
    common::files::assert_fresh(ENTRY_SCHEMA_FILE, &entry_schema_json(), REGENERATE);
}

#[test]
fn schemas_are_valid_against_their_meta_schema() {
    for (file, schema) in schemas() {
        assert_eq!(
            schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "{file}"
        );
        if let Err(err) = jsonschema::draft202012::meta::validate(&schema) {
            panic!("{file} breaks the 2020-12 meta-schema: {err}");
        }
    }
}

#[test]
fn ids_name_the_editions_and_the_schema_version() {
    assert_eq!(report_schema()["$id"], SCHEMA_ID);
    assert_eq!(entry_schema()["$id"], ENTRY_SCHEMA_ID);
    assert!(SCHEMA_ID.contains("formats-2019-2021"), "{SCHEMA_ID}");
    assert!(SCHEMA_ID.contains(":schema-"), "{SCHEMA_ID}");
    assert!(ENTRY_SCHEMA_ID.contains("format-2021"), "{ENTRY_SCHEMA_ID}");
    assert!(
        ENTRY_SCHEMA_ID.contains(":entry-schema-"),
        "{ENTRY_SCHEMA_ID}"
    );
}

#[test]
fn the_schemas_accept_what_serde_reads_each_in_its_scope() {
    let full = validator(&report_schema());
    let entry = validator(&entry_schema());
    let documents = readable_documents();
    let mut seen = BTreeSet::new();
    for (name, document) in &documents {
        let text = serde_json::to_string(document).expect("serializes");
        let report = Report::from_json_str(&text)
            .unwrap_or_else(|err| panic!("{name} is refused by serde: {err}"));
        let errors: Vec<String> = full
            .iter_errors(document)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "{name} breaks {SCHEMA_FILE}: {errors:#?}"
        );
        let current = is_current_template(document, &report);
        let entry_errors = error_pointers(&entry, document);
        assert_eq!(
            entry_errors.is_empty(),
            current,
            "{name}: {ENTRY_SCHEMA_FILE} {} a document {} the current template ({entry_errors:?})",
            if current { "refuses" } else { "accepts" },
            if current { "of" } else { "outside" },
        );
        seen.insert((
            report.format_version,
            report.applications.outcomes.other_handling.edition(),
            report.blank_cells.is_empty(),
        ));
    }
    // Both editions, both mixed directions, with and without blank cells.
    assert_eq!(seen.len(), 8, "layouts covered: {seen:?}");
}

#[test]
fn broken_documents_are_refused_by_both_schemas_and_serde() {
    let full = validator(&report_schema());
    let entry = validator(&entry_schema());
    let cases = common::files::broken_documents();
    assert!(cases.len() >= 30, "the broken-document list is incomplete");
    for case in cases {
        let pointers = error_pointers(&full, &case.document);
        assert!(
            !pointers.is_empty(),
            "{SCHEMA_FILE} accepts a broken document: {}",
            case.name
        );
        assert!(
            !error_pointers(&entry, &case.document).is_empty(),
            "{ENTRY_SCHEMA_FILE} accepts a broken document: {}",
            case.name
        );
        // An unknown member is reported at its object by JSON Schema, at itself by serde; a
        // `format_version` that is not the edition of table 二 at the table by the schema's
        // condition (the `then` branch), at `format_version` by serde.
        let parent = case.pointer.rsplit_once('/').map_or("", |(p, _)| p);
        let agrees = |p: &String| {
            p == &case.pointer
                || p == parent
                || (case.pointer == "/format_version" && p.starts_with("/proactive_disclosure"))
        };
        assert!(
            pointers.iter().any(agrees),
            "{}: the schema objects elsewhere than {}: {pointers:?}",
            case.name,
            case.pointer
        );
        let text = serde_json::to_string(&case.document).expect("serializes");
        match Report::from_json_str(&text) {
            Ok(_) => panic!("serde accepts a broken document: {}", case.name),
            Err(err) => assert_eq!(err.pointer(), case.pointer, "{}: {err}", case.name),
        }
    }
}

#[test]
fn invalid_vectors_that_serde_refuses_are_refused_by_both_schemas() {
    let full = validator(&report_schema());
    let entry = validator(&entry_schema());
    let refused: Vec<_> = invalid_vectors()
        .into_iter()
        .filter_map(|(name, text, pointer)| pointer.map(|p| (name, text, p)))
        .collect();
    assert!(!refused.is_empty(), "no vector with a parse error");
    for (name, text, pointer) in refused {
        let document: Value = serde_json::from_str(&text).expect("JSON");
        let pointers = error_pointers(&full, &document);
        assert!(
            pointers.contains(&pointer),
            "{name}: {SCHEMA_FILE} does not object at {pointer}: {pointers:?}"
        );
        assert!(
            !error_pointers(&entry, &document).is_empty(),
            "{name}: {ENTRY_SCHEMA_FILE} accepts it"
        );
        assert_eq!(Report::from_json_str(&text).unwrap_err().pointer(), pointer);
    }
}

#[test]
fn the_entry_schema_refuses_the_2019_layouts_and_blank_cells() {
    let entry = validator(&entry_schema());
    let full = validator(&report_schema());
    let of_2019 = serde_json::to_value(report_of_layout(FormatVersion::V2019, true)).unwrap();
    let one_row = serde_json::to_value(report_of_layout(FormatVersion::V2021, true)).unwrap();
    let mut table_2019 =
        serde_json::to_value(report_of_layout(FormatVersion::V2019, false)).unwrap();
    let mut blank = serde_json::to_value(report_of_layout(FormatVersion::V2021, false)).unwrap();
    blank["blank_cells"] = json!(["/applications/outcomes/total/total"]);
    let mut version_2019 = blank.clone();
    version_2019
        .as_object_mut()
        .expect("an object")
        .remove("blank_cells");
    version_2019["format_version"] = json!("2019");
    table_2019["format_version"] = json!("2021");
    for (name, document, expected) in [
        ("a 2019-edition report", &of_2019, "/format_version"),
        ("a 2019-edition report", &of_2019, "/proactive_disclosure"),
        (
            "（六）其他处理 in one row",
            &one_row,
            "/applications/outcomes/other_handling",
        ),
        ("blank_cells", &blank, ""),
        ("format_version 2019", &version_2019, "/format_version"),
        ("a 2019 table 二", &table_2019, "/proactive_disclosure"),
    ] {
        let pointers = error_pointers(&entry, document);
        assert!(
            pointers.iter().any(|p| p == expected),
            "{name}: expected an error at {expected:?}, got {pointers:?}"
        );
    }
    // The full schema reads the first three; the last two break the pairing of
    // format_version and table 二, which serde refuses too.
    for document in [&of_2019, &one_row, &blank] {
        assert!(error_pointers(&full, document).is_empty());
    }
    for document in [&version_2019, &table_2019] {
        assert!(!error_pointers(&full, document).is_empty());
        let text = serde_json::to_string(document).unwrap();
        assert_eq!(
            Report::from_json_str(&text).unwrap_err().pointer(),
            "/format_version"
        );
    }
}

#[test]
fn format_version_names_the_layout_of_table_2() {
    let schema = report_schema();
    assert_eq!(
        schema["if"],
        json!({ "properties": { "format_version": { "const": "2019" } }, "required": ["format_version"] })
    );
    assert_eq!(
        schema["then"],
        json!({ "properties": { "proactive_disclosure": { "$ref": "#/$defs/ProactiveDisclosure2019" } } })
    );
    assert_eq!(
        schema["else"],
        json!({ "properties": { "proactive_disclosure": { "$ref": "#/$defs/ProactiveDisclosure2021" } } })
    );
    let entry = entry_schema();
    assert!(
        entry.get("if").is_none(),
        "the entry schema has no alternatives"
    );
    assert_eq!(
        entry["properties"]["proactive_disclosure"]["$ref"],
        "#/$defs/ProactiveDisclosure2021"
    );
    assert_eq!(
        entry["$defs"]["Outcomes"]["properties"]["other_handling"]["$ref"],
        "#/$defs/OtherHandlingRows"
    );
}

#[test]
fn blank_cells_name_the_number_cells_of_every_layout() {
    let schema = report_schema();
    let items = &schema["properties"]["blank_cells"]["items"];
    assert_eq!(items["type"], "string");
    let listed: Vec<String> = serde_json::from_value(items["enum"].clone()).expect("an enum");
    let unique: BTreeSet<String> = listed.iter().cloned().collect();
    assert_eq!(unique.len(), listed.len(), "a cell listed twice");
    assert_eq!(schema["properties"]["blank_cells"]["uniqueItems"], true);
    let full = validator(&schema);
    let mut covered = BTreeSet::new();
    for (name, report) in every_layout() {
        let document = serde_json::to_value(&report).expect("serializes");
        let cells = number_cells(&document);
        assert!(
            cells.is_subset(&unique),
            "{name}: cells missing from the enum: {:?}",
            cells.difference(&unique).collect::<Vec<_>>()
        );
        let mut blank = document.clone();
        blank["blank_cells"] = json!(cells);
        assert!(error_pointers(&full, &blank).is_empty(), "{name}");
        let text = serde_json::to_string(&blank).expect("serializes");
        if let Err(err) = Report::from_json_str(&text) {
            panic!("{name}: serde refuses its own cells as blank: {err}");
        }
        covered.extend(cells);
    }
    assert_eq!(
        covered, unique,
        "the enum lists exactly the cells of the layouts"
    );
    // Table order: table 二 of both editions, then 三 (both forms of （六）), then 四.
    let tables: Vec<&str> = listed
        .iter()
        .map(|p| p.split('/').nth(1).unwrap_or_default())
        .collect();
    let mut sorted = tables.clone();
    sorted.dedup();
    assert_eq!(
        sorted,
        [
            "proactive_disclosure",
            "applications",
            "review_and_litigation"
        ]
    );
}

#[test]
fn known_differences_are_as_documented() {
    let full = validator(&report_schema());
    let entry = validator(&entry_schema());
    let example: Value =
        serde_json::from_str(&common::files::read(common::files::EXAMPLE)).expect("JSON");
    // 1. A blank cell of another layout than the document's: any layout's cell passes the
    //    schema; serde wants a cell of this document.
    let mut other_layout = example.clone();
    other_layout["blank_cells"] = json!(["/applications/outcomes/other_handling/total"]);
    assert!(error_pointers(&full, &other_layout).is_empty());
    let text = serde_json::to_string(&other_layout).expect("serializes");
    assert_eq!(
        Report::from_json_str(&text).unwrap_err().pointer(),
        "/blank_cells/0"
    );
    // 2. An integral float for a count: JSON Schema's `integer` accepts it, serde's u32 not.
    let text = common::files::read(common::files::EXAMPLE).replacen(
        "\"natural_person\": 5,",
        "\"natural_person\": 5.0,",
        1,
    );
    assert!(text.contains("5.0"), "the example changed: adapt this test");
    let value: Value = serde_json::from_str(&text).expect("JSON");
    assert!(error_pointers(&full, &value).is_empty());
    assert!(error_pointers(&entry, &value).is_empty());
    assert!(Report::from_json_str(&text).is_err());
    // 3. An amount with more than 28 decimal places.
    let text = common::files::read(common::files::EXAMPLE).replacen(
        "\"administrative_fees_10k_yuan\": 0",
        "\"administrative_fees_10k_yuan\": 0.00000000000000000000000000001",
        1,
    );
    let value: Value = serde_json::from_str(&text).expect("JSON");
    assert!(error_pointers(&full, &value).is_empty());
    assert!(Report::from_json_str(&text).is_err());
    // 4. A duplicate key: a validator sees the parsed value (the last one wins), reading
    //    refuses the text.
    let text = common::files::read(common::files::EXAMPLE).replacen(
        "\"year\": 2023,",
        "\"year\": 2023, \"year\": 2023,",
        1,
    );
    assert!(
        text.contains("2023, \"year\""),
        "the example changed: adapt this test"
    );
    let value: Value = serde_json::from_str(&text).expect("JSON");
    assert!(error_pointers(&full, &value).is_empty());
    assert!(error_pointers(&entry, &value).is_empty());
    assert!(Report::from_json_str(&text).is_err());
}

#[test]
fn every_object_is_closed() {
    for (file, schema) in schemas() {
        let mut objects = 0;
        walk(&schema, "", &mut |pointer, object| {
            let is_object = object.get("type") == Some(&Value::from("object"))
                || object.contains_key("properties");
            if is_object && !in_condition(pointer) {
                objects += 1;
                assert_eq!(
                    object.get("additionalProperties"),
                    Some(&Value::Bool(false)),
                    "{file}: {pointer} is not closed"
                );
                assert!(
                    !object.contains_key("unevaluatedProperties"),
                    "{file}: {pointer}: closed TypeScript generators read additionalProperties"
                );
            }
            if in_condition(pointer) {
                // A condition only constrains members the closed object it sits in defines.
                assert!(!object.contains_key("additionalProperties"), "{pointer}");
            }
        });
        assert!(objects > 15, "{file}: only {objects} objects found");
    }
}

#[test]
fn counts_are_bounded_integers_and_money_is_a_non_negative_number() {
    for (file, schema, expected_counts, expected_changes) in [
        (SCHEMA_FILE, report_schema(), 26, 2),
        (ENTRY_SCHEMA_FILE, entry_schema(), 19, 0),
    ] {
        let (mut counts, mut changes) = (0, 0);
        walk(&schema, "", &mut |pointer, object| {
            if object.get("type") == Some(&Value::from("integer")) {
                let min = object.get("minimum").and_then(Value::as_i64);
                let max = object.get("maximum").and_then(Value::as_i64);
                assert!(
                    min.is_some() && max.is_some(),
                    "{file}: {pointer}: unbounded integer"
                );
                let bound = i64::from(u32::MAX);
                if pointer.ends_with("/properties/change") {
                    changes += 1;
                    assert_eq!((min, max), (Some(-bound), Some(bound)), "{pointer}");
                } else if pointer != "/properties/year" {
                    counts += 1;
                    assert_eq!((min, max), (Some(0), Some(bound)), "{file}: {pointer}");
                }
            }
        });
        // 2021: 7 (申请人情况) + 5 (结果) + 3 (信息内容) + 3 (table 二) + 1 (fee notices);
        // 2019 table 二: 3 (信息内容) + 2 (项目数量, 决定数量) + 1 (收费项目) + 1 (采购项目).
        assert_eq!(counts, expected_counts, "{file}: count fields");
        assert_eq!(changes, expected_changes, "{file}: 本年增/减 fields");

        let amount = &schema["$defs"]["Amount"];
        assert_eq!(amount["type"], "number");
        assert_eq!(amount["minimum"], 0);
        let defs = &schema["$defs"];
        for property in [
            &defs["ProactiveDisclosure2021"]["properties"]["administrative_fees_10k_yuan"],
            &defs["ProcessingFees"]["properties"]["notices_total_yuan"],
            &defs["ProcessingFees"]["properties"]["collected_yuan"],
        ] {
            assert_eq!(property["$ref"], "#/$defs/Amount", "{file}");
        }
    }
    assert_eq!(
        report_schema()["$defs"]["MoneyWithUnit"]["properties"]["value"]["$ref"],
        "#/$defs/Amount"
    );
}

#[test]
fn field_constraints_are_carried_over() {
    for (_, schema) in schemas() {
        let defs = &schema["$defs"];
        let name = &defs["Agency"]["properties"]["name"];
        assert_eq!(
            (&name["minLength"], &name["maxLength"], &name["pattern"]),
            (
                &Value::from(1),
                &Value::from(200),
                &Value::from(r"[^\s\u0085\uFEFF\u001C-\u001F]")
            )
        );
        let compiled_by = &defs["Agency"]["properties"]["compiled_by"];
        assert_eq!(
            (&compiled_by["minLength"], &compiled_by["maxLength"]),
            (&Value::from(1), &Value::from(200))
        );
        // Six characters starting with six digits: no `$`, which Python's `re.search` lets
        // match before a final line break (the dialect check of tests/frontend/).
        let region_code = &defs["Agency"]["properties"]["region_code"];
        assert_eq!(region_code["pattern"], "^[0-9]{6}");
        assert_eq!(
            (&region_code["minLength"], &region_code["maxLength"]),
            (&Value::from(6), &Value::from(6))
        );
        let year = &schema["properties"]["year"];
        assert_eq!(
            (&year["minimum"], &year["maximum"]),
            (&2008.into(), &2100.into())
        );
        assert_eq!(schema["properties"]["title"]["maxLength"], 500);
        assert_eq!(schema["properties"]["preamble"]["maxLength"], 100_000);
        assert_eq!(defs["TextPart"]["properties"]["text"]["maxLength"], 100_000);
        assert_eq!(defs["TextPart"]["properties"]["heading"]["maxLength"], 500);
        assert_eq!(
            defs["Overview"]["properties"]["additional_parts"]["maxItems"],
            200
        );
        assert_eq!(schema["properties"]["published_on"]["format"], "date");
        let fees = &defs["ProcessingFees"];
        assert_eq!(fees["minProperties"], 1);
        assert!(
            fees.get("required").is_none(),
            "every fee figure is optional"
        );
    }
    let schema = report_schema();
    assert_eq!(schema["properties"]["blank_cells"]["maxItems"], 1000);
    let unit = &schema["$defs"]["MoneyUnit"];
    assert_eq!(unit["enum"], json!(["yuan", "10k_yuan", "unspecified"]));
}

#[test]
fn every_property_has_a_chinese_title_and_a_clean_english_explanation() {
    for (file, schema) in schemas() {
        let mut properties = 0;
        walk(&schema, "", &mut |pointer, object| {
            if in_condition(pointer) {
                return;
            }
            if let Some(Value::Object(children)) = object.get("properties") {
                for (name, child) in children {
                    properties += 1;
                    let title = child["title"].as_str().unwrap_or_default();
                    let description = child["$comment"].as_str().unwrap_or_default();
                    assert!(
                        !title.is_empty(),
                        "{file}: {pointer}/properties/{name} has no title"
                    );
                    assert!(
                        title
                            .chars()
                            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                        "{file}: {pointer}/properties/{name}: title {title:?} is not the Chinese label"
                    );
                    assert!(
                        description.chars().any(|c| c.is_ascii_alphabetic()),
                        "{file}: {pointer}/properties/{name} has no English explanation"
                    );
                    if let Some(help) = child.get("description") {
                        let help = help.as_str().unwrap_or_default();
                        assert!(
                            display_ready(help),
                            "{file}: {pointer}/properties/{name}: help {help:?} is not display-ready Chinese"
                        );
                    }
                }
            }
            // A layout of a `oneOf` is named too (a form's choice between layouts).
            if let Some(Value::Array(layouts)) = object.get("oneOf") {
                for (index, layout) in layouts.iter().enumerate() {
                    assert!(
                        layout["title"].is_string() && layout["$comment"].is_string(),
                        "{file}: {pointer}/oneOf/{index} has no title and description"
                    );
                }
            }
        });
        assert!(
            properties > 80,
            "{file}: only {properties} properties found"
        );

        let (_, descriptions) = titles_and_descriptions(&schema);
        for description in descriptions {
            let wrapped = description
                .split("\n\n")
                .flat_map(|paragraph| paragraph.split('\n').skip(1))
                .any(|line| !line.starts_with("- "));
            assert!(
                !wrapped,
                "{file}: a hard line break inside a paragraph: {description:?}"
            );
            assert!(
                !description.contains("```"),
                "{file}: code in a description: {description:?}"
            );
            assert!(
                !description.contains("In Rust:"),
                "{file}: a note for Rust users: {description:?}"
            );
            assert_eq!(description.trim(), description, "{description:?}");
        }
    }
}

/// Whether `text` can be shown as is in a Chinese form: Chinese, and no markup (code spans,
/// emphasis, links, list items, headings) and no letters beyond a few codes such as `GB/T`.
fn display_ready(text: &str) -> bool {
    let chinese = text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let markup = ["`", "**", "](", "\n- ", "# ", "_"]
        .iter()
        .any(|mark| text.contains(mark))
        || text.starts_with("- ");
    let latin_words = text
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| word.len() > 2)
        .count();
    chinese && !markup && latin_words == 0
}

#[test]
fn titles_and_help_texts_are_display_ready_chinese() {
    for (file, schema) in schemas() {
        let mut helps = 0;
        walk(&schema, "", &mut |pointer, object| {
            if let Some(Value::String(title)) = object.get("title") {
                assert!(
                    display_ready(title),
                    "{file}: {pointer}: title {title:?} is not display-ready Chinese"
                );
            }
            if let Some(Value::String(help)) = object.get("description") {
                helps += 1;
                assert!(
                    display_ready(help),
                    "{file}: {pointer}: description {help:?} is not display-ready Chinese"
                );
            }
        });
        assert!(helps >= 10, "{file}: only {helps} help texts");
    }
}

#[test]
fn defs_names_are_stable_and_meaningful() {
    let shared = [
        "Agency",
        "AgencyKind",
        "Amount",
        "ApplicantRow",
        "Applications",
        "CaseOutcomes",
        "DocumentCounts",
        "NotDisclosed",
        "NotProcessed",
        "OtherHandlingRows",
        "OtherMatters",
        "Outcomes",
        "Overview",
        "ProactiveDisclosure2021",
        "ProblemsAndImprovements",
        "ProcessingFees",
        "ReviewAndLitigation",
        "TextPart",
        "UnableToProvide",
    ];
    let only_full = [
        "FeeItemChanges",
        "FormatVersion",
        "ItemChanges",
        "MoneyUnit",
        "MoneyWithUnit",
        "OtherHandling",
        "ProactiveDisclosure",
        "ProactiveDisclosure2019",
        "Procurement",
        "PublishedDocuments",
    ];
    let full: BTreeSet<&str> = shared.iter().chain(&only_full).copied().collect();
    let entry: BTreeSet<&str> = shared.iter().copied().collect();
    for ((file, schema), (expected, text)) in schemas()
        .into_iter()
        .zip([(full, report_schema_json()), (entry, entry_schema_json())])
    {
        let defs = schema["$defs"].as_object().expect("$defs");
        let names: BTreeSet<&str> = defs.keys().map(String::as_str).collect();
        for name in &names {
            // schemars disambiguates colliding type names with numeric suffixes (`Foo2`); an
            // edition's year is the one number a name may end with.
            let stem = name.trim_end_matches("2019").trim_end_matches("2021");
            let meaningful = stem.starts_with(|c: char| c.is_ascii_uppercase())
                && stem.chars().all(|c| c.is_ascii_alphabetic());
            assert!(
                meaningful,
                "{file}: $defs name {name:?} is not a plain type name"
            );
        }
        assert_eq!(
            names, expected,
            "{file}: $defs names are part of the contract (TypeScript type names): rename deliberately"
        );
        for name in names {
            assert!(
                text.contains(&format!("\"#/$defs/{name}\"")),
                "{file}: $defs/{name} is never referenced"
            );
            assert!(
                defs[name]["title"].is_string(),
                "{file}: $defs/{name} has no title"
            );
        }
    }
}

#[test]
fn code_lists_are_plain_string_enums_and_layouts_the_only_alternatives() {
    let schema = report_schema();
    let kind = &schema["$defs"]["AgencyKind"];
    assert_eq!(kind["type"], "string");
    let wire: Vec<Value> = AgencyKind::ALL
        .iter()
        .map(|k| serde_json::to_value(k).expect("serializes"))
        .collect();
    assert_eq!(kind["enum"], Value::Array(wire));
    let version = &schema["$defs"]["FormatVersion"];
    assert_eq!(version["type"], "string");
    let editions: Vec<&str> = FormatVersion::ALL.iter().map(|e| e.as_str()).collect();
    assert_eq!(version["enum"], json!(editions));
    let mut alternatives = Vec::new();
    walk(&schema, "", &mut |pointer, object| {
        if object.contains_key("oneOf") {
            alternatives.push(pointer.to_owned());
        }
        assert!(
            !object.contains_key("anyOf") || object["anyOf"][1]["type"] == "null",
            "{pointer}: an anyOf that is not an optional value"
        );
        if object.contains_key("const") {
            assert_eq!(pointer, "/if/properties/format_version", "const");
        }
    });
    assert_eq!(
        alternatives,
        ["/$defs/OtherHandling", "/$defs/ProactiveDisclosure"]
    );
    // The entry schema: no alternative at all; format_version is the constant "2021".
    let entry = entry_schema();
    walk(&entry, "", &mut |pointer, object| {
        assert!(!object.contains_key("oneOf"), "{pointer}: oneOf");
        if object.contains_key("const") {
            assert_eq!(pointer, "/properties/format_version", "const");
        }
    });
    assert_eq!(entry["properties"]["format_version"]["const"], "2021");
    assert_eq!(entry["properties"]["format_version"]["type"], "string");
}

#[test]
fn only_standard_keywords_and_formats_are_used() {
    // What ajv's strict mode and closed TypeScript generation accept without plugins.
    const KEYWORDS: &[&str] = &[
        "$schema",
        "$id",
        "$comment",
        "$defs",
        "$ref",
        "title",
        "description",
        "type",
        "enum",
        "const",
        "properties",
        "required",
        "additionalProperties",
        "minProperties",
        "items",
        "uniqueItems",
        "anyOf",
        "oneOf",
        "if",
        "then",
        "else",
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
        "pattern",
        "maxItems",
        "format",
    ];
    for (file, schema) in schemas() {
        walk(&schema, "", &mut |pointer, object| {
            for keyword in object.keys() {
                assert!(
                    KEYWORDS.contains(&keyword.as_str()),
                    "{file}: {pointer}: keyword {keyword:?} is not on the portable list"
                );
            }
            if let Some(format) = object.get("format") {
                assert_eq!(format, "date", "{file}: {pointer}: non-standard format");
            }
        });
    }
}

/// Labels of the 2021 format that name a field: each must be a `title`.
/// From `format-2021.md`: the six section headings, table 二's rows and columns, table 三's
/// rows and columns, table 四's columns and groups. Verbatim, with full-width （）.
const FIELD_LABELS: &[&str] = &[
    // The six sections.
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
    // Table 二.
    "信息内容",
    "规章",
    "行政规范性文件",
    "本年制发件数",
    "本年废止件数",
    "现行有效件数",
    "行政许可",
    "行政处罚",
    "行政强制",
    "行政事业性收费",
    // Table 三, columns.
    "申请人情况",
    "自然人",
    "商业企业",
    "科研机构",
    "社会公益组织",
    "法律服务机构",
    "其他",
    "总计",
    // Table 三, rows.
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "三、本年度办理结果",
    "（一）予以公开",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "（三）不予公开",
    "1.属于国家秘密",
    "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
    "6.属于四类过程性信息",
    "7.属于行政执法案卷",
    "8.属于行政查询事项",
    "（四）无法提供",
    "1.本机关不掌握相关政府信息",
    "2.没有现成信息需要另行制作",
    "3.补正后申请内容仍不明确",
    "（五）不予处理",
    "1.信访举报投诉类申请",
    "2.重复申请",
    "3.要求提供公开出版物",
    "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息",
    "（六）其他处理",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "3.其他",
    "（七）总计",
    "四、结转下年度继续办理",
    // Table 四.
    "行政复议",
    "未经复议直接起诉",
    "复议后起诉",
    "结果维持",
    "结果纠正",
    "其他结果",
    "尚未审结",
];

/// Labels of the format with no field of their own (group headers, merged column headers, the
/// rule printed in table 三's header): each must appear at least in a description.
const GROUP_LABELS: &[&str] = &[
    "第二十条第（一）项",
    "第二十条第（五）项",
    "第二十条第（六）项",
    "第二十条第（八）项",
    "本年处理决定数量",
    "本年收费金额（单位：万元）",
    "法人或其他组织",
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    "行政诉讼",
    "发出收费通知的件数和总金额以及实际收取的总金额",
];

/// Labels of the 2019 trial format that name a field of its table 二 (the rest of its tables
/// share the 2021 labels, and its one-row （六）其他处理 is titled （六）其他处理).
const FIELD_LABELS_2019: &[&str] = &[
    "规章",
    "规范性文件",
    "本年新制作数量",
    "本年新公开数量",
    "对外公开总数量",
    "行政许可",
    "其他对外管理服务事项",
    "行政处罚",
    "行政强制",
    "上一年项目数量",
    "本年增/减",
    "处理决定数量",
    "行政事业性收费",
    "政府集中采购",
    "采购项目数量",
    "采购总金额",
    "2021年版",
    "2019年试行版",
    "分三项（2021年版）",
    "一行（2019年试行版）",
];

/// Group labels of the 2019 trial format's table 二.
const GROUP_LABELS_2019: &[&str] = &["第二十条第（一）项", "第二十条第（九）项"];

#[test]
fn every_official_label_appears_in_the_schemas() {
    for (file, schema, fields, groups) in [
        (
            SCHEMA_FILE,
            report_schema(),
            [FIELD_LABELS, FIELD_LABELS_2019].concat(),
            [GROUP_LABELS, GROUP_LABELS_2019].concat(),
        ),
        (
            ENTRY_SCHEMA_FILE,
            entry_schema(),
            FIELD_LABELS.to_vec(),
            GROUP_LABELS.to_vec(),
        ),
    ] {
        let (titles, descriptions) = titles_and_descriptions(&schema);
        let missing: Vec<&&str> = fields
            .iter()
            .filter(|label| !titles.contains(**label))
            .collect();
        assert!(
            missing.is_empty(),
            "{file}: labels without a title: {missing:?}"
        );
        let missing: Vec<&&str> = groups
            .iter()
            .filter(|label| !descriptions.iter().any(|d| d.contains(**label)))
            .collect();
        assert!(
            missing.is_empty(),
            "{file}: group labels in no description: {missing:?}"
        );
    }
}
