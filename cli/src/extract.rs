//! `ogi-report extract`: published reports (web pages or text) in, report JSON out.
//!
//! One input without `--format`: the report, pretty, on standard output; diagnostics (and,
//! with `--check`, the rules' issues) on standard error. Otherwise (or with `--format json` or
//! `ndjson`): one line per input, `{"file", "report" (or null), "diagnostics"}`, plus `partial`
//! (what was read of an incomplete report) and, with `--check`, `issues`.
//!
//! Many inputs are read in chunks, each chunk across the cores, and written in input order, so
//! memory stays flat; a progress bar shows on a terminal.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::thread;

use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use ogi_report::rules::Issue;
use ogi_report_extract::{Code, Diagnostic, Extraction, Severity, Source, extract};
use serde::Serialize;
use serde_json::value::RawValue;

use crate::{Lang, Outcome};

/// Inputs read together (bounds memory: a chunk at a time).
const CHUNK: usize = 256;

/// Arguments of `ogi-report extract`.
#[derive(Debug, Args)]
pub(crate) struct ExtractArgs {
    /// Published reports: HTML pages or text files; a folder means every .html, .htm and .txt
    /// file in it (and its subfolders); `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// What the inputs are: `html`, `text`, or `auto` (HTML when the input starts with markup).
    #[arg(long = "from", value_enum, default_value_t = InputKind::Auto)]
    from: InputKind,
    /// Output: one JSON object per input per line (`json` and `ndjson` are the same).
    #[arg(long, value_enum)]
    format: Option<ExtractFormat>,
    /// Also run the consistency rules on each report read, in the same pass.
    #[arg(long)]
    check: bool,
    /// Language of the messages on standard error.
    #[arg(long, value_enum, default_value_t = Lang::Zh)]
    lang: Lang,
}

/// What the inputs are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InputKind {
    /// HTML.
    Html,
    /// Plain text.
    Text,
    /// Decide by the content.
    Auto,
}

/// Machine-readable output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExtractFormat {
    /// One JSON object per input per line.
    Json,
    /// The same: one JSON object per input per line.
    Ndjson,
}

/// One input's result, rendered on a worker.
struct Done {
    /// What goes to standard output.
    stdout: Vec<u8>,
    /// What goes to standard error.
    stderr: Vec<u8>,
    /// How the input ends the run.
    outcome: Outcome,
}

/// Runs `ogi-report extract`; `Err` only when output cannot be written.
pub(crate) fn run(args: &ExtractArgs) -> io::Result<Outcome> {
    let inputs = expand(&args.files);
    let lines = args.format.is_some() || inputs.len() != 1;
    let progress = progress_bar(inputs.len());
    let workers = thread::available_parallelism().map_or(1, |n| n.get());
    let mut out = io::stdout().lock();
    let mut outcome = Outcome::Valid;
    for chunk in inputs.chunks(CHUNK) {
        let done = extract_chunk(chunk, workers, args, lines);
        for item in done {
            // anstream drops the colours of `--check`'s issues unless stderr is a terminal.
            anstream::stderr().lock().write_all(&item.stderr)?;
            out.write_all(&item.stdout)?;
            outcome = outcome.max(item.outcome);
            progress.inc(1);
        }
    }
    progress.finish_and_clear();
    out.flush()?;
    Ok(outcome)
}

/// A progress bar on a terminal for many inputs; hidden otherwise.
fn progress_bar(len: usize) -> ProgressBar {
    if len < 2 || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} {eta}") {
        bar.set_style(style);
    }
    bar
}

/// Extracts a chunk across `workers` threads; results in input order.
fn extract_chunk(chunk: &[PathBuf], workers: usize, args: &ExtractArgs, lines: bool) -> Vec<Done> {
    let per_worker = chunk.len().div_ceil(workers.max(1)).max(1);
    thread::scope(|scope| {
        let handles: Vec<_> = chunk
            .chunks(per_worker)
            .map(|part| {
                scope.spawn(move || part.iter().map(|p| one(p, args, lines)).collect::<Vec<_>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// The inputs: files as given, folders expanded (sorted, recursively) to their .html, .htm
/// and .txt files.
fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut stack = vec![path.clone()];
            while let Some(dir) = stack.pop() {
                let Ok(entries) = std::fs::read_dir(&dir) else {
                    out.push(dir);
                    continue;
                };
                let mut entries: Vec<PathBuf> =
                    entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
                entries.sort();
                for entry in entries.into_iter().rev() {
                    if entry.is_dir() {
                        stack.push(entry);
                    } else if is_report_file(&entry) {
                        out.push(entry);
                    }
                }
            }
            let start = out.len() - out.iter().rev().take_while(|p| p.starts_with(path)).count();
            out[start..].sort();
        } else {
            out.push(path.clone());
        }
    }
    out
}

fn is_report_file(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    matches!(ext.as_deref(), Some("html" | "htm" | "txt"))
}

/// Reads, extracts, checks and renders one input.
fn one(path: &Path, args: &ExtractArgs, lines: bool) -> Done {
    let name = crate::validate::display_name(path);
    let bytes = match read(path) {
        Ok(bytes) => bytes,
        Err(err) => {
            let mut done = Done {
                stdout: Vec::new(),
                stderr: Vec::new(),
                outcome: Outcome::Unusable,
            };
            let _ = writeln!(
                done.stderr,
                "{}: {name}: cannot read: {err}",
                crate::PROGRAM
            );
            if lines {
                let diagnostic = Diagnostic::new(
                    Code::UndecodableInput,
                    Severity::Error,
                    format!("无法读取：{err}"),
                    format!("cannot read: {err}"),
                );
                done.stdout = line_json(path, None, None, &[diagnostic], None);
            }
            return done;
        }
    };
    let source = match args.from {
        InputKind::Html => Source::Html,
        InputKind::Text => Source::Text,
        InputKind::Auto => Source::Auto,
    };
    let mut extraction = extract(&bytes, source);
    let report = typed(&mut extraction);
    let issues = match (&report, args.check) {
        (Some(report), true) => Some(report.check()),
        _ => None,
    };
    let mut outcome = if report.is_some() {
        Outcome::Valid
    } else {
        Outcome::Unusable
    };
    if issues
        .as_ref()
        .is_some_and(|i| i.iter().any(Issue::is_error))
    {
        outcome = outcome.max(Outcome::Errors);
    }
    let json = report.as_ref().map(|r| r.to_json_string());
    let mut done = Done {
        stdout: Vec::new(),
        stderr: Vec::new(),
        outcome,
    };
    if lines {
        done.stdout = line_json(
            path,
            json,
            extraction.partial.as_ref(),
            &extraction.diagnostics,
            issues.as_deref(),
        );
    } else {
        if let Some(report) = &report {
            done.stdout = report.to_json_string_pretty().into_bytes();
            done.stdout.push(b'\n');
        }
        human_diagnostics(&mut done.stderr, &name, &extraction.diagnostics, args.lang);
        if let Some(issues) = &issues {
            let _ = crate::validate::write_human(&mut done.stderr, &name, issues, args.lang);
        }
    }
    done
}

/// The typed report (template order); a `model_rejected` error when the model refuses it.
fn typed(extraction: &mut Extraction) -> Option<ogi_report::Report> {
    match extraction.typed_report()? {
        Ok(report) => Some(report),
        Err(err) => {
            extraction.diagnostics.insert(
                0,
                Diagnostic::new(
                    Code::ModelRejected,
                    Severity::Error,
                    format!("提取结果不被 ogi-report 模型接受：{err}"),
                    format!("the ogi-report model refuses the extracted report: {err}"),
                )
                .about(err.pointer()),
            );
            extraction.partial = extraction.report.take();
            None
        }
    }
}

fn read(path: &Path) -> io::Result<Vec<u8>> {
    if crate::validate::is_stdin(path) {
        let mut bytes = Vec::new();
        io::Read::read_to_end(&mut io::stdin().lock(), &mut bytes)?;
        Ok(bytes)
    } else {
        std::fs::read(path)
    }
}

/// One output line.
#[derive(Serialize)]
struct Line<'a> {
    file: String,
    report: Option<Box<RawValue>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    partial: Option<&'a serde_json::Value>,
    diagnostics: &'a [Diagnostic],
    #[serde(skip_serializing_if = "Option::is_none")]
    issues: Option<&'a [Issue]>,
}

fn line_json(
    path: &Path,
    report: Option<String>,
    partial: Option<&serde_json::Value>,
    diagnostics: &[Diagnostic],
    issues: Option<&[Issue]>,
) -> Vec<u8> {
    let line = Line {
        file: path.to_string_lossy().into_owned(),
        report: report.and_then(|r| RawValue::from_string(r).ok()),
        partial,
        diagnostics,
        issues,
    };
    let mut bytes = serde_json::to_vec(&line).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// `FILE:LINE:COLUMN: severity code: message [pointer]`, one per diagnostic.
fn human_diagnostics(out: &mut Vec<u8>, name: &str, diagnostics: &[Diagnostic], lang: Lang) {
    for d in diagnostics {
        let place = d
            .span
            .map_or(String::new(), |s| format!(":{}:{}", s.line, s.column));
        let message = match lang {
            Lang::Zh => &d.message_zh,
            Lang::En => &d.message_en,
        };
        let pointer = d
            .pointer
            .as_deref()
            .map_or(String::new(), |p| format!(" [{p}]"));
        let _ = writeln!(
            out,
            "{name}{place}: {} {}: {message}{pointer}",
            d.severity.as_str(),
            d.code.as_str()
        );
        for candidate in &d.candidates {
            let _ = writeln!(out, "    {}", candidate.join(" | "));
        }
    }
    if diagnostics.iter().any(Diagnostic::is_error) {
        let _ = writeln!(
            out,
            "{}: {name}: no report (see the errors above)",
            crate::PROGRAM
        );
    }
}
