//! The template order of the schemas' properties, without serde_json's `preserve_order`.
//!
//! serde_json's `Map` is a `BTreeMap` unless its `preserve_order` feature is on, so the
//! generated schema lists properties alphabetically. Turning the feature on would change
//! `serde_json::Value` for every user of the library (features unify across a build), so the
//! order is taken where it lives: the derived `Serialize` of each struct writes its fields in
//! declaration order, which is the printed template's order. [`field_orders`] records it per
//! struct name (a schema `$defs` name is its struct's name) by serializing specimen reports
//! into a serializer that only records, and [`to_pretty_json`] writes a schema with each
//! `properties` object in that order and everything else as `serde_json::to_string_pretty`
//! writes it.

use std::collections::BTreeMap;
use std::fmt;

use serde::ser::{self, Impossible, Serialize};
use serde_json::Value;

use crate::applications::{ApplicantRow, OtherHandling};
use crate::other_matters::ProcessingFees;
use crate::{Agency, AgencyKind, Amount, FormatVersion, Report, TextPart};

/// Field names of each struct (by its Rust name, which is its schema `$defs` name), in
/// declaration order.
pub type FieldOrders = BTreeMap<&'static str, Vec<&'static str>>;

/// The field order of every struct a report holds, recorded from specimen reports that reach
/// each of them (both editions of table 二, both forms of （六）, every optional struct
/// present).
pub fn field_orders() -> FieldOrders {
    let mut recorder = Recorder::default();
    for report in specimens() {
        // The recorder never fails: every method returns Ok.
        let _ = report.serialize(&mut recorder);
    }
    recorder.orders
}

/// Reports that together reach every struct of the model.
fn specimens() -> Vec<Report> {
    let mut reports = Vec::new();
    for edition in FormatVersion::ALL {
        for one_row in [false, true] {
            let mut report = Report::of_edition(
                edition,
                Agency::new("-", AgencyKind::Other),
                edition.first_year(),
            );
            if one_row {
                report.applications.outcomes.other_handling =
                    OtherHandling::OneRow(ApplicantRow::default());
            }
            report.overview.proactive_disclosure = Some(TextPart::with_heading("-", "-"));
            report.other_matters.processing_fees =
                Some(ProcessingFees::new(0, Amount::ZERO, Amount::ZERO));
            reports.push(report);
        }
    }
    reports
}

/// The name of the schema object whose `properties` are ordered by `struct_name`'s fields:
/// the root is the report.
const ROOT: &str = "Report";

/// `schema` as pretty-printed JSON (two-space indents, as `serde_json::to_string_pretty`),
/// with the `properties` of the root and of each `$defs` entry in the field order of its
/// struct (properties no struct names keep alphabetical order, after the others), and every
/// other object's keys in alphabetical order.
pub fn to_pretty_json(schema: &Value, orders: &FieldOrders) -> String {
    let mut out = String::new();
    write_value(&mut out, schema, 0, Some(ROOT), orders, Place::Schema);
    out.push('\n');
    out
}

/// Where a value sits: a schema (whose `properties` are ordered), the `properties` map of the
/// named struct, the `$defs` map, or any other value.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    Schema,
    Properties,
    Defs,
    Other,
}

fn write_value(
    out: &mut String,
    value: &Value,
    indent: usize,
    owner: Option<&str>,
    orders: &FieldOrders,
    place: Place,
) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            let mut keys: Vec<&String> = map.keys().collect();
            if place == Place::Properties {
                if let Some(order) = owner.and_then(|name| orders.get(name)) {
                    keys.sort_by_key(|key| {
                        order
                            .iter()
                            .position(|field| *field == key.as_str())
                            .unwrap_or(order.len())
                    });
                }
            }
            out.push('{');
            for (index, key) in keys.into_iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                newline(out, indent + 1);
                out.push_str(&Value::String(key.clone()).to_string());
                out.push_str(": ");
                let (child_owner, child_place) = match (place, key.as_str()) {
                    (Place::Schema, "properties") => (owner, Place::Properties),
                    (Place::Schema, "$defs") => (None, Place::Defs),
                    (Place::Defs, name) => (Some(name), Place::Schema),
                    (Place::Properties, _) => (None, Place::Schema),
                    // The conditions pair `format_version` with table 二: report properties.
                    (Place::Schema, "if" | "then" | "else") => (owner, Place::Schema),
                    (Place::Schema, _) => (None, Place::Schema),
                    (Place::Other, _) => (None, Place::Other),
                };
                write_value(
                    out,
                    &map[key.as_str()],
                    indent + 1,
                    child_owner,
                    orders,
                    child_place,
                );
            }
            newline(out, indent);
            out.push('}');
        }
        Value::Array(items) if !items.is_empty() => {
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                newline(out, indent + 1);
                let item_place = if place == Place::Other {
                    Place::Other
                } else {
                    Place::Schema
                };
                write_value(out, item, indent + 1, None, orders, item_place);
            }
            newline(out, indent);
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

fn newline(out: &mut String, indent: usize) {
    out.push('\n');
    for _ in 0..indent {
        out.push_str("  ");
    }
}

/// A serializer that writes nothing and records the field names of each struct it meets,
/// skipped fields (an absent option) included, in the order `Serialize` gives them.
#[derive(Default)]
struct Recorder {
    orders: FieldOrders,
}

/// The recorder's error: never produced, but serde requires one.
#[derive(Debug)]
struct Never;

impl fmt::Display for Never {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("recording a field order")
    }
}

impl std::error::Error for Never {}

impl ser::Error for Never {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Never
    }
}

/// One struct being recorded.
struct StructFields<'a> {
    recorder: &'a mut Recorder,
    name: &'static str,
    fields: Vec<&'static str>,
}

impl StructFields<'_> {
    fn finish(self) {
        // serde_json's own markers (a raw amount) are not fields of the report.
        if !self.name.starts_with('$') {
            self.recorder.orders.entry(self.name).or_insert(self.fields);
        }
    }
}

impl ser::SerializeStruct for StructFields<'_> {
    type Ok = ();
    type Error = Never;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Never> {
        self.fields.push(key);
        value.serialize(&mut *self.recorder)
    }

    fn skip_field(&mut self, key: &'static str) -> Result<(), Never> {
        self.fields.push(key);
        Ok(())
    }

    fn end(self) -> Result<(), Never> {
        self.finish();
        Ok(())
    }
}

/// Sequences, tuples and maps: their elements are recorded, they themselves are not.
struct Elements<'a>(&'a mut Recorder);

impl ser::SerializeSeq for Elements<'_> {
    type Ok = ();
    type Error = Never;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Never> {
        value.serialize(&mut *self.0)
    }
    fn end(self) -> Result<(), Never> {
        Ok(())
    }
}

impl ser::SerializeTuple for Elements<'_> {
    type Ok = ();
    type Error = Never;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Never> {
        value.serialize(&mut *self.0)
    }
    fn end(self) -> Result<(), Never> {
        Ok(())
    }
}

impl ser::SerializeMap for Elements<'_> {
    type Ok = ();
    type Error = Never;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, _: &T) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Never> {
        value.serialize(&mut *self.0)
    }
    fn end(self) -> Result<(), Never> {
        Ok(())
    }
}

impl<'a> ser::Serializer for &'a mut Recorder {
    type Ok = ();
    type Error = Never;
    type SerializeSeq = Elements<'a>;
    type SerializeTuple = Elements<'a>;
    type SerializeTupleStruct = Impossible<(), Never>;
    type SerializeTupleVariant = Impossible<(), Never>;
    type SerializeMap = Elements<'a>;
    type SerializeStruct = StructFields<'a>;
    type SerializeStructVariant = Impossible<(), Never>;

    fn serialize_bool(self, _: bool) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_i8(self, _: i8) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_i16(self, _: i16) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_i32(self, _: i32) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_i64(self, _: i64) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_u8(self, _: u8) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_u16(self, _: u16) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_u32(self, _: u32) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_u64(self, _: u64) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_f64(self, _: f64) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_char(self, _: char) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_str(self, _: &str) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Never> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Never> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        value: &T,
    ) -> Result<(), Never> {
        value.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Elements<'a>, Never> {
        Ok(Elements(self))
    }
    fn serialize_tuple(self, _: usize) -> Result<Elements<'a>, Never> {
        Ok(Elements(self))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Impossible<(), Never>, Never> {
        Err(Never)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Impossible<(), Never>, Never> {
        Err(Never)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Elements<'a>, Never> {
        Ok(Elements(self))
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<StructFields<'a>, Never> {
        Ok(StructFields {
            recorder: self,
            name,
            fields: Vec::new(),
        })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Impossible<(), Never>, Never> {
        Err(Never)
    }
}
