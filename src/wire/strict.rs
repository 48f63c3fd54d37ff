//! The strictness the wire format asks for and serde's derive does not give.
//!
//! A derived `Deserialize` also accepts a struct written as a JSON array of its field values
//! (`"agency": ["某局", "department"]`) and a unit enum written as a one-key object
//! (`"kind": {"department": null}`). The wire format and the schema allow neither: objects have
//! named fields, codes are strings. [`string_enum`] reads a code from a string only;
//! [`array_in_place_of_object`] finds an array anywhere but in `additional_parts`.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, de::value::StrDeserializer};

/// Reads a unit enum (a code such as `department`) from a JSON string only; for
/// `#[serde(deserialize_with = "crate::wire::strict::string_enum")]`.
pub(crate) fn string_enum<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Code<T>(PhantomData<T>);

    impl<'de, T: Deserialize<'de>> Visitor<'de> for Code<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string code")
        }

        fn visit_str<E: de::Error>(self, code: &str) -> Result<T, E> {
            T::deserialize(StrDeserializer::<E>::new(code))
        }
    }

    deserializer.deserialize_str(Code(PhantomData))
}

/// The value of a field read as optional (in a superset of two layouts) that the chosen
/// layout requires: a `missing field` error naming it when absent.
pub(crate) fn required<T, E: de::Error>(value: Option<T>, name: &'static str) -> Result<T, E> {
    value.ok_or_else(|| E::missing_field(name))
}

/// Reads an optional field that, when present, holds a value (not `null`): for figures where
/// the schema allows the member to be absent but not null, so that "at least one figure"
/// means the same to both. Use with `#[serde(default, deserialize_with = ...)]`.
pub(crate) fn present<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// Reads an optional date written exactly `YYYY-MM-DD` (the schema's `format: date`), for
/// `#[serde(deserialize_with = "crate::wire::strict::iso_date")]`. chrono alone also takes
/// `2024-1-5` or `+2024-01-26`, which the wire format does not.
pub(crate) fn iso_date<'de, D>(deserializer: D) -> Result<Option<chrono::NaiveDate>, D::Error>
where
    D: Deserializer<'de>,
{
    let Some(text) = Option::<std::borrow::Cow<'de, str>>::deserialize(deserializer)? else {
        return Ok(None);
    };
    let shape_ok = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    let date = shape_ok
        .then(|| chrono::NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok())
        .flatten();
    date.map(Some).ok_or_else(|| {
        de::Error::invalid_value(
            de::Unexpected::Str(&text),
            &"a date written YYYY-MM-DD (ISO 8601), e.g. 2024-01-26",
        )
    })
}

/// The keys whose value is an array in the wire format.
const ARRAY_KEYS: [&str; 3] = ["additional_parts", "blank_cells", "section_headings"];

/// Whether `json` may hold an array where the report has an object: false when the text has
/// no more `[` than keys of [`ARRAY_KEYS`] (a quoted name followed by `:` can only be a key),
/// since each such key takes one array in a document serde accepts. A cheap pre-check that
/// spares the full second pass for ordinary documents.
pub(crate) fn may_hold_misplaced_array(json: &str) -> bool {
    let brackets = memchr::memchr_iter(b'[', json.as_bytes()).count();
    if brackets == 0 {
        return false;
    }
    let keys: usize = ARRAY_KEYS
        .iter()
        .map(|name| {
            let key = format!("\"{name}\"");
            memchr::memmem::find_iter(json.as_bytes(), &key)
                .filter(|&at| {
                    json[at + key.len()..]
                        .trim_start_matches([' ', '\t', '\n', '\r'])
                        .starts_with(':')
                })
                .count()
        })
        .sum();
    brackets > keys
}

/// The first array in the JSON text `json` that stands where the report has an object (every
/// array but the value of a key of [`ARRAY_KEYS`]), as the serde error to report; the path
/// is tracked by `serde_path_to_error`. `Ok` when there is none or when `json` is not JSON.
pub(crate) fn array_in_place_of_object(
    json: &str,
) -> Result<(), serde_path_to_error::Error<serde_json::Error>> {
    let mut json = serde_json::Deserializer::from_str(json);
    let mut track = serde_path_to_error::Track::new();
    let deserializer = serde_path_to_error::Deserializer::new(&mut json, &mut track);
    match (Shape {
        array_allowed: false,
    })
    .deserialize(deserializer)
    {
        Err(err) if err.classify() == serde_json::error::Category::Data => {
            Err(serde_path_to_error::Error::new(track.path(), err))
        }
        _ => Ok(()),
    }
}

/// Walks any JSON value, refusing arrays except where `array_allowed`.
#[derive(Clone, Copy)]
struct Shape {
    array_allowed: bool,
}

impl<'de> DeserializeSeed<'de> for Shape {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Shape {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            map.next_value_seed(Shape {
                array_allowed: ARRAY_KEYS.contains(&key.as_str()),
            })?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        if !self.array_allowed {
            return Err(de::Error::invalid_type(de::Unexpected::Seq, &self));
        }
        while seq
            .next_element_seed(Shape {
                array_allowed: false,
            })?
            .is_some()
        {}
        Ok(())
    }
}
