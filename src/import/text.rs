//! The text of an export before it is read as CSV: decoded to UTF-8 from the encodings a
//! spreadsheet saves in, its lines numbered once for every row, a quote left open found by
//! its line; and what it says made safe to print on a terminal.

use std::borrow::Cow;

/// The encoding a file was read in when it was not UTF-8, in words.
pub type Encoding = &'static str;

/// The bytes as UTF-8, and the encoding they were read from when they were not UTF-8:
/// UTF-16 (told by its byte-order mark, or by the zero bytes of plain text without one) and
/// Windows-1252 (a file that is not UTF-8 and holds no UTF-8 letter at all; one that does
/// holds UTF-8 with bad rows, which are named by their lines instead).
pub fn decode(bytes: &[u8]) -> (Cow<'_, [u8]>, Option<Encoding>) {
    let utf16 = match bytes {
        [0xFF, 0xFE, rest @ ..] => Some((rest, true)),
        [0xFE, 0xFF, rest @ ..] => Some((rest, false)),
        [a, 0, b, 0, ..] if *a != 0 && *b != 0 => Some((bytes, true)),
        [0, a, 0, b, ..] if *a != 0 && *b != 0 => Some((bytes, false)),
        _ => None,
    };
    if let Some((rest, little)) = utf16 {
        let units = rest.chunks_exact(2).map(|pair| {
            let pair = [pair[0], pair[1]];
            if little {
                u16::from_le_bytes(pair)
            } else {
                u16::from_be_bytes(pair)
            }
        });
        let text: String = char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect();
        let name = if little {
            "UTF-16 (little-endian)"
        } else {
            "UTF-16 (big-endian)"
        };
        return (Cow::Owned(text.into_bytes()), Some(name));
    }
    if std::str::from_utf8(bytes).is_ok() {
        return (Cow::Borrowed(bytes), None);
    }
    let holds_utf8 = bytes.utf8_chunks().any(|chunk| !chunk.valid().is_ascii());
    if holds_utf8 {
        return (Cow::Borrowed(bytes), None);
    }
    let text: String = bytes.iter().map(|b| windows_1252(*b)).collect();
    (Cow::Owned(text.into_bytes()), Some("Windows-1252"))
}

/// One byte of Windows-1252: Latin-1, except the printable characters at 0x80–0x9F (the five
/// the code page leaves out stay the control characters of the same number).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// The line of each byte of a text, as an editor numbers them, found without counting from
/// the start again for every row.
pub struct Lines {
    /// Where each line break is.
    breaks: Vec<usize>,
    /// How many bytes the text has.
    len: usize,
}

impl Lines {
    /// The line breaks of `bytes`.
    pub fn of(bytes: &[u8]) -> Self {
        Self {
            breaks: bytes
                .iter()
                .enumerate()
                .filter_map(|(at, b)| (*b == b'\n').then_some(at))
                .collect(),
            len: bytes.len(),
        }
    }

    /// The line (from 1) of the byte at `at`.
    pub fn line(&self, at: usize) -> u64 {
        self.breaks.partition_point(|b| *b < at) as u64 + 1
    }

    /// How many lines the text has: a line break that ends the text starts no line.
    pub fn count(&self) -> u64 {
        let last_ends = self.breaks.last().is_some_and(|b| b + 1 == self.len);
        self.breaks.len() as u64 + u64::from(!last_ends && self.len > 0)
    }
}

/// Where a quoted cell opens that no quote closes, as the CSV reader reads it: such a cell
/// runs to the end of the file and takes every row after it in. None when every quote closes.
pub fn open_quote(bytes: &[u8]) -> Option<usize> {
    #[derive(Clone, Copy)]
    enum State {
        /// At the start of a cell.
        Start,
        /// In a cell that does not start with a quote.
        Plain,
        /// In a quoted cell, opened at this byte.
        Quoted(usize),
        /// Just after a quote inside a quoted cell: another quote is a quote in the text.
        AfterQuote(usize),
    }
    let mut state = State::Start;
    for (at, b) in bytes.iter().enumerate() {
        state = match (state, *b) {
            (State::Start, b'"') => State::Quoted(at),
            (State::Quoted(from), b'"') => State::AfterQuote(from),
            // A second quote is a quote in the text, and the cell goes on.
            (State::Quoted(from), _) | (State::AfterQuote(from), b'"') => State::Quoted(from),
            (_, b',' | b'\n' | b'\r') => State::Start,
            // After a closing quote the reader takes what follows as text, as in a plain cell.
            _ => State::Plain,
        };
    }
    match state {
        State::Quoted(from) => Some(from),
        _ => None,
    }
}

/// Text from an export as it may be printed on a terminal: a control character (an escape
/// sequence could recolour the terminal, move its cursor or retitle its window; a line
/// break or carriage return could fake a line) or a direction override is written as its
/// escape, `\u{1b}`, instead of being sent raw.
pub fn printable(text: &str) -> Cow<'_, str> {
    let unsafe_char =
        |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if unsafe_char(c) {
                    c.escape_unicode().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_counted_as_an_editor_does() {
        let lines = Lines::of(b"a\nbc\n\nd");
        let at: Vec<u64> = (0..7).map(|i| lines.line(i)).collect();
        assert_eq!(at, vec![1, 1, 2, 2, 2, 3, 4]);
        assert_eq!(lines.count(), 4);
        assert_eq!(Lines::of(b"a\nb\n").count(), 2);
        assert_eq!(Lines::of(b"").count(), 0);
    }

    #[test]
    fn a_quote_left_open_is_found_where_it_opens() {
        assert_eq!(open_quote(b"a,\"b\"\"c\",d\n\"e\nf\",g\n"), None);
        assert_eq!(open_quote(b"a,b\nc,\"d\ne,f\n"), Some(6));
        // A quote inside a cell that does not start with one is text.
        assert_eq!(open_quote(b"5'10\",x\n"), None);
    }

    #[test]
    fn windows_1252_and_utf_16_are_read() {
        let (text, encoding) = decode(b"Caf\xe9 \x93quoted\x94 \x80");
        assert_eq!(encoding, Some("Windows-1252"));
        assert_eq!(std::str::from_utf8(&text), Ok("Café “quoted” €"));
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("Né,1".encode_utf16().flat_map(u16::to_le_bytes));
        let (text, encoding) = decode(&utf16);
        assert_eq!(std::str::from_utf8(&text), Ok("Né,1"));
        assert!(encoding.is_some_and(|e| e.starts_with("UTF-16")));
        let (text, encoding) = decode("Né, and a bad \u{1}byte".as_bytes());
        assert_eq!(
            (text.as_ref(), encoding),
            ("Né, and a bad \u{1}byte".as_bytes(), None)
        );
        let mixed = b"N\xc3\xa9\nbad \xff\n";
        assert_eq!(decode(mixed), (Cow::Borrowed(&mixed[..]), None));
    }

    #[test]
    fn control_characters_are_escaped_for_the_terminal() {
        assert_eq!(printable("plain é"), "plain é");
        assert_eq!(
            printable("a\u{1b}]0;owned\u{7}\r\nb\u{202e}"),
            "a\\u{1b}]0;owned\\u{7}\\u{d}\\u{a}b\\u{202e}"
        );
    }
}
