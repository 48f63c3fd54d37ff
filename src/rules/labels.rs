//! Official labels of cells, read back from the generated schema.
//!
//! The label of every field is written once, as the `# heading` of its doc comment; schemars
//! makes it the schema `title`. Messages name cells by those titles, so a label is never typed
//! twice.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde_json::Value;

use crate::FormatVersion;
use crate::schema::report_schema;

/// Every object property of the report schema: JSON Pointer → title, per edition of table 二
/// (the two tables 二 share pointers with different labels, e.g. `normative_documents` is
/// 行政规范性文件 in 2021 and 规范性文件 in 2019).
static TITLES: LazyLock<[HashMap<String, String>; 2]> = LazyLock::new(|| {
    let schema = report_schema();
    let mut found = Vec::new();
    collect_titles(&schema, &schema, String::new(), None, &mut found);
    [FormatVersion::V2021, FormatVersion::V2019].map(|edition| {
        let mut titles = HashMap::new();
        // Titles of this edition first, then those of the other where they name other places.
        for pass_own in [true, false] {
            for (pointer, title, of) in &found {
                if (*of == Some(edition) || of.is_none()) == pass_own {
                    titles
                        .entry(pointer.clone())
                        .or_insert_with(|| title.clone());
                }
            }
        }
        titles
    })
});

/// Walks the object properties of `node` (resolving `$ref`, descending into every branch of
/// `anyOf`/`oneOf`), noting under which edition of table 二 each title was found.
fn collect_titles(
    root: &Value,
    node: &Value,
    pointer: String,
    edition: Option<FormatVersion>,
    out: &mut Vec<(String, String, Option<FormatVersion>)>,
) {
    let node = resolve(root, node);
    for keyword in ["anyOf", "oneOf"] {
        if let Some(branches) = node.get(keyword).and_then(Value::as_array) {
            for (index, branch) in branches.iter().enumerate() {
                // Table 二's branches are its editions, in the order of the Rust enum.
                let branch_edition = match (pointer.as_str(), index) {
                    ("/proactive_disclosure", 0) => Some(FormatVersion::V2021),
                    ("/proactive_disclosure", _) => Some(FormatVersion::V2019),
                    _ => edition,
                };
                collect_titles(root, branch, pointer.clone(), branch_edition, out);
            }
        }
    }
    let Some(properties) = node.get("properties").and_then(Value::as_object) else {
        return;
    };
    for (name, property) in properties {
        let mut child = pointer.clone();
        crate::wire::push_token(&mut child, name);
        if let Some(title) = property.get("title").and_then(Value::as_str) {
            out.push((child.clone(), title.to_owned(), edition));
        }
        collect_titles(root, property, child, edition, out);
    }
}

/// The schema behind a `$ref`.
fn resolve<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
        let target = reference.strip_prefix('#').unwrap_or(reference);
        return root.pointer(target).unwrap_or(node);
    }
    node
}

/// The official label (schema title) of the field at `pointer` in a report whose table 二 is
/// of `edition`, if it has one.
pub(crate) fn title(edition: FormatVersion, pointer: &str) -> Option<&'static str> {
    TITLES[edition_number(edition)]
        .get(pointer)
        .map(String::as_str)
}

fn edition_number(edition: FormatVersion) -> usize {
    match edition {
        FormatVersion::V2019 => 1,
        _ => 0,
    }
}

/// The message name of every property of the schema, per edition of table 二, computed once.
static LABELS: LazyLock<[HashMap<&'static str, String>; 2]> = LazyLock::new(|| {
    [FormatVersion::V2021, FormatVersion::V2019].map(|edition| {
        TITLES[edition_number(edition)]
            .keys()
            .map(|pointer| (pointer.as_str(), label_from_titles(edition, pointer)))
            .collect()
    })
});

/// How a cell is named in messages: `表三「三、本年度办理结果 › （七）总计」×「自然人」`, with
/// the labels of the 2021 edition (see [`cell_label_in`] for a report of another edition).
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
    cell_label_in(FormatVersion::V2021, pointer)
}

/// How a cell of a report whose table 二 is of `edition` is named in messages: the same as
/// [`cell_label`], with that edition's labels where the editions differ.
///
/// ```
/// use ogi_report::FormatVersion;
/// use ogi_report::rules::cell_label_in;
/// let pointer = "/proactive_disclosure/normative_documents/new_made";
/// assert_eq!(cell_label_in(FormatVersion::V2019, pointer), "表二「规范性文件」×「本年新制作数量」");
/// ```
pub fn cell_label_in(edition: FormatVersion, pointer: &str) -> String {
    match LABELS[edition_number(edition)].get(pointer) {
        Some(label) => label.clone(),
        None => label_from_titles(edition, pointer),
    }
}

fn label_from_titles(edition: FormatVersion, pointer: &str) -> String {
    let Some((place, rest)) = place_and_titles(edition, pointer) else {
        return pointer.to_owned();
    };
    match rest.as_slice() {
        [] => place,
        [only] => format!("{place}「{only}」"),
        [rows @ .., column] => format!("{place}「{}」×「{column}」", rows.join(" › ")),
    }
}

/// The table or section of `pointer` (`表三`, `第六部分`, `「发布日期」`) and the titles of its
/// tokens below it. The groups of 行政诉讼 in table 四 get their parent (`行政诉讼 › 复议后起诉`),
/// which the template prints as a header above them.
pub(crate) fn place_and_titles(
    edition: FormatVersion,
    pointer: &str,
) -> Option<(String, Vec<String>)> {
    let parsed = jsonptr::Pointer::parse(pointer).ok()?;
    let mut titles: Vec<String> = Vec::new();
    let mut prefix = String::new();
    for token in parsed.tokens() {
        prefix.push('/');
        prefix.push_str(token.encoded());
        let decoded = token.decoded();
        if prefix.starts_with("/review_and_litigation/litigation_") && titles.len() == 1 {
            titles.push(crate::layout::LITIGATION.to_owned());
        }
        titles.push(title(edition, &prefix).map_or_else(|| decoded.into_owned(), str::to_owned));
    }
    if titles.is_empty() {
        return Some((String::new(), titles));
    }
    let section = titles.remove(0);
    let numeral = section.split_once('、').map(|(n, _)| n);
    let place = match numeral {
        Some(n @ ("二" | "三" | "四")) => format!("表{n}"),
        Some(n) => format!("第{n}部分"),
        None => format!("「{section}」"),
    };
    Some((place, titles))
}

/// How a sum of cells is named in messages, in Chinese and in English: one cell by its label;
/// the rows of one group as the group's row with the items summed
/// (`表三「三、本年度办理结果 › （三）不予公开」（1–8 项合计）×「总计」`); other cells joined by
/// ` + `.
pub(crate) fn sum_label<P: AsRef<str>>(edition: FormatVersion, pointers: &[P]) -> (String, String) {
    if let Some((zh, en)) = group_label(edition, pointers) {
        return (zh, en);
    }
    let joined = pointers
        .iter()
        .map(|pointer| cell_label_in(edition, pointer.as_ref()))
        .collect::<Vec<_>>()
        .join(" + ");
    (joined.clone(), joined)
}

/// The label of several rows of one group, in one column (`…/not_disclosed/{row}/total`).
fn group_label<P: AsRef<str>>(edition: FormatVersion, pointers: &[P]) -> Option<(String, String)> {
    let split = |pointer: &str| -> Option<(String, String)> {
        let (row, column) = pointer.rsplit_once('/')?;
        let (group, _) = row.rsplit_once('/')?;
        Some((group.to_owned(), column.to_owned()))
    };
    let (group, column) = split(pointers.first()?.as_ref())?;
    let same = pointers
        .iter()
        .all(|p| split(p.as_ref()).as_ref() == Some(&(group.clone(), column.clone())));
    if pointers.len() < 2 || !same {
        return None;
    }
    let (place, rows) = place_and_titles(edition, &group)?;
    if rows.is_empty() {
        return None; // rows of a table, not of one group
    }
    let column_title = title(edition, pointers[0].as_ref()).unwrap_or(column.as_str());
    let rows = rows.join(" › ");
    let n = pointers.len();
    Some((
        format!("{place}「{rows}」（1–{n} 项合计）×「{column_title}」"),
        format!("{place}「{rows}」(items 1–{n} summed)×「{column_title}」"),
    ))
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

    #[test]
    fn groups_of_litigation_are_named_with_their_parent() {
        assert_eq!(
            cell_label("/review_and_litigation/litigation_after_review/total"),
            "表四「行政诉讼 › 复议后起诉」×「总计」"
        );
    }

    #[test]
    fn sums_of_the_rows_of_a_group_are_named_as_the_group_row() {
        let rows = crate::rules::narrative::group_rows("not_disclosed");
        assert_eq!(
            sum_label(FormatVersion::V2021, &rows).0,
            "表三「三、本年度办理结果 › （三）不予公开」（1–8 项合计）×「总计」"
        );
    }
}
