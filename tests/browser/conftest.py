"""Browser tests: one headless Chromium (Debian's, driven by its chromedriver) per test session
against pytest-django's live server.

Tests that use `browser` are marked `browser` and skipped, with the reason, when Chromium or
chromedriver is missing. `live_server` flushes the database after each test (it needs
transactional_db): `browser` restores what the migrations created (root page, locales,
municipalities) with a serialized rollback before each test, and a test builds the rest of its
data itself (or a module builds it once inside one test).

Helpers: `browser.visit(url)` opens a page of the live server and returns the CSP violations
it raised; `browser.sign_in(user)` signs a user in without the login form.
"""

import shutil
import tempfile
from urllib.parse import urljoin

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
MISSING = None if CHROMIUM and CHROMEDRIVER else "chromium or chromedriver is not installed"

CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1280,1024",
]

# Runs before any script of every document (CDP scripts are not subject to the page's CSP),
# so violations of the first inline script are recorded too.
VIOLATION_LISTENER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
    + ` at ${event.sourceFile || ""}:${event.lineNumber || ""}`
  );
});
"""


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "browser" in item.fixturenames:
            item.add_marker(pytest.mark.browser)
            if MISSING:
                item.add_marker(pytest.mark.skip(reason=f"browser tests skipped: {MISSING}"))


class Browser:
    """A thin wrapper around the WebDriver with the live server's address."""

    def __init__(self, driver):
        self.driver = driver
        self.base_url = None

    def url(self, path):
        return urljoin(self.base_url, path)

    def console_errors(self):
        """Console messages at level SEVERE since the last call (CSP reports "Refused to …")."""
        return [
            entry["message"]
            for entry in self.driver.get_log("browser")
            if entry["level"] == "SEVERE"
        ]

    def violations(self):
        recorded = self.driver.execute_script("return window.__cspViolations || [];")
        refused = [message for message in self.console_errors() if "Refused to" in message]
        return recorded + refused

    def visit(self, path):
        """Open `path`, wait for the document to load and return its CSP violations."""
        self.driver.get(self.url(path))
        self.driver.execute_script("return document.readyState")
        return self.violations()

    def sign_in(self, user):
        """Sign `user` in by giving the browser a session cookie made on the server."""
        from django.conf import settings
        from django.test import Client

        client = Client()
        client.force_login(user)
        self.driver.get(self.url("/robots.txt"))  # a cookie needs a page of the same origin
        self.driver.delete_all_cookies()
        self.driver.add_cookie(
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "path": "/",
            }
        )


@pytest.fixture(scope="session")
def browser_driver(live_server):
    # Depends on the live server so that the browser (and its keep-alive connections) goes
    # away before the server stops sharing its database connection.
    if MISSING:
        pytest.skip(f"browser tests skipped: {MISSING}")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": VIOLATION_LISTENER})
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def browser(browser_driver, live_server, django_db_serialized_rollback):
    wrapper = Browser(browser_driver)
    wrapper.base_url = live_server.url
    browser_driver.delete_all_cookies()
    yield wrapper
    browser_driver.get("about:blank")
    browser_driver.get_log("browser")  # leave no messages for the next test
