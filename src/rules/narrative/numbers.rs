//! Numbers as the prose writes them: ASCII or full-width digits, Chinese numerals, decimals.

use super::phrases::{
    DECIMAL_POINTS, MAX_SHARE_DECIMALS, NUMBER_SEPARATORS, NUMERAL_DIGITS, NUMERAL_MULTIPLIERS,
};

/// Whether `c` can be part of a count: a digit of either width or a Chinese numeral.
fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c) || chinese_digit(c).is_some() || unit(c) > 1
}

/// The value of a Chinese digit (两 is 2, 〇 and 零 are 0).
fn chinese_digit(c: char) -> Option<u64> {
    NUMERAL_DIGITS
        .iter()
        .find(|&&(digit, _)| digit == c)
        .map(|&(_, value)| value)
}

/// The multiplier of a Chinese unit character (十, 百, 千, 万); 1 for anything else.
fn unit(c: char) -> u64 {
    NUMERAL_MULTIPLIERS
        .iter()
        .find(|&&(unit, _)| unit == c)
        .map_or(1, |&(_, multiplier)| multiplier)
}

/// The value of a digit of either width.
fn arabic_digit(c: char) -> Option<u64> {
    match c {
        '0'..='9' => Some(u64::from(c) - u64::from('0')),
        '０'..='９' => Some(u64::from(c) - u64::from('０')),
        _ => None,
    }
}

/// The count written at the end of `text` (after trailing spaces are removed by the caller):
/// its value and the byte where it starts. `None` when `text` does not end with a number, or
/// ends with one that is not a whole count (a decimal, digits mixed with numerals, numerals
/// without a unit such as 一八).
pub(crate) fn count_at_end(text: &str) -> Option<(u64, usize)> {
    let start = text
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_numeral(c))
        .last()
        .map(|(at, _)| at)?;
    let (head, number) = text.split_at(start);
    if let Some(c) = head
        .chars()
        .next_back()
        .filter(|c| NUMBER_SEPARATORS.contains(c))
    {
        if ends_with_digit(&head[..head.len() - c.len_utf8()]) {
            return None; // 1.5, 1,234
        }
    }
    let value = if number.chars().all(|c| arabic_digit(c).is_some()) {
        arabic(number)?
    } else {
        chinese(number)?
    };
    Some((value, start))
}

fn ends_with_digit(text: &str) -> bool {
    text.chars()
        .next_back()
        .is_some_and(|c| arabic_digit(c).is_some())
}

fn arabic(number: &str) -> Option<u64> {
    number.chars().try_fold(0u64, |value, c| {
        value.checked_mul(10)?.checked_add(arabic_digit(c)?)
    })
}

/// A number in Chinese numerals with units (十八, 二十三, 一百零五, 三万二千); plain digit
/// sequences (一八) and anything with an Arabic digit are refused.
fn chinese(number: &str) -> Option<u64> {
    let (mut total, mut section, mut digit): (u64, u64, Option<u64>) = (0, 0, None);
    let mut has_unit = false;
    for c in number.chars() {
        if let Some(d) = chinese_digit(c) {
            if digit.is_some_and(|previous| previous != 0) {
                return None; // 一八: two digits in a row
            }
            digit = Some(d);
            continue;
        }
        let multiplier = unit(c);
        if multiplier == 1 {
            return None;
        }
        has_unit = true;
        if multiplier >= 10_000 {
            total = (total + section + digit.unwrap_or(0)).checked_mul(multiplier)?;
            section = 0;
        } else {
            section += digit.unwrap_or(1) * multiplier;
        }
        digit = None;
    }
    let value = total + section + digit.unwrap_or(0);
    (has_unit || number.chars().count() == 1).then_some(value)
}

/// A decimal number at the start of `text` (digits of either width, at most one point): its
/// value scaled to an integer, its number of decimals and its length in bytes.
pub(crate) fn decimal_at_start(text: &str) -> Option<(u128, u32, usize)> {
    let (mut scaled, mut decimals, mut seen_point, mut end) = (0u128, 0u32, false, 0);
    for (at, c) in text.char_indices() {
        if let Some(d) = arabic_digit(c) {
            scaled = scaled.checked_mul(10)?.checked_add(u128::from(d))?;
            decimals += u32::from(seen_point);
            end = at + c.len_utf8();
        } else if DECIMAL_POINTS.contains(&c) && !seen_point && end == at && end > 0 {
            seen_point = true;
        } else {
            break;
        }
    }
    (end > 0 && decimals <= MAX_SHARE_DECIMALS).then_some((scaled, decimals, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(text: &str) -> Option<u64> {
        count_at_end(text).map(|(value, _)| value)
    }

    #[test]
    fn digits_of_either_width_are_counts() {
        assert_eq!(count("申请 18"), Some(18));
        assert_eq!(count("申请１８"), Some(18));
        assert_eq!(count("申请"), None);
    }

    #[test]
    fn chinese_numerals_are_counts() {
        assert_eq!(count("申请十八"), Some(18));
        assert_eq!(count("公开两"), Some(2));
        assert_eq!(count("公开二十三"), Some(23));
        assert_eq!(count("公开一百零五"), Some(105));
        assert_eq!(count("公开三万二千"), Some(32_000));
        assert_eq!(count("公开十"), Some(10));
        assert_eq!(count("公开一八"), None);
    }

    #[test]
    fn decimals_and_mixed_numbers_are_not_counts() {
        assert_eq!(count("公开 1.5"), None);
        assert_eq!(count("公开 1,234"), None);
        assert_eq!(count("公开 1万"), None);
    }

    #[test]
    fn decimals_are_read_scaled() {
        assert_eq!(decimal_at_start("33.9%"), Some((339, 1, 4)));
        assert_eq!(decimal_at_start("11%"), Some((11, 0, 2)));
        assert_eq!(decimal_at_start(".5"), None);
    }
}
