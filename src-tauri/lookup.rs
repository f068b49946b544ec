//! The public lookup (办件查询): where an application stands, for anyone
//! holding its number and the applicant's name, without logging in. The
//! number is typed ([`banshi_api::ids::ApplicationNumber`]); a blank name is
//! refused on the device.

use banshi_api::FieldError;
use banshi_api::applications::LookupQuery;
use banshi_api::ipc::lookup::LookupAnswer;

use crate::ShellError;
use crate::context::Context;

/// Looks `query` up at the hall.
pub async fn lookup(ctx: &Context, query: LookupQuery) -> Result<LookupAnswer, ShellError> {
    let name = query.name.trim();
    if name.is_empty() {
        return Err(ShellError::invalid(
            "请填写申请人姓名或企业名称",
            FieldError {
                field: "name".into(),
                message: "请填写申请人姓名或企业名称".into(),
            },
        ));
    }
    let query = LookupQuery {
        name: name.to_owned(),
        ..query
    };
    ctx.client().await?.lookup(&query).await
}

#[cfg(test)]
mod tests {
    use banshi_api::ids::ApplicationNumber;
    use banshi_sandbox::demo_accounts::PEOPLE;

    use super::*;
    use crate::test_support::{api, device_folder, hall, sandbox_at};

    #[tokio::test]
    async fn a_lookup_finds_by_number_and_name_and_says_no_more_when_either_is_wrong() {
        let (server, device) = (tempfile::tempdir().unwrap(), device_folder());
        let (url, _stop) = sandbox_at(server.path(), "2026-11-23T10:00").await;
        let ctx = Context::new(api(&url, device.path()));
        let citizen = hall::token(&url, PEOPLE[0].mobile).await.unwrap();
        let number = hall::submit_marriage(&url, &citizen).await.unwrap().number;
        let ask = |number: &ApplicationNumber, name: &str| LookupQuery {
            number: number.clone(),
            name: name.into(),
        };

        let found = lookup(&ctx, ask(&number, " 张晓明 ")).await.unwrap();
        assert!(
            matches!(&found, LookupAnswer::Found(result) if result.item_name == "结婚登记"),
            "the name, trimmed, finds it: {found:?}"
        );
        let unknown = ApplicationNumber::parse("BZ20261123999999").unwrap();
        assert_eq!(
            lookup(&ctx, ask(&number, "李建国")).await.unwrap(),
            LookupAnswer::NotFound
        );
        assert_eq!(
            lookup(&ctx, ask(&unknown, "张晓明")).await.unwrap(),
            LookupAnswer::NotFound,
            "an unknown number answers as a wrong name does"
        );
        assert!(
            matches!(
                lookup(&ctx, ask(&number, "  ")).await,
                Err(ShellError::Invalid(_))
            ),
            "a blank name is refused on the device"
        );

        let mut answer = LookupAnswer::NotFound;
        for _ in 0..40 {
            answer = lookup(&ctx, ask(&number, "张晓明")).await.unwrap();
            if matches!(answer, LookupAnswer::TooMany { .. }) {
                break;
            }
        }
        assert!(
            matches!(answer, LookupAnswer::TooMany { retry_after } if retry_after > 0),
            "too many lookups say when to try again: {answer:?}"
        );
    }
}
