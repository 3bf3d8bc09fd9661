use std::rc::Rc;

use sourceline_core::text::{paragraphs, Span};
use sourceline_core::{Mention, Timeline};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub timeline: Rc<Timeline>,
    pub selected: Option<String>,
    /// Every temporal expression in the text, in text order: each is underlined.
    pub mentions: Rc<Vec<Mention>>,
    /// What the reader searches for: its matches are highlighted.
    pub query: String,
    /// A sentence that is evidence of some event was clicked.
    pub onselectsentence: Callback<usize>,
}

/// The article's text, sentence by sentence; the selected event's evidence is in `<mark>`, and
/// every temporal expression is underlined, with its value and derivation on hover and focus.
#[component]
pub fn ArticleView(props: &ArticleProps) -> Html {
    let timeline = &props.timeline;
    let doc = &timeline.document;
    let text = doc.text.as_str();
    let mentions = props.mentions.as_slice();
    let query = props.query.trim().to_ascii_lowercase();
    // Search matches, ignoring the case of ASCII letters (which keeps byte offsets in place).
    let searched = |start: usize, end: usize| -> Html {
        let piece = &text[start..end];
        if query.is_empty() {
            return html! { piece };
        }
        let lower = piece.to_ascii_lowercase();
        let mut parts = Vec::new();
        let mut at = 0;
        for (found, _) in lower.match_indices(query.as_str()) {
            if found < at {
                continue;
            }
            let to = found + query.len();
            parts.push(html! { &piece[at..found] });
            parts.push(html! { <span class="match">{ &piece[found..to] }</span> });
            at = to;
        }
        parts.push(html! { &piece[at..] });
        html! { <>{ for parts }</> }
    };
    // Mentions are in text order, as are sentences: one cursor serves the whole article.
    let mut next_mention = 0;
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
            parts.push(searched(at, from));
            let explained = mention.explain(text, doc.dateline);
            parts.push(html! {
                <span class="timex" tabindex="0" data-value={mention.value.clone()}
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
    let marked: Vec<Span> = props
        .selected
        .as_deref()
        .and_then(|id| timeline.event(id))
        .map(|e| e.evidence.clone())
        .unwrap_or_default();

    let mut sentence = |index: usize| -> Html {
        let span = doc.sentences[index];
        let events = timeline.events_of_sentence(index);
        let highlight = marked
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
        if events.is_empty() {
            return html! { <span class="sentence" data-sentence={index.to_string()}>{ content }</span> };
        }
        let titles: Vec<&str> = events.iter().map(|e| e.title.as_str()).collect();
        let hint = format!("Evidence for: {}", titles.join("; "));
        let shared = (events.len() > 1).then(|| format!("{} events", events.len()));
        let onclick = props.onselectsentence.reform(move |_: MouseEvent| index);
        html! {
            <span class={classes!("sentence", "evidence", highlight.map(|_| "selected"))}
                data-sentence={index.to_string()} title={hint} data-shared={shared} {onclick}>
                { content }
            </span>
        }
    };

    let mut next_sentence = 0;
    let body = paragraphs(text).into_iter().map(|paragraph| {
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
        html! { <p>{ for parts }</p> }
    });

    html! {
        <article class="article" aria-label="Article">
            { for body }
        </article>
    }
}
