//! `cargo bench --bench photos`: the shell's photo pipeline (`banshi::photos::prepare`)
//! against `vipsthumbnail` with comparable settings (long side 2048, quality 80,
//! metadata stripped) on the real photos in `tests/fixtures/photos/{camera,gps}`:
//! time per photo, peak memory and output size, printed as a table.
//!
//! Memory is measured two ways. `heap` is the peak of the pipeline's Rust heap,
//! counted by this binary's global allocator (libjpeg's own mallocs are not in it).
//! `RSS` is the maximum resident set of a whole process that prepares the photo once
//! (this binary again, in a child), from `/usr/bin/time -f %M`, measured the same way
//! for `vipsthumbnail`. Times are medians; vipsthumbnail's include starting a process.

use std::alloc::{GlobalAlloc, Layout, System};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const PHOTOS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/photos");
const RUNS: usize = 5;
/// Set in the child process that prepares one photo for the RSS measurement.
const ONE_PHOTO: &str = "BANSHI_PHOTOS_BENCH_ONE";

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to the system allocator unchanged; only byte
// counts are kept on the side.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is passed on.
        let pointer = unsafe { System.alloc(layout) };
        if !pointer.is_null() {
            grew(layout.size());
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed on.
        unsafe { System.dealloc(pointer, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract is passed on.
        let moved = unsafe { System.realloc(pointer, layout, new_size) };
        if !moved.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            grew(new_size);
        }
        moved
    }
}

fn grew(bytes: usize) {
    let live = LIVE.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

struct Measured {
    time: Duration,
    heap: Option<usize>,
    rss_kb: Option<u64>,
    output: usize,
}

fn main() {
    if let Some(path) = std::env::var_os(ONE_PHOTO) {
        let bytes = std::fs::read(&path).expect("the photo is readable");
        banshi::photos::prepare(&bytes).expect("the photo is prepared");
        return;
    }
    let vips = Command::new("vipsthumbnail")
        .arg("--vips-version")
        .output()
        .is_ok();
    let scratch = tempfile::tempdir().expect("a temporary folder");
    println!(
        "{:<24} {:>5} | {:<33} | {:<33}",
        "photo", "MP", "banshi::photos::prepare", "vipsthumbnail"
    );
    println!(
        "{:<24} {:>5} | {:>7} {:>7} {:>7} {:>8} | {:>7} {:>7} {:>7} {:>8}",
        "", "", "ms", "heap MB", "RSS MB", "out KB", "ms", "heap MB", "RSS MB", "out KB"
    );
    for photo in photos() {
        let bytes = std::fs::read(&photo).expect("the photo is readable");
        let ours = pipeline(&photo, &bytes);
        let theirs = vips.then(|| vipsthumbnail(&photo, scratch.path()));
        println!(
            "{:<24} {:>5.1} | {} | {}",
            photo.file_name().and_then(OsStr::to_str).unwrap_or("?"),
            megapixels(&bytes),
            columns(&ours),
            theirs.as_ref().map_or("not installed".into(), columns),
        );
    }
    if vips {
        let started = Instant::now();
        let _ = Command::new("vipsthumbnail").arg("--vips-version").output();
        println!(
            "vipsthumbnail's process start alone (--vips-version): {} ms",
            started.elapsed().as_millis()
        );
    }
}

fn photos() -> Vec<PathBuf> {
    let mut photos: Vec<PathBuf> = ["camera", "gps"]
        .iter()
        .flat_map(|folder| std::fs::read_dir(Path::new(PHOTOS).join(folder)).expect("test photos"))
        .map(|entry| entry.expect("a folder entry").path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "jpg"))
        .collect();
    photos.sort();
    photos
}

fn pipeline(photo: &Path, bytes: &[u8]) -> Measured {
    let prepare = || banshi::photos::prepare(bytes).expect("the photo is prepared");
    prepare(); // warm-up: page in code and tables
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let output = prepare().jpeg.len();
    let heap = PEAK.load(Ordering::Relaxed) - before;
    let time = median(|| {
        prepare();
    });
    let exe = std::env::current_exe().expect("this binary's path");
    let rss_kb = max_rss_kb(Command::new(exe).env(ONE_PHOTO, photo));
    Measured {
        time,
        heap: Some(heap),
        rss_kb,
        output,
    }
}

fn vipsthumbnail(photo: &Path, scratch: &Path) -> Measured {
    let output = scratch.join("vips.jpg");
    let command = || {
        let mut command = Command::new("vipsthumbnail");
        command
            .arg(photo)
            .args(["--size", "2048x2048>", "-o"])
            .arg(format!("{}[Q=80,strip]", output.display()));
        command
    };
    let time = median(|| {
        let status = command().status().expect("vipsthumbnail runs");
        assert!(
            status.success(),
            "vipsthumbnail failed on {}",
            photo.display()
        );
    });
    let rss_kb = max_rss_kb(&mut command());
    Measured {
        time,
        heap: None,
        rss_kb,
        output: std::fs::metadata(&output).map_or(0, |metadata| metadata.len() as usize),
    }
}

fn median(mut run: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let started = Instant::now();
            run();
            started.elapsed()
        })
        .collect();
    times.sort();
    times[RUNS / 2]
}

/// The maximum resident set of `command` in KB, from GNU time; `None` without it.
fn max_rss_kb(command: &mut Command) -> Option<u64> {
    let mut timed = Command::new("/usr/bin/time");
    timed
        .args(["-f", "%M"])
        .arg(command.get_program())
        .args(command.get_args());
    for (key, value) in command.get_envs() {
        if let Some(value) = value {
            timed.env(key, value);
        }
    }
    let output = timed.output().ok()?;
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .last()?
        .trim()
        .parse()
        .ok()
}

fn columns(measured: &Measured) -> String {
    let megabytes =
        |bytes: Option<f64>| bytes.map_or("-".into(), |bytes| format!("{:.1}", bytes / 1e6));
    format!(
        "{:>7.1} {:>7} {:>7} {:>8}",
        measured.time.as_secs_f64() * 1e3,
        megabytes(measured.heap.map(|heap| heap as f64)),
        megabytes(measured.rss_kb.map(|kb| kb as f64 * 1024.0)),
        measured.output.div_ceil(1024),
    )
}

fn megapixels(jpeg: &[u8]) -> f64 {
    mozjpeg::Decompress::new_mem(jpeg).map_or(0.0, |header| {
        let (width, height) = header.size();
        (width * height) as f64 / 1e6
    })
}
