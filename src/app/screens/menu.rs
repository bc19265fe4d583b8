//! The menu: language, scenario, trainee name and mode.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use fluent_bundle::FluentValue;

use crate::app::theme::{ACCENT, root_ui};
use crate::app::{Data, Mode, Screen, Settings};
use crate::engine::scenario::Difficulty;

/// The menu screen.
pub fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, menu.run_if(in_state(Screen::Menu)));
}

fn difficulty_key(d: Difficulty) -> &'static str {
    match d {
        Difficulty::Introductory => "difficulty-introductory",
        Difficulty::Intermediate => "difficulty-intermediate",
        Difficulty::Advanced => "difficulty-advanced",
    }
}

fn menu(
    mut contexts: EguiContexts,
    data: Res<Data>,
    mut settings: ResMut<Settings>,
    mut next: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let lang = settings.lang.clone();
    let t = |key: &str| data.t(&lang, key);
    let mut root = root_ui(ctx);
    // Enter starts when no field or button has the focus (a focused widget takes Enter itself).
    let start =
        ctx.input(|i| i.key_pressed(egui::Key::Enter)) && ctx.memory(|m| m.focused().is_none());
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.vertical_centered(|ui| {
            ui.add_space(24.0);
            ui.label(
                RichText::new(t("app-title"))
                    .size(40.0)
                    .strong()
                    .color(ACCENT),
            );
            ui.label(RichText::new(t("menu-subtitle")).size(18.0));
            ui.add_space(16.0);
        });
        ui.columns(2, |cols| {
            let ui = &mut cols[0];
            ui.heading(t("menu-language"));
            for code in data.0.languages() {
                let name = data.t(&code, "language-name");
                if ui.selectable_label(settings.lang == code, name).clicked() {
                    settings.lang = code.clone();
                }
            }
            ui.add_space(12.0);
            ui.heading(t("menu-trainee"));
            ui.add(
                egui::TextEdit::singleline(&mut settings.trainee)
                    .hint_text(t("menu-trainee-hint"))
                    .desired_width(280.0),
            );
            ui.add_space(12.0);
            ui.heading(t("menu-mode"));
            ui.radio_value(&mut settings.mode, Mode::Practice, t("mode-practice"));
            ui.radio_value(&mut settings.mode, Mode::Assessment, t("mode-assessment"));

            let ui = &mut cols[1];
            ui.heading(t("menu-scenario"));
            for (id, loaded) in &data.0.scenarios {
                let s = &loaded.scenario;
                if !s.languages.contains(&lang) {
                    continue;
                }
                let selected = settings.scenario == *id;
                let frame = egui::Frame::group(ui.style()).fill(if selected {
                    egui::Color32::from_rgb(225, 236, 250)
                } else {
                    egui::Color32::WHITE
                });
                let response = frame
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(RichText::new(t(&s.title)).strong().size(18.0));
                        ui.label(t(&s.summary));
                        let minutes = data.t_args(
                            &lang,
                            "menu-duration",
                            &[("minutes", FluentValue::from((s.duration / 60.0).round()))],
                        );
                        ui.label(
                            RichText::new(format!(
                                "{} · {minutes}",
                                t(difficulty_key(s.difficulty))
                            ))
                            .italics(),
                        );
                    })
                    .response
                    .interact(egui::Sense::click());
                if response.clicked() {
                    settings.scenario = id.clone();
                }
            }
            ui.add_space(16.0);
            let begin = ui.add(
                egui::Button::new(RichText::new(t("menu-start")).size(20.0))
                    .fill(ACCENT.gamma_multiply(0.25)),
            );
            if begin.clicked() || start {
                next.set(Screen::Briefing);
            }
            if ui.button(t("menu-quit")).clicked() {
                exit.write(AppExit::Success);
            }
            ui.add_space(8.0);
            ui.label(RichText::new(t("menu-keys")).small());
        });
    });
    Ok(())
}
