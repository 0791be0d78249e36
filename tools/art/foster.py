# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Part of Attune's art: writes SVG files into the repository (run from
# anywhere; paths are relative to the repository root). See tools/art/README.md.
"""The foster home in Your Fault (scripts/stories/your-fault): one house on an
autumn evening, drawn as four rooms that share its colours (a sage hall with a
teal front door, oak boards, cream gloss, the same dusk over the same street).

  hall.svg         the front hall, just after five: the teal front door with
                   dusk in its glass, the stairs going up on the left (where he
                   sits halfway), coats on hooks and the shoe rack
  living-room.svg  the front room with the lamps on and the curtains drawn:
                   the settee he perches on, the telly (off) under its shelf,
                   the armchair he crouches behind
  kitchen.svg      the kitchen at tea time: the window over the sink going
                   dark, the fridge with his drawing on it, the pendant over
                   the table (and at a dark autumn breakfast it reads the same)
  bedroom.svg      his room at night: the bed, the bedside lamp, the window
                   whose catch he checks, a poster, and the rucksack he came
                   with by the wardrobe

1920x1080, nanosvg-safe (plain paths, rects and circles; gradients in
percentages). The game's layout decides where things go: Dylan stands at
about x 290-730 from y 280 down; the answers cover x 900-1880, y 230-730;
the text box everything below y 745; the meters the top right corner. So
what makes each room recognisable sits in the top band, in the strip left of
him and in the gap just right of him; the lower part is floor and the lower
halves of furniture, and the top right corner is plain wall."""
import math, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from places import ROOT, f, lg, glow, rect, path, blob, svg   # noqa: E402
from rooms import mix, rg, lg as lgo                           # noqa: E402
from helpers import poly, circle                               # noqa: E402

OUT = ROOT + 'scripts/stories/your-fault/images/'

# ------------------------------------------------------------------ the house
TRIM = '#e8ddc8'            # cream gloss: skirting, frames, banister spindles
TRIM_SHADE = '#bfb3a0'
DOOR = ('#2f5f63', '#22474b')  # the teal front door
OAK = [(0, '#6a4c36'), (100, '#3e2c20')]
DUSK = [(0, '#27335e'), (55, '#4d5688'), (85, '#9a7a8e'), (100, '#d89a72')]  # the sky at ten past five
NIGHT = [(0, '#111832'), (70, '#222c54'), (100, '#394070')]
ROOF = '#1d2240'
LAMP = '#ffd9a0'


def dot(cx, cy, r, fill, op=1):
    return '<circle cx="%s" cy="%s" r="%s" fill="%s"%s/>' % (
        f(cx), f(cy), f(r), fill, '' if op == 1 else ' opacity="%s"' % op)


def vignette(D, B, op):
    """the room's corners fall away into shadow (one shape over the whole picture)"""
    D.append(rg('vig', [(0, '#140e0c', 0), (62, '#140e0c', 0), (100, '#140e0c', op)]))
    B.append(blob(820, 460, 1500, 1000, 'vig'))


def boards(B, y0, col='#2a1e16'):
    """floorboards running away from the viewer"""
    for x in range(-300, 2200, 170):
        B.append(path('M%s %s L%s 1080' % (f(960 + (x - 960) * 0.55), f(y0), f(x)), 'none', col, 3, 0.35))


def street(B, x0, y0, w, h, lit=True, rnd=None):
    """neighbours' rooftops across the road, at the foot of a window, a window or two lit"""
    rnd = rnd or random.Random(3)
    base = y0 + h
    d = 'M%s %s' % (f(x0), f(base))
    x = x0
    pts_ = [(x0, base - h * 0.22)]
    while x < x0 + w:
        step = rnd.uniform(0.14, 0.24) * w
        top = base - h * rnd.uniform(0.18, 0.34)
        pts_ += [(x + step * 0.15, top - h * 0.1), (x + step * 0.5, top - h * 0.1), (x + step * 0.65, top)]
        x += step
    pts_.append((x0 + w, base - h * 0.2))
    d += ' L' + ' L'.join('%s %s' % (f(min(px, x0 + w)), f(py)) for px, py in pts_) + ' L%s %s Z' % (f(x0 + w), f(base))
    B.append(path(d, ROOF))
    if lit:
        for k in range(2):
            wx = x0 + w * (0.25 + 0.45 * k) + rnd.uniform(-10, 10)
            B.append(rect(wx, base - h * 0.12, w * 0.05, h * 0.06, '#e8b070', op=0.8 - 0.25 * k))


def casement(B, x, y, w, h, sky, catch=False):
    """a white window: frame, sky, street, a centre bar, a sill; a lever catch if asked"""
    B.append(rect(x - 22, y - 22, w + 44, h + 44, TRIM, 4))
    B.append(rect(x, y, w, h, sky))
    street(B, x, y + h * 0.72, w, h * 0.28)
    B.append(rect(x + w / 2 - 8, y, 16, h, TRIM))
    B.append(rect(x, y + h * 0.3 - 7, w, 14, TRIM))
    B.append(rect(x - 40, y + h + 18, w + 80, 24, TRIM, 4))
    B.append(rect(x - 30, y + h + 42, w + 60, 8, '#000000', op=0.15))
    if catch:  # the catch on the left-hand casement, plain to see
        B.append(rect(x + w / 2 - 30, y + h * 0.62, 14, 40, '#d8d2c4', 4))
        B.append(path('M%s %s l-46 0' % (f(x + w / 2 - 24), f(y + h * 0.62 + 10)), 'none', '#f4efe4', 12))


# ------------------------------------------------------------------ the hall
def hall():
    D = [lg('wall', [(0, '#737d68'), (45, '#a2aa8c'), (100, '#8a9278')]),
         lg('floor', OAK),
         lg('door', [(0, DOOR[0]), (100, DOOR[1])], vert=False),
         lg('glass', [(0, '#4a5684'), (55, '#8a7e98'), (100, '#d9a274')]),
         lg('runner', [(0, '#7a3a30'), (100, '#a85a44')]),
         lg('well', [(0, '#4e5648'), (100, '#6e775f')]),
         glow('lamp', LAMP, '0.55'), glow('pool', '#ffcf8a', '0.3'), glow('street', '#ffc27a', '0.9')]
    B = [rect(0, 0, 1920, 1080, 'url(#wall)'), blob(560, 80, 900, 440, 'lamp')]
    B.append(rect(0, 0, 1920, 30, '#efe6d6', op=0.55))           # ceiling edge
    # the light: a plain dome shade on a short flex
    B.append(path('M560 0 L560 80', 'none', '#3a3026', 4))
    B.append(path('M505 124 C510 88 610 88 615 124 Z', '#efe2c6'))
    B.append(rect(505, 120, 110, 9, '#fff3d6', 4))
    B.append(rect(0, 700, 1920, 16, TRIM))                       # dado rail
    B.append(rect(0, 716, 1920, 190, '#5f6852', op=0.45))
    B.append(rect(0, 900, 1920, 180, 'url(#floor)'))
    boards(B, 900)
    B.append(rect(0, 888, 1920, 16, TRIM))                       # skirting
    # the stairs, on the left, seen from the foot: a flight going up and away
    # to a landing with a small window, a runner up the middle, a banister
    B.append(rect(0, 90, 380, 820, 'url(#well)'))
    B.append(rect(70, 120, 130, 110, TRIM, 3))                   # the landing window
    B.append(rect(82, 132, 106, 86, 'url(#glass)'))
    B.append(rect(130, 132, 10, 86, TRIM))
    n = 12
    for k in range(n):
        t0, t1 = k / n, (k + 1) / n
        def at(t):
            return 0 + 50 * t, 340 - 80 * t, 900 - 640 * t ** 0.92
        xl0, xr0, y0 = at(t0)
        xl1, xr1, y1 = at(t1)
        tread = (y0 - y1) * 0.34
        B.append(path(poly([(xl0, y0), (xr0, y0), (xr1, y1 + tread), (xl1, y1 + tread)]), '#6f5440' if k % 2 else '#654c3a'))
        B.append(path(poly([(xl1, y1 + tread), (xr1, y1 + tread), (xr1, y1), (xl1, y1)]), '#a98a6c'))
        m0, m1 = (xl0 + xr0) / 2, (xl1 + xr1) / 2
        B.append(path(poly([(m0 - 95 * (1 - t0 * 0.3), y0), (m0 + 95 * (1 - t0 * 0.3), y0),
                            (m1 + 95 * (1 - t1 * 0.3), y1), (m1 - 95 * (1 - t1 * 0.3), y1)]), 'url(#runner)', op=0.85))
    B.append(path(poly([(0, 260), (50, 260), (50, 250), (0, 250)]), '#a98a6c'))
    # banister on the open side: handrail, spindles, newel post
    for k in range(8):
        t = (k + 0.5) / 8
        x = 352 - 84 * t
        ytop = 560 - 330 * t
        ybot = 905 - 650 * t ** 0.92
        B.append(path('M%s %s L%s %s' % (f(x), f(ytop), f(x), f(ybot)), 'none', TRIM, 11 - 5 * t))
    B.append(path('M360 560 L262 218', 'none', '#4a3426', 16))
    B.append(rect(342, 540, 40, 380, TRIM, 6))
    B.append(rect(336, 524, 52, 30, '#d8ccb4', 8))
    # the front door, just right of him: teal, two tall panes of glass with the
    # dusk and a street lamp in them, a fanlight, brass letterbox and knob
    B.append(rect(720, 110, 430, 800, TRIM))
    B.append(rect(748, 126, 374, 54, 'url(#glass)'))
    B.append(rect(930, 126, 10, 54, TRIM))
    B.append(rect(748, 190, 374, 715, 'url(#door)'))
    B.append(rect(790, 240, 130, 290, 'url(#glass)'))
    B.append(rect(950, 240, 130, 290, 'url(#glass)'))
    B.append(blob(1040, 420, 70, 90, 'street'))
    B.append(rect(790, 580, 290, 110, '#22474b', 6, 0.7))
    B.append(rect(840, 610, 190, 34, '#c9a44e', 4))               # letterbox
    B.append(rect(852, 620, 166, 14, '#2f2a22', 3))
    B.append(dot(1080, 700, 15, '#d8b45a'))                      # knob
    B.append(rect(820, 760, 230, 120, '#22474b', 6, 0.6))
    B.append(blob(935, 960, 330, 70, 'pool'))
    B.append(rect(780, 930, 310, 80, '#6a3a30', 10))              # the mat
    # coat hooks to the right: a grown-up's coat, a parka, his school bag
    B.append(rect(1230, 330, 380, 22, '#5a4030', 4))
    for x, col, h in ((1262, '#2f3c55', 360), (1372, '#6d6e4a', 320), (1482, '#8a8c92', 280)):
        B.append(path('M%s 350 C%s 420 %s %s %s %s L%s %s C%s %s %s 420 %s 350 Z' % (
            f(x), f(x - 40), f(x - 44), f(350 + h - 40), f(x - 36), f(350 + h), f(x + 70), f(350 + h),
            f(x + 78), f(350 + h - 40), f(x + 74), f(x + 32)), col))
    B.append(rect(1540, 420, 96, 110, '#2f6f8a', 14))            # a book bag on the last hook
    B.append(path('M1560 420 C1560 360 1616 360 1616 420', 'none', '#2f6f8a', 7))
    # shoe rack under the coats, and a pair of trainers on the floor by the wall
    B.append(rect(1230, 800, 360, 14, '#5a4030'))
    B.append(rect(1230, 860, 360, 14, '#5a4030'))
    B.append(rect(1232, 800, 10, 80, '#5a4030'))
    B.append(rect(1578, 800, 10, 80, '#5a4030'))
    for x in (1262, 1352, 1452):
        B.append(path('M%s 800 l70 0 l0 -22 l-44 -12 l-26 10 Z' % f(x), '#3a3a40'))
    for x, y in ((1660, 972), (1790, 1000)):   # his trainers, kicked off by the wall
        B.append(path('M%s %s l96 0 c14 0 14 -22 -2 -26 l-38 -10 l-12 -16 l-36 0 l-8 30 Z' % (f(x), f(y)), '#e2ddd4'))
        B.append(path('M%s %s l100 0' % (f(x - 2), f(y)), 'none', '#7c7c84', 8))
    # a radiator by the door
    B.append(rect(1700, 740, 180, 130, '#e6e0d4', 8))
    for k in range(7):
        B.append(rect(1712 + k * 24, 752, 12, 106, '#cfc8ba', 4))
    vignette(D, B, 0.42)
    return svg(D, B)


# ------------------------------------------------------------------ the living room
def living_room():
    D = [lg('wall', [(0, '#86705a'), (50, '#b89c7c'), (100, '#9c8064')]),
         lg('carpet', [(0, '#7c6c5c'), (100, '#463a32')]),
         lgo('curtain', [(0, '#b07a32', None), (30, '#d39a48', None), (55, '#b98034', None),
                         (80, '#d6a050', None), (100, '#a06c2a', None)], vert=False),
         lg('gap', DUSK),
         lg('sofa', [(0, '#46747a'), (100, '#2f5458')]),
         lg('chair', [(0, '#a8583e'), (100, '#7a3c2a')]),
         lg('telly', [(0, '#2a3038'), (100, '#15181c')]),
         lgo('sheen', [(0, '#ffffff', 0.10), (100, '#ffffff', 0)], vert=False),
         lg('unit', [(0, '#8a6446'), (100, '#5a3e2a')]),
         lg('shade', [(0, '#f4dcb0'), (100, '#ffe6b8')]),
         glow('lamp', LAMP, '0.6'), glow('pool', '#ffcf8a', '0.28'), rg('shadow', [(0, '#1a120c', 0.4), (100, '#1a120c', 0)])]
    B = [rect(0, 0, 1920, 1080, 'url(#wall)'), blob(170, 300, 760, 620, 'lamp'), blob(1320, 380, 620, 420, 'pool')]
    B.append(rect(0, 260, 1920, 8, '#6e5644', op=0.4))            # picture rail
    B.append(rect(0, 820, 1920, 260, 'url(#carpet)'))
    B.append(rect(0, 808, 1920, 16, TRIM))
    B.append(path('M160 900 L1760 900 L1900 1080 L20 1080 Z', '#6e4a3e', op=0.55))  # a rug
    B.append(path('M190 916 L1740 916', 'none', '#c9a070', 4, 0.35))
    # a wide print above the settee, above his head: hills and a low sun
    B.append(rect(380, 118, 300, 150, '#3a2c22', 3))
    B.append(rect(392, 130, 276, 126, '#d8c6a2'))
    B.append(path('M392 220 C450 180 520 200 580 176 C620 164 650 172 668 180 L668 256 L392 256 Z', '#8fa58a'))
    B.append(path('M392 240 C470 214 560 236 668 218 L668 256 L392 256 Z', '#6f8a74'))
    B.append(dot(610, 160, 16, '#e8b462'))
    # the window with its curtains drawn for the night, a line of dusk between
    B.append(rect(760, 100, 460, 14, '#5a4030', 6))
    B.append(rect(978, 130, 34, 520, 'url(#gap)'))
    B.append(path('M770 112 L985 112 C980 300 990 500 980 690 L756 690 C766 500 760 300 770 112 Z', 'url(#curtain)'))
    B.append(path('M1005 112 L1220 112 C1230 300 1224 500 1234 690 L1010 690 C1000 500 1010 300 1005 112 Z', 'url(#curtain)'))
    for x in (850, 920, 1080, 1150):            # folds
        B.append(path('M%s 130 C%s 300 %s 500 %s 680' % (f(x), f(x + 4), f(x - 4), f(x + (-10 if x < 990 else 10))),
                      'none', '#8a5a22', 10, 0.25))
    for x in (780, 975, 1015, 1210):
        B.append(dot(x, 110, 9, '#c9a44e'))
    # the floor lamp, far left, the room's warm light
    B.append(path('M150 300 L150 700', 'none', '#3a2c22', 9))
    B.append(path('M92 190 L208 190 L246 300 L54 300 Z', 'url(#shade)'))
    B.append(rect(60, 296, 180, 8, '#fff1cc', 4, 0.85))
    B.append(path('M54 304 L246 304 L430 820 L-130 820 Z', '#ffdca0', op=0.07))
    # the settee, behind him, its far arm and two cushions in the light
    B.append(blob(380, 870, 460, 50, 'shadow'))
    B.append(path('M-30 600 C-30 560 0 548 40 548 L680 548 C720 548 744 566 744 600 L744 740 L-30 740 Z', 'url(#sofa)'))
    B.append(rect(-30, 730, 780, 110, '#2f5458', 14))
    B.append(rect(-30, 700, 770, 60, '#3c666b', 18))
    B.append(path('M-40 640 C-40 610 30 606 80 612 L92 840 L-40 840 Z', '#3c666b'))
    B.append(path('M660 640 C660 610 740 606 770 620 L770 840 L650 840 Z', '#3c666b'))
    B.append(path('M96 700 C90 640 110 600 150 596 L270 604 C300 610 306 650 300 706 Z', '#d4a244'))
    B.append(path('M270 706 C262 650 280 616 320 614 L430 620 C456 626 460 664 452 712 Z', '#a8583e'))
    B.append(path('M120 630 C180 616 240 620 290 630', 'none', '#f0c870', 4, 0.5))
    # the telly, switched off, on its unit, under the shelf (right, behind the answers)
    B.append(blob(1400, 860, 330, 40, 'shadow'))
    B.append(rect(1180, 720, 440, 110, 'url(#unit)', 6))
    B.append(rect(1200, 744, 190, 64, '#4e3626', 4, 0.6))
    B.append(rect(1410, 744, 190, 64, '#4e3626', 4, 0.6))
    B.append(rect(1370, 690, 60, 30, '#1b1e22', 3))
    B.append(rect(1216, 470, 368, 222, '#101214', 8))
    B.append(rect(1226, 480, 348, 202, 'url(#telly)', 4))
    B.append(path('M1226 480 L1380 480 L1250 682 L1226 682 Z', 'url(#sheen)'))
    B.append(rect(1230, 390, 340, 16, '#5a4030', 3))               # the shelf
    B.append(rect(1250, 318, 54, 72, '#3a2c22', 3))                # a photo
    B.append(rect(1258, 326, 38, 56, '#c7b08e'))
    B.append(rect(1316, 336, 44, 54, '#3a2c22', 3))
    B.append(rect(1322, 342, 32, 42, '#9ab0b8'))
    for k, col in enumerate(('#c56a4a', '#3f6f6a', '#d8b26a', '#6a5a7a')):
        B.append(rect(1390 + k * 22, 300 + (k % 2) * 8, 18, 90 - (k % 2) * 8, col, 2))
    B.append(path('M1500 390 L1510 350 L1556 350 L1566 390 Z', '#b8715a'))  # a trailing plant
    for a in (-150, -120, -60, -30):
        r = math.radians(a)
        B.append(path('M1533 352 Q%s %s %s %s' % (f(1533 + math.cos(r) * 30), f(352 + math.sin(r) * 60),
                                                 f(1533 + math.cos(r) * 60), f(352 + math.sin(r) * 50)), 'none', '#5f8a5e', 10))
    B.append(path('M1556 380 C1590 420 1590 480 1576 520', 'none', '#5f8a5e', 8))
    # the armchair at the far right
    B.append(blob(1800, 880, 220, 40, 'shadow'))
    B.append(path('M1640 870 C1630 700 1640 600 1690 570 C1760 540 1880 540 1940 570 L1940 870 Z', 'url(#chair)'))
    B.append(path('M1610 870 C1600 760 1610 690 1660 676 C1700 670 1716 700 1716 740 L1720 870 Z', '#8a4632'))
    vignette(D, B, 0.45)
    return svg(D, B)


# ------------------------------------------------------------------ the kitchen
def kitchen():
    D = [lg('wall', [(0, '#9e8c72'), (45, '#cdb894'), (100, '#b59d7c')]),
         lg('sky', DUSK),
         lg('cab', [(0, '#8da08a'), (100, '#6c8070')]),
         lg('top', [(0, '#a87c56'), (100, '#7a5638')]),
         lg('fridge', [(0, '#ece7dc'), (100, '#cfc8ba')], vert=False),
         lg('table', [(0, '#8a5e40'), (14, '#6a4632'), (100, '#3a2820')]),
         lg('shade', [(0, '#3f6f6a'), (100, '#2f5a56')]),
         lg('steel', [(0, '#b8b8b4'), (100, '#8c8c88')], vert=False),
         glow('lamp', LAMP, '0.62'), glow('under', '#ffe2b0', '0.5'), rg('shadow', [(0, '#1a120c', 0.35), (100, '#1a120c', 0)])]
    B = [rect(0, 0, 1920, 1080, 'url(#wall)'), blob(620, 300, 820, 560, 'lamp')]
    # tiles behind the worktop: a pale band with a few grout lines
    B.append(rect(300, 420, 1620, 160, '#e4dccb'))
    grout = ' '.join('M300 %d L1920 %d' % (y, y) for y in (460, 500, 540)) + ' ' + \
        ' '.join('M%d %d L%d %d' % (x + (20 if (y // 40) % 2 else 0), y, x + (20 if (y // 40) % 2 else 0), y + 40)
                 for y in (420, 460, 500, 540) for x in range(340, 1920, 80))
    B.append(path(grout, 'none', '#c9bea8', 2, 0.8))
    # the window over the sink, the street outside going dark
    casement(B, 760, 170, 380, 250, 'url(#sky)')
    B.append(rect(748, 148, 404, 56, '#e9dcc0', 4))               # a roman blind, pulled up
    B.append(rect(748, 196, 404, 8, '#cbb994', 2))
    B.append(path('M890 452 L900 420 L940 420 L950 452 Z', '#b8715a'))  # a pot of herbs on the sill
    for dx, h in ((-14, 40), (0, 56), (14, 44)):
        B.append(path('M%s 424 L%s %s' % (f(920 + dx * 0.3), f(920 + dx), f(424 - h)), 'none', '#6f9a5e', 8))
    # the worktop, the sink and tap, base cupboards
    B.append(rect(300, 580, 1620, 34, 'url(#top)'))
    B.append(rect(300, 614, 1620, 300, 'url(#cab)'))
    for x in range(300, 1920, 270):
        B.append(rect(x + 14, 634, 242, 260, '#7c9080', 8, 0.6))
        B.append(rect(x + 120, 650, 30, 8, '#d8cfbb', 4))
    B.append(rect(840, 566, 220, 20, '#a9aaa6', 6))
    B.append(path('M950 568 L950 510 C950 490 985 490 985 512', 'none', '#b8b8b4', 10))
    # the cooker hood between the wall cupboards (behind the answers), the kettle
    for x0, x1 in ((1220, 1420), (1700, 1920)):
        B.append(rect(x0, 210, x1 - x0, 190, 'url(#cab)', 4))
        B.append(rect(x0 + 14, 224, x1 - x0 - 28, 162, '#7c9080', 6, 0.6))
    B.append(blob(1560, 420, 200, 60, 'under'))
    B.append(path('M1480 250 L1640 250 L1680 380 L1440 380 Z', 'url(#steel)'))
    B.append(rect(1510, 210, 100, 42, '#a5a5a1'))
    B.append(path('M1240 578 L1250 500 C1252 488 1320 488 1322 500 L1332 578 Z', '#3f6f6a'))
    B.append(path('M1322 516 C1350 516 1352 560 1326 562', 'none', '#2f5a56', 8))
    B.append(rect(1262, 482, 48, 12, '#2f5a56', 5))
    for k, col in enumerate(('#e9e4d8', '#d8745a', '#e9e4d8')):         # mugs on hooks
        B.append(rect(1120 + k * 34, 360 - (k % 2) * 6, 24, 28, col, 5))
    B.append(rect(1112, 350, 108, 8, '#5a4030', 3))
    # the fridge on the left, with his drawing, a calendar and magnets
    B.append(blob(160, 920, 200, 40, 'shadow'))
    B.append(rect(24, 150, 270, 770, 'url(#fridge)', 14))
    B.append(rect(24, 430, 270, 8, '#b8b0a2'))
    B.append(rect(258, 200, 12, 200, '#b8b0a2', 6))
    B.append(rect(258, 460, 12, 200, '#b8b0a2', 6))
    B.append('<g transform="rotate(-4 130 290)">')
    B.append(rect(60, 210, 150, 170, '#faf6ec'))                 # his drawing: a house, a sun, two people
    B.append(path('M86 330 L86 282 L126 250 L166 282 L166 330 Z', '#d9745a'))
    B.append(rect(116, 298, 20, 32, '#3f6f8a'))
    B.append(dot(188, 236, 14, '#e8b43a'))
    B.append(path('M70 356 L200 356', 'none', '#6fa05a', 8))
    B.append(dot(180, 300, 7, '#e0a070'))
    B.append(path('M171 350 L174 312 L186 312 L189 350 Z', '#5a6f8c'))
    B.append(dot(198, 318, 5.5, '#e0a070'))
    B.append(path('M191 350 L194 326 L202 326 L205 350 Z', '#c9524a'))
    B.append('</g>')
    B.append(dot(134, 212, 9, '#c9524a'))
    B.append(rect(70, 470, 150, 120, '#f1ede2'))                 # the calendar
    B.append(rect(70, 470, 150, 26, '#c56a4a'))
    B.append(path(' '.join('M%d %d L%d %d' % (70, y, 220, y) for y in (520, 544, 568)) + ' ' +
                  ' '.join('M%d 496 L%d 590' % (x, x) for x in (107, 145, 182)), 'none', '#cfc4b0', 2))
    B.append(dot(162, 532, 10, '#3f6f8a', 0.7))                   # a visit ringed in blue
    for cx, cy, col in ((236, 482, '#3f8a6a'), (62, 640, '#e0a93a'), (214, 700, '#5a6f8c')):
        B.append(dot(cx, cy, 10, col))
    # the pendant over the table, above his head
    B.append(path('M620 0 L620 150', 'none', '#3a3026', 4))
    B.append(path('M540 226 C548 160 692 160 700 226 Z', 'url(#shade)'))
    B.append(rect(540, 222, 160, 10, '#fff1cc', 5))
    B.append(path('M548 232 L692 232 L900 860 L340 860 Z', '#ffdca0', op=0.07))
    # the table and a chair: the near edge of the table runs along the bottom
    B.append(path('M768 630 L768 870 M892 630 L892 870', 'none', '#5e3e2a', 16))
    B.append(rect(748, 604, 164, 36, '#6a4632', 14))
    B.append(rect(760, 690, 140, 14, '#5e3e2a', 6))
    B.append(rect(0, 860, 1920, 36, '#8a5e40'))
    B.append(rect(0, 894, 1920, 186, 'url(#table)'))
    vignette(D, B, 0.42)
    return svg(D, B)


# ------------------------------------------------------------------ his bedroom
def bedroom():
    D = [lg('wall', [(0, '#343b54'), (50, '#4f5876'), (100, '#434a64')]),
         lg('carpet', [(0, '#4a4250'), (100, '#26222a')]),
         lg('sky', NIGHT),
         lg('duvet', [(0, '#4f7f72'), (100, '#2f5448')]),
         lgo('curtain', [(0, '#2c3a5c', None), (45, '#3c4c72', None), (100, '#26324e', None)], vert=False),
         lg('wood', [(0, '#8a6446'), (100, '#5a3e2a')]),
         lg('wardrobe', [(0, '#6e5640'), (100, '#4a3828')], vert=False),
         lg('shade', [(0, '#f2c488'), (100, '#ffe2b0')]),
         lg('poster', [(0, '#1c2340'), (100, '#3a3a6a')]),
         rg('glow', [(0, '#ffd49a', 0.85), (30, '#eaa872', 0.42), (65, '#b97a66', 0.14), (100, '#8a5c5c', 0)]),
         glow('moon', '#dfe6ff', '0.3'), rg('shadow', [(0, '#0c0a10', 0.45), (100, '#0c0a10', 0)])]
    B = [rect(0, 0, 1920, 1080, 'url(#wall)'), blob(130, 520, 900, 640, 'glow')]
    B.append(rect(0, 840, 1920, 240, 'url(#carpet)'))
    B.append(rect(0, 828, 1920, 14, '#b8b0a0'))
    # a space poster and a football pennant above the bed
    B.append('<g transform="rotate(-2 420 200)">')
    B.append(rect(300, 70, 250, 220, 'url(#poster)', 4))
    B.append(dot(470, 160, 46, '#d9745a'))
    B.append(path('M400 178 C430 150 520 140 548 150 C530 168 440 184 400 178 Z', '#e8c47a'))
    B.append(path('M340 262 L370 200 L400 262 Z', '#e9e4d8'))
    for x, y in ((330, 100), (520, 96), (360, 150), (520, 250)):
        B.append(dot(x, y, 3, '#f4eedc'))
    B.append('</g>')
    B.append(path('M590 100 L710 136 L590 172 Z', '#3f6f8a'))
    B.append(path('M604 122 L660 136 L604 150 Z', '#e9e4d8'))
    B.append(dot(588, 98, 5, '#c9c0b0'))
    # the bedside table and lamp, far left
    B.append(rect(10, 600, 200, 260, 'url(#wood)', 6))
    B.append(rect(28, 640, 164, 70, '#4e3626', 4, 0.6))
    B.append(rect(96, 666, 28, 8, '#c9a070', 4))
    B.append(path('M88 600 C90 570 130 570 132 600 Z', '#c9a070'))
    B.append(path('M110 580 L110 520', 'none', '#c9a070', 8))
    B.append(path('M60 440 L160 440 L186 524 L34 524 Z', 'url(#shade)'))
    B.append(rect(40, 520, 140, 8, '#fff1cc', 4))
    B.append(rect(150, 578, 50, 22, '#c56a4a', 3))               # a book, a torch
    # the bed along the wall, behind him: headboard, pillow, duvet with stars
    B.append(blob(520, 880, 420, 50, 'shadow'))
    B.append(rect(220, 430, 40, 420, 'url(#wood)', 8))
    B.append(rect(220, 600, 620, 240, '#3a2c2a', 8))
    B.append(path('M256 560 C300 540 420 546 450 560 C470 580 462 620 440 628 C380 636 290 636 256 628 Z', '#d8d2c8'))
    B.append(path('M250 624 C380 596 520 620 640 604 C720 596 790 606 836 620 C856 680 860 760 846 840 L250 840 Z', 'url(#duvet)'))
    B.append(path('M320 690 C420 670 520 710 640 680 M360 770 C460 750 600 790 760 760', 'none', '#8ab0a0', 5, 0.35))
    for cx, cy, r in ((360, 720, 18), (520, 660, 14), (620, 780, 20), (760, 690, 15), (450, 800, 12)):
        pts_ = [(cx + (r if i % 2 == 0 else r * 0.45) * math.cos(math.pi / 2 + i * math.pi / 5),
                 cy - (r if i % 2 == 0 else r * 0.45) * math.sin(math.pi / 2 + i * math.pi / 5)) for i in range(10)]
        B.append(path(poly(pts_), '#e8d68a', op=0.75))
    # the window, just right of him, night outside, curtains open, the catch
    casement(B, 770, 170, 330, 360, 'url(#sky)', catch=True)
    B.append(blob(1020, 250, 90, 90, 'moon'))
    B.append(dot(1020, 250, 26, '#f1ead6'))
    B.append(dot(1033, 241, 24, '#1c2546'))
    for x, y in ((800, 210), (870, 260), (1070, 330), (830, 330), (960, 200)):
        B.append(dot(x, y, 2.2, '#f4eedc', 0.85))
    B.append(rect(700, 118, 470, 12, '#3a2c22', 6))
    B.append(path('M704 126 L780 126 C770 300 786 480 770 600 L700 600 C712 420 694 260 704 126 Z', 'url(#curtain)'))
    B.append(path('M1090 126 L1166 126 C1176 260 1158 420 1170 600 L1100 600 C1084 480 1100 300 1090 126 Z', 'url(#curtain)'))
    # the wardrobe on the right, and the rucksack he came with, at its foot
    B.append(rect(1480, 220, 400, 620, 'url(#wardrobe)', 6))
    B.append(rect(1678, 230, 4, 600, '#3a2c20'))
    B.append(rect(1650, 480, 10, 60, '#c9a070', 4))
    B.append(rect(1700, 480, 10, 60, '#c9a070', 4))
    B.append(blob(1380, 880, 150, 24, 'shadow'))
    B.append(path('M1300 880 C1290 800 1300 740 1340 720 C1380 706 1430 712 1450 740 C1470 780 1470 840 1460 880 Z', '#5a6a4a'))
    B.append(path('M1316 820 C1350 800 1420 800 1450 820 L1452 870 L1316 870 Z', '#4a5a3c'))
    B.append(path('M1350 724 C1350 690 1420 690 1420 724', 'none', '#3a4430', 8))
    # the night: everything a little bluer away from the lamp
    B.append(rect(0, 0, 1920, 1080, '#1a1e36', op=0.12))
    vignette(D, B, 0.5)
    return svg(D, B)


ROOMS = {'hall.svg': hall, 'living-room.svg': living_room, 'kitchen.svg': kitchen, 'bedroom.svg': bedroom}

if __name__ == '__main__':
    for name, draw in ROOMS.items():
        text = draw()
        with open(OUT + name, 'w') as fh:
            fh.write(text)
        print(OUT + name, len(text))
