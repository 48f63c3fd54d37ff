//! The committed schemas are fresh and valid, and agree with serde: on what they accept, on
//! broken documents and invalid vectors, on each edition's layout and on blank cells; the known
//! differences are as documented.

use super::*;

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
    // 3b. An amount of exactly 2^96: the schema's maximum is 2^96 as a double, so that every
    //     amount the crate keeps passes; the crate wants less. Anything beyond it is refused by
    //     both (1e29, 1e400).
    for (amount, schema_accepts) in [
        ("79228162514264337593543950335", true),
        ("79228162514264337593543950336", true),
        ("1e29", false),
    ] {
        let text = common::files::read(common::files::EXAMPLE).replacen(
            "\"administrative_fees_10k_yuan\": 0",
            &format!("\"administrative_fees_10k_yuan\": {amount}"),
            1,
        );
        let value: Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(
            error_pointers(&full, &value).is_empty(),
            schema_accepts,
            "{amount}"
        );
        assert_eq!(
            error_pointers(&entry, &value).is_empty(),
            schema_accepts,
            "{amount}"
        );
        let crate_accepts = amount.ends_with("335");
        assert_eq!(
            Report::from_json_str(&text).is_ok(),
            crate_accepts,
            "{amount}"
        );
    }
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
