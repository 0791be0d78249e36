#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
"""The engine's include graph, by layer, and the rules it must keep.

    tools/layers.py                 check the rules; print a summary
    tools/layers.py --dot FILE      also write the graph as Graphviz DOT
    tools/layers.py --edges         print every arrow between two layers
    tools/layers.py --root DIR      check another tree (tests/layers-selftest.sh)

Layers (docs/architecture.md, "Layers"), lowest first:

    core     engine/core/     plain C: no SDL, no Lua
    script   engine/script/   the Lua binding: the core, and Lua
    net      engine/net/      the phone vote server: the core, and libmicrohttpd
    ui       engine/ui/       SDL: the core and the binding
    program  engine/*.c       the command line: anything

A header in include/attune/ belongs to the layer of the .c file of the same
name; the few with none are named in HEADERS below. A file may include only
headers of its own layer or a lower one (script and net stand side by side:
neither reaches the other); SDL headers only from ui and program, Lua
headers only from script, libmicrohttpd's only from net. The exit status is 1 when a rule is
broken (each broken rule is printed as file:line), 0 otherwise. Python 3,
standard library only.
"""
import argparse
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))  # --root
ORDER = {"core": 0, "script": 1, "net": 1, "ui": 2, "program": 3}
# Headers with no .c of their own name, and where they belong.
HEADERS = {
    "story.h": "core",           # the story port: engine/core/story_port.c
    "story_tools.h": "script",   # the binding's own door: engine/script/story.c
    "ui_model.h": "core",        # plain data the screens are drawn from
    "picture_limits.h": "core",  # numbers
    "ui.h": "ui",
    "stage_internal.h": "ui",
    "sandbox.h": "script",
}
SDL = re.compile(r"^SDL[\w]*\.h$")
MHD = re.compile(r"^microhttpd\.h$")
LUA = re.compile(r"^(lua|lauxlib|lualib|luaconf)\.h$")
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def layer_of_source(rel):
    parts = rel.split("/")
    if parts[0] == "engine":
        if len(parts) == 2:
            return "program"
        return parts[1] if parts[1] in ORDER else None
    return None


def sources():
    out = []
    for base in ("engine", "include/attune"):
        for dirpath, _, files in os.walk(os.path.join(ROOT, base)):
            for f in sorted(files):
                if f.endswith((".c", ".h")):
                    out.append(os.path.relpath(os.path.join(dirpath, f), ROOT))
    return sorted(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dot", metavar="FILE", help="write the graph as Graphviz DOT")
    ap.add_argument("--edges", action="store_true", help="print the arrows between layers")
    ap.add_argument("--root", help="the source tree to check (default: this one)")
    args = ap.parse_args()
    if args.root:
        global ROOT
        ROOT = os.path.abspath(args.root)

    files = sources()
    modules = {}  # base name of a .c -> layer
    for rel in files:
        if rel.endswith(".c"):
            lay = layer_of_source(rel)
            if lay:
                modules[os.path.basename(rel)[:-2]] = lay

    def layer_of(rel):
        if rel.startswith("engine/"):
            if rel.endswith(".h"):
                return HEADERS.get(os.path.basename(rel)) or layer_of_source(rel)
            return layer_of_source(rel)
        name = os.path.basename(rel)
        return HEADERS.get(name) or modules.get(name[:-2])

    problems, arrows = [], {}
    node_layer = {}
    for rel in files:
        me = layer_of(rel)
        if me is None:
            problems.append(f"{rel}:1: belongs to no layer (name it in tools/layers.py HEADERS)")
            continue
        node = os.path.basename(rel)
        node_layer[node] = me
        with open(os.path.join(ROOT, rel), encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                kind, name = m.groups()
                base = os.path.basename(name)
                if kind == "<":
                    if SDL.match(base) and me in ("core", "script"):
                        problems.append(f"{rel}:{n}: the {me} includes <{name}> (SDL)")
                    if LUA.match(base) and me != "script":
                        problems.append(f"{rel}:{n}: the {me} includes <{name}> (Lua)")
                    if MHD.match(base) and me != "net":
                        problems.append(f"{rel}:{n}: the {me} includes <{name}> (libmicrohttpd)")
                    continue
                if name.startswith("attune/"):
                    target = "include/" + name
                else:
                    target = os.path.relpath(
                        os.path.normpath(os.path.join(ROOT, os.path.dirname(rel), name)), ROOT)
                to = layer_of(target)
                if to is None:
                    problems.append(f"{rel}:{n}: includes {name}, which belongs to no layer")
                    continue
                tnode = os.path.basename(target)
                if tnode != node:
                    arrows.setdefault((node, tnode), (me, to))
                if {me, to} == {"script", "net"}:
                    problems.append(f"{rel}:{n}: the {me} includes {name} ({to}): "
                                    f"the binding and the server never reach each other")
                elif ORDER[to] > ORDER[me]:
                    problems.append(f"{rel}:{n}: the {me} includes {name} ({to}): "
                                    f"a lower layer never reaches a higher one")

    across = sorted((a, b, la, lb) for (a, b), (la, lb) in arrows.items() if la != lb)
    if args.edges:
        for a, b, la, lb in across:
            print(f"{la:7} {a:24} -> {lb:7} {b}")
    if args.dot:
        colours = {"core": "#e8f0e0", "script": "#f3e6cc", "net": "#e6e0f0", "ui": "#dde6f2", "program": "#eeeeee"}
        with open(args.dot, "w", encoding="utf-8") as out:
            out.write("digraph layers {\n  rankdir=BT; node [shape=box, style=filled, "
                      "fontname=\"sans\"];\n")
            for lay in ORDER:
                out.write(f"  subgraph cluster_{lay} {{ label=\"{lay}\"; "
                          f"style=filled; color=\"{colours[lay]}\";\n")
                for node in sorted(k for k, v in node_layer.items() if v == lay):
                    out.write(f"    \"{node}\" [fillcolor=white];\n")
                out.write("  }\n")
            for (a, b), _ in sorted(arrows.items()):
                out.write(f"  \"{a}\" -> \"{b}\";\n")
            out.write("}\n")

    per = {}
    for _, _, la, lb in across:
        per[(la, lb)] = per.get((la, lb), 0) + 1
    counts = {lay: sum(1 for v in node_layer.values() if v == lay) for lay in ORDER}
    print("layers: " + ", ".join(f"{lay} {counts[lay]} files" for lay in ORDER))
    print("arrows between layers: " + (", ".join(
        f"{a} -> {b}: {c}" for (a, b), c in sorted(per.items(),
                                                    key=lambda x: (ORDER[x[0][0]], ORDER[x[0][1]])))
        or "none"))
    for p in problems:
        print(p, file=sys.stderr)
    print(f"layers: {len(problems)} broken rule(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
