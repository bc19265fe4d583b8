//! The menu and briefing screens.

pub mod briefing;
pub mod menu;

use bevy::prelude::*;

/// The menu and briefing screens.
pub fn plugin(app: &mut App) {
    app.add_plugins((menu::plugin, briefing::plugin));
}
