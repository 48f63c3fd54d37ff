//! Official labels: written once, in the doc comments, and carried into the schema titles.

use super::*;

// Official labels: written once, in the doc comments, and carried into the schema titles

/// The schema's `title` of the field at `path` (property names from the report root).
pub(super) fn title_at(path: &[&str]) -> String {
    field_schema(path)["title"]
        .as_str()
        .unwrap_or_else(|| panic!("{path:?} has no title"))
        .to_owned()
}

/// The schema's English explanation (`$comment`) of the field at `path`.
fn description_at(path: &[&str]) -> String {
    field_schema(path)["$comment"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// The property schema of the field at `path`.
fn field_schema(path: &[&str]) -> Value {
    let schema = ogi_report::schema::report_schema();
    let mut object = schema.clone();
    let mut field = Value::Null;
    for name in path {
        field = object["properties"][*name].clone();
        assert!(
            field.is_object(),
            "no property {name} on the way to {path:?}"
        );
        object = resolve(&schema, &field);
    }
    field
}

/// The object schema a property refers to (through `$ref`, also inside `anyOf` for options).
fn resolve(root: &Value, property: &Value) -> Value {
    let reference = property["$ref"].as_str().or_else(|| {
        property["anyOf"]
            .as_array()
            .and_then(|branches| branches.iter().find_map(|b| b["$ref"].as_str()))
    });
    let resolved = match reference {
        Some(reference) => {
            let name = reference.strip_prefix("#/$defs/").expect("a local $ref");
            root["$defs"][name].clone()
        }
        None => property.clone(),
    };
    // A table of two layouts (table 二, （六）其他处理): the 2021 layout comes first.
    match resolved["oneOf"]
        .as_array()
        .and_then(|branches| branches.first())
    {
        Some(current) => resolve(root, current),
        None => resolved,
    }
}

/// Checks the titles at `path/<field>` against the expected labels, in order.
#[track_caller]
fn assert_labels(parent: &[&str], expected: &[(&str, &str)]) {
    for (field, label) in expected {
        let mut path = parent.to_vec();
        path.push(field);
        assert_eq!(title_at(&path), *label, "label of {path:?}");
    }
}

#[test]
fn the_six_section_headings_are_the_official_ones() {
    assert_labels(
        &[],
        &[
            ("overview", "一、总体情况"),
            ("proactive_disclosure", "二、主动公开政府信息情况"),
            ("applications", "三、收到和处理政府信息公开申请情况"),
            (
                "review_and_litigation",
                "四、政府信息公开行政复议、行政诉讼情况",
            ),
            ("problems_and_improvements", "五、存在的主要问题及改进情况"),
            ("other_matters", "六、其他需要报告的事项"),
        ],
    );
    let schema = ogi_report::schema::report_schema();
    assert_eq!(schema["title"], "政府信息公开工作年度报告");
}

#[test]
fn the_templates_headings_are_the_titles_of_the_sections_they_point_at() {
    use ogi_report::rules::TEMPLATE;
    for (heading, pointer) in TEMPLATE
        .section_headings
        .iter()
        .zip(TEMPLATE.section_pointers)
    {
        let field = pointer.trim_start_matches('/');
        assert_eq!(title_at(&[field]), *heading, "{pointer}");
    }
}

#[test]
fn table_three_has_the_official_25_row_labels() {
    let a = ["applications"];
    let o = ["applications", "outcomes"];
    assert_labels(
        &a,
        &[
            ("new_received", "一、本年新收政府信息公开申请数量"),
            (
                "carried_over_from_previous_year",
                "二、上年结转政府信息公开申请数量",
            ),
            ("outcomes", "三、本年度办理结果"),
            ("carried_forward_to_next_year", "四、结转下年度继续办理"),
        ],
    );
    assert_labels(
        &o,
        &[
            ("disclosed", "（一）予以公开"),
            (
                "partially_disclosed",
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            ),
            ("not_disclosed", "（三）不予公开"),
            ("unable_to_provide", "（四）无法提供"),
            ("not_processed", "（五）不予处理"),
            ("other_handling", "（六）其他处理"),
            ("total", "（七）总计"),
        ],
    );
    assert_labels(
        &["applications", "outcomes", "not_disclosed"],
        &[
            ("state_secret", "1.属于国家秘密"),
            (
                "prohibited_by_laws_and_regulations",
                "2.其他法律行政法规禁止公开",
            ),
            ("endangers_security_or_stability", "3.危及“三安全一稳定”"),
            ("third_party_rights", "4.保护第三方合法权益"),
            ("internal_affairs", "5.属于三类内部事务信息"),
            ("process_information", "6.属于四类过程性信息"),
            ("law_enforcement_case_files", "7.属于行政执法案卷"),
            ("administrative_inquiry", "8.属于行政查询事项"),
        ],
    );
    assert_labels(
        &["applications", "outcomes", "unable_to_provide"],
        &[
            ("not_held", "1.本机关不掌握相关政府信息"),
            ("requires_new_compilation", "2.没有现成信息需要另行制作"),
            ("unclear_after_supplement", "3.补正后申请内容仍不明确"),
        ],
    );
    assert_labels(
        &["applications", "outcomes", "not_processed"],
        &[
            ("petition_or_complaint", "1.信访举报投诉类申请"),
            ("repeated_application", "2.重复申请"),
            ("public_publication_requested", "3.要求提供公开出版物"),
            ("excessive_without_reason", "4.无正当理由大量反复申请"),
            (
                "confirm_or_reissue_requested",
                "5.要求行政机关确认或重新出具已获取信息",
            ),
        ],
    );
    assert_labels(
        &["applications", "outcomes", "other_handling"],
        &[
            (
                "no_supplement_in_time",
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            ),
            (
                "fee_not_paid",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            ),
            ("other", "3.其他"),
        ],
    );
    // 25 numbered rows: 一, 二, （一）, （二）, 8 + 3 + 5 + 3 sub-rows, （七）, 四.
    assert_eq!(2 + 2 + 8 + 3 + 5 + 3 + 1 + 1, 25);
}

#[test]
fn table_three_has_the_official_7_column_labels() {
    let columns = [
        ("natural_person", "自然人"),
        ("commercial_enterprise", "商业企业"),
        ("research_institution", "科研机构"),
        ("social_welfare_organization", "社会公益组织"),
        ("legal_service_organization", "法律服务机构"),
        ("other_organization", "其他"),
        ("total", "总计"),
    ];
    for row in [
        &["applications", "new_received"][..],
        &["applications", "outcomes", "not_disclosed", "state_secret"],
        &["applications", "outcomes", "total"],
        &["applications", "carried_forward_to_next_year"],
    ] {
        assert_labels(row, &columns);
    }
    // The group headers: 申请人情况 over all columns, 法人或其他组织 over the five in the middle.
    let schema = ogi_report::schema::report_schema();
    let row = &schema["$defs"]["ApplicantRow"];
    assert_eq!(row["title"], "申请人情况");
    assert!(row["$comment"].as_str().unwrap().contains("法人或其他组织"));
    // The rule printed in the header cell.
    assert!(
        schema["$defs"]["Applications"]["$comment"]
            .as_str()
            .unwrap()
            .contains("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
    );
}

#[test]
fn table_four_has_the_official_groups_and_columns() {
    let r = ["review_and_litigation"];
    assert_labels(
        &r,
        &[
            ("administrative_review", "行政复议"),
            ("litigation_without_review", "未经复议直接起诉"),
            ("litigation_after_review", "复议后起诉"),
        ],
    );
    for group in [
        "administrative_review",
        "litigation_without_review",
        "litigation_after_review",
    ] {
        assert_labels(
            &["review_and_litigation", group],
            &[
                ("upheld", "结果维持"),
                ("corrected", "结果纠正"),
                ("other", "其他结果"),
                ("pending", "尚未审结"),
                ("total", "总计"),
            ],
        );
    }
    // The two litigation groups sit under 行政诉讼.
    for group in ["litigation_without_review", "litigation_after_review"] {
        assert!(description_at(&["review_and_litigation", group]).contains("行政诉讼"));
    }
}

#[test]
fn table_two_has_the_official_rows_columns_and_blocks() {
    let p = ["proactive_disclosure"];
    assert_labels(
        &p,
        &[
            ("rules", "规章"),
            ("normative_documents", "行政规范性文件"),
            ("administrative_licensing_decisions", "行政许可"),
            ("administrative_penalty_decisions", "行政处罚"),
            ("administrative_coercion_decisions", "行政强制"),
            ("administrative_fees_10k_yuan", "行政事业性收费"),
        ],
    );
    for row in ["rules", "normative_documents"] {
        assert_labels(
            &["proactive_disclosure", row],
            &[
                ("issued", "本年制发件数"),
                ("repealed", "本年废止件数"),
                ("in_force", "现行有效件数"),
            ],
        );
        assert!(description_at(&["proactive_disclosure", row]).contains("第二十条第（一）项"));
    }
    // Columns of one-cell rows and the block headers are in the descriptions.
    for (field, column, block) in [
        (
            "administrative_licensing_decisions",
            "本年处理决定数量",
            "第二十条第（五）项",
        ),
        (
            "administrative_penalty_decisions",
            "本年处理决定数量",
            "第二十条第（六）项",
        ),
        (
            "administrative_coercion_decisions",
            "本年处理决定数量",
            "第二十条第（六）项",
        ),
        (
            "administrative_fees_10k_yuan",
            "本年收费金额（单位：万元）",
            "第二十条第（八）项",
        ),
    ] {
        let description = description_at(&["proactive_disclosure", field]);
        assert!(description.contains(column), "{field}: {description}");
        assert!(description.contains(block), "{field}: {description}");
    }
    assert!(
        description_at(&["proactive_disclosure", "normative_documents"]).contains("规范性文件")
    );
}

#[test]
fn the_overview_parts_and_the_fee_report_have_the_official_labels() {
    assert_labels(
        &["overview"],
        &[
            ("proactive_disclosure", "（一）主动公开"),
            ("disclosure_on_request", "（二）依申请公开"),
            ("information_management", "（三）政府信息管理"),
            ("platform_development", "（四）政府信息公开平台建设"),
            ("oversight_and_safeguards", "（五）监督保障"),
        ],
    );
    let fees = ["other_matters", "processing_fees"];
    assert_labels(
        &fees,
        &[
            ("notices_issued", "发出收费通知的件数"),
            ("notices_total_yuan", "收费通知总金额（元）"),
            ("collected_yuan", "实际收取的总金额（元）"),
        ],
    );
    assert!(description_at(&fees).contains("发出收费通知的件数和总金额以及实际收取的总金额"));
}

#[test]
fn a_type_used_by_one_field_has_the_label_of_that_field() {
    // A section or group type and the field holding it both carry the label (rustdoc shows
    // both); this keeps the two copies equal.
    let schema = ogi_report::schema::report_schema();
    let mut uses: std::collections::BTreeMap<String, Vec<(String, String)>> = Default::default();
    let mut visit = |owner: &str, properties: &Value| {
        for (name, property) in properties.as_object().into_iter().flatten() {
            let reference = resolve_name(property);
            if let (Some(def), Some(title)) = (reference, property["title"].as_str()) {
                uses.entry(def)
                    .or_default()
                    .push((format!("{owner}.{name}"), title.to_owned()));
            }
        }
    };
    visit("Report", &schema["properties"]);
    for (name, def) in schema["$defs"].as_object().unwrap() {
        visit(name, &def["properties"]);
    }
    let mut checked = 0;
    for (def, fields) in &uses {
        if let [(field, title)] = fields.as_slice() {
            let def_title = schema["$defs"][def.as_str()]["title"].as_str();
            assert_eq!(def_title, Some(title.as_str()), "{def} vs {field}");
            checked += 1;
        }
    }
    assert!(checked >= 14, "{checked} single-use types");
}

fn resolve_name(property: &Value) -> Option<String> {
    let reference = property["$ref"].as_str().or_else(|| {
        property["anyOf"]
            .as_array()
            .and_then(|branches| branches.iter().find_map(|b| b["$ref"].as_str()))
    })?;
    reference.strip_prefix("#/$defs/").map(str::to_owned)
}

#[test]
fn the_readme_section_table_agrees_with_the_labels() {
    let readme = include_str!("../../README.md");
    for field in [
        "overview",
        "proactive_disclosure",
        "applications",
        "review_and_litigation",
        "problems_and_improvements",
        "other_matters",
    ] {
        let label = title_at(&[field]);
        let line = readme
            .lines()
            .find(|line| line.ends_with(&format!("| `{field}` |")))
            .unwrap_or_else(|| panic!("README has no row for `{field}`"));
        assert!(
            line.starts_with(&format!("| {label} |")),
            "README row for {field}: {line}"
        );
    }
}

/// The README's table of field limits, generated from the constants the checks use.
fn readme_limits_table() -> String {
    use ogi_report::proactive_disclosure::MAX_CHANGE;
    use ogi_report::text::{MAX_HEADING_CHARS, MAX_PARTS, MAX_TEXT_CHARS};
    use ogi_report::{Amount, MAX_AGENCY_NAME_CHARS, MAX_BLANK_CELLS, MAX_YEAR, MIN_YEAR};
    let thousands = |n: u64| {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        out
    };
    [
        "| what | limit |".to_owned(),
        "|---|---|".to_owned(),
        format!("| agency name, compiling office | 1 to {MAX_AGENCY_NAME_CHARS} characters, not blank |"),
        "| region code | 6 digits |".to_owned(),
        format!("| year | {MIN_YEAR} to {MAX_YEAR} |"),
        format!(
            "| any text field | {} characters |",
            thousands(MAX_TEXT_CHARS)
        ),
        format!("| a heading | {MAX_HEADING_CHARS} characters |"),
        format!("| additional parts of a section | {MAX_PARTS} |"),
        format!(
            "| amounts | non-negative; at most {} decimal places; below 2^96 (about 7.9e28) |",
            Amount::MAX_SCALE
        ),
        format!(
            "| 本年增/减 (2019 table 二) | −{} to {} |",
            thousands(MAX_CHANGE.unsigned_abs()),
            thousands(MAX_CHANGE.unsigned_abs())
        ),
        format!("| `blank_cells` | at most {MAX_BLANK_CELLS} pointers, each a number cell of the report, once |"),
    ]
    .join("\n")
        + "\n"
}

#[test]
fn the_readme_limits_table_is_up_to_date() {
    common::files::assert_readme_section_fresh(
        "limits",
        &readme_limits_table(),
        "OGI_REPORT_BLESS=1 cargo test --test model",
    );
}
