//! The debrief screen: overall result, skills, findings with the trainee's words
//! highlighted, the meters over time and the minute-by-minute timeline.

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText, Stroke, pos2};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use fluent_bundle::FluentValue;

use crate::app::theme::{ACCENT, GOOD, WARN, highlighted, root_ui};
use crate::app::{Data, Screen, Settings};
use crate::engine::debrief::{Debrief, clock, excerpt};
use crate::engine::scoring::{Finding, Skill};

/// The debrief of the drill just played.
#[derive(Resource, Debug, Clone)]
pub struct DebriefResult(pub Debrief);

/// The debrief screen.
pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        debrief_screen.run_if(in_state(Screen::Debrief).and_then(resource_exists::<DebriefResult>)),
    );
}

fn debrief_screen(
    mut contexts: EguiContexts,
    data: Res<Data>,
    mut settings: ResMut<Settings>,
    result: Res<DebriefResult>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let d = &result.0;
    let lang = d.lang.clone();
    let t = |key: &str| data.t(&lang, key);
    let escape = ctx.input(|i| i.key_pressed(egui::Key::Escape));
    let mut root = root_ui(ctx);
    egui::Panel::top("debrief-top").show(&mut root, |ui| {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(t("debrief-title"))
                    .size(26.0)
                    .strong()
                    .color(ACCENT),
            );
            ui.label(RichText::new(t(&format!("{}-title", d.scenario))).size(22.0));
            if !settings.trainee.trim().is_empty() {
                ui.label(data.t_args(
                    &lang,
                    "debrief-trainee",
                    &[(
                        "name",
                        FluentValue::from(settings.trainee.trim().to_owned()),
                    )],
                ));
            }
            ui.separator();
            let overall = data.t_args(
                &lang,
                "debrief-overall",
                &[
                    ("score", FluentValue::from(d.overall)),
                    ("grade", FluentValue::from(d.grade.as_str())),
                ],
            );
            let colour = if d.overall >= 65 { GOOD } else { WARN };
            ui.label(RichText::new(overall).size(24.0).strong().color(colour));
            if ui.button(t("debrief-again")).clicked() {
                settings.seed = settings.seed.wrapping_add(1);
                next.set(Screen::Briefing);
            }
            if ui.button(t("debrief-menu")).clicked() || escape {
                next.set(Screen::Menu);
            }
        });
    });
    egui::Panel::left("skills")
        .default_size(330.0)
        .show(&mut root, |ui| {
            ui.heading(t("debrief-skills"));
            for skill in Skill::ALL {
                let value = d.skills.get(skill.name()).copied().unwrap_or(0);
                ui.label(t(&format!("skill-{}", skill.name())));
                let colour = if value >= 65 {
                    GOOD
                } else if value >= 40 {
                    Color32::from_rgb(220, 160, 40)
                } else {
                    WARN
                };
                ui.add(
                    egui::ProgressBar::new(value as f32 / 100.0)
                        .fill(colour)
                        .text(value.to_string()),
                );
            }
            ui.add_space(10.0);
            let meters = data.t_args(
                &lang,
                "debrief-meters",
                &[
                    ("reach", FluentValue::from(d.meters.reach.round())),
                    ("anger", FluentValue::from(d.meters.anger.round())),
                    ("peak", FluentValue::from(d.peak_anger.round())),
                ],
            );
            ui.label(meters);
            anger_chart(ui, d);
        });
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.columns(2, |cols| {
                findings(
                    &mut cols[0],
                    &t,
                    &t("debrief-strengths"),
                    d.strengths(),
                    GOOD,
                );
                findings(
                    &mut cols[1],
                    &t,
                    &t("debrief-improvements"),
                    d.improvements(),
                    WARN,
                );
            });
            ui.separator();
            ui.heading(t("debrief-timeline"));
            for e in &d.timeline {
                let (who, what) = e.localize(t);
                let colour = if e.who == "trainee" {
                    ACCENT
                } else {
                    Color32::from_gray(60)
                };
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(clock(e.at)).monospace());
                    ui.label(RichText::new(who).strong().color(colour));
                    ui.label(what);
                });
            }
        });
    });
    Ok(())
}

fn findings<'a>(
    ui: &mut egui::Ui,
    t: &dyn Fn(&str) -> String,
    heading: &str,
    items: impl Iterator<Item = &'a Finding>,
    colour: Color32,
) {
    ui.label(RichText::new(heading).size(20.0).strong().color(colour));
    let mut any = false;
    for f in items {
        any = true;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(&f.rule).strong().color(colour))
                    .on_hover_text(t(&format!("rule-{}", f.rule)));
                ui.label(
                    RichText::new(t(&format!("rule-{}", f.rule)))
                        .small()
                        .color(colour),
                );
                ui.label(RichText::new(clock(f.at)).monospace());
            });
            ui.label(t(&f.message));
            if let Some(key) = &f.quote_key {
                ui.label(RichText::new(format!("“{}”", t(key))).italics());
            }
            match &f.action {
                Some(kind) => {
                    ui.label(
                        RichText::new(format!("▶ {}", t(&format!("action-{kind}")))).italics(),
                    );
                }
                None if !f.evidence.is_empty() && f.quote_key.is_none() => {
                    let (text, spans) = excerpt(&f.evidence, &f.highlights, 160);
                    ui.label(highlighted(&format!("“{text}”"), &shift(&spans), 14.0));
                }
                None => {}
            }
            let why: Vec<String> = f.why.iter().filter_map(|w| why_label(t, w)).collect();
            if !why.is_empty() {
                ui.label(RichText::new(why.join(" · ")).small().italics());
            }
        });
    }
    if !any {
        ui.label(RichText::new(t("debrief-none")).italics());
    }
}

/// Spans move by one for the opening quotation mark.
fn shift(spans: &[(usize, usize)]) -> Vec<(usize, usize)> {
    spans.iter().map(|&(s, e)| (s + 1, e + 1)).collect()
}

/// `list:apology:sorry` → "apology: sorry" in the trainee's language.
fn why_label(t: &dyn Fn(&str) -> String, why: &str) -> Option<String> {
    let mut parts = why.splitn(3, ':');
    let (kind, name, detail) = (parts.next()?, parts.next()?, parts.next());
    let label = t(&format!("why-{kind}-{name}"));
    Some(match (kind, detail) {
        ("list", Some(entry)) => format!("{label}: {}", entry.trim_start_matches('=')),
        ("rule", Some(detail))
            if matches!(
                name,
                "third-party" | "denied-ownership" | "accuses-customer"
            ) =>
        {
            format!("{label}: {}", detail.replace('=', "").replace('+', " + "))
        }
        _ => label,
    })
}

fn anger_chart(ui: &mut egui::Ui, d: &Debrief) {
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), 120.0),
        egui::Sense::hover(),
    );
    let painter = ui.painter_at(rect);
    painter.rect_stroke(
        rect,
        4.0,
        Stroke::new(1.0, Color32::from_gray(200)),
        egui::StrokeKind::Inside,
    );
    let end = d.samples.last().map_or(1.0, |(t, _)| t.max(1.0));
    let points: Vec<egui::Pos2> = d
        .samples
        .iter()
        .map(|(t, m)| {
            pos2(
                rect.left() + rect.width() * (*t / end) as f32,
                rect.bottom() - rect.height() * (m.anger / 100.0) as f32,
            )
        })
        .collect();
    painter.add(egui::Shape::line(points, Stroke::new(2.0, WARN)));
    for f in &d.findings {
        let x = rect.left() + rect.width() * (f.at / end) as f32;
        painter.line_segment(
            [pos2(x, rect.bottom() - 8.0), pos2(x, rect.bottom())],
            Stroke::new(2.0, ACCENT),
        );
    }
}
