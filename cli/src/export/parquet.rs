//! Parquet output through the Apache Arrow writer: rows gathered into Arrow arrays, a record
//! batch written every [`BATCH_ROWS`] rows, a row group closed every [`ROW_GROUP_ROWS`] rows,
//! so memory is bounded by one row group however many reports there are. Snappy compression;
//! the writer's default dictionary encoding makes the repeated texts (labels, names) cheap.

use std::fs::File;
use std::io;
use std::sync::Arc;

use arrow_array::builder::{BooleanBuilder, Int64Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field as ArrowField, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use super::rows::{Field, Kind};

/// Rows gathered before they are handed to the writer as one record batch.
const BATCH_ROWS: usize = 16 * 1024;
/// Rows per row group (the unit a reader skips or reads in parallel).
const ROW_GROUP_ROWS: usize = 256 * 1024;

/// A column being gathered.
enum Builder {
    Text(StringBuilder),
    Integer(Int64Builder),
    Bool(BooleanBuilder),
}

/// Writes rows to a Parquet file.
pub(crate) struct ParquetSink {
    writer: ArrowWriter<File>,
    schema: SchemaRef,
    builders: Vec<Builder>,
    rows: usize,
}

impl ParquetSink {
    /// A sink writing `columns` to `file`.
    pub(crate) fn new<S: AsRef<str>>(file: File, columns: &[(S, Kind)]) -> io::Result<Self> {
        let fields: Vec<ArrowField> = columns
            .iter()
            .map(|(name, kind)| {
                let (data_type, nullable) = match kind {
                    Kind::Text => (DataType::Utf8, false),
                    Kind::OptionalText => (DataType::Utf8, true),
                    Kind::Integer => (DataType::Int64, true),
                    Kind::Bool => (DataType::Boolean, false),
                };
                ArrowField::new(name.as_ref(), data_type, nullable)
            })
            .collect();
        let schema = Arc::new(Schema::new(fields));
        let properties = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_max_row_group_row_count(Some(ROW_GROUP_ROWS))
            .set_created_by(format!("ogi-report {}", env!("CARGO_PKG_VERSION")))
            .build();
        let writer = ArrowWriter::try_new(file, schema.clone(), Some(properties))
            .map_err(io::Error::other)?;
        let builders = columns.iter().map(|(_, kind)| new_builder(*kind)).collect();
        Ok(ParquetSink {
            writer,
            schema,
            builders,
            rows: 0,
        })
    }

    /// Adds one row (written with the next batch).
    pub(crate) fn write(&mut self, fields: &[Field<'_>]) -> io::Result<()> {
        for (builder, field) in self.builders.iter_mut().zip(fields) {
            match (builder, field) {
                (Builder::Text(b), Field::Text(text)) => b.append_option(*text),
                (Builder::Integer(b), Field::Integer(n)) => b.append_option(*n),
                (Builder::Bool(b), Field::Bool(flag)) => b.append_value(*flag),
                _ => return Err(io::Error::other("a field does not match its column's type")),
            }
        }
        self.rows += 1;
        if self.rows >= BATCH_ROWS {
            self.write_batch()?;
        }
        Ok(())
    }

    /// Writes the rows gathered so far as one record batch.
    fn write_batch(&mut self) -> io::Result<()> {
        if self.rows == 0 {
            return Ok(());
        }
        let arrays: Vec<ArrayRef> = self
            .builders
            .iter_mut()
            .map(|builder| -> ArrayRef {
                match builder {
                    Builder::Text(b) => Arc::new(b.finish()),
                    Builder::Integer(b) => Arc::new(b.finish()),
                    Builder::Bool(b) => Arc::new(b.finish()),
                }
            })
            .collect();
        let batch = RecordBatch::try_new(self.schema.clone(), arrays).map_err(io::Error::other)?;
        self.writer.write(&batch).map_err(io::Error::other)?;
        self.rows = 0;
        Ok(())
    }

    /// Writes the last batch and the file's footer.
    pub(crate) fn finish(mut self) -> io::Result<()> {
        self.write_batch()?;
        self.writer.close().map_err(io::Error::other)?;
        Ok(())
    }
}

fn new_builder(kind: Kind) -> Builder {
    match kind {
        Kind::Text | Kind::OptionalText => Builder::Text(StringBuilder::new()),
        Kind::Integer => Builder::Integer(Int64Builder::new()),
        Kind::Bool => Builder::Bool(BooleanBuilder::new()),
    }
}
