//! What the Review panel shows over time: each skill over the reviews, a metric against its
//! path to the target, and the years of learning and of impact by calendar year.

use crate::analysis::review::{metric_over_time, path_ends, phase_balance, skill_over_time};
use crate::model::Metric;
use crate::views::ViewCtx;
use crate::views::charts::{KeyMark, calendar_axis, chart_key, round_y_axis, series_line};
use crate::views::widgets::section;

/// Years of learning and of impact per calendar year, with the portfolio's advice to
/// alternate when one phase has run too long.
pub(super) fn balance_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
    let balance = phase_balance(ctx.doc, ctx.today);
    if balance.is_empty() {
        return;
    }
    section(ui, "Learning and impact by year");
    egui::Grid::new("phase balance")
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            for year in balance.iter().rev() {
                ui.label(year.year.to_string());
                ui.label(format!("learning {:.1} years", year.learning));
                ui.label(format!("impact {:.1} years", year.impact));
                ui.end_row();
            }
        });
    // The same advice the portfolio gives, from the same rule.
    let now = crate::model::year_fraction(ctx.today);
    if let Some(insight) = crate::analysis::portfolio::alternation(ctx.doc, now) {
        ui.colored_label(ctx.theme.warn(), insight.title);
        for reason in insight.reasons {
            ui.label(format!("• {reason}"));
        }
    }
}

/// Each skill's level at each review and today: whether the crafts are moving at all.
pub(super) fn skills_chart_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
    use egui_plot::{Line, Plot, PlotPoints};
    if ctx.doc.reviews.is_empty() || ctx.doc.skills.is_empty() {
        return;
    }
    section(ui, "Skills over the reviews");
    ui.label(egui::RichText::new("Each skill's level, 1 to 5, at each review and today.").weak());
    let lines: Vec<(String, Vec<[f64; 2]>)> = ctx
        .doc
        .skills
        .iter()
        .map(|skill| {
            (
                skill.name.clone(),
                skill_over_time(ctx.doc, skill, ctx.today),
            )
        })
        .collect();
    let xs = lines
        .iter()
        .flat_map(|(_, points)| points.iter().map(|p| p[0]));
    let first = xs.clone().fold(f64::INFINITY, f64::min);
    let last = xs.fold(f64::NEG_INFINITY, f64::max);
    let margin = ((last - first) * 0.03).max(0.05);
    calendar_axis(Plot::new("skills over time"), false)
        .include_x(first - margin)
        .include_x(last + margin)
        .height(200.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .include_y(0.8)
        .include_y(5.2)
        .show(ui, |plot| {
            for (i, (name, points)) in lines.iter().enumerate() {
                let (color, style, _) = series_line(*ctx.theme, i);
                plot.line(
                    Line::new(name.as_str(), PlotPoints::from(points.clone()))
                        .color(color)
                        .style(style)
                        .width(2.0),
                );
            }
        });
    chart_key(
        ui,
        "skills key",
        2,
        lines.iter().enumerate().map(|(i, (name, _))| {
            let (color, _, mark) = series_line(*ctx.theme, i);
            (name.as_str(), color, mark)
        }),
    );
}

/// The metric at each review and today, against its path to the target.
pub(super) fn metric_chart_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, metric: &Metric) {
    use egui_plot::{Line, Plot, PlotPoints, Points};
    let values = metric_over_time(ctx.doc, metric, ctx.today);
    let path = path_ends(ctx.doc, metric, ctx.today);
    ui.add_space(6.0);
    ui.strong(if path.is_some() {
        "Over time, against the path"
    } else {
        "Over time"
    });
    ui.push_id(("metric chart", metric.id), |ui| {
        round_y_axis(calendar_axis(Plot::new("metric over time"), false))
            .height(180.0)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .show(ui, |plot| {
                if let Some(ends) = path {
                    plot.line(
                        Line::new("Path to the target", PlotPoints::from(ends.to_vec()))
                            .color(ctx.theme.muted())
                            .width(1.5),
                    );
                }
                plot.points(
                    Points::new(metric.name.clone(), PlotPoints::from(values.clone()))
                        .radius(4.0)
                        .color(ctx.theme.series(0)),
                );
                plot.line(
                    Line::new(metric.name.clone(), PlotPoints::from(values))
                        .color(ctx.theme.series(0))
                        .width(2.0),
                );
            });
    });
    let mut key = vec![(
        metric.name.as_str(),
        ctx.theme.series(0),
        KeyMark::LineAndDot,
    )];
    if path.is_some() {
        key.push(("Path to the target", ctx.theme.muted(), KeyMark::Line));
    }
    chart_key(ui, "metric key", 1, key);
}
