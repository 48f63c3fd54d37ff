//! Documents per second: each fixture kind (a web page, `pdftotext -layout` text, a crawler's
//! dump, flip-book text), extraction alone and extraction + the typed model + the rules.
//!
//! ```text
//! cargo bench -p ogi-report-extract --bench extract
//! ```

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use ogi_report_extract::{Source, extract};

const FIXTURES: [(&str, &str); 4] = [
    (
        "html (2019 page)",
        "tests/fixtures/shanghai-government-office-2019.html",
    ),
    (
        "text (pdftotext -layout)",
        "tests/fixtures/huaian-city-2024.layout.txt",
    ),
    (
        "text (crawler dump)",
        "tests/fixtures/pingtan-zone-2022.crawl.txt",
    ),
    (
        "text (flip-book)",
        "tests/fixtures/dongying-district-office-2023.txt",
    ),
];

fn documents(c: &mut Criterion) {
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Elements(1));
    for (name, path) in FIXTURES {
        let bytes = std::fs::read(path).expect("fixture");
        group.bench_function(name, |b| {
            b.iter(|| extract(black_box(&bytes), Source::Auto))
        });
        group.bench_function(format!("{name} + typed + check"), |b| {
            b.iter(|| {
                let extraction = extract(black_box(&bytes), Source::Auto);
                extraction
                    .typed_report()
                    .and_then(Result::ok)
                    .map(|r| r.check())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, documents);
criterion_main!(benches);
