//! `ogi-report`: the command line of the [`ogi_report`] crate.
//!
//! ```text
//! ogi-report validate FILE... [--format human|json] [--previous FILE] [--lang zh|en]
//!     [--children FILE...] [--content] [--summary] [--baseline FILE]
//! ogi-report schema [--entry]
//! ogi-report rules [--format human|json] [--lang zh|en]
//! ogi-report extract FILE... [--from html|text|auto] [--format json|ndjson] [--check]
//! ogi-report render FILE [--format html|markdown] [--lang zh|en] [--previous FILE]
//! ogi-report export FILE... [--ndjson] --format csv|parquet --output PATH [--wide]
//! ```
//!
//! Exit codes: 0 when no report has an error (warnings allowed), 1 when a report has an error,
//! 2 when an input cannot be read or parsed, or the command line is wrong.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod batch;
mod export;
mod extract;
mod offices;
mod render;
mod rules;
mod validate;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// The command line, as clap parses it.
#[derive(Debug, Parser)]
#[command(
    name = "ogi-report",
    version,
    about = "Check annual reports on open government information work (政府信息公开工作年度报告, 2021 and 2019 formats)",
    after_help = "Exit codes: 0 no report has an error (warnings allowed); 1 a report has an error; \
                  2 an input cannot be read or parsed, or the command line is wrong."
)]
struct Cli {
    /// What to do.
    #[command(subcommand)]
    command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
enum Command {
    /// Check reports against every consistency rule.
    Validate(ValidateArgs),
    /// Print the JSON Schema of a report of any edition (the same text as
    /// schema/ogi-report.schema.json), or with --entry the strict schema of the current template
    /// for entry forms (schema/ogi-report-2021.schema.json).
    Schema(SchemaArgs),
    /// List the consistency rules.
    Rules(RulesArgs),
    /// Read published reports (web pages or text) into report JSON, reporting every doubt.
    Extract(extract::ExtractArgs),
    /// Write many reports as one table (CSV or Parquet): one row per number cell, or with
    /// --wide one row per report with its key figures.
    Export(export::ExportArgs),
    /// Show a report as printed (HTML or Markdown), each issue marked on its cells.
    Render(render::RenderArgs),
}

/// Arguments of `ogi-report validate`.
#[derive(Debug, Args)]
struct ValidateArgs {
    /// Report files (JSON, UTF-8); `-` reads standard input. Checked one after another.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Output format: `human` (readable), or `json` (one JSON object per file per line).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Last year's report of the same agency: also run the checks across years.
    #[arg(long, value_name = "FILE")]
    previous: Option<PathBuf>,
    /// Language of the messages in human output.
    #[arg(long, value_enum, default_value_t = Lang::Zh)]
    lang: Lang,
    /// Each FILE holds one report per line (NDJSON): stream it, checking lines on every core,
    /// and report each line with its line number (blank lines are skipped).
    #[arg(long)]
    ndjson: bool,
    /// The reports of the bodies under FILE (a city's districts and departments): also check
    /// FILE's tables 三 and 四 against the sum of theirs. Give FILE before --children.
    #[arg(long, value_name = "FILE", num_args = 1.., conflicts_with = "ndjson")]
    children: Vec<std::path::PathBuf>,
    /// Also check the content a published report must have (sections 一 and 五 and their parts).
    #[arg(long, conflicts_with = "ndjson")]
    content: bool,
    /// Also show each report's key figures and rates (and, with --previous, how much of each
    /// text section repeats last year's); in JSON, a `summary` member.
    #[arg(long, conflicts_with = "ndjson")]
    summary: bool,
    /// The JSON Lines of an earlier `validate --format json` run: issues already there (same
    /// file, same fingerprint) are listed apart as known and do not fail the exit code.
    #[arg(long, value_name = "FILE", conflicts_with = "ndjson")]
    baseline: Option<std::path::PathBuf>,
}

/// Arguments of `ogi-report schema`.
#[derive(Debug, Args)]
struct SchemaArgs {
    /// Print the strict schema of the current template (2021 edition only, no blank cells), for
    /// entry forms, instead of the schema of every edition.
    #[arg(long)]
    entry: bool,
}

/// Arguments of `ogi-report rules`.
#[derive(Debug, Args)]
struct RulesArgs {
    /// Output format: `human` (a list), or `json` (the catalogue, as schema/rules.json).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Language of the titles and descriptions in human output.
    #[arg(long, value_enum, default_value_t = Lang::Zh)]
    lang: Lang,
}

/// How results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// For people: one line per issue, then its message; colour on a terminal.
    Human,
    /// For programs: JSON.
    Json,
}

/// Which language messages are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Lang {
    /// Chinese (中文).
    Zh,
    /// English.
    En,
}

/// How a run ends, in increasing order of severity; the exit code is the worst outcome seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    /// No report has an error (warnings allowed): exit code 0.
    Valid,
    /// At least one report has an error: exit code 1.
    Errors,
    /// An input could not be read or parsed, or output could not be written: exit code 2.
    Unusable,
}

impl From<Outcome> for ExitCode {
    fn from(outcome: Outcome) -> ExitCode {
        ExitCode::from(match outcome {
            Outcome::Valid => 0,
            Outcome::Errors => 1,
            Outcome::Unusable => 2,
        })
    }
}

/// The program's name as it prefixes messages on standard error.
const PROGRAM: &str = "ogi-report";

fn main() -> ExitCode {
    // clap exits with 2 on a usage error and 0 for --help and --version.
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Validate(args) => validate::run(&args),
        Command::Schema(args) => write_schema(&args),
        Command::Rules(args) => rules::run(&args),
        Command::Extract(args) => extract::run(&args),
        Command::Export(args) => export::run(&args),
        Command::Render(args) => render::run(&args),
    };
    match result {
        Ok(outcome) => outcome.into(),
        Err(err) => {
            // A closed pipe (`ogi-report rules | head`) is not worth a message.
            if err.kind() != io::ErrorKind::BrokenPipe {
                warn(format_args!("cannot write output: {err}"));
            }
            Outcome::Unusable.into()
        }
    }
}

/// `ogi-report schema [--entry]`: a JSON Schema, byte for byte as committed.
fn write_schema(args: &SchemaArgs) -> io::Result<Outcome> {
    let schema = if args.entry {
        ogi_report::schema::entry_schema_json()
    } else {
        ogi_report::schema::report_schema_json()
    };
    let mut out = io::stdout().lock();
    out.write_all(schema.as_bytes())?;
    out.flush()?;
    Ok(Outcome::Valid)
}

/// Writes `ogi-report: MESSAGE` to standard error (ignoring a failure to do so: there is
/// nowhere left to report it).
fn warn(message: std::fmt::Arguments<'_>) {
    let _ = writeln!(io::stderr().lock(), "{PROGRAM}: {message}");
}
