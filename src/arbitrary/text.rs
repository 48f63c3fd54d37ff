//! Text: arbitrary Unicode for every text field, filler that cannot form a restatement, edge
//! strings at the limits of "blank", and the prose sections built from them.

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

use crate::other_matters::OtherMatters;
use crate::overview::Overview;
use crate::problems::ProblemsAndImprovements;
use crate::text::TextPart;

/// Characters that consistent filler text never contains: the anchors of the narrative checks
/// (`件` of counts, `元` of amounts, `未` of 未收取).
pub(super) const RESERVED_IN_FILLER: [char; 3] = ['件', '元', '未'];

/// A character of arbitrary text: mostly CJK and ASCII, with CJK punctuation, white space of
/// every kind, line breaks and now and then any Unicode scalar value.
pub(super) fn text_char() -> impl Strategy<Value = char> + Clone {
    prop_oneof![
        4 => proptest::char::range('\u{4e00}', '\u{9fff}'),
        3 => proptest::char::range(' ', '~'),
        2 => select(vec![
            '\n', '\r', '\t', ' ', '\u{3000}', '\u{a0}', '\u{85}', '\u{2028}', '\u{feff}',
            '，', '。', '；', '：', '、', '（', '）', '“', '”', '！', '？', '0', '1', '9', '.',
        ]),
        1 => proptest::char::range('\u{3000}', '\u{303f}'),
        1 => any::<char>(),
    ]
}

/// Arbitrary text of up to `max_chars` characters (see [`text_char`]).
pub(super) fn text_of(max_chars: usize) -> impl Strategy<Value = String> + Clone {
    vec(text_char(), 0..=max_chars).prop_map(String::from_iter)
}

/// Arbitrary text of up to 40 characters: mostly CJK and ASCII, with CJK punctuation, white
/// space of every kind, line breaks and now and then any Unicode scalar value.
///
/// ```
/// use ogi_report::arbitrary::text;
/// use proptest::prelude::*;
///
/// proptest!(|(text in text())| {
///     prop_assert!(text.chars().count() <= 40);
/// });
/// ```
pub fn text() -> impl Strategy<Value = String> + Clone {
    text_of(40)
}

/// Text like [`text()`] that never contains a [`RESERVED_IN_FILLER`] character.
pub(super) fn filler() -> impl Strategy<Value = String> + Clone {
    vec(text_char(), 0..=40).prop_map(|chars| {
        chars
            .into_iter()
            .map(|c| {
                if RESERVED_IN_FILLER.contains(&c) {
                    '　'
                } else {
                    c
                }
            })
            .collect()
    })
}

fn text_part(text: impl Strategy<Value = String> + Clone) -> impl Strategy<Value = TextPart> {
    (proptest::option::of(text.clone()), text)
        .prop_map(|(heading, text)| TextPart { heading, text })
}

fn optional_part(
    text: impl Strategy<Value = String> + Clone + 'static,
) -> impl Strategy<Value = Option<TextPart>> {
    proptest::option::weighted(0.6, text_part(text))
}

pub(super) fn overview(
    text: impl Strategy<Value = String> + Clone + 'static,
) -> BoxedStrategy<Overview> {
    (
        proptest::option::of(text.clone()),
        optional_part(text.clone()),
        optional_part(text.clone()),
        optional_part(text.clone()),
        optional_part(text.clone()),
        optional_part(text.clone()),
        vec(text_part(text), 0..3),
    )
        .prop_map(
            |(
                introduction,
                proactive_disclosure,
                disclosure_on_request,
                information_management,
                platform_development,
                oversight_and_safeguards,
                additional_parts,
            )| Overview {
                introduction,
                proactive_disclosure,
                disclosure_on_request,
                information_management,
                platform_development,
                oversight_and_safeguards,
                additional_parts,
            },
        )
        .boxed()
}

pub(super) fn problems(
    text: impl Strategy<Value = String> + Clone + 'static,
) -> BoxedStrategy<ProblemsAndImprovements> {
    (
        proptest::option::of(text.clone()),
        optional_part(text.clone()),
        optional_part(text.clone()),
        vec(text_part(text), 0..3),
    )
        .prop_map(|(introduction, problems, improvements, additional_parts)| {
            ProblemsAndImprovements {
                introduction,
                problems,
                improvements,
                additional_parts,
            }
        })
        .boxed()
}

pub(super) fn other_matters(
    text: impl Strategy<Value = String> + Clone + 'static,
) -> BoxedStrategy<OtherMatters> {
    (
        proptest::option::of(text.clone()),
        optional_part(text.clone()),
        optional_part(text.clone()),
        optional_part(text.clone()),
        optional_part(text.clone()),
        vec(text_part(text), 0..3),
    )
        .prop_map(
            |(
                introduction,
                fee_statement,
                key_points_implementation,
                deputies_and_cppcc_proposals,
                innovation,
                additional_parts,
            )| OtherMatters {
                introduction,
                processing_fees: None,
                fee_statement,
                key_points_implementation,
                deputies_and_cppcc_proposals,
                innovation,
                additional_parts,
            },
        )
        .boxed()
}

/// Short strings at the edges of "blank": empty, white space of several kinds (including those
/// that regular-expression dialects disagree on, U+0085 and U+FEFF), invisible characters.
///
/// ```
/// use ogi_report::arbitrary::edge_string;
/// use proptest::prelude::*;
///
/// proptest!(|(name in edge_string())| {
///     prop_assert!(name.chars().count() <= 2);
/// });
/// ```
/// that regular-expression dialects disagree on, U+0085 and U+FEFF), invisible characters.
pub fn edge_string() -> impl Strategy<Value = String> + Clone {
    select(vec![
        "",
        " ",
        "\t",
        "\n",
        "\u{3000}",
        "\u{a0}",
        "\u{85}",
        "\u{feff}",
        "\u{180e}",
        "\u{200b}",
        "\u{2028}",
        "x",
        "\u{feff}x",
        "\u{85}x",
    ])
    .prop_map(str::to_owned)
}
