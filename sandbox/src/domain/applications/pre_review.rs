//! Pre-review of the materials handed in with an application (材料预审): every
//! required material the applicant provides is there, each page is a finished
//! upload of the caller's not handed in before, each e-licence is one on file,
//! and the pages together weigh at most [`MAX_TOTAL_BYTES`].

use std::collections::{HashMap, HashSet};

use banshi_api::FieldError;
use banshi_api::applications::{SubmittedMaterial, material_field};
use banshi_api::catalog::{Material, MaterialSource, Necessity};
use banshi_api::ids::UploadId;

use crate::store::{Store, StoreError, UploadState};

/// The most the pages of one application may weigh together: 30 MB.
pub const MAX_TOTAL_BYTES: i64 = 30 * 1024 * 1024;

/// What the hall has of what a submission names.
struct OnFile {
    /// The caller's uploads by id; another user's are not there for them.
    uploads: HashMap<UploadId, UploadState>,
    /// The kinds of e-licence the applicant holds.
    licences: Vec<String>,
}

/// Every problem with the `submitted` materials of an item whose guide lists
/// `guide`, each on the field of its material, in the guide's order: the
/// pages are the `uploader`'s, the e-licences the `applicant`'s (the same
/// person unless a relative handles the matter).
pub async fn review(
    store: &dyn Store,
    (uploader, applicant): (i64, i64),
    acting_as: Option<&str>,
    guide: &[Material],
    submitted: &[SubmittedMaterial],
) -> Result<Vec<FieldError>, StoreError> {
    let mut uploads = HashMap::new();
    for id in submitted.iter().flat_map(|material| &material.uploads) {
        if let Some(upload) = store.upload(id.as_str(), uploader).await? {
            uploads.insert(id.clone(), upload);
        }
    }
    let licences = store.licence_kinds(applicant, acting_as).await?;
    Ok(problems(guide, submitted, &OnFile { uploads, licences }))
}

/// Whether the applicant must hand the material in: required, and not one the
/// hall fetches from the e-licence library itself.
fn is_owed(material: &Material) -> bool {
    material.necessity == Necessity::Required && material.source != MaterialSource::LicenceLibrary
}

fn problems(
    guide: &[Material],
    submitted: &[SubmittedMaterial],
    on_file: &OnFile,
) -> Vec<FieldError> {
    let mut problems: Vec<(u32, String)> = Vec::new();
    let mut counted = HashSet::new();
    let mut total = 0;
    let mut over = false;
    for entry in submitted {
        let index = entry.material;
        let Some(material) = usize::try_from(index).ok().and_then(|i| guide.get(i)) else {
            let number = u64::from(index) + 1;
            problems.push((index, format!("这个事项没有第 {number} 项材料")));
            continue;
        };
        let name = &material.name;
        for (page, id) in (1..).zip(&entry.uploads) {
            let problem = match on_file.uploads.get(id) {
                None => format!("“{name}”的第 {page} 页没有上传，请重新上传"),
                Some(upload) if upload.offset < upload.length => {
                    format!("“{name}”的第 {page} 页还没有上传完，请等上传完成后再提交")
                }
                Some(upload) if upload.linked => {
                    format!("“{name}”的第 {page} 页已随另一份申请提交，请重新上传")
                }
                Some(_) if !counted.insert(id) => format!("“{name}”的第 {page} 页重复了"),
                Some(upload) => {
                    total += upload.length;
                    if total <= MAX_TOTAL_BYTES || over {
                        continue;
                    }
                    over = true;
                    format!(
                        "材料合计超过 {} MB，请压缩“{name}”后再提交",
                        MAX_TOTAL_BYTES / 1024 / 1024
                    )
                }
            };
            problems.push((index, problem));
        }
        if let Some(kind) = &entry.licence
            && !on_file.licences.contains(kind)
        {
            problems.push((
                index,
                format!("没有找到您的电子证照“{kind}”，请上传“{name}”"),
            ));
        }
    }
    for (index, material) in (0..).zip(guide) {
        let handed_in = submitted.iter().any(|entry| {
            entry.material == index && (!entry.uploads.is_empty() || entry.licence.is_some())
        });
        if is_owed(material) && !handed_in {
            problems.push((index, format!("请上传“{}”", material.name)));
        }
    }
    problems.sort_by_key(|(index, _)| *index);
    problems
        .into_iter()
        .map(|(index, message)| FieldError {
            field: material_field(index),
            message,
        })
        .collect()
}
