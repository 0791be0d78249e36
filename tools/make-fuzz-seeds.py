#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
"""Write the seed corpora for the fuzz targets.

  make-fuzz-seeds.py            saves and texts into tests/fuzz/corpus/ (committed)
  make-fuzz-seeds.py --stories DIR   story seeds into DIR (tools/fuzz.sh does
                                this at run time, from the shipped stories and
                                the test fixtures, so they are never copied
                                into the repository)

Saves follow the format in engine/core/save.c: "ATSV" | u32 version | u64 sequence
| u32 payload length | u32 CRC-32 of header bytes 0..19 and the payload.
Both formats are seeded: version 1 (still read) and version 2 (written)."""
import os, shutil, struct, sys, zlib

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
corpus = os.path.join(root, "tests", "fuzz", "corpus")


def story_seeds(out):
    os.makedirs(out, exist_ok=True)
    sources = [os.path.join(root, "scripts", "stories", d, "story.lua")
               for d in sorted(os.listdir(os.path.join(root, "scripts", "stories")))]
    fixtures = os.path.join(root, "tests", "fixtures", "stories")
    # Every fixture is a seed, the hostile ones and the runaways included:
    # fuzz_story runs each under the game's own time limits, so one that
    # takes longer than they allow is a finding, and the mutations of a
    # hostile story are where a new way past the sandbox is likeliest.
    sources += [os.path.join(fixtures, d, "story.lua") for d in sorted(os.listdir(fixtures))]
    for src in sources:
        if os.path.isfile(src):
            shutil.copyfile(src, os.path.join(out, os.path.basename(os.path.dirname(src)) + ".lua"))


if len(sys.argv) == 3 and sys.argv[1] == "--stories":
    story_seeds(sys.argv[2])
    sys.exit(0)

def save(seq, story, seed, path, version=1, extra=None, roads=()):
    payload = f"story {story}\ndir /x/{story}\nseed {seed}\ntime 1700000000\n"
    for key, value in (extra or {}).items():
        payload += f"{key} {value}\n"
    payload += "".join(f"step {p}\n" for p in path)
    for road in roads:
        payload += f"road {len(road)}\n" + "".join(f"via {p}\n" for p in road)
    payload = payload.encode()
    head = b"ATSV" + struct.pack("<IQI", version, seq, len(payload))
    crc = zlib.crc32(payload, zlib.crc32(head))
    return head + struct.pack("<I", crc) + payload

os.makedirs(os.path.join(corpus, "save"), exist_ok=True)
seeds = {
    "empty-path.sav": save(1, "homework-night", 7, []),
    "three-steps.sav": save(5, "homework-night", 12345678901234, ["kitchen.1", "snap.2", "steady"]),
    "unicode-ids.sav": save(2, "tiny", 1, ["one.1", "café—“x”"]),
    "v2-label.sav": save(3, "homework-night", 99, ["kitchen.1"], version=2,
                         extra={"title": "Homework Night", "beat": "snap",
                                "label": "I can't do it. It's stupid…"}),
    "v2-roads.sav": save(4, "homework-night", 5, ["kitchen.1", "snap.2"], version=2,
                         extra={"beat": "bath"},
                         roads=[["kitchen.3"], ["kitchen.1", "snap.1", "café—“x”"]]),
}
for name, data in seeds.items():
    with open(os.path.join(corpus, "save", name), "wb") as f:
        f.write(data)

os.makedirs(os.path.join(corpus, "text"), exist_ok=True)
texts = {
    "plain": "I can't do it. It's stupid. I'm stupid.",
    "markup": "I *hate* this and **nobody** listens \\* to me",
    "unicode": "Café — “quoted” ‘single’ … naïve façade",
    "newlines": "one\ntwo\n\nthree *four\nfive* six",
    "long-word": "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b",
    "bad-utf8": b"bad \xff\xfe bytes \xc3".decode("latin-1"),
}
for name, t in texts.items():
    # three parameter bytes (size, width, style), then the text
    data = bytes([18, 60, 1]) + t.encode("latin-1" if name == "bad-utf8" else "utf-8")
    with open(os.path.join(corpus, "text", name), "wb") as f:
        f.write(data)

# Phone requests (tests/fuzz/fuzz_phones.c): the path's byte (0 join, 1 state,
# 2 vote, 3 junk), what is shown first (0: nothing), the address, clock and
# random bytes' byte, then the body. Tokens are the fixed phones' (0-3 joined).
def token(k):
    return (bytes([k]) + bytes(i * 0x11 for i in range(1, 16))).hex()

os.makedirs(os.path.join(corpus, "phones"), exist_ok=True)
phones = {
    "join": (0, 0, 4, "code=4821"),
    "join-wrong": (0, 0, 1, "code=1234"),
    "join-extra": (0, 0, 5, "code=4821&seen=0"),
    "state-first": (1, 0, 0, f"token={token(0)}&seen=0"),
    "state-seen": (1, 0, 0, f"token={token(1)}&seen=2"),
    "state-unknown": (1, 0, 0, f"token={token(7)}&seen=0"),
    "vote": (2, 0, 0, f"token={token(2)}&decision=1&answer=B"),
    "vote-change": (2, 0, 0, f"token={token(2)}&decision=1&answer=C"),
    "vote-beyond": (2, 0, 0, f"token={token(3)}&decision=1&answer=I"),
    "vote-stale": (2, 0x4f, 0, f"token={token(0)}&decision=1&answer=A"),
    "vote-closed": (2, 0x17, 0, f"token={token(1)}&decision=1&answer=A"),
    "vote-reopened": (2, 0x2f, 0, f"token={token(1)}&decision=1&answer=B"),
    "junk-path": (3, 0, 0, "code=4821"),
    "empty": (1, 0, 0, ""),
    "trailing-amp": (2, 0, 0, f"token={token(0)}&decision=1&answer=A&"),
    "percent": (0, 0, 0, "code=48%321"),
    "too-long": (1, 0, 0, f"token={token(0)}&seen=0&" + "x" * 250),
}
for name, (path, show, how, body) in phones.items():
    with open(os.path.join(corpus, "phones", name), "wb") as f:
        f.write(bytes([path, show, how]) + body.encode())

print("seeds written to", corpus)
