//! Reading TimeML 1.2.1 files (TempEval-3, WikiWars): the text to process, its creation date
//! and the gold temporal expressions.
//!
//! The text is the content of `<TEXT>` with every tag removed and entities decoded, nothing
//! else changed, so gold offsets are byte offsets into exactly what the extractor is given.
//! This is a scanner for the TimeML these corpora use, not a general XML parser: no comments,
//! CDATA or DTD entities.

use chrono::NaiveDate;
use sourceline_core::text::entity;
use sourceline_core::Span;

/// One TIMEX3 as annotated: where it is and what it means.
#[derive(Debug, Clone, PartialEq)]
pub struct Timex {
    /// Its `tid`, by which links name it; the extractor's own expressions have none.
    pub id: Option<String>,
    pub span: Span,
    /// The TimeML type as written: DATE, TIME, DURATION, SET.
    pub kind: String,
    pub value: String,
    pub modifier: Option<String>,
}

/// A TimeML document reduced to what scoring needs.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldDocument {
    /// The document creation time, the `<DCT>`'s TIMEX3; the extractor's dateline.
    pub dct: Option<NaiveDate>,
    pub text: String,
    /// The TIMEX3s inside `<TEXT>`, ordered by where they start.
    pub timexes: Vec<Timex>,
    /// The EVENTs inside `<TEXT>` (TimeBank marks them; other corpora have none), in text order.
    pub events: Vec<EventTag>,
    /// The TLINKs that relate an event instance to a time or to another event instance.
    pub links: Vec<Link>,
}

/// One EVENT as annotated: its id (`e1`) and the words of its trigger.
#[derive(Debug, Clone, PartialEq)]
pub struct EventTag {
    pub id: String,
    pub span: Span,
}

/// A TLINK, with its event instances already read back to their events (`ei2` to `e1`).
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// The TimeML relation: BEFORE, AFTER, IS_INCLUDED, SIMULTANEOUS, DURING...
    pub relation: String,
    /// The event the link starts from.
    pub event: String,
    pub to: LinkEnd,
}

/// What a link relates its event to.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkEnd {
    /// A TIMEX3 by its tid; `t0` is the document's creation time.
    Time(String),
    /// Another event, by its id.
    Event(String),
}

/// Reads a TimeML document.
///
/// # Errors
/// A message naming what is wrong: no `<TEXT>` element, an unclosed tag or TIMEX3, a TIMEX3
/// without `type` or `value`, an unknown entity, or a DCT value that is not a day.
pub fn parse(source: &str) -> Result<GoldDocument, String> {
    let dct = element_content(source, "DCT").map(parse_dct).transpose()?;
    let body = element_content(source, "TEXT").ok_or("no <TEXT> element")?;
    let (text, mut timexes, mut events) = strip_tags(body)?;
    timexes.sort_by_key(|t| t.span);
    events.sort_by_key(|e| e.span);
    let links = read_links(source)?;
    Ok(GoldDocument {
        dct,
        text,
        timexes,
        events,
        links,
    })
}

/// The TLINKs of the document, each event instance (`eiid`) read back to its event through
/// the document's MAKEINSTANCEs; a link that names an instance never made is left out.
fn read_links(source: &str) -> Result<Vec<Link>, String> {
    let mut instances = std::collections::HashMap::new();
    let mut links = Vec::new();
    let mut rest = source;
    while let Some(found) = split_at_tag(rest) {
        let (_, tag, after) = found?;
        rest = after;
        match tag.name {
            "MAKEINSTANCE" => {
                if let (Some(instance), Some(event)) =
                    (tag.attribute("eiid")?, tag.attribute("eventID")?)
                {
                    instances.insert(instance, event);
                }
            }
            "TLINK" => links.push(tag),
            _ => {}
        }
    }
    let event_of = |tag: &Tag, name: &str| -> Result<Option<String>, String> {
        Ok(tag
            .attribute(name)?
            .and_then(|instance| instances.get(&instance).cloned()))
    };
    let mut read = Vec::new();
    for tag in links {
        let (Some(relation), Some(event)) = (
            tag.attribute("relType")?,
            event_of(&tag, "eventInstanceID")?,
        ) else {
            continue;
        };
        let to = match (
            tag.attribute("relatedToTime")?,
            event_of(&tag, "relatedToEventInstance")?,
        ) {
            (Some(time), _) => LinkEnd::Time(time),
            (None, Some(other)) => LinkEnd::Event(other),
            (None, None) => continue,
        };
        read.push(Link {
            relation,
            event,
            to,
        });
    }
    Ok(read)
}

/// What lies between `<name>` and `</name>`, the first such element.
fn element_content<'s>(source: &'s str, name: &str) -> Option<&'s str> {
    let open = format!("<{name}>");
    let start = source.find(&open)? + open.len();
    let end = start + source[start..].find(&format!("</{name}>"))?;
    Some(&source[start..end])
}

/// The day of the DCT's TIMEX3 value; a time of day after it (`2013-03-22T10:30`) is dropped.
fn parse_dct(dct: &str) -> Result<NaiveDate, String> {
    let (_, tag, _) = split_at_tag(dct).ok_or("<DCT> holds no TIMEX3")??;
    let value = tag
        .attribute("value")?
        .ok_or("the DCT's TIMEX3 has no value")?;
    let day = value.split('T').next().unwrap_or_default();
    day.parse()
        .map_err(|_| format!("the DCT value '{value}' is not a day (YYYY-MM-DD)"))
}

/// The text without its tags and with entities decoded, and the TIMEX3s and EVENTs found in it.
fn strip_tags(body: &str) -> Result<(String, Vec<Timex>, Vec<EventTag>), String> {
    let mut text = String::with_capacity(body.len());
    let mut timexes = Vec::new();
    let mut events = Vec::new();
    // TIMEX3s and EVENTs begun and not yet closed, with where their text starts.
    let mut open: Vec<(usize, Tag)> = Vec::new();
    let mut open_events: Vec<(usize, Tag)> = Vec::new();
    let mut rest = body;
    while let Some(found) = split_at_tag(rest) {
        let (before, tag, after) = found?;
        decode_entities(before, &mut text)?;
        match tag.name {
            "TIMEX3" if !tag.self_closing => open.push((text.len(), tag)),
            "/TIMEX3" => {
                let (start, tag) = open.pop().ok_or("</TIMEX3> closes no TIMEX3")?;
                timexes.push(tag.into_timex(Span::new(start, text.len()))?);
            }
            "EVENT" if !tag.self_closing => open_events.push((text.len(), tag)),
            "/EVENT" => {
                let (start, tag) = open_events.pop().ok_or("</EVENT> closes no EVENT")?;
                let id = tag
                    .attribute("eid")?
                    .ok_or_else(|| format!("<{}> has no eid", tag.source))?;
                events.push(EventTag {
                    id,
                    span: Span::new(start, text.len()),
                });
            }
            _ => {}
        }
        rest = after;
    }
    decode_entities(rest, &mut text)?;
    if let Some((_, tag)) = open.first() {
        return Err(format!("a TIMEX3 is never closed: <{}>", tag.source));
    }
    Ok((text, timexes, events))
}

/// A start or end tag: `<TIMEX3 tid="t1" type="DATE" value="2013">`, `</TIMEX3>`.
struct Tag<'s> {
    /// The element name, with a leading `/` for an end tag.
    name: &'s str,
    /// Everything between `<` and `>`, to read attributes from and quote in errors.
    source: &'s str,
    self_closing: bool,
}

/// The text before the first tag in `input`, that tag, and the text after it; `None` when
/// `input` holds no tag.
fn split_at_tag(input: &str) -> Option<Result<(&str, Tag<'_>, &str), String>> {
    let start = input.find('<')?;
    let Some(len) = input[start..].find('>') else {
        return Some(Err("a tag is never closed with '>'".to_string()));
    };
    let source = &input[start + 1..start + len];
    let self_closing = source.ends_with('/');
    let unslashed = source.trim_end_matches('/');
    let name_end = unslashed
        .find(char::is_whitespace)
        .unwrap_or(unslashed.len());
    let tag = Tag {
        name: &source[..name_end],
        source,
        self_closing,
    };
    Some(Ok((&input[..start], tag, &input[start + len + 1..])))
}

impl Tag<'_> {
    /// The decoded value of attribute `name`, quoted with `"` or `'`.
    fn attribute(&self, name: &str) -> Result<Option<String>, String> {
        let mut rest = &self.source[self.name.len()..];
        while let Some(eq) = rest.find('=') {
            let key = rest[..eq].trim();
            let after = rest[eq + 1..].trim_start();
            let quote = after
                .chars()
                .next()
                .filter(|&c| c == '"' || c == '\'')
                .ok_or_else(|| format!("attribute {key} is not quoted in <{}>", self.source))?;
            let len = after[1..]
                .find(quote)
                .ok_or_else(|| format!("attribute {key} is never closed in <{}>", self.source))?;
            if key == name {
                let mut value = String::new();
                decode_entities(&after[1..1 + len], &mut value)?;
                return Ok(Some(value));
            }
            rest = &after[len + 2..];
        }
        Ok(None)
    }

    fn into_timex(self, span: Span) -> Result<Timex, String> {
        let required = |name: &str| {
            self.attribute(name)?
                .ok_or_else(|| format!("<{}> has no {name}", self.source))
        };
        Ok(Timex {
            id: self.attribute("tid")?,
            span,
            kind: required("type")?,
            value: required("value")?,
            modifier: self.attribute("mod")?,
        })
    }
}

/// Appends `raw` to `out` with XML's five named entities and character references decoded.
fn decode_entities(raw: &str, out: &mut String) -> Result<(), String> {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let semicolon = rest[amp..]
            .find(';')
            .ok_or("a '&' that starts no entity (write '&amp;')")?;
        let name = &rest[amp + 1..amp + semicolon];
        out.push(entity(name).ok_or_else(|| format!("unknown entity '&{name};'"))?);
        rest = &rest[amp + semicolon + 1..];
    }
    out.push_str(rest);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOCUMENT: &str = r#"<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST_1</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2013-03-22">March 22, 2013</TIMEX3></DCT>
<TITLE>Not &amp; processed</TITLE>
<TEXT>
AT&amp;T <EVENT class="OCCURRENCE" eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3> that &lt;profits&gt; rose &quot;in <TIMEX3 type="DURATION" value="P1M" tid="t2" mod="MORE_THAN">a month</TIMEX3>&quot;.
Caf&#233; &#x2014; <TIMEX3 tid='t3' type='DATE' value='2012-10'>October</TIMEX3>
</TEXT>
</TimeML>
"#;

    fn gold() -> GoldDocument {
        parse(DOCUMENT).expect("the test document is valid")
    }

    #[test]
    fn text_is_the_text_element_without_tags_and_with_entities_decoded() {
        assert_eq!(
            gold().text,
            "\nAT&T said Friday that <profits> rose \"in a month\".\nCafé — October\n"
        );
    }

    #[test]
    fn gold_spans_are_byte_offsets_into_the_decoded_text() {
        let gold = gold();
        let found: Vec<(&str, &str, &str, Option<&str>)> = gold
            .timexes
            .iter()
            .map(|t| {
                let text = t.span.of(&gold.text);
                (
                    text,
                    t.kind.as_str(),
                    t.value.as_str(),
                    t.modifier.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("Friday", "DATE", "2013-03-22", None),
                ("a month", "DURATION", "P1M", Some("MORE_THAN")),
                ("October", "DATE", "2012-10", None),
            ]
        );
        assert_eq!(gold.timexes[0].span, Span::new(11, 17));
    }

    #[test]
    fn dct_is_read_and_not_a_gold_expression() {
        let gold = gold();
        assert_eq!(gold.dct, NaiveDate::from_ymd_opt(2013, 3, 22));
        assert_eq!(gold.timexes.len(), 3, "the DCT's TIMEX3 is outside <TEXT>");
    }

    #[test]
    fn dct_with_a_time_of_day_keeps_the_day() {
        let source =
            r#"<DCT><TIMEX3 type="TIME" value="2013-03-22T10:30">x</TIMEX3></DCT><TEXT></TEXT>"#;
        assert_eq!(
            parse(source).unwrap().dct,
            NaiveDate::from_ymd_opt(2013, 3, 22)
        );
    }

    #[test]
    fn malformed_documents_are_refused_with_a_reason() {
        let refused = |source: &str| parse(source).unwrap_err();
        assert_eq!(refused("<TimeML></TimeML>"), "no <TEXT> element");
        assert!(
            refused("<TEXT><TIMEX3 type=\"DATE\" value=\"1\">x</TEXT>").contains("never closed")
        );
        assert!(refused("<TEXT>x</TIMEX3></TEXT>").contains("closes no TIMEX3"));
        assert!(refused("<TEXT><TIMEX3 value=\"1\">x</TIMEX3></TEXT>").contains("has no type"));
        assert_eq!(refused("<TEXT>&nbsp;</TEXT>"), "unknown entity '&nbsp;'");
        assert!(
            refused("<DCT><TIMEX3 value=\"2013\">x</TIMEX3></DCT><TEXT></TEXT>")
                .contains("is not a day")
        );
    }
}
