//! `sourceline`: the extractor on the command line.
//!
//! - `sourceline extract FILE [--dct YYYY-MM-DD]` prints what the extractor finds in an
//!   article as JSON, offsets in UTF-8 bytes of FILE exactly as given.
//! - `sourceline eval DIR [DIR...] [--verbose]` scores it against TimeML corpora as the
//!   TempEval-3 scorer does, and its events against TimeBank's event-time links and
//!   TimeSET's salient events (brat files); `--verbose` lists every difference from gold.

mod happenings;
mod score;
mod timeml;

use std::collections::HashMap;
use std::ffi::OsString;
use std::fmt::Write as _;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use serde::Serialize;
use sourceline_core::doc::TimexType;
use sourceline_core::extract::{dateline, extract, Extraction};
use sourceline_core::{Mention, Span};

use happenings::{EventCounts, GoldStory, Miss};
use score::{Comparison, Counts};
use timeml::{GoldDocument, Timex};

const USAGE: &str = "\
usage: sourceline extract FILE [--dct YYYY-MM-DD]
       sourceline eval DIR [DIR...] [--verbose]

  extract  print the dates and events found in FILE ('-' reads standard input) as JSON;
           --dct gives the article's date when its text has none
  eval     score the extractor against directories of TimeML (.tml) files, and its
           events against those of brat (.txt and .ann) files such as TimeSET's;
           --verbose lists every difference from gold and the most common kinds";

/// Why the command stopped, in one sentence for standard error.
enum Failure {
    /// The command line is wrong: exit code 2.
    Usage(String),
    /// The command could not do its work: exit code 1.
    Run(String),
}

enum Command {
    Help,
    Extract {
        file: PathBuf,
        dct: Option<NaiveDate>,
    },
    Eval {
        dirs: Vec<PathBuf>,
        verbose: bool,
    },
}

fn main() -> ExitCode {
    let outcome =
        parse_args(std::env::args_os().skip(1).collect()).and_then(|command| match command {
            Command::Help => write_stdout(&format!("{USAGE}\n")),
            Command::Extract { file, dct } => run_extract(&file, dct),
            Command::Eval { dirs, verbose } => run_eval(&dirs, verbose),
        });
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(message)) => {
            eprintln!("sourceline: {message} (see 'sourceline --help')");
            ExitCode::from(2)
        }
        Err(Failure::Run(message)) => {
            eprintln!("sourceline: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Reads the command line with lexopt; arguments are OS strings so that any file name works.
fn parse_args(args: Vec<OsString>) -> Result<Command, Failure> {
    use lexopt::Arg::{Long, Short, Value};
    let mut parser = lexopt::Parser::from_args(args);
    let misread = |e: lexopt::Error| usage(&e.to_string());
    let command = match parser.next().map_err(misread)? {
        None => return Err(usage("no command given")),
        Some(Short('h') | Long("help")) => return Ok(Command::Help),
        Some(Value(command)) => match command.to_str() {
            Some(command @ ("extract" | "eval")) => command.to_string(),
            other => {
                let other = other.unwrap_or("(not UTF-8)");
                return Err(usage(&format!("unknown command '{other}'")));
            }
        },
        Some(option) => {
            let option = option_name(&option);
            return Err(usage(&format!("unknown command '{option}'")));
        }
    };
    let mut operands = Vec::new();
    let mut dct = None;
    let mut verbose = false;
    while let Some(arg) = parser.next().map_err(misread)? {
        match arg {
            Long("dct") if command == "extract" => {
                let value = parser
                    .value()
                    .map_err(|_| usage("--dct needs a date (YYYY-MM-DD)"))?;
                dct = Some(parse_dct(&value)?);
            }
            Long("verbose") if command == "eval" => verbose = true,
            Short('h') | Long("help") => return Ok(Command::Help),
            Value(operand) => operands.push(PathBuf::from(operand)),
            option => {
                let option = option_name(&option);
                return Err(usage(&format!("unknown option '{option}' for '{command}'")));
            }
        }
    }
    if command == "eval" {
        if operands.is_empty() {
            return Err(usage("eval needs at least one DIR"));
        }
        return Ok(Command::Eval {
            dirs: operands,
            verbose,
        });
    }
    match <[PathBuf; 1]>::try_from(operands) {
        Ok([file]) => Ok(Command::Extract { file, dct }),
        Err(operands) if operands.is_empty() => {
            Err(usage("extract needs a FILE ('-' for standard input)"))
        }
        Err(_) => Err(usage("extract takes one FILE")),
    }
}

/// An option as it was written: "-x", "--frob".
fn option_name(option: &lexopt::Arg) -> String {
    match option {
        lexopt::Arg::Short(c) => format!("-{c}"),
        lexopt::Arg::Long(name) => format!("--{name}"),
        lexopt::Arg::Value(value) => value.to_string_lossy().into_owned(),
    }
}

fn usage(message: &str) -> Failure {
    Failure::Usage(message.to_string())
}

fn parse_dct(value: &OsString) -> Result<NaiveDate, Failure> {
    value
        .to_str()
        .and_then(|text| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
        .ok_or_else(|| {
            usage(&format!(
                "--dct must be a date as YYYY-MM-DD, not '{}'",
                value.to_string_lossy()
            ))
        })
}

/// The whole of a UTF-8 file, or of standard input for `-`.
fn read_text(path: &Path) -> Result<String, Failure> {
    let (name, bytes) = if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        let read = io::stdin().read_to_end(&mut bytes).map(|_| bytes);
        ("standard input".to_string(), read)
    } else {
        (format!("'{}'", path.display()), std::fs::read(path))
    };
    let bytes = bytes.map_err(|e| Failure::Run(format!("cannot read {name}: {}", describe(&e))))?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        Failure::Run(format!(
            "{name} is not UTF-8 text (byte {at} is not valid UTF-8)"
        ))
    })
}

/// An I/O error as a person reads it: "No such file or directory", without "(os error 2)".
fn describe(error: &io::Error) -> String {
    let text = error.to_string();
    match text.find(" (os error") {
        Some(end) => text[..end].to_string(),
        None => text,
    }
}

/// Writes to standard output; a reader that stopped reading (`| head`) is not a failure.
fn write_stdout(text: &str) -> Result<(), Failure> {
    match io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Failure::Run(format!(
            "cannot write the output: {}",
            describe(&e)
        ))),
        _ => Ok(()),
    }
}

fn run_extract(file: &Path, dct: Option<NaiveDate>) -> Result<(), Failure> {
    let text = read_text(file)?;
    let extraction = extract(&text, dct);
    let json = serde_json::to_string_pretty(&ExtractionJson::new(&text, &extraction))
        .map_err(|e| Failure::Run(format!("cannot write the JSON: {e}")))?;
    write_stdout(&format!("{json}\n"))
}

/// The `extract` output: what [`Extraction`] holds, with each mention's text and each
/// event's mentions as indices into `mentions`, so that nothing is repeated.
#[derive(Serialize)]
struct ExtractionJson<'a> {
    dct: Option<String>,
    sentences: &'a [Span],
    mentions: Vec<MentionJson<'a>>,
    events: Vec<EventJson<'a>>,
}

#[derive(Serialize)]
struct MentionJson<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: TimexType,
    value: String,
    #[serde(rename = "mod")]
    modifier: Option<String>,
}

#[derive(Serialize)]
struct EventJson<'a> {
    id: &'a str,
    title: &'a str,
    value: String,
    evidence: &'a [Span],
    mentions: Vec<usize>,
}

impl<'a> ExtractionJson<'a> {
    fn new(text: &'a str, extraction: &'a Extraction) -> Self {
        let index_of: HashMap<Span, usize> = extraction
            .mentions
            .iter()
            .enumerate()
            .map(|(i, m)| (m.span, i))
            .collect();
        let mentions = extraction
            .mentions
            .iter()
            .map(|m| MentionJson {
                start: m.span.start,
                end: m.span.end,
                text: m.span.of(text),
                kind: m.kind(),
                value: m.value.to_string(),
                modifier: m.modifier.map(|m| m.to_string()),
            })
            .collect();
        let events = extraction
            .events
            .iter()
            .map(|e| EventJson {
                id: &e.id,
                title: &e.title,
                value: e.date.to_string(),
                evidence: &e.evidence,
                // An event's mentions are the extraction's own; matched by span.
                mentions: e
                    .mentions
                    .iter()
                    .filter_map(|m| index_of.get(&m.span).copied())
                    .collect(),
            })
            .collect();
        ExtractionJson {
            dct: extraction.dateline.map(|d| d.to_string()),
            sentences: &extraction.sentences,
            mentions,
            events,
        }
    }
}

fn run_eval(dirs: &[PathBuf], verbose: bool) -> Result<(), Failure> {
    let mut summary = Vec::new();
    let mut event_summary = Vec::new();
    for (i, dir) in dirs.iter().enumerate() {
        let separator = if i == 0 { "" } else { "\n" };
        if is_brat(dir)? {
            let stories = read_stories(dir)?;
            let (report, columns) = evaluate_events(dir, &stories, verbose);
            write_stdout(&format!("{separator}{report}"))?;
            event_summary.push((dir, columns));
            continue;
        }
        let corpus = read_corpus(dir)?;
        let (report, total, events) = evaluate(dir, &corpus, verbose);
        write_stdout(&format!("{separator}{report}"))?;
        summary.push((dir, total));
        if let Some(events) = events {
            event_summary.push((dir, vec![("dateline given", events)]));
        }
    }
    if summary.len() > 1 {
        write_stdout(&summary_table(&summary))?;
    }
    if !event_summary.is_empty() && dirs.len() > 1 {
        let mut out =
            String::from("\nevents, as ../shared/corpora/README.md defines each figure\n");
        for (dir, columns) in &event_summary {
            let _ = writeln!(out, "  {}", folder_name(dir));
            out.push_str(&happenings::table(columns));
        }
        write_stdout(&out)?;
    }
    Ok(())
}

fn folder_name(dir: &Path) -> String {
    dir.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

/// Whether `dir` holds brat standoff (`.ann` files, as TimeSET) rather than TimeML.
fn is_brat(dir: &Path) -> Result<bool, Failure> {
    Ok(files_of(dir, "ann")?.next().is_some())
}

/// The files of `dir` with extension `ext`, in no particular order.
fn files_of(dir: &Path, ext: &'static str) -> Result<impl Iterator<Item = PathBuf>, Failure> {
    let cannot_read = |e: io::Error| {
        Failure::Run(format!(
            "cannot read the directory '{}': {}",
            dir.display(),
            describe(&e)
        ))
    };
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(cannot_read)? {
        let path = entry.map_err(cannot_read)?.path();
        if path.extension().is_some_and(|e| e == ext) {
            paths.push(path);
        }
    }
    Ok(paths.into_iter())
}

/// Every article of a brat directory: `NAME.txt` with its `NAME.ann`, in name order.
fn read_stories(dir: &Path) -> Result<Vec<GoldStory>, Failure> {
    let mut paths: Vec<PathBuf> = files_of(dir, "ann")?.collect();
    paths.sort();
    paths
        .iter()
        .map(|ann| {
            let name = ann
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let text = read_text(&ann.with_extension("txt"))?;
            happenings::read_brat(&name, text, &read_text(ann)?).map_err(Failure::Run)
        })
        .collect()
}

/// Scores the timelines of brat articles, read as they are pasted and with their date line
/// typed in as "Published".
fn evaluate_events(
    dir: &Path,
    stories: &[GoldStory],
    verbose: bool,
) -> (String, Vec<(&'static str, EventCounts)>) {
    let mut columns = Vec::new();
    let mut listing = String::new();
    let mut kinds: HashMap<String, usize> = HashMap::new();
    for (column, given) in [("pasted as is", false), ("Published typed in", true)] {
        let mut total = EventCounts::default();
        for story in stories {
            let published = story.dateline.filter(|_| given);
            let (counts, misses) = score_story(story, published);
            total += counts;
            if !given {
                note_misses(&story.name, &misses, &mut listing, &mut kinds);
            }
        }
        columns.push((column, total));
    }
    let happenings: usize = stories.iter().map(|s| s.happenings.len()).sum();
    let mut report = format!(
        "{}: {} articles, {happenings} happenings marked\n",
        dir.display(),
        stories.len()
    );
    if verbose {
        report.push_str("\nevents, pasted as is:\n");
        report.push_str(&listing);
        report.push_str(&most_common(&kinds));
    }
    report.push('\n');
    report.push_str(&happenings::table(&columns));
    (report, columns)
}

/// One article's event figures and what differs from people's, read against `published`.
fn score_story(story: &GoldStory, published: Option<NaiveDate>) -> (EventCounts, Vec<Miss>) {
    let found = extract(&story.text, published);
    let mut misses = Vec::new();
    let counts = happenings::score(
        story,
        &found.events,
        dateline::find(&story.text),
        &mut misses,
    );
    (counts, misses)
}

fn note_misses(
    name: &str,
    misses: &[Miss],
    listing: &mut String,
    kinds: &mut HashMap<String, usize>,
) {
    if misses.is_empty() {
        return;
    }
    let _ = writeln!(listing, "{name}");
    for miss in misses {
        *kinds.entry(miss.kind.to_string()).or_default() += 1;
        let _ = writeln!(listing, "  {}: {}", miss.kind, one_line(&miss.detail));
    }
}

/// Corpora kept to test the extractor once rules are written: scored on their expressions
/// only, so that nobody reads their events while writing the rules for events.
const TEST_SETS: [&str; 1] = ["te3-platinum"];

/// HeidelTime's published figures (strict F1, relaxed F1, value F1), by corpus folder name:
/// TempEval-3's results for te3-platinum, HeidelTime's own evaluation (TE3 tools) for the
/// TimeBank part of TempEval-3's training data, and for WikiWars its TIMEX2-era scorer
/// (lenient and value), which is not quite the same measure.
const HEIDELTIME: [(&str, f64, f64, f64); 3] = [
    ("te3-platinum", 81.34, 90.30, 77.61),
    ("timebank", 84.91, 91.57, 79.24),
    ("wikiwars", 83.1, 90.3, 80.8),
];

/// One line per corpus: our strict, relaxed and value F1 beside HeidelTime's.
fn summary_table(summary: &[(&PathBuf, Counts)]) -> String {
    let mut out =
        String::from("\nsummary, F1 in percent (HeidelTime's published figures beside ours)\n");
    let _ = writeln!(
        out,
        "  {:<14}{:>9}{:>9}{:>9}   {:>9}{:>9}{:>9}",
        "corpus", "strict", "relaxed", "value", "HT strict", "relaxed", "value"
    );
    for (dir, total) in summary {
        let name = folder_name(dir);
        let relaxed = total.relaxed().f1;
        let ours = format!(
            "{:>9.2}{:>9.2}{:>9.2}",
            100.0 * total.strict().f1,
            100.0 * relaxed,
            100.0 * relaxed * total.value_accuracy()
        );
        let theirs = HEIDELTIME
            .iter()
            .find(|(corpus, ..)| *corpus == name)
            .map_or("        -        -        -".to_string(), |(_, s, r, v)| {
                format!("{s:>9.2}{r:>9.2}{v:>9.2}")
            });
        let _ = writeln!(out, "  {name:<14}{ours}   {theirs}");
    }
    out
}

/// A corpus document: its file name and content.
struct CorpusFile {
    name: String,
    gold: GoldDocument,
}

/// Every `.tml` file of `dir`, in file-name order.
fn read_corpus(dir: &Path) -> Result<Vec<CorpusFile>, Failure> {
    let mut paths: Vec<PathBuf> = files_of(dir, "tml")?.collect();
    if paths.is_empty() {
        return Err(Failure::Run(format!(
            "'{}' holds no .tml files",
            dir.display()
        )));
    }
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let gold = timeml::parse(&read_text(path)?).map_err(|e| {
                Failure::Run(format!(
                    "'{}' is not TimeML as expected: {e}",
                    path.display()
                ))
            })?;
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            Ok(CorpusFile { name, gold })
        })
        .collect()
}

/// Runs the extractor on every document of a corpus and reports its scores; `verbose` adds
/// every difference from gold and the most common kinds of error. A corpus that marks
/// events and links them to times (TimeBank) is scored on its events too.
fn evaluate(
    dir: &Path,
    corpus: &[CorpusFile],
    verbose: bool,
) -> (String, Counts, Option<EventCounts>) {
    let types_annotated = score::types_annotated(corpus.iter().flat_map(|f| &f.gold.timexes));
    let test_set = TEST_SETS.contains(&folder_name(dir).as_str());
    let has_events = !test_set && corpus.iter().any(|f| !f.gold.links.is_empty());
    let mut events = EventCounts::default();
    let mut total = Counts::default();
    let mut kinds: HashMap<String, usize> = HashMap::new();
    let mut listing = String::new();
    for file in corpus {
        let gold = &file.gold;
        let extraction = extract(&gold.text, gold.dct);
        if has_events {
            let story = happenings::from_timebank(&file.name, gold);
            events += happenings::score(&story, &extraction.events, None, &mut Vec::new());
        }
        let found: Vec<Timex> = extraction.mentions.iter().map(timex_of).collect();
        let comparison = Comparison::new(&gold.timexes, &found, types_annotated);
        total += comparison.counts();
        let findings = comparison.findings(&gold.text);
        for finding in &findings {
            *kinds.entry(finding.kind.clone()).or_default() += 1;
        }
        if verbose && !findings.is_empty() {
            let _ = writeln!(listing, "{}", file.name);
            for finding in &findings {
                let _ = writeln!(
                    listing,
                    "  {}: {}",
                    finding.kind,
                    describe_finding(&gold.text, finding)
                );
                let _ = writeln!(listing, "      {}", context(&gold.text, finding.span()));
            }
        }
    }

    let mut report = format!(
        "{}: {} documents, {} gold expressions, {} found\n",
        dir.display(),
        corpus.len(),
        total.gold,
        total.system
    );
    if verbose {
        report.push('\n');
        report.push_str(&listing);
        report.push_str(&most_common(&kinds));
    }
    report.push_str(&score_table(&total, types_annotated));
    if has_events {
        report.push_str("\n  events (the DCT given as the date line):\n");
        report.push_str(&happenings::table(&[("dateline given", events)]));
    }
    (report, total, has_events.then_some(events))
}

/// A found mention in the form gold is read into.
fn timex_of(mention: &Mention) -> Timex {
    Timex {
        id: None,
        span: mention.span,
        kind: type_name(mention.kind()),
        value: mention.value.to_string(),
        modifier: mention.modifier.map(|m| m.to_string()),
    }
}

/// The TimeML name of a type (`DURATION`), spelled as the JSON output spells it.
fn type_name(kind: TimexType) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|name| name.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The expressions of a finding: `"a month" P1M`, or `gold "the last week" 2013-W11, ours
/// "last week" 2013-03-15` for a match.
fn describe_finding(text: &str, finding: &score::Finding) -> String {
    let quote = |t: &Timex| {
        let modifier = t
            .modifier
            .as_ref()
            .map(|m| format!(" ({m})"))
            .unwrap_or_default();
        format!("\"{}\" {}{modifier}", one_line(t.span.of(text)), t.value)
    };
    match (finding.gold, finding.ours) {
        (Some(gold), Some(ours)) => format!("gold {}, ours {}", quote(gold), quote(ours)),
        (Some(only), None) | (None, Some(only)) => quote(only),
        (None, None) => String::new(),
    }
}

/// A few words either side of `span` on one line, the span in brackets.
fn context(text: &str, span: Span) -> String {
    const REACH: usize = 40;
    let mut start = span.start.saturating_sub(REACH);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (span.end + REACH).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    // Whole words only: drop the word the cut went through.
    let (mut before, mut after) = (&text[start..span.start], &text[span.end..end]);
    if start > 0 {
        before = before
            .split_once(char::is_whitespace)
            .map_or("", |(_, kept)| kept);
    }
    if end < text.len() {
        after = after
            .rsplit_once(char::is_whitespace)
            .map_or("", |(kept, _)| kept);
    }
    format!(
        "…{}[{}]{}…",
        one_line(before),
        one_line(span.of(text)),
        one_line(after)
    )
}

fn one_line(text: &str) -> String {
    text.replace(['\n', '\r', '\t'], " ")
}

/// The ten most frequent kinds of error, most frequent first.
fn most_common(kinds: &HashMap<String, usize>) -> String {
    let mut ranked: Vec<(&String, &usize)> = kinds.iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let mut out = String::from("\nmost common error kinds:\n");
    if ranked.is_empty() {
        out.push_str("  none\n");
    }
    for (kind, count) in ranked.into_iter().take(10) {
        let _ = writeln!(out, "  {count:>6}  {kind}");
    }
    out
}

/// Strict and relaxed precision, recall and F1, and type and value accuracy and F1.
fn score_table(total: &Counts, types_annotated: bool) -> String {
    let percent = |rate: f64| format!("{:.2}%", rate * 100.0);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\n  {:<9}{:>9}{:>11}{:>11}{:>11}",
        "", "matches", "precision", "recall", "F1"
    );
    for (label, matches, rates) in [
        ("strict", total.strict, total.strict()),
        ("relaxed", total.relaxed, total.relaxed()),
    ] {
        let _ = writeln!(
            out,
            "  {label:<9}{matches:>9}{:>11}{:>11}{:>11}",
            percent(rates.precision),
            percent(rates.recall),
            percent(rates.f1)
        );
    }
    let _ = writeln!(
        out,
        "\n  {:<9}{:>9}{:>11}{:>11}",
        "", "correct", "accuracy", "F1"
    );
    let relaxed_f1 = total.relaxed().f1;
    if types_annotated {
        let accuracy = total.type_accuracy();
        let _ = writeln!(
            out,
            "  {:<9}{:>9}{:>11}{:>11}",
            "type",
            total.type_correct,
            percent(accuracy),
            percent(relaxed_f1 * accuracy)
        );
    } else {
        let _ = writeln!(
            out,
            "  {:<9}{:>9}{:>11}{:>11}   every gold type is DATE, durations too (TIMEX2 origin)",
            "type", "-", "n/a", "n/a"
        );
    }
    let accuracy = total.value_accuracy();
    let _ = writeln!(
        out,
        "  {:<9}{:>9}{:>11}{:>11}",
        "value",
        total.value_correct,
        percent(accuracy),
        percent(relaxed_f1 * accuracy)
    );
    let unjudged = total.relaxed - total.value_judged;
    if unjudged > 0 {
        let _ = writeln!(
            out,
            "  ({unjudged} relaxed matches have gold value 'null', left unresolved by the annotators: not judged)"
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use sourceline_core::time::TimexValue;
    use sourceline_core::{Event, EventDate, Origin, Resolution};

    fn args(line: &str) -> Vec<OsString> {
        line.split_whitespace().map(OsString::from).collect()
    }

    #[test]
    fn command_line_mistakes_are_usage_errors() {
        for line in [
            "",
            "extract",
            "extract a b",
            "extract a --dct",
            "extract a --dct 2024-13-01",
            "extract a --verbose",
            "eval",
            "eval dir --dct 2024-01-01",
            "frob",
        ] {
            assert!(
                matches!(parse_args(args(line)), Err(Failure::Usage(_))),
                "'{line}' should be a usage error"
            );
        }
        assert!(matches!(
            parse_args(args("extract - --dct 2024-06-19")),
            Ok(Command::Extract { dct: Some(_), .. })
        ));
        assert!(matches!(
            parse_args(args("eval a --verbose b")),
            Ok(Command::Eval { ref dirs, verbose: true }) if dirs.len() == 2
        ));
    }

    #[test]
    fn extract_json_quotes_mentions_and_points_events_at_them() {
        let text = "Kim’s summit on Wednesday, after 2019.";
        let mention = |start: usize, end: usize, value: &str| Mention {
            span: Span::new(start, end),
            value: TimexValue::Point(value.parse().unwrap()),
            modifier: None,
            resolution: Resolution::Stated,
        };
        let (wednesday, year) = (mention(18, 27, "2024-06-19"), mention(35, 39, "2019"));
        let extraction = Extraction {
            dateline: NaiveDate::from_ymd_opt(2024, 6, 19),
            sentences: vec![Span::new(0, text.len())],
            mentions: vec![wednesday, year.clone()],
            events: vec![Event {
                id: "summit-2019".to_string(),
                title: "Summit".to_string(),
                date: EventDate::On("2019".parse().unwrap()),
                derivation: String::new(),
                evidence: vec![Span::new(0, text.len())],
                mentions: vec![year],
                origin: Origin::Extracted,
            }],
        };
        let json = serde_json::to_value(ExtractionJson::new(text, &extraction)).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "dct": "2024-06-19",
                "sentences": [{"start": 0, "end": 40}],
                "mentions": [
                    {"start": 18, "end": 27, "text": "Wednesday", "type": "DATE", "value": "2024-06-19", "mod": null},
                    {"start": 35, "end": 39, "text": "2019", "type": "DATE", "value": "2019", "mod": null},
                ],
                "events": [{
                    "id": "summit-2019",
                    "title": "Summit",
                    "value": "2019",
                    "evidence": [{"start": 0, "end": 40}],
                    "mentions": [1],
                }],
            })
        );
    }
}
