//! What the template itself prescribes, as data: the official headings of the six sections
//! and of the named parts, the words of a bare "nothing", and the boilerplate every report
//! repeats. Taken from the 2021 format (国办公开办函〔2021〕30号) as the spec records it;
//! exported in the catalogue (`schema/rules.json`, `template`) for frontends.

use std::sync::LazyLock;

use serde::Serialize;

/// The official headings and boilerplate of the template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Template {
    /// The six section headings, in order (一 … 六).
    pub section_headings: [&'static str; 6],
    /// The JSON Pointer of each section in a report, in the same order.
    pub section_pointers: [&'static str; 6],
    /// The five parts of section 一, in order, without their numbering.
    pub overview_parts: [&'static str; 5],
    /// The two parts section 五 must report (Art. 50: problems, then improvements).
    pub problems_parts: [&'static str; 2],
    /// A text that, stripped of punctuation and white space, is one of these says nothing.
    pub empty_words: &'static [&'static str],
    /// Phrases the template prescribes (headings, part names, the fee report's wording): a
    /// sentence that is only these (and figures) is boilerplate, never counted as copied.
    pub boilerplate: &'static [&'static str],
}

/// The template of the 2021 format (the 2019 trial format has the same sections and parts).
pub const TEMPLATE: Template = Template {
    section_headings: [
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ],
    section_pointers: [
        "/overview",
        "/proactive_disclosure",
        "/applications",
        "/review_and_litigation",
        "/problems_and_improvements",
        "/other_matters",
    ],
    overview_parts: [
        "主动公开",
        "依申请公开",
        "政府信息管理",
        "政府信息公开平台建设",
        "监督保障",
    ],
    problems_parts: ["存在的主要问题", "改进情况"],
    empty_words: &[
        "无",
        "暂无",
        "没有",
        "无其他需要报告的事项",
        "本年度无",
        "不涉及",
    ],
    boilerplate: &[
        "总体情况",
        "主动公开政府信息情况",
        "收到和处理政府信息公开申请情况",
        "政府信息公开行政复议、行政诉讼情况",
        "存在的主要问题及改进情况",
        "其他需要报告的事项",
        "主动公开",
        "依申请公开",
        "政府信息管理",
        "政府信息公开平台建设",
        "监督保障",
        "存在的主要问题",
        "改进情况",
        "工作考核、社会评议和责任追究结果",
        "发出收费通知的件数和总金额以及实际收取的总金额",
        "上级政务公开工作要点落实情况",
        "人大代表建议和政协提案办理",
        "工作创新",
        "政府信息公开工作年度报告",
        "中华人民共和国政府信息公开条例",
        "政府信息公开信息处理费管理办法",
    ],
};

/// The pointers of the parts `text.required_content` asks for (the rule's
/// `parameters.required_parts` in the catalogue).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RequiredParts {
    /// The five parts of section 一, in the order of [`Template::overview_parts`].
    pub overview: [&'static str; 5],
    /// The two parts of section 五, in the order of [`Template::problems_parts`].
    pub problems: [&'static str; 2],
}

/// See [`RequiredParts`].
pub(crate) const REQUIRED_PARTS: RequiredParts = RequiredParts {
    overview: [
        "/overview/proactive_disclosure",
        "/overview/disclosure_on_request",
        "/overview/information_management",
        "/overview/platform_development",
        "/overview/oversight_and_safeguards",
    ],
    problems: [
        "/problems_and_improvements/problems",
        "/problems_and_improvements/improvements",
    ],
};

/// The numeral of section `index` (0 for 一): the first character of its official heading.
pub(crate) fn numeral(index: usize) -> Option<char> {
    TEMPLATE.section_headings.get(index)?.chars().next()
}

/// `text` without white space and punctuation (what headings and words are compared on).
pub(crate) fn bare(text: &str) -> String {
    bare_chars(text).collect()
}

/// The characters of [`bare`]`(text)`, without building it.
pub(crate) fn bare_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    // CJK first: most characters of a report are, and `is_alphanumeric` looks the others up
    // in Unicode's tables (the common CJK punctuation is told apart before).
    text.chars()
        .filter(|c| is_cjk(*c) || (!is_cjk_punctuation(*c) && c.is_alphanumeric()))
}

/// Common CJK punctuation (、。〃, brackets 〈 to 】, full-width ！ to ／ and ： to ＠): none of
/// it is alphanumeric.
fn is_cjk_punctuation(c: char) -> bool {
    matches!(c, '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{ff01}'..='\u{ff0f}' | '\u{ff1a}'..='\u{ff20}')
}

/// Whether `printed` is `official` (one of the [`Template::section_headings`]) once both are
/// [`bare`].
pub(crate) fn is_official_heading(printed: &str, section: usize) -> bool {
    static BARE: LazyLock<[String; 6]> = LazyLock::new(|| TEMPLATE.section_headings.map(bare));
    BARE.get(section)
        .is_some_and(|official| bare_chars(printed).eq(official.chars()))
}

/// Whether `c` is a CJK ideograph (kept by [`bare`] even where `is_alphanumeric` would be).
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3007}' | '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}

/// Whether `text` says nothing: empty, or only one of the [`Template::empty_words`].
pub(crate) fn says_nothing(text: &str) -> bool {
    let bare = bare(text);
    bare.is_empty() || TEMPLATE.empty_words.iter().any(|w| bare == *w)
}

/// The section (0 for 一 … 5 for 六) a printed heading names by its numeral, if any.
pub(crate) fn section_of(heading: &str) -> Option<usize> {
    let first = heading.trim_start().chars().next()?;
    (0..TEMPLATE.section_headings.len()).position(|i| numeral(i) == Some(first))
}

/// The section (0 for 一 … 5 for 六) a printed heading is: by its numeral, or else by the
/// official title it contains (a heading printed without its numeral).
pub(crate) fn identify(heading: &str) -> Option<usize> {
    section_of(heading).or_else(|| {
        let bare = bare(heading);
        TEMPLATE.section_headings.iter().position(|official| {
            let title: String = self::bare(official).chars().skip(1).collect();
            bare.contains(&title)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Agency, AgencyKind, Report, TextPart};

    /// The exported pointers name the parts the check reads (the serde names of the fields).
    #[test]
    fn required_parts_point_at_the_parts() {
        let mut report = Report::new(Agency::new("某局", AgencyKind::Department), 2024);
        let one = &mut report.overview;
        for part in [
            &mut one.proactive_disclosure,
            &mut one.disclosure_on_request,
            &mut one.information_management,
            &mut one.platform_development,
            &mut one.oversight_and_safeguards,
        ] {
            *part = Some(TextPart::new("有内容。"));
        }
        let five = &mut report.problems_and_improvements;
        five.problems = Some(TextPart::new("有问题。"));
        five.improvements = Some(TextPart::new("有改进。"));
        let json = serde_json::to_value(&report).expect("serializes");
        let pointers = REQUIRED_PARTS
            .overview
            .iter()
            .chain(&REQUIRED_PARTS.problems);
        for pointer in pointers {
            assert!(
                json.pointer(&format!("{pointer}/text")).is_some(),
                "{pointer}"
            );
        }
    }

    #[test]
    fn cjk_punctuation_is_not_alphanumeric() {
        let ranges = [
            '\u{3001}'..='\u{3003}',
            '\u{3008}'..='\u{3011}',
            '\u{ff01}'..='\u{ff0f}',
            '\u{ff1a}'..='\u{ff20}',
        ];
        for c in ranges.into_iter().flatten() {
            assert!(is_cjk_punctuation(c) && !c.is_alphanumeric(), "{c}");
        }
        assert_eq!(bare("一、总体 情况（概述）"), "一总体情况概述");
        assert!(is_official_heading("二、 主动公开政府信息情况。", 1));
        assert!(!is_official_heading("二、主动公开情况", 1));
    }
}
