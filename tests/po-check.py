#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
"""The interface's catalogues (issue 19).

    po-check.py pot CMAKE SOURCE_DIR VERSION
        po/attune.pot holds exactly the messages the sources mark: it is made
        again from po/POTFILES.in into a temporary folder (cmake/pot.cmake)
        and the two are compared by message (context, singular, plural), the
        header and the places left aside. After marking a string:
        cmake --build build --target pot.
    po-check.py po SOURCE_DIR
        every po/<lang>.po passes msgfmt --check and has the pot's messages,
        each translated and none fuzzy. With no .po yet there is nothing to
        check (the translators' files land on other branches).
"""
import glob
import os
import subprocess
import sys
import tempfile


def unquote(s):
    s = s.strip()
    assert s.startswith('"') and s.endswith('"'), s
    return bytes(s[1:-1], "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")


def entries(path):
    """Each message of a .po/.pot: dict with ctxt, id, plural, strs, fuzzy."""
    out, cur, field, flags = [], None, None, []

    def flush():
        nonlocal cur
        if cur is not None and "id" in cur:
            out.append(cur)
        cur = None

    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if line.startswith("#~"):
            continue  # obsolete: not a message
        if line.startswith("#,"):
            flush()
            flags = [f.strip() for f in line[2:].split(",")]
            continue
        if line.startswith("#") or not line.strip():
            if not line.strip():
                flush()
            continue
        for key in ("msgctxt", "msgid_plural", "msgid", "msgstr"):
            if line.startswith(key):
                rest = line[len(key):]
                if key == "msgstr" and rest.startswith("["):
                    rest = rest[rest.index("]") + 1:]
                if key in ("msgctxt",) or (key == "msgid" and (cur is None or "id" in cur and "strs" in cur)):
                    flush()
                if cur is None:
                    cur = {"ctxt": None, "plural": None, "strs": [], "fuzzy": "fuzzy" in flags}
                    flags = []
                field = {"msgctxt": "ctxt", "msgid": "id", "msgid_plural": "plural", "msgstr": "str"}[key]
                if field == "str":
                    cur["strs"].append(unquote(rest))
                else:
                    cur[field] = unquote(rest)
                break
        else:
            if line.startswith('"') and cur is not None:
                if field == "str":
                    cur["strs"][-1] += unquote(line)
                else:
                    cur[field] += unquote(line)
    flush()
    return [e for e in out if e["id"] != "" or e["ctxt"] is not None]


def keys(es):
    return {(e["ctxt"], e["id"], e["plural"]) for e in es}


def show(k):
    c, i, p = k
    return (f"[{c}] " if c else "") + repr(i) + (f" / {p!r}" if p else "")


def check_pot(cmake, src, version):
    pot = os.path.join(src, "po", "attune.pot")
    if not os.path.isfile(pot):
        print("po-check: po/attune.pot is missing: cmake --build build --target pot")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        fresh = os.path.join(tmp, "attune.pot")
        r = subprocess.run([cmake, f"-DSRC={src}", f"-DOUT={fresh}", f"-DVERSION={version}",
                            "-P", os.path.join(src, "cmake", "pot.cmake")],
                           capture_output=True, text=True)
        if r.returncode != 0:
            print(r.stdout + r.stderr)
            print("po-check: could not make the template again")
            return 1
        want, have = keys(entries(fresh)), keys(entries(pot))
    missing, stale = sorted(want - have, key=str), sorted(have - want, key=str)
    for k in missing:
        print("po-check: marked in the sources, not in po/attune.pot:", show(k))
    for k in stale:
        print("po-check: in po/attune.pot, no longer in the sources:", show(k))
    if missing or stale:
        print("po-check: po/attune.pot is out of date: cmake --build build --target pot")
        return 1
    print(f"po-check: po/attune.pot is up to date ({len(want)} messages)")
    return 0


def check_po(src):
    pot = keys(entries(os.path.join(src, "po", "attune.pot")))
    files = sorted(glob.glob(os.path.join(src, "po", "*.po")))
    bad = 0
    for po in files:
        name = os.path.relpath(po, src)
        r = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, po],
                           capture_output=True, text=True)
        if r.returncode != 0:
            print(r.stderr.strip())
            print(f"po-check: {name} fails msgfmt --check")
            bad += 1
            continue
        es = entries(po)
        have = keys(es)
        for k in sorted(pot - have, key=str):
            print(f"po-check: {name} lacks {show(k)} (msgmerge it with po/attune.pot)")
            bad += 1
        for k in sorted(have - pot, key=str):
            print(f"po-check: {name} has {show(k)}, which is not in po/attune.pot")
            bad += 1
        for e in es:
            if e["fuzzy"]:
                print(f"po-check: {name}: fuzzy: {show((e['ctxt'], e['id'], e['plural']))}")
                bad += 1
            elif not e["strs"] or any(s == "" for s in e["strs"]):
                print(f"po-check: {name}: untranslated: {show((e['ctxt'], e['id'], e['plural']))}")
                bad += 1
    print(f"po-check: {len(files)} catalogue(s) checked, {bad} problem(s)")
    return 1 if bad else 0


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "pot":
        return check_pot(sys.argv[2], sys.argv[3], sys.argv[4])
    if len(sys.argv) == 3 and sys.argv[1] == "po":
        return check_po(sys.argv[2])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
