//! What `ogi-report validate` does for supervising offices: a region's report against its
//! children's (`--children`), the content a published report must have (`--content`), the key
//! figures and rates (`--summary`), and issues already acknowledged in an earlier run
//! (`--baseline`), listed apart and not failing the exit code.
//!
//! A baseline is the JSON Lines output of an earlier `validate --format json` run. An issue is
//! known when the baseline's line for the same file (as named on the command line, and the same
//! line with `--ndjson`) has an issue with the same fingerprint (rule + cells + figures, never
//! the message); as many issues are known as the baseline has with that fingerprint.

use std::collections::HashMap;
use std::io::{self, BufRead, Write};
use std::path::Path;

use anstyle::Style;
use ogi_report::Report;
use ogi_report::rules::{Issue, TextReuse};
use ogi_report::summary::{Rate, Summary};
use serde::Serialize;

use crate::validate::{LoadError, display_name, load};
use crate::{Lang, ValidateArgs};

/// The style of captions.
const DIM: Style = Style::new().dimmed();

/// The acknowledged issues of an earlier run: per file (and line), fingerprints with counts.
#[derive(Debug, Default)]
pub(crate) struct Baseline {
    known: HashMap<(String, Option<usize>), HashMap<String, usize>>,
}

impl Baseline {
    /// Reads the JSON Lines of an earlier `validate --format json` run. Lines without issues
    /// (files that could not be read) are skipped; an issue written before fingerprints existed
    /// gets its fingerprint computed from its rule, cells and figures.
    pub(crate) fn load(path: &Path) -> Result<Baseline, String> {
        let file = std::fs::File::open(path).map_err(|err| format!("cannot read: {err}"))?;
        let mut baseline = Baseline::default();
        for (index, line) in io::BufReader::new(file).lines().enumerate() {
            let line = line.map_err(|err| format!("cannot read: {err}"))?;
            if line.trim().is_empty() {
                continue;
            }
            let number = index + 1;
            let entry: BaselineLine = serde_json::from_str(&line).map_err(|err| {
                format!("line {number}: not a line of `validate --format json` output: {err}")
            })?;
            let Some(issues) = entry.issues else {
                continue;
            };
            let prints = baseline.known.entry((entry.file, entry.line)).or_default();
            for issue in issues.iter().chain(entry.known.iter().flatten()) {
                *prints.entry(fingerprint(issue)).or_default() += 1;
            }
        }
        Ok(baseline)
    }

    /// `issues` split into those not in the baseline and those known, in their order.
    pub(crate) fn split(
        &self,
        path: &Path,
        line: Option<usize>,
        issues: Vec<Issue>,
    ) -> (Vec<Issue>, Vec<Issue>) {
        let key = (path.to_string_lossy().into_owned(), line);
        let Some(prints) = self.known.get(&key) else {
            return (issues, Vec::new());
        };
        let mut left = prints.clone();
        issues.into_iter().partition(|issue| {
            match left.get_mut(&fingerprint(issue)).filter(|n| **n > 0) {
                Some(n) => {
                    *n -= 1;
                    false
                }
                None => true,
            }
        })
    }
}

/// An issue's fingerprint, computed when it has none (an issue read from older output).
fn fingerprint(issue: &Issue) -> String {
    if !issue.fingerprint.is_empty() {
        return issue.fingerprint.clone();
    }
    let figures = issue.expected.zip(issue.actual);
    Issue::fingerprint_of(issue.rule, &issue.paths, &issue.previous_paths, figures)
}

/// The members of a line of JSON output a baseline reads.
#[derive(serde::Deserialize)]
struct BaselineLine {
    file: String,
    #[serde(default)]
    line: Option<usize>,
    #[serde(default)]
    issues: Option<Vec<Issue>>,
    #[serde(default)]
    known: Option<Vec<Issue>>,
}

/// What the options for offices need, read once before the files are checked.
#[derive(Debug, Default)]
pub(crate) struct Offices {
    /// The children's reports (`--children`).
    pub(crate) children: Vec<Report>,
    /// The acknowledged issues (`--baseline`).
    pub(crate) baseline: Baseline,
}

impl Offices {
    /// Reads the children and the baseline; `Err` names what could not be read (the run then
    /// stops with exit code 2: checking a region without one of its children would mislead).
    pub(crate) fn load(args: &ValidateArgs) -> Result<Offices, String> {
        let mut offices = Offices::default();
        for path in &args.children {
            let report = load(path)
                .map_err(|err: LoadError| format!("{} (--children): {err}", display_name(path)))?;
            offices.children.push(report);
        }
        if let Some(path) = &args.baseline {
            offices.baseline = Baseline::load(path)
                .map_err(|err| format!("{} (--baseline): {err}", display_name(path)))?;
        }
        Ok(offices)
    }

    /// The issues of the options for offices: content, then the region.
    pub(crate) fn issues(&self, report: &Report, args: &ValidateArgs) -> Vec<Issue> {
        let mut issues = Vec::new();
        if args.content {
            issues.extend(report.check_content());
        }
        if !args.children.is_empty() {
            issues.extend(report.check_region(&self.children));
        }
        issues
    }
}

/// The summary of one report in JSON output: the key figures and rates, and with `--previous`
/// how much of each text section repeats last year's.
#[derive(Debug, Serialize)]
pub(crate) struct SummaryJson {
    #[serde(flatten)]
    summary: Summary,
    #[serde(skip_serializing_if = "Option::is_none")]
    copied_text: Option<Vec<TextReuse>>,
}

impl SummaryJson {
    /// The summary of `report`, compared with `previous` when given.
    pub(crate) fn of(report: &Report, previous: Option<&Report>) -> SummaryJson {
        SummaryJson {
            summary: report.summary(),
            copied_text: previous.map(|previous| report.copied_text(previous)),
        }
    }

    /// Writes the summary for people, indented under the file's issues.
    pub(crate) fn write_human(&self, out: &mut dyn Write, lang: Lang) -> io::Result<()> {
        let s = &self.summary;
        let (open, close) = match lang {
            Lang::Zh => ("（", "）"),
            Lang::En => (" (", ")"),
        };
        let rate = |r: &Rate| match r.percent {
            Some(p) => format!("{p:.1}%{open}{}/{}{close}", r.numerator, r.denominator),
            None => format!("—{open}{}/{}{close}", r.numerator, r.denominator),
        };
        let (caption, line) = match lang {
            Lang::Zh => (
                "概要：",
                format!(
                    "新收申请 {} 件，办理 {} 件；公开率 {}，不予公开率 {}，纠错率 {}；行政复议 {} 件，行政诉讼 {} 件",
                    s.applications_received,
                    s.applications_handled,
                    rate(&s.disclosure_rate),
                    rate(&s.refusal_rate),
                    rate(&s.correction_rate),
                    s.administrative_reviews,
                    s.lawsuits
                ),
            ),
            Lang::En => (
                "summary: ",
                format!(
                    "{} applications received, {} handled; disclosure rate {}, refusal rate {}, correction rate {}; administrative reviews {}, lawsuits {}",
                    s.applications_received,
                    s.applications_handled,
                    rate(&s.disclosure_rate),
                    rate(&s.refusal_rate),
                    rate(&s.correction_rate),
                    s.administrative_reviews,
                    s.lawsuits
                ),
            ),
        };
        writeln!(out, "    {DIM}{caption}{DIM:#}{line}")?;
        let Some(reuse) = &self.copied_text else {
            return Ok(());
        };
        let (caption, separator) = match lang {
            Lang::Zh => ("与上年相同的句子：", "，"),
            Lang::En => ("sentences as last year: ", ", "),
        };
        let parts: Vec<String> = reuse
            .iter()
            .zip(["一", "五", "六"])
            .map(|(r, name)| {
                let (n, of, percent) = (r.repeated, r.sentences, r.percent);
                format!("{name} {percent}%{open}{n}/{of}{close}")
            })
            .collect();
        writeln!(out, "    {DIM}{caption}{DIM:#}{}", parts.join(separator))
    }
}

/// Writes the issues of one file found in the baseline, one line each, after its new issues.
pub(crate) fn write_known(
    out: &mut dyn Write,
    name: &str,
    known: &[Issue],
    lang: Lang,
) -> io::Result<()> {
    if known.is_empty() {
        return Ok(());
    }
    let caption = match lang {
        Lang::Zh => format!(
            "{name}: 已知问题（基线中已有，不影响退出码）{} 个：",
            known.len()
        ),
        Lang::En => format!(
            "{name}: {} known issue(s) (in the baseline; not failing the exit code):",
            known.len()
        ),
    };
    writeln!(out, "{DIM}{caption}{DIM:#}")?;
    for issue in known {
        let message = match lang {
            Lang::Zh => &issue.message_zh,
            Lang::En => &issue.message_en,
        };
        let severity = match (lang, issue.is_error()) {
            (Lang::Zh, true) => "错误",
            (Lang::Zh, false) => "警告",
            (Lang::En, true) => "error",
            (Lang::En, false) => "warning",
        };
        writeln!(
            out,
            "    {severity} {} [{}] {message}",
            issue.rule, issue.fingerprint
        )?;
    }
    Ok(())
}
