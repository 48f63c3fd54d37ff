//! The count cells of the tables, in one fixed order.
//!
//! Every table struct is declared through [`count_table!`], which also implements [`Cells`]:
//! a walk over its `u32` cells in declaration order, with their serde names. The walk is what
//! filling totals, rolling up, the rule evaluator and the JSON Pointer index are built on, so a
//! field added to a table is seen by all of them at once.

use chrono::NaiveDate;

use crate::other_matters::OtherMatters;
use crate::overview::Overview;
use crate::problems::ProblemsAndImprovements;
use crate::{Agency, Amount, FormatVersion};

/// A value that contains count cells (possibly none).
pub(crate) trait Cells {
    /// How many count cells the value has.
    const COUNT: usize;

    /// Appends every cell's value, in declaration order.
    fn collect_counts(&self, out: &mut Vec<u32>);

    /// Calls `f` on every cell, in declaration order.
    fn for_each_count_mut(&mut self, f: &mut dyn FnMut(&mut u32));

    /// Appends the JSON Pointer of every cell below `prefix`, in declaration order.
    fn count_pointers(prefix: &str, out: &mut Vec<String>);
}

impl Cells for u32 {
    const COUNT: usize = 1;

    fn collect_counts(&self, out: &mut Vec<u32>) {
        out.push(*self);
    }

    fn for_each_count_mut(&mut self, f: &mut dyn FnMut(&mut u32)) {
        f(self);
    }

    fn count_pointers(prefix: &str, out: &mut Vec<String>) {
        out.push(prefix.to_owned());
    }
}

/// Implements [`Cells`] as "no cells" for values that are not counts.
macro_rules! no_cells {
    ($($ty:ty),* $(,)?) => {$(
        impl Cells for $ty {
            const COUNT: usize = 0;
            fn collect_counts(&self, _: &mut Vec<u32>) {}
            fn for_each_count_mut(&mut self, _: &mut dyn FnMut(&mut u32)) {}
            fn count_pointers(_: &str, _: &mut Vec<String>) {}
        }
    )*};
}

no_cells!(
    Amount,
    Option<String>,
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
            const COUNT: usize = 0 $(+ <$ty as $crate::cells::Cells>::COUNT)*;

            fn collect_counts(&self, out: &mut Vec<u32>) {
                $( $crate::cells::Cells::collect_counts(&self.$field, out); )*
            }

            fn for_each_count_mut(&mut self, f: &mut dyn FnMut(&mut u32)) {
                $( $crate::cells::Cells::for_each_count_mut(&mut self.$field, f); )*
            }

            fn count_pointers(prefix: &str, out: &mut Vec<String>) {
                $(
                    <$ty as $crate::cells::Cells>::count_pointers(
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
pub(crate) fn counts_of<T: Cells>(value: &T) -> Vec<u32> {
    let mut out = Vec::with_capacity(T::COUNT);
    value.collect_counts(&mut out);
    out
}

/// The JSON Pointers of the cells of `T` below `prefix`, in declaration order.
pub(crate) fn pointers_of<T: Cells>(prefix: &str) -> Vec<String> {
    let mut out = Vec::with_capacity(T::COUNT);
    T::count_pointers(prefix, &mut out);
    out
}

/// Adds `other`'s cells into `acc`'s, cell by cell; on overflow returns the index of the first
/// cell that overflowed and leaves `acc` unchanged.
pub(crate) fn checked_add_cells<T: Cells>(acc: &mut T, other: &T) -> Result<(), usize> {
    let current = counts_of(acc);
    let addend = counts_of(other);
    let mut sums = Vec::with_capacity(current.len());
    for (index, (a, b)) in current.iter().zip(&addend).enumerate() {
        sums.push(a.checked_add(*b).ok_or(index)?);
    }
    let mut values = sums.into_iter();
    acc.for_each_count_mut(&mut |cell| {
        if let Some(value) = values.next() {
            *cell = value;
        }
    });
    Ok(())
}
