//! Prints what the extractor reads from a file: `cargo run -p ogi-report-extract --example
//! extract_file -- FILE`.

use ogi_report_extract::{Source, extract};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: extract_file FILE")?;
    let extraction = extract(&std::fs::read(path)?, Source::Auto);
    let draft = extraction.report.as_ref().or(extraction.partial.as_ref());
    println!("{}", serde_json::to_string_pretty(&draft)?);
    for diagnostic in &extraction.diagnostics {
        eprintln!("{}", serde_json::to_string(diagnostic)?);
    }
    Ok(())
}
