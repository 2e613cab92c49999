//! The packet as one printable HTML page: no script, no outside file, the skills drawn as an
//! inline SVG of level against target, and every text escaped for HTML.

use std::fmt::{self, Write};

use chrono::NaiveDate;

use crate::analysis::packet::{Packet, Proof, SkillRow, Target, packet, score};
use crate::model::Document;

/// Text made safe for HTML content and quoted attributes.
pub fn escape(text: &str) -> String {
    let line = super::super::text::one_line(text);
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The packet for a target as a self-contained HTML page.
pub fn html(doc: &Document, target: Target, today: NaiveDate) -> String {
    let p = packet(doc, target, today);
    let mut out = String::new();
    write(&mut out, &p, today).expect("writing to a String cannot fail");
    out
}

const STYLE: &str = "body{font-family:sans-serif;max-width:46em;margin:2em auto;padding:0 1em;\
color:#111;line-height:1.4}h1{font-size:1.6em}h2{margin-top:1.6em;border-bottom:1px solid #ccc}\
table{border-collapse:collapse}th,td{text-align:left;padding:.2em .8em .2em 0;\
border-bottom:1px solid #eee}.note{border-left:4px solid #c60;padding-left:.6em}\
.unknown{color:#666;font-style:italic}@media print{body{margin:0}}";

fn list(out: &mut String, class: &str, items: &[String]) -> fmt::Result {
    writeln!(out, "<ul class=\"{class}\">")?;
    for item in items {
        writeln!(out, "<li>{}</li>", escape(item))?;
    }
    writeln!(out, "</ul>")
}

fn proofs(out: &mut String, class: &str, proofs: &[Proof]) -> fmt::Result {
    let texts: Vec<String> = proofs.iter().map(|p| p.text.clone()).collect();
    list(out, class, &texts)
}

/// A score cell: the number, or "not scored" marked as unknown.
fn score_cell(value: Option<u8>) -> String {
    match value {
        Some(_) => format!("<td>{}</td>", score(value)),
        None => "<td class=\"unknown\">not scored</td>".to_owned(),
    }
}

/// The skills as bars: each row's level as a filled bar and its target as a mark, on the
/// scale of 1 to 5; a score not given is written, never drawn.
fn chart(out: &mut String, rows: &[SkillRow]) -> fmt::Result {
    const LABEL: f64 = 180.0;
    const UNIT: f64 = 60.0;
    const ROW: f64 = 28.0;
    let height = ROW * f64::from(u32::try_from(rows.len()).unwrap_or(u32::MAX)) + 30.0;
    let width = LABEL + UNIT * 5.0 + 20.0;
    writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"{width}\" \
         height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" \
         aria-label=\"Level against target per skill\">"
    )?;
    for n in 1..=5u8 {
        let x = LABEL + UNIT * f64::from(n);
        writeln!(
            out,
            "<line x1=\"{x}\" y1=\"0\" x2=\"{x}\" y2=\"{}\" stroke=\"#ddd\"/>\
             <text x=\"{x}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\">{n}</text>",
            height - 18.0,
            height - 4.0
        )?;
    }
    for (i, row) in rows.iter().enumerate() {
        let y = ROW * f64::from(u32::try_from(i).unwrap_or(u32::MAX));
        writeln!(
            out,
            "<text x=\"0\" y=\"{}\" font-size=\"12\">{}</text>",
            y + 17.0,
            escape(&row.name)
        )?;
        match row.level {
            Some(level) => writeln!(
                out,
                "<rect x=\"{LABEL}\" y=\"{}\" width=\"{}\" height=\"14\" fill=\"#4a7bb7\">\
                 <title>level {level}</title></rect>",
                y + 6.0,
                UNIT * f64::from(level)
            )?,
            None => writeln!(
                out,
                "<text x=\"{}\" y=\"{}\" font-size=\"11\" font-style=\"italic\" \
                 fill=\"#666\">level not scored</text>",
                LABEL + 4.0,
                y + 17.0
            )?,
        }
        if let Some(target) = row.target {
            let x = LABEL + UNIT * f64::from(target);
            writeln!(
                out,
                "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"#c60\" \
                 stroke-width=\"3\"><title>target {target}</title></line>",
                y + 2.0,
                y + 24.0
            )?;
        }
    }
    writeln!(out, "</svg>")
}

fn write(out: &mut String, p: &Packet, today: NaiveDate) -> fmt::Result {
    let h = &p.heading;
    let title = format!("Promotion packet: {} ({})", h.title, h.year);
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        escape(&title)
    )?;
    writeln!(out, "<h1>{}</h1>", escape(&title))?;
    writeln!(out, "<p><em>{}</em></p>", escape(&super::byline(p, today)))?;
    for note in &h.notes {
        writeln!(out, "<p class=\"note\">{}</p>", escape(note))?;
    }
    writeln!(out, "<h2>Skills</h2>")?;
    if let Some(line) = super::covers(p) {
        writeln!(out, "<p class=\"covers\">{}</p>", escape(&line))?;
    }
    if p.skills.is_empty() {
        writeln!(out, "<p>{}</p>", super::NO_SKILLS)?;
    } else {
        chart(out, &p.skills)?;
        writeln!(
            out,
            "<table class=\"skills\"><thead><tr><th>Skill</th><th>Level</th><th>Target</th>\
             <th>Evidence</th></tr></thead><tbody>"
        )?;
        for row in &p.skills {
            writeln!(
                out,
                "<tr><td>{}</td>{}{}<td>{}</td></tr>",
                escape(&row.name),
                score_cell(row.level),
                score_cell(row.target),
                row.proofs.len()
            )?;
        }
        writeln!(out, "</tbody></table>")?;
        for row in &p.skills {
            writeln!(out, "<h3>{}</h3>", escape(&row.name))?;
            if row.proofs.is_empty() {
                writeln!(out, "<p>{}</p>", super::NO_PROOF)?;
            } else {
                proofs(out, "evidence", &row.proofs)?;
            }
        }
    }
    writeln!(out, "<h2>{}</h2>", escape(&super::progress_heading(p)))?;
    if p.progress.is_empty() {
        writeln!(out, "<p>{}</p>", super::no_progress(p))?;
    } else {
        proofs(out, "progress", &p.progress)?;
    }
    writeln!(out, "<h2>Still to prove</h2>")?;
    if p.gaps.is_empty() {
        writeln!(out, "<p>{}</p>", super::no_gaps(p))?;
    } else {
        let gaps: Vec<String> = p.gaps.iter().map(|g| g.text.clone()).collect();
        list(out, "gaps", &gaps)?;
    }
    writeln!(out, "<h2>Bets that built it</h2>")?;
    if p.bets.is_empty() {
        writeln!(out, "<p>{}</p>", super::NO_BETS)?;
    }
    for bet in &p.bets {
        writeln!(out, "<h3>{}</h3>", escape(&bet.title))?;
        list(out, "bet", &bet.why)?;
    }
    writeln!(out, "<h2>Who can vouch</h2>")?;
    if p.vouchers.is_empty() {
        writeln!(out, "<p>{}</p>", super::NO_VOUCHERS)?;
    }
    for v in &p.vouchers {
        writeln!(out, "<h3>{}</h3>", escape(&v.who))?;
        proofs(out, "saw", &v.saw)?;
    }
    writeln!(out, "<h2>Review history</h2>")?;
    if p.reviews.is_empty() {
        writeln!(out, "<p>{}</p>", super::NO_REVIEWS)?;
    }
    for r in &p.reviews {
        let date = r
            .date
            .map_or_else(|| "No date".to_owned(), |d| d.to_string());
        writeln!(out, "<h3>{date}</h3>")?;
        list(out, "review", &r.lines)?;
    }
    writeln!(out, "</body>\n</html>")
}
