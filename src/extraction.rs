//! Reading a text with the extractor in a web worker, off the page's main thread.
//!
//! The worker is the `sourceline-worker` binary: the extractor, which the page's own wasm
//! does not carry, loaded only when a text is to be read. Once its wasm is running it says
//! `{ready}`; the page then sends `{text, published}` (a message sent earlier would find no
//! one listening); the worker answers `{progress}` now and then and `{found}` at the end: what
//! the extractor found (`extract::Extraction` as JSON, in byte offsets and without the text,
//! which the page has), so the page's share of the work stays small. Stopping the worker
//! cancels a reading.

use std::rc::Rc;

use chrono::NaiveDate;
use js_sys::{Object, Reflect};
use sourceline_core::extract::{extract_reporting, reading_date, Extraction};
use sourceline_core::TimeValue;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

/// The worker's loader, which Trunk writes beside the page.
const WORKER_URL: &str = "sourceline-worker_loader.js";
const TEXT: &str = "text";
const PUBLISHED: &str = "published";
const PROGRESS: &str = "progress";
const FOUND: &str = "found";
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

/// A build in progress; dropping it stops the worker, and with it the build.
pub struct Build {
    worker: web_sys::Worker,
    _onmessage: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _onerror: Closure<dyn FnMut(web_sys::Event)>,
}

impl Build {
    /// Starts reading `text` in a worker: `ondone` gets what the extractor found.
    ///
    /// # Errors
    /// Why the worker could not start, for the reader; `ondone` also gets an error when the
    /// worker fails later (its script missing, say).
    pub fn start(
        text: Rc<String>,
        published: Option<NaiveDate>,
        onprogress: Callback<f64>,
        ondone: Callback<Result<Extraction, String>>,
    ) -> Result<Self, String> {
        let worker = web_sys::Worker::new(WORKER_URL)
            .map_err(|_| "the background extractor could not start".to_string())?;
        let published = published.map_or(JsValue::NULL, |d| JsValue::from_str(&d.to_string()));
        let request = message(&[(TEXT, JsValue::from_str(&text)), (PUBLISHED, published)]);
        let onmessage = {
            let (ondone, worker) = (ondone.clone(), worker.clone());
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let data = event.data();
                if field(&data, READY).is_truthy() {
                    if worker.post_message(&request).is_err() {
                        ondone.emit(Err("the article could not be handed over".to_string()));
                    }
                } else if let Some(share) = field(&data, PROGRESS).as_f64() {
                    onprogress.emit(share);
                } else if let Some(json) = field(&data, FOUND).as_string() {
                    let found = serde_json::from_str::<Extraction>(&json);
                    ondone.emit(found.map_err(|e| e.to_string()));
                }
            })
        };
        let onerror = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            event.prevent_default();
            ondone.emit(Err("the background extractor failed".to_string()));
        });
        worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
        worker.set_onerror(Some(onerror.as_ref().unchecked_ref()));
        Ok(Build {
            worker,
            _onmessage: onmessage,
            _onerror: onerror,
        })
    }
}

impl Drop for Build {
    fn drop(&mut self) {
        // Its closures go with this value: a message already on its way must find none.
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// What the worker finds in an article the reader gave with its date of publication: the
/// article's own date line wins over `published`.
pub fn read(text: &str, published: Option<NaiveDate>, progress: &mut dyn FnMut(f64)) -> Extraction {
    extract_reporting(text, reading_date(text, published), progress)
}

/// The worker's side: answers each article with progress, then its timeline.
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let onmessage =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            let text = field(&data, TEXT).as_string().unwrap_or_default();
            let published = field(&data, PUBLISHED)
                .as_string()
                .and_then(|d| d.parse::<TimeValue>().ok()?.date());
            // A message per percent at most: the page redraws on each.
            let mut reported = -1.0;
            let found = read(&text, published, &mut |share| {
                if share - reported >= 0.01 {
                    reported = share;
                    let _ = replies.post_message(&message(&[(PROGRESS, share.into())]));
                }
            });
            let json = serde_json::to_string(&found).unwrap_or_default();
            let _ = replies.post_message(&message(&[(FOUND, JsValue::from_str(&json))]));
        });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    let _ = scope.post_message(&message(&[(READY, JsValue::TRUE)]));
}
