//! Finds where a field of the document is written in a file's text, so that a problem the
//! validator names by path (`bets[2].end`) can also be given a line and a column.
//!
//! RON keeps no positions once a value is read, so this walks the text itself: it skips
//! strings and comments, steps into `( … )` by field name and into `[ … ]` by index. Where a
//! step cannot be taken (a field left out and so defaulted), it stops at the closest
//! enclosing value it found.

/// One step of a path: a field of a struct or an element of a list.
#[derive(Debug, PartialEq, Eq)]
enum Step<'a> {
    Field(&'a str),
    Index(usize),
}

/// Splits `offers[1].scores[0].score` into its steps; `None` for a path it cannot read.
fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (name, mut rest) = part.split_once('[').map_or((part, ""), |(n, r)| (n, r));
        if name.is_empty() {
            return None;
        }
        out.push(Step::Field(name));
        while !rest.is_empty() {
            let (index, after) = rest.split_once(']')?;
            out.push(Step::Index(index.parse().ok()?));
            rest = after.strip_prefix('[').unwrap_or(after);
            if !after.is_empty() && !after.starts_with('[') {
                return None;
            }
        }
    }
    Some(out)
}

/// Reads RON text token by token, enough to follow a path.
struct Cursor<'t> {
    text: &'t [u8],
    at: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    /// Skips whitespace, `// line` and `/* block */` comments (which may nest).
    fn skip_blank(&mut self) {
        loop {
            match (self.peek(), self.text.get(self.at + 1).copied()) {
                (Some(c), _) if c.is_ascii_whitespace() => self.at += 1,
                (Some(b'/'), Some(b'/')) => {
                    while self.peek().is_some_and(|c| c != b'\n') {
                        self.at += 1;
                    }
                }
                (Some(b'/'), Some(b'*')) => {
                    self.at += 2;
                    let mut depth = 1;
                    while depth > 0 {
                        match (self.peek(), self.text.get(self.at + 1).copied()) {
                            (None, _) => return,
                            (Some(b'/'), Some(b'*')) => {
                                depth += 1;
                                self.at += 2;
                            }
                            (Some(b'*'), Some(b'/')) => {
                                depth -= 1;
                                self.at += 2;
                            }
                            _ => self.at += 1,
                        }
                    }
                }
                // An attribute such as `#![enable(implicit_some)]`.
                (Some(b'#'), Some(b'!')) => {
                    while self.peek().is_some_and(|c| c != b']') {
                        self.at += 1;
                    }
                    self.at = (self.at + 1).min(self.text.len());
                }
                _ => return,
            }
        }
    }

    /// Steps over one string, raw string or character literal starting here.
    fn skip_quoted(&mut self) {
        let start = self.at;
        if self.peek() == Some(b'r') {
            let mut hashes = 0;
            self.at += 1;
            while self.peek() == Some(b'#') {
                hashes += 1;
                self.at += 1;
            }
            if self.peek() == Some(b'"') {
                self.at += 1;
                let close: Vec<u8> = std::iter::once(b'"')
                    .chain(std::iter::repeat_n(b'#', hashes))
                    .collect();
                while self.at < self.text.len() && !self.text[self.at..].starts_with(&close) {
                    self.at += 1;
                }
                self.at = (self.at + close.len()).min(self.text.len());
                return;
            }
            // Only an identifier that begins with `r`.
            self.at = start + 1;
            return;
        }
        let quote = self.text[self.at];
        self.at += 1;
        while let Some(c) = self.peek() {
            self.at += 1;
            if c == b'\\' {
                self.at = (self.at + 1).min(self.text.len());
            } else if c == quote {
                return;
            }
        }
    }

    fn is_raw_string(&self) -> bool {
        self.peek() == Some(b'r')
            && self.text[self.at + 1..]
                .iter()
                .find(|&&c| c != b'#')
                .is_some_and(|&c| c == b'"')
            && (self.at == 0 || !is_ident(self.text[self.at - 1]))
    }

    /// Steps over one value of any kind, stopping before the `,` or closing bracket after it.
    fn skip_value(&mut self) {
        let mut depth = 0usize;
        loop {
            self.skip_blank();
            let Some(c) = self.peek() else { return };
            match c {
                b'"' | b'\'' => self.skip_quoted(),
                b'r' if self.is_raw_string() => self.skip_quoted(),
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    self.at += 1;
                }
                b')' | b']' | b'}' => {
                    if depth == 0 {
                        return;
                    }
                    depth -= 1;
                    self.at += 1;
                }
                b',' if depth == 0 => return,
                _ => self.at += 1,
            }
        }
    }

    /// Reads an identifier here, raw (`r#name`) or not, and gives its name: empty when there
    /// is none.
    fn ident(&mut self) -> &[u8] {
        if self.text[self.at.min(self.text.len())..].starts_with(b"r#")
            && self.text.get(self.at + 2).copied().is_some_and(is_ident)
        {
            self.at += 2;
        }
        let start = self.at.min(self.text.len());
        self.at = start;
        while self.peek().is_some_and(is_ident) {
            self.at += 1;
        }
        &self.text[start..self.at]
    }

    /// Moves from the start of a value to just inside its opening bracket, stepping over a
    /// struct name and any `Some(` that wraps the value. False when it is not a bracket.
    fn enter(&mut self, open: u8) -> bool {
        self.skip_blank();
        self.ident();
        self.skip_blank();
        match self.peek() {
            Some(c) if c == open => self.at += 1,
            // `Some([…])`: the list is inside.
            Some(b'(') => {
                self.at += 1;
                return self.enter(open);
            }
            _ => return false,
        }
        self.skip_blank();
        // `Some((…))`: what was entered is the wrapper, and the struct is inside it.
        if open == b'(' && self.peek() != Some(b')') && starts_value(self.text, self.at) {
            return self.enter(open);
        }
        true
    }

    /// Inside a struct, finds `name:` at this level and moves to its value.
    fn field(&mut self, name: &str) -> Lookup {
        loop {
            self.skip_blank();
            if self.peek() == Some(b')') {
                return Lookup::Absent;
            }
            let found = self.ident() == name.as_bytes();
            self.skip_blank();
            if self.peek() != Some(b':') {
                return Lookup::Lost;
            }
            self.at += 1;
            self.skip_blank();
            if found {
                return Lookup::Found;
            }
            self.skip_value();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b')') => return Lookup::Absent,
                _ => return Lookup::Lost,
            }
        }
    }

    /// Inside a list, moves to its element number `index`.
    fn element(&mut self, index: usize) -> bool {
        for _ in 0..index {
            self.skip_value();
            if self.peek() != Some(b',') {
                return false;
            }
            self.at += 1;
        }
        self.skip_blank();
        !matches!(self.peek(), None | Some(b']'))
    }
}

/// What looking for a field in a struct found.
#[derive(Debug, PartialEq, Eq)]
enum Lookup {
    Found,
    /// The whole struct was read and the field is not in it.
    Absent,
    /// The text took a shape the walk does not follow.
    Lost,
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// Whether a value (rather than a `field:`) starts at `at`: used to tell `Some((…))` from
/// a struct body.
fn starts_value(text: &[u8], at: usize) -> bool {
    let mut c = Cursor { text, at };
    if c.ident().is_empty() {
        return true;
    }
    c.skip_blank();
    c.peek() != Some(b':')
}

/// Where a value is written in a file.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub struct Place {
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1, counted in characters.
    pub col: usize,
    /// The file leaves the field (or a struct holding it) out, so it took its default, and the
    /// place is that of the closest enclosing value that is written.
    pub left_out: bool,
}

/// Where the value at `path` inside the file's `spec` is written, or the closest enclosing
/// value that is written out.
pub fn locate(text: &str, path: &str) -> Option<Place> {
    let steps = steps(path)?;
    let mut cursor = Cursor {
        text: text.as_bytes(),
        at: 0,
    };
    if !(cursor.enter(b'(') && cursor.field("spec") == Lookup::Found) {
        return None;
    }
    let mut found = cursor.at;
    let mut left_out = false;
    for step in steps {
        let moved = match step {
            Step::Field(name) => {
                if !cursor.enter(b'(') {
                    break;
                }
                match cursor.field(name) {
                    Lookup::Found => true,
                    Lookup::Absent => {
                        left_out = true;
                        false
                    }
                    Lookup::Lost => false,
                }
            }
            Step::Index(index) => cursor.enter(b'[') && cursor.element(index),
        };
        if !moved {
            break;
        }
        cursor.skip_blank();
        found = cursor.at;
    }
    let (line, col) = line_col(text, found);
    Some(Place {
        line,
        col,
        left_out,
    })
}

fn line_col(text: &str, at: usize) -> (usize, usize) {
    // The walk stops on ASCII, but a position is never trusted to be inside the text or on a
    // character's boundary.
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r##"// a comment with ( and [
#![enable(implicit_some)]
(
    format: "career-spec",
    version: 1,
    spec: (
        profile: (name: "A \"quoted\" (name", career_start_year: 2016),
        bets: [
            (id: 1, title: r#"raw ] ) "#, start: 2020.0, end: 2021.0),
            /* a ( block /* nested ] */ comment */
            (id: 2, title: "two", start: 2022.0, end: 2019.5),
        ],
        voice: (cadence: Some((every_months: 3)), entries: []),
    ),
)
"##;

    fn place(path: &str) -> Place {
        locate(TEXT, path).unwrap_or_else(|| panic!("{path} not found"))
    }

    fn at(path: &str) -> (usize, usize) {
        let p = place(path);
        (p.line, p.col)
    }

    #[test]
    fn a_path_reads_as_fields_and_indices() {
        assert_eq!(
            steps("offers[1].scores[0].score"),
            Some(vec![
                Step::Field("offers"),
                Step::Index(1),
                Step::Field("scores"),
                Step::Index(0),
                Step::Field("score"),
            ])
        );
        assert_eq!(steps("a[x]"), None);
        assert_eq!(steps(".a"), None);
    }

    #[test]
    fn a_field_is_found_past_strings_and_comments() {
        assert_eq!(at("profile.career_start_year"), (7, 66));
        assert_eq!(at("bets[1].end"), (11, 55));
        assert_eq!(at("bets[0].start"), (9, 50));
        assert_eq!(at("bets[1]"), (11, 13));
    }

    #[test]
    fn a_value_wrapped_in_some_is_entered() {
        assert_eq!(at("voice.cadence.every_months"), (13, 46));
    }

    #[test]
    fn a_missing_field_stops_at_what_encloses_it() {
        assert_eq!(at("bets[1].organisation"), at("bets[1]"));
        assert_eq!(at("bets[7].end"), at("bets"));
        assert_eq!(at("rules.max_same_phase_years"), (6, 11));
    }

    #[test]
    fn a_field_the_file_leaves_out_is_told_apart_from_one_that_is_written() {
        for written in ["bets[1].end", "profile.career_start_year", "voice.entries"] {
            assert!(!place(written).left_out, "{written}");
        }
        for left_out in [
            "bets[1].organisation",
            "profile.current_role",
            "rules.max_same_phase_years",
            "voice.cadence.promised_to",
        ] {
            assert!(place(left_out).left_out, "{left_out}");
        }
        // An element past the end of a list is not a field left out: the walk lost its way.
        assert!(!place("bets[7].end").left_out);
    }

    #[test]
    fn a_raw_identifier_is_read_as_its_name() {
        let text = "(spec: (profile: (r#name: \"x\", r#career_start_year: 0)))";
        assert_eq!(
            locate(text, "profile.career_start_year"),
            Some(Place {
                line: 1,
                col: 53,
                left_out: false
            })
        );
    }

    #[test]
    fn a_hash_that_opens_no_attribute_does_not_run_past_the_end() {
        // Found by fuzzing: `r#name` was read as `r` and an attribute that never closed.
        let text = "(spec: (profile: (r#name: \"]\", #x";
        assert!(locate(text, "profile.career_start_year").is_some());
        assert!(locate("(spec: (a: \"\\", "a.b").is_some());
    }

    #[test]
    fn a_position_past_the_end_or_inside_a_character_is_clamped() {
        assert_eq!(line_col("ab\né", 99), (2, 2));
        assert_eq!(line_col("ab\né", 4), (2, 1));
    }

    #[test]
    fn text_that_is_not_a_document_has_no_position() {
        assert_eq!(locate("", "bets"), None);
        assert_eq!(locate("[1, 2]", "bets"), None);
        assert_eq!(locate("(format: \"x\")", "bets"), None);
    }
}
