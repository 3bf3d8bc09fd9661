//! The page's background work, in a web worker: reading a text with the extractor, and the
//! file formats a reader rarely needs (TimelineJS and CSV), off the page's main thread and
//! out of its wasm.
//!
//! The worker is the `sourceline-worker` binary: the extractor and the other formats, which
//! the page's own wasm does not carry, loaded only when there is such work. Once its wasm is
//! running it says `{ready}`; the page then sends its request (a message sent earlier would
//! find no one listening): `{text, published}` to read an article, `{export, timeline}` to
//! write a timeline (in our JSON) in another format, `{import}` to turn a TimelineJS file into
//! our JSON. The worker answers `{progress}` now and then while reading, and `{done}` or
//! `{failed}` at the end; what the extractor found comes as `extract::Extraction` in JSON, in
//! byte offsets and without the text, which the page has, so the page's share of the work
//! stays small. Stopping the worker cancels its work.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDate;
use js_sys::{Object, Reflect};
use sourceline_core::extract::{extract_reporting, reading_date, Extraction};
use sourceline_core::{TimeValue, Timeline};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

use crate::state::Export;

/// The worker's loader, which Trunk writes beside the page.
const WORKER_URL: &str = "sourceline-worker_loader.js";
const TEXT: &str = "text";
const PUBLISHED: &str = "published";
const EXPORT: &str = "export";
const TIMELINE: &str = "timeline";
const IMPORT: &str = "import";
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

/// Work in progress in a worker; dropping it stops the worker, and with it the work.
pub struct Job {
    worker: web_sys::Worker,
    _onmessage: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _onerror: Closure<dyn FnMut(web_sys::Event)>,
}

impl Job {
    /// Starts a worker on `request`: `onprogress` gets the share done now and then, `ondone`
    /// the worker's answer, or why there is none (its script missing, say).
    ///
    /// # Errors
    /// Why the worker could not start, for the reader.
    fn start(
        request: Object,
        onprogress: Callback<f64>,
        ondone: Callback<Result<String, String>>,
    ) -> Result<Self, String> {
        let worker = web_sys::Worker::new(WORKER_URL)
            .map_err(|_| "the background worker could not start".to_string())?;
        let onmessage = {
            let (ondone, worker) = (ondone.clone(), worker.clone());
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let data = event.data();
                if field(&data, READY).is_truthy() {
                    if worker.post_message(&request).is_err() {
                        ondone.emit(Err("the work could not be handed over".to_string()));
                    }
                } else if let Some(share) = field(&data, PROGRESS).as_f64() {
                    onprogress.emit(share);
                } else if let Some(answer) = field(&data, DONE).as_string() {
                    ondone.emit(Ok(answer));
                } else if let Some(why) = field(&data, FAILED).as_string() {
                    ondone.emit(Err(why));
                }
            })
        };
        let onerror = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            event.prevent_default();
            ondone.emit(Err("the background worker failed".to_string()));
        });
        worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
        worker.set_onerror(Some(onerror.as_ref().unchecked_ref()));
        Ok(Job {
            worker,
            _onmessage: onmessage,
            _onerror: onerror,
        })
    }
}

impl Drop for Job {
    fn drop(&mut self) {
        // Its closures go with this value: a message already on its way must find none.
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// Starts reading `text` in a worker: `ondone` gets what the extractor found.
///
/// # Errors
/// Why the worker could not start, for the reader; `ondone` also gets an error when the
/// worker fails later.
pub fn build(
    text: &str,
    published: Option<NaiveDate>,
    onprogress: Callback<f64>,
    ondone: Callback<Result<Extraction, String>>,
) -> Result<Job, String> {
    let published = published.map_or(JsValue::NULL, |d| JsValue::from_str(&d.to_string()));
    let request = message(&[(TEXT, JsValue::from_str(text)), (PUBLISHED, published)]);
    let ondone = ondone.reform(|answer: Result<String, String>| {
        answer.and_then(|json| serde_json::from_str::<Extraction>(&json).map_err(|e| e.to_string()))
    });
    Job::start(request, onprogress, ondone)
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

/// What the worker answers a conversion: the file it asks for.
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
        Conversion::Import(json) => Timeline::from_timelinejs(json)
            .map(|timeline| timeline.to_json())
            .map_err(|e| e.to_string()),
    }
}

/// Has the worker do `conversion`, and waits for its answer.
///
/// # Errors
/// Why the file cannot be read, or the worker did not answer.
pub async fn convert_in_worker(conversion: &Conversion) -> Result<String, String> {
    let answer = Rc::new(RefCell::new(None));
    let job = Rc::new(RefCell::new(None));
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let answer = answer.clone();
        let ondone = Callback::from(move |result| {
            *answer.borrow_mut() = Some(result);
            let _ = resolve.call0(&JsValue::NULL);
        });
        match Job::start(conversion.request(), Callback::noop(), ondone.clone()) {
            Ok(started) => *job.borrow_mut() = Some(started),
            Err(why) => ondone.emit(Err(why)),
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    drop(job);
    let answer = answer.borrow_mut().take();
    answer.unwrap_or_else(|| Err("the background worker did not answer".to_string()))
}

/// What the worker finds in an article the reader gave with its date of publication: the
/// article's own date line wins over `published`.
pub fn read(text: &str, published: Option<NaiveDate>, progress: &mut dyn FnMut(f64)) -> Extraction {
    extract_reporting(text, reading_date(text, published), progress)
}

/// The worker's answer to a request (see the module's overview).
fn answer(request: &JsValue, reply: &dyn Fn(&Object)) -> Result<String, String> {
    if let Some(json) = field(request, IMPORT).as_string() {
        return convert(&Conversion::Import(json));
    }
    if let Some(format) = field(request, EXPORT).as_string() {
        let format = Export::named(&format).ok_or("no such format")?;
        let json = field(request, TIMELINE).as_string().unwrap_or_default();
        return convert(&Conversion::Export(format, json));
    }
    let text = field(request, TEXT).as_string().unwrap_or_default();
    let published = field(request, PUBLISHED)
        .as_string()
        .and_then(|d| d.parse::<TimeValue>().ok()?.date());
    // A message per percent at most: the page redraws on each.
    let mut reported = -1.0;
    let found = read(&text, published, &mut |share| {
        if share - reported >= 0.01 {
            reported = share;
            reply(&message(&[(PROGRESS, share.into())]));
        }
    });
    serde_json::to_string(&found).map_err(|e| e.to_string())
}

/// The worker's side: answers each request, with progress while reading.
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
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
