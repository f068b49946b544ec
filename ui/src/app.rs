//! The app: shared state, the frame around every page, and the routes.

use banshi_api::ApiError;
use banshi_api::halls::Hall;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::account::AccountState;
use crate::catalog_copy::CatalogCopy;
use crate::commands;
use crate::components::frame::Frame;
use crate::pages;
use crate::preferences::Preferences;
use crate::saved::Saved;

/// The halls, loaded once for the switcher and every page that shows them.
#[derive(Clone, Copy)]
pub struct Halls(pub LocalResource<Result<Vec<Hall>, ApiError>>);

/// The app's halls from the context.
pub fn use_halls() -> Halls {
    expect_context::<Halls>()
}

#[component]
pub fn App() -> impl IntoView {
    Preferences::provide();
    Saved::provide();
    AccountState::provide();
    let copy = CatalogCopy::provide();
    // Reloaded when the catalog copy changes: the shell answers from the copy.
    provide_context(Halls(LocalResource::new(move || {
        copy.status.track();
        commands::halls_list()
    })));

    view! {
        <Router>
            <Frame>
                <Routes fallback=pages::not_found::NotFoundPage>
                    <Route path=path!("/") view=pages::home::HomePage />
                    <Route path=path!("/items") view=pages::catalog::CatalogPage />
                    <Route path=path!("/items/:code") view=pages::catalog::GuidePage />
                    <Route path=path!("/browse") view=pages::catalog::BrowsePage />
                    <Route path=path!("/bookings") view=pages::bookings::BookingsPage />
                    <Route path=path!("/bookings/new/:code") view=pages::bookings::NewBookingPage />
                    <Route path=path!("/bookings/:id") view=pages::bookings::BookingPage />
                    <Route path=path!("/bookings/:id/reschedule") view=pages::bookings::ReschedulePage />
                    <Route path=path!("/queue") view=pages::bookings::QueuePage />
                    <Route path=path!("/me") view=pages::me::MePage />
                    <Route path=path!("/login") view=pages::account::LoginPage />
                    <Route path=path!("/apply/:code") view=pages::apply::ApplyPage />
                    <Route path=path!("/register") view=pages::account::RegisterPage />
                </Routes>
            </Frame>
        </Router>
    }
}
