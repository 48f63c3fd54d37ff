//! The UI description of an entry form (`schema/ui.json`): a react-jsonschema-form `uiSchema`
//! generated from the schema of every edition, so that it never drifts from the types.
//!
//! For every object, its fields in template order (`ui:order`); for every row of table 三 (an
//! [`ApplicantRow`](crate::applications::ApplicantRow)), the class `ogi-applicant-row` that
//! lays its 7 columns out as one grid row (`ogi-columns-7`), with the group header 法人或其他组织
//! over its five middle columns (`ui:options.columnGroups`); for every prose field, a
//! textarea; for the code lists, their Chinese names (`ui:enumNames`); for every optional part
//! (`anyOf` of the part and `null`), its choices titled by the part's own title and 不填写.
//! The keys of layouts (both editions of table 二, both forms of （六）) are merged: rjsf
//! passes a field's `uiSchema` to whichever layout is chosen.

use serde_json::{Map, Value, json};

use super::order::{FieldOrders, field_orders};
use crate::applications::{ORGANISATION_COLUMNS, ORGANISATION_GROUP};
use crate::proactive_disclosure::MoneyUnit;
use crate::text::MAX_TEXT_CHARS;
use crate::{AgencyKind, FormatVersion};

/// The title of the choice "leave this optional part out".
pub const ABSENT_CHOICE: &str = "不填写";

/// The class of a table 三 row, laid out as a grid of its 7 columns.
pub const APPLICANT_ROW_CLASS: &str = "ogi-applicant-row ogi-columns-7";

/// The `uiSchema` of an entry form, as a JSON value (see the module docs).
///
/// ```
/// let ui = ogi_report::schema::ui_schema();
/// assert_eq!(ui["ui:order"][0], "format_version");
/// assert_eq!(ui["overview"]["introduction"]["ui:widget"], "textarea");
/// ```
pub fn ui_schema() -> Value {
    let schema = super::report_schema();
    let orders = field_orders();
    let mut out = Map::new();
    describe(&schema, &schema, Some("Report"), &orders, &mut out);
    Value::Object(out)
}

/// The `uiSchema` as pretty-printed JSON text, exactly as committed in `schema/ui.json`.
pub fn ui_schema_json() -> String {
    let mut text = serde_json::to_string_pretty(&ui_schema()).expect("a uiSchema serializes");
    text.push('\n');
    text
}

/// The Chinese names of a code list's values, in the schema's `enum` order.
fn enum_names(def: &str) -> Option<Vec<&'static str>> {
    match def {
        "AgencyKind" => Some(AgencyKind::ALL.map(AgencyKind::name_zh).to_vec()),
        "FormatVersion" => Some(FormatVersion::ALL.map(FormatVersion::name_zh).to_vec()),
        "MoneyUnit" => Some(MoneyUnit::ALL.map(MoneyUnit::name_zh).to_vec()),
        _ => None,
    }
}

/// Adds to `out` the `uiSchema` of `node` (a subschema of `root`; `def` is its `$defs` name,
/// or `Report` for the root).
fn describe(
    root: &Value,
    node: &Value,
    def: Option<&str>,
    orders: &FieldOrders,
    out: &mut Map<String, Value>,
) {
    if let Some(target) = node.get("$ref").and_then(Value::as_str) {
        let name = target.trim_start_matches("#/$defs/");
        if let Some(resolved) = root.get("$defs").and_then(|defs| defs.get(name)) {
            describe(root, resolved, Some(name), orders, out);
        }
        return;
    }
    if let Some(names) = def.and_then(enum_names) {
        out.insert("ui:enumNames".to_owned(), json!(names));
    }
    if def == Some("ApplicantRow") {
        out.insert("ui:classNames".to_owned(), json!(APPLICANT_ROW_CLASS));
        out.insert(
            "ui:options".to_owned(),
            json!({ "columnGroups": [{ "title": ORGANISATION_GROUP, "columns": ORGANISATION_COLUMNS }] }),
        );
    }
    if let Some(Value::Array(layouts)) = node.get("oneOf") {
        // Each layout's own uiSchema under `oneOf`; merged at the field itself too, without a
        // row's grid class (the other layout of （六） has three sub-rows).
        let mut per_layout = Vec::new();
        for layout in layouts {
            let mut layout_ui = Map::new();
            describe(root, layout, None, orders, &mut layout_ui);
            let mut merged = layout_ui.clone();
            merged.remove("ui:classNames");
            merge(out, merged);
            per_layout.push(Value::Object(layout_ui));
        }
        out.insert("oneOf".to_owned(), Value::Array(per_layout));
    }
    if let Some(Value::Array(branches)) = node.get("anyOf") {
        optional_part(root, node, branches, orders, out);
    }
    let is_prose = node.get("maxLength").and_then(Value::as_u64) >= Some(MAX_TEXT_CHARS);
    if is_prose {
        out.insert("ui:widget".to_owned(), json!("textarea"));
        out.insert("ui:options".to_owned(), json!({ "rows": 4 }));
    }
    if let Some(items) = node.get("items") {
        if items.get("enum").is_none() {
            let mut item_ui = Map::new();
            describe(root, items, None, orders, &mut item_ui);
            if !item_ui.is_empty() {
                out.insert("items".to_owned(), Value::Object(item_ui));
            }
        }
    }
    if let Some(Value::Object(properties)) = node.get("properties") {
        let mut keys: Vec<&String> = properties.keys().collect();
        if let Some(order) = def.and_then(|name| orders.get(name)) {
            keys.sort_by_key(|key| order.iter().position(|f| *f == key.as_str()));
        }
        let merged = out
            .entry("ui:order".to_owned())
            .or_insert_with(|| json!([]));
        if let Value::Array(list) = merged {
            for key in keys {
                if !list.iter().any(|known| known == key.as_str()) {
                    list.push(json!(key));
                }
            }
        }
        for (key, child) in properties {
            let mut child_ui = match out.remove(key) {
                Some(Value::Object(known)) => known,
                _ => Map::new(),
            };
            describe(root, child, None, orders, &mut child_ui);
            if !child_ui.is_empty() {
                out.insert(key.clone(), Value::Object(child_ui));
            }
        }
    }
}

/// Adds `from` to `into`, merging objects key by key and `ui:order` lists item by item.
fn merge(into: &mut Map<String, Value>, from: Map<String, Value>) {
    for (key, value) in from {
        match (into.get_mut(&key), value) {
            (Some(Value::Object(known)), Value::Object(more)) => merge(known, more),
            (Some(Value::Array(known)), Value::Array(more)) => {
                for item in more {
                    if !known.contains(&item) {
                        known.push(item);
                    }
                }
            }
            (_, value) => {
                into.insert(key, value);
            }
        }
    }
}

/// An optional part (`anyOf` of the part and `null`): the part's own `uiSchema`, and its two
/// choices titled by the part's title and [`ABSENT_CHOICE`].
fn optional_part(
    root: &Value,
    node: &Value,
    branches: &[Value],
    orders: &FieldOrders,
    out: &mut Map<String, Value>,
) {
    let mut choices = Vec::new();
    for branch in branches {
        if branch.get("type").and_then(Value::as_str) == Some("null") {
            choices.push(json!({ "ui:title": ABSENT_CHOICE }));
        } else {
            let mut part = Map::new();
            describe(root, branch, None, orders, &mut part);
            out.extend(part.clone());
            if let Some(title) = node.get("title") {
                part.insert("ui:title".to_owned(), title.clone());
            }
            choices.push(Value::Object(part));
        }
    }
    out.insert("anyOf".to_owned(), Value::Array(choices));
}
