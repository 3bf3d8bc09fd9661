use std::rc::Rc;

use sourceline_core::text::{paragraphs, Span};
use sourceline_core::Timeline;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub timeline: Rc<Timeline>,
    pub selected: Option<String>,
    /// A sentence that is evidence of some event was clicked.
    pub onselectsentence: Callback<usize>,
}

/// The article's text, sentence by sentence; the selected event's evidence is in `<mark>`.
#[component]
pub fn ArticleView(props: &ArticleProps) -> Html {
    let timeline = &props.timeline;
    let doc = &timeline.document;
    let text = doc.text.as_str();
    let marked: Vec<Span> = props
        .selected
        .as_deref()
        .and_then(|id| timeline.event(id))
        .map(|e| e.evidence.clone())
        .unwrap_or_default();

    let sentence = |index: usize| -> Html {
        let span = doc.sentences[index];
        let events = timeline.events_of_sentence(index);
        let highlight = marked
            .iter()
            .filter(|m| m.overlaps(&span))
            .map(|m| (m.start.max(span.start), m.end.min(span.end)))
            .reduce(|a, b| (a.0.min(b.0), a.1.max(b.1)));
        let content = match highlight {
            Some((start, end)) => html! {<>
                { &text[span.start..start] }<mark>{ &text[start..end] }</mark>{ &text[end..span.end] }
            </>},
            None => html! { span.of(text) },
        };
        if events.is_empty() {
            return html! { <span class="sentence" data-sentence={index.to_string()}>{ content }</span> };
        }
        let titles: Vec<&str> = events.iter().map(|e| e.title.as_str()).collect();
        let hint = format!("Evidence for: {}", titles.join("; "));
        let onclick = props.onselectsentence.reform(move |_: MouseEvent| index);
        html! {
            <span class={classes!("sentence", "evidence", highlight.map(|_| "selected"))}
                data-sentence={index.to_string()} title={hint} {onclick}>
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
