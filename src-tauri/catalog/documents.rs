//! A guide's blank forms and samples, fetched from the hall to the device so the
//! system viewer can open (and the user print) them.

use std::path::{Path, PathBuf};

use banshi_api::ApiError;

use super::StoreError;
use crate::ShellError;
use crate::hall_api::HallClient;

/// Downloads the document at `link` (a path relative to the API base, as the
/// guide gives it) into `dir`, and returns where it was saved.
pub async fn save(client: &HallClient, dir: &Path, link: &str) -> Result<PathBuf, ShellError> {
    let file_name = file_name(link).ok_or_else(|| ShellError::Refused {
        action: "download a document",
        status: 400,
        error: ApiError::bad_request("这不是办事指南里的表格链接", Vec::new()),
    })?;
    let bytes = client.download("download a document", link).await?;
    let path = dir.join(file_name);
    let write = async {
        tokio::fs::create_dir_all(dir).await?;
        tokio::fs::write(&path, &bytes).await
    };
    write.await.map_err(|source| {
        ShellError::Catalog(StoreError::Io {
            action: "save",
            path: path.clone(),
            source,
        })
    })?;
    Ok(path)
}

/// `documents/000105001000/0/blank.pdf` → `000105001000-0-blank.pdf`; `None` for
/// anything that is not a plain document link (no other folders, no `..`).
fn file_name(link: &str) -> Option<String> {
    let rest = link.strip_prefix("documents/")?;
    let parts: Vec<&str> = rest.split('/').collect();
    let plain = |part: &&str| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_')
            && *part != ".."
    };
    (parts.len() == 3 && parts.iter().all(plain) && rest.ends_with(".pdf")).then(|| parts.join("-"))
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn only_plain_document_links_become_files() {
        assert_eq!(
            file_name("documents/000105001000/0/blank.pdf").as_deref(),
            Some("000105001000-0-blank.pdf")
        );
        for bad in [
            "documents/../../etc/passwd.pdf",
            "documents/a/b/c/d.pdf",
            "halls/a/b.pdf",
            "documents/a/0/x.exe",
            "documents/a/0/",
        ] {
            assert_eq!(file_name(bad), None, "{bad} must not become a file");
        }
    }
}
