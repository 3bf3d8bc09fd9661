//! The background extractor, run as a web worker: see `sourceline::extraction`.

fn main() {
    sourceline::extraction::serve();
}
