#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
"""Every message a writer can meet is documented, and every documented message
is real.

Collects each error and warning the story loader and the checks can emit:

- from the Lua library (scripts/lib/attune/*.lua): the message given to
  diag(), fail(), warn(), error() and to `msg =` in a diagnostics table,
  and the fragments an `--@fragments` function returns (id_problem);
- from the binding (engine/script/*.c): luaL_error, luaL_argerror,
  bind_set_error, lua_pushfstring, the reasons story.c gives with
  snprintf(why, ...), the `*_message[]` constants;
- from `attune check` itself (engine/cli.c): its `error:` lines;
- from the picture limits (engine/ui/picture.c): each reason a picture is
  refused, as a part of a message after the picture's name;

each as a pattern in which every computed part (a %s, a variable, a `..`
of anything but a string) is a wildcard. Then reads the tables of
docs/writing-stories.md's "Errors you can meet", where `x`, `y`, `N`, `…`
and the like stand for the writer's own words, and checks both ways:

1. every message of the code matches a message in those tables;
2. every message in the tables (but Lua's own, in "Lua's own messages")
   matches a message of the code.

Two patterns match when some text fits both. A message with fewer than
MIN_LITERAL fixed characters ("%s: %s") passes another's text on and is
not checked; messages not meant for writers are listed in INTERNAL.
Also checks the field tables against the fields the loader knows (KNOWN in
story.lua, EFFECT_FIELDS) and docs/lua/attune.lua's classes.
Run: tests/messages-documented.py [SOURCE_DIR] (-v lists every pairing).
"""
import os
import re
import sys
from functools import lru_cache

ROOT = next((a for a in sys.argv[1:] if not a.startswith("-")),
            os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
VERBOSE = "-v" in sys.argv
MIN_LITERAL = 12  # fixed characters an elision must follow
MIN_CHECKED = 9  # fewer fixed characters: a message that passes text on
STAR = "\x00"  # a computed part of a message (code), an elision (docs)
# A writer's word in a documented message (x, N...): text that only a
# computed part of the code's message can stand for, never its fixed words.
WORD = "\x01"

# Messages of the code that no writer meets: the engine's own faults.
INTERNAL = {
    "rules.kind_table(): kind * has no id or label, or there are more than * kinds":
        "the rules library is broken, not the story",
    "instructions out of range": "lib.rearm's argument check (library only)",
    "milliseconds out of range": "lib.rearm's argument check (library only)",
    "path too long": "the library's own folder path is too long",
    "the game program is older than its story library (scripts/lib): rebuild it, e.g. cmake --build build":
        "a build older than its library",
    "no such answer": "a refused choice (a wrong number), said by play --text and render",
    "not available": "a refused choice",
}


# ---------------------------------------------------------------- patterns

def literal_chars(p):
    return len(p.replace(STAR, ""))


def collapse(p):
    return re.sub(STAR + "+", STAR, p)


def shown(p):
    return p.replace(STAR, "*").replace("\x01", "x")


@lru_cache(maxsize=None)
def intersect(code, doc):
    """Whether the documented message `doc` can be an instance of the code's
    message `code`. In `code`, STAR is a computed part: any text. In `doc`,
    WORD is a writer's word (only a computed part of the code can stand for
    it) and STAR an elision ("…"): the doc leaves out the rest of a message.
    An elision may leave out only what follows at least MIN_LITERAL fixed
    characters the two spell alike, so that "beat 'x', choice N: id 'y' …"
    does not match any message at all."""
    n, m = len(code), len(doc)
    seen, stack = set(), [(0, 0, 0)]
    while stack:
        state = stack.pop()
        if state in seen:
            continue
        seen.add(state)
        i, j, k = state
        if i == n and j == m:
            return True
        if i < n and code[i] == STAR:
            stack.append((i + 1, j, k))          # the computed part ends
            if j < m and doc[j] != STAR:
                stack.append((i, j + 1, 0))      # ... or stands for a doc character
        if j < m and doc[j] == STAR:
            stack.append((i, j + 1, k))          # the elision ends
            if i < n and k >= MIN_LITERAL:
                stack.append((i + 1, j, k))      # ... or leaves out a code character
        if i < n and j < m and code[i] not in (STAR,) and doc[j] not in (STAR, WORD) and code[i] == doc[j]:
            stack.append((i + 1, j + 1, min(k + 1, MIN_LITERAL)))
    return False


FORMAT_SPEC = re.compile(r"%[-+ #0]*\d*(?:\.\d+)?(?:l|ll|z|h)?[sdgfiuqcxXp]")


def from_format(s):
    """A printf or string.format template as a pattern."""
    out, i = [], 0
    while i < len(s):
        if s.startswith("%%", i):
            out.append("%")
            i += 2
            continue
        m = FORMAT_SPEC.match(s, i)
        if m:
            out.append(STAR)
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return collapse("".join(out))


# ---------------------------------------------------------------- Lua

LUA_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'", "r": "\r", "a": "\a", "0": "\0"}


def lua_tokens(src, pos):
    """Tokens from `pos`: (kind, value, start, end). kind: str, name, op."""
    i, n = pos, len(src)
    while i < n:
        c = src[i]
        if c in " \t\r\n":
            i += 1
        elif src.startswith("--", i):
            m = re.match(r"--\[(=*)\[", src[i:])
            if m:
                close = "]" + m.group(1) + "]"
                e = src.find(close, i)
                i = (e + len(close)) if e >= 0 else n
            else:
                e = src.find("\n", i)
                i = e if e >= 0 else n
        elif c in "\"'":
            j, buf = i + 1, []
            while j < n and src[j] != c:
                if src[j] == "\\":
                    nx = src[j + 1]
                    if nx == "x":
                        buf.append(chr(int(src[j + 2:j + 4], 16)))
                        j += 4
                        continue
                    if nx == "u":
                        m = re.match(r"\\u\{([0-9a-fA-F]+)\}", src[j:])
                        buf.append(chr(int(m.group(1), 16)))
                        j += len(m.group(0))
                        continue
                    if nx.isdigit():
                        m = re.match(r"\\(\d{1,3})", src[j:])
                        buf.append(chr(int(m.group(1))))
                        j += len(m.group(0))
                        continue
                    buf.append(LUA_ESCAPES.get(nx, nx))
                    j += 2
                else:
                    buf.append(src[j])
                    j += 1
            yield ("str", "".join(buf), i, j + 1)
            i = j + 1
        elif src.startswith("[[", i) or re.match(r"\[=+\[", src[i:]):
            m = re.match(r"\[(=*)\[", src[i:])
            close = "]" + m.group(1) + "]"
            e = src.find(close, i)
            yield ("str", src[i + len(m.group(0)):e], i, e + len(close))
            i = e + len(close)
        elif c.isalpha() or c == "_":
            m = re.match(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*", src[i:])
            yield ("name", m.group(0), i, i + len(m.group(0)))
            i += len(m.group(0))
        elif c.isdigit():
            m = re.match(r"[0-9][0-9a-fA-Fx.]*", src[i:])
            yield ("num", m.group(0), i, i + len(m.group(0)))
            i += len(m.group(0))
        else:
            for op in ("...", "..", "==", "~=", "<=", ">=", "//", "<<", ">>"):
                if src.startswith(op, i):
                    yield ("op", op, i, i + len(op))
                    i += len(op)
                    break
            else:
                yield ("op", c, i, i + 1)
                i += 1


def lua_args(src, open_paren):
    """The arguments of a call whose '(' is at open_paren: lists of tokens."""
    args, cur, depth = [], [], 0
    for tok in lua_tokens(src, open_paren + 1):
        kind, val = tok[0], tok[1]
        if kind == "op" and val in "({[":
            depth += 1
        elif kind == "op" and val in ")}]":
            if depth == 0:
                args.append(cur)
                return args
            depth -= 1
        elif kind == "op" and val == "," and depth == 0:
            args.append(cur)
            cur = []
            continue
        cur.append(tok)
    return args


def lua_expr_until(src, pos):
    """Tokens of an expression from pos up to a ',' or closing bracket at depth 0."""
    cur, depth = [], 0
    for tok in lua_tokens(src, pos):
        kind, val = tok[0], tok[1]
        if kind == "op" and val in "({[":
            depth += 1
        elif kind == "op" and val in ")}]":
            if depth == 0:
                return cur
            depth -= 1
        elif kind == "op" and val == "," and depth == 0:
            return cur
        cur.append(tok)
    return cur


def split_top(tokens, sep):
    parts, cur, depth = [], [], 0
    for tok in tokens:
        kind, val = tok[0], tok[1]
        if kind == "op" and val in "({[":
            depth += 1
        elif kind == "op" and val in ")}]":
            depth -= 1
        if kind == "op" and val == sep and depth == 0:
            parts.append(cur)
            cur = []
        else:
            cur.append(tok)
    parts.append(cur)
    return parts


def lua_pattern(tokens):
    """A message expression as a pattern: string literals kept, a
    string.format of a literal template expanded, anything else a wildcard."""
    out = []
    for piece in split_top(tokens, ".."):
        if len(piece) == 1 and piece[0][0] == "str":
            out.append(piece[0][1])
        elif (len(piece) >= 3 and piece[0][:2] == ("name", "string.format") and piece[1][1] == "("
              and piece[2][0] == "str"):
            # the template is the first argument: its own literal pieces
            args = split_top(piece[2:-1], ",")
            out.append(lua_pattern(args[0]) if args and args[0] else STAR)
        elif (len(piece) >= 2 and piece[0][1] == "(" and piece[-1][1] == ")"
              and all(t[0] == "str" or t[1] == ".." for t in piece[1:-1])
              and any(t[0] == "str" for t in piece[1:-1])):
            out.append(lua_pattern(piece[1:-1]))
        else:
            out.append(STAR)
    text = "".join(out)
    # string.format templates: their specs are wildcards too
    return collapse(from_format(text) if "%" in text else text)


LUA_CALLS = {"diag": 3, "fail": 2, "warn": 2, "error": 0}


def lua_messages(path):
    src = open(path, encoding="utf-8").read()
    found = []
    rel = os.path.relpath(path, ROOT)
    for m in re.finditer(r"(?<![\w.:])(diag|fail|warn|error)\s*\(", src):
        if src[max(0, m.start() - 9):m.start()].endswith("function "):
            continue  # a definition, not a call
        args = lua_args(src, m.end() - 1)
        k = LUA_CALLS[m.group(1)]
        if len(args) <= k or not args[k]:
            continue
        found.append((rel, src.count("\n", 0, m.start()) + 1, lua_pattern(args[k])))
    for m in re.finditer(r"\bmsg\s*=\s*(?!=)", src):
        toks = lua_expr_until(src, m.end())
        if toks:
            found.append((rel, src.count("\n", 0, m.start()) + 1, lua_pattern(toks)))
    # Fragments: what a function marked --@fragments returns.
    fragments = []
    for m in re.finditer(r"--@fragments\n(?:--[^\n]*\n)*function ", src):
        end = src.find("\nend\n", m.end())
        body = src[m.end():end]
        for r in re.finditer(r"\breturn\s+", body):
            toks = lua_expr_until(body, r.end())
            p = lua_pattern(toks)
            if literal_chars(p) >= MIN_CHECKED:
                fragments.append((rel, src.count("\n", 0, m.end() + r.start()) + 1, p))
    # error("file:line: ...") from the runtime: the position is not the message
    found = [(f, l, re.sub("^" + STAR + ":" + STAR + ": ", "", p)) for f, l, p in found]
    return found, fragments


# ---------------------------------------------------------------- C

def c_string_run(src, i):
    """Adjacent C string literals from i: (text, end) or (None, i)."""
    out, j, n, any_ = [], i, len(src), False
    while True:
        while j < n and src[j] in " \t\r\n":
            j += 1
        if j >= n or src[j] != '"':
            break
        k, buf = j + 1, []
        while src[k] != '"':
            if src[k] == "\\":
                nx = src[k + 1]
                if nx == "u":
                    buf.append(chr(int(src[k + 2:k + 6], 16)))
                    k += 6
                    continue
                if nx == "x":
                    m = re.match(r"\\x([0-9a-fA-F]+)", src[k:])
                    buf.append(chr(int(m.group(1), 16)))
                    k += len(m.group(0))
                    continue
                buf.append({"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'"}.get(nx, nx))
                k += 2
            else:
                buf.append(src[k])
                k += 1
        out.append("".join(buf))
        j, any_ = k + 1, True
    return ("".join(out) if any_ else None), j


def c_args(src, open_paren):
    """Start offsets of each argument of a C call."""
    starts, depth, i, n = [open_paren + 1], 0, open_paren + 1, len(src)
    while i < n:
        c = src[i]
        if c == '"':
            _, i = c_string_run(src, i)
            continue
        if c == "'":
            i = src.index("'", i + 2 if src[i + 1] == "\\" else i + 1) + 1
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                return starts
            depth -= 1
        elif c == "," and depth == 0:
            starts.append(i + 1)
        i += 1
    return starts


C_CALLS = {"luaL_error": 1, "bind_set_error": 3, "lua_pushfstring": 1, "luaL_argerror": 2}


def c_messages(path, check_lines=False):
    src = open(path, encoding="utf-8").read()
    rel = os.path.relpath(path, ROOT)
    found, fragments = [], []

    def line_of(i):
        return src.count("\n", 0, i) + 1

    for m in re.finditer(r"\b(luaL_error|bind_set_error|lua_pushfstring|luaL_argerror|snprintf|log_printf)\s*\(",
                         src):
        name = m.group(1)
        starts = c_args(src, m.end() - 1)
        if name == "snprintf":
            # the reasons story.c gives ("not found (looked in ...)"), which
            # follow "picture 'x' " or "music 'x' " in a message
            if not src[starts[0]:].lstrip().startswith("why,") or len(starts) < 3:
                continue
            text, _ = c_string_run(src, starts[2])
            if text:
                fragments.append((rel, line_of(m.start()), from_format(text)))
            continue
        if name == "log_printf":
            if not check_lines or len(starts) < 2:
                continue
            text, _ = c_string_run(src, starts[1])
            if text and ": error: " in text:
                found.append((rel, line_of(m.start()), from_format(text.split(": error: ", 1)[1].rstrip("\n"))))
            continue
        k = C_CALLS[name]
        if len(starts) <= k:
            continue
        texts = []
        text, _ = c_string_run(src, starts[k])
        if text is not None:
            texts.append(text)
        else:
            # cond ? "one" : "other": each literal of a conditional
            end = starts[k + 1] - 1 if len(starts) > k + 1 else src.find(";", starts[k])
            i, after = starts[k], None
            while i < end:
                if src[i] == '"':
                    text, i = c_string_run(src, i)
                    if after:
                        texts.append(text)
                    after = None
                    continue
                if src[i] in "?:":
                    after = src[i]
                elif not src[i].isspace():
                    after = None
                i += 1
        for text in texts:
            p = from_format(text)
            if name == "luaL_argerror":
                p = collapse("bad argument #" + STAR + " to '" + STAR + "' (" + p + ")")
            found.append((rel, line_of(m.start()), p))
    for m in re.finditer(r"static const char \w*message\[\]\s*=", src):
        text, _ = c_string_run(src, m.end())
        if text:
            found.append((rel, line_of(m.start()), from_format(text)))
    return found, fragments


# ---------------------------------------------------------------- docs

PLACEHOLDER = re.compile(r"(?<![A-Za-z0-9_#\\])(x|y|z|N|M|K|B|P|Q|T|X|LABEL|FILE|LINE)(?![A-Za-z0-9_])")


def doc_pattern(text):
    """A documented message as a pattern: `x`, `N` and the like are the
    writer's words (WORD); `…` leaves the rest of the message out (STAR)."""
    t = text.replace("…", STAR).replace("(kind)", "(" + WORD + ")")
    t = PLACEHOLDER.sub(WORD, t)
    return collapse(t)


def doc_messages(md):
    """(section, message, pattern) for each message in the error tables."""
    out = []
    part = md.split("\n## Errors you can meet", 1)[1]
    part = re.split(r"\n## ", part, maxsplit=1)[0]
    section = ""
    for line in part.split("\n"):
        if line.startswith("### "):
            section = line[4:].strip()
            continue
        if not line.startswith("| `"):
            continue
        cell = line[2:].split(" | ", 1)[0]
        spans = list(re.finditer(r"`([^`]+)`", cell))
        # the message, and alternatives written "`one` / `two`"
        chosen = [spans[0]]
        for a, b in zip(spans, spans[1:]):
            if cell[a.end():b.start()] == " / " and a in chosen:
                chosen.append(b)
        for s in chosen:
            out.append((section, s.group(1), doc_pattern(s.group(1))))
    return out


# ---------------------------------------------------------------- fields

def lua_table_keys(body):
    return set(re.findall(r"\b([a-z_]+)\s*=", body))


def known_fields(story_lua):
    src = open(story_lua, encoding="utf-8").read()
    m = re.search(r"local KNOWN = \{(.*?)\n\}", src, re.S)
    known = {}
    for kind, body in re.findall(r"(\w+) = \{([^}]*)\}", m.group(1)):
        known[kind] = lua_table_keys(body) | ({1} if "[1]" in body else set())
    e = re.search(r"local EFFECT_FIELDS = \{([^}]*)\}", src)
    known["effects"] = lua_table_keys(e.group(1))
    return known


def doc_field_table(md, heading_re, first_col="field"):
    """The names in the first column of the first table after a heading."""
    m = re.search(heading_re, md)
    assert m, heading_re
    rest = md[m.end():]
    t = re.search(r"\n\| " + re.escape(first_col) + r" \|[^\n]*\n\|[-| ]+\|\n((?:\|[^\n]*\n)+)", rest)
    assert t, (heading_re, first_col)
    names = set()
    for row in t.group(1).splitlines():
        cell = row[2:].split(" | ", 1)[0]
        for name in re.findall(r"`([^`]+)`", cell):
            if name == "[1]":
                names.add(1)
            elif re.fullmatch(r"[a-z_]+", name):
                names.add(name)
    return names


def annotation_fields(lua_doc, cls):
    src = open(lua_doc, encoding="utf-8").read()
    m = re.search(r"---@class " + re.escape(cls) + r"\b[^\n]*\n((?:---[^\n]*\n)+)", src)
    assert m, cls
    names = set()
    for f in re.findall(r"---@field (\[?\w+\]?)\??", m.group(1)):
        names.add(1 if f == "[1]" else f)
    return names


# picture.c's reasons a writer never meets from `check` (the cache's own).
PICTURE_INTERNAL = {"is not kept: the picture cache is off", "has not been drawn at that size yet"}


def main():
    problems = []
    code = []  # (file, line, pattern)
    fragments = []
    for d, files, check in (("scripts/lib/attune", None, False), ("engine/script", None, False)):
        for f in sorted(os.listdir(os.path.join(ROOT, d))):
            p = os.path.join(ROOT, d, f)
            if f.endswith(".lua"):
                a, b = lua_messages(p)
            elif f.endswith(".c"):
                a, b = c_messages(p)
            else:
                continue
            code += a
            fragments += b
    a, b = c_messages(os.path.join(ROOT, "engine/cli.c"), check_lines=True)
    code += a
    # why a picture is refused ("picture 'x' is an SVG of 900 KB; ..."): the
    # reasons engine/ui/picture.c gives, each after the picture's name
    a, b = c_messages(os.path.join(ROOT, "engine/ui/picture.c"))
    fragments += [(f, l, p) for f, l, p in b if shown(p) not in PICTURE_INTERNAL]
    md = open(os.path.join(ROOT, "docs/writing-stories.md"), encoding="utf-8").read()
    docs = doc_messages(md)
    if len(docs) < 80 or len(code) < 100:
        problems.append(f"too few messages found (code {len(code)}, docs {len(docs)}): the extractor broke")

    checked = [(f, l, p) for f, l, p in code if literal_chars(p) >= MIN_CHECKED and shown(p) not in INTERNAL]
    passed_on = sorted({shown(p) for f, l, p in code if literal_chars(p) < MIN_CHECKED})
    used_docs = set()
    for f, l, p in checked:
        hits = [d for d in docs if intersect(p, d[2])]
        if not hits:
            problems.append(f"{f}:{l}: not in docs/writing-stories.md's error tables: {shown(p)}")
        for d in hits:
            used_docs.add(d[1])
        if VERBOSE:
            print(f"{f}:{l}: {shown(p)}\n    = {[d[1] for d in hits]}")
    for f, l, p in fragments:
        wrapped = STAR + p + STAR
        hits = [d for d in docs if intersect(wrapped, d[2])]
        if not hits:
            problems.append(f"{f}:{l}: this part of a message is not in the error tables: {shown(p)}")
        for d in hits:
            used_docs.add(d[1])
    for section, text, p in docs:
        if section.startswith("Lua's own"):
            continue
        if text in used_docs:
            continue
        if any(intersect(p, c[2]) for c in code) or any(intersect(p, STAR + fr[2] + STAR) for fr in fragments):
            continue
        problems.append(f"docs/writing-stories.md ({section}): no such message in the code: {text}")

    # The field tables, the loader's KNOWN fields and the annotations agree.
    known = known_fields(os.path.join(ROOT, "scripts/lib/attune/story.lua"))
    tables = {
        "story": doc_field_table(md, r"\n## `story \{ … \}`"),
        "character": doc_field_table(md, r'\n## `character "id" \{ … \}`'),
        "beat": doc_field_table(md, r'\n## `beat "id" \{ … \}`'),
        "choice": doc_field_table(md, r"\n## Answers \(`choices`\)"),
        "ending": doc_field_table(md, r'\n## `ending "id" \{ … \}`'),
        "effects": doc_field_table(md, r"\n### Changing what an answer does", "effects field"),
    }
    lua_doc = os.path.join(ROOT, "docs/lua/attune.lua")
    classes = {"story": "StoryInfo", "character": "Character", "beat": "Beat",
               "choice": "Choice", "ending": "Ending", "effects": "Effects"}
    # an ending's `choices` is known only to be refused ("an ending has no choices")
    known["ending"].discard("choices")
    for kind, fields in known.items():
        doc = tables.get(kind)
        if doc is None:
            continue
        for f in sorted(fields - doc, key=str):
            problems.append(f"writing-stories.md: the {kind} table lacks the field '{f}' the loader knows")
        for f in sorted(doc - fields, key=str):
            problems.append(f"writing-stories.md: the {kind} table has '{f}', which the loader calls unknown")
        ann = annotation_fields(lua_doc, classes[kind])
        for f in sorted(fields - ann, key=str):
            problems.append(f"docs/lua/attune.lua: {classes[kind]} lacks the field '{f}'")
        for f in sorted(ann - fields, key=str):
            problems.append(f"docs/lua/attune.lua: {classes[kind]} has '{f}', which the loader calls unknown")

    for p in problems:
        print(p)
    print(f"messages-documented: {len(checked)} messages of the code and {len(fragments)} parts checked "
          f"against {len(docs)} in the docs ({len(passed_on)} that pass text on: {', '.join(passed_on)}); "
          f"{len(problems)} problem{'' if len(problems) == 1 else 's'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
