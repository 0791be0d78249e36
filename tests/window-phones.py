#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
"""Votes from phones, as a facilitator and a room would have them: a workshop
of Homework Night in real X11 windows (projector and presenter) with
--phones, and three phones in headless Chromium at 360x740 (tests/phones.py):
one joins by the QR code's address (the room code in it), two type the code,
one of them after a wrong one. They vote, one changes its mind, the
facilitator keys two votes and closes the vote with Return; a phone's tap in
the second before it learns is refused and says so; the reveal, the next
decision on the phones, the report exported; the session ends, the phones say
so, and then nothing listens. Screenshots of the projector, the presenter
and each phone go to the folder given (kept when ATTUNE_SHOTS is set).

Run inside xvfb-run (tests/window-phones.sh does):
    window-phones.py ATTUNE_BINARY SOURCE_DIR OUT_DIR
"""
import json
import glob
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from phones import Driver, Phone  # noqa: E402


# The page's questions about the state, held back (as a slow network would)
# and let go again; its votes go through.
HOLD_POLLS = """
window.__held = [];
window.__real = window.__real || window.fetch;
window.fetch = function (u, o) {
  if (window.__held && String(u).indexOf('/api/state') >= 0)
    return new Promise(function (ok, no) {
      window.__held.push(function () { window.__real(u, o).then(ok, no); });
    });
  return window.__real(u, o);
};
"""
RELEASE_POLLS = """
var held = window.__held || [];
window.__held = null;
held.forEach(function (f) { f(); });
"""


def say(*a):
    print("window-phones:", *a, flush=True)


def listening(url):
    """Whether anything answers at url."""
    try:
        urllib.request.urlopen(url + "/", timeout=3).read()
        return True
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False


def xdo(*args):
    return subprocess.run(["xdotool", *args], capture_output=True, text=True).stdout.strip()


def window(name, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ids = xdo("search", "--name", name).split()
        if ids:
            return ids[0]
        time.sleep(0.1)
    raise TimeoutError(f"no window named {name}")


def keys(win, *names, closing=False):
    """Type keys into a window; `closing`: the last one closes it (xdotool
    then finds the window gone)."""
    subprocess.run(["xdotool", "key", "--window", win, "--delay", "80", *names],
                   check=not closing, capture_output=closing)
    time.sleep(0.4)


def shot(win, path):
    subprocess.run(["import", "-window", win, path], check=True)


def main():
    binary, src, out = sys.argv[1:4]
    os.makedirs(out, exist_ok=True)
    reports = os.path.join(out, "reports")
    log = open(os.path.join(out, "game.log"), "w")
    game = subprocess.Popen(
        [binary, "--workshop", "homework-night", "--presenter", "--size", "1280x720",
         "--report-dir", reports, "--phones-bind", "127.0.0.1:0"],
        stdout=subprocess.PIPE, stderr=log, text=True)
    try:
        line = game.stdout.readline()
        m = re.match(r"Phones: join at (http://[0-9.]+:[0-9]+)\s+\(room code (\d{4})\)", line)
        assert m, f"the game printed {line!r}"
        url, code = m.group(1), m.group(2)
        say(f"the game serves {url}, room code {code}")
        proj = window("^Attune workshop")
        pres = window("^Attune: presenter")
        xdo("windowmove", proj, "0", "0")
        xdo("windowmove", pres, "1290", "0")
        time.sleep(0.8)
        shot(proj, f"{out}/projector-join.png")
        shot(pres, f"{out}/presenter-join.png")

        # the QR code on the projector, read as a phone's camera would (with
        # zbarimg when it is there): the address with the room code
        scanned = f"{url}/#{code}"
        if shutil.which("zbarimg"):
            got = subprocess.run(["zbarimg", "-q", "--raw", f"{out}/projector-join.png"],
                                 capture_output=True, text=True).stdout.strip()
            assert got == scanned, f"the QR code reads {got!r}, not {scanned!r}"
            say(f"the projector's QR code reads {got}")
        with Driver() as d:
            t0 = time.monotonic()
            p1 = Phone(d, scanned)                     # scanned the QR code
            p2 = Phone(d, f"{url}/")                   # typed the address
            p3 = Phone(d, f"{url}/")
            p2.wait_text("room code")
            p2.screenshot(f"{out}/phone-code.png")
            p3.join("1111" if code != "1111" else "2222")
            p3.wait_text("not the room code")
            p3.screenshot(f"{out}/phone-wrong-code.png")
            p2.join(code)
            p3.join(code)
            for p in (p1, p2, p3):
                p.wait_text("Decision 1", timeout=30)
            say(f"three phones joined and see decision 1 in {time.monotonic() - t0:.1f} s")
            p1.screenshot(f"{out}/phone-open.png")
            keys(pres, "Return")   # the join screen closes; the beat
            p1.vote("A")
            p2.vote("B")
            p3.vote("C")
            p3.vote("B")           # a change of mind
            for p in (p1, p2, p3):
                p.wait_text("Your vote is in")
            p2.screenshot(f"{out}/phone-voted.png")
            keys(pres, "a", "a")   # two hands counted by the facilitator
            time.sleep(1.0)
            shot(proj, f"{out}/projector-votes.png")
            shot(pres, f"{out}/presenter-votes.png")
            # Return closes the vote; p1 taps D in the second before its next
            # poll tells it: its polls are held back until after the tap
            p1.run(HOLD_POLLS)
            keys(pres, "Return")
            p1.vote("D")
            p1.wait_text("not counted")
            p1.run(RELEASE_POLLS)
            p1.wait_text("is closed")
            p1.screenshot(f"{out}/phone-late.png")
            p2.wait_text("is closed")
            p2.screenshot(f"{out}/phone-closed.png")
            keys(pres, "r")
            time.sleep(1.2)
            shot(proj, f"{out}/projector-revealed.png")
            keys(pres, "Return")   # the next beat: decision 2 on the phones
            p3.wait_text("Decision 2", timeout=20)
            p3.screenshot(f"{out}/phone-decision-2.png")
            keys(pres, "x", "Return")
            time.sleep(0.5)
            keys(pres, "Return")
            # the facilitator ends the session: the phones are told nothing more
            # the report is saved: "End the session" ends it at once; the
            # phones read that it has ended, then the game stops listening
            keys(pres, "Escape", "Up", "Return", closing=True)
            p2.wait_text("has ended", timeout=10)
            p2.screenshot(f"{out}/phone-ended.png")
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and listening(url):
                time.sleep(0.5)
            assert not listening(url), "the game still listens after the session"
            say("the phones read that the session ended; then nothing listens")
            for p in (p1, p2, p3):
                bad = [c for c in p.console() if "Content Security Policy" in c]
                assert not bad, bad

        files = glob.glob(f"{reports}/attune-workshop-homework-night-*.json")
        assert files, "no report"
        r = json.load(open(files[0], encoding="utf-8"))
        d1 = r["decisions"][0]
        opts = {o["letter"]: o for o in d1["options"]}
        assert (opts["A"]["votes"], opts["A"]["keyed_votes"], opts["A"]["phone_votes"]) == \
            (3, 2, 1), opts["A"]
        assert (opts["B"]["votes"], opts["B"]["phone_votes"]) == (2, 2), opts["B"]
        assert opts["C"]["votes"] == 0 and opts["D"]["votes"] == 0, (opts["C"], opts["D"])
        assert d1["phone_votes_total"] == 3 and d1["votes_total"] == 5, d1
        assert d1["chosen"]["letter"] == "A", d1["chosen"]
        assert r["phones_joined"] == 3, r["phones_joined"]
        text = open(files[0], encoding="utf-8").read()
        assert "127.0.0.1" not in text and "token" not in text
        html = open(files[0][:-5] + ".html", encoding="utf-8").read()
        assert "3 joined" in html and "by phone" in html
        say("report: A 3 votes (2 keyed, 1 phone), B 2 (phones), 3 phones joined")
    finally:
        if game.poll() is None:
            game.terminate()
            game.wait(timeout=20)
        log.close()
    say("ok")


if __name__ == "__main__":
    main()
