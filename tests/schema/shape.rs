//! What the schemas are made of: closed objects, bounded counts, exact money, field constraints,
//! display-ready Chinese titles, stable `$defs` names, plain code lists, standard keywords only.

use super::*;

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
