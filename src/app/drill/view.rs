//! The drill screen: the brand's page with its threads, the composer, private channels,
//! the crisis committee, scheduled posts, the inbox, the clock and the meters.

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use fluent_bundle::FluentValue;

use super::{Session, Target};
use crate::app::theme::{ACCENT, BRAND_BG, GOOD, WARN, highlighted, root_ui};
use crate::app::{Data, Mode, Screen, Settings};
use crate::engine::action::{Action, Channel};
use crate::engine::analysis::Judgement;
use crate::engine::debrief::clock;
use crate::engine::drill::{BRAND, Post, PostStatus, PostText, ScheduledStatus};
use crate::engine::scenario::{PostKind, Role};

/// Draw the drill screen.
pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        drill_screen.run_if(in_state(Screen::Drill).and_then(resource_exists::<Session>)),
    );
}

/// Words shown for one language.
struct Words<'a> {
    data: &'a Data,
    lang: &'a str,
}

impl Words<'_> {
    fn t(&self, key: &str) -> String {
        self.data.t(self.lang, key)
    }

    fn t1(&self, key: &str, name: &str, value: impl Into<FluentValue<'static>>) -> String {
        self.data.t_args(self.lang, key, &[(name, value.into())])
    }
}

fn drill_screen(
    mut contexts: EguiContexts,
    data: Res<Data>,
    settings: Res<Settings>,
    mut session: ResMut<Session>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let w = Words {
        data: &data,
        lang: &settings.lang,
    };
    keyboard(ctx, &mut session);
    let mut root = root_ui(ctx);
    top_bar(&mut root, &w, &mut session);
    egui::Panel::right("side")
        .default_size(400.0)
        .resizable(true)
        .show(&mut root, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| side_panel(ui, &w, &settings, &mut session));
        });
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| feed(ui, &w, &mut session));
    });
    Ok(())
}

fn keyboard(ctx: &egui::Context, session: &mut Session) {
    let typing = ctx.memory(|m| m.focused().is_some());
    let (space, send, escape, function) = ctx.input(|i| {
        let f = [
            egui::Key::F1,
            egui::Key::F2,
            egui::Key::F3,
            egui::Key::F4,
            egui::Key::F5,
            egui::Key::F6,
            egui::Key::F7,
            egui::Key::F8,
            egui::Key::F9,
        ]
        .iter()
        .position(|k| i.key_pressed(*k));
        (
            i.key_pressed(egui::Key::Space),
            i.key_pressed(egui::Key::Enter) && i.modifiers.command,
            i.key_pressed(egui::Key::Escape),
            f,
        )
    });
    if space && !typing || escape {
        session.paused = !session.paused;
    }
    if let Some(n) = function
        && let Some(post) = answerable(session).get(n)
    {
        session.target = Target::Post(post.id.clone());
        ctx.memory_mut(|m| m.request_focus(egui::Id::new("composer")));
    }
    if send {
        send_draft(session, true);
    }
}

/// Posts the trainee can act on, numbered for F1..F9.
fn answerable(session: &Session) -> Vec<&Post> {
    session
        .drill
        .posts()
        .iter()
        .filter(|p| {
            p.author != BRAND && p.kind != PostKind::Internal && p.status != PostStatus::Deleted
        })
        .collect()
}

fn send_draft(session: &mut Session, public: bool) {
    let text = session.draft.trim().to_owned();
    if text.is_empty() {
        return;
    }
    let action = match (&session.target, public) {
        (Target::Post(post), true) => Action::Reply {
            to: post.clone(),
            text,
        },
        (Target::Post(post), false) => match session.drill.post(post) {
            Some(p) => Action::Message {
                to: p.author.clone(),
                text,
            },
            None => return,
        },
        (Target::Person(user), _) => Action::Message {
            to: user.clone(),
            text,
        },
        (Target::None, _) => return,
    };
    session.act(action);
    if session.notice.is_none() {
        session.draft.clear();
    }
}

fn name_of(w: &Words, session: &Session, author: &str) -> String {
    if author == BRAND {
        return w.t(&session.drill.scenario().brand.name);
    }
    session
        .drill
        .scenario()
        .person(author)
        .map_or_else(|| author.to_owned(), |p| w.t(&p.name))
}

fn top_bar(root: &mut egui::Ui, w: &Words, session: &mut Session) {
    let scenario = session.drill.scenario().clone();
    egui::Panel::top("top").show(root, |ui| {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(w.t(&scenario.brand.name))
                    .size(22.0)
                    .strong()
                    .color(ACCENT),
            );
            ui.label(format!("@{}", scenario.brand.handle));
            ui.label(
                RichText::new(w.t1("drill-followers", "count", scenario.brand.followers)).weak(),
            );
            ui.separator();
            let left = session
                .drill
                .duration_ms()
                .saturating_sub(session.drill.now_ms()) as f64
                / 1000.0;
            let clock_text = w.t1("drill-clock", "left", clock(left));
            ui.label(RichText::new(clock_text).size(20.0).monospace().strong());
            if session.paused {
                ui.label(RichText::new(w.t("drill-paused")).color(WARN).strong());
            }
            ui.separator();
            let meters = session.drill.meters();
            ui.label(w.t("drill-reach"));
            ui.label(
                RichText::new(w.t1("drill-reach-value", "reach", meters.reach.round())).strong(),
            );
            ui.label(w.t("drill-anger"));
            let anger = (meters.anger / 100.0) as f32;
            let colour = Color32::from_rgb(
                (120.0 + 135.0 * anger) as u8,
                (160.0 * (1.0 - anger)) as u8 + 40,
                60,
            );
            ui.add(
                egui::ProgressBar::new(anger)
                    .desired_width(160.0)
                    .fill(colour)
                    .text(format!("{:.0}", meters.anger)),
            );
        });
        ui.horizontal(|ui| {
            let label = if session.paused {
                w.t("drill-resume")
            } else {
                w.t("drill-pause")
            };
            if ui.button(label).clicked() {
                session.paused = !session.paused;
            }
            for speed in [1.0, 2.0, 4.0] {
                if ui
                    .selectable_label(session.speed == speed, w.t1("drill-speed", "speed", speed))
                    .clicked()
                {
                    session.speed = speed;
                }
            }
            if ui.button(w.t("drill-finish")).clicked() {
                session.drill.finish();
                session.sync();
            }
            ui.separator();
            ui.label(RichText::new(w.t("drill-keys")).small().weak());
        });
    });
}

fn post_text(w: &Words, post: &Post) -> String {
    match &post.text {
        PostText::Key(k) => w.t(k),
        PostText::Free(t) => t.clone(),
    }
}

fn feed(ui: &mut egui::Ui, w: &Words, session: &mut Session) {
    let numbers: Vec<String> = answerable(session).iter().map(|p| p.id.clone()).collect();
    let top: Vec<Post> = session
        .drill
        .posts()
        .iter()
        .filter(|p| p.parent.is_none() && p.kind != PostKind::Internal)
        .rev()
        .cloned()
        .collect();
    for post in top {
        egui::Frame::group(ui.style())
            .fill(Color32::WHITE)
            .inner_margin(10.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                post_card(ui, w, session, &post, &numbers, false);
                let comments: Vec<Post> = session
                    .drill
                    .posts()
                    .iter()
                    .filter(|c| c.parent.as_deref() == Some(&post.id))
                    .cloned()
                    .collect();
                for comment in comments {
                    ui.horizontal(|ui| {
                        ui.add_space(28.0);
                        let fill = if comment.author == BRAND {
                            BRAND_BG
                        } else {
                            Color32::from_gray(245)
                        };
                        egui::Frame::new()
                            .fill(fill)
                            .corner_radius(8.0)
                            .inner_margin(8.0)
                            .show(ui, |ui| {
                                ui.vertical(|ui| {
                                    ui.set_width(ui.available_width());
                                    post_card(ui, w, session, &comment, &numbers, true);
                                });
                            });
                    });
                }
            });
        ui.add_space(8.0);
    }
}

fn post_card(
    ui: &mut egui::Ui,
    w: &Words,
    session: &mut Session,
    post: &Post,
    numbers: &[String],
    comment: bool,
) {
    let now = session.drill.now_ms();
    ui.horizontal_wrapped(|ui| {
        if let Some(n) = numbers
            .iter()
            .position(|id| *id == post.id)
            .filter(|n| *n < 9)
        {
            ui.label(
                RichText::new(format!("F{}", n + 1))
                    .monospace()
                    .small()
                    .color(ACCENT),
            );
        }
        ui.label(RichText::new(name_of(w, session, &post.author)).strong());
        let age = clock(now.saturating_sub(post.at_ms) as f64 / 1000.0);
        ui.label(RichText::new(w.t1("drill-ago", "time", age)).weak().small());
        if session.drill.blocked().contains(&post.author) {
            ui.label(
                RichText::new(w.t("drill-blocked-label"))
                    .color(WARN)
                    .small(),
            );
        }
        match post.status {
            PostStatus::Hidden => {
                ui.label(RichText::new(w.t("drill-hidden-label")).color(WARN).small());
            }
            PostStatus::Deleted => {
                ui.label(
                    RichText::new(w.t("drill-deleted-label"))
                        .color(WARN)
                        .small(),
                );
            }
            PostStatus::Visible => {}
        }
        if let Some(waited) = session.drill.waiting_ms(post) {
            ui.label(
                RichText::new(w.t1("drill-waiting", "time", clock(waited as f64 / 1000.0)))
                    .color(WARN)
                    .strong(),
            );
        } else if post.kind.needs_answer() && post.answered_ms.is_some() {
            ui.label(RichText::new(w.t("drill-answered")).color(GOOD).small());
        }
    });
    let size = if comment { 15.0 } else { 17.0 };
    let text = if post.status == PostStatus::Deleted {
        String::from("—")
    } else {
        post_text(w, post)
    };
    ui.label(RichText::new(text).size(size));
    if post.likes > 0 {
        ui.label(
            RichText::new(w.t1("drill-likes", "count", post.likes))
                .weak()
                .small(),
        );
    }
    if post.author == BRAND || post.status == PostStatus::Deleted {
        return;
    }
    ui.horizontal(|ui| {
        let selected = session.target == Target::Post(post.id.clone());
        if ui.selectable_label(selected, w.t("drill-reply")).clicked() {
            session.target = Target::Post(post.id.clone());
            ui.memory_mut(|m| m.request_focus(egui::Id::new("composer")));
        }
        if post.status == PostStatus::Visible && ui.small_button(w.t("drill-hide")).clicked() {
            session.act(Action::Hide {
                post: post.id.clone(),
            });
        }
        if ui.small_button(w.t("drill-delete")).clicked() {
            session.act(Action::Delete {
                post: post.id.clone(),
            });
        }
        if !session.drill.blocked().contains(&post.author)
            && ui.small_button(w.t("drill-block")).clicked()
        {
            session.act(Action::Block {
                user: post.author.clone(),
            });
        }
    });
}

fn side_panel(ui: &mut egui::Ui, w: &Words, settings: &Settings, session: &mut Session) {
    ui.heading(w.t("drill-composer"));
    let target_name = match &session.target {
        Target::Post(id) => session
            .drill
            .post(id)
            .map(|p| name_of(w, session, &p.author)),
        Target::Person(user) => Some(name_of(w, session, user)),
        Target::None => None,
    };
    match &target_name {
        Some(name) => {
            ui.label(RichText::new(w.t1("drill-composer-to", "name", name.clone())).strong())
        }
        None => ui.label(RichText::new(w.t("drill-composer-none")).italics()),
    };
    ui.add(
        egui::TextEdit::multiline(&mut session.draft)
            .id(egui::Id::new("composer"))
            .hint_text(w.t("drill-composer-hint"))
            .desired_rows(5)
            .desired_width(f32::INFINITY),
    );
    if settings.mode == Mode::Practice && !session.draft.trim().is_empty() {
        hint(ui, w, session);
    }
    ui.horizontal(|ui| {
        let can_public = matches!(session.target, Target::Post(_));
        if ui
            .add_enabled(can_public, egui::Button::new(w.t("drill-send-public")))
            .clicked()
        {
            send_draft(session, true);
        }
        if ui
            .add_enabled(
                session.target != Target::None,
                egui::Button::new(w.t("drill-send-private")),
            )
            .clicked()
        {
            send_draft(session, false);
        }
    });
    if let Some(reason) = &session.notice {
        ui.label(RichText::new(w.t1("drill-rejected", "reason", w.t(reason))).color(WARN));
    }
    ui.separator();
    people(ui, w, session);
    ui.separator();
    ui.heading(w.t("drill-escalate"));
    ui.add(
        egui::TextEdit::singleline(&mut session.escalation_note)
            .hint_text(w.t("drill-escalate-hint"))
            .desired_width(f32::INFINITY),
    );
    if ui.button(w.t("drill-escalate")).clicked() {
        let note = session.escalation_note.trim().to_owned();
        session.act(Action::Escalate { note });
    }
    ui.separator();
    scheduled(ui, w, session);
    ui.separator();
    inbox(ui, w, session);
}

fn hint(ui: &mut egui::Ui, w: &Words, session: &Session) {
    let analysis = session.drill.analyser().analyse(&session.draft);
    let chars: Vec<char> = session.draft.chars().collect();
    let quote = |j: Judgement| {
        let pieces: Vec<String> = analysis
            .spans(j)
            .iter()
            .map(|&(s, e)| chars[s..e].iter().collect())
            .collect();
        pieces.join(" … ")
    };
    let (text, colour) = if analysis.hostile {
        (
            w.t1("hint-hostile", "words", quote(Judgement::Hostile)),
            WARN,
        )
    } else if analysis.blame {
        (w.t1("hint-blame", "words", quote(Judgement::Blame)), WARN)
    } else if analysis.stock_apology && !analysis.specifics {
        (w.t("hint-canned"), WARN)
    } else if !analysis.empathy {
        (w.t("hint-no-empathy"), ACCENT)
    } else if !analysis.specifics {
        (w.t("hint-no-specifics"), ACCENT)
    } else {
        (w.t("hint-good"), GOOD)
    };
    egui::Frame::new()
        .fill(colour.gamma_multiply(0.12))
        .corner_radius(6.0)
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.label(RichText::new(w.t("drill-hint-title")).small().strong());
            let spans: Vec<(usize, usize)> = analysis
                .evidence
                .iter()
                .filter(|e| matches!(e.skill, Judgement::Hostile | Judgement::Blame))
                .map(|e| (e.start, e.end))
                .collect();
            ui.label(text);
            if !spans.is_empty() {
                ui.label(highlighted(&session.draft, &spans, 13.0));
            }
        });
}

fn people(ui: &mut egui::Ui, w: &Words, session: &mut Session) {
    ui.heading(w.t("drill-people"));
    let scenario = session.drill.scenario().clone();
    let present: Vec<String> = scenario
        .people
        .iter()
        .filter(|p| {
            p.role != Role::Colleague
                && session.drill.posts().iter().any(|post| post.author == p.id)
        })
        .map(|p| p.id.clone())
        .collect();
    ui.add(
        egui::TextEdit::singleline(&mut session.compensation)
            .hint_text(w.t("drill-compensate-hint"))
            .desired_width(f32::INFINITY),
    );
    for user in present {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(name_of(w, session, &user)).strong());
            if ui
                .small_button(w.t1("drill-message-to", "name", name_of(w, session, &user)))
                .clicked()
            {
                session.target = Target::Person(user.clone());
                ui.memory_mut(|m| m.request_focus(egui::Id::new("composer")));
            }
            if ui.small_button(w.t("drill-move-phone")).clicked() {
                session.act(Action::MoveToChannel {
                    user: user.clone(),
                    channel: Channel::Phone,
                });
            }
            if ui.small_button(w.t("drill-move-email")).clicked() {
                session.act(Action::MoveToChannel {
                    user: user.clone(),
                    channel: Channel::Email,
                });
            }
            let what = session.compensation.trim().to_owned();
            if ui.small_button(w.t("drill-compensate-private")).clicked() {
                session.act(Action::OfferCompensation {
                    to: user.clone(),
                    channel: Channel::Private,
                    what: what.clone(),
                });
            }
            if ui.small_button(w.t("drill-compensate-public")).clicked() {
                session.act(Action::OfferCompensation {
                    to: user.clone(),
                    channel: Channel::Public,
                    what,
                });
            }
        });
    }
}

fn scheduled(ui: &mut egui::Ui, w: &Words, session: &mut Session) {
    ui.heading(w.t("drill-scheduled"));
    let mut any_pending = false;
    for (post, status) in session.drill.scheduled() {
        let state = match status {
            ScheduledStatus::Pending => {
                any_pending = true;
                w.t1("drill-scheduled-at", "time", clock(post.at))
            }
            ScheduledStatus::Paused => w.t("drill-scheduled-paused"),
            ScheduledStatus::Published => w.t("drill-scheduled-published"),
        };
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(w.t(&post.text));
            ui.label(RichText::new(state).small().strong());
        });
    }
    if ui
        .add_enabled(any_pending, egui::Button::new(w.t("drill-pause-scheduled")))
        .clicked()
    {
        session.act(Action::PauseScheduled);
    }
}

fn inbox(ui: &mut egui::Ui, w: &Words, session: &Session) {
    ui.heading(w.t("drill-inbox"));
    let internal: Vec<&Post> = session
        .drill
        .posts()
        .iter()
        .filter(|p| p.kind == PostKind::Internal)
        .collect();
    let private: Vec<_> = session
        .drill
        .replies()
        .iter()
        .filter(|r| r.channel == Channel::Private)
        .collect();
    if internal.is_empty() && private.is_empty() {
        ui.label(RichText::new(w.t("drill-inbox-empty")).italics());
    }
    for post in internal {
        egui::Frame::group(ui.style())
            .fill(Color32::from_rgb(255, 250, 230))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(name_of(w, session, &post.author)).strong());
                ui.label(post_text(w, post));
            });
    }
    for reply in private {
        egui::Frame::group(ui.style())
            .fill(BRAND_BG)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    RichText::new(format!("→ {}", name_of(w, session, &reply.target))).strong(),
                );
                ui.label(&reply.text);
            });
    }
}
