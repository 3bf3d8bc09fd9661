//! A reading of a text by the worker, as a state machine: asked for, handed over once the
//! progress bar is drawn, its progress, its answer (the worker's, or the page's own when the
//! worker never answers), cancelled, or replaced by the next one.
//!
//! [`Build::reduce`] returns the effects the `use_build` hook carries out: stop the worker,
//! start it, the page's actions an answer comes to, an export that waited for the reading.
//! Every reading of a text goes through it: an article built, a passage made an event, a new
//! publication date, a file's underlines.

use std::rc::Rc;

use chrono::NaiveDate;
use sourceline_core::doc::Edit;
use sourceline_core::extract::{timeline_of, Extraction};
use sourceline_core::{Document, Span, Timeline};

use crate::extraction::{Read, Reply};
use crate::files::Export;
use crate::state;

/// A pasted article and the date it was published, if the reader gave one.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub text: String,
    pub published: Option<NaiveDate>,
    /// The name of the file the text was read from, if it was not pasted.
    pub file: Option<String>,
}

/// What a reading is for: what its answer becomes.
#[derive(Debug)]
enum Purpose {
    /// An article's timeline, from the file named `file` if not pasted, asked for while
    /// `sent` was on screen.
    Article {
        text: Rc<String>,
        file: Option<String>,
        sent: Rc<Timeline>,
    },
    /// A new event with this passage as its evidence.
    Passage(Span),
    /// The article read again against a new publication date.
    Republish(NaiveDate),
    /// The underlines of a document opened without its temporal expressions.
    Underline(Rc<Document>),
}

/// A text for the worker to read.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub text: Rc<String>,
    pub published: Option<NaiveDate>,
    /// The curated timeline the text is a new version of, in our JSON, to build again.
    pub curated: Option<String>,
}

/// The reading in progress.
#[derive(Debug)]
struct Running {
    job: u32,
    purpose: Purpose,
    /// The text, until it is handed over.
    waiting: Option<Request>,
    /// The share done.
    done: f64,
}

/// The page's reading of a text, if one is in progress.
#[derive(Debug, Default)]
pub struct Build {
    /// How many readings were asked for: each one's number, so that the answer of one
    /// cancelled or replaced since is told apart and ignored.
    asked: u32,
    running: Option<Running>,
    /// An export asked for during a reading (a new publication date, say): done once it
    /// ends, so that the file holds what the reader asked for.
    queued: Option<Export>,
}

/// What the reader asked for, or the worker said.
#[derive(Debug)]
pub enum Action {
    /// Build the timeline of an article; `on_screen` is the timeline shown, whose curation
    /// is sent along when the article may be a new version of its own.
    Article(Draft, Rc<Timeline>),
    /// Make an event of the sentences `evidence` covers in `timeline`'s article.
    Passage(Rc<Timeline>, Span),
    /// Read the article of `document` again as published on this day.
    Republish(Rc<Document>, NaiveDate),
    /// Find the temporal expressions of `document`, if it has none, for the underlines.
    Underline(Rc<Document>),
    /// The progress bar of reading `job` is drawn: its text is handed over.
    HandOver(u32),
    /// The share of reading `job` done.
    Progress(u32, f64),
    /// The answer to reading `job`, or why there is none.
    Answered(u32, Result<Reply<Read>, String>),
    Cancel,
    /// Save the timeline on screen as a file in this format, once no reading is in progress.
    Export(Export),
}

/// What the hook does for an action.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Stop the worker of the reading before, if it still runs.
    Stop,
    /// Hand reading `job` over in a task of its own, so that its progress bar is drawn first.
    HandOver(u32),
    /// Start a worker on reading `job`.
    Start(u32, Request),
    /// An action for the page's state: what the answer comes to, or a problem.
    Page(state::Action),
    /// Save the timeline on screen, as it is once the actions before are done.
    Export(Export),
}

impl Build {
    /// The share done of the reading in progress, if there is one.
    pub fn progress(&self) -> Option<f64> {
        self.running.as_ref().map(|r| r.done)
    }

    /// The next state after `action`, and the effects it asks for.
    pub fn reduce(&mut self, action: Action) -> Vec<Effect> {
        let current =
            |job: u32, running: &Option<Running>| running.as_ref().is_some_and(|r| r.job == job);
        match action {
            Action::Article(draft, on_screen) => {
                if draft.text.trim().is_empty() {
                    let why = "Paste the text of an article into \"Article text\" first.";
                    return vec![Effect::Page(state::Action::Problem(why.into()))];
                }
                let text = Rc::new(draft.text);
                let curated = may_be_version(&on_screen, &text).then(|| on_screen.to_json());
                let request = Request {
                    text: text.clone(),
                    published: draft.published,
                    curated,
                };
                let purpose = Purpose::Article {
                    text,
                    file: draft.file,
                    sent: on_screen,
                };
                self.read(request, purpose)
            }
            Action::Passage(timeline, evidence) => {
                let Some((text, published)) = timeline.passage_to_read(evidence) else {
                    return Vec::new();
                };
                let request = Request {
                    text: Rc::new(text.to_string()),
                    published,
                    curated: None,
                };
                self.read(request, Purpose::Passage(evidence))
            }
            Action::Republish(document, published) => {
                let request = Request {
                    text: Rc::new(document.text.clone()),
                    published: Some(published),
                    curated: None,
                };
                self.read(request, Purpose::Republish(published))
            }
            Action::Underline(document) => {
                if !document.mentions.is_empty() || document.text.is_empty() {
                    return Vec::new();
                }
                let request = Request {
                    text: Rc::new(document.text.clone()),
                    published: document.dateline.and_then(|d| d.date()),
                    curated: None,
                };
                self.read(request, Purpose::Underline(document))
            }
            Action::HandOver(job) if current(job, &self.running) => {
                let running = self.running.as_mut().and_then(|r| r.waiting.take());
                running
                    .map(|request| Effect::Start(job, request))
                    .into_iter()
                    .collect()
            }
            Action::Progress(job, share) if current(job, &self.running) => {
                if let Some(running) = &mut self.running {
                    running.done = share;
                }
                Vec::new()
            }
            Action::Answered(job, answer) if current(job, &self.running) => {
                let Some(running) = self.running.take() else {
                    return Vec::new();
                };
                let mut effects = vec![Effect::Stop];
                match answer {
                    Ok(Reply { answer, on_page }) => {
                        running.purpose.tell(answer, &mut effects);
                        effects
                            .extend(on_page.map(|why| Effect::Page(state::Action::Problem(why))));
                    }
                    Err(why) => effects.push(Effect::Page(state::Action::Problem(format!(
                        "The article was not read: {why}. The timeline on screen stays."
                    )))),
                }
                effects.extend(self.queued.take().map(Effect::Export));
                effects
            }
            // A reading cancelled or replaced since has nothing to show.
            Action::HandOver(_) | Action::Progress(..) | Action::Answered(..) => Vec::new(),
            Action::Cancel => match self.running.take() {
                Some(_) => std::iter::once(Effect::Stop)
                    .chain(self.queued.take().map(Effect::Export))
                    .collect(),
                None => Vec::new(),
            },
            Action::Export(format) if self.running.is_some() => {
                self.queued = Some(format);
                Vec::new()
            }
            Action::Export(format) => vec![Effect::Export(format)],
        }
    }

    /// Starts a reading in place of the one running, which stops; the bar is drawn first.
    fn read(&mut self, request: Request, purpose: Purpose) -> Vec<Effect> {
        self.asked += 1;
        self.running = Some(Running {
            job: self.asked,
            purpose,
            waiting: Some(request),
            done: 0.0,
        });
        vec![Effect::Stop, Effect::HandOver(self.asked)]
    }
}

impl Purpose {
    /// What the worker's answer comes to, told the page after `effects`.
    fn tell(self, read: Read, effects: &mut Vec<Effect>) {
        use state::Action::{Open, Problem, Rebuilt};
        let told = match (self, read) {
            (Purpose::Article { sent, .. }, Read::Rebuilt(rebuilt)) => {
                match Timeline::from_json(&rebuilt.timeline) {
                    Ok(timeline) => Rebuilt {
                        sent,
                        timeline: Rc::new(timeline),
                        said: rebuilt.said,
                        lost: rebuilt.lost,
                    },
                    Err(e) => Problem(format!("The article was not built again: {e}.")),
                }
            }
            // A build's warning (no date line) is said after the timeline is shown, which
            // clears what was said before.
            (Purpose::Article { text, file, .. }, Read::Found(found)) => {
                match built(text.to_string(), file.as_deref(), found) {
                    Ok((timeline, warning)) => {
                        effects.push(Effect::Page(Open(Rc::new(timeline))));
                        match warning {
                            Some(warning) => Problem(warning),
                            None => return,
                        }
                    }
                    Err(why) => Problem(why),
                }
            }
            (Purpose::Passage(evidence), Read::Found(found)) => {
                let found = found.into();
                state::Action::Edit(Edit::Add { evidence, found })
            }
            (Purpose::Republish(published), Read::Found(found)) => {
                let found = found.into();
                state::Action::Edit(Edit::Republish { published, found })
            }
            (Purpose::Underline(document), Read::Found(found)) => {
                state::Action::Underline(document, found.mentions)
            }
            // Only an article's reading sends a curated timeline to build again.
            (_, Read::Rebuilt(_)) => return,
        };
        effects.push(Effect::Page(told));
    }
}

/// Whether `text` may be a new version of the article of `on_screen`, worth sending its
/// curation to the worker with it: one of the article's first sentences is in it.
fn may_be_version(on_screen: &Timeline, text: &str) -> bool {
    let doc = &on_screen.document;
    doc.sentences
        .iter()
        .take(5)
        .map(|s| s.of(&doc.text))
        .any(|sentence| sentence.len() > 20 && text.contains(sentence))
}

/// The timeline of an article (read from the file named `file`, if not pasted) from what
/// the worker found in it, and what the reader should know about it.
///
/// # Errors
/// Why there is no timeline to show, when the article gave no event: the timeline on
/// screen stays rather than give way to an empty one.
fn built(
    text: String,
    file: Option<&str>,
    found: Extraction,
) -> Result<(Timeline, Option<String>), String> {
    let timeline = timeline_of(text, found);
    // Without a date, relative words cannot be dated: say so first, as it is the fix.
    let undated = timeline.document.dateline.is_none().then(|| {
        "This text has no date line, so words like \"Friday\" or \"last year\" could not be dated: \
         enter the date it was published in \"Published\" and build again."
            .to_string()
    });
    if !timeline.events.is_empty() {
        return Ok((timeline, undated));
    }
    // Nothing to show: the timeline on screen stays, and the reader learns why.
    let what = file.map_or("this text".to_string(), |name| format!("\"{name}\""));
    Err(match undated {
        Some(fix) => {
            format!("No dates were found in {what}. {fix} The timeline on screen stays.")
        }
        None => format!(
            "No dates were found in {what}, so there is nothing to put on a timeline. \
             The timeline on screen stays."
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extraction::rebuilt;
    use crate::state::{Action as Page, AppState};

    fn seed() -> Rc<Timeline> {
        AppState::seed().timeline
    }

    fn draft(text: &str, published: Option<NaiveDate>) -> Action {
        let draft = Draft {
            text: text.into(),
            published,
            file: None,
        };
        Action::Article(draft, seed())
    }

    /// An article dated by its words alone, and without a date line.
    fn vote() -> Action {
        draft("Vote\n\nThe council voted in 2011.", None)
    }

    /// What the worker answers `request`, read natively.
    fn worker(request: &Request) -> Read {
        let found = sourceline_core::extract::extract(&request.text, request.published);
        match request.curated.as_deref() {
            Some(curated) => match rebuilt(&request.text, &found, curated).unwrap() {
                Some(rebuilt) => Read::Rebuilt(rebuilt),
                None => Read::Found(found),
            },
            None => Read::Found(found),
        }
    }

    /// Asks for a reading and hands it over, as the hook does once the bar is drawn: the
    /// reading's number and the request the worker is started on.
    fn started(build: &mut Build, action: Action) -> (u32, Request) {
        let effects = build.reduce(action);
        let [Effect::Stop, Effect::HandOver(job)] = effects[..] else {
            panic!("a reading stops the one before and waits for the bar: {effects:?}");
        };
        assert_eq!(build.progress(), Some(0.0), "the bar shows at once");
        let effects = build.reduce(Action::HandOver(job));
        let [Effect::Start(started, request)] = &effects[..] else {
            panic!("handed over: {effects:?}");
        };
        assert_eq!(*started, job);
        (job, request.clone())
    }

    /// The page's actions among `effects`, after the worker is stopped.
    fn page_told(effects: Vec<Effect>) -> Vec<Page> {
        let mut effects = effects.into_iter();
        assert_eq!(
            effects.next(),
            Some(Effect::Stop),
            "the worker's work is over"
        );
        effects
            .map(|effect| match effect {
                Effect::Page(action) => action,
                other => panic!("only the page is told: {other:?}"),
            })
            .collect()
    }

    fn answered(job: u32, answer: Read, on_page: Option<&str>) -> Action {
        let on_page = on_page.map(str::to_string);
        Action::Answered(job, Ok(Reply { answer, on_page }))
    }

    #[test]
    fn an_article_is_read_with_progress_and_opened_when_the_worker_answers() {
        let mut build = Build::default();
        let published = NaiveDate::from_ymd_opt(2013, 3, 22);
        let (job, request) = started(
            &mut build,
            draft("Vote\n\nThe council voted on Monday.", published),
        );
        assert_eq!(request.published, published);
        assert_eq!(request.curated, None, "another article: no curation sent");
        assert_eq!(build.reduce(Action::Progress(job, 0.5)), []);
        assert_eq!(build.progress(), Some(0.5));
        let told = page_told(build.reduce(answered(job, worker(&request), None)));
        assert_eq!(build.progress(), None, "the bar goes");
        let [Page::Open(timeline)] = &told[..] else {
            panic!("opened, nothing else said: {told:?}");
        };
        assert_eq!(timeline.events[0].date.to_string(), "2013-03-18");
    }

    #[test]
    fn an_article_without_a_date_or_a_text_is_explained() {
        let mut build = Build::default();
        let effects = build.reduce(draft("  \n ", None));
        let [Effect::Page(Page::Problem(why))] = &effects[..] else {
            panic!("{effects:?}");
        };
        assert!(why.contains("Article text"));
        assert_eq!(build.progress(), None, "nothing is read");

        let (job, request) = started(
            &mut build,
            draft("Vote\n\nThe council voted on Friday.", None),
        );
        assert_eq!(
            page_told(build.reduce(answered(job, worker(&request), None))),
            [Page::Problem(
                "No dates were found in this text. This text has no date line, so words like \
                 \"Friday\" or \"last year\" could not be dated: enter the date it was published \
                 in \"Published\" and build again. The timeline on screen stays."
                    .into()
            )]
        );
        let (job, request) = started(&mut build, vote());
        let told = page_told(build.reduce(answered(job, worker(&request), None)));
        let [Page::Open(_), Page::Problem(warning)] = &told[..] else {
            panic!("opened, then the warning: {told:?}");
        };
        assert!(warning.contains("Published"));

        let file = Draft {
            text: "Notes\n\nWater the basil.".into(),
            published: NaiveDate::from_ymd_opt(2013, 3, 22),
            file: Some("notes.txt".into()),
        };
        let (job, request) = started(&mut build, Action::Article(file, seed()));
        assert_eq!(
            page_told(build.reduce(answered(job, worker(&request), None))),
            [Page::Problem(
                "No dates were found in \"notes.txt\", so there is nothing to put on a \
                 timeline. The timeline on screen stays."
                    .into()
            )]
        );
    }

    #[test]
    fn a_cancelled_reading_stops_its_worker_and_its_answer_is_ignored() {
        let mut build = Build::default();
        let (job, request) = started(&mut build, vote());
        assert_eq!(build.reduce(Action::Cancel), [Effect::Stop]);
        assert_eq!(build.progress(), None);
        assert_eq!(build.reduce(Action::Progress(job, 0.9)), []);
        assert_eq!(build.progress(), None, "a late progress shows no bar");
        assert_eq!(build.reduce(answered(job, worker(&request), None)), []);
        assert_eq!(build.reduce(Action::Cancel), [], "nothing left to stop");
        // Cancelled before it was handed over: it is never started.
        let effects = build.reduce(vote());
        let [Effect::Stop, Effect::HandOver(job)] = effects[..] else {
            panic!("{effects:?}");
        };
        build.reduce(Action::Cancel);
        assert_eq!(build.reduce(Action::HandOver(job)), []);
    }

    #[test]
    fn a_new_reading_replaces_the_one_running_whose_answer_is_then_ignored() {
        let mut build = Build::default();
        let (first, request) = started(&mut build, vote());
        let published = NaiveDate::from_ymd_opt(2024, 6, 20).unwrap();
        let document = seed().document.clone();
        let (second, again) = started(&mut build, Action::Republish(document, published));
        assert_ne!(first, second);
        assert_eq!(build.reduce(answered(first, worker(&request), None)), []);
        assert_eq!(build.progress(), Some(0.0), "the second still runs");
        let told = page_told(build.reduce(answered(second, worker(&again), None)));
        let [Page::Edit(Edit::Republish { published: on, .. })] = &told[..] else {
            panic!("{told:?}");
        };
        assert_eq!(*on, published);
    }

    #[test]
    fn a_worker_that_never_answers_leaves_the_reading_to_the_page_which_says_so() {
        let mut build = Build::default();
        let (job, request) = started(&mut build, vote());
        let why = "The background worker did not answer within 10 seconds, so the work was done \
                   on this page instead, which held the page still meanwhile.";
        let told = page_told(build.reduce(answered(job, worker(&request), Some(why))));
        let [Page::Open(_), Page::Problem(warning), Page::Problem(said)] = &told[..] else {
            panic!("opened, its warning, then why the page did it: {told:?}");
        };
        assert!(warning.contains("no date line"));
        assert_eq!(said, why);
        // Neither the worker nor the page could read it.
        let (job, _) = started(&mut build, vote());
        let failed = build.reduce(Action::Answered(job, Err("it failed".into())));
        assert_eq!(
            page_told(failed),
            [Page::Problem(
                "The article was not read: it failed. The timeline on screen stays.".into()
            )]
        );
    }

    #[test]
    fn a_new_version_of_the_article_on_screen_is_built_again_with_its_curation() {
        let mut build = Build::default();
        let on_screen = seed();
        let text = format!("{}\n\nA paragraph added later.", on_screen.document.text);
        let draft = Draft {
            text,
            published: None,
            file: None,
        };
        let (job, request) = started(&mut build, Action::Article(draft, on_screen.clone()));
        assert_eq!(request.curated, Some(on_screen.to_json()));
        let told = page_told(build.reduce(answered(job, worker(&request), None)));
        let [Page::Rebuilt { sent, timeline, .. }] = &told[..] else {
            panic!("{told:?}");
        };
        assert!(
            Rc::ptr_eq(sent, &on_screen),
            "what was on screen when Build was pressed"
        );
        assert_eq!(timeline.events.len(), on_screen.events.len());
    }

    #[test]
    fn a_selected_passage_becomes_an_event_and_a_bare_document_gets_its_underlines() {
        let mut build = Build::default();
        let timeline = seed();
        let evidence = timeline.events[0].evidence[0];
        let (job, request) = started(&mut build, Action::Passage(timeline.clone(), evidence));
        let told = page_told(build.reduce(answered(job, worker(&request), None)));
        let [Page::Edit(Edit::Add { evidence: on, .. })] = &told[..] else {
            panic!("{told:?}");
        };
        assert_eq!(*on, evidence);

        assert_eq!(
            build.reduce(Action::Underline(timeline.document.clone())),
            []
        );
        let mut bare = (*timeline.document).clone();
        bare.mentions.clear();
        let bare = Rc::new(bare);
        let (job, request) = started(&mut build, Action::Underline(bare.clone()));
        let published = timeline.document.dateline.and_then(|d| d.date());
        assert_eq!(
            (request.published, request.text.as_str()),
            (published, bare.text.as_str())
        );
        let told = page_told(build.reduce(answered(job, worker(&request), None)));
        let [Page::Underline(document, mentions)] = &told[..] else {
            panic!("{told:?}");
        };
        assert!(Rc::ptr_eq(document, &bare));
        assert!(
            mentions.len() > 10,
            "the article's dates are underlined: {mentions:?}"
        );
    }

    #[test]
    fn a_passage_outside_the_article_is_not_read_and_the_reading_running_goes_on() {
        let mut build = Build::default();
        let (job, request) = started(&mut build, vote());
        let timeline = seed();
        let end = timeline.document.text.len();
        for outside in [Span::new(end, end + 10), Span::new(5, 5)] {
            assert_eq!(
                build.reduce(Action::Passage(timeline.clone(), outside)),
                [],
                "{outside:?}"
            );
        }
        assert_eq!(build.progress(), Some(0.0), "the build still runs");
        let told = page_told(build.reduce(answered(job, worker(&request), None)));
        assert!(
            matches!(told[..], [Page::Open(_), Page::Problem(_)]),
            "{told:?}"
        );
    }

    #[test]
    fn an_export_asked_for_during_a_reading_is_done_once_it_ends() {
        let mut build = Build::default();
        assert_eq!(
            build.reduce(Action::Export(Export::Csv)),
            [Effect::Export(Export::Csv)],
            "at once when nothing is read"
        );
        let (job, request) = started(&mut build, vote());
        assert_eq!(build.reduce(Action::Export(Export::Csv)), []);
        assert_eq!(
            build.reduce(Action::Export(Export::TimelineJs)),
            [],
            "the last one asked"
        );
        let effects = build.reduce(answered(job, worker(&request), None));
        assert_eq!(
            effects.last(),
            Some(&Effect::Export(Export::TimelineJs)),
            "after the page is told what was read: {effects:?}"
        );
        started(&mut build, vote());
        build.reduce(Action::Export(Export::Sourceline));
        assert_eq!(
            build.reduce(Action::Cancel),
            [Effect::Stop, Effect::Export(Export::Sourceline)]
        );
        assert_eq!(build.reduce(Action::Cancel), [], "done once");
    }
}
