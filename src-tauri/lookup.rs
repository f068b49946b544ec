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
