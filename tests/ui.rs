//! `schema/ui.json`, the react-jsonschema-form `uiSchema` of an entry form: generated from the
//! types (fresh), its field order the schema's, every table 三 row a 7-column grid row, every
//! prose field a textarea, the code lists named in Chinese and the optional parts titled.
//!
//! Regenerate the committed file with `OGI_REPORT_BLESS=1 cargo test --test ui`.

mod common;

use ogi_report::schema::{
    ABSENT_CHOICE, APPLICANT_ROW_CLASS, report_schema, ui_schema, ui_schema_json,
};
use ogi_report::text::MAX_TEXT_CHARS;
use serde_json::Value;

/// Where the uiSchema is committed, relative to the crate root.
const UI_FILE: &str = "schema/ui.json";

#[test]
fn committed_ui_schema_is_up_to_date() {
    common::files::assert_fresh(
        UI_FILE,
        &ui_schema_json(),
        "OGI_REPORT_BLESS=1 cargo test --test ui",
    );
}

/// Resolves a `$ref` of the schema.
fn resolve<'a>(root: &'a Value, node: &'a Value) -> (&'a Value, Option<String>) {
    match node.get("$ref").and_then(Value::as_str) {
        Some(target) => {
            let name = target.trim_start_matches("#/$defs/");
            (&root["$defs"][name], Some(name.to_owned()))
        }
        None => (node, None),
    }
}

/// Walks the schema beside the uiSchema, checking each field; counts what it checked.
fn check(root: &Value, node: &Value, ui: &Value, at: &str, counts: &mut [usize; 4]) {
    let (node, def) = resolve(root, node);
    if let Some(Value::Array(layouts)) = node.get("oneOf") {
        for (index, layout) in layouts.iter().enumerate() {
            check(root, layout, &ui["oneOf"][index], at, counts);
        }
        return;
    }
    if let Some(Value::Array(branches)) = node.get("anyOf") {
        let choices = ui["anyOf"].as_array().expect("optional part choices");
        for (branch, choice) in branches.iter().zip(choices) {
            if branch["type"] == "null" {
                assert_eq!(choice["ui:title"], ABSENT_CHOICE, "{at}");
                assert_eq!(branch["title"], ABSENT_CHOICE, "{at}");
            } else {
                assert!(
                    choice["ui:title"].as_str().is_some_and(|t| !t.is_empty()),
                    "{at}"
                );
                assert_eq!(branch["title"], choice["ui:title"], "{at}");
                check(root, branch, ui, at, counts);
            }
        }
        counts[3] += 1;
        return;
    }
    if def.as_deref() == Some("ApplicantRow") {
        assert_eq!(ui["ui:classNames"], APPLICANT_ROW_CLASS, "{at}");
        assert_eq!(ui["ui:order"].as_array().map(Vec::len), Some(7), "{at}");
        counts[0] += 1;
    }
    if let Some(Value::Array(values)) = node.get("enum") {
        if def.is_some() {
            let names = ui["ui:enumNames"].as_array().expect("Chinese names");
            assert_eq!(names.len(), values.len(), "{at}");
            counts[2] += 1;
        }
    }
    if node.get("maxLength").and_then(Value::as_u64) >= Some(MAX_TEXT_CHARS) {
        assert_eq!(ui["ui:widget"], "textarea", "{at}");
        counts[1] += 1;
    }
    if let Some(items) = node.get("items") {
        if items.get("enum").is_none() {
            check(root, items, &ui["items"], &format!("{at}/items"), counts);
        }
    }
    if let Some(Value::Object(properties)) = node.get("properties") {
        // The schema's own order (the committed file's): every property, in that order, is in
        // ui:order in the same relative order.
        let order: Vec<&str> = ui["ui:order"]
            .as_array()
            .expect("ui:order")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let schema_order = ogi_report::schema::field_orders();
        let key = def.as_deref().unwrap_or("Report");
        if let Some(fields) = schema_order.get(key) {
            let expected: Vec<&str> = fields
                .iter()
                .copied()
                .filter(|f| properties.contains_key(*f))
                .collect();
            let got: Vec<&str> = order
                .iter()
                .copied()
                .filter(|f| properties.contains_key(*f))
                .collect();
            assert_eq!(got, expected, "{at}: ui:order");
        }
        for (name, child) in properties {
            check(root, child, &ui[name], &format!("{at}/{name}"), counts);
        }
    }
}

#[test]
fn the_ui_schema_follows_the_schema() {
    let schema = report_schema();
    let ui = ui_schema();
    let mut counts = [0; 4];
    check(&schema, &schema, &ui, "", &mut counts);
    let [rows, textareas, code_lists, optional_parts] = counts;
    // Table 三: 3 rows, 7 outcome rows of one line, 6 + 5 + 3 reasons, （六） in both forms.
    assert!(rows >= 20, "{rows} table 三 rows");
    assert!(textareas >= 10, "{textareas} textareas");
    assert!(code_lists >= 3, "{code_lists} code lists");
    assert!(optional_parts >= 10, "{optional_parts} optional parts");
}

#[test]
fn table_three_rows_name_their_column_group() {
    let ui = ui_schema();
    let schema = report_schema();
    let row = &ui["applications"]["new_received"];
    let groups = row["ui:options"]["columnGroups"]
        .as_array()
        .expect("groups");
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0]["title"], "法人或其他组织");
    let columns: Vec<&str> = groups[0]["columns"]
        .as_array()
        .expect("columns")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    // The five middle columns of the row, in order.
    let order: Vec<&str> = row["ui:order"]
        .as_array()
        .expect("order")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(columns, order[1..6]);
    for column in columns {
        assert!(schema["$defs"]["ApplicantRow"]["properties"][column].is_object());
    }
}

#[test]
fn agency_kinds_are_named_in_chinese_in_wire_order() {
    let ui = ui_schema();
    let names: Vec<&str> = ui["agency"]["kind"]["ui:enumNames"]
        .as_array()
        .expect("names")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let schema = report_schema();
    let values: Vec<&str> = schema["$defs"]["AgencyKind"]["enum"]
        .as_array()
        .expect("enum")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let expected: Vec<&str> = values
        .iter()
        .map(|v| {
            v.parse::<ogi_report::AgencyKind>()
                .expect("a kind")
                .name_zh()
        })
        .collect();
    assert_eq!(names, expected);
    assert_eq!(names[3], "乡镇人民政府、街道办事处");
}
