//! The page's background work, in a web worker: reading a text with the extractor, and the
//! file formats a reader rarely needs (TimelineJS and CSV), off the page's main thread and
//! out of its wasm.
//!
//! The worker is the `sourceline-worker` binary: the extractor and the other formats, which
//! the page's own wasm does not carry, loaded only when there is such work. Once its wasm is
//! running it says `{ready}`; the page then sends its request (a message sent earlier would
//! find no one listening): `{text, published}` to read an article (with `curated`, the
//! timeline on screen, when the text may be a new version of its article: [`Read`]),
//! `{export, timeline}` to write a timeline (in our JSON) in another format, `{import}` to turn
//! a TimelineJS file into our JSON (with what of it could not be read: [`Imported`]), `{date,
//! published}` to read a date a person typed ([`read_date`]). The worker answers `{progress}`
//! now and then while reading, and `{done}` or `{failed}` at the end; what the extractor found
//! comes as `extract::Extraction` in JSON, in byte offsets and without the text, which the
//! page has, so the page's share of the work stays small. Stopping the worker cancels its work.
//!
//! A worker that cannot start (a host's policy may forbid workers, its script may be missing)
//! or that says nothing for [`PATIENCE_MS`] is given up, and the same wasm then does the
//! work on the page itself: slower to draw meanwhile, but the reader gets an answer, and is
//! told why the page paused.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDate;
use gloo::timers::callback::Timeout;
use js_sys::{Object, Reflect};
use serde::{Deserialize, Serialize};
use sourceline_core::extract::{extract_reporting, timeline_of, typed, Extraction};
use sourceline_core::{EventDate, TimeValue, Timeline};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

use crate::curation;
use crate::files::Export;

/// The worker's loader, which Trunk writes beside the page.
const WORKER_URL: &str = "sourceline-worker_loader.js";
/// The worker's own script and wasm, which the page loads itself when the worker fails.
const WORKER_GLUE: &str = "sourceline-worker.js";
const WORKER_WASM: &str = "sourceline-worker_bg.wasm";
/// How long a worker may stay silent (before it is ready, or between progress reports, one
/// per percent) before the page does its work itself.
pub const PATIENCE_MS: u32 = 10_000;
const TEXT: &str = "text";
const PUBLISHED: &str = "published";
const EXPORT: &str = "export";
const TIMELINE: &str = "timeline";
const IMPORT: &str = "import";
const DATE: &str = "date";
const CURATED: &str = "curated";
const PROGRESS: &str = "progress";
const DONE: &str = "done";
const FAILED: &str = "failed";
const READY: &str = "ready";

fn message(fields: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object
}

fn field(message: &JsValue, name: &str) -> JsValue {
    Reflect::get(message, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// The answer to a request, and, when the page had to do the work itself, why.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply<T> {
    pub answer: T,
    pub on_page: Option<String>,
}

#[wasm_bindgen(inline_js = r#"
let loading;
/** Loads the worker's script and wasm into the page, once, and has it answer `request`. */
export function answer_on_page(glue, wasm, request) {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = glue;
    script.onload = () => wasm_bindgen(wasm).then(() => resolve(wasm_bindgen), reject);
    script.onerror = () => reject(new Error(`${glue} could not be loaded`));
    document.head.append(script);
  }).catch((why) => {
    loading = undefined;
    throw why;
  });
  return loading.then((worker) => worker.answer_on_page(request));
}
"#)]
extern "C" {
    /// The worker's answer, computed on the page: see `sourceline-worker`'s export.
    fn answer_on_page(glue: &str, wasm: &str, request: &JsValue) -> js_sys::Promise;
}

/// Does the work of `request` on the page, with the worker's own wasm.
async fn on_page(request: &JsValue) -> Result<String, String> {
    let promise = answer_on_page(WORKER_GLUE, WORKER_WASM, request);
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(answer) => answer.as_string().ok_or_else(|| "no answer".to_string()),
        Err(why) => Err(why
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| why.as_string())
            .unwrap_or_else(|| "the reader's code could not be loaded".to_string())),
    }
}

/// Work in progress in a worker; dropping it stops the worker, and with it the work (but
/// not work the page has taken over: its answer is for the caller to ignore).
pub struct Job {
    worker: Option<web_sys::Worker>,
    _onmessage: Option<Closure<dyn FnMut(web_sys::MessageEvent)>>,
    _onerror: Option<Closure<dyn FnMut(web_sys::Event)>>,
    watchdog: Rc<RefCell<Option<Timeout>>>,
}

impl Job {
    /// Starts a worker on `request`: `onprogress` gets the share done now and then, `ondone`
    /// the answer, or why there is none. When the worker cannot start, fails or stays silent
    /// for [`PATIENCE_MS`], it is stopped and the page does the work.
    fn start(
        request: Object,
        onprogress: Callback<f64>,
        ondone: Callback<Result<Reply<String>, String>>,
    ) -> Self {
        let worker = web_sys::Worker::new(WORKER_URL).ok();
        // Taken once, by the worker's answer or by the page's: the other finds it gone.
        let handover = Rc::new(RefCell::new(Some((request, ondone))));
        let watchdog = Rc::new(RefCell::new(None::<Timeout>));
        let give_up = {
            let (handover, worker) = (handover.clone(), worker.clone());
            Rc::new(move |why: &str| {
                if let Some(worker) = &worker {
                    stop(worker);
                }
                let Some((request, ondone)) = handover.borrow_mut().take() else {
                    return;
                };
                let why = why.to_string();
                wasm_bindgen_futures::spawn_local(async move {
                    ondone.emit(match on_page(&request).await {
                        Ok(answer) => Ok(Reply {
                            answer,
                            on_page: Some(format!(
                                "The background worker {why}, so the work was done on this page \
                                 instead, which held the page still meanwhile."
                            )),
                        }),
                        Err(e) => Err(format!(
                            "the background worker {why}, and this page could not do the work \
                             either ({e})"
                        )),
                    });
                });
            })
        };
        let Some(worker) = worker else {
            give_up("could not start");
            return Job {
                worker: None,
                _onmessage: None,
                _onerror: None,
                watchdog,
            };
        };
        let wait = {
            let (watchdog, give_up) = (watchdog.clone(), give_up.clone());
            move || {
                let give_up = give_up.clone();
                let patience = Timeout::new(PATIENCE_MS, move || {
                    give_up(&format!(
                        "did not answer within {} seconds",
                        PATIENCE_MS / 1000
                    ));
                });
                *watchdog.borrow_mut() = Some(patience);
            }
        };
        wait();
        let onmessage = {
            let (handover, worker, watchdog) = (handover.clone(), worker.clone(), watchdog.clone());
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let data = event.data();
                let finished = |answer: Result<String, String>| {
                    watchdog.borrow_mut().take();
                    if let Some((_, ondone)) = handover.borrow_mut().take() {
                        ondone.emit(answer.map(|answer| Reply {
                            answer,
                            on_page: None,
                        }));
                    }
                };
                if field(&data, READY).is_truthy() {
                    wait();
                    let posted = handover
                        .borrow()
                        .as_ref()
                        .is_some_and(|(request, _)| worker.post_message(request).is_ok());
                    if !posted {
                        finished(Err("the work could not be handed over".to_string()));
                    }
                } else if let Some(share) = field(&data, PROGRESS).as_f64() {
                    wait();
                    onprogress.emit(share);
                } else if let Some(answer) = field(&data, DONE).as_string() {
                    finished(Ok(answer));
                } else if let Some(why) = field(&data, FAILED).as_string() {
                    finished(Err(why));
                }
            })
        };
        let onerror = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            event.prevent_default();
            give_up("failed");
        });
        worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
        worker.set_onerror(Some(onerror.as_ref().unchecked_ref()));
        Job {
            worker: Some(worker),
            _onmessage: Some(onmessage),
            _onerror: Some(onerror),
            watchdog,
        }
    }
}

impl Drop for Job {
    fn drop(&mut self) {
        // Its closures go with this value: a message already on its way must find none.
        self.watchdog.borrow_mut().take();
        if let Some(worker) = &self.worker {
            stop(worker);
        }
    }
}

/// Stops `worker` and its work; a message already on its way finds no one listening.
fn stop(worker: &web_sys::Worker) {
    worker.set_onmessage(None);
    worker.set_onerror(None);
    worker.terminate();
}

/// What the worker answers a text: what the extractor found in it, or, where the text is a new
/// version of the article of the curated timeline sent with it, that timeline rebuilt
/// ([`Rebuilt::written`]).
#[derive(Debug)]
pub enum Read {
    Found(Extraction),
    Rebuilt(Rebuilt),
}

/// What starts the worker's answer that is a rebuilt timeline, not what the extractor found.
const REBUILT: &str = "rebuilt\n";

/// A curated timeline built again from a new version of its article
/// (`Timeline::carried_onto`), and what the reader is told of it.
#[derive(Debug, PartialEq)]
pub struct Rebuilt {
    /// The timeline, in our JSON.
    pub timeline: String,
    pub said: String,
    /// What of the curation could not be kept.
    pub lost: Option<String>,
}

impl Rebuilt {
    /// The worker's answer: [`REBUILT`], then what is said and what was lost a line each (their
    /// line breaks as spaces), then the timeline. Read without serde: the page's wasm is
    /// lighter without one more JSON shape to read.
    fn written(&self) -> String {
        let line = |text: &str| text.replace('\n', " ");
        let lost = self.lost.as_deref().map(line).unwrap_or_default();
        format!("{REBUILT}{}\n{lost}\n{}", line(&self.said), self.timeline)
    }

    /// Reads [`Rebuilt::written`]'s answer, less its [`REBUILT`].
    fn read(answer: &str) -> Option<Rebuilt> {
        let (said, rest) = answer.split_once('\n')?;
        let (lost, timeline) = rest.split_once('\n')?;
        Some(Rebuilt {
            timeline: timeline.to_string(),
            said: said.to_string(),
            lost: (!lost.is_empty()).then(|| lost.to_string()),
        })
    }
}

/// Starts reading `text` in a worker, with the `curated` timeline (in our JSON) it may be a
/// new version of: `ondone` gets what the extractor found or the timeline rebuilt, or why
/// there is neither.
pub fn build(
    text: &str,
    published: Option<NaiveDate>,
    curated: Option<&str>,
    onprogress: Callback<f64>,
    ondone: Callback<Result<Reply<Read>, String>>,
) -> Job {
    let published = published.map_or(JsValue::NULL, |d| JsValue::from_str(&d.to_string()));
    let curated = curated.map_or(JsValue::NULL, JsValue::from_str);
    let request = message(&[
        (TEXT, JsValue::from_str(text)),
        (PUBLISHED, published),
        (CURATED, curated),
    ]);
    let ondone = ondone.reform(|reply: Result<Reply<String>, String>| {
        let Reply { answer, on_page } = reply?;
        let answer = match answer.strip_prefix(REBUILT) {
            Some(rebuilt) => Rebuilt::read(rebuilt)
                .map(Read::Rebuilt)
                .ok_or("the worker's answer could not be read")?,
            None => serde_json::from_str(&answer)
                .map(Read::Found)
                .map_err(|e| e.to_string())?,
        };
        Ok(Reply { answer, on_page })
    });
    Job::start(request, onprogress, ondone)
}

/// `curated` built again from `text`, a new version of its article whose reading is `found`;
/// `None` where `text` is another article.
///
/// # Errors
/// Why `curated` cannot be read (which would be a fault of the page's own).
pub(crate) fn rebuilt(
    text: &str,
    found: &Extraction,
    curated: &str,
) -> Result<Option<Rebuilt>, String> {
    let curated = Timeline::from_json(curated).map_err(|e| e.to_string())?;
    let fresh = timeline_of(text.to_string(), found.clone());
    if !curated.is_version_of(&fresh.document) {
        return Ok(None);
    }
    let carried = curated.carried_onto(fresh);
    let (said, lost) = curation::rebuilt(&carried);
    Ok(Some(Rebuilt {
        timeline: carried.timeline.to_json(),
        said,
        lost,
    }))
}

/// A change of file format, done by the worker.
#[derive(Debug, Clone, PartialEq)]
pub enum Conversion {
    /// A timeline in our JSON, to write in another format.
    Export(Export, String),
    /// A TimelineJS file, to read as our JSON.
    Import(String),
}

impl Conversion {
    fn request(&self) -> Object {
        match self {
            Conversion::Export(format, json) => message(&[
                (EXPORT, JsValue::from_str(format.name())),
                (TIMELINE, JsValue::from_str(json)),
            ]),
            Conversion::Import(json) => message(&[(IMPORT, JsValue::from_str(json))]),
        }
    }
}

/// A TimelineJS file as the worker answers it: the timeline in our JSON, and what of the file
/// was left out (see `sourceline_core::doc::Import`).
#[derive(Serialize, Deserialize)]
struct Imported {
    timeline: String,
    left_out: Option<String>,
}

/// The timeline of the worker's answer to [`Conversion::Import`], and what of the file was
/// left out, for the reader.
///
/// # Errors
/// Why the answer cannot be read (which would be a fault of the page's own).
pub fn imported(answer: &str) -> Result<(Timeline, Option<String>), String> {
    let Imported { timeline, left_out } =
        serde_json::from_str(answer).map_err(|e| e.to_string())?;
    let timeline = Timeline::from_json(&timeline).map_err(|e| e.to_string())?;
    Ok((timeline, left_out))
}

/// What the worker answers a conversion: the file it asks for (for an import, [`imported`]
/// reads it).
///
/// # Errors
/// Why the file cannot be read, in the terms of its format.
pub fn convert(conversion: &Conversion) -> Result<String, String> {
    match conversion {
        Conversion::Export(format, json) => {
            let timeline = Timeline::from_json(json).map_err(|e| e.to_string())?;
            Ok(match format {
                Export::Sourceline => timeline.to_json(),
                Export::TimelineJs => timeline.to_timelinejs(),
                Export::Csv => timeline.to_csv(),
            })
        }
        Conversion::Import(json) => {
            let read = Timeline::from_timelinejs(json).map_err(|e| e.to_string())?;
            let answer = Imported {
                timeline: read.timeline.to_json(),
                left_out: read.left_out,
            };
            serde_json::to_string(&answer).map_err(|e| e.to_string())
        }
    }
}

/// Has the worker do `conversion` (or the page, if the worker cannot), and waits for its
/// answer.
///
/// # Errors
/// Why the file cannot be read, or the work could not be done.
pub async fn convert_in_worker(conversion: &Conversion) -> Result<String, String> {
    ask(conversion.request()).await
}

/// Reads a date a person typed (`sourceline_core::extract::typed::read_date`), against the
/// article's date `published`, in the worker: the page carries no extractor. Returns the date
/// and what was understood, in words.
///
/// # Errors
/// Why the words are not a date, in words, or why the worker could not read them.
pub async fn read_date(
    words: &str,
    published: Option<NaiveDate>,
) -> Result<(EventDate, String), String> {
    let published = published.map_or(JsValue::NULL, |d| JsValue::from_str(&d.to_string()));
    let answer = ask(message(&[
        (DATE, JsValue::from_str(words)),
        (PUBLISHED, published),
    ]))
    .await?;
    // The date as TimeML, a line break, then what it means in words.
    let (value, said) = answer
        .split_once('\n')
        .ok_or("the answer could not be read")?;
    let date = value.parse::<EventDate>().map_err(|e| e.to_string())?;
    Ok((date, said.to_string()))
}

/// Has the worker (or the page, if the worker cannot) answer `request`, and waits for it.
async fn ask(request: Object) -> Result<String, String> {
    let answer = Rc::new(RefCell::new(None));
    let job = Rc::new(RefCell::new(None));
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let answer = answer.clone();
        let ondone = Callback::from(move |result: Result<Reply<String>, String>| {
            *answer.borrow_mut() = Some(result.map(|reply| reply.answer));
            let _ = resolve.call0(&JsValue::NULL);
        });
        *job.borrow_mut() = Some(Job::start(request.clone(), Callback::noop(), ondone));
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    drop(job);
    let answer = answer.borrow_mut().take();
    answer.unwrap_or_else(|| Err("the background worker did not answer".to_string()))
}

/// The worker's answer to a request (see the module's overview); `reply` sends a message
/// on the way, such as progress.
///
/// # Errors
/// Why the request cannot be answered, for the reader.
pub fn answer(request: &JsValue, reply: &dyn Fn(&Object)) -> Result<String, String> {
    if let Some(json) = field(request, IMPORT).as_string() {
        return convert(&Conversion::Import(json));
    }
    if let Some(format) = field(request, EXPORT).as_string() {
        let format = Export::named(&format).ok_or("no such format")?;
        let json = field(request, TIMELINE).as_string().unwrap_or_default();
        return convert(&Conversion::Export(format, json));
    }
    let published = field(request, PUBLISHED)
        .as_string()
        .and_then(|d| d.parse::<TimeValue>().ok()?.date());
    if let Some(words) = field(request, DATE).as_string() {
        let (date, said) = typed::read_date(&words, published)?;
        return Ok(format!("{date}\n{said}"));
    }
    let text = field(request, TEXT).as_string().unwrap_or_default();
    // A message per percent at most: the page redraws on each.
    let mut reported = -1.0;
    let found = extract_reporting(&text, published, &mut |share| {
        if share - reported >= 0.01 {
            reported = share;
            reply(&message(&[(PROGRESS, share.into())]));
        }
    });
    if let Some(curated) = field(request, CURATED).as_string() {
        if let Some(rebuilt) = rebuilt(&text, &found, &curated)? {
            return Ok(rebuilt.written());
        }
    }
    serde_json::to_string(&found).map_err(|e| e.to_string())
}

/// The worker's side: answers each request, with progress while reading. Loaded into the
/// page instead (when the worker could not start), it does nothing: the page calls it.
pub fn serve() {
    let Ok(scope) = js_sys::global().dyn_into::<web_sys::DedicatedWorkerGlobalScope>() else {
        return;
    };
    let replies = scope.clone();
    let onmessage =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let reply = |m: &Object| {
                let _ = replies.post_message(m);
            };
            let result = match answer(&event.data(), &reply) {
                Ok(done) => message(&[(DONE, JsValue::from_str(&done))]),
                Err(why) => message(&[(FAILED, JsValue::from_str(&why))]),
            };
            reply(&result);
        });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    let _ = scope.post_message(&message(&[(READY, JsValue::TRUE)]));
}

#[cfg(test)]
mod tests {
    use sourceline_core::doc::Edit;
    use sourceline_core::extract::{extract, timeline};
    use sourceline_core::Timeline;

    use super::{rebuilt, Rebuilt, REBUILT};

    #[test]
    fn a_changed_article_is_built_again_with_its_curation_and_another_is_left_alone() {
        let text = "Harbor bridge\n\nMarch 22, 2013\n\nThe bridge reopened on Thursday. \
                    Engineers finished the last load tests in late 2012.";
        let mut curated = timeline(text, None);
        let id = curated.events[0].id.clone();
        let title = "Load tests end".to_string();
        curated
            .apply(&Edit::Rename {
                id: id.clone(),
                title,
            })
            .unwrap();
        let fixed = text.replace("Thursday.", "Thursday, the city said.");
        let found = extract(&fixed, None);
        let again = rebuilt(&fixed, &found, &curated.to_json())
            .unwrap()
            .unwrap();
        let timeline = Timeline::from_json(&again.timeline).unwrap();
        assert_eq!(timeline.document.text, fixed);
        assert_eq!(timeline.event(&id).unwrap().title, "Load tests end");
        assert!(
            again.said.contains("keeping 1 event you curated"),
            "{}",
            again.said
        );
        assert_eq!(again.lost, None);

        let other = "Council vote\n\nThe council voted in 2011.";
        let found = extract(other, None);
        assert!(rebuilt(other, &found, &curated.to_json())
            .unwrap()
            .is_none());
    }

    #[test]
    fn a_rebuilt_timeline_is_read_back_as_the_worker_wrote_it() {
        let rebuilt = Rebuilt {
            timeline: "{\n  \"format\": \"sourceline-timeline\"\n}".into(),
            said: "Built again.".into(),
            lost: Some("Not kept: \"a\nb\".".into()),
        };
        let written = rebuilt.written();
        let back = Rebuilt::read(written.strip_prefix(REBUILT).unwrap()).unwrap();
        assert_eq!(back.lost.as_deref(), Some("Not kept: \"a b\"."));
        assert_eq!((back.timeline, back.said), (rebuilt.timeline, rebuilt.said));
        let none = Rebuilt {
            lost: None,
            timeline: "{}".into(),
            said: "Built again.".into(),
        };
        assert_eq!(Rebuilt::read(&none.written()[REBUILT.len()..]), Some(none));
    }
}
