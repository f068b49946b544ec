//! The command-line modes of the `banshi` executable that run the photo pipeline
//! without opening a window: `banshi prepare-photo IN OUT` and
//! `banshi prepare-photos IN_DIR OUT_DIR` (every file of `IN_DIR`, not recursing,
//! written as `OUT_DIR/<name>.jpg`). One line per file; the exit code is non-zero
//! if any file failed.

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use super::{Prepared, prepare};

const USAGE: &str =
    "usage: banshi prepare-photo IN OUT\n       banshi prepare-photos IN_DIR OUT_DIR";

/// Runs the subcommand named by `args` (the arguments after the program name), or
/// returns `None` when they name none of these, so the app starts as usual.
pub fn run(args: impl IntoIterator<Item = OsString>) -> Option<ExitCode> {
    let mut args = args.into_iter();
    let command = args.next()?;
    let operands: Vec<PathBuf> = args.map(PathBuf::from).collect();
    let run = match command.to_str()? {
        "prepare-photo" => one,
        "prepare-photos" => many,
        _ => return None,
    };
    Some(match operands.as_slice() {
        [input, output] => run(input, output),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    })
}

fn one(input: &Path, output: &Path) -> ExitCode {
    if report(input, output) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn many(input_dir: &Path, output_dir: &Path) -> ExitCode {
    let inputs = match files_in(input_dir) {
        Ok(inputs) => inputs,
        Err(error) => {
            eprintln!(
                "{}: failed to list the folder: {error}",
                input_dir.display()
            );
            return ExitCode::FAILURE;
        }
    };
    if let Err(error) = fs::create_dir_all(output_dir) {
        eprintln!(
            "{}: failed to create the folder: {error}",
            output_dir.display()
        );
        return ExitCode::FAILURE;
    }
    let failed = inputs
        .iter()
        .filter(|input| !report(input, &output_dir.join(output_name(input))))
        .count();
    println!("{} prepared, {failed} failed", inputs.len() - failed);
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Prepares one file and prints one line about it; true if it succeeded.
fn report(input: &Path, output: &Path) -> bool {
    let started = Instant::now();
    match prepare_file(input, output) {
        Ok(prepared) => {
            println!(
                "{} -> {}: {}x{}, {} KB, {} ms",
                input.display(),
                output.display(),
                prepared.width,
                prepared.height,
                prepared.jpeg.len().div_ceil(1024),
                started.elapsed().as_millis()
            );
            true
        }
        Err(error) => {
            println!("{}: FAILED: {error}", input.display());
            false
        }
    }
}

fn prepare_file(input: &Path, output: &Path) -> Result<Prepared, String> {
    let bytes = fs::read(input).map_err(|error| format!("failed to read the file: {error}"))?;
    let prepared = prepare(&bytes)
        .map_err(|error| format!("{error} (the user sees: {})", error.user_message()))?;
    fs::write(output, &prepared.jpeg)
        .map_err(|error| format!("failed to write {}: {error}", output.display()))?;
    Ok(prepared)
}

/// The regular files directly in `dir`, sorted by name.
fn files_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_file() {
            files.push(entry.path());
        }
    }
    files.sort();
    Ok(files)
}

/// `photo.HEIC` becomes `photo.jpg`: the output is always a JPEG.
fn output_name(input: &Path) -> OsString {
    let mut name = input.file_stem().unwrap_or(input.as_os_str()).to_owned();
    name.push(".jpg");
    name
}
