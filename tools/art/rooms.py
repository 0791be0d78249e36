# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Part of Attune's art: writes SVG files into the repository (run from
# anywhere; paths are relative to the repository root). See tools/art/README.md.
import os as _os
ROOT = _os.path.dirname(_os.path.dirname(_os.path.dirname(_os.path.abspath(__file__)))) + "/"
#!/usr/bin/env python3
"""Backgrounds for safe-here (therapy room, day / rain) and before-you-go
(autumn consulting room, afternoon / evening). 1920x1080, nanosvg-safe."""
import math, random, os

def f(v):
    s = '%.1f' % v
    return s[:-2] if s.endswith('.0') else s

def mix(c1, c2, t):
    a = [int(c1[i:i+2], 16) for i in (1, 3, 5)]
    b = [int(c2[i:i+2], 16) for i in (1, 3, 5)]
    return '#%02x%02x%02x' % tuple(round(a[i] + (b[i]-a[i])*t) for i in range(3))

def lg(id, stops, vert=True):
    xy = 'x1="0%" y1="0%" x2="0%" y2="100%"' if vert else 'x1="0%" y1="0%" x2="100%" y2="0%"'
    s = ''.join('<stop offset="%d%%" stop-color="%s"%s/>' % (o, c, '' if op is None else ' stop-opacity="%s"' % op) for o, c, op in stops)
    return '<linearGradient id="%s" %s>%s</linearGradient>' % (id, xy, s)

def rg(id, stops):
    s = ''.join('<stop offset="%d%%" stop-color="%s" stop-opacity="%s"/>' % (o, c, op) for o, c, op in stops)
    return '<radialGradient id="%s" cx="50%%" cy="50%%" r="50%%">%s</radialGradient>' % (id, s)

def R(x, y, w, h, fill, rx=0, **a):
    ex = ''.join(' %s="%s"' % (k.replace('_', '-'), v) for k, v in a.items())
    return '<rect x="%s" y="%s" width="%s" height="%s" rx="%s" fill="%s"%s/>' % (f(x), f(y), f(w), f(h), f(rx), fill, ex)

def P(d, fill='none', **a):
    ex = ''.join(' %s="%s"' % (k.replace('_', '-'), v) for k, v in a.items())
    return '<path d="%s" fill="%s"%s/>' % (d, fill, ex)

def L(d, col, w, op=1):
    return P(d, stroke=col, stroke_width=w, stroke_linecap='round', stroke_linejoin='round', opacity=op)

def blob(cx, cy, rx, ry, gid):
    return '<circle cx="0" cy="0" r="1" fill="url(#%s)" transform="translate(%s %s) scale(%s %s)"/>' % (gid, f(cx), f(cy), f(rx), f(ry))

def svg(defs, body):
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1920 1080" width="1920" height="1080">\n<defs>\n'
            + '\n'.join(defs) + '\n</defs>\n' + '\n'.join(body) + '\n</svg>\n')

# ------------------------------------------------------------------ therapy room
def therapy(rain):
    k = 0.0 if not rain else 1.0
    def c(day, wet):
        return mix(day, wet, k)
    wall_top, wall_mid, wall_bot = c('#b7b59a', '#6f7470'), c('#d6d0b6', '#8f908a'), c('#c3b89a', '#7e7a70')
    floor1, floor2 = c('#9a7a5c', '#5e4c3e'), c('#6e543e', '#3e3129')
    D = [
        lg('wall', [(0, wall_top, None), (55, wall_mid, None), (100, wall_bot, None)]),
        lg('floor', [(0, floor1, None), (100, floor2, None)]),
        lg('sky', [(0, c('#bcd6e2', '#7d8a94'), None), (70, c('#e6eef0', '#a3adb2'), None), (100, c('#f4efe0', '#b3b6b4'), None)]),
        lg('frame', [(0, c('#efe8d8', '#b4b0a6'), None), (100, c('#d8cfbb', '#96928a'), None)], vert=False),
        lg('chair', [(0, c('#c4825e', '#8a5e48'), None), (100, c('#9a5e42', '#5f3f30'), None)]),
        lg('chairs', [(0, c('#b07050', '#7a5240'), None), (100, c('#8a5238', '#54382a'), None)], vert=False),
        lg('beam', [(0, c('#fff6dc', '#c8d0d4'), 0.32 if not rain else 0.10), (100, '#fff6dc', 0)]),
        rg('glow', [(0, '#ffd9a0', 0.55 if rain else 0.28), (45, '#f7c27e', 0.22 if rain else 0.1), (100, '#f2b872', 0)]),
        rg('shadow', [(0, '#1e1a16', 0.35), (100, '#1e1a16', 0)]),
        lg('shade', [(0, c('#f4e6c8', '#ffe2a8'), None), (100, c('#e0c99e', '#f4c27a'), None)]),
        lg('pot', [(0, c('#b8715a', '#7e5446'), None), (100, c('#8c4e3a', '#5a3a30'), None)], vert=False),
        lg('table', [(0, c('#8a6446', '#54402f'), None), (100, c('#6a4a34', '#3c2e24'), None)]),
        lg('curtain', [(0, c('#d9cdb0', '#8e8c84'), None), (50, c('#ece2c8', '#a4a29a'), None), (100, c('#c4b698', '#7e7c74'), None)], vert=False),
        rg('vig', [(0, '#1c1814', 0), (70, '#1c1814', 0), (100, '#1c1814', 0.5 if rain else 0.35)]),
    ]
    B = [R(0, 0, 1920, 1080, 'url(#wall)'),
         R(0, 770, 1920, 310, 'url(#floor)'),
         R(0, 762, 1920, 14, c('#e8dfca', '#8a8880')),  # skirting
         L('M0 900 L1920 900 M0 1000 L1920 1000', c('#5e4634', '#30261f'), 2, 0.35)]
    # window (centre right) with daylight
    wx, wy, ww, wh = 1010, 150, 440, 470
    B.append(R(wx - 22, wy - 22, ww + 44, wh + 44, 'url(#frame)', 6))
    B.append(R(wx, wy, ww, wh, 'url(#sky)'))
    # distant trees / rooftops through window, soft
    B.append(P('M%d %d C%d %d %d %d %d %d C%d %d %d %d %d %d L%d %d L%d %d Z' % (wx, wy+330, wx+80, wy+270, wx+150, wy+300, wx+210, wy+320, wx+280, wy+260, wx+380, wy+280, wx+ww, wy+310, wx+ww, wy+wh, wx, wy+wh),
               c('#9db59a', '#66726a'), opacity=0.8))
    B.append(P('M%d %d L%d %d L%d %d L%d %d L%d %d Z' % (wx, wy+400, wx+120, wy+380, wx+300, wy+395, wx+ww, wy+385, wx+ww, wy+wh), c('#b9c4b4', '#77807a'), opacity=0.8))
    if rain:
        r = random.Random(3)
        for i in range(70):
            x = r.uniform(wx + 6, wx + ww - 20); y = r.uniform(wy + 6, wy + wh - 40); l = r.uniform(18, 42)
            B.append(L('M%s %s l%s %s' % (f(x), f(y), f(l*0.18), f(l)), '#dfe6ea', r.choice((1.6, 2.2, 2.8)), 0.45))
        for i in range(10):
            x = r.uniform(wx + 10, wx + ww - 10); y = r.uniform(wy + 40, wy + wh - 20)
            B.append('<circle cx="%s" cy="%s" r="%s" fill="#eef3f5" opacity="0.5"/>' % (f(x), f(y), f(r.uniform(2.5, 4.5))))
    # mullions
    B.append(R(wx + ww/2 - 7, wy, 14, wh, c('#e6dece', '#a6a298')))
    B.append(R(wx, wy + wh*0.45 - 7, ww, 14, c('#e6dece', '#a6a298')))
    B.append(R(wx - 40, wy + wh + 18, ww + 80, 22, c('#efe8d8', '#a9a59c'), 4))  # sill
    # light beam on the floor/wall from window (day only strong)
    B.append(P('M%d %d L%d %d L%d %d L%d %d Z' % (wx, wy+wh+40, wx+ww, wy+wh+40, wx+ww-80, 1080, wx-380, 1080), 'url(#beam)'))
    # curtains
    B.append(P('M%d 110 C%d 300 %d 500 %d 700 L%d 700 C%d 500 %d 300 %d 110 Z' % (wx-90, wx-84, wx-96, wx-88, wx-18, wx-12, wx-20, wx-14), 'url(#curtain)'))
    B.append(P('M%d 110 C%d 300 %d 500 %d 700 L%d 700 C%d 500 %d 300 %d 110 Z' % (wx+ww+14, wx+ww+20, wx+ww+12, wx+ww+18, wx+ww+88, wx+ww+96, wx+ww+84, wx+ww+90), 'url(#curtain)'))
    B.append(L('M%d 104 L%d 104' % (wx - 120, wx + ww + 120), c('#8a6a50', '#4e4036'), 8))
    # a small framed print on the left wall
    B.append(R(150, 170, 200, 150, c('#efe8d8', '#a9a59c'), 3))
    B.append(R(166, 186, 168, 118, c('#cfd8c4', '#7e8680')))
    B.append(P('M166 270 C210 230 250 260 290 236 C310 226 326 232 334 240 L334 304 L166 304 Z', c('#8fae94', '#5e6e64')))
    B.append('<circle cx="290" cy="214" r="14" fill="%s"/>' % c('#e9c68a', '#a8a494'))
    # floor lamp, far left
    lx = 90
    B.append(blob(lx + 10, 300, 360 if rain else 260, 360 if rain else 260, 'glow'))
    B.append(L('M%d 290 L%d 900' % (lx, lx), c('#4a3a2e', '#2e2520'), 9))
    B.append(P('M%d 900 L%d 900 L%d 912 L%d 912 Z' % (lx-50, lx+50, lx+58, lx-58), c('#4a3a2e', '#2e2520')))
    B.append(P('M%d 200 L%d 200 L%d 300 L%d 300 Z' % (lx-48, lx+48, lx+78, lx-78), 'url(#shade)'))
    if rain:
        B.append(P('M%d 300 L%d 300 L%d 700 L%d 700 Z' % (lx-78, lx+78, lx+300, lx-200), '#ffdca0', opacity=0.10))
        B.append(R(lx-70, 296, 140, 8, '#fff1cc', 4, opacity=0.8))
    # armchair behind where the client sits (left-centre)
    B.append(blob(470, 800, 420, 60, 'shadow'))
    B.append(P('M230 820 C220 640 230 470 280 430 C360 380 580 380 660 430 C710 470 720 640 710 820 Z', 'url(#chair)'))
    B.append(P('M250 700 C250 600 260 520 300 500 C380 470 560 470 640 500 C680 520 690 600 690 700 Z', c('#b87656', '#7c5442'), opacity=0.35))
    B.append(P('M180 820 C170 700 180 600 230 580 C270 570 290 600 292 660 L296 820 Z', 'url(#chairs)'))
    B.append(P('M760 820 C770 700 760 600 712 580 C672 570 650 600 648 660 L644 820 Z', 'url(#chairs)'))
    B.append(L('M300 444 C400 410 540 410 640 444', c('#e0a07c', '#9a705c'), 6, 0.4))
    # side table with tissues and water glass, right of the chair
    tx = 830
    B.append(blob(tx + 90, 790, 140, 22, 'shadow'))
    B.append(R(tx, 640, 180, 20, 'url(#table)', 6))
    B.append(L('M%d 660 L%d 790 M%d 660 L%d 790' % (tx + 24, tx + 18, tx + 156, tx + 162), c('#6a4a34', '#3c2e24'), 9))
    B.append(R(tx + 18, 590, 92, 50, c('#e7ddc6', '#a8a498'), 5))  # tissue box
    B.append(R(tx + 18, 606, 92, 14, c('#8fae94', '#66766c')))
    B.append(P('M%d 592 C%d 570 %d 566 %d 580 C%d 570 %d 576 %d 592 Z' % (tx + 50, tx + 54, tx + 64, tx + 66, tx + 72, tx + 82, tx + 78), '#fbf8f1'))
    B.append(P('M%d 574 L%d 640 L%d 640 L%d 574 Z' % (tx + 128, tx + 132, tx + 160, tx + 164), c('#dfeef2', '#b4c0c4'), opacity=0.7))
    B.append(P('M%d 596 L%d 638 L%d 638 L%d 596 Z' % (tx + 130, tx + 133, tx + 159, tx + 162), c('#bcdce6', '#96aab2'), opacity=0.8))
    B.append(L('M%d 580 L%d 632' % (tx + 134, tx + 137), '#ffffff', 2.5, 0.7))
    # plant, right
    px = 1640
    B.append(blob(px, 800, 150, 24, 'shadow'))
    r = random.Random(11)
    leafc = [c('#5f8a5e', '#46574a'), c('#7aa270', '#56685a'), c('#4c744f', '#3a4a3e')]
    for i in range(15):
        a = math.radians(-160 + i * 140 / 14 + r.uniform(-6, 6))
        Ln = r.uniform(170, 300)
        x2, y2 = px + math.cos(a) * Ln, 660 + math.sin(a) * Ln
        mx, my = px + math.cos(a) * Ln * 0.5 - math.sin(a) * 30, 660 + math.sin(a) * Ln * 0.5 + math.cos(a) * 30
        B.append(P('M%d 660 Q%s %s %s %s Q%s %s %d 660 Z' % (px, f(mx - 26), f(my), f(x2), f(y2), f(mx + 26), f(my + 10), px), leafc[i % 3]))
        B.append(L('M%d 660 Q%s %s %s %s' % (px, f(mx), f(my + 4), f(x2), f(y2)), c('#2f4a34', '#2a3430'), 2, 0.5))
    B.append(P('M%d 650 L%d 650 L%d 790 L%d 790 Z' % (px - 80, px + 80, px + 60, px - 60), 'url(#pot)'))
    B.append(R(px - 86, 642, 172, 20, c('#c98066', '#8a5e4e'), 4))
    # rain: cooler overlay
    if rain:
        B.append(R(0, 0, 1920, 1080, '#34404a', opacity=0.16))
        B.append(blob(lx + 10, 300, 200, 200, 'glow'))
    B.append(blob(760, 480, 1800, 1100, 'vig'))
    return svg(D, B)

# ------------------------------------------------------------------ consulting room, autumn
def consulting(evening):
    k = 1.0 if evening else 0.0
    def c(day, eve):
        return mix(day, eve, k)
    D = [
        lg('wall', [(0, c('#a88a6e', '#4e3c3a')), (50, c('#d2b894', '#7a5e52')), (100, c('#bfa07c', '#5e4740'))] and
           [(0, c('#a88a6e', '#4e3c3a'), None), (50, c('#d2b894', '#7a5e52'), None), (100, c('#bfa07c', '#5e4740'), None)]),
        lg('floor', [(0, c('#8a5e3e', '#4a3026'), None), (100, c('#5e3e2a', '#2a1c16'), None)]),
        lg('sky', [(0, c('#a9c4d4', '#3a3f66'), None), (60, c('#e4dcc6', '#a0627a'), None), (100, c('#f2d6a8', '#eaa066'), None)]),
        lg('frame', [(0, c('#7a5236', '#3e2a20'), None), (100, c('#5e3e2a', '#2e1e18'), None)], vert=False),
        lg('shelf', [(0, c('#6e4a32', '#3a261c'), None), (100, c('#4e3424', '#24180f'), None)]),
        lg('chair', [(0, c('#6a3e2c', '#4a2a20'), None), (100, c('#4a2a1e', '#2a1812'), None)]),
        lg('shade', [(0, c('#f0dcb8', '#ffe2a8'), None), (100, c('#dcc098', '#f6b86e'), None)]),
        rg('glow', [(0, '#ffd79a', 0.6 if evening else 0.22), (45, '#f7be78', 0.25 if evening else 0.08), (100, '#f2b46c', 0)]),
        rg('sun', [(0, '#ffe0a8', 0.0 if evening else 0.35), (100, '#ffe0a8', 0)]),
        rg('shadow', [(0, '#1a100c', 0.4), (100, '#1a100c', 0)]),
        lg('beam', [(0, '#ffd69a', 0.22 if not evening else 0.10), (100, '#ffd69a', 0)]),
        rg('vig', [(0, '#140c08', 0), (65, '#140c08', 0), (100, '#140c08', 0.6 if evening else 0.38)]),
        lg('dusk', [(0, '#1a1020', 0.34), (45, '#1a1020', 0.08), (100, '#1a1020', 0)], vert=False),
        lg('lshadow', [(0, '#140a10', 0.34), (100, '#140a10', 0.05)]),
        lg('rug', [(0, c('#9a4e36', '#5a2e24'), None), (100, c('#7a3a28', '#3a1e18'), None)]),
    ]
    B = [R(0, 0, 1920, 1080, 'url(#wall)'),
         R(0, 300, 1920, 8, c('#8a6a4e', '#3e2e28'), opacity=0.5),  # picture rail
         R(0, 780, 1920, 300, 'url(#floor)'),
         R(0, 770, 1920, 16, c('#6e4a32', '#2e1e16'))]
    # bookshelf, far left (partly behind the portrait, kept muted)
    B.append(R(-10, 120, 230, 660, 'url(#shelf)', 4))
    r = random.Random(5)
    books = [c('#8a4a34', '#4a2a22'), c('#4e6a5e', '#2e3a36'), c('#c09a5a', '#6a5236'), c('#6a5a7a', '#3a3040'), c('#a87050', '#5a3a2c'), c('#d8c8a8', '#7a6a5a')]
    for sy in (180, 330, 480, 630):
        B.append(R(0, sy + 130, 210, 14, c('#4e3424', '#22160f')))
        x = 8
        while x < 196:
            w = r.uniform(14, 26); h = r.uniform(90, 126)
            if r.random() < 0.12 and x < 150:
                # a leaning book
                B.append('<rect x="%s" y="%s" width="%s" height="%s" fill="%s" transform="rotate(-14 %s %s)"/>' % (f(x + 6), f(sy + 130 - h), f(w), f(h), r.choice(books), f(x + 6), f(sy + 130)))
                x += w + 30; continue
            B.append(R(x, sy + 130 - h, w, h, r.choice(books), 2))
            B.append(R(x + 3, sy + 130 - h + 14, w - 6, 4, '#f0e2c0', 0, opacity=0.35))
            x += w + 2
    # window with autumn tree (right of centre)
    wx, wy, ww, wh = 960, 150, 420, 480
    B.append(R(wx - 24, wy - 24, ww + 48, wh + 48, 'url(#frame)', 6))
    B.append(R(wx, wy, ww, wh, 'url(#sky)'))
    if evening:
        B.append('<circle cx="%d" cy="%d" r="30" fill="#ffd08a" opacity="0.8"/>' % (wx + 320, wy + 410))
    # tree: trunk + leaf clusters
    trunk = c('#5a3a2a', '#2a1a18')
    B.append(P('M%d %d C%d %d %d %d %d %d L%d %d C%d %d %d %d %d %d Z' % (wx+150, wy+wh, wx+160, wy+380, wx+150, wy+300, wx+120, wy+200, wx+140, wy+196, wx+176, wy+300, wx+186, wy+380, wx+190, wy+wh), trunk))
    B.append(L('M%d %d C%d %d %d %d %d %d' % (wx+160, wy+300, wx+220, wy+240, wx+280, wy+220, wx+340, wy+180), trunk, 12))
    B.append(L('M%d %d C%d %d %d %d' % (wx+150, wy+260, wx+100, wy+220, wx+40, wy+200), trunk, 9))
    leaves = [c('#d9822e', '#7a4a3a'), c('#e8a23e', '#8a5a40'), c('#c4622a', '#6a3a30'), c('#f0b85a', '#9a6a48')]
    r = random.Random(9)
    for i in range(46):
        x = r.uniform(wx + 10, wx + ww - 10); y = r.uniform(wy + 20, wy + 300)
        rr = r.uniform(26, 52)
        B.append('<circle cx="%s" cy="%s" r="%s" fill="%s" opacity="0.95"/>' % (f(x), f(y), f(rr), r.choice(leaves)))
    # a few falling leaves
    for i in range(7):
        x = r.uniform(wx + 20, wx + ww - 20); y = r.uniform(wy + 320, wy + wh - 20)
        B.append('<ellipse cx="%s" cy="%s" rx="7" ry="4" fill="%s" transform="rotate(%d %s %s)"/>' % (f(x), f(y), r.choice(leaves), r.randint(0, 180), f(x), f(y)))
    # glazing bars
    B.append(R(wx + ww/2 - 7, wy, 14, wh, c('#6e4a32', '#2e1e18')))
    B.append(R(wx, wy + wh*0.5 - 7, ww, 14, c('#6e4a32', '#2e1e18')))
    B.append(R(wx - 44, wy + wh + 20, ww + 88, 22, c('#7a5236', '#3a261c'), 4))
    # sun patch / beam into the room
    if not evening:
        B.append(P('M%d %d L%d %d L%d 1080 L%d 1080 Z' % (wx, wy + wh + 42, wx + ww, wy + wh + 42, wx + ww - 260, wx - 620 + 0), 'url(#beam)'))
    # wall clock (above, between portrait and window; clear of the meters)
    cx, cy = 850, 190
    B.append('<circle cx="%d" cy="%d" r="62" fill="%s"/>' % (cx, cy, c('#5e3e2a', '#2e1e18')))
    B.append('<circle cx="%d" cy="%d" r="52" fill="%s"/>' % (cx, cy, c('#f4ead4', '#a89880')))
    for i in range(12):
        a = math.radians(i * 30)
        B.append(L('M%s %s L%s %s' % (f(cx + math.sin(a)*42), f(cy - math.cos(a)*42), f(cx + math.sin(a)*48), f(cy - math.cos(a)*48)), c('#5e3e2a', '#3e2a20'), 3 if i % 3 else 5))
    hh, mm = (3, 40) if not evening else (5, 50)
    ha = math.radians((hh + mm/60) * 30); ma = math.radians(mm * 6)
    B.append(L('M%d %d L%s %s' % (cx, cy, f(cx + math.sin(ha)*26), f(cy - math.cos(ha)*26)), '#2e1e16', 5))
    B.append(L('M%d %d L%s %s' % (cx, cy, f(cx + math.sin(ma)*40), f(cy - math.cos(ma)*40)), '#2e1e16', 3.5))
    B.append('<circle cx="%d" cy="%d" r="4" fill="#2e1e16"/>' % (cx, cy))
    # rug
    B.append(P('M120 880 L1500 880 L1700 1080 L-60 1080 Z', 'url(#rug)', opacity=0.8))
    B.append(L('M150 900 L1480 900', c('#d8a070', '#6a4030'), 4, 0.5))
    # leather chair behind the client
    B.append(blob(470, 800, 420, 60, 'shadow'))
    B.append(P('M240 830 C230 650 236 470 290 420 C370 370 570 370 650 420 C704 470 710 650 700 830 Z', 'url(#chair)'))
    for x in (340, 470, 600):
        B.append('<circle cx="%d" cy="520" r="5" fill="%s"/>' % (x, c('#8a5a40', '#4a2e22')))
    for x in (400, 540):
        B.append('<circle cx="%d" cy="600" r="5" fill="%s"/>' % (x, c('#8a5a40', '#4a2e22')))
    B.append(L('M300 436 C400 400 540 400 640 436', c('#9a6246', '#5a3426'), 7, 0.5))
    B.append(P('M190 830 C180 700 190 600 240 580 C280 570 300 600 302 660 L306 830 Z', c('#5a3222', '#3a1e16')))
    B.append(P('M750 830 C760 700 750 600 702 580 C662 570 640 600 638 660 L634 830 Z', c('#5a3222', '#3a1e16')))
    # side table + lamp (between chair and window)
    tx = 1500
    B.append(R(tx, 600, 200, 18, c('#6e4a32', '#2e1e16'), 5))
    B.append(L('M%d 618 L%d 780 M%d 618 L%d 780' % (tx + 26, tx + 20, tx + 174, tx + 180), c('#5a3a28', '#2a1a12'), 9))
    B.append(blob(tx + 100, 470, 320 if evening else 150, 320 if evening else 150, 'glow'))
    B.append(L('M%d 600 L%d 500' % (tx + 100, tx + 100), c('#a8834a', '#8a6a3a'), 7))
    B.append(P('M%d 585 C%d 560 %d 560 %d 585 Z' % (tx + 66, tx + 74, tx + 126, tx + 134), c('#8a6a3a', '#6a4e2c')))
    B.append(P('M%d 420 L%d 420 L%d 506 L%d 506 Z' % (tx + 64, tx + 136, tx + 160, tx + 40), 'url(#shade)'))
    B.append('<circle cx="%d" cy="570" r="0" fill="none"/>' % tx)
    # a cup on the table
    B.append(R(tx + 150, 570, 30, 30, c('#e8dcc4', '#9a8a74'), 4))
    if evening:
        # long evening shadows across the wall from the window bars, and warm pool from the lamp
        # long shadows thrown toward the viewer by the low sun behind the window
        B.append(P('M240 830 L700 830 L420 1080 L-300 1080 Z', 'url(#lshadow)'))
        B.append(P('M%d 780 L%d 780 L%d 1080 L%d 1080 Z' % (tx + 20, tx + 180, tx + 60, tx - 200), 'url(#lshadow)'))
        # warm sunset light on the floor below the window, stretched long
        B.append(P('M%d %d L%d %d L%d 1080 L%d 1080 Z' % (wx + 40, wy + wh + 42, wx + ww - 40, wy + wh + 42, wx + ww + 120, wx - 120), '#ff9a5a', opacity=0.10))
        # dusk falls from the left: the far wall darkens
        B.append(R(0, 0, 1920, 1080, 'url(#dusk)'))
        B.append(R(0, 0, 1920, 1080, '#2a1e34', opacity=0.14))
        B.append(blob(tx + 100, 600, 260, 200, 'glow'))
    else:
        B.append(blob(wx + ww/2, wy + wh/2, 520, 420, 'sun'))
    B.append(blob(760, 480, 1800, 1100, 'vig'))
    return svg(D, B)

if __name__ == '__main__':
    S = ROOT + 'scripts/stories'
    out = {
        S + '/safe-here/images/therapy-room.svg': therapy(False),
        S + '/safe-here/images/therapy-room-rain.svg': therapy(True),
        S + '/before-you-go/images/consulting-room.svg': consulting(False),
        S + '/before-you-go/images/consulting-room-evening.svg': consulting(True),
    }
    for p, s in out.items():
        os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, 'w').write(s)
        print(p, len(s))
