use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use sourceline_core::text::{find_ignoring_ascii_case, paragraphs, Span};
use sourceline_core::Timeline;
use yew::prelude::*;

use crate::browser;
use crate::locale;

/// Paragraphs drawn as one piece, which draws again only when what it shows changes.
const CHUNK: usize = 40;
/// Chunks drawn at first: a book-length text drawn whole would hold the page for seconds.
const FIRST_CHUNKS: usize = 5;
/// Of those, the chunks drawn in the article's first frame, more than a screen: the others
/// follow once it is on screen, so that a new article shows sooner.
const SCREEN_CHUNKS: usize = 1;
/// Chunks added each time the reader nears the end of what is drawn: few, so that each
/// addition is a short task however much is drawn already.
const MORE_CHUNKS: usize = 2;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub timeline: Rc<Timeline>,
    pub selected: Option<String>,
    /// What the reader searches for: its matches are highlighted.
    pub query: String,
    /// A sentence that is evidence of some event was clicked.
    pub onselectsentence: Callback<usize>,
    /// Draw the whole text, not what has been scrolled to: the page is printed.
    #[prop_or_default]
    pub whole: bool,
}

/// The article's text, sentence by sentence; the selected event's evidence is in `<mark>`, and
/// every temporal expression is underlined, with its value and derivation on hover and focus.
/// A long text is drawn a part at a time, as the reader scrolls (or asks for more).
#[component]
pub fn ArticleView(props: &ArticleProps) -> Html {
    let timeline = &props.timeline;
    let paragraphs = use_memo(timeline.clone(), |t| paragraphs(&t.document.text));
    let chunks = paragraphs.len().div_ceil(CHUNK);
    let drawn = use_state(|| SCREEN_CHUNKS);
    {
        let drawn = drawn.clone();
        // A new article starts at its top; an edit keeps what the reader has scrolled through.
        let article = (
            timeline.document.title.clone(),
            timeline.document.text.len(),
        );
        use_effect_with(article, move |_| {
            drawn.set(SCREEN_CHUNKS);
            let gone = Rc::new(Cell::new(false));
            let later = gone.clone();
            wasm_bindgen_futures::spawn_local(async move {
                browser::after_paint().await;
                if !later.get() {
                    drawn.set(FIRST_CHUNKS);
                }
            });
            move || gone.set(true)
        });
    }
    let marked: Vec<Span> = props
        .selected
        .as_deref()
        .and_then(|id| timeline.event(id))
        .map(|e| e.evidence.clone())
        .unwrap_or_default();
    // The selected event's first passage is always drawn, as the page scrolls to it.
    let needed = marked.first().map_or(0, |first| {
        paragraphs.partition_point(|p| p.end <= first.start) / CHUNK + 1
    });
    let shown = if props.whole {
        chunks
    } else {
        (*drawn).max(needed).min(chunks)
    };

    let more = use_node_ref();
    {
        let (more, drawn) = (more.clone(), drawn.clone());
        use_effect_with(shown, move |&shown| {
            let listener = EventListener::new(&gloo::utils::window(), "scroll", move |_| {
                let near = more.cast::<web_sys::Element>().is_some_and(|element| {
                    let height = gloo::utils::window()
                        .inner_height()
                        .ok()
                        .and_then(|h| h.as_f64())
                        .unwrap_or(0.0);
                    element.get_bounding_client_rect().top() < 2.0 * height
                });
                if near {
                    drawn.set(shown + MORE_CHUNKS);
                }
            });
            move || drop(listener)
        });
    }
    let onmore = {
        let drawn = drawn.clone();
        Callback::from(move |_: MouseEvent| drawn.set(shown + MORE_CHUNKS))
    };

    let body = (0..shown).map(|chunk| {
        let range = (chunk * CHUNK, ((chunk + 1) * CHUNK).min(paragraphs.len()));
        let area = Span::new(paragraphs[range.0].start, paragraphs[range.1 - 1].end);
        let marked: Vec<Span> = marked
            .iter()
            .copied()
            .filter(|m| m.overlaps(&area))
            .collect();
        html! {
            <ArticleChunk key={chunk} timeline={timeline.clone()} paragraphs={paragraphs.clone()}
                {range} {marked} query={props.query.clone()}
                onselectsentence={props.onselectsentence.clone()} />
        }
    });
    let left = paragraphs.len() - (shown * CHUNK).min(paragraphs.len());
    html! {
        <article class="article" aria-label="Article" lang={timeline.document.lang.clone()}>
            { for body }
            if left > 0 {
                <p class="more" ref={more}>
                    <button type="button" class="secondary" onclick={onmore}>
                        { format!("Show more of the article ({left} paragraphs to go)") }
                    </button>
                </p>
            }
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct ChunkProps {
    timeline: Rc<Timeline>,
    paragraphs: Rc<Vec<Span>>,
    /// The paragraphs drawn: from the first, up to the last (excluded).
    range: (usize, usize),
    /// The selected event's evidence in these paragraphs.
    marked: Vec<Span>,
    query: String,
    onselectsentence: Callback<usize>,
}

/// Some paragraphs of the article, sentence by sentence.
#[component]
fn ArticleChunk(props: &ChunkProps) -> Html {
    let timeline = &props.timeline;
    let doc = &timeline.document;
    let text = doc.text.as_str();
    let paragraphs = &props.paragraphs[props.range.0..props.range.1];
    let Some(area) = paragraphs
        .first()
        .zip(paragraphs.last())
        .map(|(first, last)| Span::new(first.start, last.end))
    else {
        return Html::default();
    };
    let query = props.query.trim();
    let searched = |start: usize, end: usize| with_matches(text, query, start, end);
    let mentions = doc.mentions.as_slice();
    // Mentions are in text order, as are sentences: one cursor serves the whole chunk.
    let mut next_mention = mentions.partition_point(|m| m.span.end <= area.start);
    let mut underlined = |start: usize, end: usize| -> Html {
        while next_mention < mentions.len() && mentions[next_mention].span.end <= start {
            next_mention += 1;
        }
        let mut parts = Vec::new();
        let mut at = start;
        let mut i = next_mention;
        while i < mentions.len() && mentions[i].span.start < end {
            let mention = &mentions[i];
            let (from, to) = (mention.span.start.max(at), mention.span.end.min(end));
            if from >= to {
                i += 1;
                continue;
            }
            parts.push(searched(at, from));
            let explained = mention.explain_with(text, doc.dateline, &locale::value);
            parts.push(html! {
                <span class="timex" tabindex="0" data-value={mention.value.to_string()}
                    data-tip={explained.clone()} aria-label={explained}>{ searched(from, to) }</span>
            });
            at = to;
            if mention.span.end > end {
                break;
            }
            i += 1;
        }
        parts.push(searched(at, end));
        html! { <>{ for parts }</> }
    };

    let local = evidence_in(timeline, area);
    let mut sentence = |index: usize| -> Html {
        let span = doc.sentences[index];
        let titles: Vec<&str> = local
            .iter()
            .filter(|(_, spans)| spans.iter().any(|s| s.overlaps(&span)))
            .map(|(title, _)| *title)
            .collect();
        let highlight = props
            .marked
            .iter()
            .filter(|m| m.overlaps(&span))
            .map(|m| (m.start.max(span.start), m.end.min(span.end)))
            .reduce(|a, b| (a.0.min(b.0), a.1.max(b.1)));
        let content = match highlight {
            Some((start, end)) => html! {<>
                { underlined(span.start, start) }<mark>{ underlined(start, end) }</mark>{ underlined(end, span.end) }
            </>},
            None => underlined(span.start, span.end),
        };
        sentence_of(
            index,
            &titles,
            highlight.is_some(),
            content,
            &props.onselectsentence,
        )
    };

    let mut next_sentence = doc.sentences.partition_point(|s| s.end <= area.start);
    let body = paragraphs.iter().map(|paragraph| {
        let mut parts: Vec<Html> = Vec::new();
        let mut at = paragraph.start;
        while next_sentence < doc.sentences.len()
            && paragraph.contains(&doc.sentences[next_sentence])
        {
            let span = doc.sentences[next_sentence];
            parts.push(html! { &text[at..span.start] });
            parts.push(sentence(next_sentence));
            at = span.end;
            next_sentence += 1;
        }
        parts.push(html! { &text[at..paragraph.end] });
        html! { <p dir="auto">{ for parts }</p> }
    });
    html! { <>{ for body }</> }
}

/// The article's words from `start` to `end`, with the matches of the search for `query`
/// marked, as the search finds events.
fn with_matches(text: &str, query: &str, start: usize, end: usize) -> Html {
    let piece = &text[start..end];
    let mut parts = Vec::new();
    let mut at = 0;
    for found in find_ignoring_ascii_case(piece, query) {
        let to = found + query.len();
        parts.push(html! { &piece[at..found] });
        parts.push(html! { <span class="match">{ &piece[found..to] }</span> });
        at = to;
    }
    parts.push(html! { &piece[at..] });
    html! { <>{ for parts }</> }
}

/// The events of `timeline` with evidence in `area`, each with just that evidence: a
/// book-length text's events have thousands of passages, and each sentence is checked
/// against these.
fn evidence_in(timeline: &Timeline, area: Span) -> Vec<(&str, Vec<Span>)> {
    timeline
        .events
        .iter()
        .map(|e| {
            let from = e.evidence.partition_point(|s| s.end <= area.start);
            let to = e.evidence.partition_point(|s| s.start < area.end);
            (e.title.as_str(), e.evidence[from..to.max(from)].to_vec())
        })
        .filter(|(_, spans)| !spans.is_empty())
        .collect()
}

/// Sentence `index`, drawn as `content`: when it is evidence of the events `titled`, it says
/// so on hover and selects them when clicked; `selected` when the selected event's is here.
fn sentence_of(
    index: usize,
    titled: &[&str],
    selected: bool,
    content: Html,
    onselectsentence: &Callback<usize>,
) -> Html {
    if titled.is_empty() {
        return html! { <span class="sentence" data-sentence={index.to_string()}>{ content }</span> };
    }
    let hint = format!("Evidence for: {}", titled.join("; "));
    let shared = (titled.len() > 1).then(|| format!("{} events", titled.len()));
    let onclick = onselectsentence.reform(move |_: MouseEvent| index);
    html! {
        <span class={if selected { "sentence evidence selected" } else { "sentence evidence" }}
            data-sentence={index.to_string()} title={hint} data-shared={shared} {onclick}>
            { content }
        </span>
    }
}
