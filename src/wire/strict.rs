//! The strictness the wire format asks for and serde's derive does not give.
//!
//! A derived `Deserialize` also accepts a unit enum written as a one-key object
//! (`"kind": {"department": null}`), a date in any shape chrono reads, and `null` for an
//! optional member. The wire format and the schema allow none of these: codes are strings
//! ([`string_enum`]), dates are `YYYY-MM-DD` ([`iso_date`]), a figure is present or absent
//! ([`present`]). (A struct written as an array of its values is refused for every struct by
//! the `named_fields` adapter.)

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, Visitor};
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
