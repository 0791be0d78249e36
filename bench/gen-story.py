#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
"""Write a large, valid, well-formed Attune story for the benchmarks.

    python3 bench/gen-story.py OUT_DIR [--beats 2000] [--seed 1]

writes OUT_DIR/story.lua: story "bench-large", one character `kid`, BEATS
beats and five endings (one of each verdict, two disconnected). Standard
library only; the same arguments always give the same file, byte for byte.

Shape (a layered forward DAG, no cycles):

  * Beats are numbered b0001.. in layers; every choice points to a beat of the
    next layer (a few attuned ones skip one layer), so numbers only go up.
    The beats of the last layer route every choice to the endings with a
    `next` branch list on s.connection, s.repairs and s.open_ruptures.
  * Each layer has *calm* beats and *rupture* beats. Attuned answers (attune,
    attune_boundary, repair) lead only to calm beats; misattuned ones (fix,
    rescue, dismiss, enmesh, withdraw) and `steady` lead only to rupture
    beats, and every rupture beat offers a `repair`.
  * Every beat has 3-4 choices: at least one attune or attune_boundary and one
    fix or rescue that carry no `when`, so both stay visible whatever the state.
    Only the optional fourth choice may carry a `when`.
  * `pressure = 30` only on rupture beats: a player who always answers in an
    attuned way never enters one, so is never flooded; attuned answers never
    open a rupture and never lower connection, so they end `connected`
    (`stronger` needs a repair). Fix and rescue always leave a rupture open,
    so always choosing them never reaches a good ending.

With --check (on by default) the generator also walks its own graph with the
default rules of scripts/lib/attune/rules.lua and asserts those two outcomes.
"""
import argparse
import os
import random
import sys

# --------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------

NAME = "Jun"

TOPICS = [
    "the spelling test", "swimming", "the school play", "Grandma’s visit",
    "my bike", "the football team", "the sleepover", "the new teacher",
    "my reading book", "the dentist", "piano practice", "the class trip",
    "Priya", "the lunch queue", "the bus", "my science project",
    "sports day", "the party", "my room", "the times tables",
]

FEELINGS = [
    "worried", "cross", "left out", "embarrassed", "tired", "nervous",
    "fed up", "disappointed", "scared", "sad", "jealous", "hurt",
]

CALM_SAY = [
    "I don’t want to talk about {topic}.",
    "Everyone else is better at {topic} than me.",
    "Why do I even have to do {topic}?",
    "I keep thinking about {topic}.",
    "It’s {topic} again — I *hate* it.",
    "What if {topic} goes wrong again?",
    "You never ask about {topic}.",
    "Can we not talk about {topic}? Please?",
    "I was fine about {topic} until this morning.",
    "Something happened with {topic}… never mind.",
    "I told you about {topic} and you forgot.",
    "Do I *have* to? It’s {topic}.",
]

RUPTURE_SAY = [
    "You’re not even listening!",
    "Forget it. I’m not telling you anything.",
    "That’s not what I meant — you always do this.",
    "Fine. Whatever.",
    "Why are you being like this?",
    "I said I don’t *want* to!",
    "You don’t get it. You **never** get it.",
    "Go away. I mean it.",
    "See? This is why I don’t tell you stuff.",
    "It doesn’t matter anymore.",
]

CUE_A = [
    "{n} stares at the floor", "{n} picks at a sleeve", "{n} kicks the table leg",
    "{n} twists a hair tie round one finger", "{n} hugs a cushion",
    "{n} won’t look up", "{n} talks very fast", "{n} goes very still",
    "{n} lets out a long, shaky sigh", "{n} half-smiles, then stops",
    "{n} pulls their hood up", "{n} turns away to the window",
]
CUE_B = [
    "their voice is small", "their shoulders are up by their ears",
    "their eyes are wet", "their hands are balled into fists",
    "their jaw is tight", "their foot keeps tapping",
    "their breathing is quick", "their cheeks have gone red",
]

LINES = {
    "attune": [
        "You seem really {feeling} about {topic}. Tell me more?",
        "That sounds hard. I’m listening.",
        "{Topic} has been on your mind all day, hasn’t it?",
        "It makes sense you’d feel {feeling} — that was a lot.",
        "I can see it in your face. What happened with {topic}?",
        "Sit with me a minute. No rush.",
        "{feeling_cap}? Yes, I’d feel that too.",
        "Tell me the worst bit about {topic}.",
    ],
    "attune_boundary": [
        "You can be {feeling} — and I won’t let you kick the chair. I’m here.",
        "It’s okay to be cross. It’s not okay to shout at me. Try again?",
        "We still leave at eight, and I’ll walk with you the whole way.",
        "I hear you. The tablet stays off, and I’m staying right here.",
    ],
    "repair": [
        "I rushed you just now. I’m sorry — can we start again?",
        "I got that wrong a minute ago. You were telling me something important.",
        "Sorry, love. I brushed off {topic}, and it matters to you.",
        "Wait. That came out wrong. I’m listening now — really.",
    ],
    "fix": [
        "Just practise more and {topic} will be fine.",
        "Here’s what you do: write it down and stop worrying.",
        "It’s easy — I’ll show you the trick.",
        "Look on the bright side: it’s nearly the weekend!",
        "Have you tried just… not thinking about it?",
    ],
    "rescue": [
        "I’ll email your teacher about {topic} tonight.",
        "Don’t worry, I’ll sort {topic} out for you.",
        "You don’t have to go. I’ll ring and say you’re ill.",
        "Give it here, I’ll do that bit.",
    ],
    "dismiss": [
        "It’s only {topic}. You’re making a fuss.",
        "Oh, come on, that’s nothing to cry about.",
        "You’ll have forgotten all about it by tomorrow.",
        "Are you *still* going on about {topic}?",
    ],
    "enmesh": [
        "When you’re {feeling} I get so upset too — I can’t stand it.",
        "Please don’t be upset, I can’t cope with it today.",
        "You’re breaking my heart, you know that?",
        "After the day I’ve had, I really needed you to be okay.",
    ],
    "withdraw": [
        "I’m not talking to you while you’re like this.",
        "Fine. Sort it out yourself, then.",
        "I’ve got emails to do. Later.",
        "Call me when you’ve calmed down.",
    ],
    "steady": [
        "(Say nothing yet. Breathe out slowly and unclench your jaw.)",
        "(Put the phone face down. Feel your feet on the floor.)",
        "(Count three breaths before you answer.)",
    ],
}

INNER = {
    "attune": ["They actually want to know.", "I can say it. They’re listening.",
               "Someone sees it’s hard.", "Maybe it’s not so silly to feel this."],
    "attune_boundary": ["They’re not scared of my cross.", "There’s a line, but they’re still here.",
                        "I can’t do that — but I’m not in trouble for feeling it."],
    "repair": ["They came back. It’s okay to be upset.", "A grown-up said sorry. To me.",
               "Oh. Maybe I can tell them after all."],
    "fix": ["So it’s my fault for not trying.", "They just want me to stop feeling it.",
            "Easy? Then why can’t I do it?"],
    "rescue": ["I guess I can’t do it myself.", "Phew… but now I feel like a baby."],
    "dismiss": ["It’s not nothing to me.", "Maybe my feelings are silly.", "Nobody cares."],
    "enmesh": ["Now I have to look after them.", "I made them sad. I’ll hide it next time."],
    "withdraw": ["Big feelings make people leave.", "I’m on my own with it. Again."],
    "steady": ["They went quiet. Not angry, just… still.", "Something in the room slows down."],
}

WHY = {
    "attune": ["You named the feeling before the problem, so {n} felt seen.",
               "Listening first gave the feeling somewhere to go.",
               "You followed {n}’s lead instead of steering."],
    "attune_boundary": ["Warmth and a limit together — {n} could lean on both.",
                        "You held the line on behaviour and stayed with the feeling."],
    "repair": ["You owned the miss simply; a break between you can mend.",
               "Coming back after a miss matters more than never missing."],
    "fix": ["Advice came before understanding, and it made the feeling wrong.",
            "A solution was kind, but {n} needed to be heard first."],
    "rescue": ["Taking over eased the moment but quietly said “you can’t”.",
               "Sorting it for {n} took away the chance to cope."],
    "dismiss": ["Shrinking the problem told {n} the feeling didn’t count.",
                "Moving on fast skipped what {n} was trying to say."],
    "enmesh": ["Your upset became {n}’s to carry; steady yourself first.",
               "Making it about you left {n} looking after you."],
    "withdraw": ["Leaving at the peak taught that feelings push people away.",
                 "Needing space is human, but {n} was left alone with it."],
    "steady": ["You can only attune from a steady body; a breath comes first."],
}

REFLECT = [
    "What did {n}’s body tell you that the words didn’t?",
    "When have you felt like this yourself?",
    "What makes it hard to stay curious here?",
]
NOTE = [
    "A good place to pause and ask the group what they noticed.",
    "Invite people to say the attuned line out loud in their own words.",
]

MISATTUNED = ["fix", "rescue", "dismiss", "enmesh", "withdraw"]
ATTUNED = ("attune", "attune_boundary", "repair")
VAR_FOR = {"fix": "rushed", "dismiss": "rushed", "rescue": "took_over",
           "enmesh": "lost_it", "withdraw": "lost_it"}

# Conditions for the optional fourth choice: (Lua expression, the same in Python).
# `seen` conditions are made per beat (they name an earlier beat).
ATT_CONDS = [
    ("s.connection >= 60", lambda s: s["connection"] >= 60),
    ("s.vars.noticed", lambda s: bool(s["vars"].get("noticed"))),
    ("s.repairs > 0", lambda s: s["repairs"] > 0),
    ("s.vars.rushed", lambda s: bool(s["vars"].get("rushed"))),
    ("s.vars.took_over and s.open_ruptures > 0",
     lambda s: bool(s["vars"].get("took_over")) and len(s["open"]) > 0),
]
MIS_CONDS = [
    ("s.open_ruptures > 0", lambda s: len(s["open"]) > 0),
    ("s.vars.lost_it", lambda s: bool(s["vars"].get("lost_it"))),
    ("s.connection < 50", lambda s: s["connection"] < 50),
    ("s.steadiness < 50", lambda s: s["steadiness"] < 50),
]

# The endings, in the order the branch list tries them.
ENDINGS = [
    ("end-stronger", "stronger", "Stronger for it",
     "Later, {n} leans against you on the sofa. “You said sorry,” they say. “That was nice.”",
     "s.repairs > 0 and s.open_ruptures == 0 and s.connection >= 65",
     lambda s: s["repairs"] > 0 and not s["open"] and s["connection"] >= 65),
    ("end-connected", "connected", "Side by side",
     "{n} tells you the rest of it at bedtime, slowly, with the light still on.",
     "s.open_ruptures == 0 and s.connection >= 65",
     lambda s: not s["open"] and s["connection"] >= 65),
    ("end-truce", "other", "A truce",
     "Nothing is settled, but {n} says goodnight. Tomorrow is another go.",
     "s.connection >= 40",
     lambda s: s["connection"] >= 40),
    ("end-shut", "disconnected", "A closed door",
     "{n}’s door clicks shut. Through it, very quietly, you hear crying.",
     "s.open_ruptures >= 3 and s.connection < 20",
     lambda s: len(s["open"]) >= 3 and s["connection"] < 20),
    ("end-apart", "disconnected", "Miles apart",
     "{n} goes up to bed without a word. The evening ends the way it began — alone.",
     None, lambda s: True),
]

# The default effects of scripts/lib/attune/rules.lua, for the self-check only.
KINDS = {
    "attune": dict(connection=10, steadiness=0, state="ease"),
    "attune_boundary": dict(connection=8, steadiness=5, state="ease"),
    "fix": dict(connection=-10, steadiness=-5, state="escalate", rupture=True),
    "rescue": dict(connection=-8, steadiness=-5, state=False, rupture=True),
    "dismiss": dict(connection=-12, steadiness=0, state="escalate", rupture=True),
    "enmesh": dict(connection=-8, steadiness=-20, state="escalate", rupture=True),
    "withdraw": dict(connection=-12, steadiness=0, state="shutdown", rupture=True),
    "repair": dict(connection=15, steadiness=5, state="ease", repair=True),
    "steady": dict(connection=0, steadiness=30, state=False),
}
FLOODED = 35
MAX_LINE = 119  # every text field stays under 120 characters


class Choice:
    def __init__(self, kind, role):
        self.kind = kind
        self.role = role          # "att", "mis" or "steady": which beats it may lead to
        self.cond = None          # (lua, py) or None
        self.target = None        # beat index, or "END"
        self.text = self.inner = self.why = ""
        self.effects = None       # list of (key, lua value) or None
        self.set = None           # variable name or None


class Beat:
    def __init__(self, idx, layer, calm):
        self.idx, self.layer, self.calm = idx, layer, calm
        self.choices = []
        self.say = self.cue = ""
        self.state = None
        self.pressure = None
        self.reflect = self.note = None
        self.shuffle = None


def lua_str(s):
    assert len(s) <= MAX_LINE, "text too long (%d): %s" % (len(s), s)
    s.encode("utf-8")
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Generator:
    def __init__(self, beats, seed):
        self.n = beats
        self.rng = random.Random(seed)
        self.digits = max(4, len(str(beats)))

    def bid(self, i):
        return "b%0*d" % (self.digits, i + 1)

    # ---- the graph -------------------------------------------------------

    def widths(self):
        rng, n = self.rng, self.n
        # at least 4 layers: three attuned answers reach connection 65 whatever their effects
        layers = max(4, round((n ** 0.5) * 1.3))
        layers = min(layers, (n - 1) // 2 + 1)  # every layer after the first holds >= 2 beats
        base = (n - 1) / (layers - 1)
        w = [1]
        for _ in range(1, layers):
            w.append(max(2, min(2 * w[-1], round(base * rng.uniform(0.7, 1.3)))))
        # Adjust to exactly n beats, keeping 2 <= w[l] <= 2 * w[l - 1].
        while sum(w) != n:
            if sum(w) < n:
                ok = [l for l in range(1, layers) if w[l] + 1 <= 2 * w[l - 1]]
                w[rng.choice(ok)] += 1
            else:
                ok = [l for l in range(1, layers) if w[l] > 2 and
                      (l + 1 >= layers or w[l + 1] <= 2 * (w[l] - 1))]
                w[rng.choice(ok)] -= 1
        return w

    def skeleton(self, b, pressure, earlier):
        """The kinds of a beat's choices (and any `when`); targets come later.
        `earlier` is how many beats lie in the layers before this one."""
        rng = self.rng
        ch = []
        if b.calm:
            ch.append(Choice(rng.choice(["attune"] * 3 + ["attune_boundary"]), "att"))
            ch.append(Choice(rng.choice(["fix", "rescue"]), "mis"))
            ch.append(Choice(rng.choice(MISATTUNED), "mis"))
        else:
            ch.append(Choice("repair", "att"))
            ch.append(Choice(rng.choice(["attune"] * 2 + ["attune_boundary"]), "att"))
            ch.append(Choice(rng.choice(["fix", "rescue"]), "mis"))
        if rng.random() < 0.5:
            if pressure and rng.random() < 0.6:
                ch.append(Choice("steady", "steady"))
            elif rng.random() < 0.5:
                c = Choice(rng.choice(["attune", "attune_boundary"]), "att")
                r = rng.random()
                if r < 0.4:
                    c.cond = rng.choice(ATT_CONDS)
                elif r < 0.55 and earlier:
                    seen = self.bid(rng.randrange(earlier))
                    c.cond = ('s.seen("%s")' % seen, lambda s, seen=seen: seen in s["seen"])
                ch.append(c)
            else:
                c = Choice(rng.choice(MISATTUNED), "mis")
                if rng.random() < 0.4:
                    c.cond = rng.choice(MIS_CONDS)
                ch.append(c)
        return ch

    def build(self):
        rng = self.rng
        w = self.widths()
        self.layers = []
        beats = []
        for l, width in enumerate(w):
            if l == 0:
                calm_n = 1
            else:
                prev = self.layers[l - 1]
                u_att = sum(1 if b.calm else 2 for b in prev)
                u_mis = sum(2 if b.calm else 1 for b in prev)
                lo, hi = max(1, width - u_mis), min(width - 1, u_att)
                assert lo <= hi, (l, width, u_att, u_mis)
                calm_n = min(hi, max(lo, round(width * rng.uniform(0.5, 0.7))))
            kinds = [True] * calm_n + [False] * (width - calm_n)
            if l > 0:
                rng.shuffle(kinds)
            layer = []
            for calm in kinds:
                b = Beat(len(beats), l, calm)
                beats.append(b)
                layer.append(b)
            self.layers.append(layer)
        self.beats = beats
        last = len(self.layers) - 1
        starts = [layer[0].idx for layer in self.layers]
        for b in beats:
            pressure = (not b.calm) and rng.random() < 0.2
            b.pressure = 30 if pressure else None
            b.choices = self.skeleton(b, pressure, starts[b.layer])
        for l, layer in enumerate(self.layers):
            if l == last:
                for b in layer:
                    for c in b.choices:
                        c.target = "END"
                continue
            nxt = self.layers[l + 1]
            calm_t = [b.idx for b in nxt if b.calm]
            rupt_t = [b.idx for b in nxt if not b.calm]
            skip_t = [b.idx for b in self.layers[l + 2] if b.calm] if l + 2 <= last else []
            for role, targets in (("att", calm_t), ("mis", rupt_t)):
                slots = [(b, c) for b in layer for c in b.choices if c.role == role]
                rng.shuffle(slots)
                slots.sort(key=lambda bc: bc[1].cond is not None)  # visible-always first
                assert len(slots) >= len(targets)
                order = targets[:]
                rng.shuffle(order)
                for i, (b, c) in enumerate(slots):
                    if i < len(order):
                        c.target = order[i]
                    elif role == "att" and skip_t and rng.random() < 0.1:
                        c.target = rng.choice(skip_t)
                    else:
                        used = {x.target for x in b.choices}
                        free = [t for t in targets if t not in used] or targets
                        c.target = rng.choice(free)
            for b in layer:
                for c in b.choices:
                    if c.role == "steady":
                        c.target = rng.choice(rupt_t)
        self.check_shape()

    def check_shape(self):
        incoming = [0] * len(self.beats)
        for b in self.beats:
            assert 3 <= len(b.choices) <= 4
            plain = [c for c in b.choices if c.cond is None]
            assert any(c.kind in ("attune", "attune_boundary") for c in plain)
            assert any(c.kind in ("fix", "rescue") for c in plain)
            if not b.calm:
                assert any(c.kind == "repair" for c in plain)
            else:
                assert b.pressure is None
            for c in b.choices:
                if c.target == "END":
                    continue
                t = self.beats[c.target]
                assert t.idx > b.idx
                assert t.calm == (c.kind in ATTUNED), (b.idx, c.kind, t.idx)
                incoming[t.idx] += 1
        assert all(incoming[1:]), "a beat cannot be reached"

    # ---- the words -------------------------------------------------------

    def words(self):
        rng = self.rng
        for b in self.beats:
            topic = rng.choice(TOPICS)
            feeling = rng.choice(FEELINGS)
            fill = dict(topic=topic, Topic=topic[0].upper() + topic[1:], feeling=feeling,
                        feeling_cap=feeling[0].upper() + feeling[1:], n=NAME)
            if b.calm:
                b.say = rng.choice(CALM_SAY).format(**fill)
            else:
                b.say = rng.choice(RUPTURE_SAY).format(**fill)
                if rng.random() < 0.4:
                    b.state = rng.choice(["activated", "activated", "shutdown"])
            b.cue = (rng.choice(CUE_A) + ", and " + rng.choice(CUE_B) + ".").format(**fill)
            if rng.random() < 0.03:
                b.reflect = rng.choice(REFLECT).format(**fill)
            if rng.random() < 0.02:
                b.note = rng.choice(NOTE)
            if rng.random() < 0.02:
                b.shuffle = False
            used = set()

            def pick(table, kind):
                # no line twice in one beat while the list has fresh ones
                fresh = [t for t in table[kind] if t not in used] or table[kind]
                t = rng.choice(fresh)
                used.add(t)
                return t.format(**fill)

            for c in b.choices:
                c.text = pick(LINES, c.kind)
                c.inner = pick(INNER, c.kind)
                c.why = pick(WHY, c.kind)
                r = rng.random()
                if c.kind == "attune":
                    if r < 0.08:
                        c.effects = [("connection", "5")]
                    elif r < 0.18:
                        c.set = "noticed"
                elif c.kind == "repair" and r < 0.1:
                    c.effects = [("connection", "20")]
                elif c.kind in VAR_FOR:
                    if r < 0.06:
                        c.effects = [("connection", "-5"), ("state", "false")]
                    elif r < 0.1:
                        c.effects = [("connection", "-15")]
                    if rng.random() < 0.35:
                        c.set = VAR_FOR[c.kind]

    # ---- the Lua ---------------------------------------------------------

    def lua(self):
        out = []
        w = out.append
        w("-- Bench: a large story. Generated by bench/gen-story.py (--beats %d) — do not edit;"
          % self.n)
        w("-- regenerate instead. A layered forward graph: attuned answers lead to calm beats,")
        w("-- misattuned ones to rupture beats (each with a repair); the last layer routes to")
        w("-- the endings by how the evening went.")
        w("")
        w('story { id = "bench-large", title = "Bench: a large story",')
        w('        relationship = "parent-child", minutes = 120, start = "%s",' % self.bid(0))
        w('        summary = "A long evening with %s, generated to measure the tools.",' % NAME)
        w('        you = "You are %s’s parent.", with = "kid" }' % NAME)
        w("")
        w('character "kid" { name = "%s", about = "your child, nine", state = "activated" }'
          % NAME)
        w("")
        w("local function to_ending()")
        w("  return {")
        for eid, _, _, _, cond, _ in ENDINGS:
            if cond:
                w('    { "%s", when = function(s) return %s end },' % (eid, cond))
            else:
                w('    { "%s" },' % eid)
        w("  }")
        w("end")
        w("")
        for b in self.beats:
            w('beat "%s" {' % self.bid(b.idx))
            head = []
            if b.state:
                head.append('state = "%s"' % b.state)
            if b.pressure:
                head.append("pressure = %d" % b.pressure)
            if b.shuffle is False:
                head.append("shuffle = false")
            if head:
                w("  " + ", ".join(head) + ",")
            w("  say = { kid = %s }," % lua_str(b.say))
            w("  cue = %s," % lua_str(b.cue))
            if b.reflect:
                w("  reflect = %s," % lua_str(b.reflect))
            if b.note:
                w("  note = %s," % lua_str(b.note))
            w("  choices = {")
            for c in b.choices:
                nxt = "to_ending()" if c.target == "END" else '"%s"' % self.bid(c.target)
                w('    { %s, kind = "%s", next = %s,' % (lua_str(c.text), c.kind, nxt))
                extra = []
                if c.cond:
                    extra.append("when = function(s) return %s end" % c.cond[0])
                if c.effects:
                    extra.append("effects = { %s }" % ", ".join("%s = %s" % kv for kv in c.effects))
                if c.set:
                    extra.append("set = { %s = true }" % c.set)
                if extra:
                    w("      " + ", ".join(extra) + ",")
                w("      inner = %s," % lua_str(c.inner))
                w("      why = %s }," % lua_str(c.why))
            w("  },")
            w("}")
            w("")
        for eid, verdict, title, text, _, _ in ENDINGS:
            w('ending "%s" { title = %s, verdict = "%s",' % (eid, lua_str(title), verdict))
            w("  text = %s }" % lua_str(text.format(n=NAME)))
            w("")
        return "\n".join(out)

    # ---- the self-check: walk the graph with the default rules --------------

    def walk(self, pick, rng):
        s = dict(connection=50, steadiness=70, state="activated", open=[], repairs=0,
                 vars={}, seen=set())
        b = self.beats[0]
        flooded_ever = False
        while True:
            s["seen"].add(self.bid(b.idx))
            if b.state:
                s["state"] = b.state
            if b.pressure:
                s["steadiness"] = max(0, s["steadiness"] - b.pressure)
            shown = [c for c in b.choices if c.cond is None or c.cond[1](s)]
            flooded = s["steadiness"] < FLOODED
            flooded_ever |= flooded
            c = pick(shown, flooded, rng)
            if c is None:  # the built-in steady answer: stay, no second pressure
                s["steadiness"] = min(100, s["steadiness"] + 30)
                continue
            e = dict(KINDS[c.kind])
            for k, v in c.effects or []:
                e[k] = {"false": False}.get(v, v if k == "state" else int(v))
            conn = s["connection"]
            if e.get("repair"):
                if s["open"]:
                    s["open"].pop(0)
                    s["repairs"] += 1
                    conn += e["connection"]
                else:
                    conn += 5
            else:
                conn += e["connection"]
            s["connection"] = min(100, max(0, conn))
            if e.get("rupture"):
                s["open"].append(b.idx)
            s["steadiness"] = min(100, max(0, s["steadiness"] + e["steadiness"]))
            if c.set:
                s["vars"][c.set] = True
            if c.target == "END":
                for eid, verdict, _, _, _, cond in ENDINGS:
                    if cond(s):
                        return verdict, flooded_ever
            b = self.beats[c.target]

    def self_check(self):
        rng = random.Random(12345)

        def attuned(shown, flooded, rng):
            assert not flooded, "an always-attuned player was flooded"
            return rng.choice([c for c in shown if c.kind in ATTUNED])

        def fix_rescue(shown, flooded, rng):
            return rng.choice([c for c in shown if c.kind in ("fix", "rescue")])

        def random_pick(shown, flooded, rng):
            ok = [c for c in shown if not (flooded and c.kind in ATTUNED)]
            if flooded and not any(c.kind == "steady" for c in ok):
                ok.append(None)
            return rng.choice(ok)

        good = ("connected", "stronger")
        for _ in range(200):
            v, _ = self.walk(attuned, rng)
            assert v in good, "always attuned ended %s" % v
            v, _ = self.walk(fix_rescue, rng)
            assert v not in good, "always fix/rescue ended %s" % v
        counts = {}
        for _ in range(1000):
            v, _ = self.walk(random_pick, rng)
            counts[v] = counts.get(v, 0) + 1
        return counts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir", metavar="OUT_DIR", help="folder to write story.lua into")
    ap.add_argument("--beats", type=int, default=2000, help="number of beats (default 2000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--no-check", action="store_true",
                    help="skip the self-check walks with the default rules")
    a = ap.parse_args()
    if a.beats < 7:
        ap.error("--beats must be at least 7")
    g = Generator(a.beats, a.seed)
    g.build()
    g.words()
    text = g.lua()
    summary = ""
    if not a.no_check:
        counts = g.self_check()
        summary = "; random walks end " + ", ".join(
            "%s %d" % (k, counts[k]) for k in sorted(counts))
    os.makedirs(a.out_dir, exist_ok=True)
    path = os.path.join(a.out_dir, "story.lua")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text + "\n")
    print("gen-story: wrote %s (%d beats in %d layers, %d endings%s)"
          % (path, len(g.beats), len(g.layers), len(ENDINGS), summary), file=sys.stderr)


if __name__ == "__main__":
    main()
