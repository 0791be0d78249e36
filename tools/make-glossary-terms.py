#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
"""Write the names the glossary knows into scripts/lib/attune/story.lua.

`attune check` warns when a story links a [[term]] the glossary does not have,
but the story library cannot read assets/glossary.txt (it only sees the story's
own folder). So this tool copies every term and `also:` form, normalized the
way a link is (trimmed, spaces made one, ASCII lower-case), into a generated
block of story.lua between the lines "-- BEGIN GLOSSARY TERMS" and
"-- END GLOSSARY TERMS". It reads the glossary by the rules of engine/core/glossary.c.

Usage: tools/make-glossary-terms.py          rewrite the block
       tools/make-glossary-terms.py --check  exit 1 if the block is out of date
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GLOSSARY = os.path.join(ROOT, "assets", "glossary.txt")
STORY_LUA = os.path.join(ROOT, "scripts", "lib", "attune", "story.lua")
BEGIN = "-- BEGIN GLOSSARY TERMS"
END = "-- END GLOSSARY TERMS"
NAME_MAX = 63


def normalize(s):
    """A name as a link looks it up, or None when empty or too long."""
    words = s.replace("\t", " ").replace("\r", " ").replace("\n", " ").split(" ")
    name = " ".join(w for w in words if w)
    name = "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in name)
    if not name or len(name.encode("utf-8")) > NAME_MAX:
        return None
    return name


def read_names(path):
    """Every name of every usable entry (one with a term and some text)."""
    names, entry = set(), None

    def finish():
        if entry and entry["term"] and entry["text"] and entry["term"] not in names:
            names.update(entry["names"])

    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    for raw in lines:
        line = raw.strip(" \t\r\n")
        if line.startswith("##"):
            finish()
            term = normalize(line[2:])
            entry = {"term": term, "names": [term] if term else [], "text": False}
        elif not line or line.startswith("#") or entry is None:
            continue
        elif not entry["text"] and line.lower().startswith("also:"):
            for item in line[5:].split(","):
                name = normalize(item)
                if name:
                    entry["names"].append(name)
        elif not entry["text"] and line.lower().startswith("see:"):
            continue
        else:
            entry["text"] = True
    finish()
    return sorted(names)


def lua_string(s):
    """A Lua string literal for `s` (UTF-8 kept as it is)."""
    out = []
    for c in s:
        if c in '"\\':
            out.append("\\" + c)
        elif ord(c) < 32 or ord(c) == 127:
            out.append("\\%03d" % ord(c))
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def block(names):
    lines = [BEGIN, "local GLOSSARY_TERMS = {"]
    lines += ["  [%s] = true," % lua_string(n) for n in names]
    lines += ["}", END]
    return "\n".join(lines)


def main():
    check = "--check" in sys.argv[1:]
    with open(STORY_LUA, encoding="utf-8") as f:
        lua = f.read()
    start, stop = lua.find(BEGIN), lua.find(END)
    if start < 0 or stop < start:
        sys.exit("make-glossary-terms: %s has no '%s' ... '%s' block" % (STORY_LUA, BEGIN, END))
    new = lua[:start] + block(read_names(GLOSSARY)) + lua[stop + len(END):]
    if new == lua:
        if not check:
            print("make-glossary-terms: %s is up to date" % os.path.relpath(STORY_LUA, ROOT))
        return
    if check:
        sys.exit("make-glossary-terms: the glossary terms in %s are out of date with %s;\n"
                 "  run tools/make-glossary-terms.py" % (os.path.relpath(STORY_LUA, ROOT),
                                                        os.path.relpath(GLOSSARY, ROOT)))
    with open(STORY_LUA, "w", encoding="utf-8") as f:
        f.write(new)
    print("make-glossary-terms: wrote the glossary terms into %s" % os.path.relpath(STORY_LUA, ROOT))


if __name__ == "__main__":
    main()
