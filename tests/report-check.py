#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
"""Check an exported workshop report: the JSON and the HTML page.

Usage: report-check.py REPORT.html REPORT.json [--decisions N] [--min-votes N]

The JSON: the fields and types engine/core/report_json.c documents, votes_total equal
to the options' votes added up, the chosen letter one of the options, the
summary agreeing with the decisions. --decisions N: exactly N decisions;
--min-votes N: the votes of all decisions add up to at least N.
The HTML: one self-contained page -- its elements balanced, exactly one
<svg> chart drawing a line (a polyline or path), no <script>, no <link>, no src= or
href= pointing outside the file (href="#..." is fine), no url(...) to
anything but "#..."; one decision item per JSON decision.
A story with two people on stage (the JSON's "people"): each decision says
whom its answer was to and what it did to each person, and their connection
changes add up; the summary counts each person's ruptures and repairs; the
chart draws one line for each person, named at its end by a <text> with
the name (never told apart by colour alone: the lines' classes differ and
the second is dashed), with a key naming both; each decision's item names
both.
Exit 0 when all is well; 1 with one line per problem. Standard library only.
"""
import argparse
import html.parser
import json
import re
import sys

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "source", "track", "wbr"}
KINDS = {"attune", "attune_boundary", "fix", "rescue", "dismiss", "enmesh", "withdraw",
         "repair", "steady"}
ATTUNED = {"attune", "attune_boundary", "repair"}


class Problems:
    def __init__(self):
        self.items = []

    def add(self, where, what):
        self.items.append(f"{where}: {what}")


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def check_fields(p, where, obj, spec):
    """spec: field -> (type test, description). Missing or wrong: a problem."""
    if not isinstance(obj, dict):
        p.add(where, "is not an object")
        return False
    ok = True
    for name, (test, desc) in spec.items():
        if name not in obj:
            p.add(where, f"has no '{name}'")
            ok = False
        elif not test(obj[name]):
            p.add(where, f"'{name}' is {obj[name]!r}, not {desc}")
            ok = False
    return ok


STR = (lambda v: isinstance(v, str), "a string")
STR_OR_NULL = (lambda v: v is None or isinstance(v, str), "a string or null")
INT = (is_int, "a whole number")
SECONDS = (lambda v: is_num(v) and v >= 0, "a number of seconds (0 or more)")
BOOL = (lambda v: isinstance(v, bool), "true or false")
CONN = (lambda v: is_int(v) and 0 <= v <= 100, "a connection from 0 to 100")
LIST = (lambda v: isinstance(v, list), "a list")
OBJ = (lambda v: isinstance(v, dict), "an object")


def letter(i):
    return chr(ord("A") + i)


def check_json(p, path, args):
    try:
        with open(path, encoding="utf-8") as f:
            r = json.load(f)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        p.add(path, f"cannot be read as JSON: {e}")
        return None
    top = {
        "format": STR, "version": INT, "story": OBJ, "date": STR,
        "duration_seconds": SECONDS, "connection_start": CONN, "connection_end": CONN,
        "ending": (lambda v: v is None or isinstance(v, dict), "an object or null"),
        "decisions": LIST, "roads_not_taken": LIST, "discussion_seconds": SECONDS,
        "summary": OBJ,
    }
    if not check_fields(p, path, r, top):
        return None
    if r["format"] != "attune-workshop-report":
        p.add(path, f"format is {r['format']!r}, not 'attune-workshop-report'")
    if r["version"] != 1:
        p.add(path, f"version is {r['version']}, not 1")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
        p.add(path, f"date {r['date']!r} is not YYYY-MM-DD")
    check_fields(p, f"{path}: story", r["story"],
                 {"id": STR_OR_NULL, "title": STR_OR_NULL, "relationship": STR_OR_NULL})
    if r["ending"] is not None:
        check_fields(p, f"{path}: ending", r["ending"],
                     {"title": STR_OR_NULL, "verdict": STR_OR_NULL, "text": STR_OR_NULL})

    decisions = r["decisions"]
    people = r.get("people")
    ids = []
    if people is not None:
        if not isinstance(people, list) or len(people) != 2:
            p.add(path, f"people is {people!r}, not a list of two")
            people = None
        else:
            for k, q in enumerate(people):
                if check_fields(p, f"{path}: person {k + 1}", q, {
                        "id": STR, "name": STR, "connection_start": CONN,
                        "connection_end": CONN, "ruptures_opened": INT, "repairs": INT}):
                    ids.append(q["id"])
            if len(ids) == 2 and r["connection_start"] != min(
                    q["connection_start"] for q in people):
                p.add(path, "connection_start is not the lower of the two people's")
    person_opened = [0, 0]
    person_repaired = [0, 0]
    all_votes = 0
    chosen_kinds = []
    opened = repaired = 0
    for i, d in enumerate(decisions):
        w = f"{path}: decision {i + 1}"
        spec = {
            "number": INT, "beat": STR_OR_NULL, "speaker": STR_OR_NULL, "said": STR_OR_NULL,
            "cue": STR_OR_NULL, "reflect": STR_OR_NULL, "options": LIST, "votes_total": INT,
            "chosen": OBJ, "decided_by": STR, "revealed": BOOL, "effects": OBJ, "timings": OBJ,
        }
        if not check_fields(p, w, d, spec):
            continue
        if d["number"] != i + 1:
            p.add(w, f"is numbered {d['number']}")
        letters = []
        votes = 0
        for k, o in enumerate(d["options"]):
            ow = f"{w}, option {k + 1}"
            if not check_fields(p, ow, o, {"letter": STR, "text": STR_OR_NULL,
                                           "kind": STR_OR_NULL, "id": STR_OR_NULL,
                                           "votes": INT}):
                continue
            if o["letter"] != letter(k):
                p.add(ow, f"has letter {o['letter']!r}, not {letter(k)!r}")
            if o["votes"] < 0:
                p.add(ow, f"has {o['votes']} votes")
            letters.append(o["letter"])
            votes += o["votes"]
        if not d["options"]:
            p.add(w, "has no options")
        if d["votes_total"] != votes:
            p.add(w, f"votes_total is {d['votes_total']} but its options' votes add up to {votes}")
        all_votes += votes
        c = d["chosen"]
        if check_fields(p, f"{w}, chosen", c, {"letter": STR, "text": STR_OR_NULL,
                                               "kind": STR_OR_NULL, "id": STR_OR_NULL}):
            if c["letter"] not in letters:
                p.add(w, f"chosen letter {c['letter']!r} is not one of {letters}")
            else:
                o = d["options"][letters.index(c["letter"])]
                if o.get("text") != c["text"] or o.get("id") != c["id"]:
                    p.add(w, "the chosen answer differs from its option")
            chosen_kinds.append(c["kind"])
        if d["decided_by"] not in ("majority", "tie-break", "facilitator"):
            p.add(w, f"decided_by is {d['decided_by']!r}")
        e = d["effects"]
        if check_fields(p, f"{w}, effects", e, {
                "connection_before": CONN, "connection_after": CONN, "connection_change": INT,
                "steadiness_before": INT, "steadiness_after": INT, "rupture_opened": BOOL,
                "rupture_deepened": BOOL, "repaired": BOOL}):
            if e["rupture_opened"] and e["rupture_deepened"]:
                p.add(w, "a rupture both opened and deepened")
            opened += e["rupture_opened"]
            repaired += e["repaired"]
        if people is not None and len(ids) == 2:
            check_people_decision(p, w, d, ids, person_opened, person_repaired)
        t = d["timings"]
        if check_fields(p, f"{w}, timings", t, {
                "shown_at_seconds": SECONDS, "decided_at_seconds": SECONDS,
                "seconds_to_decide": SECONDS, "discussion_seconds": SECONDS,
                "vote_timer_seconds": SECONDS}):
            if t["decided_at_seconds"] < t["shown_at_seconds"]:
                p.add(w, "was decided before it was shown")

    for i, road in enumerate(r["roads_not_taken"]):
        w = f"{path}: road not taken {i + 1}"
        if not check_fields(p, w, road, {"from_decision": INT, "letter": STR,
                                         "text": STR_OR_NULL, "kind": STR_OR_NULL,
                                         "inner": STR_OR_NULL, "steps": LIST, "ending": STR_OR_NULL,
                                         "seconds": SECONDS}):
            continue
        n = road["from_decision"]
        if not 1 <= n <= len(decisions):
            p.add(w, f"leaves from decision {n}, which does not exist")
        else:
            opts = decisions[n - 1].get("options") or []
            if road["letter"] not in [o.get("letter") for o in opts if isinstance(o, dict)]:
                p.add(w, f"letter {road['letter']!r} is not an answer of decision {n}")
        for k, st in enumerate(road["steps"]):
            check_fields(p, f"{w}, step {k + 1}", st, {
                "text": STR_OR_NULL, "kind": STR_OR_NULL, "inner": STR_OR_NULL,
                "connection": CONN,
                "connection_change": INT, "rupture_opened": BOOL, "repaired": BOOL})

    s = r["summary"]
    if check_fields(p, f"{path}: summary", s, {"decisions": INT, "attuned": INT,
                                               "ruptures_opened": INT, "repairs": INT,
                                               "kinds": OBJ}):
        if s["decisions"] != len(decisions):
            p.add(path, f"summary says {s['decisions']} decisions, the list holds {len(decisions)}")
        if s["attuned"] != sum(k in ATTUNED for k in chosen_kinds):
            p.add(path, f"summary says {s['attuned']} attuned, the decisions say otherwise")
        if people is not None and len(ids) == 2:
            # with two people each one's ruptures and repairs count
            opened, repaired = sum(person_opened), sum(person_repaired)
            for k, q in enumerate(people):
                if q["ruptures_opened"] != person_opened[k] or q["repairs"] != person_repaired[k]:
                    p.add(path, f"person {q['id']!r}: ruptures or repairs differ from the "
                                "decisions'")
        if s["ruptures_opened"] != opened or s["repairs"] != repaired:
            p.add(path, "summary's ruptures or repairs differ from the decisions'")
        for k, v in s["kinds"].items():
            if not is_int(v) or v != chosen_kinds.count(k):
                p.add(path, f"summary counts kind {k!r} as {v!r}")
            if k not in KINDS:
                p.add(path, f"summary names an unknown kind {k!r}")

    if args.decisions is not None and len(decisions) != args.decisions:
        p.add(path, f"holds {len(decisions)} decisions, not {args.decisions}")
    if args.min_votes is not None and all_votes < args.min_votes:
        p.add(path, f"holds {all_votes} votes in all, fewer than {args.min_votes}")
    return r


def check_people_decision(p, w, d, ids, person_opened, person_repaired):
    """A decision of a story with two people: whom it was to, each one's effects."""
    if not check_fields(p, w, d, {"to": STR_OR_NULL, "took_sides": BOOL, "people": LIST}):
        return
    if d["to"] is not None and d["to"] not in ids + ["both"]:
        p.add(w, f"is to {d['to']!r}, neither person nor both")
    for k, o in enumerate(d["options"]):
        if isinstance(o, dict):
            check_fields(p, f"{w}, option {k + 1}", o, {"to": STR_OR_NULL, "other": STR_OR_NULL})
    if len(d["people"]) != 2:
        p.add(w, f"has {len(d['people'])} people, not 2")
        return
    kinds = []
    for k, e in enumerate(d["people"]):
        pw = f"{w}, person {k + 1}"
        if not check_fields(p, pw, e, {
                "id": STR, "name": STR, "present": BOOL, "kind": STR_OR_NULL,
                "inner": STR_OR_NULL, "connection_before": CONN, "connection_after": CONN,
                "connection_change": INT, "rupture_opened": BOOL, "rupture_deepened": BOOL,
                "repaired": BOOL}):
            return
        if e["id"] != ids[k]:
            p.add(pw, f"is {e['id']!r}, not {ids[k]!r} (the people's order)")
        if e["kind"] is not None and e["kind"] not in KINDS:
            p.add(pw, f"names an unknown kind {e['kind']!r}")
        if e["kind"] is None and (e["connection_change"] != 0 or e["rupture_opened"] or
                                  e["repaired"]):
            p.add(pw, "was not touched, yet changed")
        if e["connection_after"] - e["connection_before"] != e["connection_change"] and \
                0 < e["connection_after"] < 100:
            p.add(pw, "connection_change differs from after minus before")
        person_opened[k] += e["rupture_opened"]
        person_repaired[k] += e["repaired"]
        kinds.append(e["kind"])
    if d["to"] in ids and d["people"][ids.index(d["to"])]["kind"] is None:
        p.add(w, f"is to {d['to']!r}, who was not touched")
    if d["took_sides"] and (d["to"] not in ids or None in kinds):
        p.add(w, "took sides, but was not to one of them or did not touch both")
    e = d.get("effects") or {}
    if isinstance(e, dict) and "connection_after" in e:
        low = min(q["connection_after"] for q in d["people"])
        if e["connection_after"] != low:
            p.add(w, f"effects' connection_after {e['connection_after']} is not the lower "
                     f"of the two people's ({low})")


EXTERNAL_ATTRS = {"src", "href", "xlink:href", "srcset", "action", "formaction", "poster",
                  "data", "background", "manifest", "cite", "ping"}
URL_RE = re.compile(r"url\(\s*(['\"]?)([^)'\"]*)", re.I)


class Page(html.parser.HTMLParser):
    def __init__(self, p, path):
        super().__init__(convert_charrefs=True)
        self.p, self.path = p, path
        self.stack = []
        self.count = {}
        self.svg_depth = 0
        self.svg_lines = 0
        self.decisions = 0
        self.person_lines = {}   # class -> count of person-line polylines
        self.svg_texts = []      # the chart's <text> contents
        self.in_svg_text = False
        self.decision_texts = [] # each decision item's text
        self.in_decision = 0
        self.html_lang = None
        self.charset = False
        self.in_title = False
        self.title = ""
        self.doctype = False
        self.style = []

    def problem(self, what):
        line, col = self.getpos()
        self.p.add(f"{self.path}:{line}", what)

    def handle_decl(self, decl):
        if decl.lower() == "doctype html":
            self.doctype = True

    def check_attrs(self, tag, attrs):
        for name, value in attrs:
            value = value or ""
            if name in EXTERNAL_ATTRS and not value.startswith("#"):
                self.problem(f"<{tag} {name}=\"{value}\"> points outside the file")
            if name == "style":
                self.check_css(value)
            if name.startswith("on"):
                self.problem(f"<{tag}> has a script attribute {name}")
        if tag == "html":
            self.html_lang = dict(attrs).get("lang")
        if tag == "meta" and (dict(attrs).get("charset") or "").lower() == "utf-8":
            self.charset = True
        if tag in ("script", "link", "iframe", "object", "embed", "base"):
            self.problem(f"has a <{tag}>")
        if tag == "svg":
            if self.svg_depth == 0 and "viewbox" not in dict(attrs):
                self.problem("the <svg> has no viewBox")
        # A line of the chart; the rupture and repair marks are paths too.
        marks = {"rupture", "repair"}
        if tag in ("polyline", "path") and self.svg_depth > 0 and \
                not marks & set((dict(attrs).get("class") or "").split()):
            self.svg_lines += 1
        classes = (dict(attrs).get("class") or "").split()
        if tag == "polyline" and self.svg_depth > 0 and "person-line" in classes:
            key = " ".join(sorted(classes))
            self.person_lines[key] = self.person_lines.get(key, 0) + 1
        if tag == "li" and "decision" in (dict(attrs).get("class") or "").split():
            self.decisions += 1

    def check_css(self, css):
        for m in URL_RE.finditer(css):
            if not m.group(2).strip().startswith("#"):
                self.problem(f"CSS url({m.group(2)}) points outside the file")
        if "@import" in css.lower():
            self.problem("CSS @import")

    def handle_starttag(self, tag, attrs):
        self.count[tag] = self.count.get(tag, 0) + 1
        self.check_attrs(tag, attrs)
        if tag in VOID:
            return
        self.stack.append((tag, self.getpos()[0]))
        if tag == "svg":
            self.svg_depth += 1
        if tag == "text" and self.svg_depth > 0:
            self.in_svg_text = True
            self.svg_texts.append("")
        if tag == "li" and "decision" in (dict(attrs).get("class") or "").split():
            self.in_decision = len(self.stack)
            self.decision_texts.append("")
        if tag == "title" and self.svg_depth == 0:
            self.in_title = True

    def handle_startendtag(self, tag, attrs):
        self.count[tag] = self.count.get(tag, 0) + 1
        self.check_attrs(tag, attrs)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack:
            self.problem(f"</{tag}> closes nothing")
            return
        top, line = self.stack[-1]
        if top != tag:
            self.problem(f"</{tag}> closes <{top}> (opened on line {line})")
            # Recover: drop to the matching tag when there is one.
            for k in range(len(self.stack) - 1, -1, -1):
                if self.stack[k][0] == tag:
                    del self.stack[k:]
                    break
            return
        self.stack.pop()
        if tag == "li" and self.in_decision == len(self.stack) + 1:
            self.in_decision = 0
        if tag == "text":
            self.in_svg_text = False
        if tag == "svg":
            self.svg_depth -= 1
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.in_svg_text and self.svg_texts:
            self.svg_texts[-1] += data
        if self.in_decision and self.decision_texts:
            self.decision_texts[-1] += data
        if self.stack and self.stack[-1][0] == "style":
            self.style.append(data)


def check_html(p, path, report):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        p.add(path, f"cannot be read as UTF-8 text: {e}")
        return
    page = Page(p, path)
    page.feed(text)
    page.close()
    for tag, line in page.stack:
        p.add(path, f"<{tag}> opened on line {line} is never closed")
    if not page.doctype:
        p.add(path, "has no <!DOCTYPE html>")
    if not page.html_lang:
        p.add(path, "<html> has no lang")
    if not page.charset:
        p.add(path, "has no <meta charset=\"utf-8\">")
    if not page.title.strip():
        p.add(path, "has no <title>")
    if page.count.get("svg", 0) != 1:
        p.add(path, f"has {page.count.get('svg', 0)} <svg> elements, not exactly one chart")
    elif page.svg_lines == 0:
        p.add(path, "its chart has no line (a polyline or path)")
    page.check_css("".join(page.style))
    if re.search(r"url\(\s*['\"]?\s*(https?:)?//", text, re.I):
        p.add(path, "has a url() to the network")
    if report is not None and isinstance(report.get("decisions"), list):
        if page.decisions != len(report["decisions"]):
            p.add(path, f"shows {page.decisions} decisions, the JSON holds "
                        f"{len(report['decisions'])}")
        people = report.get("people")
        if isinstance(people, list) and len(people) == 2 and \
                all(isinstance(q, dict) and isinstance(q.get("name"), str) for q in people):
            check_people_html(p, path, page, text, people)
        title = (report.get("story") or {}).get("title")
        if isinstance(title, str) and title and title not in page.title:
            p.add(path, f"its <title> does not name the story {title!r}")


def check_people_html(p, path, page, text, people):
    """Two people: a line each, told apart by more than colour, each named."""
    lines = [k for k in page.person_lines if "person-1" in k.split() or "person-2" in k.split()]
    ones = [k for k in lines if "person-1" in k.split()]
    twos = [k for k in lines if "person-2" in k.split()]
    if not ones or not twos:
        p.add(path, f"its chart has no line for each person: {sorted(page.person_lines)}")
    m = re.search(r"\.person-2\{[^}]*stroke-dasharray", text)
    if not m:
        p.add(path, "the second person's line is not dashed: told apart by colour alone")
    for q in people:
        name = q["name"]
        # a direct label at the line (and one in the key): the name alone in a <text>
        if sum(t.strip() == name for t in page.svg_texts) < 2:
            p.add(path, f"the chart does not name {name!r} at its line and in its key")
    for i, t in enumerate(page.decision_texts):
        for q in people:
            if q["name"] not in t:
                p.add(path, f"decision {i + 1} does not say what it did to {q['name']!r}")


def main():
    ap = argparse.ArgumentParser(description="Check an exported workshop report.")
    ap.add_argument("html")
    ap.add_argument("json")
    ap.add_argument("--decisions", type=int, help="exactly this many decisions")
    ap.add_argument("--min-votes", type=int, help="at least this many votes in all")
    args = ap.parse_args()
    p = Problems()
    report = check_json(p, args.json, args)
    check_html(p, args.html, report)
    for line in p.items:
        print(f"report-check: {line}")
    if p.items:
        return 1
    print(f"report-check: ok ({len(report['decisions'])} decisions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
