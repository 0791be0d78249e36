# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Part of Attune's art: writes SVG files into the repository (run from
# anywhere; paths are relative to the repository root). See tools/art/README.md.
"""Places the stories go that had no room of their own: the school gate on a
grey-bright morning (homework-night), the front hall of Jonah's house in the
evening, front door and stairs (im-fine), and Maya's own hall in the morning
light, where she does up her shoes on the mat (homework-night: the same plan
turned round, in her house's colours). 1920x1080, nanosvg-safe:
plain paths and rects, linear and radial gradients in percentages. What
matters sits to the sides; the person stands in the middle."""
import os, random

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))) + "/"


def f(v):
    s = '%.1f' % v
    return s[:-2] if s.endswith('.0') else s


def lg(gid, stops, vert=True):
    xy = 'x1="0%" y1="0%" x2="0%" y2="100%"' if vert else 'x1="0%" y1="0%" x2="100%" y2="0%"'
    return '<linearGradient id="%s" %s>%s</linearGradient>' % (
        gid, xy, ''.join('<stop offset="%d%%" stop-color="%s"/>' % (o, c) for o, c in stops))


def glow(gid, col, op):
    return ('<radialGradient id="%s" cx="50%%" cy="50%%" r="50%%"><stop offset="0%%" stop-color="%s" stop-opacity="%s"/>'
            '<stop offset="100%%" stop-color="%s" stop-opacity="0"/></radialGradient>' % (gid, col, op, col))


def rect(x, y, w, h, fill, rx=0, op=1):
    return '<rect x="%s" y="%s" width="%s" height="%s" rx="%s" fill="%s"%s/>' % (
        f(x), f(y), f(w), f(h), f(rx), fill, '' if op == 1 else ' opacity="%s"' % op)


def path(d, fill='none', stroke=None, w=0, op=1):
    s = '<path d="%s" fill="%s"' % (d, fill)
    if stroke:
        s += ' stroke="%s" stroke-width="%s" stroke-linecap="round" stroke-linejoin="round"' % (stroke, f(w))
    return s + ('' if op == 1 else ' opacity="%s"' % op) + '/>'


def blob(cx, cy, rx, ry, gid):
    return '<circle cx="0" cy="0" r="1" fill="url(#%s)" transform="translate(%s %s) scale(%s %s)"/>' % (
        gid, f(cx), f(cy), f(rx), f(ry))


def svg(defs, body):
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1920 1080" width="1920" height="1080">\n<defs>\n'
            + '\n'.join(defs) + '\n</defs>\n' + '\n'.join(body) + '\n</svg>\n')


# ------------------------------------------------------------------ the school gate
def school_gate():
    rnd = random.Random(11)
    D = [lg('sky', [(0, '#b9cbd6'), (60, '#dfe5e2'), (100, '#eee9dc')]),
         lg('brick', [(0, '#a86a52'), (100, '#8a5442')]),
         lg('path', [(0, '#b9b4aa'), (100, '#8e8a82')]),
         lg('grass', [(0, '#7f9a62'), (100, '#5f7a4a')]),
         glow('sun', '#fff4d8', '0.7'), glow('leaf', '#6f8f4e', '0.9'), glow('leaf2', '#8fae62', '0.8')]
    B = [rect(0, 0, 1920, 1080, 'url(#sky)'), blob(1500, 160, 420, 260, 'sun')]
    # the school: a long low brick block with tall windows, a door under a canopy
    B.append(rect(120, 330, 1680, 420, 'url(#brick)'))
    B.append(rect(120, 310, 1680, 30, '#6e4638'))
    for i in range(12):
        x = 170 + i * 138
        if 840 < x < 1080:
            continue
        B.append(rect(x, 400, 88, 160, '#3f4e58'))
        B.append(rect(x + 6, 406, 76, 148, '#8fa9b8', op=0.75))
        B.append(rect(x + 41, 406, 6, 148, '#e9e4da'))
        B.append(rect(x + 6, 470, 76, 6, '#e9e4da'))
        # children's paintings stuck in some windows
        if rnd.random() < 0.5:
            B.append(rect(x + 14, 420, 22, 28, rnd.choice(['#e0a93a', '#d9745a', '#6fa3c8', '#9ac47a'])))
    B.append(rect(880, 420, 170, 330, '#2f5d78'))
    B.append(rect(900, 440, 60, 290, '#3f7392'))
    B.append(rect(970, 440, 60, 290, '#3f7392'))
    B.append(path('M850 420 L1080 420 L1060 380 L870 380 Z', '#d8d2c4'))
    # the playground, then the railings and the open gate
    B.append(rect(0, 750, 1920, 130, 'url(#path)'))
    for k in range(6):
        B.append(rect(200 + k * 260, 790, 120, 8, '#e8d66a', op=0.6))  # painted hopscotch lines
    B.append(rect(0, 860, 1920, 220, 'url(#grass)'))
    B.append(rect(0, 930, 1920, 150, '#9a958c'))  # the pavement outside
    for x in range(0, 1920, 120):
        B.append(rect(x, 930, 3, 150, '#7c786f'))
    rail = '#2f5b3e'
    B.append(rect(0, 700, 1920, 14, rail))
    B.append(rect(0, 900, 1920, 14, rail))
    for x in range(20, 1920, 36):
        if 1280 < x < 1500:
            continue  # the gateway
        B.append(rect(x, 680, 10, 240, rail))
        B.append(path('M%s 680 l5 -16 l5 16 Z' % f(x), rail))
    # the gate itself, swung open towards the street
    B.append(path('M1500 690 L1640 730 L1640 950 L1500 930 Z', 'none', rail, 12))
    for k in range(1, 6):
        x = 1500 + k * 23
        B.append(path('M%s %s L%s %s' % (f(x), f(690 + k * 6.6), f(x), f(930 + k * 3.3)), 'none', rail, 8))
    B.append(rect(1268, 660, 22, 280, '#24472f'))
    B.append(rect(1494, 660, 22, 280, '#24472f'))
    # a sign on the railings
    B.append(rect(200, 600, 260, 90, '#f1ede2', 6))
    B.append(rect(214, 614, 232, 14, '#2f5b3e'))
    B.append(rect(214, 640, 160, 10, '#7c8c80'))
    B.append(rect(214, 660, 190, 10, '#7c8c80'))
    # a tree over the corner, and a hedge
    B.append(path('M1760 1080 C1750 900 1770 700 1740 520 L1790 520 C1800 700 1820 900 1830 1080 Z', '#5b4636'))
    for cx, cy, rx, ry, g in ((1770, 430, 260, 200, 'leaf'), (1640, 520, 180, 140, 'leaf2'), (1880, 560, 180, 160, 'leaf')):
        B.append(blob(cx, cy, rx, ry, g))
    for k in range(9):
        B.append(blob(60 + k * 60, 900 + rnd.uniform(-10, 10), 70, 60, 'leaf'))
    return svg(D, B)


# ------------------------------------------------------------------ the front hall
EVENING = {'wall': [(0, '#7e6a58'), (60, '#a38a70'), (100, '#8a735e')],
           'glass': [(0, '#f2d7a0'), (100, '#c99a58')],
           'door': [(0, '#3f5a6c'), (100, '#2e4452')],
           'lamp': ('#ffd9a0', '0.55'), 'pool': ('#ffcf8a', '0.35'), 'mat': '#8a3f36',
           'coats': ('#2f4f6f', '#80828a', '#b4533c')}
MORNING = {'wall': [(0, '#a9b8a4'), (60, '#c9d3c0'), (100, '#b2bfa9')],
           'glass': [(0, '#eef3f6'), (100, '#b9c9d4')],
           'door': [(0, '#8c3b34'), (100, '#6e2c27')],
           'lamp': ('#f4f8ff', '0.45'), 'pool': ('#e8f0ff', '0.35'), 'mat': '#4d6b5a',
           'coats': ('#d98a3a', '#5a6f8c', '#e6c15a')}


def hall(P=EVENING, turned=False):
    D = [lg('wall', P['wall']),
         lg('floor', [(0, '#6a4c36'), (100, '#3e2c20')]),
         lg('glass', P['glass']),
         lg('door', P['door'], vert=False),
         glow('lamp', *P['lamp']), glow('pool', *P['pool'])]
    B = [rect(0, 0, 1920, 1080, 'url(#wall)'), blob(960, 120, 700, 340, 'lamp')]
    B.append(rect(0, 0, 1920, 36, '#e9e0d0', op=0.5))  # ceiling edge
    B.append(rect(0, 690, 1920, 18, '#e8ddc8'))      # dado rail
    B.append(rect(0, 708, 1920, 190, '#6f5b4b', op=0.5))
    B.append(rect(0, 880, 1920, 200, 'url(#floor)'))
    for x in range(-200, 1920, 160):
        B.append(path('M%s 880 L%s 1080' % (f(x + 200), f(x)), 'none', '#2a1e16', 3, 0.4))
    # the front door on the left: frosted glass, a letterbox, a light through it
    B.append(rect(150, 170, 420, 730, '#e8ddc8'))
    B.append(rect(180, 200, 360, 700, 'url(#door)'))
    B.append(rect(230, 250, 260, 270, 'url(#glass)'))
    for k in range(1, 4):
        B.append(rect(230, 250 + k * 67, 260, 5, '#8a6a3e', op=0.5))
    B.append(rect(260, 600, 200, 34, '#c9a44e', 4))          # letterbox
    B.append(rect(270, 610, 180, 14, '#3b2f22', 3))
    B.append('<circle cx="500" cy="660" r="14" fill="#d8b45a"/>')  # the latch
    B.append(rect(230, 720, 260, 140, '#2a3c48', 6, 0.6))
    B.append(blob(360, 1000, 300, 60, 'pool'))
    B.append(rect(220, 960, 280, 70, P['mat'], 8))            # the mat
    # coat hooks with coats, a school bag; shoes kicked at the skirting
    B.append(rect(640, 330, 300, 22, '#5a4030', 4))
    for x, col, h in zip((670, 760, 850), P['coats'], (300, 360, 250)):
        B.append(path('M%s 350 C%s 420 %s %s %s %s L%s %s C%s %s %s 420 %s 350 Z' % (
            f(x), f(x - 40), f(x - 44), f(350 + h - 40), f(x - 36), f(350 + h), f(x + 66), f(350 + h),
            f(x + 74), f(350 + h - 40), f(x + 70), f(x + 30)), col))
    B.append(path('M700 930 l70 -18 l30 24 l-70 14 Z', '#2c2c30'))
    B.append(path('M800 960 l60 8 l10 26 l-70 -4 Z', '#2c2c30'))
    # the stairs rising on the right, with a banister and the landing out of sight
    for k in range(10):
        y = 880 - k * 70
        x = 1320 + k * 60
        B.append(rect(x, y, 1920 - x, 70, '#8d6e52' if k % 2 else '#7c5f46'))
        B.append(rect(x, y, 1920 - x, 10, '#b7977a'))
    B.append(path('M1260 900 L1260 580 M1260 580 L1920 120', 'none', '#4a3426', 18))
    for k in range(11):
        x = 1300 + k * 58
        y0 = 560 - (x - 1260) * 0.697
        y1 = 880 - (x - 1320) * 70 / 60 if x > 1320 else 880
        B.append(path('M%s %s L%s %s' % (f(x), f(y0), f(x), f(y1)), 'none', '#e8ddc8', 10))
    B.append(rect(1240, 560, 40, 340, '#4a3426', 6))          # newel post
    # a radiator and a small framed photo
    B.append(rect(1000, 740, 220, 130, '#e6e0d4', 8))
    for k in range(9):
        B.append(rect(1012 + k * 23, 752, 12, 106, '#cfc8ba', 4))
    B.append(rect(1010, 430, 160, 120, '#3a2c22'))
    B.append(rect(1024, 444, 132, 92, '#c7b08e'))
    if turned:  # the same plan mirrored: the door on the right
        B = ['<g transform="translate(1920 0) scale(-1 1)">'] + B + ['</g>']
    return svg(D, B)


if __name__ == '__main__':
    for out, text in ((ROOT + 'scripts/stories/homework-night/images/school-gate.svg', school_gate()),
                      (ROOT + 'scripts/stories/im-fine/images/hall.svg', hall()),
                      (ROOT + 'scripts/stories/homework-night/images/hall.svg',
                       hall(MORNING, turned=True))):
        with open(out, 'w') as fh:
            fh.write(text)
        print(out, len(text))
