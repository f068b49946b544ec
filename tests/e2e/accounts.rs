//! Accounts in the real window: registering with the checks as you type, logging
//! out and in, acting for an enterprise (shown in the top bar on every page),
//! a wrong password told plainly, and a session the hall ended. The session lives in the test keychain
//! that `.ci/with-keyring` starts.

use banshi::accounts::Keychain;
use banshi::config;
use banshi::hall_api::{self, HallClient};
use banshi_sandbox::{Application, Settings};
use tokio::sync::oneshot;

use crate::files::files_containing;
use crate::world::{DESKTOP, PHONE, Step, World, check};
use banshi_sandbox::demo_accounts::DEMO_PASSWORD;

const PASSWORD: &str = "Wo#Ban2026shi";

/// The demo enterprise's legal representative, as the README lists them.
const REPRESENTATIVE: &str = "13900000002";
const ENTERPRISE: &str = "亳州市晓光药业科技有限公司";

#[tokio::test]
async fn registering_checks_each_field_then_logs_in() {
    let world = World::launch("register").await;
    let outcome: Step = async {
        world.resize(PHONE).await?;
        world
            .text_where("#identity", "offers to log in", |t| t == "登录")
            .await?;
        world.click("#identity").await?;
        world.click("#to-register").await?;
        world.type_into("#register-name", "周小雨").await?;
        // One digit wrong: the check digit no longer matches.
        world
            .type_into("#register-id", "440113201410050012")
            .await?;
        world.type_into("#register-mobile", "1371234567").await?;
        world.type_into("#register-password", "short").await?;
        world.click("#register-submit").await?;
        world
            .text_where("#register-id-problem", "names the check digit", |t| {
                t.contains("校验码")
            })
            .await?;
        world
            .text_where("#register-mobile-problem", "counts the digits", |t| {
                t == "手机号码应为 11 位数字，您输入了 10 位"
            })
            .await?;
        world
            .text_where("#register-password-problem", "says how long", |t| {
                t.contains("至少 8 位")
            })
            .await?;
        world.screenshot("phone-register-problems").await?;

        world
            .type_into("#register-id", "44011320141005001X")
            .await?;
        world.type_into("#register-mobile", "13712345678").await?;
        world.type_into("#register-password", PASSWORD).await?;
        let name = world.find("#register-name").await?;
        let kept = name.prop("value").await.map_err(|e| e.to_string())?;
        check(
            kept.as_deref() == Some("周小雨"),
            format!("what was typed stays while fixing other fields: {kept:?}"),
        )?;
        world.click("#register-submit").await?;
        world
            .text_where(
                "#register-code-sent",
                "names the number the code went to",
                |t| t.contains("137****5678"),
            )
            .await?;
        world.screenshot("phone-register-code").await?;
        world.type_into("#register-code", "12345").await?;
        world.click("#register-confirm-submit").await?;
        world
            .text_where("#register-code-problem", "asks for the six digits", |t| {
                t.contains("验证码")
            })
            .await?;
        let code = texted_code(&world)?;
        world.type_into("#register-code", &code).await?;
        world.click("#register-confirm-submit").await?;
        world
            .text_where("#profile-name", "shows the new account", |t| t == "周小雨")
            .await?;
        world
            .text_where("#profile-id", "masks the ID number", |t| {
                t == "4****************X"
            })
            .await?;
        world
            .text_where("#identity", "names the user in the top bar", |t| {
                t == "周小雨"
            })
            .await?;
        world
            .text_where(
                "#licences",
                "lists the ID card from the licence library",
                |t| t.contains("居民身份证"),
            )
            .await?;
        world.screenshot("phone-me-logged-in").await?;

        world.click("#log-out").await?;
        world.find("#logged-out").await?;
        world
            .text_where("#identity", "offers to log in again", |t| t == "登录")
            .await?;
        let log = std::fs::read_to_string(world.log_path()).unwrap_or_default();
        check(
            !log.contains(PASSWORD) && !log.contains("44011320141005001X"),
            "neither the password nor the ID number reaches the app's log",
        )?;
        Ok(())
    }
    .await;
    world.finish(outcome).await;
}

/// The registration code the embedded sandbox texted, from the app's log,
/// which is where the sandbox's SMS gateway delivers.
fn texted_code(world: &World) -> Step<String> {
    let log = std::fs::read_to_string(world.log_path()).map_err(|e| e.to_string())?;
    let line = log
        .lines()
        .rev()
        .find_map(|line| {
            line.split_once("SMS registration code sent")
                .map(|(_, rest)| rest)
        })
        .ok_or("the sandbox logged the registration code it texted")?;
    let digits: Vec<char> = line.chars().collect();
    digits
        .windows(6)
        .find(|run| run.iter().all(char::is_ascii_digit))
        .map(|run| run.iter().collect())
        .ok_or_else(|| format!("a six-digit code in the log line: {line}"))
}

#[tokio::test]
async fn a_legal_representative_acts_for_the_enterprise_everywhere() {
    let world = World::launch("act-for-enterprise").await;
    let outcome: Step = async {
        world.resize(DESKTOP).await?;
        world.log_in(REPRESENTATIVE, "Wrong#Pass1").await?;
        world
            .text_where("#login-problem", "says the password is wrong", |t| {
                t == "手机号码或密码不正确"
            })
            .await?;
        world.type_into("#login-password", DEMO_PASSWORD).await?;
        world.submit_login().await?;
        world
            .text_where("#profile-name", "shows the representative", |t| {
                t == "李建国"
            })
            .await?;
        world.click("#act-as-91341602MA2T8K3Q04").await?;
        world
            .text_where("#identity", "shows the enterprise in the top bar", |t| {
                t == ENTERPRISE
            })
            .await?;
        world
            .text_where("#licences", "lists the business licence", |t| {
                t.contains("营业执照") && t.contains("食品经营许可证")
            })
            .await?;
        world.screenshot("desktop-me-enterprise").await?;
        world.click_text(".top-nav .nav-link", "首页").await?;
        world.find(".hero-title").await?;
        world
            .text_where(
                "#identity",
                "still shows the enterprise on the home page",
                |t| t == ENTERPRISE,
            )
            .await?;
        world.resize(PHONE).await?;
        world
            .text_where("#identity", "and at phone size", |t| t == ENTERPRISE)
            .await?;
        world.screenshot("phone-home-enterprise").await?;

        world.click("#identity").await?;
        world.click("#act-as-myself").await?;
        world
            .text_where("#identity", "back to the person", |t| t == "李建国")
            .await?;
        world.click("#log-out").await?;
        world
            .text_where("#identity", "logged out", |t| t == "登录")
            .await?;
        Ok(())
    }
    .await;
    world.finish(outcome).await;
}

#[tokio::test]
async fn a_session_survives_a_restart_in_the_keychain() {
    let world = World::launch("session-restart").await;
    let outcome: Step = async {
        world.log_in(REPRESENTATIVE, DEMO_PASSWORD).await?;
        world.click("#act-as-91341602MA2T8K3Q04").await?;
        world
            .text_where("#identity", "acting for the enterprise", |t| {
                t == ENTERPRISE
            })
            .await?;
        Ok(())
    }
    .await;
    if outcome.is_err() {
        return world.finish(outcome).await;
    }
    let home = world.close().await;
    let world = World::relaunch("session-restart-again", home).await;
    let outcome: Step = async {
        world
            .text_where(
                "#identity",
                "still logged in and acting for the enterprise",
                |t| t == ENTERPRISE,
            )
            .await?;
        // Everything the app and its webview wrote: data, config, cache, storage.
        let home = world
            .data_dir()
            .parent()
            .map(ToOwned::to_owned)
            .unwrap_or_default();
        // The key the keychain entry's JSON holds the refresh token under.
        let holding = files_containing(&home, "\"refresh_token\":");
        check(
            holding.is_empty(),
            format!("the session is in the keychain, not in a file: {holding:?}"),
        )?;
        Ok(())
    }
    .await;
    world.finish(outcome).await;
}

#[tokio::test]
async fn a_session_ended_by_the_hall_asks_to_log_in_again_and_comes_back() {
    let sandbox_data = tempfile::tempdir().expect("sandbox data");
    let app = Application::build(&Settings::loopback(sandbox_data.path()))
        .await
        .expect("a sandbox the test can reach too");
    let api_url = app.api_url();
    let (stop, stopped) = oneshot::channel::<()>();
    tokio::spawn(app.run_until_stopped(async {
        let _ = stopped.await;
    }));
    let home = tempfile::tempdir().expect("a temporary home");
    let world = World::launch_against("session-ended", home, &api_url).await;
    let outcome: Step = async {
        world.log_in(REPRESENTATIVE, DEMO_PASSWORD).await?;
        world
            .text_where("#profile-name", "logged in", |t| t == "李建国")
            .await?;
        // The session is revoked behind the app's back, say from another device.
        let session = Keychain::for_profile(&world.data_dir())
            .load()
            .await
            .map_err(|e| format!("reading the test keychain: {e}"))?
            .ok_or("the keychain holds the session")?;
        hall_api::install_tls_provider();
        let url = config::parse_api_url(&api_url).map_err(|e| e.to_string())?;
        HallClient::new(url)
            .map_err(|e| e.to_string())?
            .log_out(&session.access_token)
            .await
            .map_err(|e| format!("revoking the session: {e}"))?;

        world.click_text(".nav-link", "首页").await?;
        world.click_text(".nav-link", "我的").await?;
        world
            .text_where("#session-banner", "says the session ended", |t| {
                t.contains("登录已失效")
            })
            .await?;
        world.find("#logged-out").await?;
        world.screenshot("desktop-session-ended").await?;
        world.click("#session-banner a").await?;
        world.find("#session-ended").await?;
        world.type_into("#login-mobile", REPRESENTATIVE).await?;
        world.type_into("#login-password", DEMO_PASSWORD).await?;
        world.click("#login-submit").await?;
        world
            .text_where("#profile-name", "back on 我的, logged in again", |t| {
                t == "李建国"
            })
            .await?;
        let banner = world
            .client
            .find_all(fantoccini::Locator::Css("#session-banner"))
            .await
            .map_err(|e| e.to_string())?;
        check(banner.is_empty(), "the banner is gone once logged in again")?;
        Ok(())
    }
    .await;
    let _ = stop.send(());
    world.finish(outcome).await;
}
