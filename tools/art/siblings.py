# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Part of Attune's art: writes SVG files into the repository (run from
# anywhere; paths are relative to the repository root). See tools/art/README.md.
"""Not Fair: Kojo (11) and his sister Esi (6), a Ghanaian-British family on a
Saturday morning, in the four expressions, and their home: the living room,
the kitchen, the children's shared bedroom and the back garden.

The two are drawn in Maya's body and house style (maya.build, with its hooks:
each brings its own clothes, hair, features and hands through draw(K, stage)),
on the same 800x1000 canvas and scale, so the game can stand them side by
side. They share the family face: the same dark brown skin, eyes, brows, nose
and ears; Kojo is taller and longer in the face, with a neat line-up and a
football shirt; Esi is smaller and rounder, with two puffs in bright bobbles,
a star T-shirt and a missing front tooth. The rooms reuse rooms.py's helpers.
"""
import math, os, random
import helpers
from helpers import State, f, pts, poly, qbez, clip, circle, ellipseP, puff, eye, tear, wet_lid
import maya
from maya import nose, fist

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))) + "/"
OUT = ROOT + "scripts/stories/not-fair/images/"

STATES = ('regulated', 'activated', 'shutdown', 'crying')

# the family's colouring: dark brown skin (light, base, shade, deep shade), black hair
SKIN = ('#8a5434', '#a4673f', '#633921', '#45261a')
HAIR = ('#17100d', '#3b2b23')
IRIS = ['#2e1a10', '#5a3420', '#5a3420']
LIP, LIP_IN, MOUTH_IN = '#3f1c15', '#6e372b', '#2a0e0b'


def el(tag, **a):
    return '<%s %s/>' % (tag, ' '.join('%s="%s"' % (k.rstrip('_').replace('_', '-'), f(v) if isinstance(v, float) else v) for k, v in a.items()))


def line(d, col, w, op=1, cap='round'):
    return '<path d="%s" fill="none" stroke="%s" stroke-width="%s" stroke-linecap="%s" stroke-linejoin="round"%s/>' % (
        d, col, f(w), cap, '' if op == 1 else ' opacity="%s"' % f(op))


def shape(d, col, op=1):
    return '<path d="%s" fill="%s"%s/>' % (d, col, '' if op == 1 else ' opacity="%s"' % f(op))


def Q(*p):
    """'M x y Q x y x y ...' from a flat list of numbers"""
    s = 'M%s %s' % (f(p[0]), f(p[1]))
    rest = p[2:]
    for i in range(0, len(rest), 4):
        s += ' Q%s %s %s %s' % tuple(f(v) for v in rest[i:i + 4])
    return s


def star(cx, cy, r, r_in, rot=-90):
    P = []
    for i in range(10):
        a = math.radians(rot + i * 36)
        rr = r if i % 2 == 0 else r_in
        P.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return poly(P)


def lips_closed(C, upper, lower, fill=True):
    """a closed mouth: the line between the lips (upper, as 'M.. Q..') and the lower lip's curve"""
    o = []
    if fill:
        o.append(shape(upper + ' ' + lower + 'Z', C(LIP_IN), 0.9))
    o.append(line(upper, C(LIP), 5))
    return o


# ---------------------------------------------------------------- Kojo
def kojo(K, stage):
    C, S = K.C, K.S
    st = K.state
    o = []
    if stage == 'defs':
        return ['<linearGradient id="fade" x1="0%%" y1="0%%" x2="0%%" y2="100%%"><stop offset="0%%" stop-color="%s"/>'
                '<stop offset="100%%" stop-color="%s" stop-opacity="0.35"/></linearGradient>' % (K.hair, K.hair)]
    if stage == 'clothes_under':
        # the V of the football shirt's neck shows skin
        ny = K.neck_y
        o.append(shape('M340 %s L410 %s L474 %s Z' % (f(ny - 10), f(ny + 78), f(ny - 10)), 'url(#neck)'))
        return o
    if stage == 'clothes_over':
        ny, sy = K.neck_y, K.sh_y
        white, white_d = C('#f2efe8'), C('#c9c6c0')
        # a thin chest shadow at the bottom of the V
        o.append(line('M356 %s Q410 %s 458 %s' % (f(ny - 6), f(ny + 30), f(ny - 6)), K.skin_dd, 3, 0.3))
        # the light along the far shoulder
        o.append(line('M%s %s C%s %s %s %s %s %s' % (f(500), f(ny + 14), f(K.R_sh - 80), f(sy - 12), f(K.R_sh - 20), f(sy - 4), f(K.R_sh + 20), f(sy + 14)), K.card_l, 6, 0.35))
        # the V collar, white with a blue edge
        V = 'M334 %s L410 %s L480 %s' % (f(ny - 6), f(ny + 84), f(ny - 6))
        o.append(line(V, K.card_d, 24))
        o.append(line(V, white, 16))
        o.append(line('M344 %s L410 %s L470 %s' % (f(ny - 4), f(ny + 66), f(ny - 4)), K.card_d, 3, 0.6))
        # a plain club badge on his chest: a shield with a star
        bx, by = 548, ny + 112
        o.append(shape('M%s %s L%s %s L%s %s Q%s %s %s %s Q%s %s %s %s Z' % (
            f(bx - 22), f(by - 24), f(bx + 22), f(by - 24), f(bx + 22), f(by + 2), f(bx + 20), f(by + 22), f(bx), f(by + 30),
            f(bx - 20), f(by + 22), f(bx - 22), f(by + 2)), white))
        o.append(shape(star(bx, by + 2, 13, 5.5), C('#e0b23c')))
        # shirt folds and the light on the far shoulder
        o.append(line('M%s %s C%s %s %s %s %s %s' % (f(K.L_sh + 10), f(sy + 60), f(K.L_sh - 8), f(sy + 140), f(K.L_sh - 14), f(sy + 220), f(K.L_sh - 10), f(sy + 300)), K.card_d, 4, 0.45))
        o.append(line('M%s %s C%s %s %s %s %s %s' % (f(K.R_sh - 10), f(sy + 60), f(K.R_sh + 8), f(sy + 140), f(K.R_sh + 14), f(sy + 220), f(K.R_sh + 10), f(sy + 300)), K.card_d, 4, 0.45))
        if K.shut:
            o.append(line('M250 %s C300 %s 340 %s 366 %s' % (f(sy + 90), f(sy + 110), f(sy + 118), f(sy + 112)), K.card_d, 4, 0.4))
        return o
    if stage == 'behind':
        return []
    if stage == 'hair_back':
        # short hair: only a little at the back of the head, behind the ear
        o.append(shape('M330 176 C248 190 220 262 226 348 C230 396 246 430 272 446 C282 420 286 396 286 372 Z', K.hair))
        return o
    if stage == 'hair_front':
        # a close crop with a crisp line-up: a straight hairline, square temples, a cut-in part
        cap = ('M258 300 C256 226 290 178 366 166 C462 146 550 184 566 286 C568 306 566 326 560 342 '
               'L552 342 L550 300 L532 276 C480 262 400 258 326 272 L310 298 Z')
        o.append(shape(cap, 'url(#puff)'))
        # a fade: short at the sides, the skin showing through above the ear
        o.append(shape('M258 296 L310 296 L306 372 L296 380 L268 376 C262 350 258 322 258 296 Z', 'url(#fade)'))
        rnd = random.Random(12)
        for _ in range(40):
            x = rnd.uniform(300, 548)
            top = 182 + ((x - 412) / 150.0) ** 2 * 60
            y = rnd.uniform(top, 256 if 330 < x < 520 else 290)
            o.append('<circle cx="%s" cy="%s" r="%s" fill="%s" opacity="0.45"/>' % (f(x), f(y), f(rnd.uniform(2.5, 4)), K.hair_l))
        # the part cut in over his near temple
        o.append(line('M346 268 C338 240 342 212 358 190', K.skin_d, 4, 0.9))
        # the line-up's crisp edge
        o.append(line('M306 370 L310 298 L326 272 C400 258 480 262 532 276 L550 300', K.hair, 3))
        return o
    if stage == 'features':
        fy = K.fy
        bw = C('#140b08')
        if st == 'regulated':
            # settled, a little proud: one brow lifted, a lopsided closed smile
            brows = ['M344 350 Q382 330 420 340', 'M466 334 Q498 318 532 332']
        elif st == 'activated':
            brows = ['M344 330 Q384 338 426 362', 'M462 360 Q494 334 536 326']
        elif st == 'crying':
            brows = ['M346 354 Q388 350 424 326', 'M462 324 Q498 338 532 352']
        else:
            brows = ['M348 %d Q386 %d 420 %d' % (366 + fy, 356 + fy, 350 + fy), 'M466 %d Q498 %d 530 %d' % (346 + fy, 350 + fy, 362 + fy)]
        for b, wd in zip(brows, (14, 12)):
            o.append(line(b, bw, wd))
        if st == 'activated':
            o.append(line('M438 352 q-4 14 0 28 M452 350 q4 12 1 24', K.skin_dd, 4, 0.7))
        if st == 'crying':
            o.append(line('M432 318 q10 -8 24 -2 M430 334 q12 -6 26 0', K.skin_dd, 3.5, 0.55))
        if st == 'regulated':
            o.append(eye(S, 384, 398, 72, 13, 10, 1, 0.2, (6, 2), 15.5))
            o.append(eye(S, 502, 394, 55, 12, 9, -1, 0.2, (5, 2), 13.5, far=True))
        elif st == 'activated':
            # a hard glare, straight out, the lids tight
            o.append(eye(S, 384, 398, 74, 15, 10, 3, 0.28, (2, 1), 14))
            o.append(eye(S, 502, 394, 57, 14, 9, 2, 0.28, (2, 1), 12.5, far=True))
        elif st == 'crying':
            o.append(eye(S, 384, 402, 70, 11, 11, 3, 0.5, (-2, 7), 14.5))
            o.append(eye(S, 502, 398, 53, 10, 10, -3, 0.5, (-2, 6), 12.5, far=True))
            o.append(wet_lid(356, 410, 386, 424, 414, 408))
            o.append(wet_lid(480, 405, 504, 416, 524, 402, 3.5))
        else:
            # eyes down and away from you
            o.append(eye(S, 384, 402 + fy, 72, 13, 10, -2, 0.78, (-8, 12), 15))
            o.append(eye(S, 502, 398 + fy, 55, 12, 9, 1, 0.78, (-8, 11), 13, far=True))
        o += nose(C, fy + 6, K.skin_d, K.skin_dd)
        lip, lipin = C(LIP), C(LIP_IN)
        if st == 'regulated':
            # a lopsided, closed-mouth smile: the far corner lifts
            o.append(shape('M426 510 Q456 522 490 500 Q458 516 426 510Z', lipin))
            o.append(line('M426 510 Q456 522 490 500', lip, 5))
            o.append(line('M486 498 q6 -3 8 -9', K.skin_dd, 3, 0.6))
            o.append(line('M440 532 Q458 538 474 530', K.skin_dd, 5, 0.35))
        elif st == 'activated':
            # lips pressed tight and flat, the corners pulled down, the jaw set
            o.append(shape('M426 514 Q458 504 490 512 Q458 522 426 514Z', lipin))
            o.append(line('M424 516 Q458 504 492 514', lip, 6))
            o.append(line('M424 516 q-6 4 -8 10 M492 514 q6 4 6 10', K.skin_dd, 3.5, 0.6))
            o.append(line('M440 540 Q458 534 476 540', K.skin_dd, 4, 0.5))
            o.append(line('M300 470 q10 30 30 44', K.skin_dd, 4, 0.3))  # the jaw muscle
        elif st == 'crying':
            # trying hard not to: lips pressed together and pulled down, the chin puckered
            o.append('<ellipse cx="482" cy="452" rx="16" ry="11" fill="%s" opacity="0.45"/>' % C('#c0473a'))
            o.append(shape('M428 520 Q458 500 490 518 Q458 512 428 520Z', lipin))
            o.append(line('M426 522 Q458 502 492 520', lip, 5.5))
            o.append(line('M426 522 q-6 5 -7 12 M492 520 q6 5 6 12', K.skin_dd, 3.5, 0.55))
            o.append(line('M444 536 Q458 542 472 536', K.skin_dd, 4, 0.5))
            for x, y in ((446, 552), (460, 556), (472, 551)):
                o.append('<circle cx="%s" cy="%s" r="2.6" fill="%s" opacity="0.45"/>' % (x, y, K.skin_dd))
            o.append(tear(376, 420, 366, 498, 9, -6))
            o.append(tear(510, 414, 520, 458, 7, 4))
        else:
            o.append(line('M434 %d Q458 %d 482 %d' % (512 + fy, 510 + fy, 514 + fy), lip, 5))
            o.append(line('M446 %d Q460 %d 472 %d' % (528 + fy, 531 + fy, 528 + fy), K.skin_dd, 4, 0.3))
        return o
    if stage == 'front':
        if K.act:
            # a fist by his chest, in the long sleeve of his shirt
            o += fist(C, K.card_l, K.card_d, C('#f2efe8'), K.skin, K.skin_l, K.skin_d, K.skin_dd)
        return o
    return o


# ---------------------------------------------------------------- Esi
BOB = ('#37b9c4', '#ffd23f')   # her bobbles: turquoise and lemon


def bobbles(C, x, y, a, cols):
    """a hair tie with two bright bobbles, at (x, y), the pair turned by a degrees"""
    o = []
    dx, dy = math.cos(math.radians(a)) * 18, math.sin(math.radians(a)) * 18
    for (bx, by), col in zip(((x - dx, y - dy), (x + dx, y + dy)), cols):
        o.append('<circle cx="%s" cy="%s" r="19" fill="%s"/>' % (f(bx), f(by), C(col)))
        o.append('<circle cx="%s" cy="%s" r="19" fill="none" stroke="%s" stroke-width="2.5" opacity="0.35"/>' % (f(bx), f(by), C('#1a1010')))
        o.append('<circle cx="%s" cy="%s" r="6" fill="#ffffff" opacity="0.7"/>' % (f(bx - 6), f(by - 7)))
    return o


def esi(K, stage):
    C, S = K.C, K.S
    st = K.state
    o = []
    if stage == 'defs':
        return []
    if stage == 'clothes_under':
        return []
    if stage == 'clothes_over':
        ny, sy = K.neck_y, K.sh_y
        # crew neck rib and collarbone shade
        o.append(line('M340 %s C372 %s 438 %s 470 %s' % (f(ny + 4), f(ny + 34), f(ny + 34), f(ny + 4)), K.card_d, 11))
        o.append(line('M350 %s C380 %s 430 %s 462 %s' % (f(ny - 6), f(ny + 16), f(ny + 16), f(ny - 6)), K.skin_dd, 3, 0.35))
        # a big star on her T-shirt
        sx, sy_ = 430, ny + 122
        o.append(shape(star(sx + 4, sy_ + 5, 66, 28, -92), K.card_d, 0.7))
        o.append(shape(star(sx, sy_, 66, 28, -92), C('#ffe7a0')))
        o.append(shape(star(sx - 6, sy_ - 4, 30, 13, -92), C('#fff6d8'), 0.8))
        # short sleeves' seams
        o.append(line('M%s %s C%s %s %s %s %s %s' % (f(K.L_sh + 14), f(sy + 6), f(K.L_sh - 14), f(sy + 70), f(K.L_sh - 22), f(sy + 150), f(K.L_sh - 20), f(sy + 240)), K.card_d, 4, 0.45))
        o.append(line('M%s %s C%s %s %s %s %s %s' % (f(K.R_sh - 14), f(sy + 6), f(K.R_sh + 14), f(sy + 70), f(K.R_sh + 22), f(sy + 150), f(K.R_sh + 20), f(sy + 240)), K.card_d, 4, 0.45))
        o.append(line('M%s %s C%s %s %s %s %s %s' % (f(500), f(ny + 14), f(K.R_sh - 80), f(sy - 12), f(K.R_sh - 20), f(sy - 4), f(K.R_sh + 20), f(sy + 14)), K.card_l, 6, 0.35))
        if K.shut:
            o.append(line('M250 %s C300 %s 340 %s 360 %s' % (f(sy + 80), f(sy + 100), f(sy + 110), f(sy + 104)), K.card_d, 4, 0.4))
        return o
    if stage == 'behind':
        return []
    if stage == 'hair_back':
        o.append(shape('M340 178 C240 186 206 270 212 360 C216 420 236 458 270 482 C288 462 294 436 290 410 Z', K.hair))
        # the far puff, behind her head
        o.append(shape(puff(578, 262, 74, 14, 0.7), 'url(#puff)'))
        return o
    if stage == 'hair_front':
        cap = ('M266 378 C246 290 282 196 372 176 C456 158 540 196 560 290 C562 306 560 318 556 332 '
               'C546 300 528 276 504 266 C470 250 430 248 398 256 C356 266 318 292 300 330 '
               'C292 346 288 362 284 382 C276 386 270 384 266 378 Z')
        o.append(shape(cap, K.hair))
        # the middle parting, and the hair drawn out to each side
        o.append(line('M416 250 C408 222 400 200 392 178', C('#6a4330'), 3.5, 0.75))
        for d in ('M404 250 C370 240 336 252 310 282', 'M392 222 C356 216 320 232 296 262',
                  'M428 250 C470 240 510 248 536 272', 'M420 222 C460 210 504 224 534 252'):
            o.append(line(d, K.hair_l, 4, 0.55))
        o.append(line('M300 336 c-8 -6 -6 -16 4 -16 M312 312 c-6 -8 0 -16 8 -12', K.hair, 3))
        # the near puff
        o.append(shape(puff(236, 268, 88, 16, 0.2), 'url(#puff)'))
        rnd = random.Random(8)
        for (pcx, pcy, pr) in ((236, 268, 88), (578, 262, 74)):
            for _ in range(8):
                a = rnd.uniform(0, 2 * math.pi); rr = rnd.uniform(0.15, 0.72) * pr
                x = pcx + rr * math.cos(a); y = pcy + rr * math.sin(a)
                if pcx > 500 and x < 548:
                    continue
                o.append(line('M%s %s c6 -8 16 -4 14 6' % (f(x - 7), f(y)), K.hair_l, 4, 0.7))
        for (pcx, pcy, pr, a0, a1) in ((578, 262, 76, -80, 40), (236, 268, 90, -80, -20)):
            x0 = pcx + pr * math.cos(math.radians(a0)); y0 = pcy + pr * math.sin(math.radians(a0))
            x1 = pcx + pr * math.cos(math.radians(a1)); y1 = pcy + pr * math.sin(math.radians(a1))
            o.append('<path d="M%s %s A%s %s 0 0 1 %s %s" fill="none" stroke="%s" stroke-width="5" stroke-linecap="round" opacity="0.3"/>' % (
                f(x0), f(y0), pr, pr, f(x1), f(y1), C('#c98a62')))
        o += bobbles(C, 306, 282, -60, BOB)
        o += bobbles(C, 524, 262, 60, BOB[::-1])
        return o
    if stage == 'features':
        fy = K.fy
        bw = C('#140b08')
        if st == 'regulated':
            brows = ['M350 352 Q384 330 418 342', 'M470 338 Q500 324 528 338']
        elif st == 'activated':
            # furious: brows slammed down into a V
            brows = ['M346 338 Q386 344 426 372', 'M462 370 Q494 342 532 336']
        elif st == 'crying':
            brows = ['M350 360 Q388 354 422 326', 'M464 326 Q498 342 528 358']
        else:
            brows = ['M352 %d Q386 %d 418 %d' % (370 + fy, 360 + fy, 354 + fy), 'M470 %d Q498 %d 528 %d' % (350 + fy, 354 + fy, 366 + fy)]
        for b, wd in zip(brows, (11, 9.5)):
            o.append(line(b, bw, wd))
        if st == 'activated':
            o.append(line('M438 364 q-3 12 1 22 M450 362 q3 10 0 18', K.skin_dd, 3.5, 0.6))
        if st == 'crying':
            o.append(line('M430 320 q10 -8 24 -2', K.skin_dd, 3, 0.5))
        ey = 410
        if st == 'regulated':
            # big, bright, smiling eyes
            o.append(eye(S, 382, ey, 78, 17, 12, 1, 0.08, (4, 1), 19))
            o.append(eye(S, 504, ey - 4, 60, 16, 11, -1, 0.08, (3, 1), 16.5, far=True))
            o.append(line('M352 %d Q384 %d 414 %d' % (ey + 22, ey + 30, ey + 20), K.skin_dd, 3, 0.35))
        elif st == 'activated':
            o.append(eye(S, 382, ey, 78, 16, 12, 4, 0.3, (3, 0), 17))
            o.append(eye(S, 504, ey - 4, 60, 15, 11, 3, 0.3, (3, 0), 15, far=True))
        elif st == 'crying':
            # squeezed shut: two tight arcs, the lashes wet
            for (cx, cy, w) in ((382, ey + 2, 70), (504, ey - 2, 54)):
                o.append(line('M%s %s Q%s %s %s %s' % (f(cx - w / 2), f(cy + 6), f(cx), f(cy - 12), f(cx + w / 2), f(cy + 6)), C('#1c110c'), 7))
                o.append(line('M%s %s Q%s %s %s %s' % (f(cx - w / 2 + 8), f(cy + 12), f(cx), f(cy + 2), f(cx + w / 2 - 8), f(cy + 12)), K.skin_dd, 3, 0.5))
                o.append(line('M%s %s Q%s %s %s %s' % (f(cx - w / 2 + 4), f(cy + 10), f(cx), f(cy - 4), f(cx + w / 2 - 4), f(cy + 10)), '#e8f6fc', 3, 0.7))
        else:
            o.append(eye(S, 382, ey + fy, 78, 16, 11, -2, 0.8, (-9, 13), 18))
            o.append(eye(S, 504, ey - 4 + fy, 60, 15, 10, 1, 0.8, (-9, 12), 15.5, far=True))
        # the family nose, smaller
        o.append('<g transform="translate(474 452) scale(0.86) translate(-474 -452)">')
        o += nose(C, fy, K.skin_d, K.skin_dd)
        o.append('</g>')
        lip, lipin = C(LIP), C(LIP_IN)
        if st == 'regulated':
            # a wide open grin with a gap where a front tooth was
            m = qbez((414, 490), (456, 508), (500, 482), 14) + qbez((500, 482), (464, 588), (414, 490), 14)[1:-1]
            o.append(shape(poly(m), C(MOUTH_IN)))
            for tx0, tx1 in ((410, 451), (465, 506)):
                t = clip(m, [(tx0, 480), (tx1, 480), (tx1, 514), (tx0, 516)])
                if t: o.append(shape(poly(t), C('#f5ece2')))
            o.append(line('M432 500 l0 12 M482 498 l0 12', C('#c8b8a8'), 2, 0.8))
            tg = clip(m, ellipseP(460, 546, 26, 13))
            if tg: o.append(shape(poly(tg), C('#b85a50')))
            o.append('<path d="%s" fill="none" stroke="%s" stroke-width="4" stroke-linejoin="round"/>' % (poly(m), lip))
            o.append(line('M414 490 q4 6 8 6 M494 484 q6 0 8 -6', K.skin_dd, 3, 0.5))
        elif st == 'activated':
            # a furious pout: the lower lip pushed right out, the corners down, cheeks puffed
            o.append('<ellipse cx="370" cy="478" rx="34" ry="22" fill="%s" opacity="0.14"/>' % C('#f0b08a'))
            o.append('<ellipse cx="526" cy="470" rx="24" ry="16" fill="%s" opacity="0.14"/>' % C('#f0b08a'))
            o.append(line('M434 546 Q458 556 482 546', K.skin_dd, 8, 0.45))
            o.append(shape('M426 516 Q458 498 490 516 Q486 540 458 542 Q430 540 426 516Z', lipin))
            o.append(line('M442 526 Q458 531 474 526', C('#a86050'), 4, 0.75))
            o.append(line('M418 522 Q458 488 498 522', lip, 6.5))
            o.append(line('M442 570 Q458 576 474 570', K.skin_dd, 3.5, 0.35))
        elif st == 'crying':
            # open crying: the mouth wide and square, pulled down at the corners
            o.append('<ellipse cx="482" cy="448" rx="18" ry="12" fill="%s" opacity="0.5"/>' % C('#c0473a'))
            m = qbez((412, 526), (456, 480), (502, 522), 14) + qbez((502, 522), (488, 576), (458, 576), 8)[1:] + qbez((458, 576), (424, 576), (412, 526), 8)[1:-1]
            o.append(shape(poly(m), C(MOUTH_IN)))
            t = clip(m, [(420, 496), (496, 496), (496, 514), (420, 514)])
            if t: o.append(shape(poly(t), C('#efe4d8'), 0.9))
            tg = clip(m, ellipseP(458, 566, 30, 14))
            if tg: o.append(shape(poly(tg), C('#b85a50')))
            o.append('<path d="%s" fill="none" stroke="%s" stroke-width="4.5" stroke-linejoin="round"/>' % (poly(m), lip))
            o.append(line('M412 526 q-8 6 -8 16 M502 522 q8 6 8 16', K.skin_dd, 3.5, 0.5))
            o.append(tear(356, ey + 12, 340, ey + 120, 10, -8))
            o.append(tear(398, ey + 16, 404, ey + 84, 7, 4))
            o.append(tear(528, ey + 6, 540, ey + 96, 9, 6))
        else:
            o.append(line('M438 %d Q458 %d 478 %d' % (508 + fy, 506 + fy, 510 + fy), lip, 5))
            o.append(line('M448 %d Q460 %d 470 %d' % (522 + fy, 525 + fy, 522 + fy), K.skin_dd, 4, 0.3))
        return o
    if stage == 'front':
        if K.act:
            # both fists balled up in front of her chest, bare forearms below
            arm = [shape('M594 704 C586 800 566 900 552 1180 L676 1180 C670 900 672 800 670 716 Z', 'url(#neck)'),
                   line('M594 704 C586 800 566 900 552 1180', K.skin_dd, 3, 0.5),
                   line('M670 716 C672 800 670 900 676 1180', K.skin_dd, 3, 0.5)]
            hand = fist(C, None, None, None, K.skin, K.skin_l, K.skin_d, K.skin_dd)
            o.append('<g transform="translate(-60 90) rotate(-14 640 660)">')
            o += arm + hand
            o.append('</g><g transform="translate(870 90) scale(-1 1) rotate(-14 640 660)">')
            o += arm + hand
            o.append('</g>')
        return o
    return o


WHO = {
    # Kojo, 11: taller, longer in the face and neck, narrow shoulders; royal blue football shirt
    'kojo': dict(skin=SKIN, hair=HAIR, iris=IRIS, card=('#2d5ba6', '#1f4480', '#4d7fc6'), tee=('#f2efe8', '#c9c6c0'),
                 scale=1.04, narrow=16, draw=kojo,
                 face='M405 182 C322 182 266 242 262 330 C258 412 276 476 322 522 C360 558 404 572 448 564 C504 552 544 498 556 430 C564 380 562 316 540 264 C516 210 470 182 405 182Z',
                 posture={'regulated': (712, 646, 0, -18, -2), 'activated': (662, 606, 8, -24, -3),
                          'crying': (700, 636, -10, 4, 5), 'shutdown': (752, 684, -22, 44, 8)}),
    # Esi, 6: smaller and lower in the frame, a rounder face; a raspberry T-shirt with a star
    'esi': dict(skin=SKIN, hair=HAIR, iris=IRIS, card=('#d64f7c', '#a9365c', '#ea7aa0'), tee=('#d64f7c', '#a9365c'),
                scale=0.9, draw=esi, head_tf=' translate(405 560) scale(1.05) translate(-405 -560)',
                face='M405 192 C318 192 262 252 260 338 C258 420 282 482 330 522 C366 550 406 558 448 552 C508 542 552 492 560 428 C566 374 562 318 540 272 C516 220 470 192 405 192Z',
                posture={'regulated': (712, 646, 0, 18, 0), 'activated': (666, 612, 8, 10, 0),
                         'crying': (700, 636, -10, 28, -4), 'shutdown': (756, 686, -24, 72, 7)}),
}


def people():
    os.makedirs(OUT, exist_ok=True)
    maya.WHO.update(WHO)
    for who in WHO:
        for st in STATES:
            s = maya.build(st, who)
            with open(OUT + '%s-%s.svg' % (who, st), 'w') as fh:
                fh.write(s + '\n')
            print(who, st, len(s))


if __name__ == '__main__':
    people()
