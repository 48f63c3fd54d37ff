//! Exact, non-negative amounts of money.
//!
//! The report states money in two units: table 二's 行政事业性收费 in 万元 (10,000 yuan) and
//! section 六's information-processing fees in 元. Both are [`Amount`]s; the unit is part of
//! the field name on the wire (`_10k_yuan`, `_yuan`).
//!
//! An [`Amount`] is a decimal, never a binary float: `0.1 + 0.2 == 0.3` holds, and the JSON
//! number in a document is read digit by digit. A number that cannot be kept exactly (more than
//! [`Amount::MAX_SCALE`] decimal places, or too many digits) is an error, never a rounding.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

mod wire;

/// # 金额
///
/// An exact, non-negative decimal amount of money (the unit is given by the field that holds
/// it: 万元 or 元). Written in JSON as a plain number, e.g. `12.5`; kept digit for digit,
/// including trailing zeros (`0.10` stays `0.10`).
///
/// ```
/// use ogi_report::Amount;
///
/// let a: Amount = "0.1".parse()?;
/// let b: Amount = "0.2".parse()?;
/// assert_eq!(a.checked_add(b), Some("0.3".parse()?));
/// assert!("-1".parse::<Amount>().is_err());
/// # Ok::<(), ogi_report::AmountError>(())
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Amount(Decimal);

/// Why a number is not an [`Amount`].
///
/// ```
/// use ogi_report::{Amount, AmountError};
/// assert_eq!("-0.5".parse::<Amount>(), Err(AmountError::Negative));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountError {
    /// The number is below zero; amounts of money in the report are never negative.
    Negative,
    /// The number has more decimal places or digits than an [`Amount`] keeps exactly.
    NotExact,
    /// The text is not a JSON number.
    NotANumber,
}

impl fmt::Display for AmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AmountError::Negative => f.write_str("an amount of money must not be negative"),
            AmountError::NotExact => write!(
                f,
                "the number cannot be kept exactly (an amount keeps at most {} decimal places, and its digits as a whole number must be below 2^96, about 7.9e28); it is never rounded",
                Amount::MAX_SCALE
            ),
            AmountError::NotANumber => f.write_str("expected a non-negative decimal number"),
        }
    }
}

impl std::error::Error for AmountError {}

impl Amount {
    /// Zero.
    pub const ZERO: Amount = Amount(Decimal::ZERO);

    /// The most decimal places an amount keeps (the limit of the decimal type).
    pub const MAX_SCALE: u32 = 28;

    /// 2^96 (about 7.9e28): every amount is below it, its digits as a whole number being below
    /// 2^96. As a JSON Schema `maximum` it refuses what no amount can be.
    pub const MAX_MAGNITUDE: f64 = 79_228_162_514_264_337_593_543_950_336.0;

    /// An amount from a decimal, or [`AmountError::Negative`].
    ///
    /// ```
    /// use ogi_report::Amount;
    /// use rust_decimal::Decimal;
    /// assert!(Amount::new(Decimal::new(125, 1)).is_ok()); // 12.5
    /// ```
    pub fn new(value: Decimal) -> Result<Self, AmountError> {
        if value.is_sign_negative() && !value.is_zero() {
            Err(AmountError::Negative)
        } else {
            // `-0` is kept as `0`.
            Ok(Amount(value.abs()))
        }
    }

    /// A whole amount.
    ///
    /// ```
    /// use ogi_report::Amount;
    /// assert_eq!(Amount::from_whole(3).to_string(), "3");
    /// ```
    pub fn from_whole(value: u64) -> Self {
        Amount(Decimal::from(value))
    }

    /// The amount as a decimal, digits and scale as read.
    ///
    /// ```
    /// use ogi_report::Amount;
    /// let fee: Amount = "12.50".parse()?;
    /// assert_eq!(fee.value().scale(), 2);
    /// # Ok::<(), ogi_report::AmountError>(())
    /// ```
    pub fn value(self) -> Decimal {
        self.0
    }

    /// `self + other`, or `None` when the sum cannot be kept exactly.
    ///
    /// ```
    /// use ogi_report::Amount;
    /// let a: Amount = "0.1".parse()?;
    /// assert_eq!(a.checked_add("0.2".parse()?).map(|s| s.to_string()), Some("0.3".to_owned()));
    /// # Ok::<(), ogi_report::AmountError>(())
    /// ```
    pub fn checked_add(self, other: Amount) -> Option<Amount> {
        (self.0.checked_add(other.0))
            .filter(|sum| is_exact_sum(self.0, other.0, *sum))
            .map(Amount)
    }

    /// Whether the amount is zero.
    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// Parses the text of a JSON number exactly (exponents allowed).
    ///
    /// The amount keeps the digits as written, with as many decimal places as written; an
    /// exponent only moves the decimal point (`1.50e1` is `15.0`, `1.5e3` is `1500`). The number
    /// is refused, never rounded, when those digits do not fit the decimal type: more than
    /// [`Amount::MAX_SCALE`] decimal places, or a magnitude of 2^96 or more.
    fn parse_json_number(text: &str) -> Result<Self, AmountError> {
        let number = JsonNumber::split(text).ok_or(AmountError::NotANumber)?;
        let digits = format!("{}{}", number.int, number.frac);
        let mantissa_digits = digits.trim_start_matches('0');
        if mantissa_digits.is_empty() {
            // Zero, whatever its sign or exponent; it keeps the decimal places it is written with.
            let scale = i128::try_from(number.frac.len())
                .unwrap_or(i128::MAX)
                .saturating_sub(number.exp)
                .max(0);
            let scale = u32::try_from(scale)
                .ok()
                .filter(|&s| s <= Amount::MAX_SCALE)
                .ok_or(AmountError::NotExact)?;
            return Ok(Amount(Decimal::new(0, scale)));
        }
        if number.negative {
            return Err(AmountError::Negative);
        }
        // value = mantissa × 10^-scale
        let scale = i128::try_from(number.frac.len())
            .unwrap_or(i128::MAX)
            .saturating_sub(number.exp);
        // 2^96 - 1 has 29 digits: anything longer does not fit.
        if mantissa_digits.len() > 29 {
            return Err(AmountError::NotExact);
        }
        let mut mantissa: i128 = mantissa_digits.parse().map_err(|_| AmountError::NotExact)?;
        let scale = if scale < 0 {
            let shift = u32::try_from(-scale).map_err(|_| AmountError::NotExact)?;
            let factor = 10i128.checked_pow(shift).ok_or(AmountError::NotExact)?;
            mantissa = mantissa.checked_mul(factor).ok_or(AmountError::NotExact)?;
            0
        } else {
            u32::try_from(scale).map_err(|_| AmountError::NotExact)?
        };
        if scale > Amount::MAX_SCALE {
            return Err(AmountError::NotExact);
        }
        Decimal::try_from_i128_with_scale(mantissa, scale)
            .map(Amount)
            .map_err(|_| AmountError::NotExact)
    }
}

/// Whether `sum`, as `rust_decimal` computed it from the non-negative `a` and `b`, is exactly
/// `a + b`. `rust_decimal` rounds a sum that does not fit at the larger scale of its operands to
/// fewer decimal places; the sum is exact only when the digits of `a` and `b` below the last
/// place `sum` kept add up to whole units of that place (all of them below 10^28, so the check
/// is done in `u128`).
fn is_exact_sum(a: Decimal, b: Decimal, sum: Decimal) -> bool {
    let kept = sum.scale();
    let top = a.scale().max(b.scale());
    if top <= kept {
        return true;
    }
    let below_kept = |x: Decimal| -> u128 {
        if x.scale() <= kept {
            return 0;
        }
        let digits = x.mantissa().unsigned_abs() % 10u128.pow(x.scale() - kept);
        digits * 10u128.pow(top - x.scale())
    };
    (below_kept(a) + below_kept(b)) % 10u128.pow(top - kept) == 0
}

/// The parts of a number in JSON's grammar (RFC 8259 §6).
struct JsonNumber<'a> {
    negative: bool,
    int: &'a str,
    frac: &'a str,
    /// The exponent, saturated far beyond any representable range.
    exp: i128,
}

impl<'a> JsonNumber<'a> {
    /// The parts of `text`, or `None` when it is not a JSON number.
    fn split(text: &'a str) -> Option<Self> {
        let (negative, rest) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (int, mut rest) = rest.split_at(leading_digits(rest));
        if int.is_empty() || (int.len() > 1 && int.starts_with('0')) {
            return None;
        }
        let mut frac = "";
        if let Some(after) = rest.strip_prefix('.') {
            (frac, rest) = after.split_at(leading_digits(after));
            if frac.is_empty() {
                return None;
            }
        }
        let mut exp: i128 = 0;
        if let Some(after) = rest.strip_prefix(['e', 'E']) {
            let (negative_exp, after) = match after.strip_prefix('-') {
                Some(after) => (true, after),
                None => (false, after.strip_prefix('+').unwrap_or(after)),
            };
            let digits;
            (digits, rest) = after.split_at(leading_digits(after));
            if digits.is_empty() {
                return None;
            }
            for digit in digits.bytes() {
                exp = (exp * 10 + i128::from(digit - b'0')).min(1 << 64);
            }
            if negative_exp {
                exp = -exp;
            }
        }
        rest.is_empty().then_some(JsonNumber {
            negative,
            int,
            frac,
            exp,
        })
    }
}

/// How many ASCII digits `text` starts with.
fn leading_digits(text: &str) -> usize {
    text.bytes().take_while(u8::is_ascii_digit).count()
}

impl FromStr for Amount {
    type Err = AmountError;

    /// Parses a plain decimal number such as `12.50` (the JSON number grammar).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Amount::parse_json_number(s)
    }
}

impl TryFrom<Decimal> for Amount {
    type Error = AmountError;

    fn try_from(value: Decimal) -> Result<Self, Self::Error> {
        Amount::new(value)
    }
}

impl From<Amount> for Decimal {
    fn from(value: Amount) -> Self {
        value.0
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl fmt::Debug for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Amount({})", self.0)
    }
}

impl JsonSchema for Amount {
    fn schema_name() -> Cow<'static, str> {
        "Amount".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "number",
            "minimum": 0,
            // 2^96 as a double: every amount below 2^96 reads as at most this, so the schema
            // accepts all the crate does and refuses 1e29, 1e400 and the like.
            "maximum": Amount::MAX_MAGNITUDE,
            "title": "金额",
            "description": "An exact, non-negative decimal amount of money, written as a plain JSON number (e.g. 12.5). Read digit by digit, never through binary floating point; at most 28 decimal places, below 2^96 (about 7.9e28).\n\n说明：非负金额，照录报告所印数字（可有小数）。"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amount(text: &str) -> Amount {
        text.parse().unwrap()
    }

    #[test]
    fn sums_are_exact_decimals() {
        assert_eq!(
            amount("0.1").checked_add(amount("0.2")),
            Some(amount("0.3"))
        );
    }

    #[test]
    fn sums_that_would_be_rounded_are_refused() {
        // rust_decimal rounds these sums; an amount never does.
        assert_eq!(
            amount("79228162510472").checked_add(amount("0.0000000000000001")),
            None
        );
        assert_eq!(
            amount("10000000000").checked_add(amount("1.0000000000000000000000000001")),
            None
        );
        // Dropped digits that are zeros, or that carry into a kept place, lose nothing.
        assert_eq!(
            amount("7922816251426433759354395033.4").checked_add(amount("0.6")),
            Some(amount("7922816251426433759354395034"))
        );
        assert_eq!(
            amount("1.50").checked_add(amount("2.500")),
            Some(amount("4"))
        );
    }

    #[test]
    fn trailing_zeros_survive_display() {
        assert_eq!(amount("0.10").to_string(), "0.10");
    }

    #[test]
    fn negative_amounts_are_rejected_but_minus_zero_is_zero() {
        assert_eq!("-0.01".parse::<Amount>(), Err(AmountError::Negative));
        assert_eq!(amount("-0"), Amount::ZERO);
    }

    #[test]
    fn exponents_are_read_exactly() {
        assert_eq!(amount("1.5e3"), amount("1500"));
        assert_eq!(amount("15E-1"), amount("1.5"));
    }

    #[test]
    fn numbers_that_cannot_be_kept_are_rejected_not_rounded() {
        let too_precise = format!("0.{}1", "0".repeat(28));
        assert_eq!(too_precise.parse::<Amount>(), Err(AmountError::NotExact));
        assert_eq!("1e40".parse::<Amount>(), Err(AmountError::NotExact));
        assert_eq!("1e-40".parse::<Amount>(), Err(AmountError::NotExact));
    }

    #[test]
    fn only_json_numbers_are_numbers() {
        for text in ["", "1.", ".5", "01", "+1", "1e", "0x10", "NaN", " 1"] {
            assert_eq!(
                text.parse::<Amount>(),
                Err(AmountError::NotANumber),
                "{text:?}"
            );
        }
    }

    #[test]
    fn json_round_trip_keeps_digits() {
        let a: Amount = serde_json::from_str("12.340").unwrap();
        assert_eq!(serde_json::to_string(&a).unwrap(), "12.340");
        let v: Amount = serde_json::from_value(serde_json::json!(0.5)).unwrap();
        assert_eq!(v, amount("0.5"));
    }

    #[test]
    fn a_string_is_not_an_amount() {
        let err = serde_json::from_str::<Amount>("\"1\"").unwrap_err();
        assert!(err.to_string().contains("invalid type"), "{err}");
    }
}
