#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
"""Phones for the workshop tests: headless Chromium sessions at a phone's size,
driven through chromedriver's W3C WebDriver HTTP API with the standard library
only (no selenium).

    from phones import Driver, Phone
    with Driver() as d:
        p = Phone(d, "http://127.0.0.1:8740/")
        p.join("4821")
        p.wait_text("Watch the screen")
        p.vote("B")
        p.screenshot("/tmp/b.png")

Each Phone has its own fresh profile (so its own localStorage). Every browser and
chromedriver started here is stopped on close, on leaving the with block, and
at exit, even when a step failed.
"""
import atexit
import base64
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
WIDTH, HEIGHT, SCALE = 360, 740, 2
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # the W3C element reference key

_live = []  # drivers and phones still open, closed at exit


def _close_all():
    """Close every phone and driver still open (atexit, SIGTERM)."""
    for thing in reversed(list(_live)):
        try:
            thing.close()
        except Exception:  # best effort while leaving
            pass


atexit.register(_close_all)
if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))


class WebDriverError(RuntimeError):
    """A WebDriver command failed; .error is the W3C error code."""

    def __init__(self, error, message):
        super().__init__(f"{error}: {message}")
        self.error = error


def free_port():
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Driver:
    """One chromedriver process on a free port of 127.0.0.1."""

    def __init__(self, timeout=30):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.profiles = []  # the phones' profile folders, removed again on close
        self.log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [CHROMEDRIVER, f"--port={self.port}"], stdout=self.log,
            stderr=subprocess.STDOUT, start_new_session=True)
        _live.append(self)
        deadline = time.monotonic() + timeout
        while True:
            try:
                if self.call("GET", "/status", timeout=5).get("ready"):
                    return
            except (OSError, WebDriverError):
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise RuntimeError("chromedriver did not start")
            time.sleep(0.2)

    def call(self, method, path, body=None, timeout=60):
        """One WebDriver command; returns its "value" or raises WebDriverError."""
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return json.load(r).get("value")
        except urllib.error.HTTPError as e:
            value = json.load(e).get("value") or {}
            raise WebDriverError(value.get("error", str(e.code)),
                                 value.get("message", "")[:300]) from None

    def close(self):
        """Stop chromedriver and everything it started (its process group)."""
        if self in _live:
            _live.remove(self)
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
                self.proc.wait(timeout=10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.proc.wait(timeout=10)
        for folder in self.profiles:  # nothing writes there any more
            shutil.rmtree(folder, ignore_errors=True)
        self.log.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Phone:
    """A headless Chromium at 360x740 CSS pixels (scale 2) showing url."""

    def __init__(self, driver, url, timeout=120):
        self.d = driver
        self.profile = tempfile.mkdtemp(prefix="attune-phone-")
        driver.profiles.append(self.profile)
        self.sid = None
        _live.append(self)
        args = ["--headless=new", "--disable-gpu", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-sync",
                "--disable-breakpad", "--disable-crash-reporter",
                f"--user-data-dir={self.profile}", f"--window-size={WIDTH},{HEIGHT}"]
        # Chromium's own sandbox needs user namespaces or a setuid helper,
        # which containers and fresh build roots often lack (it exits at
        # once there, as root or not); these phones open only our own page
        # on 127.0.0.1, so they run without it. /dev/shm is small there too.
        args += ["--no-sandbox", "--disable-dev-shm-usage"]
        metrics = {"width": WIDTH, "height": HEIGHT, "pixelRatio": SCALE,
                   "mobile": True, "touch": True}
        caps = {"browserName": "chrome", "goog:loggingPrefs": {"browser": "ALL"},
                "goog:chromeOptions": {"binary": CHROMIUM, "args": args, "mobileEmulation":
                                       {"deviceMetrics": metrics}}}
        try:
            value = driver.call("POST", "/session",
                                {"capabilities": {"alwaysMatch": caps}}, timeout=timeout)
            self.sid = value["sessionId"]
            self.cmd("POST", "/timeouts", {"pageLoad": timeout * 1000, "script": 30000})
            self.cmd("POST", "/url", {"url": url}, timeout=timeout)
        except BaseException:
            self.close()
            raise

    def cmd(self, method, path, body=None, timeout=60):
        """A command on this phone's session."""
        return self.d.call(method, f"/session/{self.sid}{path}", body, timeout)

    def find(self, css, timeout=20):
        """The element matching css, waiting up to timeout seconds for it."""
        return self._until(lambda: self.cmd("POST", "/element", {
            "using": "css selector", "value": css})[ELEMENT], timeout, f"no {css}")

    def _until(self, step, timeout, what):
        """step()'s result once it stops raising WebDriverError, or TimeoutError."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                return step()
            except WebDriverError as e:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{what} after {timeout} s ({e})") from None
            time.sleep(0.25)

    def click(self, css, timeout=20):
        """Click the element matching css once it exists and can be clicked."""
        self._until(lambda: self.cmd("POST", f"/element/{self.find(css, timeout)}/click", {}),
                    timeout, f"cannot click {css}")

    def join(self, code, timeout=20):
        """Type the room code in the code form and submit it."""
        el = self.find("#code", timeout)
        self._until(lambda: self.cmd("POST", f"/element/{el}/clear", {}), timeout, "no code box")
        self.cmd("POST", f"/element/{el}/value", {"text": str(code)})
        self.click("#go", timeout)

    def text(self):
        """The page's visible text."""
        return self.cmd("GET", f"/element/{self.find('body')}/text")

    def wait_text(self, substring, timeout=20):
        """Wait until the visible text holds substring; returns the text."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                text = self.text()
            except WebDriverError as e:
                text = f"({e})"
            if substring in text:
                return text
            if time.monotonic() > deadline:
                raise TimeoutError(f"no {substring!r} after {timeout} s; the page shows:\n{text}")
            time.sleep(0.25)

    def vote(self, letter, timeout=20):
        """Tap the answer button of that letter (A, B, ...)."""
        self.click(f'button[data-answer="{letter}"]', timeout)

    def run(self, script, *args):
        """Run JavaScript in the page (a function body) and return its result."""
        return self.cmd("POST", "/execute/sync", {"script": script, "args": list(args)})

    def console(self):
        """The browser console's messages since the last call (CSP reports among them)."""
        return [e["message"] for e in self.cmd("POST", "/se/log", {"type": "browser"})]

    def screenshot(self, path):
        """Save what the phone shows as a PNG (720x1480 at scale 2)."""
        png = base64.b64decode(self.cmd("GET", "/screenshot"))
        with open(path, "wb") as f:
            f.write(png)
        return path

    def close(self):
        """End the session (the browser quits) and remove the profile (the
        driver's close removes it again, should the browser write late)."""
        if self in _live:
            _live.remove(self)
        if self.sid:
            try:
                self.cmd("DELETE", "", timeout=30)
            except (OSError, WebDriverError):
                pass  # the driver's close kills what is left
            self.sid = None
        shutil.rmtree(self.profile, ignore_errors=True)
