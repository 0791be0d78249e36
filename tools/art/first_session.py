# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Part of Attune's art: writes SVG files into the repository (run from
# anywhere; paths are relative to the repository root). See tools/art/README.md.
"""first-session: Tomasz Nowak, 46, a scaffolder at his first appointment
with a talking-therapies service, in the four expressions (drawn with the
eyes, brows, mouths, hands and tears of people.py, in its frame and scale),
and the two places of the story: the service's waiting area and the clinic
room, on a grey weekday morning (in the house style of rooms.py).
Portraits 800x1000, rooms 1920x1080; nanosvg-safe: plain paths, circles and
rects, linear and radial gradients in percentages."""
import math, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helpers
import people as P
import rooms as RM
from people import f, line, path, poly, circ, soft, mix

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))) + "/"
OUT = ROOT + 'scripts/stories/first-session/images/'

# ---------------------------------------------------------------- Tomasz
# Outdoor skin (ruddy, weathered), dark-blond hair greying at the sides,
# grey-green eyes; a clean blue checked shirt, ironed for the appointment.
TOMASZ = dict(
    skin='#dca684', skin_hi='#ecbf9e', skin_lo='#b27a5a', skin_line='#86553a', hand='#d69c78', hand_hi='#ebbb98',
    white='#f3ece4', iris='#6f8474', iris_dark='#33433a', lash='#4a3526', crease='#86553a', lidshade='#9c6a50',
    hair='#8c6d45', hair_hi='#b8976a', hair_lo='#5e472d', grey='#a29a8c', grey_hi='#cdc7bb', side='#958060',
    brow='#7a5d3a', brow_lo='#4e3b26', stubble='#6a543c', lip='#b87464', lip_dark='#6e3a2e',
    shirt='#a9bccd', shirt_hi='#c4d3e0', shirt_lo='#7f95aa', check='#34506e', check2='#eef3f6', topline='#2e4258',
    top1='#a9bccd', top2='#c4d3e0', top3='#a0b4c6', sleeve_line='#3e5670', cuff='#b3c5d4',
    gold='#c9a24a', gold_hi='#f0d27e', blush='#d4664e', bags=True)

TS = {  # posture and face for each expression
    'regulated': dict(sh=0, hrot=0, hdy=0, fdy=0, eye='soft', brow='relax', mouth='settled', flush=0, drain=0),
    'activated': dict(sh=-26, hrot=-2, hdy=-6, fdy=0, eye='narrow', brow='down', mouth='clench', flush=1, drain=0),
    'shutdown':  dict(sh=20, hrot=8, hdy=30, fdy=10, eye='down', brow='flat', mouth='flat', flush=0, drain=0.4),
    'crying':    dict(sh=10, hrot=6, hdy=18, fdy=4, eye='narrow', brow='sad', mouth='holdback', flush=1, drain=0, tears=True),
}

CX = 410  # the body's middle


def cubic(p0, p1, p2, p3, n=10):
    return [(((1-t)**3)*p0[0] + 3*(1-t)**2*t*p1[0] + 3*(1-t)*t*t*p2[0] + t**3*p3[0],
             ((1-t)**3)*p0[1] + 3*(1-t)**2*t*p1[1] + 3*(1-t)*t*t*p2[1] + t**3*p3[1]) for t in (i / n for i in range(n + 1))]


def body_outline(s):
    """broad shoulders and a heavy trapezius; a polygon (the checks are clipped to it)"""
    sh = s['sh']; nk = 652 + sh*0.6
    left = (cubic((34, 1180), (38, 960), (52, 830), (104, 770 + sh), 8)
            + cubic((104, 770 + sh), (126, 730 + sh), (156, 716 + sh), (196, 712 + sh), 6)[1:]
            + cubic((196, 712 + sh), (262, 706 + sh), (316, 688 + sh*0.8), (334, nk), 8)[1:])
    right = [(2*CX - x, y) for x, y in reversed(left)]
    return left + right


def shirt(C, s):
    sh = s['sh']; top = 652 + sh*0.6
    B = body_outline(s)
    o = [poly(B, fill='url(#shirtg)')]
    # the check: translucent navy bands both ways, thin white lines between
    for x in range(48, 790, 46):
        band = helpers.clip(B, [(x, 600), (x + 16, 600), (x + 16, 1190), (x, 1190)])
        if len(band) > 2:
            o.append(poly(band, fill=C['check'], opacity='0.28'))
    for y in range(int(top) + 14, 1180, 46):
        band = helpers.clip(B, [(0, y), (820, y), (820, y + 16), (0, y + 16)])
        if len(band) > 2:
            o.append(poly(band, fill=C['check'], opacity='0.28'))
    for x in range(80, 760, 46):
        seg = helpers.clip(B, [(x, 600), (x + 3, 600), (x + 3, 1190), (x, 1190)])
        if len(seg) > 2:
            o.append(poly(seg, fill=C['check2'], opacity='0.5'))
    # shading: the far side and under the arms, light on the near shoulder
    o.append(path('M34 1180 C38 960 52 830 104 %s C150 800 170 900 176 1180 Z' % f(770 + sh), fill=C['topline'], opacity='0.25'))
    o.append(path('M786 1180 C782 960 768 830 716 %s C680 800 650 900 640 1180 Z' % f(770 + sh), fill=C['topline'], opacity='0.18'))
    o.append(line('M%s %s C%s %s %s %s %s %s' % (f(486), f(top + 14), f(560), f(top + 56 + sh*0.2), f(620), f(706 + sh), f(700), f(752 + sh)), C['shirt_hi'], 8, 0.45))
    # yoke seams and the shoulder-to-sleeve seams
    o.append(line('M%s %s C%s %s %s %s %s %s' % (f(136), f(732 + sh), f(200), f(760 + sh), f(290), f(760 + sh*0.8), f(344), f(742 + sh*0.7)), C['topline'], 3, 0.35))
    o.append(line('M%s %s C%s %s %s %s %s %s' % (f(684), f(732 + sh), f(620), f(760 + sh), f(530), f(760 + sh*0.8), f(476), f(742 + sh*0.7)), C['topline'], 3, 0.35))
    o.append(line('M%s %s C%s %s %s %s %s 1180' % (f(128), f(736 + sh), f(150), f(820), f(160), f(960), f(158)), C['topline'], 3.5, 0.4))
    o.append(line('M%s %s C%s %s %s %s %s 1180' % (f(692), f(736 + sh), f(670), f(820), f(660), f(960), f(662)), C['topline'], 3.5, 0.4))
    # the breast pocket (his left, on the near side of the picture's right)
    o.append(path('M504 %s L604 %s L600 %s Q552 %s 506 %s Z' % (f(800 + sh*0.5), f(796 + sh*0.5), f(900 + sh*0.5), f(910 + sh*0.5), f(902 + sh*0.5)),
                  fill=C['shirt'], opacity='0.55', stroke=C['topline'], stroke_width=3, stroke_linejoin='round'))
    o.append(line('M504 %s L604 %s' % (f(826 + sh*0.5), f(822 + sh*0.5)), C['topline'], 2.5, 0.45))
    # the button placket
    o.append(line('M%s %s C%s %s %s %s %s 1180' % (f(412), f(top + 96), f(414), f(top + 200), f(418), f(1000), f(420)), C['topline'], 2.5, 0.5))
    o.append(line('M%s %s C%s %s %s %s %s 1180' % (f(436), f(top + 96), f(438), f(top + 200), f(442), f(1000), f(444)), C['topline'], 2.5, 0.4))
    for k in range(4):
        y = top + 150 + k*96
        o.append(circ(425 + k*1.5, y, 6.5, fill=C['check2']) + circ(425 + k*1.5, y, 6.5, fill='none', stroke=C['topline'], stroke_width=1.8, opacity='0.6'))
    return ''.join(o)


def open_collar(C, s, front):
    """the collar band behind the neck (front=False), or the points and the
    open neck with the chain and its small cross (front=True)"""
    sh = s['sh']; top = 652 + sh*0.6
    if not front:
        return (path('M322 %s C330 %s 366 %s 410 %s C454 %s 490 %s 498 %s L496 %s C470 %s 350 %s 324 %s Z' % (
            f(top + 18), f(top - 30), f(top - 34), f(top - 34), f(top - 34), f(top - 30), f(top + 18), f(top + 34),
            f(top + 8), f(top + 8), f(top + 34)), fill=C['shirt_lo'])
            + line('M330 %s C360 %s 460 %s 490 %s' % (f(top - 14), f(top - 30), f(top - 30), f(top - 14)), C['topline'], 2.5, 0.5))
    o = []
    # skin in the open neck
    o.append(path('M352 %s L468 %s L414 %s Z' % (f(top - 6), f(top - 6), f(top + 104)), fill='url(#neck)'))
    o.append(path('M360 %s Q410 %s 462 %s L440 %s Q410 %s 380 %s Z' % (f(top - 4), f(top + 20), f(top - 4), f(top + 30), f(top + 40), f(top + 30)),
                  fill=C['skin_line'], opacity='0.25'))
    # the chain, and a small cross where it falls
    cy = top + 66
    o.append(line('M360 %s Q376 %s 410 %s Q444 %s 460 %s' % (f(top - 2), f(top + 50), f(cy - 4), f(top + 50), f(top - 2)), C['gold'], 2.2, 0.9))
    o.append(path('M407 %s h6 v7 h7 v5 h-7 v14 h-6 v-14 h-7 v-5 h7 Z' % f(cy - 4), fill=C['gold'], stroke='#8a6a2a', stroke_width=1, stroke_linejoin='round'))
    o.append(line('M409.5 %s v10' % f(cy - 2), C['gold_hi'], 1.6, 0.9))
    # the collar points lying open
    for sgn in (1, -1):
        X = lambda x: CX + sgn*(x - CX)
        pts = [(X(324), top - 16), (X(362), top - 4), (X(396), top + 82), (X(374), top + 90), (X(316), top + 44), (X(310), top + 4)]
        o.append(poly(pts, fill=C['shirt_hi'] if sgn > 0 else C['shirt'], stroke=C['topline'], stroke_width=2.5, stroke_linejoin='round'))
        o.append(line('M%s %s L%s %s' % (f(X(336)), f(top + 2), f(X(380)), f(top + 78)), C['check'], 5, 0.22))
    o.append(circ(414, top + 100, 5.5, fill=C['check2'], stroke=C['topline'], stroke_width=1.5))
    return ''.join(o)


def neck(C, s):
    sh = s['sh']; b = 666 + sh*0.6
    n = 'M332 470 C338 570 332 632 318 %s C360 %s 460 %s 502 %s C486 632 480 570 486 470 Z' % (f(b - 8), f(b + 24), f(b + 24), f(b - 8))
    return (path(n, fill='url(#neck)')
            + path('M334 540 C370 576 424 590 484 568 L484 626 C424 646 370 632 334 606 Z', fill='url(#jaw)')
            + line('M440 590 C448 612 446 634 438 652', C['skin_line'], 3.5, 0.35)     # the big neck muscle
            + line('M366 598 C378 626 376 646 370 662', C['skin_line'], 3, 0.3)
            + line('M396 610 q14 8 28 0', C['skin_line'], 2.5, 0.25))                  # Adam's apple


FACE_T = ('M398 166 C314 168 262 230 258 320 C254 400 260 462 290 514 C318 560 370 586 432 586 '
          'C498 584 544 536 554 460 C564 396 566 320 546 260 C522 200 472 164 398 166Z')


def face_outline(n=8):
    """FACE_T as a polygon (convex: the beard is clipped to it)"""
    segs = [((398, 166), (314, 168), (262, 230), (258, 320)), ((258, 320), (254, 400), (260, 462), (290, 514)),
            ((290, 514), (318, 560), (370, 586), (432, 586)), ((432, 586), (498, 584), (544, 536), (554, 460)),
            ((554, 460), (564, 396), (566, 320), (546, 260)), ((546, 260), (522, 200), (472, 164), (398, 166))]
    out = []
    for sg in segs:
        out += cubic(*sg, n=n)[1:]
    return out


def hair_back(C):
    # short crop: the back of the head close-cut and greying, the crown darker blond
    o = [path('M312 530 C254 492 230 404 236 318 C244 226 304 160 396 148 C470 140 526 172 548 228 C500 206 440 204 396 214 '
              'C346 230 310 270 298 324 C290 376 292 440 318 514 Z', fill='url(#sideg)')]
    o.append(path('M258 300 C274 222 330 168 400 158 C466 152 516 178 542 224 C500 206 440 204 396 214 C346 228 300 256 280 300 Z', fill=C['hair']))
    for d in ('M256 340 C252 390 258 430 276 462', 'M268 286 C260 336 262 390 280 436'):
        o.append(line(d, C['grey_hi'], 3, 0.5))
    return ''.join(o)


def hair_front(C, s):
    o = []
    # a short, neat crop; the hairline squared and a little receded at the temples
    top = ('M276 370 C256 290 282 198 366 168 C444 142 532 170 556 248 C560 268 560 286 556 300 '
           'C548 278 534 258 512 248 C494 236 470 232 446 234 C420 236 396 232 374 238 '
           'C346 246 320 270 306 300 C298 320 294 344 292 372 Z')
    o.append(path(top, fill='url(#hairg)'))
    # greying at the sides: close-cut, the grey coming through above and in front of the ear
    o.append(path('M262 262 C250 310 258 380 278 438 L298 438 C298 400 300 350 312 300 C296 286 278 272 262 262 Z', fill='url(#templeg)'))
    o.append(path('M532 236 C548 252 556 276 556 300 C558 322 556 342 552 358 C546 330 540 300 526 270 Z', fill='url(#templeg)'))
    for d in ('M282 330 C284 370 288 400 292 430', 'M270 320 C272 360 278 396 284 426'):
        o.append(line(d, C['grey_hi'], 2.5, 0.55))
    # the cut's texture: short strokes swept up and to the right
    r = random.Random(46)
    for k in range(22):
        x = r.uniform(320, 530); y = r.uniform(176, 232) + ((x - 430) / 110.0) ** 2 * 22
        o.append(line('M%s %s q%s %s %s %s' % (f(x), f(y + 8), f(6), f(-10), f(16), f(-14)), C['hair_hi'] if k % 3 else C['hair_lo'], 3, 0.55))
    o.append(line('M374 238 C400 230 430 236 446 234', C['hair_lo'], 3, 0.4))
    # weathering: two forehead lines, crow's feet
    fdy = s['fdy']
    for i, y in enumerate((268, 284)):
        o.append(line('M%d %s Q%d %s %d %s' % (372 + i*8, f(y + fdy*0.3), 436, f(y - 7 + fdy*0.3), 498 - i*6, f(y + 2 + fdy*0.3)), C['skin_line'], 2.6, 0.32))
    o.append(line('M542 %s l16 -6 M544 %s l16 2 M542 %s l13 8' % (f(362 + fdy), f(376 + fdy), f(390 + fdy)), C['skin_line'], 2.4, 0.45))
    o.append(line('M316 %s l-12 -4 M316 %s l-12 4' % (f(364 + fdy), f(378 + fdy)), C['skin_line'], 2.2, 0.3))
    return ''.join(o)


def stubble(C, s):
    """a few days' growth, kept short: soft-edged over the jaw, a little
    denser on the lip and the chin; all of it inside the face"""
    fdy = s['fdy']; F = face_outline()
    jaw = [(250, 396)] + cubic((250, 396), (300, 452), (350, 470), (400, 474), 6)[1:] + cubic((400, 474), (460, 480), (530, 462), (570, 392), 6)[1:] + [(570, 620), (250, 620)]
    o = [poly(helpers.clip(jaw, F), fill='url(#stub)')]
    my = 486 + fdy*0.8
    lip = cubic((412, my + 12), (426, my - 8), (496, my - 14), (512, my + 8), 6) + cubic((512, my + 8), (480, my - 2), (440, my - 2), (412, my + 12), 6)[1:-1]
    o.append(poly(lip, fill=C['stubble'], opacity='0.3'))
    cy = 548 + fdy*0.6
    chin = cubic((418, cy), (440, cy - 6), (480, cy - 6), (500, cy + 2), 5) + cubic((500, cy + 2), (498, 576), (470, 588), (446, 588), 5)[1:] + cubic((446, 588), (426, 584), (416, 570), (418, cy), 5)[1:-1]
    o.append(poly(helpers.clip(chin, F), fill=C['stubble'], opacity='0.18'))
    return ''.join(o)


def mouth(C, cx, cy, kind):
    if kind == 'settled':  # closed, the corners barely lifted: polite, a little wary
        return (path('M%s %s Q%s %s %s %s Q%s %s %s %s Z' % (f(cx - 32), f(cy), f(cx), f(cy + 6), f(cx + 28), f(cy - 4), f(cx), f(cy + 16), f(cx - 32), f(cy)), fill=C['lip'], opacity='0.7')
                + line('M%s %s Q%s %s %s %s' % (f(cx - 34), f(cy - 1), f(cx - 2), f(cy + 7), f(cx + 30), f(cy - 6)), C['lip_dark'], 5)
                + line('M%s %s q6 0 8 -6' % (f(cx + 28), f(cy - 4)), C['skin_line'], 3, 0.45)
                + line('M%s %s Q%s %s %s %s' % (f(cx - 14), f(cy + 26), f(cx), f(cy + 30), f(cx + 14), f(cy + 24)), C['skin_line'], 3, 0.35))
    if kind == 'holdback':  # crying and trying not to: lips pressed, pulled hard down, the chin pushed up
        return (path('M%s %s Q%s %s %s %s Q%s %s %s %s Z' % (f(cx - 34), f(cy + 14), f(cx), f(cy - 12), f(cx + 30), f(cy + 12), f(cx), f(cy + 2), f(cx - 34), f(cy + 14)), fill=C['lip'], opacity='0.85')
                + line('M%s %s Q%s %s %s %s' % (f(cx - 36), f(cy + 16), f(cx), f(cy - 10), f(cx + 32), f(cy + 14)), C['lip_dark'], 6)
                + line('M%s %s q-6 6 -6 14 M%s %s q6 6 5 14' % (f(cx - 36), f(cy + 16), f(cx + 32), f(cy + 14)), C['skin_line'], 3.5, 0.6)
                + line('M%s %s Q%s %s %s %s' % (f(cx - 20), f(cy + 36), f(cx), f(cy + 26), f(cx + 18), f(cy + 34)), C['skin_line'], 4, 0.55)
                + path('M%s %s c8 -6 24 -6 32 0 c-4 8 -26 8 -32 0 Z' % (f(cx - 16), f(cy + 44)), fill=C['skin_line'], opacity='0.22'))
    return P.mouth(C, cx, cy, kind)


def face(C, s):
    fdy = s['fdy']
    o = [path(FACE_T, fill='url(#face)')]
    o.append(path('M298 300 C280 380 288 452 330 512 C294 490 270 440 264 380 C262 340 276 310 298 300Z', fill=C['skin_line'], opacity='0.3'))
    o.append(line('M540 266 C562 320 564 384 556 436 C550 474 536 504 516 528', C['skin_hi'], 5, 0.35))
    # a squared jaw: the angle caught by the light
    o.append(line('M292 470 C300 510 318 540 344 560', C['skin_line'], 3, 0.3))
    # weather: warmth across the forehead, the cheeks and the nose, always a little
    o.append(soft(448, 296 + fdy*0.5, 84, 34, 'blushs'))
    if s['flush']:
        o.append(soft(372, 440 + fdy, 52, 30, 'blush')); o.append(soft(522, 436 + fdy, 34, 24, 'blush'))
        o.append(soft(470, 296, 96, 32, 'blushs'))
    else:
        o.append(soft(372, 440 + fdy, 46, 28, 'blushs')); o.append(soft(522, 436 + fdy, 30, 20, 'blushs'))
    o.append(stubble(C, s))
    # deep-set eyes: shade under the brow ridge
    ey = 370 + fdy
    o.append(soft(378, ey - 10, 46, 22, 'orbit')); o.append(soft(500, ey - 14, 36, 20, 'orbit'))
    look = (0, 5) if s.get('tears') else (0, 0)
    o.append(P.eye(376, ey, 62, 17, s['eye'], C, look=look))
    o.append(P.eye(498, ey - 4, 62*0.82, 17*0.95, s['eye'], C, far=True, look=look))
    if s.get('tears'):
        o.append(soft(376, ey + 8, 40, 16, 'blush')); o.append(soft(498, ey + 4, 30, 13, 'blush'))  # reddened lids
        o.append(helpers.wet_lid(350, ey + 8, 378, ey + 20, 404, ey + 6, 4))
        o.append(helpers.wet_lid(478, ey + 3, 498, ey + 13, 518, ey + 1, 3.5))
    # heavy, straight brows
    o.append(P.brows(C, s['brow'], fdy + 4, w=17, col=C['brow_lo']))
    o.append(P.brows(C, s['brow'], fdy + 2, w=11))
    if s['brow'] == 'down':
        o.append(line('M438 %s q-3 14 1 26 M452 %s q3 12 0 22' % (f(330 + fdy), f(328 + fdy)), C['skin_line'], 4, 0.65))
    if s['brow'] == 'sad':
        o.append(line('M428 %s q6 -10 2 -22 M446 %s q-2 -10 4 -20' % (f(300 + fdy), f(298 + fdy)), C['skin_line'], 3, 0.45))
    # a broad nose with a bump on the bridge
    o.append(line('M450 %s C458 %s 462 %s 470 %s C476 %s 480 %s 484 %s' % (f(378 + fdy), f(392 + fdy), f(404 + fdy), f(414 + fdy), f(424 + fdy), f(432 + fdy), f(440 + fdy)), C['skin_line'], 12, 0.13))
    o.append(line('M458 %s q8 -4 10 2' % f(404 + fdy), C['skin_line'], 2.5, 0.3))
    o.append(line('M456 %s C466 %s 488 %s 498 %s' % (f(452 + fdy), f(466 + fdy), f(464 + fdy), f(448 + fdy)), C['skin_line'], 5, 0.8))
    o.append(line('M456 %s q-6 -6 -2 -14' % f(452 + fdy), C['skin_line'], 3.5, 0.5))
    o.append(line('M498 %s q6 -6 2 -14' % f(448 + fdy), C['skin_line'], 3, 0.35))
    o.append(circ(486, 434 + fdy, 8, fill=C['skin_hi'], opacity='0.45'))
    o.append(soft(482, 436 + fdy, 22, 16, 'blushs'))
    # the lines from nose to mouth
    o.append(line('M446 %s C430 %s 424 %s 426 %s' % (f(466 + fdy), f(480 + fdy), f(500 + fdy), f(526 + fdy)), C['skin_line'], 3.5, 0.4))
    o.append(line('M510 %s C522 %s 524 %s 518 %s' % (f(462 + fdy), f(478 + fdy), f(496 + fdy), f(514 + fdy)), C['skin_line'], 3, 0.3))
    if s['mouth'] == 'clench':  # the jaw muscle bunched at the angle of the jaw
        o.append(line('M300 %s C312 %s 316 %s 312 %s' % (f(452), f(470), f(494), f(516)), C['skin_line'], 4, 0.45))
        o.append(line('M540 %s C534 %s 532 %s 536 %s' % (f(458), f(476), f(494), f(508)), C['skin_line'], 3, 0.35))
    o.append(mouth(C, 460, 506 + fdy*0.8, s['mouth']))
    if s.get('tears'):
        o.append(circ(484, 438 + fdy, 15, fill=C['blush'], opacity='0.35'))  # a reddened nose
        o.append(P.tear_track(372, ey + 16, 362, ey + 104, 9, -6))
        o.append(P.tear_track(506, ey + 10, 516, ey + 80, 7, 4))
    return ''.join(o)


def ear(C):
    return P.ear(C, 272, 410, 30, 46)


# hands: strong, broad, a working man's; shirt cuffs buttoned
def sleeve(C, x0, y0, x1, y1, w0, w1):
    dx, dy = x1 - x0, y1 - y0
    ln = math.hypot(dx, dy); nx, ny = -dy/ln, dx/ln
    q = [(x0 + nx*w0/2, y0 + ny*w0/2), (x1 + nx*w1/2, y1 + ny*w1/2), (x1 - nx*w1/2, y1 - ny*w1/2), (x0 - nx*w0/2, y0 - ny*w0/2)]
    o = [poly(q, fill='url(#shirtg)', stroke=C['sleeve_line'], stroke_width=4, stroke_linejoin='round')]
    # the check, running along and across the sleeve
    ux, uy = dx/ln, dy/ln
    for k in range(1, int(ln // 46)):
        cx, cy = x0 + ux*46*k, y0 + uy*46*k
        band = [(cx - nx*200, cy - ny*200), (cx + nx*200, cy + ny*200), (cx + nx*200 + ux*16, cy + ny*200 + uy*16), (cx - nx*200 + ux*16, cy - ny*200 + uy*16)]
        b = helpers.clip(q, band)
        if len(b) > 2: o.append(poly(b, fill=C['check'], opacity='0.28'))
    for off in (-0.3, 0.12):
        b = helpers.clip(q, [(x0 + nx*w0*off, y0 + ny*w0*off), (x0 + nx*(w0*off + 16), y0 + ny*(w0*off + 16)),
                             (x1 + nx*(w1*off + 16), y1 + ny*(w1*off + 16)), (x1 + nx*w1*off, y1 + ny*w1*off)])
        if len(b) > 2: o.append(poly(b, fill=C['check'], opacity='0.28'))
    o.append(line('M%s %s L%s %s' % (f(x0 + nx*w0*0.3), f(y0 + ny*w0*0.3), f(x1 + nx*w1*0.3), f(y1 + ny*w1*0.3)), C['shirt_hi'], 6, 0.35))
    # a buttoned cuff
    ang = math.degrees(math.atan2(dy, dx)); w = w1 + 6
    o.append('<g transform="translate(%s %s) rotate(%s)">' % (f(x1), f(y1), f(ang))
             + '<rect x="-30" y="%s" width="30" height="%s" rx="8" fill="%s" stroke="%s" stroke-width="3"/>' % (f(-w/2), f(w), C['cuff'], C['sleeve_line'])
             + circ(-15, w*0.28, 4.5, fill=C['check2'], stroke=C['sleeve_line'], stroke_width=1.5) + '</g>')
    return ''.join(o)


def hands(C, st):
    o = []
    K = 1.36
    if st == 'regulated':
        # resting together in front of him, one loosely over the other
        o.append(sleeve(C, 60, 1180, 270, 816, 150, 96))
        o.append(sleeve(C, 760, 1180, 576, 822, 150, 96))
        o.append(P.hand(270, 816, -6, K, C, curls=(44, 50, 56, 62), spread=3, thumb=(-22, 44, 10), fw=19))
        o.append(P.hand(576, 822, 192, K, C, curls=(30, 36, 42, 48), spread=3, thumb=(-26, 44, 8), flip=True, fw=19))
    elif st == 'activated':
        # one fist held hard in the other hand, high and close to the chest
        o.append(sleeve(C, 80, 1180, 300, 740, 150, 96))
        o.append(sleeve(C, 750, 1180, 548, 742, 150, 96))
        o.append(P.hand(300, 740, -18, K, C, curls=(104, 108, 112, 114), spread=2, thumb=(-10, 44, 40), fw=20))
        o.append(P.hand(548, 742, 198, K, C, curls=(56, 62, 68, 74), spread=3, thumb=(-36, 50, 14), flip=True, fw=20))
    elif st == 'crying':
        # gripped together lower down, holding on
        o.append(sleeve(C, 90, 1180, 292, 830, 150, 96))
        o.append(sleeve(C, 740, 1180, 556, 836, 150, 96))
        o.append(P.hand(292, 830, -10, K, C, curls=(100, 104, 108, 110), spread=2, thumb=(-10, 44, 40), fw=20))
        o.append(P.hand(556, 836, 192, K, C, curls=(72, 78, 84, 90), spread=3, thumb=(-24, 50, 28), flip=True, fw=20))
    else:
        # slack, low, open on his knees
        o.append(sleeve(C, 80, 1180, 250, 870, 150, 96))
        o.append(sleeve(C, 740, 1180, 610, 866, 150, 96))
        o.append(P.hand(250, 870, 8, K, C, curls=(10, 14, 18, 22), spread=5, thumb=(-44, 44, 6), fw=19))
        o.append(P.hand(610, 866, 170, K, C, curls=(12, 14, 18, 22), spread=5, thumb=(-44, 44, 6), flip=True, fw=19))
    return ''.join(o)


def defs(C):
    extra = ('<linearGradient id="shirtg" x1="0%%" y1="0%%" x2="100%%" y2="0%%"><stop offset="0%%" stop-color="%(shirt_lo)s"/>'
             '<stop offset="45%%" stop-color="%(shirt)s"/><stop offset="80%%" stop-color="%(shirt_hi)s"/><stop offset="100%%" stop-color="%(shirt)s"/></linearGradient>'
             '<linearGradient id="stub" x1="0%%" y1="0%%" x2="0%%" y2="100%%"><stop offset="0%%" stop-color="%(stubble)s" stop-opacity="0"/>'
             '<stop offset="45%%" stop-color="%(stubble)s" stop-opacity="0.2"/><stop offset="100%%" stop-color="%(stubble)s" stop-opacity="0.34"/></linearGradient>'
             '<linearGradient id="sideg" x1="0%%" y1="0%%" x2="0%%" y2="100%%"><stop offset="0%%" stop-color="%(hair)s"/>'
             '<stop offset="45%%" stop-color="%(side)s"/><stop offset="100%%" stop-color="%(grey)s"/></linearGradient>'
             '<linearGradient id="templeg" x1="0%%" y1="0%%" x2="0%%" y2="100%%"><stop offset="0%%" stop-color="%(side)s" stop-opacity="0"/>'
             '<stop offset="40%%" stop-color="%(side)s" stop-opacity="0.9"/><stop offset="100%%" stop-color="%(grey)s" stop-opacity="0.95"/></linearGradient>'
             '<radialGradient id="orbit" cx="50%%" cy="50%%" r="50%%"><stop offset="0%%" stop-color="%(skin_line)s" stop-opacity="0.32"/>'
             '<stop offset="100%%" stop-color="%(skin_line)s" stop-opacity="0"/></radialGradient>') % C
    return P.defs(C, None).replace('</defs>', extra + '</defs>')


def tomasz(st):
    C = dict(TOMASZ)
    s = dict(TS[st])
    out = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 1000" width="800" height="1000">', defs(C)]
    out.append('<g transform="matrix(0.9 0 0 0.9 40 -59)">')
    out.append(open_collar(C, s, False))
    out.append(shirt(C, s))
    out.append(neck(C, s))
    out.append(open_collar(C, s, True))
    out.append(soft(410, 646 + s['sh']*0.6, 124, 28, 'shade'))
    out.append('<g transform="translate(0 %s) rotate(%s 410 600) translate(410 560) scale(1.14 1.08) translate(-410 -560)">' % (f(s['hdy'] + s['sh']*0.4), f(s['hrot'])))
    out.append(hair_back(C))
    out.append(face(C, s))
    out.append(ear(C))
    out.append(hair_front(C, s))
    out.append('</g>')
    out.append(hands(C, st))
    out.append('</g></svg>\n')
    svg = '\n'.join(out)
    if s['drain']:
        svg = P.drain(svg, s['drain'])
    return svg


# ---------------------------------------------------------------- places
# rooms.py's house style: large flat shapes, soft gradients, a light source,
# a vignette; what matters near the middle, no fine detail (the game draws
# a background out of focus, cropped anywhere from 4:3 to 16:9).
lg, rg, R, L, blob = RM.lg, RM.rg, RM.R, RM.L, RM.blob


def Pth(d, fill='none', **a):
    return RM.P(d, fill, **a)


def grey_sky(wx, wy, ww, wh, rnd, tree=True):
    """a grey morning through glass: cloud, the building opposite, a tree"""
    win = [(wx, wy), (wx + ww, wy), (wx + ww, wy + wh), (wx, wy + wh)]
    o = [R(wx, wy, ww, wh, 'url(#sky)')]
    for k in range(4):
        rx = rnd.uniform(70, 110); x = wx + rx + rnd.uniform(0, 1)*(ww - 2*rx); y = wy + rnd.uniform(0.1, 0.4)*wh
        o.append(blob(x, y, rx, rnd.uniform(22, 36), 'cloud'))
    o.append(Pth('M%d %d L%d %d L%d %d L%d %d L%d %d L%d %d Z' % (wx, wy + wh*0.62, wx + ww*0.34, wy + wh*0.62, wx + ww*0.34, wy + wh*0.54,
                                                                wx + ww, wy + wh*0.54, wx + ww, wy + wh, wx, wy + wh), '#9ea3a4'))
    for k in range(4):  # its windows, lit or not
        x = wx + ww*(0.42 + k*0.14)
        o.append(R(x, wy + wh*0.62, ww*0.07, wh*0.1, '#c8c9c0' if k % 2 else '#7f8689'))
    if tree:
        tx = wx + ww*0.26
        o.append(Pth('M%s %s C%s %s %s %s %s %s L%s %s C%s %s %s %s %s %s Z' % (
            f(tx - 14), f(wy + wh), f(tx - 10), f(wy + wh*0.75), f(tx - 20), f(wy + wh*0.55), f(tx - 40), f(wy + wh*0.4),
            f(tx - 24), f(wy + wh*0.38), f(tx + 2), f(wy + wh*0.55), f(tx + 14), f(wy + wh*0.75), f(tx + 16), f(wy + wh)), '#5b524a'))
        o.append(L('M%s %s C%s %s %s %s %s %s' % (f(tx), f(wy + wh*0.6), f(tx + 40), f(wy + wh*0.45), f(tx + 90), f(wy + wh*0.4), f(tx + 130), f(wy + wh*0.3)), '#5b524a', 10))
        for k in range(13):
            x = tx + rnd.uniform(-150, 190); y = wy + rnd.uniform(0.1, 0.5)*wh
            leaf = helpers.clip(helpers.circle(x, y, rnd.uniform(40, 74), 20), win)
            col = rnd.choice(('#6c7b62', '#7d8b6c', '#5f6e58', '#8a977a'))
            if len(leaf) > 2:
                o.append(poly(leaf, fill=col, opacity='0.92'))
    return o


def armchair(ox, oy, sc, turn, base, lite, dark):
    """a low modern armchair turned by `turn` degrees (positive: towards the
    picture's right), seen a little from above; boxes with softened corners,
    lit from the window on the right"""
    t = -math.radians(turn)
    def pr(x, y, z):  # chair space: x right, y up, z away from us; turned about y
        X = x*math.cos(t) + z*math.sin(t); Z = -x*math.sin(t) + z*math.cos(t)
        return (ox + sc*X, oy - sc*y - sc*0.34*Z), Z
    parts = [((0, 52, 27), (70, 58, 14)), ((-30, 32, 0), (12, 30, 62)), ((30, 32, 0), (12, 30, 62)),
             ((0, 14, 0), (72, 26, 62)), ((0, 30, -3), (48, 9, 48))]
    def corners(c, sz):
        return {(i, j, k): pr(c[0] + i*sz[0]/2, c[1] + j*sz[1]/2, c[2] + k*sz[2]/2) for i in (-1, 1) for j in (-1, 1) for k in (-1, 1)}
    faces = (((0, 1, 0), [(-1, 1, -1), (1, 1, -1), (1, 1, 1), (-1, 1, 1)]), ((0, 0, -1), [(-1, -1, -1), (1, -1, -1), (1, 1, -1), (-1, 1, -1)]),
             ((0, 0, 1), [(-1, -1, 1), (1, -1, 1), (1, 1, 1), (-1, 1, 1)]), ((-1, 0, 0), [(-1, -1, -1), (-1, -1, 1), (-1, 1, 1), (-1, 1, -1)]),
             ((1, 0, 0), [(1, -1, -1), (1, -1, 1), (1, 1, 1), (1, 1, -1)]))
    boxes = sorted(parts, key=lambda p_: -pr(*p_[0])[1])
    o = []
    for c, sz in boxes:
        K = corners(c, sz)
        for n, quad in faces:
            nz = -n[0]*math.sin(t) + n[2]*math.cos(t); nx = n[0]*math.cos(t) + n[2]*math.sin(t)
            if n[1] == 0 and nz >= 0: continue
            lit = 0.75 if n[1] else max(0.0, min(1.0, 0.4 + 0.45*nx))
            col = mix(dark, lite, lit) if lit < 0.6 else mix(base, lite, (lit - 0.6)*1.5)
            q = [K[v][0] for v in quad]
            o.append(poly(q, fill=col, stroke=col, stroke_width=f(sc*4), stroke_linejoin='round'))
        # the light along the upholstery's top front edge
        a_, b_ = K[(-1, 1, -1)][0], K[(1, 1, -1)][0]
        o.append(L('M%s %s L%s %s' % (f(a_[0]), f(a_[1]), f(b_[0]), f(b_[1])), lite, f(sc*1.6), 0.45))
    return o


def plant(px, top, floor, rnd, k=1.0):
    """a tall-leaved plant in a plain pot standing on the floor"""
    o = [blob(px, floor, 110*k, 18*k, 'shadow')]
    for i in range(11):
        a = math.radians(-150 + i*120/10 + rnd.uniform(-6, 6)); ln = rnd.uniform(130, 230)*k
        x2, y2 = px + math.cos(a)*ln, top + math.sin(a)*ln
        mx, my = px + math.cos(a)*ln*0.5, top + math.sin(a)*ln*0.5
        o.append(Pth('M%s %s Q%s %s %s %s Q%s %s %s %s Z' % (f(px), f(top), f(mx - 34*k), f(my - 6*k), f(x2), f(y2), f(mx + 34*k), f(my + 14*k), f(px), f(top)),
                     ('#4f7553', '#6b8f62', '#3f6246')[i % 3]))
    o.append(Pth('M%s %s L%s %s L%s %s L%s %s Z' % (f(px - 64*k), f(top - 8*k), f(px + 64*k), f(top - 8*k), f(px + 50*k), f(floor), f(px - 50*k), f(floor)), 'url(#pot)'))
    return o


def waiting_room():
    rnd = random.Random(7)
    D = [lg('wall', [(0, '#b9c3c7', None), (55, '#d2d8d8', None), (100, '#c3c9c6', None)]),
         lg('dado', [(0, '#8fa2a4', None), (100, '#7a8c8e', None)]),
         lg('floor', [(0, '#a49b8e', None), (100, '#7b7368', None)]),
         lg('sky', [(0, '#a9b1b7', None), (65, '#cdd1d0', None), (100, '#dcdad2', None)]),
         lg('seat', [(0, '#cf9f4c', None), (100, '#a97a30', None)]),
         lg('seatb', [(0, '#c39446', None), (100, '#9c7030', None)], vert=False),
         lg('pot', [(0, '#d8d2c6', None), (100, '#a9a397', None)], vert=False),
         lg('cooler', [(0, '#e2e2dc', None), (100, '#b9bab4', None)], vert=False),
         lg('bottle', [(0, '#b9d9ea', 0.9), (100, '#7fb0cc', 0.9)], vert=False),
         lg('beam', [(0, '#eef2f2', 0.3), (100, '#eef2f2', 0)]),
         rg('cloud', [(0, '#eceeec', 0.7), (100, '#eceeec', 0)]),
         rg('shadow', [(0, '#1e2224', 0.32), (100, '#1e2224', 0)]),
         rg('lightp', [(0, '#f4f7f6', 0.55), (100, '#f4f7f6', 0)]),
         rg('vig', [(0, '#1a1e20', 0), (70, '#1a1e20', 0), (100, '#1a1e20', 0.34)])]
    B = [R(0, 0, 1920, 1080, 'url(#wall)'),
         R(0, 0, 1920, 40, '#e6e8e4'), R(0, 40, 1920, 6, '#a8aeae', opacity=0.6),      # the suspended ceiling's edge
         blob(960, 40, 620, 120, 'lightp'),
         R(0, 600, 1920, 180, 'url(#dado)'),
         R(0, 588, 1920, 18, '#c8ab80', 4), R(0, 604, 1920, 4, '#8e7656', opacity=0.5),  # the wall rail
         R(0, 776, 1920, 304, 'url(#floor)'), R(0, 768, 1920, 12, '#5f6566')]
    for x in range(-300, 1920, 260):  # the lino's seams, going away
        B.append(L('M%d 780 L%d 1080' % (x + 300, x), '#6a635a', 2, 0.25))
    # the window, with its blind a third of the way down
    wx, wy, ww, wh = 760, 140, 420, 400
    B.append(R(wx - 20, wy - 20, ww + 40, wh + 40, '#eceae4', 4))
    B += grey_sky(wx, wy, ww, wh, rnd)
    B.append(R(wx + ww/2 - 6, wy, 12, wh, '#e4e2dc'))
    B.append(R(wx, wy, ww, wh*0.3, '#e2dccf'))
    for k in range(1, 6):
        B.append(R(wx, wy + k*wh*0.05, ww, 3, '#b9b1a2', opacity=0.55))
    B.append(R(wx - 6, wy + wh*0.3 - 6, ww + 12, 12, '#cfc6b4', 3))
    B.append(L('M%d %d L%d %d' % (wx + ww - 30, wy + wh*0.3, wx + ww - 30, wy + wh*0.62), '#9a9286', 3))
    B.append(R(wx - 34, wy + wh + 18, ww + 68, 20, '#eceae4', 3))
    B.append(Pth('M%d %d L%d %d L%d 1080 L%d 1080 Z' % (wx, wy + wh + 40, wx + ww, wy + wh + 40, wx + ww + 120, wx - 300), 'url(#beam)'))
    # a noticeboard on the left, the notices only coloured paper
    B.append(R(120, 200, 330, 250, '#8a6a4c', 6)); B.append(R(132, 212, 306, 226, '#c9a27a'))
    for x, y, w, h, c, a in ((150, 230, 80, 100, '#f2efe6', -3), (248, 226, 90, 64, '#f3dc8e', 2), (352, 238, 70, 92, '#cfe0d6', 4),
                             (160, 344, 110, 76, '#e9c4b8', 2), (290, 310, 70, 110, '#f2efe6', -2), (372, 346, 58, 72, '#c8d6e8', -4)):
        B.append('<rect x="%d" y="%d" width="%d" height="%d" fill="%s" transform="rotate(%d %d %d)"/>' % (x, y, w, h, c, a, x + w//2, y + h//2))
    # a row of linked chairs along the back wall, the left two behind him, the others to the right
    def chair(x):
        o = [blob(x + 60, 780, 90, 14, 'shadow'),
             R(x, 560, 120, 150, 'url(#seatb)', 18),
             R(x + 10, 572, 100, 18, '#dcb46a', 8, opacity=0.5),
             Pth('M%d 700 L%d 700 L%d 738 L%d 738 Z' % (x - 6, x + 126, x + 132, x - 12), 'url(#seat)'),
             L('M%d 742 L%d 780 M%d 742 L%d 780' % (x + 14, x + 8, x + 106, x + 112), '#5d6264', 7)]
        return o
    B.append(R(190, 736, 560, 12, '#62686a', 4))
    for x in (210, 350, 490, 630):
        B += chair(x)
    # a plant by the window
    B += plant(1210, 620, 780, rnd)
    # the water cooler, with its stack of cups
    cx = 1340
    B.append(blob(cx, 782, 90, 14, 'shadow'))
    B.append(R(cx - 62, 470, 124, 310, 'url(#cooler)', 10))
    B.append(Pth('M%d 470 C%d 420 %d 360 %d 330 L%d 330 C%d 360 %d 420 %d 470 Z' % (cx - 50, cx - 62, cx - 58, cx - 40, cx + 40, cx + 58, cx + 62, cx + 50), 'url(#bottle)'))
    B.append(R(cx - 44, 318, 88, 16, '#6f9fbd', 5))
    B.append(L('M%d 360 L%d 450' % (cx + 26, cx + 30), '#eaf4f8', 6, 0.7))
    B.append(R(cx - 44, 540, 88, 70, '#8d918e', 6))
    B.append(R(cx - 30, 540, 14, 22, '#4a86b4', 3)); B.append(R(cx + 14, 540, 14, 22, '#c24c3c', 3))
    B.append(R(cx + 64, 500, 22, 92, '#dcdcd4', 4))
    # the leaflet rack over the chairs on the right, leaflets in three rows
    B.append(R(1440, 250, 250, 250, '#c6c8c4', 6))
    cols = ('#e3b15a', '#8fb7c9', '#d98f7a', '#a9c49a', '#c9a7c9', '#f0e2b4', '#8fb7c9', '#e8c28a', '#b8cfe0')
    for r_ in range(3):
        for c_ in range(3):
            x, y = 1454 + c_*78, 262 + r_*78
            B.append(R(x + 4, y, 62, 66, cols[r_*3 + c_], 2))
            B.append(R(x + 12, y + 12, 34, 6, '#ffffff', 0, opacity=0.6))
            B.append(R(x, y + 40, 70, 30, '#dfe1dc', 2))
    B.append(R(1430, 736, 320, 12, '#62686a', 4))
    for x in (1450, 1590):
        B += chair(x)
    B.append(blob(860, 470, 1800, 1100, 'vig'))
    return RM.svg(D, B)


def clinic_room():
    rnd = random.Random(12)
    D = [lg('wall', [(0, '#c7bfb3', None), (55, '#ddd5c8', None), (100, '#cdc3b5', None)]),
         lg('floor', [(0, '#83868a', None), (100, '#585c61', None)]),
         lg('sky', [(0, '#a3acb4', None), (65, '#c9cecf', None), (100, '#dcdbd3', None)]),
         lg('frame', [(0, '#f0ece4', None), (100, '#d6d0c4', None)], vert=False),
         lg('chair', [(0, '#336a6e', None), (100, '#214b4f', None)]),
         lg('chairs', [(0, '#2b5c60', None), (100, '#1c4145', None)], vert=False),
         lg('oak', [(0, '#bf986a', None), (100, '#94704c', None)]),
         lg('rug', [(0, '#a9603f', None), (100, '#874630', None)]),
         lg('blind', [(0, '#e8e0d0', None), (100, '#d8cdb8', None)]),
         lg('pot', [(0, '#b8674a', None), (100, '#8a4a34', None)], vert=False),
         lg('beam', [(0, '#eef0ee', 0.28), (100, '#eef0ee', 0)]),
         rg('cloud', [(0, '#eceeec', 0.7), (100, '#eceeec', 0)]),
         rg('shadow', [(0, '#1a1a1c', 0.34), (100, '#1a1a1c', 0)]),
         rg('day', [(0, '#f2f3ef', 0.35), (100, '#f2f3ef', 0)]),
         rg('vig', [(0, '#16140f', 0), (68, '#16140f', 0), (100, '#16140f', 0.36)])]
    B = [R(0, 0, 1920, 1080, 'url(#wall)'),
         R(0, 778, 1920, 302, 'url(#floor)'), R(0, 766, 1920, 16, '#ece6da')]
    # the window, a roller blind a little way down, the radiator under the sill
    wx, wy, ww, wh = 950, 150, 440, 460
    B.append(R(wx - 22, wy - 22, ww + 44, wh + 44, 'url(#frame)', 5))
    B += grey_sky(wx, wy, ww, wh, rnd)
    B.append(R(wx + ww/2 - 7, wy, 14, wh, '#e8e4da'))
    B.append(R(wx, wy + wh*0.46 - 7, ww, 14, '#e8e4da'))
    B.append(R(wx, wy, ww, wh*0.16, 'url(#blind)'))
    B.append(R(wx - 4, wy + wh*0.16 - 5, ww + 8, 10, '#cbbfa8', 3))
    B.append(L('M%d %d L%d %d' % (wx + 40, wy + wh*0.16, wx + 40, wy + wh*0.4), '#a89c88', 3))
    B.append(R(wx - 40, wy + wh + 18, ww + 80, 22, '#eee9df', 4))
    B.append(R(wx + 40, 664, ww - 80, 96, '#e6e2da', 8))
    for k in range(10):
        B.append(R(wx + 54 + k*((ww - 108)/10.0), 674, 20, 76, '#cfcac0', 5))
    B.append(blob(wx + ww/2, wy + wh/2, 520, 420, 'day'))
    B.append(Pth('M%d %d L%d %d L%d 1080 L%d 1080 Z' % (wx, wy + wh + 40, wx + ww, wy + wh + 40, wx + ww - 120, wx - 460), 'url(#beam)'))
    # the clock: plain, white, a slate rim; ten to ten
    cx, cy = 790, 220
    B.append('<circle cx="%d" cy="%d" r="60" fill="#3c474e"/>' % (cx, cy))
    B.append('<circle cx="%d" cy="%d" r="51" fill="#f6f4ee"/>' % (cx, cy))
    for i in range(12):
        a = math.radians(i*30)
        B.append(L('M%s %s L%s %s' % (f(cx + math.sin(a)*40), f(cy - math.cos(a)*40), f(cx + math.sin(a)*47), f(cy - math.cos(a)*47)), '#3c474e', 5 if i % 3 == 0 else 3))
    ha = math.radians((9 + 50/60.0)*30); ma = math.radians(50*6)
    B.append(L('M%d %d L%s %s' % (cx, cy, f(cx + math.sin(ha)*25), f(cy - math.cos(ha)*25)), '#263036', 6))
    B.append(L('M%d %d L%s %s' % (cx, cy, f(cx + math.sin(ma)*40), f(cy - math.cos(ma)*40)), '#263036', 4))
    B.append('<circle cx="%d" cy="%d" r="5" fill="#263036"/>' % (cx, cy))
    # a quiet print on the left wall: a shoreline in colour blocks
    B.append(R(330, 180, 230, 170, '#f2eee6', 3))
    B.append(R(346, 196, 198, 138, '#c9d0cf'))
    B.append(Pth('M346 290 C400 270 460 284 544 262 L544 334 L346 334 Z', '#7d9a9a'))
    B.append(Pth('M346 312 C420 300 480 318 544 304 L544 334 L346 334 Z', '#d8c49c'))
    # the small desk by the window: a closed laptop, a mug, a lamp not needed this morning
    dx = 1436
    B.append(blob(dx + 125, 790, 170, 18, 'shadow'))
    B.append(R(dx, 630, 250, 22, 'url(#oak)', 4))
    B.append(R(dx + 150, 652, 86, 120, '#a6825c', 3))
    B.append(L('M%d 652 L%d 786 M%d 652 L%d 786' % (dx + 12, dx + 12, dx + 238, dx + 238), '#7e5e40', 9))
    B.append(R(dx + 162, 700, 62, 4, '#7e5e40', 2, opacity=0.7))
    B.append(Pth('M%d 630 L%d 630 L%d 620 L%d 620 Z' % (dx + 20, dx + 176, dx + 176, dx + 20), '#7d8388'))
    B.append(Pth('M%d 620 L%d 620 L%d 604 L%d 604 Z' % (dx + 20, dx + 176, dx + 160, dx + 36), '#c9cdd1'))
    B.append(L('M%d 606 L%d 606' % (dx + 50, dx + 146), '#e8eaec', 2, 0.8))
    B.append(R(dx + 190, 592, 28, 38, '#d9d2c4', 4))
    B.append(L('M%d 630 L%d 520 L%d 476' % (dx + 226, dx + 236, dx + 194), '#3c474e', 5))
    B.append(Pth('M%d 462 L%d 480 L%d 512 L%d 492 Z' % (dx + 212, dx + 158, dx + 172, dx + 220), '#3c474e'))
    # a plant in the corner
    B += plant(1800, 600, 790, rnd, 0.9)
    # the rug, and the low table between the chairs: tissues and a glass of water
    B.append(Pth('M520 860 L1420 860 L1580 1010 L360 1010 Z', 'url(#rug)', opacity=0.85))
    B.append(L('M560 876 L1380 876', '#d49a6c', 4, 0.5))
    tx = 812
    B.append(blob(tx + 150, 840, 200, 24, 'shadow'))
    B.append(Pth('M%d 716 L%d 716 C%d 716 %d 740 %d 746 L%d 746 C%d 740 %d 716 %d 716 Z' % (tx + 20, tx + 280, tx + 296, tx + 300, tx + 300, tx, tx, tx + 4, tx + 20), 'url(#oak)'))
    B.append(R(tx, 744, 300, 10, '#7e5e40'))
    B.append(L('M%d 754 L%d 840 M%d 754 L%d 840' % (tx + 30, tx + 24, tx + 270, tx + 276), '#7e5e40', 10))
    B.append(R(tx + 40, 662, 110, 56, '#ece6d8', 5))
    B.append(R(tx + 40, 680, 110, 16, '#6f9a9c'))
    B.append(Pth('M%d 664 C%d 640 %d 632 %d 648 C%d 636 %d 642 %d 664 Z' % (tx + 80, tx + 84, tx + 96, tx + 100, tx + 106, tx + 118, tx + 112), '#fbfaf6'))
    gx = tx + 200
    B.append(Pth('M%d 642 L%d 718 L%d 718 L%d 642 Z' % (gx, gx + 4, gx + 36, gx + 40), '#e3eef2', opacity=0.7))
    B.append(Pth('M%d 668 L%d 716 L%d 716 L%d 668 Z' % (gx + 2, gx + 5, gx + 35, gx + 38), '#b8d6e0', opacity=0.85))
    B.append(L('M%d 648 L%d 710' % (gx + 7, gx + 10), '#ffffff', 3, 0.7))
    # his chair (behind the portrait) and the therapist's across the room, each
    # turned towards the other, neither face to face
    B.append(blob(1270, 806, 200, 26, 'shadow'))
    B += armchair(1270, 800, 3.3, -38, '#36706f', '#5c9795', '#22474a')
    B.append(blob(480, 840, 330, 44, 'shadow'))
    B += armchair(480, 836, 4.5, 34, '#36706f', '#5c9795', '#22474a')
    B.append(blob(880, 470, 1800, 1100, 'vig'))
    return RM.svg(D, B)


def write(name, text):
    os.makedirs(OUT, exist_ok=True)
    p = OUT + name
    with open(p, 'w') as fh:
        fh.write(text)
    print(p, len(text))


if __name__ == '__main__':
    for st in ('regulated', 'activated', 'shutdown', 'crying'):
        write('tomasz-%s.svg' % st, tomasz(st))
    write('waiting-room.svg', waiting_room())
    write('clinic-room.svg', clinic_room())
