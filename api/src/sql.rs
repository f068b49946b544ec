//! Ids and dates in SQL columns, for any database sqlx speaks: stored as the
//! text they cross JSON as, and parsed again when read, so a row that was
//! tampered with is an error rather than an invalid value.

use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::{Database, Decode, Encode, Type};

use crate::dates::Date;
use crate::ids::{
    AddressId, ApplicationNumber, AuthorityId, BookingId, ConsultationId, DraftId, HallCode,
    ItemCode, MemberId, RatingId, TicketId, UploadId, Waybill,
};

macro_rules! as_text {
    ($($name:ty => $parse:expr),* $(,)?) => {$(
        impl<DB: Database> Type<DB> for $name
        where
            String: Type<DB>,
        {
            fn type_info() -> DB::TypeInfo {
                <String as Type<DB>>::type_info()
            }

            fn compatible(ty: &DB::TypeInfo) -> bool {
                <String as Type<DB>>::compatible(ty)
            }
        }

        impl<'q, DB: Database> Encode<'q, DB> for $name
        where
            String: Encode<'q, DB>,
        {
            fn encode_by_ref(
                &self,
                buf: &mut <DB as Database>::ArgumentBuffer<'q>,
            ) -> Result<IsNull, BoxDynError> {
                <String as Encode<'q, DB>>::encode(self.to_string(), buf)
            }
        }

        impl<'r, DB: Database> Decode<'r, DB> for $name
        where
            String: Decode<'r, DB>,
        {
            fn decode(value: <DB as Database>::ValueRef<'r>) -> Result<Self, BoxDynError> {
                let text = <String as Decode<'r, DB>>::decode(value)?;
                let parse: fn(&str) -> Result<$name, _> = $parse;
                Ok(parse(&text)?)
            }
        }
    )*};
}

as_text! {
    Date => Date::parse,
    ApplicationNumber => ApplicationNumber::parse,
    BookingId => BookingId::parse,
    DraftId => DraftId::parse,
    HallCode => HallCode::parse,
    ItemCode => ItemCode::parse,
    TicketId => TicketId::parse,
    UploadId => UploadId::parse,
    AddressId => AddressId::parse,
    RatingId => RatingId::parse,
    ConsultationId => ConsultationId::parse,
    Waybill => Waybill::parse,
    MemberId => MemberId::parse,
    AuthorityId => AuthorityId::parse,
}
