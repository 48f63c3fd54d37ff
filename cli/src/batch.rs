//! `ogi-report validate --ndjson`: many reports in one file, one per line, for analysts who
//! re-check whole years.
//!
//! The file is streamed in chunks of lines, so memory stays flat however long it is; each chunk
//! is split across the cores (scoped threads), and the results are written in line order, in
//! the same formats as for files (JSON lines gain a `line` field; human output names
//! `FILE:LINE`).

use std::io::{self, BufRead, BufReader, Read, Write};
use std::ops::Range;
use std::path::Path;
use std::thread;

use ogi_report::Report;
use ogi_report::rules::Issue;

use crate::validate::{
    FileResult, LoadError, Tally, display_name, is_stdin, write_human, write_json_line,
};
use crate::{Format, Outcome, ValidateArgs, warn};

/// Lines read before they are checked together (bounds memory: a chunk at a time).
const CHUNK_LINES: usize = 2048;

/// One checked line, its output already rendered (so rendering runs on the workers too).
struct Checked {
    output: Vec<u8>,
    errors: usize,
    warnings: usize,
    unreadable: bool,
}

/// Checks every report of the NDJSON file at `path`; `Err` only when output cannot be written.
pub(crate) fn run(
    out: &mut dyn Write,
    path: &Path,
    previous: Option<&Report>,
    args: &ValidateArgs,
    tally: &mut Tally,
) -> io::Result<Outcome> {
    let input: Box<dyn Read> = if is_stdin(path) {
        Box::new(io::stdin().lock())
    } else {
        match std::fs::File::open(path) {
            Ok(file) => Box::new(file),
            Err(err) => {
                let err = LoadError::Read(err);
                warn(format_args!("{}: {err}", display_name(path)));
                if args.format == Format::Json {
                    write_json_line(out, &FileResult::failed(path, None, &err))?;
                }
                tally.unreadable += 1;
                return Ok(Outcome::Unusable);
            }
        }
    };
    let workers = thread::available_parallelism().map_or(1, |n| n.get());
    let mut reader = BufReader::with_capacity(1 << 16, input);
    let mut outcome = Outcome::Valid;
    let mut line_number = 0;
    // The lines of a chunk, end to end in one buffer reused from chunk to chunk: after the
    // first chunk, reading allocates nothing and touches no fresh page.
    let mut chunk = Chunk::default();
    loop {
        chunk.clear();
        while chunk.lines.len() < CHUNK_LINES {
            match chunk.read_line(&mut reader) {
                Ok(false) => break,
                Ok(true) => {
                    line_number += 1;
                    chunk.keep_unless_blank(line_number);
                }
                Err(err) => {
                    let err = LoadError::Read(err);
                    warn(format_args!(
                        "{}:{}: {err}",
                        display_name(path),
                        line_number + 1
                    ));
                    tally.unreadable += 1;
                    return Ok(Outcome::Unusable);
                }
            }
        }
        if chunk.lines.is_empty() {
            return Ok(outcome);
        }
        for checked in check_chunk(&chunk, workers, path, previous, args) {
            out.write_all(&checked.output)?;
            if checked.unreadable {
                tally.unreadable += 1;
                outcome = outcome.max(Outcome::Unusable);
            } else {
                tally.add(checked.errors, checked.warnings);
                if checked.errors > 0 {
                    outcome = outcome.max(Outcome::Errors);
                }
            }
        }
    }
}

/// Lines read together: their bytes end to end, and each line's number and range.
#[derive(Default)]
struct Chunk {
    bytes: Vec<u8>,
    lines: Vec<(usize, Range<usize>)>,
}

impl Chunk {
    /// Empties the chunk, keeping its buffers.
    fn clear(&mut self) {
        self.bytes.clear();
        self.lines.clear();
    }

    /// Appends the next line of `reader` (with its `\n`) after the kept lines; `false` at the
    /// end of the input.
    fn read_line(&mut self, reader: &mut impl BufRead) -> io::Result<bool> {
        let start = self.kept_end();
        self.bytes.truncate(start);
        loop {
            let buffer = match reader.fill_buf() {
                Ok(buffer) => buffer,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                Err(err) => return Err(err),
            };
            if buffer.is_empty() {
                return Ok(self.bytes.len() > start);
            }
            match memchr::memchr(b'\n', buffer) {
                Some(at) => {
                    self.bytes.extend_from_slice(&buffer[..=at]);
                    reader.consume(at + 1);
                    return Ok(true);
                }
                None => {
                    let length = buffer.len();
                    self.bytes.extend_from_slice(buffer);
                    reader.consume(length);
                }
            }
        }
    }

    /// Keeps the line just read as line `number`, unless it is blank.
    fn keep_unless_blank(&mut self, number: usize) {
        let range = self.kept_end()..self.bytes.len();
        if !self.bytes[range.clone()]
            .iter()
            .all(u8::is_ascii_whitespace)
        {
            self.lines.push((number, range));
        }
    }

    /// The end of the last kept line.
    fn kept_end(&self) -> usize {
        self.lines.last().map_or(0, |(_, range)| range.end)
    }
}

/// Checks the lines of a chunk on `workers` threads; results in line order.
fn check_chunk(
    chunk: &Chunk,
    workers: usize,
    path: &Path,
    previous: Option<&Report>,
    args: &ValidateArgs,
) -> Vec<Checked> {
    let per_worker = chunk.lines.len().div_ceil(workers.max(1)).max(1);
    thread::scope(|scope| {
        let handles: Vec<_> = chunk
            .lines
            .chunks(per_worker)
            .map(|lines| {
                scope.spawn(move || {
                    lines
                        .iter()
                        .map(|(number, range)| {
                            let line = &chunk.bytes[range.clone()];
                            check_line(*number, line, path, previous, args)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| handle.join().unwrap_or_default())
            .collect()
    })
}

/// Parses and checks one line, and renders its result.
fn check_line(
    number: usize,
    line: &[u8],
    path: &Path,
    previous: Option<&Report>,
    args: &ValidateArgs,
) -> Checked {
    let mut output = Vec::new();
    // `FILE:LINE`, for standard error and human output only.
    let name = || format!("{}:{number}", display_name(path));
    match Report::from_json_slice(line) {
        Err(err) => {
            let err = LoadError::Parse(err);
            warn(format_args!("{}: {err}", name()));
            if args.format == Format::Json {
                let _ = write_json_line(&mut output, &FileResult::failed(path, Some(number), &err));
            }
            Checked {
                output,
                errors: 0,
                warnings: 0,
                unreadable: true,
            }
        }
        Ok(report) => {
            let mut issues: Vec<Issue> = report.check();
            if let Some(previous) = previous {
                issues.extend(report.check_against_previous(previous));
            }
            let errors = issues.iter().filter(|issue| issue.is_error()).count();
            let _ = match args.format {
                Format::Human => write_human(&mut output, &name(), &issues, args.lang),
                Format::Json => write_json_line(
                    &mut output,
                    &FileResult::checked(path, Some(number), &issues),
                ),
            };
            Checked {
                output,
                errors,
                warnings: issues.len() - errors,
                unreadable: false,
            }
        }
    }
}
