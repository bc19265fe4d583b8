//! The briefing: the situation, the facts the trainee can rely on, and the rules checked.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::app::theme::{ACCENT, root_ui};
use crate::app::{Data, Screen, Settings};

/// The briefing screen.
pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        briefing.run_if(in_state(Screen::Briefing)),
    );
}

fn briefing(
    mut contexts: EguiContexts,
    data: Res<Data>,
    settings: Res<Settings>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let lang = settings.lang.as_str();
    let t = |key: &str| data.t(lang, key);
    let Some(loaded) = data.0.scenarios.get(&settings.scenario) else {
        next.set(Screen::Menu);
        return Ok(());
    };
    let s = &loaded.scenario;
    let (begin_key, back_key) = ctx.input(|i| {
        (
            i.key_pressed(egui::Key::Enter),
            i.key_pressed(egui::Key::Escape),
        )
    });
    let mut root = root_ui(ctx);
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.set_max_width(900.0);
            ui.label(RichText::new(t("briefing-title")).size(16.0).color(ACCENT));
            ui.label(RichText::new(t(&s.title)).size(32.0).strong());
            ui.label(
                RichText::new(format!("{} · @{}", t(&s.brand.name), s.brand.handle)).italics(),
            );
            ui.add_space(8.0);
            for key in &s.briefing {
                ui.label(RichText::new(t(key)).size(17.0));
                ui.add_space(6.0);
            }
            if !s.facts.is_empty() {
                ui.add_space(8.0);
                ui.heading(t("briefing-facts"));
                for fact in &s.facts {
                    ui.label(format!("• {}", t(&fact.text)));
                }
            }
            ui.add_space(8.0);
            ui.heading(t("briefing-rules"));
            for rule in &s.rules {
                ui.label(format!("{rule} — {}", t(&format!("rule-{rule}"))));
            }
            ui.add_space(16.0);
            ui.horizontal(|ui| {
                let begin = ui.add(
                    egui::Button::new(RichText::new(t("briefing-begin")).size(20.0))
                        .fill(ACCENT.gamma_multiply(0.25)),
                );
                if begin.clicked() || begin_key {
                    next.set(Screen::Drill);
                }
                if ui.button(t("briefing-back")).clicked() || back_key {
                    next.set(Screen::Menu);
                }
            });
        });
    });
    Ok(())
}
