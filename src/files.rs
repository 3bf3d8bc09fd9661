//! Timeline files the page saves and opens: the formats it exports in, the files' names and
//! media types, and a file opened read as ours or left to the worker as TimelineJS's.

use sourceline_core::Timeline;

/// The file formats a timeline is exported in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Export {
    /// Sourceline's own JSON: the article, its events and their evidence.
    Sourceline,
    /// TimelineJS3's JSON, to open in TimelineJS as it is.
    TimelineJs,
    /// One row per event with its evidence, for spreadsheets.
    Csv,
}

impl Export {
    /// The format's name in a request to the worker.
    pub fn name(self) -> &'static str {
        match self {
            Export::Sourceline => "sourceline",
            Export::TimelineJs => "timelinejs",
            Export::Csv => "csv",
        }
    }

    pub fn named(name: &str) -> Option<Export> {
        [Export::Sourceline, Export::TimelineJs, Export::Csv]
            .into_iter()
            .find(|format| format.name() == name)
    }

    /// `timeline` as a file to save: its name (from the title, as in
    /// "russia-north-korea-upgrade.timeline.json"), media type, and the timeline in our JSON,
    /// which is the file itself or what the worker writes the other formats from
    /// ([`crate::extraction::Conversion::Export`]).
    pub fn file_of(self, timeline: &Timeline) -> (String, &'static str, String) {
        let stem = file_stem(timeline);
        let (name, mime) = match self {
            Export::Sourceline => (format!("{stem}.timeline.json"), "application/json"),
            Export::TimelineJs => (format!("{stem}.timelinejs.json"), "application/json"),
            Export::Csv => (format!("{stem}.csv"), "text/csv;charset=utf-8"),
        };
        (name, mime, timeline.to_json())
    }
}

/// The name files of `timeline` start with: the first words of its title
/// ("russia-north-korea-upgrade-partnership"), or "timeline".
pub fn file_stem(timeline: &Timeline) -> String {
    let words: Vec<String> = timeline
        .document
        .title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(5)
        .map(crate::browser::lowercase)
        .collect();
    if words.is_empty() {
        "timeline".to_string()
    } else {
        words.join("-")
    }
}

/// A timeline file as the page reads it.
#[derive(Debug, PartialEq)]
pub enum Opened {
    /// In our format: read.
    Ours(Timeline),
    /// A TimelineJS file, for the worker to read.
    TimelineJs,
}

/// Reads a timeline file: Sourceline's JSON format at once; a TimelineJS file is left to
/// the worker ([`crate::extraction::Conversion::Import`]).
///
/// # Errors
/// Why the file cannot be read as ours, when it does not look like TimelineJS's.
pub fn read_timeline(json: &str) -> Result<Opened, sourceline_core::Error> {
    match Timeline::from_json(json) {
        Ok(timeline) => Ok(Opened::Ours(timeline)),
        Err(ours) if !Timeline::looks_like_timelinejs(json) => Err(ours),
        Err(_) => Ok(Opened::TimelineJs),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::AppState;

    #[test]
    fn exports_are_named_after_the_article_and_read_back() {
        use crate::extraction::{convert, imported, Conversion};
        let timeline = AppState::seed().timeline;
        let (name, _, json) = Export::Sourceline.file_of(&timeline);
        assert_eq!(name, "russia-north-korea-upgrade-partnership.timeline.json");
        assert_eq!(
            read_timeline(&json).unwrap(),
            Opened::Ours((*timeline).clone())
        );
        // The page hands the other formats to the worker, both ways.
        let (name, _, json) = Export::TimelineJs.file_of(&timeline);
        assert_eq!(
            name,
            "russia-north-korea-upgrade-partnership.timelinejs.json"
        );
        let file = convert(&Conversion::Export(Export::TimelineJs, json)).unwrap();
        assert_eq!(read_timeline(&file).unwrap(), Opened::TimelineJs);
        let answer = convert(&Conversion::Import(file)).unwrap();
        let (ours, left_out) = imported(&answer).unwrap();
        let ids = |t: &Timeline| t.events.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&ours), ids(&timeline));
        assert_eq!(left_out, None, "our own TimelineJS file reads whole");
        for format in [Export::Sourceline, Export::TimelineJs, Export::Csv] {
            assert_eq!(Export::named(format.name()), Some(format));
        }
        let (name, mime, json) = Export::Csv.file_of(&timeline);
        let csv = convert(&Conversion::Export(Export::Csv, json)).unwrap();
        assert!(csv.contains("summit-2019"));
        assert_eq!(
            (name.as_str(), mime),
            (
                "russia-north-korea-upgrade-partnership.csv",
                "text/csv;charset=utf-8"
            )
        );
        let broken = "{\"events\": [{\"start_date\": {}}]}";
        assert_eq!(read_timeline(broken).unwrap(), Opened::TimelineJs);
        let broken = convert(&Conversion::Import(broken.to_string()));
        assert!(broken.unwrap_err().contains("TimelineJS"));
        let broken = read_timeline("{\"format\": \"x\"}");
        assert!(broken
            .unwrap_err()
            .to_string()
            .contains("Sourceline timeline"));
    }
}
