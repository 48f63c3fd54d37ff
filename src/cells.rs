//! The count cells of the tables, in one fixed order.
//!
//! Every table struct is declared through [`count_table!`], which also implements [`Cells`]:
//! a walk over its `u32` cells in declaration order, with their serde names. The walk is what
//! filling totals, rolling up, the rule evaluator and the JSON Pointer index are built on, so a
//! field added to a table is seen by all of them at once.

use chrono::NaiveDate;

use crate::other_matters::OtherMatters;
use crate::overview::Overview;
use crate::proactive_disclosure::MoneyWithUnit;
use crate::problems::ProblemsAndImprovements;
use crate::{Agency, Amount, FormatVersion};

/// One number cell of a table: a count (`u32`) or a signed change (本年增/减, `i64` within
/// ±`u32::MAX`), read and written as `i64` so that every table shares one walk.
pub(crate) trait Count {
    /// The cell's value.
    fn get(&self) -> i64;
    /// Sets the value; `false` (and no change) when the cell cannot hold it.
    fn set(&mut self, value: i64) -> bool;
}

impl Count for u32 {
    fn get(&self) -> i64 {
        i64::from(*self)
    }

    fn set(&mut self, value: i64) -> bool {
        u32::try_from(value).map(|v| *self = v).is_ok()
    }
}

impl Count for i64 {
    fn get(&self) -> i64 {
        *self
    }

    fn set(&mut self, value: i64) -> bool {
        let bound = i64::from(u32::MAX);
        let fits = (-bound..=bound).contains(&value);
        if fits {
            *self = value;
        }
        fits
    }
}

/// A value that contains number cells (possibly none). Which cells a table has can depend on
/// its layout (the edition of table 二, the form of （六）其他处理), so the walk is over a value,
/// not a type.
pub(crate) trait Cells {
    /// Appends every cell's value, in declaration order.
    fn collect_counts(&self, out: &mut Vec<i64>);

    /// Calls `f` on every cell, in declaration order.
    fn for_each_count_mut(&mut self, f: &mut dyn FnMut(&mut dyn Count));

    /// Appends the JSON Pointer of every cell below `prefix`, in declaration order.
    fn count_pointers(&self, prefix: &str, out: &mut Vec<String>);
}

/// Implements [`Cells`] for a number cell type.
macro_rules! number_cell {
    ($($ty:ty),*) => {$(
        impl Cells for $ty {
            fn collect_counts(&self, out: &mut Vec<i64>) {
                out.push(Count::get(self));
            }

            fn for_each_count_mut(&mut self, f: &mut dyn FnMut(&mut dyn Count)) {
                f(self);
            }

            fn count_pointers(&self, prefix: &str, out: &mut Vec<String>) {
                out.push(prefix.to_owned());
            }
        }
    )*};
}

number_cell!(u32, i64);

/// Implements [`Cells`] as "no cells" for values that are not counts.
macro_rules! no_cells {
    ($($ty:ty),* $(,)?) => {$(
        impl Cells for $ty {
            fn collect_counts(&self, _: &mut Vec<i64>) {}
            fn for_each_count_mut(&mut self, _: &mut dyn FnMut(&mut dyn Count)) {}
            fn count_pointers(&self, _: &str, _: &mut Vec<String>) {}
        }
    )*};
}

no_cells!(
    Amount,
    MoneyWithUnit,
    Option<String>,
    Vec<String>,
    Option<NaiveDate>,
    u16,
    FormatVersion,
    Agency,
    Overview,
    ProblemsAndImprovements,
    OtherMatters,
);

/// Declares a table struct and implements [`Cells`] for it from the same field list.
macro_rules! count_table {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $(
                $(#[$field_meta:meta])*
                pub $field:ident : $ty:ty,
            )*
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $(
                $(#[$field_meta])*
                pub $field: $ty,
            )*
        }

        impl $crate::cells::Cells for $name {
            fn collect_counts(&self, out: &mut Vec<i64>) {
                $( $crate::cells::Cells::collect_counts(&self.$field, out); )*
            }

            fn for_each_count_mut(&mut self, f: &mut dyn FnMut(&mut dyn $crate::cells::Count)) {
                $( $crate::cells::Cells::for_each_count_mut(&mut self.$field, f); )*
            }

            fn count_pointers(&self, prefix: &str, out: &mut Vec<String>) {
                $(
                    $crate::cells::Cells::count_pointers(
                        &self.$field,
                        &format!("{prefix}/{}", stringify!($field)),
                        out,
                    );
                )*
            }
        }
    };
}

pub(crate) use count_table;

/// The cells of `value` as a vector, in declaration order.
pub(crate) fn counts_of<T: Cells + ?Sized>(value: &T) -> Vec<i64> {
    let mut out = Vec::new();
    value.collect_counts(&mut out);
    out
}

/// The JSON Pointers of the cells of `value` below `prefix`, in declaration order.
pub(crate) fn pointers_of<T: Cells + ?Sized>(value: &T, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    value.count_pointers(prefix, &mut out);
    out
}

/// Adds `other`'s cells into `acc`'s, cell by cell (both of one layout); on overflow, or when
/// the layouts differ, returns the index of the first cell that could not be added and leaves
/// `acc` unchanged.
pub(crate) fn checked_add_cells<T: Cells + Clone>(acc: &mut T, other: &T) -> Result<(), usize> {
    let addend = counts_of(other);
    let mut sum = acc.clone();
    let mut index = 0;
    let mut failed = None;
    sum.for_each_count_mut(&mut |cell| {
        if failed.is_none() {
            let added = addend.get(index).map(|b| cell.get() + b);
            if !added.is_some_and(|value| cell.set(value)) {
                failed = Some(index);
            }
        }
        index += 1;
    });
    if index != addend.len() {
        failed.get_or_insert(index.min(addend.len()));
    }
    match failed {
        Some(index) => Err(index),
        None => {
            *acc = sum;
            Ok(())
        }
    }
}

/// The pointer of cell `index` of `value` (below `prefix`), for an error message.
pub(crate) fn pointer_of_cell<T: Cells + ?Sized>(value: &T, prefix: &str, index: usize) -> String {
    pointers_of(value, prefix)
        .into_iter()
        .nth(index)
        .unwrap_or_else(|| prefix.to_owned())
}
