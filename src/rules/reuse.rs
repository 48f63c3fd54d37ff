//! Text reused from last year's report: each text section's sentences, normalised (figures and
//! years reduced to `#`, punctuation and white space removed, the template's boilerplate left
//! out), compared with last year's sentences of any text section.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::template::{TEMPLATE, bare};
use super::thresholds::{COPIED_TEXT_MIN_SENTENCES, COPIED_TEXT_PERCENT, MIN_SENTENCE_CHARS};
use crate::{Report, TextPart};

/// How the text sections are cut into sentences and normalised before they are compared
/// (`text.copied`), as data (the rule's `parameters.sentences` in the catalogue).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Sentences {
    /// The text sections compared: every text in them (introduction, named and additional
    /// parts), against every text of last year's sections.
    pub sections: [&'static str; 3],
    /// The characters that end a sentence.
    pub ends: &'static str,
    /// The digits that start a figure; a run of them (with `figure_marks`) becomes `#`.
    pub figure_digits: &'static str,
    /// The characters that continue a figure (decimal point, percent sign).
    pub figure_marks: &'static str,
    /// The numerals of a year written in Chinese (`二〇二三年`) ...
    pub year_numerals: &'static str,
    /// ... at least this many of them ...
    pub year_min_numerals: usize,
    /// ... followed by this character: the numerals become `#`.
    pub year_suffix: char,
}

/// See [`Sentences`].
pub(crate) const SENTENCES: Sentences = Sentences {
    sections: ["/overview", "/problems_and_improvements", "/other_matters"],
    ends: "。！？；!?;\n",
    figure_digits: "0123456789０１２３４５６７８９",
    figure_marks: ".%％",
    year_numerals: "〇零一二三四五六七八九",
    year_min_numerals: 4,
    year_suffix: '年',
};

/// How much of one text section repeats last year's report.
///
/// ```
/// use ogi_report::{Agency, AgencyKind, Report, TextPart};
/// let agency = Agency::new("某局", AgencyKind::Department);
/// let mut last = Report::new(agency.clone(), 2023);
/// last.problems_and_improvements.problems = Some(TextPart::new(
///     "2023年政策解读形式较为单一。基层公开标准化规范化仍需加强。依申请公开答复质量有待提高。工作人员业务能力需进一步提升。",
/// ));
/// let mut this = Report::new(agency, 2024);
/// this.problems_and_improvements.problems = last.problems_and_improvements.problems.clone();
/// let reuse = this.copied_text(&last);
/// let five = reuse.iter().find(|r| r.pointer == "/problems_and_improvements").unwrap();
/// assert_eq!((five.sentences, five.repeated, five.percent), (4, 4, 100));
/// assert!(five.copied);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TextReuse {
    /// The section's JSON Pointer: `/overview`, `/problems_and_improvements`, `/other_matters`.
    pub pointer: String,
    /// The sentences compared (boilerplate and short sentences left out).
    pub sentences: usize,
    /// Those that repeat a sentence of last year's report.
    pub repeated: usize,
    /// `repeated` as a whole percentage of `sentences` (rounded down; 0 when none compared).
    pub percent: u32,
    /// Whether the share is above the threshold (`text.copied`): more than
    /// [`COPIED_TEXT_PERCENT`] percent, out of at least [`COPIED_TEXT_MIN_SENTENCES`].
    pub copied: bool,
}

/// The texts of `named` parts and `more` parts.
fn parts<'a>(named: Vec<Option<&'a TextPart>>, more: &'a [TextPart]) -> Vec<&'a str> {
    named
        .into_iter()
        .flatten()
        .chain(more)
        .map(|part| part.text.as_str())
        .collect()
}

/// The text sections compared, with their pointers.
fn sections(report: &Report) -> [(&'static str, Vec<&str>); 3] {
    let one = &report.overview;
    let five = &report.problems_and_improvements;
    let six = &report.other_matters;
    let mut overview: Vec<&str> = one.introduction.as_deref().into_iter().collect();
    overview.extend(one.parts().map(|part| part.text.as_str()));
    let mut problems: Vec<&str> = five.introduction.as_deref().into_iter().collect();
    problems.extend(parts(
        vec![five.problems.as_ref(), five.improvements.as_ref()],
        &five.additional_parts,
    ));
    let mut other: Vec<&str> = six.introduction.as_deref().into_iter().collect();
    other.extend(parts(
        vec![
            six.fee_statement.as_ref(),
            six.key_points_implementation.as_ref(),
            six.deputies_and_cppcc_proposals.as_ref(),
            six.innovation.as_ref(),
        ],
        &six.additional_parts,
    ));
    let [one, five, six] = SENTENCES.sections;
    [(one, overview), (five, problems), (six, other)]
}

/// The sentences of `text` worth comparing, normalised.
pub(crate) fn sentences(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c| SENTENCES.ends.contains(c))
        .map(normalise)
        .filter(|s| s.chars().count() >= MIN_SENTENCE_CHARS)
}

/// A sentence without white space and punctuation, each run of digits (and the decimal point
/// or percent sign within it) and each year written in Chinese numerals (`二〇二三`) as `#`,
/// and the template's boilerplate phrases removed.
pub(crate) fn normalise(sentence: &str) -> String {
    let mut text = bare(sentence);
    for phrase in TEMPLATE.boilerplate {
        if text.contains(phrase) {
            text = text.replace(phrase, "");
        }
    }
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let figure = |c: char| SENTENCES.figure_digits.contains(c);
        let numeral = |c: char| SENTENCES.year_numerals.contains(c);
        if figure(chars[i]) {
            while i < chars.len() && (figure(chars[i]) || SENTENCES.figure_marks.contains(chars[i]))
            {
                i += 1;
            }
            out.push('#');
            continue;
        }
        let run = chars[i..].iter().take_while(|c| numeral(**c)).count();
        if run >= SENTENCES.year_min_numerals && chars.get(i + run) == Some(&SENTENCES.year_suffix)
        {
            out.push('#');
            i += run;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// See [`Report::copied_text`].
pub(crate) fn copied_text(report: &Report, previous: &Report) -> Vec<TextReuse> {
    let last_year: HashSet<String> = sections(previous)
        .into_iter()
        .flat_map(|(_, texts)| texts)
        .flat_map(sentences)
        .collect();
    sections(report)
        .into_iter()
        .map(|(pointer, texts)| {
            let mut seen = HashSet::new();
            let (mut compared, mut repeated) = (0, 0);
            for sentence in texts.into_iter().flat_map(sentences) {
                if !seen.insert(sentence.clone()) {
                    continue;
                }
                compared += 1;
                repeated += usize::from(last_year.contains(&sentence));
            }
            let percent = (repeated * 100)
                .checked_div(compared)
                .map_or(0, |p| u32::try_from(p).unwrap_or(100));
            TextReuse {
                pointer: pointer.to_owned(),
                sentences: compared,
                repeated,
                percent,
                copied: compared >= COPIED_TEXT_MIN_SENTENCES
                    && repeated * 100 > compared * COPIED_TEXT_PERCENT as usize,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn figures_and_years_are_normalised() {
        assert_eq!(
            normalise("2023年共收到申请18件，办结率100%。"),
            normalise("2024 年共收到申请 7 件，办结率 96.5%。")
        );
        assert_eq!(normalise("二〇二三年工作"), "#年工作");
        assert_eq!(normalise("（一）主动公开。"), "一");
    }
}
