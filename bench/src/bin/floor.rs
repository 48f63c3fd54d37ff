//! The floor of the batch benchmark: serde_json reading every line of an NDJSON file into
//! `IgnoredAny` (syntax only: no types, no strings kept, no UTF-8 check of skipped strings), on
//! one core, with the same line reading as `ogi-report validate --ndjson`.
//!
//! ```text
//! floor FILE    # prints "LINES lines, BAD not JSON" to standard error
//! ```

use std::io::{self, BufRead, BufReader};

use serde::de::IgnoredAny;

fn main() -> io::Result<()> {
    let path = std::env::args_os()
        .nth(1)
        .ok_or_else(|| io::Error::other("usage: floor FILE"))?;
    let mut reader = BufReader::with_capacity(1 << 16, std::fs::File::open(path)?);
    let mut line = Vec::new();
    let (mut lines, mut bad) = (0usize, 0usize);
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        lines += 1;
        if serde_json::from_slice::<IgnoredAny>(&line).is_err() {
            bad += 1;
        }
    }
    eprintln!("{lines} lines, {bad} not JSON");
    Ok(())
}
