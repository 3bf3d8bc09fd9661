//! Extraction throughput on about 10 MB of news-like text made of the evaluation corpora
//! (`../shared/corpora`, beside the repository) with their markup removed.

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use sourceline_core::extract::extract;

const SIZE: usize = 10 * 1024 * 1024;

/// The text of every TimeML file under `dir`, tags removed.
fn corpus_texts(dir: &Path) -> Vec<String> {
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            texts.extend(corpus_texts(&path));
        } else if path.extension().is_some_and(|e| e == "tml") {
            if let Ok(xml) = std::fs::read_to_string(&path) {
                let body = xml
                    .split("<TEXT>")
                    .nth(1)
                    .and_then(|t| t.split("</TEXT>").next())
                    .unwrap_or("");
                let mut text = String::with_capacity(body.len());
                let mut in_tag = false;
                for c in body.chars() {
                    match c {
                        '<' => in_tag = true,
                        '>' => in_tag = false,
                        _ if !in_tag => text.push(c),
                        _ => {}
                    }
                }
                texts.push(text);
            }
        }
    }
    texts
}

fn news_like_text() -> String {
    let corpora = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora");
    let mut texts = corpus_texts(&corpora);
    if texts.is_empty() {
        eprintln!(
            "{} not found: benchmarking on the seed article alone",
            corpora.display()
        );
        let seed = include_str!("../../../data/seed.timeline.json");
        let timeline = sourceline_core::Timeline::from_json(seed).expect("the seed reads");
        texts.push(std::rc::Rc::unwrap_or_clone(timeline.document).text);
    }
    texts.sort();
    let mut text = String::with_capacity(SIZE + 100_000);
    while text.len() < SIZE {
        for t in &texts {
            text.push_str(t);
            text.push_str("\n\n");
        }
    }
    text
}

fn throughput(c: &mut Criterion) {
    let text = news_like_text();
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function(format!("{:.1} MB of news", text.len() as f64 / 1e6), |b| {
        b.iter(|| extract(&text, None))
    });
    group.finish();
}

criterion_group!(benches, throughput);
criterion_main!(benches);
