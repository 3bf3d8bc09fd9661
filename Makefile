# Sourceline: every target installs what it needs first (see scripts/ensure-tools).
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
PORT ?= 8080
LIGHTHOUSE_RUNS ?= 3
# The evaluation corpora live outside the repository (see ../shared/corpora/README.md).
CORPORA ?= ../shared/corpora

# What `make fuzz` runs, and for how long.
TARGET ?= extract
SECONDS ?= 600

.PHONY: serve dist test lint test-native test-browser test-e2e bench bench-page bench-lighthouse eval fuzz tools browser-tools

## serve: build and serve the app with the seed article on http://127.0.0.1:$(PORT)/
serve: tools
	trunk serve --offline --address 127.0.0.1 --port $(PORT)

## dist: the static site in dist/, working from any sub-path of any static host; its index.html shows the seed timeline before the wasm arrives and holds the page's Content-Security-Policy; its service worker sw.js keeps the page for offline reading
dist: tools
	CARGO_PROFILE_RELEASE_OPT_LEVEL=z trunk build --release --offline --public-url ./
	node scripts/minify-glue.mjs dist
	cargo run --quiet --example prerender -- dist/index.html
	node scripts/csp.mjs dist
	node scripts/offline.mjs dist

## test: formatting and lints, native tests, browser tests in headless Chromium, end-to-end tests
test: browser-tools lint test-native test-browser test-e2e

lint: tools
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings

test-native: tools
	cargo test --workspace

test-browser: browser-tools
	cargo test --target wasm32-unknown-unknown --test browser

test-e2e: browser-tools dist
	node --test e2e/

## bench: the figures we track: the page against TimelineJS3 and vis-timeline, Lighthouse's performance scores, size of dist/ and of each part of the page's wasm, extraction MB/s natively (news, and text made to defeat it at 128 KB and 1 MB) and in Chromium, peak memory on 50 MB
bench: bench-page bench-lighthouse
	scripts/size-report dist
	scripts/wasm-parts
	cargo bench -p sourceline-core --bench extract
	cargo test -p sourceline-core --release --target wasm32-unknown-unknown --test wasm_throughput -- --nocapture
	cargo build --release -p sourceline-core --bin sourceline
	scripts/memory-report

## bench-page: the page against TimelineJS3 (seed) and vis-timeline (1,000 to 100,000 events) in headless Chromium (BENCH_FLAGS="--runs 3 --only seed,1000")
bench-page: browser-tools dist
	node scripts/page-bench.mjs $(BENCH_FLAGS)

## bench-lighthouse: Lighthouse's performance audit of the seed page, mobile and desktop presets, medians (LIGHTHOUSE_RUNS=3)
bench-lighthouse: browser-tools dist
	node scripts/lighthouse.mjs --runs $(LIGHTHOUSE_RUNS)

## eval: score the extractor against the corpora beside the repository: expressions (TimeML) and events (TimeBank, TimeSET) (EVAL_FLAGS=--verbose lists every error)
eval:
	@for corpus in timebank wikiwars te3-platinum timeset-dev; do \
	  test -d "$(CORPORA)/$$corpus" || { echo "make eval: $(CORPORA)/$$corpus is missing: the evaluation corpora are not part of the repository; put them there or pass CORPORA=DIR" >&2; exit 1; }; \
	done
	cargo run --release -p sourceline-core --bin sourceline -- eval $(CORPORA)/timebank $(CORPORA)/wikiwars $(CORPORA)/te3-platinum $(CORPORA)/timeset-dev $(EVAL_FLAGS)

## fuzz: run one fuzz target under AFL++ for SECONDS (TARGET=extract|json|timelinejs|html|csv, SECONDS=600), from its kept corpus in fuzz/corpus/TARGET; crashes and hangs land in target/fuzz/TARGET/default/
fuzz:
	scripts/ensure-tools fuzz
	CARGO_TARGET_DIR=target/afl cargo afl build --profile fuzz -p sourceline-fuzz --features afl
	mkdir -p target/fuzz
	AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_AUTORESUME=1 \
	  nice cargo afl fuzz -i fuzz/corpus/$(TARGET) -o target/fuzz/$(TARGET) -t 1000 -V $(SECONDS) \
	  target/afl/fuzz/sourceline-fuzz $(TARGET)

tools:
	scripts/ensure-tools build

browser-tools:
	scripts/ensure-tools browser
