//! The real window under Xvfb with software Vulkan: `play --screenshots` saves three real
//! renders (not blank, not all alike).

use std::collections::HashSet;
use std::path::Path;
use std::process::Command;

use crate::common::{root, temp_dir};

fn decode(path: &Path) -> (u32, u32, Vec<u8>, usize) {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut pixels).expect("a frame");
    pixels.truncate(info.buffer_size());
    (info.width, info.height, pixels, info.color_type.samples())
}

#[test]
fn play_saves_three_real_screenshots_in_greek() {
    if std::env::var_os("CRISIS_DRILL_SKIP_WINDOW").is_some() {
        eprintln!("skipped: CRISIS_DRILL_SKIP_WINDOW is set");
        return;
    }
    let have_xvfb = Command::new("sh")
        .args(["-c", "command -v xvfb-run"])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        have_xvfb,
        "xvfb-run is missing: run the README's test command, which installs it"
    );
    let dir = temp_dir("screenshots");
    let status = Command::new("timeout")
        .args(["600", "xvfb-run", "-a", "-s", "-screen 0 1280x800x24"])
        .arg(env!("CARGO_BIN_EXE_crisis-drill"))
        .args([
            "play",
            "--scenario",
            "late-parcel",
            "--lang",
            "el",
            "--script",
            "tests/data/scripts/late-parcel/el/good.ron",
            "--speed",
            "20",
            "--screenshots",
        ])
        .arg(&dir)
        .env("WGPU_BACKEND", "vulkan")
        .current_dir(root())
        .status()
        .expect("the program starts");
    assert!(status.success(), "play exited with {status}");
    let mut seen = Vec::new();
    for name in ["briefing.png", "drill.png", "debrief.png"] {
        let (width, height, pixels, channels) = decode(&dir.join(name));
        assert!(width >= 800 && height >= 600, "{name}: {width}×{height}");
        let colours: HashSet<&[u8]> = pixels.chunks(channels).collect();
        assert!(
            colours.len() > 50,
            "{name}: only {} colours — blank?",
            colours.len()
        );
        let background = pixels.chunks(channels).next().expect("a pixel");
        let differing = pixels.chunks(channels).filter(|p| p != &background).count();
        assert!(
            differing * 50 > pixels.len() / channels,
            "{name}: almost everything is background"
        );
        seen.push(pixels);
    }
    assert!(
        seen[0] != seen[1] && seen[1] != seen[2],
        "the three screens look the same"
    );
    let journals = std::fs::read_dir(&dir)
        .expect("dir")
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "jsonl"))
        .count();
    assert_eq!(journals, 1, "the run was journalled");
}
