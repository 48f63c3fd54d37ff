//! Writes a batch of varied reports as NDJSON (one report per line) to standard output, for
//! `ogi-report validate --ndjson`, `bench/run.sh` and the figures in BENCHMARKS.md. Its base
//! reports are built into the binary, so it runs from any folder.
//!
//! ```text
//! cargo run --release -p ogi-report-bench --bin make_batch -- 100000 > /tmp/batch-100k.ndjson
//! cargo run --release -p ogi-report-bench --bin make_batch -- 10000 --example > /tmp/example-10k.ndjson
//! ```
//!
//! Without `--example`, the reports vary `tests/vectors/valid/county-department-2024.json`
//! (6.1 KB each); with it, the example report (13.8 KB each, mostly prose).

use std::io::{self, BufWriter, Write};

#[path = "../../../benches/batch.rs"]
mod batch;

fn main() -> io::Result<()> {
    let mut count = 10_000;
    let mut base = batch::BASE;
    for arg in std::env::args().skip(1) {
        if arg == "--example" {
            base = batch::EXAMPLE;
        } else {
            count = arg.parse().map_err(|_| {
                io::Error::other(format!(
                    "usage: make_batch [COUNT] [--example], not {arg:?}"
                ))
            })?;
        }
    }
    let mut out = BufWriter::new(io::stdout().lock());
    for report in batch::reports_from(base, count) {
        out.write_all(report.to_json_string().as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()
}
