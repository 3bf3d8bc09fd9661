//! A small JSON reader and writer: the timeline format and the page's own records.
//!
//! In place of serde_json where the page reads and writes JSON: serde_json's number tables and
//! general machinery were a tenth of the page's wasm, and nothing the page reads has a number
//! with a fraction. [`from_str`] reads JSON into any serde type and refuses such numbers with
//! a message; errors give the line and column, as serde_json's do. [`to_string_pretty`] writes
//! a [`Value`] laid out as serde_json's pretty printer lays it out.

use std::borrow::Cow;
use std::fmt;

use serde::de::value::{BorrowedStrDeserializer, StringDeserializer};
use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, Unexpected, Visitor};

/// Why a text is not the JSON asked for, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    message: String,
    /// Line and column (from 1), once known.
    at: Option<(usize, usize)>,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at {
            Some((line, column)) => write!(f, "{} at line {line} column {column}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for JsonError {}

impl de::Error for JsonError {
    fn custom<T: fmt::Display>(message: T) -> Self {
        JsonError {
            message: message.to_string(),
            at: None,
        }
    }

    fn invalid_type(found: Unexpected, expected: &dyn de::Expected) -> Self {
        Self::custom(format_args!(
            "invalid type: {}, expected {expected}",
            said(found)
        ))
    }

    fn invalid_value(found: Unexpected, expected: &dyn de::Expected) -> Self {
        Self::custom(format_args!(
            "invalid value: {}, expected {expected}",
            said(found)
        ))
    }
}

/// A value that does not fit, as serde says it, except that a float is not written out:
/// serde's own wording would bring the float printer into the page for it.
fn said(found: Unexpected) -> String {
    match found {
        Unexpected::Bool(b) => format!("boolean `{b}`"),
        Unexpected::Unsigned(n) => format!("integer `{n}`"),
        Unexpected::Signed(n) => format!("integer `{n}`"),
        Unexpected::Float(_) => "a number with a fraction".into(),
        Unexpected::Char(c) => format!("character `{c}`"),
        Unexpected::Str(text) => format!("string \"{text}\""),
        Unexpected::Bytes(_) => "bytes".into(),
        Unexpected::Unit => "null".into(),
        Unexpected::Option => "an optional value".into(),
        Unexpected::NewtypeStruct => "a newtype struct".into(),
        Unexpected::Seq => "a list".into(),
        Unexpected::Map => "an object".into(),
        Unexpected::Enum => "an enum".into(),
        Unexpected::UnitVariant
        | Unexpected::NewtypeVariant
        | Unexpected::TupleVariant
        | Unexpected::StructVariant => "an enum variant".into(),
        Unexpected::Other(what) => what.into(),
    }
}

/// Reads `json` as a `T`.
///
/// # Errors
/// Why the text is not JSON, or not a `T`, with the line and column where reading stopped.
///
/// # Example
/// ```
/// use sourceline_core::json;
/// let pair: (String, Option<u32>) = json::from_str(r#"["a\u00e9", null]"#).unwrap();
/// assert_eq!(pair, ("aé".to_string(), None));
/// let cut = json::from_str::<Vec<u32>>("[1, 2").unwrap_err();
/// assert_eq!(cut.to_string(), "EOF while parsing a list at line 1 column 5");
/// ```
pub fn from_str<T: DeserializeOwned>(json: &str) -> Result<T, JsonError> {
    let mut reader = Reader { json, at: 0 };
    let value = T::deserialize(&mut reader).and_then(|value| match reader.peek() {
        None => Ok(value),
        Some(_) => Err(reader.error("trailing characters")),
    });
    value.map_err(|mut e| {
        e.at = e.at.or_else(|| Some(reader.position()));
        e
    })
}

struct Reader<'a> {
    json: &'a str,
    /// Byte offset of the next character to read.
    at: usize,
}

impl<'a> Reader<'a> {
    /// The next byte that is not white space, left unread.
    fn peek(&mut self) -> Option<u8> {
        let rest = &self.json.as_bytes()[self.at..];
        let space = rest
            .iter()
            .take_while(|b| matches!(b, b' ' | b'\n' | b'\r' | b'\t'))
            .count();
        self.at += space;
        rest.get(space).copied()
    }

    fn position(&self) -> (usize, usize) {
        let before = &self.json[..self.at];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = before.matches('\n').count() + 1;
        (line, before[line_start..].chars().count())
    }

    fn error(&self, message: &str) -> JsonError {
        JsonError {
            message: message.to_string(),
            at: Some(self.position()),
        }
    }

    /// A value of another kind than the one asked for.
    fn expected(&self, what: &str) -> JsonError {
        match self.json.as_bytes().get(self.at) {
            Some(_) => self.error(&format!("expected {what}")),
            None => self.eof("a value"),
        }
    }

    fn eof(&self, what: &str) -> JsonError {
        self.error(&format!("EOF while parsing {what}"))
    }

    /// Reads the byte `byte` (after white space), or says what was expected.
    fn expect(&mut self, byte: u8, what: &str, expected: &str) -> Result<(), JsonError> {
        match self.peek() {
            Some(b) if b == byte => {
                self.at += 1;
                Ok(())
            }
            Some(_) => Err(self.error(expected)),
            None => Err(self.eof(what)),
        }
    }

    fn word(&mut self, word: &str) -> Result<(), JsonError> {
        if self.json[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(())
        } else if word.starts_with(&self.json[self.at..]) {
            self.at = self.json.len();
            Err(self.eof("a value"))
        } else {
            Err(self.error("expected value"))
        }
    }

    /// A string, its opening quote next: borrowed from the text unless it has escapes.
    fn string(&mut self) -> Result<Cow<'a, str>, JsonError> {
        self.at += 1;
        let (json, start) = (self.json, self.at);
        let mut owned: Option<String> = None;
        loop {
            let rest = &json[self.at..];
            let stop = rest
                .bytes()
                .position(|b| b == b'"' || b == b'\\' || b < b' ');
            let Some(stop) = stop else {
                self.at = self.json.len();
                return Err(self.eof("a string"));
            };
            let plain = &rest[..stop];
            self.at += stop;
            match rest.as_bytes()[stop] {
                b'"' => {
                    self.at += 1;
                    return Ok(match owned {
                        Some(mut text) => {
                            text.push_str(plain);
                            Cow::Owned(text)
                        }
                        None => Cow::Borrowed(&json[start..self.at - 1]),
                    });
                }
                b'\\' => {
                    let text = owned.get_or_insert_with(String::new);
                    text.push_str(plain);
                    self.at += 1;
                    text.push(self.escape()?);
                }
                _ => {
                    return Err(self
                        .error("control character (\\u0000-\\u001F) found while parsing a string"))
                }
            }
        }
    }

    /// The character an escape stands for, its backslash read.
    fn escape(&mut self) -> Result<char, JsonError> {
        let Some(&byte) = self.json.as_bytes().get(self.at) else {
            return Err(self.eof("a string"));
        };
        self.at += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex()?;
                if !(0xD800..0xDC00).contains(&first) {
                    return char::from_u32(first)
                        .ok_or_else(|| self.error("lone trailing surrogate in hex escape"));
                }
                if !self.json[self.at..].starts_with("\\u") {
                    return Err(self.error("lone leading surrogate in hex escape"));
                }
                self.at += 2;
                let second = self.hex()?;
                if !(0xDC00..0xE000).contains(&second) {
                    return Err(self.error("lone leading surrogate in hex escape"));
                }
                let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                char::from_u32(code).ok_or_else(|| self.error("invalid unicode code point"))?
            }
            _ => return Err(self.error("invalid escape")),
        })
    }

    fn hex(&mut self) -> Result<u32, JsonError> {
        let digits = self.json.get(self.at..self.at + 4);
        let value = digits
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|d| u32::from_str_radix(d, 16).ok());
        self.at = (self.at + 4).min(self.json.len());
        value.ok_or_else(|| self.error("invalid escape"))
    }

    /// A whole number: the format has no fractions, so one is refused.
    fn number<V: Visitor<'a>>(&mut self, visitor: V) -> Result<V::Value, JsonError> {
        let rest = &self.json.as_bytes()[self.at..];
        let negative = rest[0] == b'-';
        let digits = rest[usize::from(negative)..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let end = usize::from(negative) + digits;
        let text = &self.json[self.at..self.at + end];
        self.at += end;
        if digits == 0 || (digits > 1 && text.trim_start_matches('-').starts_with('0')) {
            return Err(self.error("invalid number"));
        }
        if matches!(rest.get(end), Some(b'.' | b'e' | b'E')) {
            return Err(self.error("a number with a fraction or an exponent is not read here"));
        }
        let out_of_range = || self.error("number out of range");
        if negative {
            visitor.visit_i64(text.parse().map_err(|_| out_of_range())?)
        } else {
            visitor.visit_u64(text.parse().map_err(|_| out_of_range())?)
        }
    }
}

/// Reads every integer type as `deserialize_u64` does: the visitor takes what fits.
macro_rules! whole_numbers {
    ($($method:ident)*) => {
        $(fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
            self.deserialize_u64(visitor)
        })*
    };
}

impl<'de> de::Deserializer<'de> for &mut Reader<'de> {
    type Error = JsonError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        match self.peek() {
            None => Err(self.eof("a value")),
            Some(b'n') => {
                self.word("null")?;
                visitor.visit_unit()
            }
            Some(b't') => {
                self.word("true")?;
                visitor.visit_bool(true)
            }
            Some(b'f') => {
                self.word("false")?;
                visitor.visit_bool(false)
            }
            Some(b'"') => self.deserialize_string(visitor),
            Some(b'[') => self.deserialize_seq(visitor),
            Some(b'{') => self.deserialize_map(visitor),
            Some(b'-' | b'0'..=b'9') => self.number(visitor),
            Some(_) => Err(self.error("expected value")),
        }
    }

    // Each kind of value reads only its own: a value of another kind is an error here, rather
    // than in the visitor, whose code for every kind it refuses would be in the wasm.

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        match self.peek() {
            Some(b't' | b'f') => self.deserialize_any(visitor),
            _ => Err(self.expected("true or false")),
        }
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        match self.peek() {
            Some(b'-' | b'0'..=b'9') => self.number(visitor),
            _ => Err(self.expected("a number")),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        if self.peek() != Some(b'"') {
            return Err(self.expected("a string"));
        }
        match self.string()? {
            Cow::Borrowed(text) => visitor.visit_borrowed_str(text),
            Cow::Owned(text) => visitor.visit_string(text),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        let items = Items::open(self, b'[', "a list")?;
        let value = visitor.visit_seq(items)?;
        self.expect(b']', "a list", "trailing characters in a list")?;
        Ok(value)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        let entries = Items::open(self, b'{', "an object")?;
        let value = visitor.visit_map(entries)?;
        self.expect(b'}', "an object", "trailing characters in an object")?;
        Ok(value)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, JsonError> {
        self.deserialize_map(visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, JsonError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        if self.peek() != Some(b'n') {
            return Err(self.expected("null"));
        }
        self.word("null")?;
        visitor.visit_unit()
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        if self.peek() == Some(b'n') {
            self.word("null")?;
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, JsonError> {
        visitor.visit_newtype_struct(self)
    }

    /// Only unit variants, written as strings: the only enums the format has.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, JsonError> {
        if self.peek() != Some(b'"') {
            return Err(self.error("expected a string"));
        }
        let name: StringDeserializer<JsonError> = self.string()?.into_owned().into_deserializer();
        visitor.visit_enum(name)
    }

    serde::forward_to_deserialize_any! {
        i128 u128 f32 f64 char bytes byte_buf unit_struct tuple_struct identifier ignored_any
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        self.deserialize_string(visitor)
    }

    whole_numbers! { deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_u8 deserialize_u16 deserialize_u32 }
}

/// The items of a list, or the entries of an object, being read.
struct Items<'r, 'a> {
    reader: &'r mut Reader<'a>,
    first: bool,
}

impl<'r, 'a> Items<'r, 'a> {
    /// Reads the `[` or `{` that opens `what`.
    fn open(reader: &'r mut Reader<'a>, opener: u8, what: &str) -> Result<Self, JsonError> {
        if reader.peek() != Some(opener) {
            return Err(reader.expected(what));
        }
        reader.at += 1;
        Ok(Items {
            reader,
            first: true,
        })
    }

    /// Whether another item follows (its comma read), before `close`.
    fn more(&mut self, close: u8, what: &str, expected: &str) -> Result<bool, JsonError> {
        let first = std::mem::replace(&mut self.first, false);
        let reader = &mut *self.reader;
        match reader.peek() {
            None => Err(reader.eof(what)),
            Some(b) if b == close => Ok(false),
            Some(_) if first => Ok(true),
            Some(b',') => {
                reader.at += 1;
                match reader.peek() {
                    Some(b) if b == close => Err(reader.error("trailing comma")),
                    None => Err(reader.eof(what)),
                    Some(_) => Ok(true),
                }
            }
            Some(_) => Err(reader.error(expected)),
        }
    }
}

impl<'de> de::SeqAccess<'de> for Items<'_, 'de> {
    type Error = JsonError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, JsonError> {
        if !self.more(b']', "a list", "expected `,` or `]`")? {
            return Ok(None);
        }
        seed.deserialize(&mut *self.reader).map(Some)
    }
}

impl<'de> de::MapAccess<'de> for Items<'_, 'de> {
    type Error = JsonError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, JsonError> {
        if !self.more(b'}', "an object", "expected `,` or `}`")? {
            return Ok(None);
        }
        let reader = &mut *self.reader;
        if reader.peek() != Some(b'"') {
            return Err(reader.error("key must be a string"));
        }
        let key = match reader.string()? {
            Cow::Borrowed(text) => seed.deserialize(BorrowedStrDeserializer::new(text)),
            Cow::Owned(text) => seed.deserialize(StringDeserializer::new(text)),
        }?;
        reader.expect(b':', "an object", "expected `:`")?;
        Ok(Some(key))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, JsonError> {
        seed.deserialize(&mut *self.reader)
    }
}

/// A JSON value to write.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Number(u64),
    String(Cow<'a, str>),
    Array(Vec<Value<'a>>),
    Object(Vec<(&'static str, Value<'a>)>),
}

impl<'a> Value<'a> {
    /// A string value, or null.
    pub fn text_or_null(text: Option<impl Into<Cow<'a, str>>>) -> Value<'a> {
        text.map_or(Value::Null, |t| Value::String(t.into()))
    }

    /// A number, or null.
    pub fn number_or_null(number: Option<usize>) -> Value<'a> {
        number.map_or(Value::Null, |n| Value::Number(n as u64))
    }
}

/// Writes `value` laid out as serde_json's pretty printer does: two spaces a level.
///
/// # Example
/// ```
/// use sourceline_core::json::{self, Value};
/// let value = Value::Object(vec![("quote", Value::String("\"Yes\"\n".into())), ("at", Value::Array(vec![]))]);
/// assert_eq!(json::to_string_pretty(&value), "{\n  \"quote\": \"\\\"Yes\\\"\\n\",\n  \"at\": []\n}");
/// ```
pub fn to_string_pretty(value: &Value) -> String {
    let mut out = String::new();
    write(value, 0, &mut out);
    out
}

fn write(value: &Value, depth: usize, out: &mut String) {
    let indent = |out: &mut String, depth: usize| out.extend(std::iter::repeat_n("  ", depth));
    match value {
        Value::Null => out.push_str("null"),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(text) => write_string(text, out),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Object(fields) if fields.is_empty() => out.push_str("{}"),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                indent(out, depth + 1);
                write(item, depth + 1, out);
            }
            out.push('\n');
            indent(out, depth);
            out.push(']');
        }
        Value::Object(fields) => {
            out.push('{');
            for (i, (name, item)) in fields.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                indent(out, depth + 1);
                write_string(name, out);
                out.push_str(": ");
                write(item, depth + 1, out);
            }
            out.push('\n');
            indent(out, depth);
            out.push('}');
        }
    }
}

fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let code = c as usize;
                out.push_str("\\u00");
                out.push(HEX[code >> 4] as char);
                out.push(HEX[code & 0xf] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Record {
        name: String,
        #[serde(default)]
        at: Option<usize>,
        kind: Kind,
        items: Vec<i32>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "lowercase")]
    enum Kind {
        Date,
        Time,
    }

    #[test]
    fn reads_what_serde_json_reads_and_says_where_it_stops() {
        let json = "{\"name\": \"a\\\"b\\\\ \\ud83d\\ude00 \\/\\t\", \"kind\": \"time\",\n \"items\": [1, -2, 0]}";
        let record: Record = from_str(json).unwrap();
        let expected = Record {
            name: "a\"b\\ 😀 /\t".into(),
            at: None,
            kind: Kind::Time,
            items: vec![1, -2, 0],
        };
        assert_eq!(record, expected);
        assert_eq!(record, serde_json::from_str::<Record>(json).unwrap());
        let error = |json: &str| from_str::<Record>(json).unwrap_err().to_string();
        assert_eq!(error(""), "EOF while parsing a value at line 1 column 0");
        assert_eq!(
            error("{\"name\": \"x"),
            "EOF while parsing a string at line 1 column 11"
        );
        assert!(error("{\"name\": \"x\"}").starts_with("missing field `kind`"));
        assert!(error("{\"nam\": 1}").starts_with("unknown field `nam`"));
        assert!(error("{\"name\": \"x\", \"at\": 1.5}").contains("fraction"));
        assert!(error("{\"name\": \"x\", \"at\": -1}").starts_with("invalid value: integer `-1`"));
        assert!(error("{\"name\": \"x\", \"kind\": \"day\"}").starts_with("unknown variant `day`"));
        assert!(
            error("{\"name\": \"x\",\n \"items\": [1,]}").starts_with("trailing comma at line 2")
        );
        assert!(error("{\"name\": \"x\" \"at\": 1}").starts_with("expected `,` or `}`"));
        assert!(error("{\"name\": \"a\nb\"}").starts_with("control character"));
        assert!(error("{\"name\": \"\\ud83d\"}").starts_with("lone leading surrogate"));
        assert!(error("{\"name\": \"x\", \"at\": nul").starts_with("EOF while parsing a value"));
        assert!(error("{\"name\": 1}").starts_with("expected a string at line 1 column 9"));
        let trailing = from_str::<Vec<u32>>("[] x").unwrap_err().to_string();
        assert_eq!(trailing, "trailing characters at line 1 column 3");
        assert!(error("{\"name\": \"x\", \"at\": 01}").starts_with("invalid number"));
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let value = Value::Object(vec![
            (
                "text",
                Value::String("tab\t \"quoted\" \\ \u{1} é\n".into()),
            ),
            ("none", Value::Null),
            ("count", Value::Number(42)),
            (
                "list",
                Value::Array(vec![Value::Number(1), Value::Object(vec![])]),
            ),
            ("empty", Value::Array(vec![])),
        ]);
        let ours = to_string_pretty(&value);
        #[derive(serde::Serialize)]
        struct Same {
            text: &'static str,
            none: Option<u8>,
            count: u8,
            list: (u8, std::collections::BTreeMap<u8, u8>),
            empty: [u8; 0],
        }
        let theirs = serde_json::to_string_pretty(&Same {
            text: "tab\t \"quoted\" \\ \u{1} é\n",
            none: None,
            count: 42,
            list: (1, Default::default()),
            empty: [],
        })
        .unwrap();
        assert_eq!(ours, theirs);
    }
}
