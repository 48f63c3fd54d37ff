//! CSV output (RFC 4180: a header line, fields quoted when they hold a comma, a quote or a
//! line break; UTF-8 without a byte-order mark; null as an empty field).

use std::io::{self, Write};

use super::rows::Field;

/// Writes rows as CSV lines to `out`.
pub(crate) struct CsvSink<W: Write> {
    out: W,
}

impl<W: Write> CsvSink<W> {
    /// A sink that first writes the header line of `names`.
    pub(crate) fn new<S: AsRef<str>>(mut out: W, names: &[S]) -> io::Result<Self> {
        for (index, name) in names.iter().enumerate() {
            if index > 0 {
                out.write_all(b",")?;
            }
            write_text(&mut out, name.as_ref())?;
        }
        out.write_all(b"\n")?;
        Ok(CsvSink { out })
    }

    /// Writes one row.
    pub(crate) fn write(&mut self, fields: &[Field<'_>]) -> io::Result<()> {
        for (index, field) in fields.iter().enumerate() {
            if index > 0 {
                self.out.write_all(b",")?;
            }
            match field {
                Field::Text(None) | Field::Integer(None) => {}
                Field::Text(Some(text)) => write_text(&mut self.out, text)?,
                Field::Integer(Some(n)) => write!(self.out, "{n}")?,
                Field::Bool(flag) => self.out.write_all(if *flag { b"true" } else { b"false" })?,
            }
        }
        self.out.write_all(b"\n")
    }

    /// Flushes the output.
    pub(crate) fn finish(mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Writes a text field, quoted (with quotes doubled) when it needs to be.
fn write_text(out: &mut dyn Write, text: &str) -> io::Result<()> {
    if !text.contains([',', '"', '\n', '\r']) {
        return out.write_all(text.as_bytes());
    }
    out.write_all(b"\"")?;
    out.write_all(text.replace('"', "\"\"").as_bytes())?;
    out.write_all(b"\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        let mut sink = CsvSink::new(Vec::new(), &["a", "b", "c", "d"]).unwrap();
        sink.write(&[
            Field::Text(Some("某局,\"甲\"")),
            Field::Text(None),
            Field::Integer(Some(-3)),
            Field::Bool(true),
        ])
        .unwrap();
        let text = String::from_utf8(sink.out).unwrap();
        assert_eq!(text, "a,b,c,d\n\"某局,\"\"甲\"\"\",,-3,true\n");
    }
}
