//! Amounts on the wire: a JSON number with its exact digits (read through
//! `serde_json::value::RawValue`, never through `f64`), or the digits as a string in formats
//! without exact decimal numbers.

use std::fmt;

use rust_decimal::Decimal;
use serde::de::{self, Deserialize, Deserializer};
use serde::ser::{self, Serialize, Serializer};
use serde_json::value::RawValue;

use super::{Amount, AmountError};

impl Serialize for Amount {
    /// Writes the amount as a JSON number with its exact digits. A format without exact
    /// decimal numbers (a binary one, such as MessagePack) gets the digits as a string; a
    /// `serde_json::Value` without serde_json's `arbitrary_precision` feature, which holds
    /// numbers as `f64`, gets the amount only when an `f64` holds it exactly, and an error
    /// otherwise (never a silent rounding).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text = self.0.to_string();
        if !serializer.is_human_readable() {
            return serializer.serialize_str(&text);
        }
        if is_json_value_serializer::<S>() && !json_value_holds(self.0, &text) {
            return Err(ser::Error::custom(format_args!(
                "the amount {text} cannot be held exactly by a serde_json::Value (its numbers are f64): write the report with Report::to_json_string, or turn on serde_json's arbitrary_precision feature"
            )));
        }
        let raw = RawValue::from_string(text).map_err(ser::Error::custom)?;
        raw.serialize(serializer)
    }
}

/// Whether `S` is the serializer of `serde_json::to_value`.
fn is_json_value_serializer<S>() -> bool {
    std::any::type_name::<S>() == std::any::type_name::<serde_json::value::Serializer>()
}

/// Whether a `serde_json::Value` made from the JSON number `text` has the value `value`.
fn json_value_holds(value: Decimal, text: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|number| number.to_string().parse::<Decimal>().ok())
        .is_some_and(|held| held == value)
}

impl<'de> Deserialize<'de> for Amount {
    /// Reads a JSON number digit by digit: no binary floating point on the way. A format
    /// without exact decimal numbers gives the digits as a string (as [`Serialize`] writes
    /// them) or a whole number; a binary floating-point number is refused, never rounded.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if !deserializer.is_human_readable() {
            return deserializer.deserialize_any(Digits);
        }
        let raw = Box::<RawValue>::deserialize(deserializer)?;
        let text = raw.get();
        Amount::parse_json_number(text).map_err(|err| match err {
            AmountError::NotANumber => {
                de::Error::invalid_type(unexpected_json(text), &"a non-negative decimal number")
            }
            other => de::Error::custom(format_args!("{other}, got {text}")),
        })
    }
}

/// A description of a JSON value that is not a number, for error messages.
fn unexpected_json(text: &str) -> de::Unexpected<'_> {
    match text.as_bytes().first() {
        Some(b'"') => de::Unexpected::Other("a string"),
        Some(b'{') => de::Unexpected::Map,
        Some(b'[') => de::Unexpected::Seq,
        Some(b't' | b'f') => de::Unexpected::Other("a boolean"),
        Some(b'n') => de::Unexpected::Unit,
        _ => de::Unexpected::Other(text),
    }
}

/// Reads an amount from a format without exact decimal numbers.
struct Digits;

impl de::Visitor<'_> for Digits {
    type Value = Amount;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an amount written as its decimal digits, or a whole number")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Amount, E> {
        Amount::parse_json_number(text).map_err(|err| E::custom(format_args!("{err}, got {text}")))
    }

    fn visit_u64<E: de::Error>(self, whole: u64) -> Result<Amount, E> {
        Ok(Amount::from_whole(whole))
    }

    fn visit_i64<E: de::Error>(self, whole: i64) -> Result<Amount, E> {
        u64::try_from(whole).map(Amount::from_whole).map_err(|_| {
            E::custom(format_args!(
                "an amount of money must not be negative, got {whole}"
            ))
        })
    }

    fn visit_f64<E: de::Error>(self, float: f64) -> Result<Amount, E> {
        Err(E::custom(format_args!(
            "a binary floating-point number ({float}) cannot be read as an exact amount: write its digits as a string"
        )))
    }
}
