//! Extraction throughput on about 10 MB of news-like text made of the evaluation corpora
//! (`../shared/corpora`, beside the repository) with their markup removed, and on text made
//! to defeat it, at 128 KB and 1 MB: extraction is linear when both sizes read at the same
//! MB/s.

use std::path::Path;
use std::time::Duration;

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

/// `unit` repeated to `size` bytes (`unit` is ASCII).
fn repeated(unit: &str, size: usize) -> String {
    unit.repeat(size / unit.len() + 1)[..size].to_string()
}

/// Distinct days, one after another, in one sentence without a comma or a full stop: every
/// date is an event of its own, titled from the words before it.
fn days_in_one_sentence(size: usize) -> String {
    let mut text = String::with_capacity(size + 16);
    let days = (1000..).flat_map(|y| (1..=12).flat_map(move |m| (1..=28).map(move |d| (y, m, d))));
    for (year, month, day) in days {
        if text.len() >= size {
            break;
        }
        text.push_str(&format!("on {year}-{month:02}-{day:02} "));
    }
    text.truncate(size);
    text
}

/// Makes a text of the given size in bytes.
type Maker = fn(usize) -> String;

/// Texts that make a reader that looks back over the text, the sentence or the word from
/// every point quadratic.
const ADVERSARIAL: &[(&str, Maker)] = &[
    ("dates without spaces", |size| {
        repeated("abc2024-01-05xyz", size)
    }),
    ("digits", |size| repeated("1234567890", size)),
    ("digits and dots", |size| repeated("1.2.3.", size)),
    ("days in one sentence", days_in_one_sentence),
    ("clock times in one sentence", |size| {
        repeated("the 7 a.m. Amtrak ", size)
    }),
    ("cue words", |size| repeated("will last the ", size)),
    ("days alone in a range", |size| {
        repeated("from the 1st to the 2nd ", size)
    }),
];

fn throughput(c: &mut Criterion) {
    let text = news_like_text();
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    group.throughput(Throughput::BytesDecimal(text.len() as u64));
    group.bench_function(format!("{:.1} MB of news", text.len() as f64 / 1e6), |b| {
        b.iter(|| extract(&text, None))
    });
    group.finish();
}

fn adversarial(c: &mut Criterion) {
    for (kind, make) in ADVERSARIAL {
        let mut group = c.benchmark_group(*kind);
        group
            .sample_size(10)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(2));
        for (label, size) in [("128 KB", 128 << 10), ("1 MB", 1 << 20)] {
            let text = make(size);
            group.throughput(Throughput::BytesDecimal(text.len() as u64));
            group.bench_function(label, |b| b.iter(|| extract(&text, None)));
        }
        group.finish();
    }
}

criterion_group!(benches, throughput, adversarial);
criterion_main!(benches);
