//! Numbers as people write them and read them: amounts typed as "120k", "120,000", "1.2m" or
//! "€95.500", numbers with the decimal comma of their locale, and the one way the app writes
//! amounts, shares, prices and percentages back. Plain functions, no egui.

/// The mark a locale writes between whole units and fractions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DecimalMark {
    /// "1,234.5": English and most of Asia.
    #[default]
    Point,
    /// "1.234,5": most of continental Europe and Latin America.
    Comma,
}

/// Languages that write a decimal comma (ISO 639-1), of those a locale name starts with.
const COMMA_LANGUAGES: [&str; 27] = [
    "de", "fr", "es", "it", "nl", "pt", "ru", "pl", "sv", "da", "nb", "nn", "no", "fi", "cs", "sk",
    "sl", "hr", "hu", "ro", "tr", "el", "bg", "uk", "lt", "lv", "et",
];

/// The locale that decides one category (money, numbers), from the environment's values in
/// the order the C library reads them: `LC_ALL`, then the category's own (`LC_MONETARY`,
/// `LC_NUMERIC`), then `LANG`; an empty value, "C" or "POSIX" says nothing.
pub fn locale_for<'a>(
    lc_all: Option<&'a str>,
    lc_category: Option<&'a str>,
    lang: Option<&'a str>,
) -> Option<&'a str> {
    [lc_all, lc_category, lang]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|l| !l.is_empty() && *l != "C" && *l != "POSIX" && !l.starts_with("C."))
}

/// The language and territory of a locale name: "de_DE.UTF-8@euro" is ("de", Some("DE")).
fn parts(locale: &str) -> (&str, Option<&str>) {
    let name = locale.split(['.', '@']).next().unwrap_or_default();
    let mut it = name.splitn(2, ['_', '-']);
    let language = it.next().unwrap_or_default();
    (language, it.next())
}

impl DecimalMark {
    /// The decimal mark of a locale ("de_DE.UTF-8"); a point when none is known.
    pub fn of_locale(locale: Option<&str>) -> Self {
        match locale.map(parts) {
            // Swiss German and Swiss Italian write a point.
            Some((_, Some("CH"))) => Self::Point,
            Some((language, _)) if COMMA_LANGUAGES.contains(&language.to_lowercase().as_str()) => {
                Self::Comma
            }
            _ => Self::Point,
        }
    }
}

/// The currency a locale's territory pays in, as a sign where it has one of its own, else
/// its code: `de_DE` is "€", `en_GB` "£", `en_US` "$"; none for a territory not known here.
pub fn locale_currency(locale: Option<&str>) -> Option<&'static str> {
    let (_, territory) = parts(locale?);
    Some(match territory?.to_uppercase().as_str() {
        "US" => "$",
        "GB" => "£",
        "AT" | "BE" | "CY" | "DE" | "EE" | "ES" | "FI" | "FR" | "GR" | "HR" | "IE" | "IT"
        | "LT" | "LU" | "LV" | "MT" | "NL" | "PT" | "SI" | "SK" => "€",
        "JP" => "¥",
        "IN" => "₹",
        "CH" => "CHF",
        "CA" => "CA$",
        "AU" => "A$",
        "NZ" => "NZ$",
        "SE" => "SEK",
        "NO" => "NOK",
        "DK" => "DKK",
        "PL" => "PLN",
        "CZ" => "CZK",
        "BR" => "R$",
        "MX" => "MX$",
        "SG" => "S$",
        "CN" => "CNY",
        _ => return None,
    })
}

/// Multipliers people write after an amount: "120k", "1.2m", "2bn".
fn multiplier(suffix: &str) -> Option<f64> {
    match suffix {
        "" => Some(1.0),
        "k" | "K" => Some(1e3),
        "m" | "M" | "mn" | "mio" | "Mio" => Some(1e6),
        "b" | "bn" | "B" | "Bn" => Some(1e9),
        _ => None,
    }
}

/// Characters that group the digits of a number and nothing else.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '’' | '_')
}

/// A number's digits with its separators, its sign, the letters right after it, and whether
/// any other sign (a currency) came with it.
struct Pieces {
    core: String,
    negative: bool,
    suffix: String,
    signed: bool,
}

fn pieces(text: &str) -> Option<Pieces> {
    let text = text.trim();
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let end = text.rfind(|c: char| c.is_ascii_digit())? + 1;
    let before = &text[..start];
    let after = text[end..].trim_start();
    // A leading point or comma belongs to the number (".5").
    let (before, lead) = match before.strip_suffix(['.', ',']) {
        Some(rest) => (rest, &before[rest.len()..]),
        None => (before, ""),
    };
    let core: String = format!("{lead}{}", &text[start..end]);
    if !core
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || is_space(c))
    {
        return None;
    }
    let negative = before.trim_end().ends_with('-') || before.trim_start().starts_with('-');
    let suffix: String = after
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect();
    let rest_after = &after[suffix.len()..];
    let (suffix, signed_after) = if multiplier(&suffix).is_some() {
        (suffix, !rest_after.trim().is_empty())
    } else {
        // Letters that are no multiplier are a currency code after the amount ("95 EUR").
        (String::new(), !after.trim().is_empty())
    };
    let signed_before = before.chars().any(|c| !c.is_whitespace() && c != '-');
    Some(Pieces {
        core: core.chars().filter(|c| !is_space(*c)).collect(),
        negative,
        suffix,
        signed: signed_before || signed_after,
    })
}

/// Whether a run of digits split at `mark` reads as thousands: one to three digits, then
/// groups of exactly three.
fn grouped_by(core: &str, mark: char) -> bool {
    let mut groups = core.split(mark);
    let first = groups.next().unwrap_or_default();
    (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3)
}

/// Reads digits with at most one kind of separator decided: `group` is taken out, `decimal`
/// becomes the point.
fn read(core: &str, group: Option<char>, decimal: Option<char>) -> Option<f64> {
    let mut plain = String::with_capacity(core.len());
    for c in core.chars() {
        if Some(c) == group {
            continue;
        }
        plain.push(if Some(c) == decimal { '.' } else { c });
    }
    if plain.chars().any(|c| c == ',') || plain.matches('.').count() > 1 {
        return None;
    }
    plain.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// Digits and separators as a number, where `three_groups` says how a single separator
/// followed by exactly three digits reads, the one case the digits cannot settle.
fn read_core(core: &str, mark: DecimalMark, three_groups: bool) -> Option<f64> {
    let (points, commas) = (core.matches('.').count(), core.matches(',').count());
    match (points, commas) {
        (0, 0) => read(core, None, None),
        // Both: the last one written is the decimal mark, the other groups.
        (_, _) if points > 0 && commas > 0 => {
            let last = core.rfind(['.', ','])?;
            let decimal = core[last..].chars().next()?;
            let group = if decimal == '.' { ',' } else { '.' };
            let whole = &core[..last];
            (grouped_by(whole, group) && core[last + 1..].chars().all(|c| c.is_ascii_digit()))
                .then(|| read(core, Some(group), Some(decimal)))?
        }
        // One kind written more than once groups: "1.200.000".
        (p, c) if p > 1 || c > 1 => {
            let sep = if p > 1 { '.' } else { ',' };
            grouped_by(core, sep).then(|| read(core, Some(sep), None))?
        }
        _ => {
            let sep = if points == 1 { '.' } else { ',' };
            let locale_groups = match mark {
                DecimalMark::Point => ',',
                DecimalMark::Comma => '.',
            };
            let after = core.len() - core.find(sep)? - 1;
            if after == 3 && grouped_by(core, sep) && (three_groups || sep == locale_groups) {
                read(core, Some(sep), None)
            } else {
                read(core, None, Some(sep))
            }
        }
    }
}

/// An amount of money as people type it: "120k", "120,000", "1.2m", "€95.500", "95 500 EUR",
/// "1.234,56 €". A single point or comma followed by three digits groups thousands when the
/// locale groups with it, or when a currency sign comes with the amount; otherwise it is the
/// decimal mark. None when it is not a number.
pub fn parse_amount(text: &str, mark: DecimalMark) -> Option<f64> {
    let p = pieces(text)?;
    let factor = multiplier(&p.suffix)?;
    // "1.234k" is a fraction of a thousand: a multiplier never follows grouped digits.
    let three_groups = p.signed && p.suffix.is_empty();
    let n = read_core(&p.core, mark, three_groups)? * factor;
    let n = if p.negative { -n } else { n };
    n.is_finite().then_some(n)
}

/// A plain number as people type it in their locale ("1,5" with a decimal comma, "0.86"),
/// with no multiplier: a rate, a price, a percentage.
pub fn parse_number(text: &str) -> Option<f64> {
    parse_number_in(text, DecimalMark::Point)
}

/// [`parse_number`] in a locale.
pub fn parse_number_in(text: &str, mark: DecimalMark) -> Option<f64> {
    let p = pieces(text)?;
    if !p.suffix.is_empty() {
        return None;
    }
    let n = read_core(&p.core, mark, false)?;
    Some(if p.negative { -n } else { n })
}

/// Whole units grouped by thousands with commas: 30000 is "30,000".
pub fn grouped(amount: f64) -> String {
    let whole = amount.round();
    // Past what a 64-bit whole number holds, no grouping is worth reading.
    if !whole.is_finite() || whole.abs() >= 9.0e18 {
        return format!("{whole}");
    }
    let whole = whole as i64;
    let sign = if whole < 0 { "-" } else { "" };
    format!("{sign}{}", group_digits(whole.unsigned_abs()))
}

/// A measured number as written: whole numbers grouped by thousands ("4,000,000"), others to
/// two places at most ("2.6", "0.25").
pub fn measure(v: f64) -> String {
    if v.fract() == 0.0 || v.abs() >= 9.0e15 {
        grouped(v)
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

/// A count with its thousands grouped by commas: 16777217 is "16,777,217".
pub fn group_digits(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// An amount in whole units after its currency, grouped by thousands: "£646,012",
/// "EUR 721,595".
pub fn money(currency: &str, amount: f64) -> String {
    let text = grouped(amount);
    let gap = gap_after(currency);
    match text.strip_prefix('-') {
        Some(positive) => format!("-{currency}{gap}{positive}"),
        None => format!("{currency}{gap}{text}"),
    }
}

/// What stands between a currency and its amount: a space after a code ("EUR 4.00"),
/// nothing after a sign ("€4.00").
fn gap_after(currency: &str) -> &'static str {
    if currency.chars().last().is_some_and(char::is_alphabetic) {
        " "
    } else {
        ""
    }
}

/// A price of one share with its currency and two decimals, the whole units grouped:
/// "EUR 4.00", "£1,250.50". A code is set apart by a space; a sign is not.
pub fn price(currency: &str, amount: f64) -> String {
    let cents = (amount * 100.0).round() / 100.0;
    let whole = grouped(cents.trunc());
    let fraction = format!("{:.2}", cents.abs().fract());
    let fraction = fraction.trim_start_matches('0');
    let sign = if cents < 0.0 && whole == "0" { "-" } else { "" };
    format!("{sign}{currency}{}{whole}{fraction}", gap_after(currency))
}

/// A percentage by the one rule the app writes them by: at most one decimal, none when it
/// is whole, a space before the sign: "30 %", "2.5 %".
pub fn percent(pct: f64) -> String {
    let r = (pct * 10.0).round() / 10.0;
    let r = if r == 0.0 { 0.0 } else { r };
    if r.fract() == 0.0 {
        format!("{r:.0} %")
    } else {
        format!("{r:.1} %")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use DecimalMark::{Comma, Point};

    #[test]
    fn amounts_are_read_as_people_write_them() {
        for (text, mark, want) in [
            ("120k", Point, 120_000.0),
            ("120 K", Point, 120_000.0),
            ("120,000", Point, 120_000.0),
            ("1.2m", Point, 1_200_000.0),
            ("1,2m", Comma, 1_200_000.0),
            ("€95.500", Point, 95_500.0),
            ("€95.500", Comma, 95_500.0),
            ("95.500", Comma, 95_500.0),
            ("95 500 EUR", Comma, 95_500.0),
            ("1.234,56 €", Comma, 1_234.56),
            ("$1,234.56", Point, 1_234.56),
            ("£646,012", Point, 646_012.0),
            ("1,200,000", Comma, 1_200_000.0),
            ("EUR 4.50", Point, 4.5),
            ("0.5", Point, 0.5),
            (".5", Point, 0.5),
            ("95500", Comma, 95_500.0),
            ("2bn", Point, 2e9),
            ("£ 95 500.50", Point, 95_500.5),
            ("$180,000", Comma, 180_000.0),
        ] {
            assert_eq!(parse_amount(text, mark), Some(want), "{text} in {mark:?}");
        }
    }

    #[test]
    fn a_single_separator_before_three_digits_follows_the_locale_without_a_sign() {
        assert_eq!(parse_amount("95.500", Point), Some(95.5));
        assert_eq!(parse_amount("95,500", Comma), Some(95.5));
        assert_eq!(parse_amount("95.500", Comma), Some(95_500.0));
        assert_eq!(parse_number_in("1,234", Point), Some(1_234.0));
        assert_eq!(parse_number_in("1,234", Comma), Some(1.234));
        assert_eq!(parse_number("0.86"), Some(0.86));
    }

    #[test]
    fn what_is_not_a_number_is_refused() {
        for text in ["", "abc", "1.2.3", "12,34,5", "1,2.3.4", "1..2"] {
            assert_eq!(parse_amount(text, Point), None, "{text}");
        }
        assert_eq!(parse_number("120k"), None, "a rate takes no multiplier");
    }

    #[test]
    fn the_locale_names_its_currency_and_decimal_mark() {
        assert_eq!(locale_currency(Some("de_DE.UTF-8")), Some("€"));
        assert_eq!(locale_currency(Some("en_GB.UTF-8")), Some("£"));
        assert_eq!(locale_currency(Some("en_US")), Some("$"));
        assert_eq!(locale_currency(Some("fr_FR@euro")), Some("€"));
        assert_eq!(locale_currency(Some("en")), None);
        assert_eq!(locale_currency(None), None);
        assert_eq!(DecimalMark::of_locale(Some("de_DE.UTF-8")), Comma);
        assert_eq!(DecimalMark::of_locale(Some("de_CH.UTF-8")), Point);
        assert_eq!(DecimalMark::of_locale(Some("en_GB")), Point);
        assert_eq!(DecimalMark::of_locale(None), Point);
    }

    #[test]
    fn money_is_read_from_lc_all_then_lc_category_then_lang() {
        assert_eq!(
            locale_for(Some("de_DE.UTF-8"), Some("en_GB"), Some("en_US")),
            Some("de_DE.UTF-8")
        );
        assert_eq!(
            locale_for(Some(""), Some("en_GB"), Some("en_US")),
            Some("en_GB")
        );
        assert_eq!(locale_for(None, None, Some("en_US")), Some("en_US"));
        assert_eq!(locale_for(Some("C"), None, Some("POSIX")), None);
        assert_eq!(locale_for(None, Some("C.UTF-8"), None), None);
    }

    #[test]
    fn shares_prices_and_percentages_are_written_one_way() {
        assert_eq!(grouped(30_000.0), "30,000");
        assert_eq!(grouped(-1_234_567.4), "-1,234,567");
        assert_eq!(group_digits(999), "999");
        assert_eq!(group_digits(u64::MAX), "18,446,744,073,709,551,615");
        assert_eq!(money("£", 646_012.3), "£646,012");
        assert_eq!(money("£", -1_500.0), "-£1,500");
        assert_eq!(money("EUR", 721_595.0), "EUR 721,595");
        assert_eq!(money("", 30_000.0), "30,000");
        assert_eq!(price("EUR", 4.0), "EUR 4.00");
        assert_eq!(price("£", 1_250.5), "£1,250.50");
        assert_eq!(price("$", 0.125), "$0.13");
        assert_eq!(percent(30.0), "30 %");
        assert_eq!(percent(2.45), "2.5 %");
        assert_eq!(percent(-0.01), "0 %");
    }

    proptest::proptest! {
        /// What the app writes, a person's field reads back as the same amount, in either
        /// locale.
        #[test]
        fn written_amounts_read_back(
            n in 0u64..1_000_000_000_000,
            currency in proptest::sample::select(vec!["£", "$", "€", "EUR ", "CHF"]),
            comma in proptest::bool::ANY,
        ) {
            let mark = if comma { Comma } else { Point };
            let amount = n as f64;
            proptest::prop_assert_eq!(parse_amount(&money(currency, amount), mark), Some(amount));
            proptest::prop_assert_eq!(parse_amount(&grouped(amount), Point), Some(amount));
        }

        /// A price written with its currency reads back to the cent.
        #[test]
        fn written_prices_read_back(cents in 0u64..100_000_000, currency in proptest::sample::select(vec!["£", "EUR", "$"])) {
            let amount = cents as f64 / 100.0;
            let back = parse_amount(&price(currency, amount), Point).expect("a number");
            proptest::prop_assert!((back - amount).abs() < 1e-9, "{} read as {}", amount, back);
        }
    }
}
