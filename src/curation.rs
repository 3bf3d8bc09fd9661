//! What the page tells the reader about curating: edits typed in the event editor and not
//! applied yet, applied when the reader moves on; what a new publication date and a new build
//! of the article did to the timeline.

use sourceline_core::doc::{Carried, Edit};
use sourceline_core::{EventDate, Origin, Timeline};

/// A date as the reader's words were read: the date and what was understood, or why not.
pub type Reading = Result<(EventDate, String), String>;

/// What is typed in the editor of one event and not applied yet.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Typed {
    pub id: String,
    /// The title field, where it is not the event's title.
    pub title: Option<String>,
    /// The date field, where it is not the event's date.
    pub date: Option<String>,
    /// The words of the date field as last read, and what they were read as.
    pub read: Option<(String, Reading)>,
}

impl Typed {
    /// What the date field's words give, where they are known: a TimeML value at once, other
    /// words once the worker has read them.
    pub fn reading(&self) -> Option<Reading> {
        let words = self.date.as_deref()?.trim();
        if let Ok(date) = words.parse::<EventDate>() {
            return Some(Ok((date, date.label())));
        }
        self.read
            .as_ref()
            .filter(|(read, _)| read.trim() == words)
            .map(|(_, reading)| reading.clone())
    }

    /// Whether nothing is typed.
    pub fn is_empty(&self) -> bool {
        self.title.is_none() && self.date.is_none()
    }

    /// Makes in `timeline` the edits typed for its event, as the reader moves on to another:
    /// a title, a date that has been read. Returns whether an edit was made, what the reader
    /// is told, and what is left unapplied (a date that cannot be read, or is not read yet),
    /// to keep with its event.
    pub fn settle(self, timeline: &mut Timeline) -> (bool, Option<String>, Option<Typed>) {
        let Some(event) = timeline.event(&self.id) else {
            return (false, None, None);
        };
        let name = event.title.clone();
        let mut edits = Vec::new();
        let mut done = Vec::new();
        if let Some(title) = self.title.as_deref().filter(|t| !t.trim().is_empty()) {
            done.push(format!("renamed \"{}\"", title.trim()));
            edits.push(Edit::Rename {
                id: self.id.clone(),
                title: title.to_string(),
            });
        }
        let mut left = None;
        match self.reading() {
            Some(Ok((date, _))) => {
                done.push(format!("dated {}", date.label()));
                edits.push(Edit::Redate {
                    id: self.id.clone(),
                    date,
                });
            }
            Some(Err(why)) => left = Some(why),
            None if self.date.is_some() => left = Some("it was not read yet".to_string()),
            None => {}
        }
        let made = !edits.is_empty() && edits.iter().all(|edit| timeline.apply(edit).is_ok());
        let mut said = Vec::new();
        if made {
            said.push(format!(
                "\"{name}\" was {} as you moved on; Undo takes it back.",
                done.join(" and ")
            ));
        }
        let kept = left.map(|why| {
            said.push(format!(
                "The date \"{}\" typed for \"{name}\" was not applied ({why}); it waits in that \
                 event's editor.",
                self.date.as_deref().unwrap_or_default().trim()
            ));
            Typed {
                title: None,
                ..self
            }
        });
        (made, (!said.is_empty()).then(|| said.join(" ")), kept)
    }
}

/// What the reader is told after a new publication date: relative words are dated again
/// for the extractor's events, and curated events keep the dates a person gave them.
pub fn republished(before: &Timeline, after: &Timeline) -> String {
    let published = after
        .document
        .dateline
        .map(|d| crate::locale::value(&d))
        .unwrap_or_default();
    let curated = after
        .events
        .iter()
        .filter(|e| e.origin == Origin::Curated)
        .count();
    let proposed = after.events.len() - curated;
    let moved = after
        .events
        .iter()
        .filter(|e| e.origin == Origin::Extracted)
        .filter(|e| {
            !before
                .events
                .iter()
                .any(|b| b.evidence == e.evidence && b.date == e.date)
        })
        .count();
    let mut said = format!(
        "Published on {published}: words such as \"last week\" are now counted from that day."
    );
    if proposed > 0 {
        said += &format!(
            " Of the {} the extractor proposed, {moved} moved.",
            events(proposed)
        );
    }
    match curated {
        0 => {}
        1 => said += " The event you curated keeps the date you gave it: change it in its editor to date it again.",
        n => said += &format!(" The {n} events you curated keep the dates you gave them: change one in its editor to date it again."),
    }
    said
}

/// What the reader is told after building an article again: what of their curation was kept,
/// and, apart, what could not be.
pub fn rebuilt(carried: &Carried) -> (String, Option<String>) {
    let mut kept = Vec::new();
    if carried.events > 0 {
        kept.push(format!("{} you curated", events(carried.events)));
    }
    if carried.deletions > 0 {
        kept.push(match carried.deletions {
            1 => "1 deletion".to_string(),
            n => format!("{n} deletions"),
        });
    }
    let said = if kept.is_empty() {
        "Built again from the article as it is now; Undo brings back the timeline as it was."
            .to_string()
    } else {
        format!(
            "Built again from the article as it is now, keeping {}; Undo brings back the timeline as it was.",
            kept.join(" and ")
        )
    };
    let lost = (!carried.lost.is_empty())
        .then(|| format!("Not kept from your curation: {}.", carried.lost.join("; ")));
    (said, lost)
}

/// "1 event", "6 events".
fn events(n: usize) -> String {
    match n {
        1 => "1 event".to_string(),
        n => format!("{n} events"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::AppState;

    fn seed() -> Timeline {
        (*AppState::seed().timeline).clone()
    }

    #[test]
    fn a_title_and_a_date_read_are_applied_as_the_reader_moves_on() {
        let mut timeline = seed();
        let typed = Typed {
            id: "summit-2019".into(),
            title: Some("Hanoi summit".into()),
            date: Some("April 25, 2019".into()),
            read: Some((
                "April 25, 2019".into(),
                Ok(("2019-04-25".parse().unwrap(), "25 April 2019".into())),
            )),
        };
        let (made, said, kept) = typed.settle(&mut timeline);
        assert!(made);
        let event = timeline.event("summit-2019").unwrap();
        assert_eq!(
            (event.title.as_str(), event.date.to_string().as_str()),
            ("Hanoi summit", "2019-04-25")
        );
        assert_eq!(
            said.unwrap(),
            "\"First Putin–Kim Jong-un summit\" was renamed \"Hanoi summit\" and dated 25 April 2019 \
             as you moved on; Undo takes it back."
        );
        assert_eq!(kept, None);
    }

    #[test]
    fn a_date_that_cannot_be_read_is_kept_with_its_event_and_said() {
        let mut timeline = seed();
        let typed = Typed {
            id: "summit-2019".into(),
            title: None,
            date: Some("someday".into()),
            read: Some(("someday".into(), Err("no date was found".into()))),
        };
        let (made, said, kept) = typed.clone().settle(&mut timeline);
        assert!(!made);
        assert_eq!(timeline, seed());
        assert!(said.unwrap().contains("\"someday\""));
        assert_eq!(kept, Some(typed));
        // A TimeML value needs no reading.
        let value = Typed {
            id: "summit-2019".into(),
            date: Some(" 2019-04-25 ".into()),
            ..Typed::default()
        };
        assert!(value.settle(&mut timeline).2.is_none());
        assert_eq!(
            timeline.event("summit-2019").unwrap().date.to_string(),
            "2019-04-25"
        );
    }
}
