//! What a person typed, made safe for the format it is written to: no line break of theirs may
//! start a Markdown heading or table row or end an iCalendar property, and no direction
//! override may make exported text read other than it is.

/// Whether a character turns the direction of the text after it (embeddings, overrides and
/// isolates), which can make a line read differently from what it holds.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether a character breaks a line in some reader: CR, LF, NEL and the Unicode separators.
fn is_line_break(c: char) -> bool {
    matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Text on one line with no control characters or direction overrides: a line break becomes a
/// space, a tab a space, any other control character or override is dropped.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_break = false;
    for c in text.chars() {
        if is_line_break(c) || c == '\t' {
            // CRLF is one break, not two spaces.
            if !last_break {
                out.push(' ');
            }
            last_break = true;
            continue;
        }
        last_break = false;
        if c.is_control() || is_bidi_control(c) {
            continue;
        }
        out.push(c);
    }
    out
}

/// Text for iCalendar: line breaks kept as LF alone (the calendar writer escapes LF as `\n`;
/// a bare CR it would pass through), other control characters and overrides dropped.
pub fn calendar_text(text: &str) -> String {
    let text = text
        .replace("\r\n", "\n")
        .replace(['\r', '\u{85}', '\u{2028}', '\u{2029}'], "\n");
    text.chars()
        .filter(|c| *c == '\n' || !(c.is_control() || is_bidi_control(*c)))
        .collect()
}

/// Text for Markdown, on one line, with every character that could start a block or break a
/// table cell escaped: a backslash, `|`, a backtick and `<` anywhere, and a heading, quote or
/// list marker at its start. A backslash before punctuation shows the punctuation itself.
pub fn markdown(text: &str) -> String {
    let line = one_line(text);
    let mut out = String::with_capacity(line.len() + 4);
    for (i, c) in line.chars().enumerate() {
        let starts_block = i == 0 && matches!(c, '#' | '>' | '-' | '+' | '*' | '=' | '~' | '_');
        if starts_block || matches!(c, '\\' | '|' | '`' | '<') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_become_one_space_and_overrides_go() {
        assert_eq!(one_line("a\r\nb\rc\nd\u{2028}e"), "a b c d e");
        assert_eq!(one_line("\u{202E}evil\u{2069}\u{7}"), "evil");
    }

    #[test]
    fn calendar_text_keeps_no_bare_carriage_return() {
        assert_eq!(calendar_text("a\r\nb\rc"), "a\nb\nc");
    }

    #[test]
    fn markdown_escapes_what_could_break_a_table_or_start_a_block() {
        assert_eq!(markdown("# a | `b` \\ <i>"), "\\# a \\| \\`b\\` \\\\ \\<i>");
        assert_eq!(markdown("x\n# y"), "x # y");
    }
}
