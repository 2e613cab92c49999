//! The nesting limit, counted in brackets as the format states it. The parser's own limit
//! counts its recursion, which is not one step per bracket (a list skipped over costs two),
//! so it would refuse files the format allows; it stays only as a backstop.

/// What the walk over a text meets, with its line and column from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    /// An opening bracket.
    Open,
    /// A closing bracket.
    Close,
    /// The start of a `//` or `/* */` comment.
    Comment,
}

/// Walks the text as RON reads it, telling `on` of each bracket and comment outside strings,
/// characters and comments, with its byte offset, until `on` says to stop. It reads bytes:
/// everything RON marks with is ASCII, and no byte of a longer UTF-8 character is.
fn walk(text: &str, mut on: impl FnMut(Mark, usize) -> bool) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&c) = bytes.get(i) {
        let at = i;
        i += 1;
        let go_on = match c {
            b'(' | b'[' | b'{' => on(Mark::Open, at),
            b')' | b']' | b'}' => on(Mark::Close, at),
            b'"' | b'\'' => {
                // A string or a character: up to the same quote, skipping escapes.
                while let Some(&inner) = bytes.get(i) {
                    i += if inner == b'\\' { 2 } else { 1 };
                    if inner == c {
                        break;
                    }
                }
                true
            }
            b'r' if matches!(bytes.get(i), Some(b'#' | b'"')) => {
                // A raw string, r"…" or r#"…"#: no escapes, ends at a quote and as many #.
                let mut hashes = 0;
                while bytes.get(i) == Some(&b'#') {
                    i += 1;
                    hashes += 1;
                }
                if bytes.get(i) != Some(&b'"') {
                    // A raw identifier (r#name), not a string.
                    continue;
                }
                i += 1;
                'raw: while let Some(&inner) = bytes.get(i) {
                    i += 1;
                    if inner == b'"' {
                        for _ in 0..hashes {
                            if bytes.get(i) != Some(&b'#') {
                                continue 'raw;
                            }
                            i += 1;
                        }
                        break;
                    }
                }
                true
            }
            b'/' if bytes.get(i) == Some(&b'/') => {
                let go_on = on(Mark::Comment, at);
                i = bytes[i..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(bytes.len(), |n| i + n + 1);
                go_on
            }
            b'/' if bytes.get(i) == Some(&b'*') => {
                let go_on = on(Mark::Comment, at);
                // Block comments nest in RON.
                let mut open = 0usize;
                let mut last = b'/';
                while let Some(&inner) = bytes.get(i) {
                    i += 1;
                    match (last, inner) {
                        (b'/', b'*') => {
                            open += 1;
                            last = b' ';
                            continue;
                        }
                        (b'*', b'/') => {
                            open -= 1;
                            if open == 0 {
                                break;
                            }
                            last = b' ';
                            continue;
                        }
                        _ => {}
                    }
                    last = inner;
                }
                go_on
            }
            _ => true,
        };
        if !go_on {
            return;
        }
    }
}

/// Where the first bracket past `max` levels opens, as line and column from 1; none when
/// the text nests no deeper than `max`. Brackets inside strings, characters and comments
/// do not count.
pub fn too_deep(text: &str, max: usize) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    let mut found = None;
    walk(text, |mark, at| {
        match mark {
            Mark::Open => {
                depth += 1;
                if depth > max {
                    found = Some(at);
                    return false;
                }
            }
            Mark::Close => depth = depth.saturating_sub(1),
            Mark::Comment => {}
        }
        true
    });
    found.map(|at| line_and_column(text, at))
}

/// Where the first comment a person wrote starts, as line and column from 1; none in a text
/// without one. A save writes the document anew, without them.
pub fn first_comment(text: &str) -> Option<(usize, usize)> {
    let mut found = None;
    walk(text, |mark, at| {
        if mark == Mark::Comment {
            found = Some(at);
        }
        found.is_none()
    });
    found.map(|at| line_and_column(text, at))
}

/// The line and column, from 1 and in characters, of the ASCII character at byte `at`.
fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    let line = 1 + before.bytes().filter(|&b| b == b'\n').count();
    (line, text[line_start..at].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(depth: usize) -> String {
        format!("{}{}", "[".repeat(depth), "]".repeat(depth))
    }

    #[test]
    fn the_limit_counts_every_kind_of_bracket() {
        assert_eq!(too_deep(&nested(3), 3), None);
        assert_eq!(too_deep(&nested(4), 3), Some((1, 4)));
        assert_eq!(too_deep("(\n  [\n    {x: (", 3), Some((3, 9)));
        assert_eq!(too_deep("(a: (), b: (), c: ())", 2), None);
    }

    #[test]
    fn the_first_comment_is_found_outside_strings() {
        assert_eq!(first_comment("(a: 1)"), None);
        assert_eq!(
            first_comment("(a: \"// not a comment\", b: r#\"/* nor */\"#)"),
            None
        );
        assert_eq!(first_comment("(\n  // why\n  a: 1)"), Some((2, 3)));
        assert_eq!(first_comment("(a: 1 /* later */)"), Some((1, 7)));
    }

    #[test]
    fn brackets_in_strings_characters_and_comments_do_not_count() {
        let quiet = [
            r#"(a: "((((", b: "\"((((")"#,
            "(a: '(', b: '\\'', c: ('['))",
            "(a: r#\"(((\"# , b: r\"[[[\")",
            "(r#type: 1, a: ())",
            "( // ((((\n a: ())",
            "( /* (( /* (( */ (( */ a: ())",
        ];
        for text in quiet {
            assert_eq!(too_deep(text, 2), None, "{text}");
        }
        assert_eq!(too_deep("( /* ( */ ((", 2), Some((1, 12)));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        assert_eq!(too_deep("(\"é\", ((", 2), Some((1, 8)));
        assert_eq!(first_comment("(a: \"日本\", // why\n)"), Some((1, 11)));
    }
}
