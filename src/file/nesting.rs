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
/// characters and comments, until `on` says to stop.
fn walk(text: &str, mut on: impl FnMut(Mark, usize, usize) -> bool) {
    let (mut line, mut col) = (1, 0);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        step(c, &mut line, &mut col);
        let go_on = match c {
            '(' | '[' | '{' => on(Mark::Open, line, col),
            ')' | ']' | '}' => on(Mark::Close, line, col),
            '"' | '\'' => {
                // A string or a character: up to the same quote, skipping escapes.
                while let Some(inner) = chars.next() {
                    step(inner, &mut line, &mut col);
                    if inner == '\\' {
                        if let Some(escaped) = chars.next() {
                            step(escaped, &mut line, &mut col);
                        }
                    } else if inner == c {
                        break;
                    }
                }
                true
            }
            'r' if matches!(chars.peek(), Some('#' | '"')) => {
                // A raw string, r"…" or r#"…"#: no escapes, ends at a quote and as many #.
                let mut hashes = 0;
                while chars.peek() == Some(&'#') {
                    chars.next();
                    step('#', &mut line, &mut col);
                    hashes += 1;
                }
                if chars.peek() != Some(&'"') {
                    // A raw identifier (r#name), not a string.
                    continue;
                }
                chars.next();
                step('"', &mut line, &mut col);
                'raw: while let Some(inner) = chars.next() {
                    step(inner, &mut line, &mut col);
                    if inner == '"' {
                        for _ in 0..hashes {
                            if chars.peek() != Some(&'#') {
                                continue 'raw;
                            }
                            chars.next();
                            step('#', &mut line, &mut col);
                        }
                        break;
                    }
                }
                true
            }
            '/' if chars.peek() == Some(&'/') => {
                let go_on = on(Mark::Comment, line, col);
                for inner in chars.by_ref() {
                    step(inner, &mut line, &mut col);
                    if inner == '\n' {
                        break;
                    }
                }
                go_on
            }
            '/' if chars.peek() == Some(&'*') => {
                let go_on = on(Mark::Comment, line, col);
                // Block comments nest in RON.
                let mut open = 0usize;
                let mut last = '/';
                for inner in chars.by_ref() {
                    step(inner, &mut line, &mut col);
                    match (last, inner) {
                        ('/', '*') => {
                            open += 1;
                            last = ' ';
                            continue;
                        }
                        ('*', '/') => {
                            open -= 1;
                            if open == 0 {
                                break;
                            }
                            last = ' ';
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
    walk(text, |mark, line, col| {
        match mark {
            Mark::Open => {
                depth += 1;
                if depth > max {
                    found = Some((line, col));
                    return false;
                }
            }
            Mark::Close => depth = depth.saturating_sub(1),
            Mark::Comment => {}
        }
        true
    });
    found
}

/// Where the first comment a person wrote starts, as line and column from 1; none in a text
/// without one. A save writes the document anew, without them.
pub fn first_comment(text: &str) -> Option<(usize, usize)> {
    let mut found = None;
    walk(text, |mark, line, col| {
        if mark == Mark::Comment {
            found = Some((line, col));
        }
        found.is_none()
    });
    found
}

/// Moves the place past one character.
fn step(c: char, line: &mut usize, col: &mut usize) {
    if c == '\n' {
        *line += 1;
        *col = 0;
    } else {
        *col += 1;
    }
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
}
