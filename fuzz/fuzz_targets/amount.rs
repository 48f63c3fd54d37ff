//! Amounts: any text → `Amount`, checked against an independent exact model.
//!
//! An amount is accepted exactly when its digits, as written (an exponent only moves the
//! decimal point), fit the decimal type: at most 28 decimal places and a mantissa below 2^96.
//! What is accepted prints as those same digits; nothing is ever rounded.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ogi_report::{Amount, AmountError};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let got = text.parse::<Amount>().map(|amount| amount.to_string());
    let expected = model(text);
    assert_eq!(got, expected, "input {text:?}");
    if let Ok(printed) = &got {
        // What is printed reads back as itself.
        assert_eq!(
            printed.parse::<Amount>().map(|a| a.to_string()).as_ref(),
            Ok(printed)
        );
    }
});

/// The reference: plain string arithmetic, no decimal library.
fn model(text: &str) -> Result<String, AmountError> {
    let (negative, int, frac, exp) = split(text).ok_or(AmountError::NotANumber)?;
    let mut digits: String = format!("{int}{frac}");
    let is_zero = digits.bytes().all(|b| b == b'0');
    if negative && !is_zero {
        return Err(AmountError::Negative);
    }
    // value = digits × 10^-scale
    let mut scale = frac.len() as i128 - exp;
    if scale < 0 {
        if is_zero {
            digits = "0".to_owned();
        } else if -scale > 60 {
            return Err(AmountError::NotExact);
        } else {
            digits.push_str(&"0".repeat((-scale) as usize));
        }
        scale = 0;
    }
    if scale > 28 {
        return Err(AmountError::NotExact);
    }
    let scale = scale as usize;
    let mantissa = digits.trim_start_matches('0');
    // 2^96 - 1 = 79228162514264337593543950335 (29 digits)
    const MAX: &str = "79228162514264337593543950335";
    if mantissa.len() > MAX.len() || (mantissa.len() == MAX.len() && mantissa > MAX) {
        return Err(AmountError::NotExact);
    }
    let padded = format!("{mantissa:0>width$}", width = scale + 1);
    let (whole, fraction) = padded.split_at(padded.len() - scale);
    Ok(if scale == 0 {
        whole.to_owned()
    } else {
        format!("{whole}.{fraction}")
    })
}

/// Splits a JSON number (RFC 8259 grammar) into sign, integer digits, fraction digits and
/// exponent (saturated far beyond any representable range).
fn split(text: &str) -> Option<(bool, &str, &str, i128)> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let int_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (int, mut rest) = rest.split_at(int_len);
    if int.is_empty() || (int.len() > 1 && int.starts_with('0')) {
        return None;
    }
    let mut frac = "";
    if let Some(after) = rest.strip_prefix('.') {
        let len = after.bytes().take_while(u8::is_ascii_digit).count();
        if len == 0 {
            return None;
        }
        (frac, rest) = after.split_at(len);
    }
    let mut exp: i128 = 0;
    if let Some(after) = rest.strip_prefix(['e', 'E']) {
        let (sign, after) = match after.as_bytes().first() {
            Some(b'-') => (-1, &after[1..]),
            Some(b'+') => (1, &after[1..]),
            _ => (1, after),
        };
        let len = after.bytes().take_while(u8::is_ascii_digit).count();
        if len == 0 {
            return None;
        }
        let (digits, tail) = after.split_at(len);
        for d in digits.bytes() {
            exp = (exp * 10 + i128::from(d - b'0')).min(1 << 40);
        }
        exp *= sign;
        rest = tail;
    }
    rest.is_empty().then_some((negative, int, frac, exp))
}
