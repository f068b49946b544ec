//! The world a journey runs in: a tauri-driver, the app it launches with its own
//! temporary data and webview folders, and the WebDriver session. Also the
//! finding, acting and checking steps the journeys are written in.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

/// How long a step waits for the app to show what it expects.
const PATIENCE: Duration = Duration::from_secs(30);

pub type Step<T = ()> = Result<T, String>;

/// Window sizes the journeys check: a phone and a desktop window.
pub const PHONE: (u32, u32) = (390, 844);
pub const DESKTOP: (u32, u32) = (1280, 860);

pub struct World {
    pub client: Client,
    driver: Driver,
    /// Holds the app's data, config and webview storage; removed at the end.
    home: tempfile::TempDir,
    name: &'static str,
    /// When the driver was asked to start the app: the start of a cold start.
    pub launched: Instant,
}

/// The tauri-driver a world started; dropping it (at the end of a journey,
/// or when launching fails half-way) kills it and every process below it —
/// WebKitWebDriver and the app — by the process ids it started.
struct Driver(Child);

impl Driver {
    /// Kills the driver and its descendants, the deepest first, with SIGKILL.
    fn kill_tree(&self) {
        let mut tree = vec![self.0.id()];
        let mut next = 0;
        while next < tree.len() {
            tree.extend(children_of(tree[next]));
            next += 1;
        }
        for pid in tree.iter().rev() {
            let _ = Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .stderr(Stdio::null())
                .status();
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        self.kill_tree();
        let _ = self.0.wait();
    }
}

/// The processes whose parent is `pid`, from `/proc`.
fn children_of(pid: u32) -> Vec<u32> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| entry.file_name().to_str()?.parse::<u32>().ok())
        .filter(|&child| {
            std::fs::read_to_string(format!("/proc/{child}/stat"))
                .ok()
                // The name in parentheses may hold spaces; the parent's pid is
                // the second field after it.
                .and_then(|stat| {
                    let (_, after_name) = stat.rsplit_once(')')?;
                    after_name.split_whitespace().nth(1)?.parse::<u32>().ok()
                })
                == Some(pid)
        })
        .collect()
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free loopback port")
}

fn artifacts_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e");
    std::fs::create_dir_all(&dir).expect("the e2e artifacts folder");
    dir
}

impl World {
    /// Starts tauri-driver and opens the app in a new session, its data in a fresh
    /// temporary folder.
    pub async fn launch(name: &'static str) -> World {
        let home = tempfile::tempdir().expect("a temporary home");
        Self::launch_in(name, home, None).await
    }

    /// Opens the app again over the data a previous world left (see [`World::close`]).
    pub async fn relaunch(name: &'static str, home: tempfile::TempDir) -> World {
        Self::launch_in(name, home, None).await
    }

    /// Opens the app against the hall API at `api_url` instead of the embedded sandbox.
    pub async fn launch_against(
        name: &'static str,
        home: tempfile::TempDir,
        api_url: &str,
    ) -> World {
        Self::launch_in(name, home, Some(api_url)).await
    }

    async fn launch_in(
        name: &'static str,
        home: tempfile::TempDir,
        api_url: Option<&str>,
    ) -> World {
        let launched = Instant::now();
        let (port, native_port) = (free_port(), free_port());
        let log = std::fs::File::create(artifacts_dir().join(format!("{name}.log")))
            .expect("the journey's log file");
        let data = home.path();
        let mut driver = Command::new("tauri-driver");
        match api_url {
            Some(url) => driver.env("BANSHI_API_URL", url),
            None => driver.env_remove("BANSHI_API_URL"),
        };
        let driver = driver
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .env("BANSHI_DATA_DIR", data.join("banshi"))
            // Applications move only when a journey acts as the hall's staff.
            .env("BANSHI_SANDBOX_PROCESS_PACE", "0")
            .env("XDG_DATA_HOME", data.join("share"))
            .env("XDG_CONFIG_HOME", data.join("config"))
            .env("XDG_CACHE_HOME", data.join("cache"))
            .stdout(log.try_clone().expect("log handle"))
            .stderr(log)
            .stdin(Stdio::null())
            .spawn()
            .map(Driver)
            .expect("tauri-driver runs (installed by .ci/setup, on PATH via .ci/test)");
        let capabilities = json!({
            "browserName": "wry",
            "tauri:options": { "application": env!("CARGO_BIN_EXE_banshi") },
        });
        let capabilities = match capabilities {
            serde_json::Value::Object(map) => map,
            _ => unreachable!("a JSON object literal"),
        };
        let started = Instant::now();
        let client = loop {
            let attempt = ClientBuilder::native()
                .capabilities(capabilities.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await;
            match attempt {
                Ok(client) => break client,
                Err(error) if started.elapsed() > PATIENCE => {
                    panic!("no WebDriver session with the app after {PATIENCE:?}: {error}")
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
            }
        };
        World {
            client,
            driver,
            home,
            name,
            launched,
        }
    }

    /// The log file of this world's driver and app (their stdout and stderr).
    pub fn log_path(&self) -> PathBuf {
        artifacts_dir().join(format!("{}.log", self.name))
    }

    /// The app's data folder (`BANSHI_DATA_DIR`) of this world.
    pub fn data_dir(&self) -> PathBuf {
        self.home.path().join("banshi")
    }

    /// Ends the session (closing the app) and hands back its data for a relaunch.
    pub async fn close(self) -> tempfile::TempDir {
        let _ = self.client.clone().close().await;
        self.home
    }

    /// Kills the app with SIGKILL, as a dead battery or the OS would, and hands
    /// back its data for a relaunch: the app this world's driver started, found
    /// by process id below the driver, never by name.
    pub async fn kill(self) -> tempfile::TempDir {
        self.driver.kill_tree();
        self.home
    }

    /// Ends the journey: on failure saves a screenshot and the page source next to
    /// the log, then panics with the failed step; closes the app either way.
    pub async fn finish(self, outcome: Step) {
        if let Err(failure) = &outcome {
            let base = artifacts_dir().join(format!("{}-failure", self.name));
            if let Ok(png) = self.client.screenshot().await {
                let _ = std::fs::write(base.with_extension("png"), png);
            }
            if let Ok(source) = self.client.source().await {
                let _ = std::fs::write(base.with_extension("html"), source);
            }
            eprintln!(
                "journey {} failed: {failure}\nartifacts in {}",
                self.name,
                base.display()
            );
        }
        let name = self.name;
        let log = self.log_path();
        let home = self.close().await;
        if let Err(failure) = outcome {
            panic!("journey {name}: {failure}");
        }
        let leaks = leaks(home.path(), &log);
        assert!(
            leaks.is_empty(),
            "journey {name}: no token, resident ID or mobile number reaches the app's \
             files or its log (only the drafts the user typed them into, and the embedded \
             sandbox's own database, may hold them): {leaks:?}"
        );
    }

    /// Saves a screenshot for people to look at (not a check).
    pub async fn screenshot(&self, label: &str) -> Step {
        // Let the webview paint what the DOM already shows: WebKit hands out its
        // last painted frame, which can be a few changes behind.
        self.client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const painted = () => requestAnimationFrame(() => requestAnimationFrame(done));
                 setTimeout(painted, 300);",
                Vec::new(),
            )
            .await
            .map_err(|e| format!("waiting for a paint: {e}"))?;
        let png = self
            .client
            .screenshot()
            .await
            .map_err(|e| format!("screenshot: {e}"))?;
        std::fs::write(
            artifacts_dir().join(format!("{}-{label}.png", self.name)),
            png,
        )
        .map_err(|e| format!("saving screenshot: {e}"))
    }

    pub async fn resize(&self, (width, height): (u32, u32)) -> Step {
        self.client
            .set_window_size(width, height)
            .await
            .map_err(|e| format!("resizing the window to {width}×{height}: {e}"))
    }

    // ---- find ----

    /// Waits until `css` matches at least `count` visible elements, and returns them.
    pub async fn find_all(&self, css: &str, count: usize) -> Step<Vec<Element>> {
        self.eventually(&format!("{count} × {css}"), || async move {
            let all = self.client.find_all(Locator::Css(css)).await.ok()?;
            let mut shown = Vec::new();
            for element in all {
                if element.is_displayed().await.unwrap_or(false) {
                    shown.push(element);
                }
            }
            (shown.len() >= count).then_some(shown)
        })
        .await
    }

    /// Waits for one visible element matching `css`.
    pub async fn find(&self, css: &str) -> Step<Element> {
        Ok(self.find_all(css, 1).await?.remove(0))
    }

    /// The texts of the visible elements matching `css`, once there are `count`.
    pub async fn texts(&self, css: &str, count: usize) -> Step<Vec<String>> {
        let mut texts = Vec::new();
        for element in self.find_all(css, count).await? {
            texts.push(
                element
                    .text()
                    .await
                    .map_err(|e| format!("text of {css}: {e}"))?,
            );
        }
        Ok(texts)
    }

    /// Waits until the text of `css`, trimmed, satisfies `check`; returns that text.
    /// (Trimmed: an inline SVG icon's whitespace counts as text in WebKit.)
    pub async fn text_where(
        &self,
        css: &str,
        what: &str,
        check: impl Fn(&str) -> bool,
    ) -> Step<String> {
        let check = &check;
        let seen = std::sync::Mutex::new(None::<String>);
        let seen = &seen;
        let found = self
            .eventually(&format!("{css} {what}"), || async move {
                let element = self.client.find(Locator::Css(css)).await.ok()?;
                let text = element.text().await.ok()?.trim().to_owned();
                let passed = check(&text);
                *seen.lock().ok()? = Some(text.clone());
                passed.then_some(text)
            })
            .await;
        found.map_err(|failure| {
            let last = seen.lock().ok().and_then(|seen| seen.clone());
            format!("{failure}; it read {last:?}")
        })
    }

    // ---- act ----

    /// Clicks the element matching `css`, first scrolled to the middle of the
    /// window, as a user would, so no fixed bar covers it.
    pub async fn click(&self, css: &str) -> Step {
        let element = self.find(css).await?;
        let reference = serde_json::to_value(&element).map_err(|e| e.to_string())?;
        self.client
            .execute(
                "arguments[0].scrollIntoView({block: 'center'})",
                vec![reference],
            )
            .await
            .map_err(|e| format!("scrolling to {css}: {e}"))?;
        element
            .click()
            .await
            .map_err(|e| format!("clicking {css}: {e}"))
    }

    /// Clicks `css` until `shown` appears: for a link clicked while the page
    /// is still settling (a late answer redrawing it can swallow one click).
    /// A click that went through but whose page took long to show is not
    /// clicked again (its link is gone by then).
    pub async fn click_until(&self, css: &str, shown: &str) -> Step {
        self.eventually(&format!("{shown} after clicking {css}"), || async move {
            if self.client.find(Locator::Css(shown)).await.is_ok() {
                return Some(());
            }
            self.click(css).await.ok()?;
            tokio::time::sleep(Duration::from_millis(300)).await;
            self.client.find(Locator::Css(shown)).await.ok().map(drop)
        })
        .await
    }

    /// Clicks the visible link or button whose text is exactly `text`.
    pub async fn click_text(&self, css: &str, text: &str) -> Step {
        let found = self
            .eventually(&format!("{css} reading {text:?}"), || async move {
                for element in self.client.find_all(Locator::Css(css)).await.ok()? {
                    if element.is_displayed().await.unwrap_or(false)
                        && element.text().await.ok()?.trim() == text
                    {
                        return Some(element);
                    }
                }
                None
            })
            .await?;
        found
            .click()
            .await
            .map_err(|e| format!("clicking {text:?}: {e}"))
    }

    pub async fn type_into(&self, css: &str, text: &str) -> Step {
        let field = self.find(css).await?;
        field
            .clear()
            .await
            .map_err(|e| format!("clearing {css}: {e}"))?;
        field
            .send_keys(text)
            .await
            .map_err(|e| format!("typing into {css}: {e}"))
    }

    pub async fn choose(&self, select_css: &str, value: &str) -> Step {
        self.find(select_css)
            .await?
            .select_by_value(value)
            .await
            .map_err(|e| format!("choosing {value} in {select_css}: {e}"))
    }

    /// Logs in by password from the top bar, as a logged-out user would.
    pub async fn log_in(&self, mobile: &str, password: &str) -> Step {
        self.text_where("#identity", "offers to log in", |t| t == "登录")
            .await?;
        self.click("#identity").await?;
        // A page still settling (the account answering late) may redraw the
        // form under the typing: type until both fields hold what was typed.
        self.eventually("the login form keeps what is typed", || async {
            self.type_into("#login-mobile", mobile).await.ok()?;
            self.type_into("#login-password", password).await.ok()?;
            let value = |css: &'static str| async move {
                self.find(css).await.ok()?.prop("value").await.ok()?
            };
            (value("#login-mobile").await.as_deref() == Some(mobile)
                && value("#login-password").await.as_deref() == Some(password))
            .then_some(())
        })
        .await?;
        self.submit_login().await
    }

    /// Submits the login form. The button is clicked from inside the page:
    /// a WebDriver click could land while the page redraws and be lost.
    pub async fn submit_login(&self) -> Step {
        self.find("#login-submit").await?;
        self.script("document.getElementById('login-submit').click();")
            .await
            .map(drop)
    }

    /// Sets the value of the input `css` as a picker would (date inputs take no
    /// typing through WebDriver), and tells the page.
    pub async fn set_value(&self, css: &str, value: &str) -> Step {
        let element = self.find(css).await?;
        let reference = serde_json::to_value(&element).map_err(|e| e.to_string())?;
        self.client
            .execute(
                "arguments[0].value = arguments[1];
                 arguments[0].dispatchEvent(new Event('input', { bubbles: true }));
                 arguments[0].dispatchEvent(new Event('change', { bubbles: true }));",
                vec![reference, serde_json::Value::String(value.to_owned())],
            )
            .await
            .map(drop)
            .map_err(|e| format!("setting {css}: {e}"))
    }

    /// Runs `script` in the page and returns its result.
    pub async fn script(&self, script: &str) -> Step<serde_json::Value> {
        self.client
            .execute(script, Vec::new())
            .await
            .map_err(|e| format!("running {script:?}: {e}"))
    }

    // ---- wait ----

    /// Polls `probe` until it gives a value, or fails after [`PATIENCE`] naming `what`.
    pub async fn eventually<'a, T, F, Fut>(&'a self, what: &str, probe: F) -> Step<T>
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = Option<T>> + 'a,
    {
        let start = Instant::now();
        loop {
            if let Some(value) = probe().await {
                return Ok(value);
            }
            if start.elapsed() > PATIENCE {
                return Err(format!("waited {PATIENCE:?} for {what}"));
            }
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }
}

/// Fails the step with `message` unless `condition` holds.
pub fn check(condition: bool, message: impl Into<String>) -> Step {
    if condition {
        Ok(())
    } else {
        Err(message.into())
    }
}

/// What a journey's app must never write down: the session's tokens (as the
/// hall names them in its answers), and the full resident ID and mobile
/// numbers of the demo people and of the person the registration journey
/// registers.
fn secrets() -> Vec<&'static str> {
    let mut secrets = vec![
        "access_token",
        "refresh_token",
        "44011320141005001X",
        "13712345678",
    ];
    for person in &banshi_sandbox::demo_accounts::PEOPLE {
        secrets.extend([person.resident_id, person.mobile]);
    }
    secrets
}

/// The secrets found in the app's files below `home` or in its `log`, with
/// where; the drafts store (which keeps what the user typed, by design) and
/// the embedded sandbox's folder (the hall's side) are not the app's to search.
fn leaks(home: &std::path::Path, log: &std::path::Path) -> Vec<String> {
    let data = home.join("banshi");
    let log_text = std::fs::read(log).unwrap_or_default();
    let mut found = Vec::new();
    for secret in secrets() {
        if log_text
            .windows(secret.len())
            .any(|window| window == secret.as_bytes())
        {
            found.push(format!("{secret} in the log"));
        }
        for file in crate::files::files_containing(home, secret) {
            let hall_side = file.starts_with(data.join("sandbox"));
            let typed = file
                .file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.starts_with("drafts.sqlite3"));
            if !hall_side && !typed {
                found.push(format!("{secret} in {}", file.display()));
            }
        }
    }
    found
}

/// A sandbox the journey reaches too (as the hall's staff, over HTTP), with
/// its settings changed by `configure`, its data in a temporary folder; its
/// API URL, what stops it when dropped, and the folder.
pub async fn sandbox_with(
    configure: impl FnOnce(&mut banshi_sandbox::Settings),
) -> (String, tokio::sync::oneshot::Sender<()>, tempfile::TempDir) {
    let data = tempfile::tempdir().expect("sandbox data");
    let mut settings = banshi_sandbox::Settings::loopback(data.path());
    configure(&mut settings);
    let app = banshi_sandbox::Application::build(&settings)
        .await
        .expect("a sandbox the test can reach too");
    let api_url = app.api_url();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(app.run_until_stopped(async {
        let _ = stopped.await;
    }));
    (api_url, stop, data)
}
