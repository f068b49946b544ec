//! The app: the shared state it provides, the frame around every page, and the routes.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::accounts::AccountState;
use crate::catalog_copy::CatalogCopy;
use crate::components::frame::Frame;
use crate::halls::Halls;
use crate::notifications::Bell;
use crate::pages;
use crate::preferences::Preferences;
use crate::saved::Saved;

#[component]
pub fn App() -> impl IntoView {
    Preferences::provide();
    Saved::provide();
    AccountState::provide();
    Bell::provide();
    Halls::provide(CatalogCopy::provide());

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
                    <Route path=path!("/queue") view=pages::queue::QueuePage />
                    <Route path=path!("/me") view=pages::me::MePage />
                    <Route path=path!("/me/addresses") view=pages::me::AddressesPage />
                    <Route path=path!("/login") view=pages::accounts::LoginPage />
                    <Route path=path!("/apply/:code") view=pages::applications::ApplyPage />
                    <Route path=path!("/applications/:number") view=pages::applications::ApplicationPage />
                    <Route path=path!("/register") view=pages::accounts::RegisterPage />
                    <Route path=path!("/notifications") view=pages::notifications::NotificationsPage />
                    <Route path=path!("/lookup") view=pages::lookup::LookupPage />
                    <Route path=path!("/ask") view=pages::consultations::AskPage />
                    <Route path=path!("/consultations/:id") view=pages::consultations::ConsultationPage />
                </Routes>
            </Frame>
        </Router>
    }
}
