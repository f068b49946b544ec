//! Writing the hall's CSV of an enterprise's matters to a file as it streams
//! in: into a hidden part file first, renamed into place once whole, so a
//! broken download never leaves a file that looks complete.

use std::path::{Path, PathBuf};

use banshi_api::enterprises::MattersExport;
use tokio::io::AsyncWriteExt;

use crate::ShellError;

/// Streams `response`'s body into `dir` under the name the hall gives (or
/// the enterprise's credit code), never over an existing file.
pub async fn save(
    mut response: reqwest::Response,
    uscc: &str,
    dir: &Path,
) -> Result<MattersExport, ShellError> {
    const ACTION: &str = "export the enterprise's matters";
    let name = response
        .headers()
        .get(reqwest::header::CONTENT_DISPOSITION)
        .and_then(|value| value.to_str().ok())
        .and_then(file_name)
        .unwrap_or_else(|| format!("{uscc}.csv"));
    let saving = |path: &Path| {
        let path = path.to_owned();
        move |source| ShellError::Saving { path, source }
    };
    tokio::fs::create_dir_all(dir).await.map_err(saving(dir))?;
    let part = dir.join(format!(".{name}.part"));
    let mut file = tokio::fs::File::create(&part)
        .await
        .map_err(saving(&part))?;
    let mut lines = Lines::default();
    let written = async {
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|source| ShellError::Network {
                action: ACTION,
                source,
            })?
        {
            lines.feed(&chunk);
            file.write_all(&chunk).await.map_err(saving(&part))?;
        }
        file.sync_all().await.map_err(saving(&part))
    };
    if let Err(error) = written.await {
        let _ = tokio::fs::remove_file(&part).await;
        return Err(error);
    }
    let path = free_path(dir, &name).await;
    tokio::fs::rename(&part, &path)
        .await
        .map_err(saving(&path))?;
    Ok(MattersExport {
        path: path.display().to_string(),
        rows: lines.count.saturating_sub(1),
    })
}

/// The file name of a `Content-Disposition` header's `filename*=UTF-8''…`,
/// if it is a plain name (no folders, not hidden).
fn file_name(header: &str) -> Option<String> {
    let encoded = header.split(';').find_map(|part| {
        part.trim()
            .strip_prefix("filename*=UTF-8''")
            .or_else(|| part.trim().strip_prefix("filename*=utf-8''"))
    })?;
    let name = percent_encoding::percent_decode_str(encoded)
        .decode_utf8()
        .ok()?
        .into_owned();
    let plain = !name.is_empty()
        && !name.starts_with('.')
        && !name.contains(['/', '\\', '\0'])
        && name.ends_with(".csv");
    plain.then_some(name)
}

/// `dir/name`, or `dir/name (2).csv`, … for the first that does not exist.
async fn free_path(dir: &Path, name: &str) -> PathBuf {
    let stem = name.strip_suffix(".csv").unwrap_or(name);
    let mut path = dir.join(name);
    let mut copy = 2;
    while tokio::fs::try_exists(&path).await.unwrap_or(false) {
        path = dir.join(format!("{stem} ({copy}).csv"));
        copy += 1;
    }
    path
}

/// Counts a CSV's records as its bytes go by: line ends outside quotes.
#[derive(Default)]
struct Lines {
    count: u64,
    quoted: bool,
}

impl Lines {
    fn feed(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            match byte {
                b'"' => self.quoted = !self.quoted,
                b'\n' if !self.quoted => self.count += 1,
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Lines, file_name};

    #[test]
    fn the_halls_file_name_is_used_only_when_plain() {
        assert_eq!(
            file_name("attachment; filename*=UTF-8''91-%E5%8A%9E%E4%BB%B6.csv").as_deref(),
            Some("91-办件.csv")
        );
        for bad in [
            "attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd.csv",
            "attachment; filename*=UTF-8''.hidden.csv",
            "attachment; filename*=UTF-8''report.exe",
            "attachment",
        ] {
            assert_eq!(file_name(bad), None, "{bad} must not name the file");
        }
    }

    #[test]
    fn records_are_counted_by_line_ends_outside_quotes_across_chunks() {
        let mut lines = Lines::default();
        for chunk in ["a,b\n1,\"x\ny\"", "\n2,\"\"\"q\"\"\"\n"] {
            lines.feed(chunk.as_bytes());
        }
        assert_eq!(lines.count, 3);
    }
}
