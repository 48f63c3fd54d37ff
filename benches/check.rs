//! How much checking costs next to parsing, on the example report and on a batch of 10,000
//! varied reports (consistent and not), and how the typed path compares with the generic one
//! (parse to `serde_json::Value` + validate against the committed schema with `jsonschema`).
//!
//! ```text
//! cargo bench --bench check
//! ```

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use ogi_report::Report;
use std::hint::black_box;

mod batch;

const EXAMPLE: &str = "examples/reports/dongying-district-office-2023.json";

fn example(c: &mut Criterion) {
    let text = std::fs::read_to_string(EXAMPLE).unwrap();
    let report = Report::from_json_str(&text).unwrap();
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("schema/ogi-report.schema.json").unwrap())
            .unwrap();
    let validator = jsonschema::draft202012::new(&schema).unwrap();

    let mut group = c.benchmark_group("example");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("typed parse", |b| {
        b.iter(|| Report::from_json_str(black_box(&text)).unwrap())
    });
    group.bench_function("check", |b| b.iter(|| black_box(&report).check()));
    group.bench_function("typed parse + check", |b| {
        b.iter(|| Report::from_json_str(black_box(&text)).unwrap().check())
    });
    group.bench_function("Value parse + jsonschema", |b| {
        b.iter(|| {
            let value: serde_json::Value = serde_json::from_str(black_box(&text)).unwrap();
            validator.is_valid(&value)
        })
    });
    group.finish();
}

fn batch_of_10k(c: &mut Criterion) {
    let texts: Vec<String> = batch::reports(10_000).map(|r| r.to_json_string()).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let reports: Vec<Report> = texts
        .iter()
        .map(|t| Report::from_json_str(t).unwrap())
        .collect();
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("schema/ogi-report.schema.json").unwrap())
            .unwrap();
    let validator = jsonschema::draft202012::new(&schema).unwrap();

    let mut group = c.benchmark_group("batch 10k");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("typed parse", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| Report::from_json_str(t).is_ok() as usize)
                .sum::<usize>()
        })
    });
    group.bench_function("check", |b| {
        b.iter(|| reports.iter().map(|r| r.check().len()).sum::<usize>())
    });
    group.bench_function("typed parse + check", |b| {
        b.iter_batched(
            || (),
            |()| {
                texts
                    .iter()
                    .map(|t| Report::from_json_str(t).map_or(0, |r| r.check().len()))
                    .sum::<usize>()
            },
            BatchSize::SmallInput,
        )
    });
    group.bench_function("Value parse + jsonschema", |b| {
        b.iter(|| {
            texts
                .iter()
                .filter(|t| {
                    let value: serde_json::Value = serde_json::from_str(t).unwrap();
                    validator.is_valid(&value)
                })
                .count()
        })
    });
    group.finish();
}

criterion_group!(benches, example, batch_of_10k);
criterion_main!(benches);
