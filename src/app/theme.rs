//! Look and feel: egui style, colours, and helpers for laying out whole screens.

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, FontId, LayerId, TextFormat, Ui, UiBuilder, text::LayoutJob};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

/// The page's accent colour.
pub const ACCENT: Color32 = Color32::from_rgb(38, 110, 190);
/// Warning colour (waiting complaints, anger).
pub const WARN: Color32 = Color32::from_rgb(200, 70, 50);
/// Calm colour (answered, strengths).
pub const GOOD: Color32 = Color32::from_rgb(40, 140, 80);
/// Background of the brand's own replies.
pub const BRAND_BG: Color32 = Color32::from_rgb(228, 238, 250);
/// Background of highlighted evidence.
pub const HIGHLIGHT: Color32 = Color32::from_rgb(255, 226, 120);

/// Apply the egui style once.
pub fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, apply_style.run_if(run_once));
}

fn apply_style(mut contexts: EguiContexts) -> Result {
    let ctx = contexts.ctx_mut()?;
    ctx.set_visuals(egui::Visuals::light());
    ctx.global_style_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style
            .text_styles
            .insert(egui::TextStyle::Body, FontId::proportional(15.0));
        style
            .text_styles
            .insert(egui::TextStyle::Button, FontId::proportional(15.0));
        style
            .text_styles
            .insert(egui::TextStyle::Heading, FontId::proportional(24.0));
    });
    Ok(())
}

/// A `Ui` covering the whole window, for panels to be shown in.
pub fn root_ui(ctx: &egui::Context) -> Ui {
    Ui::new(
        ctx.clone(),
        "screen".into(),
        UiBuilder::new()
            .layer_id(LayerId::background())
            .max_rect(ctx.viewport_rect()),
    )
}

/// Text with character spans highlighted.
pub fn highlighted(text: &str, spans: &[(usize, usize)], size: f32) -> LayoutJob {
    let mut job = LayoutJob::default();
    let plain = TextFormat {
        font_id: FontId::proportional(size),
        color: Color32::from_gray(30),
        ..default()
    };
    let marked = TextFormat {
        background: HIGHLIGHT,
        ..plain.clone()
    };
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let inside = spans.iter().any(|&(s, e)| s <= i && i < e);
        let mut j = i;
        while j < chars.len() && spans.iter().any(|&(s, e)| s <= j && j < e) == inside {
            j += 1;
        }
        let piece: String = chars[i..j].iter().collect();
        job.append(
            &piece,
            0.0,
            if inside {
                marked.clone()
            } else {
                plain.clone()
            },
        );
        i = j;
    }
    job
}
