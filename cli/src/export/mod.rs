//! `ogi-report export`: many reports as one table for a spreadsheet, DuckDB, pandas or Spark.
//!
//! The long form has one row per number cell of tables 二, 三 and 四 (who, which year and
//! edition, which table, row and column by id and by official label, the value, whether it was
//! printed blank); `--wide` has one row per report with its key figures. Reports are read in
//! chunks (parsed across the cores) and written as they come, so memory stays flat however
//! many there are; a file or line that is not a report is named on standard error and skipped
//! (exit code 2 at the end).

mod csv;
mod parquet;
mod rows;

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::thread;

use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use ogi_report::Report;

use crate::validate::{LoadError, display_name, is_stdin};
use crate::{Outcome, warn};
use csv::CsvSink;
use parquet::ParquetSink;
use rows::{Field, Kind, Labels};

/// Arguments of `ogi-report export`.
#[derive(Debug, Args)]
pub(crate) struct ExportArgs {
    /// Report files (JSON, UTF-8); `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Each FILE holds one report per line (NDJSON), streamed.
    #[arg(long)]
    ndjson: bool,
    /// Output format.
    #[arg(long, value_enum)]
    format: ExportFormat,
    /// The file to write (`-`: standard output, CSV only).
    #[arg(long, short, value_name = "PATH")]
    output: PathBuf,
    /// One row per report with its key figures, instead of one row per number cell.
    #[arg(long)]
    wide: bool,
}

/// The output formats of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExportFormat {
    /// Comma-separated values (RFC 4180, UTF-8, a header line).
    Csv,
    /// Apache Parquet (Snappy-compressed columns).
    Parquet,
}

/// Reports read before they are parsed together (bounds memory: a chunk at a time).
const CHUNK: usize = 1024;

/// Where rows go.
enum Sink {
    Csv(CsvSink<Box<dyn Write>>),
    Parquet(Box<ParquetSink>),
}

impl Sink {
    fn write(&mut self, fields: &[Field<'_>]) -> io::Result<()> {
        match self {
            Sink::Csv(sink) => sink.write(fields),
            Sink::Parquet(sink) => sink.write(fields),
        }
    }

    fn finish(self) -> io::Result<()> {
        match self {
            Sink::Csv(sink) => sink.finish(),
            Sink::Parquet(sink) => sink.finish(),
        }
    }
}

/// Runs `ogi-report export`; `Err` only when output cannot be written.
pub(crate) fn run(args: &ExportArgs) -> io::Result<Outcome> {
    let columns: Vec<(String, Kind)> = if args.wide {
        rows::wide_columns()
    } else {
        rows::long_columns()
            .into_iter()
            .map(|(name, kind)| (name.to_owned(), kind))
            .collect()
    };
    let mut sink = match open_sink(args, &columns) {
        Ok(sink) => sink,
        Err(err) => {
            warn(format_args!("{}: {err}", args.output.display()));
            return Ok(Outcome::Unusable);
        }
    };
    let progress = progress_bar(&args.files);
    let mut labels = Labels::default();
    let mut outcome = Outcome::Valid;
    let mut write_report = |source: &str, report: &Report| -> io::Result<()> {
        let mut write = |fields: &[Field<'_>]| sink.write(fields);
        if args.wide {
            rows::wide_row(source, report, &mut write)
        } else {
            rows::long_rows(source, report, &mut labels, &mut write)
        }
    };
    let mut chunk: Vec<(String, Vec<u8>)> = Vec::with_capacity(CHUNK);
    for path in &args.files {
        let read: Result<(), Failure> = if args.ndjson {
            read_lines(path, &mut |source, line| {
                progress.inc(line.len() as u64);
                chunk.push((source, line));
                if chunk.len() == CHUNK {
                    outcome = outcome.max(flush(&mut chunk, &mut write_report)?);
                }
                Ok(())
            })
        } else {
            read_whole(path).map_err(Failure::Read).map(|bytes| {
                progress.inc(bytes.len() as u64);
                chunk.push((display_name(path), bytes));
            })
        };
        match read {
            Ok(()) => {}
            Err(Failure::Write(err)) => return Err(err),
            Err(Failure::Read(err)) => {
                warn(format_args!(
                    "{}: {}",
                    display_name(path),
                    LoadError::Read(err)
                ));
                outcome = Outcome::Unusable;
            }
        }
        if chunk.len() >= CHUNK {
            outcome = outcome.max(flush(&mut chunk, &mut write_report)?);
        }
    }
    outcome = outcome.max(flush(&mut chunk, &mut write_report)?);
    progress.finish_and_clear();
    sink.finish()?;
    Ok(outcome)
}

/// Why reading the inputs stopped.
enum Failure {
    /// An input cannot be read: named, then skipped.
    Read(io::Error),
    /// The output cannot be written: the run ends.
    Write(io::Error),
}

/// A progress bar of the bytes read, on a terminal; hidden in pipes and for standard input.
fn progress_bar(files: &[PathBuf]) -> ProgressBar {
    let bytes: u64 = files
        .iter()
        .filter(|path| !is_stdin(path))
        .filter_map(|path| std::fs::metadata(path).ok())
        .map(|meta| meta.len())
        .sum();
    // Under a few megabytes the run takes well under a second: no bar.
    if bytes < 8 << 20 || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(bytes);
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {bytes_per_sec} {eta}")
    {
        bar.set_style(style);
    }
    bar
}

/// Opens the output file in its format and writes the header.
fn open_sink(args: &ExportArgs, columns: &[(String, Kind)]) -> io::Result<Sink> {
    let names: Vec<&str> = columns.iter().map(|(name, _)| name.as_str()).collect();
    match args.format {
        ExportFormat::Csv => {
            let out: Box<dyn Write> = if is_stdin(&args.output) {
                Box::new(BufWriter::new(io::stdout()))
            } else {
                Box::new(BufWriter::new(File::create(&args.output)?))
            };
            Ok(Sink::Csv(CsvSink::new(out, &names)?))
        }
        ExportFormat::Parquet => {
            if is_stdin(&args.output) {
                return Err(io::Error::other("Parquet is written to a file, not `-`"));
            }
            let file = File::create(&args.output)?;
            Ok(Sink::Parquet(Box::new(ParquetSink::new(file, columns)?)))
        }
    }
}

/// Parses the chunk's reports across the cores and writes them in input order; a report that
/// cannot be read is named on standard error and skipped.
fn flush(
    chunk: &mut Vec<(String, Vec<u8>)>,
    write_report: &mut dyn FnMut(&str, &Report) -> io::Result<()>,
) -> io::Result<Outcome> {
    let workers = thread::available_parallelism().map_or(1, |n| n.get());
    let per_worker = chunk.len().div_ceil(workers).max(1);
    let parsed: Vec<_> = thread::scope(|scope| {
        let handles: Vec<_> = chunk
            .chunks(per_worker)
            .map(|inputs| {
                scope.spawn(move || {
                    inputs
                        .iter()
                        .map(|(_, bytes)| Report::from_json_slice(bytes))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| handle.join().unwrap_or_default())
            .collect()
    });
    let mut outcome = Outcome::Valid;
    for ((source, _), report) in chunk.iter().zip(parsed) {
        match report {
            Ok(report) => write_report(source, &report)?,
            Err(err) => {
                warn(format_args!("{source}: {}", LoadError::Parse(err)));
                outcome = Outcome::Unusable;
            }
        }
    }
    chunk.clear();
    Ok(outcome)
}

/// The bytes of a file holding one report (`-`: standard input).
fn read_whole(path: &Path) -> io::Result<Vec<u8>> {
    if is_stdin(path) {
        let mut bytes = Vec::new();
        io::stdin().lock().read_to_end(&mut bytes)?;
        return Ok(bytes);
    }
    std::fs::read(path)
}

/// Calls `each` with `FILE:LINE` and the bytes of every non-blank line of an NDJSON file
/// (an error of `each` is the output's).
fn read_lines(
    path: &Path,
    each: &mut dyn FnMut(String, Vec<u8>) -> io::Result<()>,
) -> Result<(), Failure> {
    let input: Box<dyn Read> = if is_stdin(path) {
        Box::new(io::stdin().lock())
    } else {
        Box::new(File::open(path).map_err(Failure::Read)?)
    };
    let name = display_name(path);
    let mut reader = BufReader::with_capacity(1 << 16, input);
    let mut number = 0;
    loop {
        let mut line = Vec::new();
        if reader.read_until(b'\n', &mut line).map_err(Failure::Read)? == 0 {
            return Ok(());
        }
        number += 1;
        if !line.iter().all(u8::is_ascii_whitespace) {
            each(format!("{name}:{number}"), line).map_err(Failure::Write)?;
        }
    }
}
