//! The committed JSON Schema (`schema/ogi-report.schema.json`): fresh, valid, closed, labelled,
//! and in agreement with serde on the example, the valid vectors and broken documents.
//!
//! Regenerate the committed file with `OGI_REPORT_BLESS=1 cargo test --test schema`.
//!
//! Known differences between the schema and serde, on purpose not tested here: JSON Schema's
//! `integer` accepts `18.0` where serde's `u32` does not, and the schema cannot express the
//! decimal-place limit of amounts (at most 28 places) or duplicate keys.

mod common;

use std::collections::BTreeSet;

use ogi_report::schema::{SCHEMA_ID, report_schema, report_schema_json};
use ogi_report::{AgencyKind, Report};
use serde_json::Value;

/// Where the schema is committed, relative to the crate root.
const SCHEMA_FILE: &str = "schema/ogi-report.schema.json";

/// The command that regenerates the committed schema.
const REGENERATE: &str = "OGI_REPORT_BLESS=1 cargo test --test schema";

fn validator() -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&report_schema())
        .expect("the schema compiles")
}

/// Calls `f(pointer, schema)` on every schema object in `schema` (root, `$defs`, properties,
/// items, applicators), depth first.
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
    for keyword in ["items", "additionalProperties", "not"] {
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

/// Every `title` and every `description` in the schema.
fn titles_and_descriptions(schema: &Value) -> (BTreeSet<String>, Vec<String>) {
    let mut titles = BTreeSet::new();
    let mut descriptions = Vec::new();
    walk(schema, "", &mut |_, object| {
        if let Some(Value::String(title)) = object.get("title") {
            titles.insert(title.clone());
        }
        if let Some(Value::String(description)) = object.get("description") {
            descriptions.push(description.clone());
        }
    });
    (titles, descriptions)
}

#[test]
fn committed_schema_is_up_to_date() {
    common::files::assert_fresh(SCHEMA_FILE, &report_schema_json(), REGENERATE);
}

#[test]
fn schema_is_valid_against_its_meta_schema() {
    let schema = report_schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    if let Err(err) = jsonschema::draft202012::meta::validate(&schema) {
        panic!("the schema breaks the 2020-12 meta-schema: {err}");
    }
}

#[test]
fn id_names_the_format_edition_and_the_schema_version() {
    let schema = report_schema();
    assert_eq!(schema["$id"], SCHEMA_ID);
    assert!(SCHEMA_ID.contains("format-2021"), "{SCHEMA_ID}");
    assert!(SCHEMA_ID.contains(":schema-"), "{SCHEMA_ID}");
}

#[test]
fn example_and_valid_vectors_pass_schema_and_serde() {
    let validator = validator();
    let documents = common::files::valid_documents();
    assert!(!documents.is_empty());
    for (name, text) in documents {
        let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name} breaks the schema: {errors:#?}");
        if let Err(err) = Report::from_json_str(&text) {
            panic!("{name} is refused by serde: {err}");
        }
    }
}

#[test]
fn broken_documents_are_rejected_by_schema_and_serde() {
    let validator = validator();
    let cases = common::files::broken_documents();
    assert!(cases.len() >= 10, "the broken-document list is incomplete");
    for case in cases {
        let pointers: Vec<String> = validator
            .iter_errors(&case.document)
            .map(|err| err.instance_path().to_string())
            .collect();
        assert!(
            !pointers.is_empty(),
            "the schema accepts a broken document: {}",
            case.name
        );
        // An unknown member is reported at its object by JSON Schema, at itself by serde.
        let parent = case.pointer.rsplit_once('/').map_or("", |(p, _)| p);
        assert!(
            pointers.iter().any(|p| p == &case.pointer || p == parent),
            "{}: the schema objects elsewhere: {pointers:?}",
            case.name
        );
        let text = serde_json::to_string(&case.document).expect("serializes");
        match Report::from_json_str(&text) {
            Ok(_) => panic!("serde accepts a broken document: {}", case.name),
            Err(err) => assert_eq!(err.pointer(), case.pointer, "{}: {err}", case.name),
        }
    }
}

#[test]
fn every_object_is_closed() {
    let schema = report_schema();
    let mut objects = 0;
    walk(&schema, "", &mut |pointer, object| {
        let is_object =
            object.get("type") == Some(&Value::from("object")) || object.contains_key("properties");
        if is_object {
            objects += 1;
            assert_eq!(
                object.get("additionalProperties"),
                Some(&Value::Bool(false)),
                "{pointer} is not closed"
            );
            assert!(
                !object.contains_key("unevaluatedProperties"),
                "{pointer}: closed TypeScript generators read additionalProperties"
            );
        }
    });
    assert!(objects > 15, "only {objects} objects found");
}

#[test]
fn counts_are_bounded_integers_and_money_is_a_non_negative_number() {
    let schema = report_schema();
    let mut counts = 0;
    walk(&schema, "", &mut |pointer, object| {
        if object.get("type") == Some(&Value::from("integer")) {
            let min = object.get("minimum").and_then(Value::as_u64);
            let max = object.get("maximum").and_then(Value::as_u64);
            assert!(
                min.is_some() && max.is_some(),
                "{pointer}: unbounded integer"
            );
            if pointer != "/properties/year" {
                counts += 1;
                assert_eq!(min, Some(0), "{pointer}");
                assert_eq!(max, Some(u64::from(u32::MAX)), "{pointer}");
            }
        }
    });
    // 7 (申请人情况) + 5 (结果) + 3 (信息内容) + 3 (table 二) + 1 (fee notices)
    assert_eq!(counts, 19, "count fields in the schema");

    let amount = &schema["$defs"]["Amount"];
    assert_eq!(amount["type"], "number");
    assert_eq!(amount["minimum"], 0);
    let defs = &schema["$defs"];
    for property in [
        &defs["ProactiveDisclosure"]["properties"]["administrative_fees_10k_yuan"],
        &defs["ProcessingFees"]["properties"]["notices_total_yuan"],
        &defs["ProcessingFees"]["properties"]["collected_yuan"],
    ] {
        assert_eq!(property["$ref"], "#/$defs/Amount");
    }
}

#[test]
fn field_constraints_are_carried_over() {
    let schema = report_schema();
    let defs = &schema["$defs"];
    let name = &defs["Agency"]["properties"]["name"];
    assert_eq!(
        (&name["minLength"], &name["maxLength"], &name["pattern"]),
        (
            &Value::from(1),
            &Value::from(200),
            &Value::from(r"[^\s\u0085\uFEFF]")
        )
    );
    assert_eq!(
        defs["Agency"]["properties"]["region_code"]["pattern"],
        "^[0-9]{6}$"
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
}

#[test]
fn every_property_has_a_chinese_title_and_a_clean_english_description() {
    let schema = report_schema();
    let mut properties = 0;
    walk(&schema, "", &mut |pointer, object| {
        if let Some(Value::Object(children)) = object.get("properties") {
            for (name, child) in children {
                properties += 1;
                let title = child["title"].as_str().unwrap_or_default();
                let description = child["description"].as_str().unwrap_or_default();
                assert!(
                    !title.is_empty(),
                    "{pointer}/properties/{name} has no title"
                );
                assert!(
                    title
                        .chars()
                        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "{pointer}/properties/{name}: title {title:?} is not the Chinese label"
                );
                assert!(
                    description.chars().any(|c| c.is_ascii_alphabetic()),
                    "{pointer}/properties/{name} has no English description"
                );
            }
        }
    });
    assert!(properties > 80, "only {properties} properties found");

    let (_, descriptions) = titles_and_descriptions(&schema);
    for description in descriptions {
        let wrapped = description
            .split("\n\n")
            .flat_map(|paragraph| paragraph.split('\n').skip(1))
            .any(|line| !line.starts_with("- "));
        assert!(
            !wrapped,
            "a hard line break inside a paragraph: {description:?}"
        );
        assert!(
            !description.contains("```"),
            "code in a description: {description:?}"
        );
        assert_eq!(description.trim(), description, "{description:?}");
    }
}

#[test]
fn defs_names_are_stable_and_meaningful() {
    let schema = report_schema();
    let defs = schema["$defs"].as_object().expect("$defs");
    let names: Vec<&str> = defs.keys().map(String::as_str).collect();
    for name in &names {
        // schemars disambiguates colliding type names with numeric suffixes (`Foo2`).
        let meaningful = name.starts_with(|c: char| c.is_ascii_uppercase())
            && name.chars().all(|c| c.is_ascii_alphabetic());
        assert!(meaningful, "$defs name {name:?} is not a plain type name");
    }
    let expected = [
        "Agency",
        "AgencyKind",
        "Amount",
        "ApplicantRow",
        "Applications",
        "CaseOutcomes",
        "DocumentCounts",
        "FormatVersion",
        "NotDisclosed",
        "NotProcessed",
        "OtherHandling",
        "OtherMatters",
        "Outcomes",
        "Overview",
        "ProactiveDisclosure",
        "ProblemsAndImprovements",
        "ProcessingFees",
        "ReviewAndLitigation",
        "TextPart",
        "UnableToProvide",
    ];
    assert_eq!(
        names, expected,
        "$defs names are part of the contract (TypeScript type names): rename deliberately"
    );
    let text = report_schema_json();
    for name in names {
        assert!(
            text.contains(&format!("\"#/$defs/{name}\"")),
            "$defs/{name} is never referenced"
        );
        assert!(defs[name]["title"].is_string(), "$defs/{name} has no title");
    }
}

#[test]
fn code_lists_are_plain_string_enums() {
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
    assert_eq!(version["enum"], serde_json::json!(["2021"]));
    walk(&schema, "", &mut |pointer, object| {
        assert!(!object.contains_key("const"), "{pointer}: const");
        assert!(!object.contains_key("oneOf"), "{pointer}: oneOf");
    });
}

#[test]
fn only_standard_keywords_and_formats_are_used() {
    // What ajv's strict mode and closed TypeScript generation accept without plugins.
    const KEYWORDS: &[&str] = &[
        "$schema",
        "$id",
        "$defs",
        "$ref",
        "title",
        "description",
        "type",
        "enum",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "anyOf",
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
        "pattern",
        "maxItems",
        "format",
    ];
    let schema = report_schema();
    walk(&schema, "", &mut |pointer, object| {
        for keyword in object.keys() {
            assert!(
                KEYWORDS.contains(&keyword.as_str()),
                "{pointer}: keyword {keyword:?} is not on the portable list"
            );
        }
        if let Some(format) = object.get("format") {
            assert_eq!(format, "date", "{pointer}: non-standard format");
        }
    });
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

#[test]
fn every_official_label_appears_in_the_schema() {
    let schema = report_schema();
    let (titles, descriptions) = titles_and_descriptions(&schema);
    let missing: Vec<&&str> = FIELD_LABELS
        .iter()
        .filter(|label| !titles.contains(**label))
        .collect();
    assert!(missing.is_empty(), "labels without a title: {missing:?}");
    let missing: Vec<&&str> = GROUP_LABELS
        .iter()
        .filter(|label| !descriptions.iter().any(|d| d.contains(**label)))
        .collect();
    assert!(
        missing.is_empty(),
        "group labels in no description: {missing:?}"
    );
}
