//! The nesting limit, counted in brackets as the format states it. The parser's own limit
//! counts its recursion, which is not one step per bracket (a list skipped over costs two),
//! so it would refuse files the format allows; it stays only as a backstop.

/// Where the first bracket past `max` levels opens, as line and column from 1; none when
/// the text nests no deeper than `max`. Brackets inside strings, characters and comments
/// do not count.
pub fn too_deep(text: &str, max: usize) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    let (mut line, mut col) = (1, 0);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        step(c, &mut line, &mut col);
        match c {
            '(' | '[' | '{' => {
                depth += 1;
                if depth > max {
                    return Some((line, col));
                }
            }
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
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
            }
            '/' if chars.peek() == Some(&'/') => {
                for inner in chars.by_ref() {
                    step(inner, &mut line, &mut col);
                    if inner == '\n' {
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
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
            }
            _ => {}
        }
    }
    None
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
