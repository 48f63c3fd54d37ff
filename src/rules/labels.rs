//! Official labels of cells, read back from the generated schema.
//!
//! The label of every field is written once, as the `# heading` of its doc comment; schemars
//! makes it the schema `title`. Messages name cells by those titles, so a label is never typed
//! twice.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde_json::Value;

use crate::schema::report_schema;

/// Every object property of the report schema: JSON Pointer → title.
static TITLES: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let schema = report_schema();
    let mut titles = HashMap::new();
    collect_titles(&schema, &schema, String::new(), &mut titles);
    titles
});

/// Walks the object properties of `node` (resolving `$ref` and `anyOf` with null).
fn collect_titles(root: &Value, node: &Value, pointer: String, out: &mut HashMap<String, String>) {
    let node = resolve(root, node);
    let Some(properties) = node.get("properties").and_then(Value::as_object) else {
        return;
    };
    for (name, property) in properties {
        let child = format!("{pointer}/{name}");
        if let Some(title) = property.get("title").and_then(Value::as_str) {
            out.insert(child.clone(), title.to_owned());
        }
        collect_titles(root, property, child, out);
    }
}

/// The object schema behind a `$ref` or an optional (`anyOf: [{$ref}, {type: null}]`).
fn resolve<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
        let target = reference.strip_prefix('#').unwrap_or(reference);
        return root.pointer(target).unwrap_or(node);
    }
    if let Some(branches) = node.get("anyOf").and_then(Value::as_array) {
        for branch in branches {
            if branch.get("$ref").is_some() {
                return resolve(root, branch);
            }
        }
    }
    node
}

/// The official label (schema title) of the field at `pointer`, if it has one.
pub(crate) fn title(pointer: &str) -> Option<&'static str> {
    TITLES.get(pointer).map(String::as_str)
}

/// The message name of every property of the schema, computed once.
static LABELS: LazyLock<HashMap<&'static str, String>> = LazyLock::new(|| {
    TITLES
        .keys()
        .map(|pointer| (pointer.as_str(), label_from_titles(pointer)))
        .collect()
});

/// How a cell is named in messages: `表三「三、本年度办理结果 › （七）总计」×「自然人」`.
///
/// `pointer` is a JSON Pointer into a report, as in [`Issue::paths`](crate::rules::Issue).
/// Tables 二 to 四 are named 表二…表四; other sections 第六部分; top-level fields by their
/// title. The labels are the official ones (the schema titles); a token without a title (an
/// array index, a field that does not exist) is kept as it is, and `""` gives `""`.
///
/// ```
/// use ogi_report::rules::cell_label;
/// assert_eq!(
///     cell_label("/applications/outcomes/total/natural_person"),
///     "表三「三、本年度办理结果 › （七）总计」×「自然人」"
/// );
/// assert_eq!(cell_label("/published_on"), "「发布日期」");
/// ```
pub fn cell_label(pointer: &str) -> String {
    match LABELS.get(pointer) {
        Some(label) => label.clone(),
        None => label_from_titles(pointer),
    }
}

fn label_from_titles(pointer: &str) -> String {
    let mut titles = Vec::new();
    let mut prefix = String::new();
    for token in pointer.split('/').skip(1) {
        prefix.push('/');
        prefix.push_str(token);
        titles.push(title(&prefix).unwrap_or(token));
    }
    let Some((section, rest)) = titles.split_first() else {
        return String::new();
    };
    let numeral = section.split_once('、').map(|(n, _)| n);
    let place = match numeral {
        Some(n @ ("二" | "三" | "四")) => format!("表{n}"),
        Some(n) => format!("第{n}部分"),
        None if rest.is_empty() => return format!("「{section}」"),
        None => format!("「{section}」"),
    };
    match rest {
        [] => place,
        [only] => format!("{place}「{only}」"),
        [rows @ .., column] => format!("{place}「{}」×「{column}」", rows.join(" › ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_cells_are_named_by_table_row_and_column() {
        assert_eq!(
            cell_label("/applications/outcomes/total/natural_person"),
            "表三「三、本年度办理结果 › （七）总计」×「自然人」"
        );
        assert_eq!(
            cell_label("/review_and_litigation/administrative_review/total"),
            "表四「行政复议」×「总计」"
        );
        assert_eq!(
            cell_label("/proactive_disclosure/administrative_fees_10k_yuan"),
            "表二「行政事业性收费」"
        );
    }

    #[test]
    fn other_places_are_named_by_section_or_title() {
        assert_eq!(
            cell_label("/other_matters/processing_fees/collected_yuan"),
            "第六部分「信息处理费」×「实际收取的总金额（元）」"
        );
        assert_eq!(cell_label("/published_on"), "「发布日期」");
    }
}
