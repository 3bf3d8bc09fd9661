//! HTML read as text, and text written as HTML, without a browser.
//!
//! [`paragraphs`] and [`line()`] read TimelineJS3's HTML fields as a browser shows them;
//! [`escape`] writes an article's words so that none becomes markup; [`bare_tags`] strips a
//! dropped page down to its tags and text before the page's browser parser reads it. All are
//! plain string code, so they run natively and can be tested on any input.

use super::entity;

/// Tags that end a paragraph where they open or close.
const BLOCKS: [&str; 22] = [
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "tr",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "hr",
];
/// `text` with the characters of markup escaped, each other character written by `other`.
fn escape_markup(text: &str, other: impl Fn(char, &mut String)) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => other(c, &mut out),
        }
    }
    out
}

/// `text` as XML or HTML character data, or as an attribute's value in double quotes: the
/// characters of markup escaped, and those XML forbids (control characters, U+FFFE, U+FFFF)
/// left out, so that an SVG of an article's words always opens.
pub fn escape_xml(text: &str) -> String {
    escape_markup(text, |c, out| {
        let forbidden = (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
            || matches!(c, '\u{FFFE}' | '\u{FFFF}');
        if !forbidden {
            out.push(c);
        }
    })
}

/// HTML that shows `text` as written, line breaks included: TimelineJS renders its text as
/// markup, and an article's words must never become markup.
pub fn escape(text: &str) -> String {
    escape_markup(text, |c, out| match c {
        '\'' => out.push_str("&#39;"),
        '\n' => out.push_str("<br>"),
        c => out.push(c),
    })
}

/// HTML as one line of plain text, for a headline.
pub fn line(html: &str) -> String {
    let paragraphs = paragraphs(html);
    let lines: Vec<&str> = paragraphs
        .iter()
        .flat_map(|p| p.split('\n'))
        .filter(|l| !l.is_empty())
        .collect();
    lines.join(" ")
}

/// HTML's paragraphs as plain text, as a browser shows them: block tags end a paragraph and
/// `<br>` a line; other tags, comments and script or style content are dropped; runs of
/// spaces collapse; character references are decoded.
pub fn paragraphs(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut lines = Vec::new();
    let mut raw = String::new();
    let mut rest = html;
    // Every cut below is at a '<' found, just past that one-byte '<', or at a tag's length,
    // which ends just past an ASCII '>' or '-->' or at the end: all char boundaries.
    while let Some(open) = rest.find('<') {
        raw.push_str(&rest[..open]);
        rest = &rest[open..];
        let Some((name, closing, len)) = tag(rest) else {
            // A '<' that starts no tag is text, as in "a < b".
            raw.push('<');
            rest = &rest[1..];
            continue;
        };
        rest = &rest[len..];
        match name.as_str() {
            "br" => lines.push(std::mem::take(&mut raw)),
            "script" | "style" if !closing => rest = after_element(rest, &name),
            name if BLOCKS.contains(&name) => {
                lines.push(std::mem::take(&mut raw));
                found.extend(plain(&mut lines));
            }
            _ => {}
        }
    }
    raw.push_str(rest);
    lines.push(raw);
    found.extend(plain(&mut lines));
    found
}

/// The paragraph whose raw lines are `lines`, which it empties; `None` when it has no words.
fn plain(lines: &mut Vec<String>) -> Option<String> {
    let text: Vec<String> = lines
        .drain(..)
        .map(|l| decode(&l.split_ascii_whitespace().collect::<Vec<_>>().join(" ")))
        .collect();
    let text = text.join("\n");
    let text = text.trim_matches('\n');
    (!text.trim().is_empty()).then(|| text.to_string())
}

/// The tag `rest` starts with (it starts with '<'): its lowercase name, whether it closes,
/// and its length, which runs to the first '>' or, as in a browser, to the end of the text;
/// `None` when the '<' starts no tag and so is text.
fn tag(rest: &str) -> Option<(String, bool, usize)> {
    let len = |end: Option<usize>, after: usize| end.map_or(rest.len(), |end| end + after);
    if rest.starts_with("<!--") {
        return Some((String::new(), false, len(rest.find("-->"), 3)));
    }
    // `rest` starts with the one-byte '<'.
    let body = &rest[1..];
    let (closing, body) = match body.strip_prefix('/') {
        Some(body) => (true, body),
        None => (false, body),
    };
    if !body.starts_with(|c: char| c.is_ascii_alphabetic() || c == '!' || c == '?') {
        return None;
    }
    let name = body
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    Some((name, closing, len(rest.find('>'), 1)))
}

/// What follows the element whose content starts `rest`: up to its closing tag is dropped.
fn after_element<'h>(rest: &'h str, name: &str) -> &'h str {
    // `at` is where a two-byte "</" starts, so `at + 2` is a boundary.
    let closes = |at: usize| {
        rest[at + 2..]
            .get(..name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
    };
    match rest
        .match_indices("</")
        .map(|(at, _)| at)
        .find(|&at| closes(at))
    {
        // The tag's length from `at` ends on a boundary (see `tag`).
        Some(at) => tag(&rest[at..]).map_or("", |(.., len)| &rest[at + len..]),
        None => "",
    }
}

/// Decodes character references: the named ones TimelineJS text uses, and numeric ones. Any
/// other '&' stays as written, as a browser shows it.
fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    // Cuts fall at a one-byte '&' or just past a one-byte ';' found in the bytes: boundaries.
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp + 1..];
        // The longest reference decoded, `#x10FFFF`, has eight characters before its ';'.
        let reference = rest
            .bytes()
            .take(9)
            .position(|b| b == b';')
            .and_then(|end| {
                // HTML's non-breaking space is the one entity beyond XML's that is common.
                let name = &rest[..end];
                let c = entity(name).or((name == "nbsp").then_some('\u{a0}'))?;
                Some((c, end + 1))
            });
        match reference {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => out.push('&'),
        }
    }
    out.push_str(rest);
    out
}

/// HTML with only its tags and text: every tag written without its attributes (no event
/// handler, style or URL is left), and `script` and `style` elements, comments and doctypes
/// dropped. What text is left is all the page reads of a dropped HTML file; what is dropped,
/// the browser would check against the page's Content-Security-Policy as it parses, and
/// report, even in a document that is never shown.
///
/// Tags end where the browser's tokenizer ends them (quoted values may hold `>`). Whatever it
/// misreads, no attribute is ever written: every `<` written starts a bare tag, and a `<` of
/// the text is written `&lt;`, so that no text after a dropped part can join it into a tag.
pub fn bare_tags(html: &str) -> String {
    let mut bare = String::with_capacity(html.len());
    let mut rest = html;
    // Each cut is at a '<' found or just past it, after an ASCII '/', '-->' or '>', at the end
    // of a tag name (which ends at ASCII or at the end), or where `tag_end` says: boundaries.
    while let Some(open) = rest.find('<') {
        bare.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let (closing, name_on) = match after.strip_prefix('/') {
            Some(name_on) => (true, name_on),
            None => (false, after),
        };
        if !name_on.starts_with(|c: char| c.is_ascii_alphabetic()) {
            rest = match after.as_bytes().first() {
                // A comment, doctype or processing instruction: up to its end, dropped.
                Some(b'!') if after.starts_with("!--") => {
                    after.find("-->").map_or("", |end| &after[end + 3..])
                }
                Some(b'!' | b'?' | b'/') => after.find('>').map_or("", |end| &after[end + 1..]),
                // A '<' that starts no tag is text, as in "a < b".
                _ => {
                    bare.push_str("&lt;");
                    after
                }
            };
            continue;
        }
        let name_len = name_on
            .find(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>')
            .unwrap_or(name_on.len());
        let name = &name_on[..name_len];
        rest = &name_on[name_len..];
        rest = &rest[tag_end(rest)..];
        if !closing
            && ["script", "style"]
                .iter()
                .any(|n| name.eq_ignore_ascii_case(n))
        {
            rest = after_raw_text(rest, name);
            continue;
        }
        bare.push('<');
        if closing {
            bare.push('/');
        }
        bare.push_str(name);
        bare.push('>');
    }
    bare.push_str(rest);
    bare
}

/// Where a tag's attributes, which `rest` starts with, end: just after its `>`, as the HTML
/// tokenizer reads them (a quoted value runs to its closing quote), or the end of `rest`.
fn tag_end(rest: &str) -> usize {
    // Indexing is behind `i < bytes.len()` or through `get`; `i` stops only at ASCII bytes
    // or the end, and a quote found is one byte, so what it returns is a char boundary.
    let bytes = rest.as_bytes();
    let space = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_whitespace);
    let mut i = 0;
    loop {
        while space(i) || bytes.get(i) == Some(&b'/') {
            i += 1;
        }
        match bytes.get(i) {
            None => return bytes.len(),
            Some(b'>') => return i + 1,
            // An attribute's name: its first character may be '='.
            Some(_) => i += 1,
        }
        while i < bytes.len() && !space(i) && !matches!(bytes[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        while space(i) {
            i += 1;
        }
        if bytes.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while space(i) {
            i += 1;
        }
        match bytes.get(i) {
            Some(&quote @ (b'"' | b'\'')) => match rest[i + 1..].find(quote as char) {
                Some(end) => i += end + 2,
                None => return bytes.len(),
            },
            _ => {
                while i < bytes.len() && !space(i) && bytes[i] != b'>' {
                    i += 1;
                }
            }
        }
    }
}

/// What follows the `script` or `style` element whose content starts `rest`: its content, up
/// to the first tag that closes it, is text that no tag can end early.
fn after_raw_text<'h>(rest: &'h str, name: &str) -> &'h str {
    // `at` starts a two-byte "</", and `name.len()` bytes after it were just read as the
    // (ASCII) name: every cut is a boundary.
    let closes = |at: &usize| {
        let after = &rest[at + 2..];
        after
            .get(..name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
            && after[name.len()..]
                .bytes()
                .next()
                .is_none_or(|b| b.is_ascii_whitespace() || b == b'/' || b == b'>')
    };
    match rest.match_indices("</").map(|(at, _)| at).find(closes) {
        Some(at) => {
            let end_tag = &rest[at + 2 + name.len()..];
            &end_tag[tag_end(end_tag)..]
        }
        None => "",
    }
}
#[cfg(test)]
mod tests {
    use super::{bare_tags, escape_xml};

    #[test]
    fn text_written_as_xml_is_text_and_always_well_formed() {
        assert_eq!(
            escape_xml("<b>\"Tom & Jerry\"</b>"),
            "&lt;b&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt;"
        );
        assert_eq!(escape_xml("a\u{1}b\u{b}c\u{FFFF}d\te\nf"), "abcd\te\nf");
        assert_eq!(escape_xml("19 juin 2024 · 北京"), "19 juin 2024 · 北京");
    }

    #[test]
    fn html_keeps_its_tags_and_text_without_attributes_scripts_or_styles() {
        assert_eq!(
            bare_tags(r#"<P class="x">Bridge <b>reopens</b><BR/>in 2013</p>"#),
            "<P>Bridge <b>reopens</b><BR>in 2013</p>"
        );
        assert_eq!(
            bare_tags("<img src=x onerror=alert(1)><body onload='go()'>a < b"),
            "<img><body>a &lt; b"
        );
        assert_eq!(
            bare_tags("<style>p{}</style ><script>if (a</b) x()</script>after<!-- <i onclick=x> --><!doctype html>"),
            "after"
        );
        assert_eq!(bare_tags("<script>never closed <p>"), "");
    }

    #[test]
    fn a_tag_ends_where_the_browser_ends_it_and_nothing_after_is_an_attribute() {
        // A quoted value may hold '>'; an unquoted one may hold quotes.
        assert_eq!(bare_tags(r#"<a title='x>y' onclick=z>t</a>"#), "<a>t</a>");
        assert_eq!(bare_tags(r#"<a b=c"d onclick=z>t"#), "<a>t");
        assert_eq!(bare_tags("<svg/onload=alert(1)>t"), "<svg>t");
        assert_eq!(bare_tags("<a<img onerror=x>t"), "<a<img>t");
        assert_eq!(bare_tags("<img src=\"never closed"), "<img>");
        // A '<' of the text is no tag's, even with a dropped part between it and a letter.
        assert_eq!(
            bare_tags("<</>a onclick=alert(1)>t"),
            "&lt;a onclick=alert(1)>t"
        );
        assert_eq!(bare_tags("a<<!-- -->b onclick=x>"), "a&lt;b onclick=x>");
        // A script that only seems to close early leaves tags, never attributes.
        assert_eq!(
            bare_tags("<script><!--<script></script><img onerror=x>--></script>é"),
            "<img>--></script>é"
        );
    }
}
