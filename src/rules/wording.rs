//! The messages of the linear rules: each side named by its cells, with each cell's value when
//! a side has several, the year each comes from across years, and warnings worded as warnings.

use super::Severity;
use super::catalogue::{Relation, Rule};

/// A side is named by its cells up to this many; longer sides by their number of parts.
const MAX_NAMED: usize = 4;

/// A cell of a linear rule as its message names it.
#[derive(Debug, Clone)]
pub(crate) struct Label {
    /// Its official label.
    pub(crate) text: String,
    /// Whether it is subtracted.
    pub(crate) negative: bool,
    /// Whether it is in last year's report.
    pub(crate) previous: bool,
}

/// The figures of a broken instance of a linear rule.
#[derive(Debug, Clone)]
pub(crate) struct Figures {
    /// The sum of the left side.
    pub(crate) left: i64,
    /// The sum of the right side.
    pub(crate) right: i64,
    /// The value of each cell of the left side (before its sign).
    pub(crate) left_cells: Vec<i64>,
    /// The value of each cell of the right side.
    pub(crate) right_cells: Vec<i64>,
    /// This year and last year, across years.
    pub(crate) years: Option<(u16, u16)>,
}

/// The Chinese and English messages of a broken instance of `rule`.
pub(crate) fn message(
    rule: &Rule,
    relation: Relation,
    [left, right]: [&[Label]; 2],
    figures: &Figures,
) -> (String, String) {
    let (left_zh, left_en) = side(left, &figures.left_cells, figures.left, figures.years);
    let (right_zh, right_en) = side(right, &figures.right_cells, figures.right, figures.years);
    let (relation_zh, relation_en) = relation_words(relation, rule.severity);
    (
        format!("{}：{left_zh}；{right_zh}；{relation_zh}。", rule.title_zh),
        format!("{}: {left_en}; {right_en}; {relation_en}.", rule.title_en),
    )
}

/// What must hold, as an error's requirement or a warning's request to check.
fn relation_words(relation: Relation, severity: Severity) -> (&'static str, &'static str) {
    match (relation, severity) {
        (Relation::Eq, Severity::Error) => ("二者应相等", "they must be equal"),
        (Relation::Le, Severity::Error) => {
            ("前者不应大于后者", "the first must not exceed the second")
        }
        (Relation::Eq, _) => ("二者通常应相等，请核实", "they usually agree; please check"),
        (Relation::Le, _) => (
            "前者通常不大于后者，请核实",
            "the first usually does not exceed the second; please check",
        ),
    }
}

/// One side: `A 为 3` for one cell, `A（2023 年）3 + B（2024 年）2，合计 5` for several.
fn side(labels: &[Label], values: &[i64], sum: i64, years: Option<(u16, u16)>) -> (String, String) {
    if labels.len() > MAX_NAMED {
        return (
            format!("其各项（共 {} 项）之和为 {sum}", labels.len()),
            format!("the sum of its {} parts is {sum}", labels.len()),
        );
    }
    let year_of = |label: &Label| {
        years.map(|(current, previous)| if label.previous { previous } else { current })
    };
    if let ([label], [_]) = (labels, values) {
        let (zh_year, en_year) = match year_of(label) {
            Some(year) => (format!("（{year} 年）"), format!(" ({year})")),
            None => (String::new(), String::new()),
        };
        let sign = if label.negative { "−" } else { "" };
        return (
            format!("{sign}{}{zh_year}为 {sum}", label.text),
            format!("{sign}{}{en_year} is {sum}", label.text),
        );
    }
    let mut zh = String::new();
    let mut en = String::new();
    for (i, (label, value)) in labels.iter().zip(values).enumerate() {
        let sign = match (i, label.negative) {
            (0, false) => "",
            (0, true) => "−",
            (_, false) => " + ",
            (_, true) => " − ",
        };
        let (zh_year, en_year) = match year_of(label) {
            Some(year) => (format!("（{year} 年）"), format!(" ({year})")),
            None => (String::new(), String::new()),
        };
        zh.push_str(&format!("{sign}{}{zh_year} {value}", label.text));
        en.push_str(&format!("{sign}{}{en_year} {value}", label.text));
    }
    (format!("{zh}，合计 {sum}"), format!("{en}, in all {sum}"))
}
