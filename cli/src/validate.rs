//! `ogi-report validate`: read reports, run the checks, write the issues.
//!
//! Human output: per issue a line `FILE: SEVERITY RULE expected E, actual A`, then, indented,
//! the cells by their official labels, the words of the report a narrative issue read, and the
//! message; a summary line at the end. With `--lang zh` (the default) every word of it is
//! Chinese (`错误 applications.balance 应为 23，实为 22`, `单元格：`), with `--lang en` English.
//!
//! JSON output: one object per file per line, `{"file", "valid", "issues"}`, or
//! `{"file", "valid": false, "error"}` for a file that cannot be read or parsed.
//!
//! Reading and parsing errors also go to standard error, as `ogi-report: FILE: PATH: message`.

use std::io::{self, Read, Write};
use std::path::Path;

use anstyle::{AnsiColor, Style};
use ogi_report::rules::{Issue, Quantity, Severity, cell_label};
use ogi_report::{ParseError, ParseErrorKind, Report};
use serde::Serialize;

use crate::{Format, Lang, Outcome, ValidateArgs, warn};

/// The style of a file name in human output.
const FILE: Style = Style::new().bold();
/// The style of `error`.
const ERROR: Style = AnsiColor::Red.on_default().bold();
/// The style of `warning`.
const WARNING: Style = AnsiColor::Yellow.on_default().bold();
/// The style of a rule id.
const RULE: Style = AnsiColor::Cyan.on_default();
/// The style of the `cells:` and `last year:` captions.
const DIM: Style = Style::new().dimmed();
/// The style of `no issues`.
const GOOD: Style = AnsiColor::Green.on_default();

/// Runs `ogi-report validate`; `Err` only when output cannot be written.
pub(crate) fn run(args: &ValidateArgs) -> io::Result<Outcome> {
    let mut out: Box<dyn Write> = match args.format {
        // anstream drops the colours unless stdout is a terminal and NO_COLOR is unset.
        Format::Human => Box::new(anstream::stdout().lock()),
        Format::Json => Box::new(io::stdout().lock()),
    };
    let mut outcome = Outcome::Valid;
    let mut tally = Tally::default();

    let previous = match &args.previous {
        None => None,
        Some(path) => match load(path) {
            Ok(report) => Some(report),
            Err(err) => {
                let name = display_name(path);
                warn(format_args!("{name} (--previous): {err}"));
                if args.format == Format::Json {
                    write_json_line(&mut out, &FileResult::failed(path, None, &err))?;
                }
                outcome = Outcome::Unusable;
                None
            }
        },
    };

    let offices = match crate::offices::Offices::load(args) {
        Ok(offices) => offices,
        Err(err) => {
            warn(format_args!("{err}"));
            return Ok(Outcome::Unusable);
        }
    };

    for path in &args.files {
        if args.ndjson {
            let batch = crate::batch::run(&mut out, path, previous.as_ref(), args, &mut tally)?;
            outcome = outcome.max(batch);
            continue;
        }
        let report = match load(path) {
            Ok(report) => report,
            Err(err) => {
                warn(format_args!("{}: {err}", display_name(path)));
                if args.format == Format::Json {
                    write_json_line(&mut out, &FileResult::failed(path, None, &err))?;
                }
                tally.unreadable += 1;
                outcome = outcome.max(Outcome::Unusable);
                continue;
            }
        };
        let mut issues = report.check();
        if let Some(previous) = &previous {
            issues.extend(report.check_against_previous(previous));
        }
        issues.extend(offices.issues(&report, args));
        let (issues, known) = offices.baseline.split(path, None, issues);
        let errors = issues.iter().filter(|issue| issue.is_error()).count();
        tally.add(errors, issues.len() - errors);
        tally.known += known.len();
        if errors > 0 {
            outcome = outcome.max(Outcome::Errors);
        }
        let summary = args
            .summary
            .then(|| crate::offices::SummaryJson::of(&report, previous.as_ref()));
        match args.format {
            Format::Human => {
                let name = display_name(path);
                write_human(&mut out, &name, &issues, args.lang)?;
                crate::offices::write_known(&mut out, &name, &known, args.lang)?;
                if let Some(summary) = &summary {
                    summary.write_human(&mut out, args.lang)?;
                }
            }
            Format::Json => {
                let mut result = FileResult::checked(path, None, &issues);
                if args.baseline.is_some() {
                    result.known = Some(&known);
                }
                result.summary = summary;
                write_json_line(&mut out, &result)?
            }
        }
    }

    if args.format == Format::Human {
        writeln!(out, "{}", tally.summary(args.lang))?;
    }
    out.flush()?;
    Ok(outcome)
}

/// Why an input is not a report.
#[derive(Debug)]
pub(crate) enum LoadError {
    /// The file (or standard input) cannot be read.
    Read(io::Error),
    /// The bytes are not a report.
    Parse(ParseError),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Read(err) => write!(f, "cannot read: {err}"),
            // Syntax errors have no path and a terse serde message: say what they are about.
            LoadError::Parse(err) if err.kind() == ParseErrorKind::Syntax => {
                write!(f, "not valid JSON: {err}")
            }
            // "dotted.path: message", as the library writes it.
            LoadError::Parse(err) => err.fmt(f),
        }
    }
}

/// Whether `path` stands for standard input.
pub(crate) fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// How a file is named in human output and on standard error.
pub(crate) fn display_name(path: &Path) -> String {
    if is_stdin(path) {
        "<stdin>".to_owned()
    } else {
        path.display().to_string()
    }
}

/// Reads and parses one report (`-`: standard input).
pub(crate) fn load(path: &Path) -> Result<Report, LoadError> {
    let bytes = if is_stdin(path) {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(LoadError::Read)?;
        bytes
    } else {
        std::fs::read(path).map_err(LoadError::Read)?
    };
    Report::from_json_slice(&bytes).map_err(LoadError::Parse)
}

/// Issues and files counted for the summary line.
#[derive(Debug, Default)]
pub(crate) struct Tally {
    /// Files read, with no error.
    valid: usize,
    /// Files read, with at least one error.
    with_errors: usize,
    /// Files that could not be read or parsed.
    pub(crate) unreadable: usize,
    /// Errors in all files.
    errors: usize,
    /// Warnings in all files.
    warnings: usize,
    /// Issues found in the baseline (`--baseline`), in all files.
    pub(crate) known: usize,
}

impl Tally {
    /// Counts one checked file.
    pub(crate) fn add(&mut self, errors: usize, warnings: usize) {
        if errors > 0 {
            self.with_errors += 1;
        } else {
            self.valid += 1;
        }
        self.errors += errors;
        self.warnings += warnings;
    }

    /// `2 reports: 1 valid, 1 with errors (3 errors, 1 warning)`, or in Chinese
    /// `共 2 份报告：1 份无错误，1 份有错误（3 个错误，1 个警告）`.
    pub(crate) fn summary(&self, lang: Lang) -> String {
        let files = self.valid + self.with_errors + self.unreadable;
        if lang == Lang::Zh {
            let mut line = format!(
                "共 {files} 份报告：{} 份无错误，{} 份有错误",
                self.valid, self.with_errors
            );
            if self.unreadable > 0 {
                line.push_str(&format!("，{} 份无法读取", self.unreadable));
            }
            line.push_str(&format!(
                "（{} 个错误，{} 个警告）",
                self.errors, self.warnings
            ));
            if self.known > 0 {
                line.push_str(&format!("；另有 {} 个已知问题", self.known));
            }
            return line;
        }
        let mut line = format!(
            "{}: {} valid, {} with errors",
            plural(files, "report"),
            self.valid,
            self.with_errors
        );
        if self.unreadable > 0 {
            line.push_str(&format!(", {} unreadable", self.unreadable));
        }
        line.push_str(&format!(
            " ({}, {})",
            plural(self.errors, "error"),
            plural(self.warnings, "warning")
        ));
        if self.known > 0 {
            line.push_str(&format!("; {} known", plural(self.known, "issue")));
        }
        line
    }
}

/// `1 error`, `2 errors`.
fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Writes one file's issues for people.
pub(crate) fn write_human(
    out: &mut dyn Write,
    name: &str,
    issues: &[Issue],
    lang: Lang,
) -> io::Result<()> {
    let words = Words::of(lang);
    if issues.is_empty() {
        let none = words.no_issues;
        return writeln!(out, "{FILE}{name}{FILE:#}: {GOOD}{none}{GOOD:#}");
    }
    for issue in issues {
        let (style, severity) = match issue.severity {
            Severity::Error => (ERROR, words.error),
            _ => (WARNING, words.warning),
        };
        write!(
            out,
            "{FILE}{name}{FILE:#}: {style}{severity}{style:#} {RULE}{}{RULE:#}",
            issue.rule
        )?;
        if let (Some(expected), Some(actual)) = (&issue.expected, &issue.actual) {
            write!(out, " {}", (words.expected_actual)(expected, actual))?;
        }
        writeln!(out)?;
        if !issue.paths.is_empty() {
            let caption = words.cells;
            writeln!(
                out,
                "    {DIM}{caption}{DIM:#}{}",
                cells_label(&issue.paths)
            )?;
        }
        if !issue.previous_paths.is_empty() {
            let caption = words.last_year;
            let cells = cells_label(&issue.previous_paths);
            writeln!(out, "    {DIM}{caption}{DIM:#}{cells}")?;
        }
        if let (Some(quote), Some(offset), Some(text)) =
            (&issue.quote, issue.offset, issue.paths.first())
        {
            let caption = words.text;
            let place = (words.place)(text, offset);
            writeln!(out, "    {DIM}{caption}{DIM:#}“{quote}”{place}")?;
        }
        let message = match lang {
            Lang::Zh => &issue.message_zh,
            Lang::En => &issue.message_en,
        };
        writeln!(out, "    {message}")?;
    }
    Ok(())
}

/// The framing words of human output, in one language.
struct Words {
    no_issues: &'static str,
    error: &'static str,
    warning: &'static str,
    expected_actual: fn(&Quantity, &Quantity) -> String,
    cells: &'static str,
    last_year: &'static str,
    text: &'static str,
    place: fn(&str, usize) -> String,
}

impl Words {
    fn of(lang: Lang) -> Words {
        match lang {
            Lang::Zh => Words {
                no_issues: "无问题",
                error: "错误",
                warning: "警告",
                expected_actual: |expected, actual| format!("应为 {expected}，实为 {actual}"),
                cells: "单元格：",
                last_year: "上年报告：",
                text: "文字：",
                place: |pointer, offset| format!("（{pointer} 第 {offset} 字起）"),
            },
            Lang::En => Words {
                no_issues: "no issues",
                error: "error",
                warning: "warning",
                expected_actual: |expected, actual| format!("expected {expected}, actual {actual}"),
                cells: "cells: ",
                last_year: "last year: ",
                text: "text: ",
                place: |pointer, offset| format!(" ({pointer}, from character {offset})"),
            },
        }
    }
}

/// The official labels of the cells at `pointers`, shortened when they share a table and a
/// column (`表三「一、…」「二、…」×「自然人」`) or a table and a row
/// (`表三「一、…」×「自然人」「商业企业」`).
fn cells_label(pointers: &[String]) -> String {
    let labels: Vec<String> = pointers.iter().map(|pointer| cell_label(pointer)).collect();
    merge_labels(&labels)
}

/// Merges cell labels that differ only in their rows or only in their columns; otherwise
/// joins them with `、`.
fn merge_labels(labels: &[String]) -> String {
    /// `表三「rows」×「column」` as (`表三`, `「rows」`, `「column」`).
    fn split(label: &str) -> Option<(&str, &str, &str)> {
        let rows = label.find('「')?;
        let times = label.rfind("×「")?;
        (rows < times).then(|| {
            (
                &label[..rows],
                &label[rows..times],
                &label[times + '×'.len_utf8()..],
            )
        })
    }
    /// The distinct items, in order of first appearance.
    fn distinct<'a>(items: impl Iterator<Item = &'a str>) -> String {
        let mut seen: Vec<&str> = Vec::new();
        for item in items {
            if !seen.contains(&item) {
                seen.push(item);
            }
        }
        seen.concat()
    }
    let parts: Option<Vec<_>> = labels.iter().map(|label| split(label)).collect();
    if let Some(parts) = parts.filter(|parts| parts.len() > 1) {
        let (place, rows, column) = parts[0];
        if parts.iter().all(|(p, _, c)| *p == place && *c == column) {
            let rows = distinct(parts.iter().map(|(_, r, _)| *r));
            return format!("{place}{rows}×{column}");
        }
        if parts.iter().all(|(p, r, _)| *p == place && *r == rows) {
            let columns = distinct(parts.iter().map(|(_, _, c)| *c));
            return format!("{place}{rows}×{columns}");
        }
    }
    let mut distinct_labels: Vec<&str> = Vec::new();
    for label in labels {
        if !distinct_labels.contains(&label.as_str()) {
            distinct_labels.push(label);
        }
    }
    distinct_labels.join("、")
}

/// One line of JSON output: a checked file or one that could not be read.
#[derive(Debug, Serialize)]
pub(crate) struct FileResult<'a> {
    /// The file as named on the command line (`-` for standard input).
    file: String,
    /// With `--ndjson`: the 1-based line of the file that holds the report.
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    /// Whether the report was read and has no error (warnings allowed).
    valid: bool,
    /// The issues found, as the crate serializes them (absent when the file was not read).
    #[serde(skip_serializing_if = "Option::is_none")]
    issues: Option<&'a [Issue]>,
    /// With `--baseline`: the issues found in the baseline (not counted in `valid`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) known: Option<&'a [Issue]>,
    /// With `--summary`: the key figures and rates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) summary: Option<crate::offices::SummaryJson>,
    /// Why the file could not be read or parsed.
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<InputError>,
}

/// Why an input is not a report, in JSON output.
#[derive(Debug, Serialize)]
struct InputError {
    /// `read` (the file cannot be read), or the parse error kind: `encoding`, `syntax`,
    /// `structure`, `constraint`.
    kind: String,
    /// JSON Pointer of the offending value; `""` for the whole document or a read error.
    pointer: String,
    /// What is wrong, without the path.
    message: String,
    /// 1-based line in the input, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    /// 1-based column in the input, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<usize>,
}

impl<'a> FileResult<'a> {
    /// A file that was read and checked.
    pub(crate) fn checked(path: &Path, line: Option<usize>, issues: &'a [Issue]) -> Self {
        FileResult {
            file: path.to_string_lossy().into_owned(),
            line,
            valid: !issues.iter().any(Issue::is_error),
            issues: Some(issues),
            known: None,
            summary: None,
            error: None,
        }
    }

    /// A file that could not be read or parsed.
    pub(crate) fn failed(path: &Path, line: Option<usize>, err: &LoadError) -> Self {
        let error = match err {
            LoadError::Read(err) => InputError {
                kind: "read".to_owned(),
                pointer: String::new(),
                message: err.to_string(),
                line: None,
                column: None,
            },
            LoadError::Parse(err) => InputError {
                kind: serde_json::to_value(err.kind())
                    .ok()
                    .and_then(|kind| kind.as_str().map(str::to_owned))
                    .unwrap_or_default(),
                pointer: err.pointer().to_owned(),
                message: err.message().to_owned(),
                line: err.position().map(|(line, _)| line),
                column: err.position().map(|(_, column)| column),
            },
        };
        FileResult {
            file: path.to_string_lossy().into_owned(),
            line,
            valid: false,
            issues: None,
            known: None,
            summary: None,
            error: Some(error),
        }
    }
}

/// Writes `value` as one line of compact JSON.
pub(crate) fn write_json_line(out: &mut dyn Write, value: &FileResult<'_>) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::merge_labels;

    fn labels(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn cells_of_one_column_are_merged_by_row() {
        assert_eq!(
            merge_labels(&labels(&["表三「一」×「自然人」", "表三「二」×「自然人」"])),
            "表三「一」「二」×「自然人」"
        );
    }

    #[test]
    fn cells_of_one_row_are_merged_by_column() {
        assert_eq!(
            merge_labels(&labels(&[
                "表四「行政复议」×「总计」",
                "表四「行政复议」×「其他」"
            ])),
            "表四「行政复议」×「总计」「其他」"
        );
    }

    #[test]
    fn other_cells_are_listed() {
        assert_eq!(
            merge_labels(&labels(&[
                "「发布日期」",
                "「机关」 › 「类型」",
                "「发布日期」"
            ])),
            "「发布日期」、「机关」 › 「类型」"
        );
        assert_eq!(
            merge_labels(&labels(&["表二「规章」×「制发件数」"])),
            "表二「规章」×「制发件数」"
        );
        assert_eq!(merge_labels(&[]), "");
    }
}
