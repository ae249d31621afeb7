//! Lenient reading of numbers as people type them: `£1,200`, `1 200`,
//! `12%` and `−5` are numbers; `1e5`, `inf` and `NaN` are not.

pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, '£' | ',' | ' ' | '\u{a0}' | '\u{202f}' | '_'))
        .map(|c| if c == '\u{2212}' { '-' } else { c })
        .collect();
    let cleaned = cleaned.strip_suffix('%').unwrap_or(&cleaned);
    let unsigned = cleaned
        .strip_prefix('-')
        .or_else(|| cleaned.strip_prefix('+'))
        .unwrap_or(cleaned);
    let digits_and_point = unsigned.chars().all(|c| c.is_ascii_digit() || c == '.');
    let one_point = unsigned.matches('.').count() <= 1;
    let has_digit = unsigned.chars().any(|c| c.is_ascii_digit());
    if !(digits_and_point && one_point && has_digit) {
        return None;
    }
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A plain decimal with `.`, as few digits as give the same number back,
/// never an exponent: the form of numbers in links and `data-value`.
pub fn plain(value: f64) -> String {
    // Adding 0.0 turns -0 into 0.
    format!("{}", value + 0.0)
}

/// 100000000 → "100,000,000"; fractions are kept as they are.
pub fn group_thousands(v: f64) -> String {
    let sign = if v < 0.0 { "-" } else { "" };
    format!("{sign}{}", crate::text::group_digits(&plain(v.abs())))
}
