//! Writes a batch of varied reports as NDJSON (one report per line) to standard output, for
//! `ogi-report validate --ndjson` and the figures in BENCHMARKS.md.
//!
//! ```text
//! cargo run --release --example make_batch -- 100000 > /tmp/batch-100k.ndjson
//! ```

use std::io::{self, BufWriter, Write};

#[path = "../benches/batch.rs"]
mod batch;

fn main() -> io::Result<()> {
    let count = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let mut out = BufWriter::new(io::stdout().lock());
    for report in batch::reports(count) {
        out.write_all(report.to_json_string().as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()
}
