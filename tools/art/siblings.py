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
from helpers import f, poly, qbez, clip, ellipseP, puff, eye, tear, wet_lid
import maya
from maya import nose, fist
from rooms import lg, rg, R, L, blob, svg
from rooms import P as Pa

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))) + "/"
OUT = ROOT + "scripts/stories/not-fair/images/"

STATES = ('regulated', 'activated', 'shutdown', 'crying')

# the family's colouring: dark brown skin (light, base, shade, deep shade), black hair
SKIN = ('#8a5434', '#a4673f', '#633921', '#45261a')
HAIR = ('#17100d', '#3b2b23')
IRIS = ['#2e1a10', '#5a3420', '#5a3420']
LIP, LIP_IN, MOUTH_IN = '#3f1c15', '#6e372b', '#2a0e0b'


def line(d, col, w, op=1, cap='round'):
    return '<path d="%s" fill="none" stroke="%s" stroke-width="%s" stroke-linecap="%s" stroke-linejoin="round"%s/>' % (
        d, col, f(w), cap, '' if op == 1 else ' opacity="%s"' % f(op))


def shape(d, col, op=1):
    return '<path d="%s" fill="%s"%s/>' % (d, col, '' if op == 1 else ' opacity="%s"' % f(op))


def star(cx, cy, r, r_in, rot=-90):
    P = []
    for i in range(10):
        a = math.radians(rot + i * 36)
        rr = r if i % 2 == 0 else r_in
        P.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return poly(P)


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
        sx, sy_ = 430, ny + 104
        o.append(shape(star(sx + 4, sy_ + 5, 60, 25, -92), K.card_d, 0.7))
        o.append(shape(star(sx, sy_, 60, 25, -92), C('#ffe7a0')))
        o.append(shape(star(sx - 6, sy_ - 4, 27, 12, -92), C('#fff6d8'), 0.8))
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
            # screwed up and brimming, looking down: the lids low, the cheeks pushed up under them
            o.append(eye(S, 382, ey + 4, 72, 12, 10, 4, 0.62, (0, 8), 16))
            o.append(eye(S, 504, ey, 56, 11, 9, -4, 0.62, (0, 7), 14, far=True))
            o.append(wet_lid(352, ey + 12, 384, ey + 26, 414, ey + 10, 5))
            o.append(wet_lid(480, ey + 8, 504, ey + 19, 526, ey + 5, 4))
            o.append(line('M350 %s Q384 %s 418 %s' % (f(ey + 30), f(ey + 40), f(ey + 26)), K.skin_dd, 3.5, 0.45))
            o.append(line('M482 %s Q504 %s 528 %s' % (f(ey + 24), f(ey + 32), f(ey + 20)), K.skin_dd, 3, 0.4))
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
            o.append('<g transform="translate(-44 -24) rotate(-16 640 660)">')
            o += arm + hand
            o.append('</g><g transform="translate(854 -24) scale(-1 1) rotate(-16 640 660)">')
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


# ================================================================ the rooms
# 1920x1080, in rooms.py's style and with its helpers: large flat shapes, soft
# gradients, a light source, a vignette. The game crops them to the window
# (4:3 keeps x 240..1680) and draws them out of focus behind the people, who
# stand in the lower middle: the things that tell the place sit to the sides
# and above, the floor in the lower middle stays plain.

def ball(cx, cy, r):
    """a football: white, a dark pentagon in the middle and parts of its neighbours"""
    o = [blob(cx + r * 0.2, cy + r * 0.9, r * 1.2, r * 0.3, 'shadow'),
         '<circle cx="%s" cy="%s" r="%s" fill="#f4f1ea"/>' % (f(cx), f(cy), f(r))]
    pent = lambda x, y, rr, rot: poly([(x + rr * math.cos(math.radians(rot + 72 * i)), y + rr * math.sin(math.radians(rot + 72 * i))) for i in range(5)])
    o.append(Pa(pent(cx, cy, r * 0.34, -90), '#2a2a2e'))
    for k in range(5):
        a = math.radians(-90 + 36 + 72 * k)
        x, y = cx + math.cos(a) * r * 0.86, cy + math.sin(a) * r * 0.86
        o.append(Pa(pent(x, y, r * 0.26, -90 + 36 + 72 * k + 180), '#2a2a2e'))
    o.append('<circle cx="%s" cy="%s" r="%s" fill="none" stroke="#b9b2a6" stroke-width="%s"/>' % (f(cx), f(cy), f(r), f(r * 0.08)))
    o.append('<circle cx="%s" cy="%s" r="%s" fill="#ffffff" opacity="0.6"/>' % (f(cx - r * 0.35), f(cy - r * 0.4), f(r * 0.18)))
    return o


def kente(x, y, w, h, vert=False):
    """a strip of kente-style cloth: bands of gold, green, red and black"""
    cols = ('#e0a72e', '#2f6b3f', '#e0a72e', '#b8362c', '#1e1a16', '#e0a72e', '#2f6b3f')
    o = [R(x, y, w, h, '#e0a72e')]
    n = len(cols)
    for i, c in enumerate(cols):
        if vert:
            o.append(R(x + w * i / n, y, w / n + 0.5, h, c))
        else:
            o.append(R(x, y + h * i / n, w, h / n + 0.5, c))
    return o


def frame(x, y, w, h, wood, inner):
    return [R(x - 4, y + 8, w + 8, h + 8, '#000000', 3, opacity=0.12), R(x, y, w, h, wood, 3), R(x + 14, y + 14, w - 28, h - 28, inner)]


def window(x, y, w, h, sky, frame_c):
    """a window's frame and its sky; the caller draws the view and the bars"""
    return [R(x - 20, y - 20, w + 40, h + 40, frame_c, 6), R(x, y, w, h, sky)]


def soft_toy(cx, cy, r, body, ear, kind='bear'):
    """a soft toy sitting up, in plain shapes: body, head, ears, a snout"""
    o = ['<ellipse cx="%s" cy="%s" rx="%s" ry="%s" fill="%s"/>' % (f(cx), f(cy + r * 1.1), f(r * 1.05), f(r * 0.95), body)]
    if kind == 'bunny':
        for dx in (-0.4, 0.4):
            o.append('<ellipse cx="%s" cy="%s" rx="%s" ry="%s" fill="%s"/>' % (f(cx + dx * r), f(cy - r * 1.2), f(r * 0.26), f(r * 0.75), body))
            o.append('<ellipse cx="%s" cy="%s" rx="%s" ry="%s" fill="%s"/>' % (f(cx + dx * r), f(cy - r * 1.15), f(r * 0.12), f(r * 0.55), ear))
    else:
        for dx in (-0.72, 0.72):
            o.append('<circle cx="%s" cy="%s" r="%s" fill="%s"/>' % (f(cx + dx * r), f(cy - r * 0.7), f(r * 0.36), body))
            o.append('<circle cx="%s" cy="%s" r="%s" fill="%s"/>' % (f(cx + dx * r), f(cy - r * 0.7), f(r * 0.2), ear))
    o.append('<circle cx="%s" cy="%s" r="%s" fill="%s"/>' % (f(cx), f(cy), f(r * 0.9), body))
    o.append('<ellipse cx="%s" cy="%s" rx="%s" ry="%s" fill="%s"/>' % (f(cx), f(cy + r * 0.3), f(r * 0.4), f(r * 0.3), ear))
    o.append('<circle cx="%s" cy="%s" r="%s" fill="#2a1e1a"/><circle cx="%s" cy="%s" r="%s" fill="#2a1e1a"/>' % (
        f(cx - r * 0.32), f(cy - r * 0.1), f(r * 0.09), f(cx + r * 0.32), f(cy - r * 0.1), f(r * 0.09)))
    return o


def vignette(col, op):
    """the house style's darkened edges, as two side bands (a radial gradient over
    the whole picture costs a third of its drawing time)"""
    return ([lg('vl', [(0, col, op), (100, col, 0)], vert=False), lg('vr', [(0, col, 0), (100, col, op)], vert=False),
             lg('vt', [(0, col, op * 0.6), (100, col, 0)])],
            [R(0, 0, 420, 1080, 'url(#vl)'), R(1500, 0, 420, 1080, 'url(#vr)'), R(0, 0, 1920, 160, 'url(#vt)')])


def living_room():
    D = [lg('wall', [(0, '#cdb491', None), (68, '#e6d3b3', None), (100, '#dcc6a2', None)]),
         lg('floor', [(0, '#a7764f', None), (100, '#6a4630', None)]),
         lg('sky', [(0, '#bcd8e8', None), (70, '#e8eee6', None), (100, '#f6ecd4', None)]),
         lg('sofa', [(0, '#5b8a80', None), (100, '#3c625b', None)]),
         lg('sofas', [(0, '#4a766d', None), (100, '#335550', None)], vert=False),
         lg('curtain', [(0, '#c98d3c', None), (50, '#e2aa55', None), (100, '#b97d33', None)], vert=False),
         lg('beam', [(0, '#fff1cf', 0.42), (100, '#fff1cf', 0)]),
         lg('unit', [(0, '#7a5236', None), (100, '#553724', None)]),
         lg('tv', [(0, '#2c3138', None), (100, '#1c1f24', None)], vert=False),
         lg('rug', [(0, '#b9573a', None), (100, '#8e3f2b', None)]),
         rg('sun', [(0, '#fff2cc', 0.6), (50, '#ffe6b0', 0.22), (100, '#ffe0a0', 0)]),
         rg('shadow', [(0, '#23170f', 0.38), (100, '#23170f', 0)])]
    VD, VB = vignette('#20140c', 0.4)
    D += VD
    B = [R(0, 0, 1920, 790, 'url(#wall)'), R(0, 780, 1920, 300, 'url(#floor)'), R(0, 770, 1920, 16, '#efe3cc')]
    B.append(L('M0 860 L1920 860 M0 960 L1920 960', '#4e321f', 2, 0.3))
    # the window on the left, the terrace across the street, morning sun
    wx, wy, ww, wh = 250, 150, 360, 420
    B += window(wx, wy, ww, wh, 'url(#sky)', '#f1e9da')
    B.append(Pa('M%d %d L%d %d L%d %d L%d %d L%d %d L%d %d L%d %d L%d %d Z' % (
        wx, wy + 250, wx + 60, wy + 190, wx + 150, wy + 190, wx + 200, wy + 240, wx + 290, wy + 200, wx + ww, wy + 230, wx + ww, wy + wh, wx, wy + wh), '#b7836a', opacity=0.75))
    for i in range(3):
        B.append(R(wx + 40 + i * 110, wy + 280, 50, 60, '#e9dcc4', 2, opacity=0.7))
    B.append(R(wx + 60, wy + 160, 16, 40, '#9a6450', opacity=0.75))
    B.append(R(wx + ww / 2 - 7, wy, 14, wh, '#f1e9da'))
    B.append(R(wx, wy + 150, ww, 12, '#f1e9da'))
    B.append(R(wx - 40, wy + wh + 16, ww + 80, 22, '#f4ecdf', 4))
    B.append(blob(wx + ww / 2, wy + wh / 2, 420, 380, 'sun'))
    B.append(Pa('M%d 110 C%d 300 %d 500 %d 640 L%d 640 C%d 500 %d 300 %d 110 Z' % (wx - 110, wx - 104, wx - 116, wx - 106, wx - 30, wx - 24, wx - 32, wx - 28), 'url(#curtain)'))
    B.append(Pa('M%d 110 C%d 300 %d 500 %d 640 L%d 640 C%d 500 %d 300 %d 110 Z' % (wx + ww + 28, wx + ww + 32, wx + ww + 24, wx + ww + 30, wx + ww + 106, wx + ww + 116, wx + ww + 104, wx + ww + 110), 'url(#curtain)'))
    B.append(L('M%d 104 L%d 104' % (wx - 140, wx + ww + 140), '#6e4a33', 8))
    # sunlight falling across the floor
    B.append(Pa('M%d 786 L%d 786 L%d 1080 L%d 1080 Z' % (wx - 20, wx + ww + 40, wx + ww + 560, wx + 200), 'url(#beam)'))
    B.append(Pa('M%d %d L%d %d L%d 770 L%d 770 Z' % (wx, wy + wh + 40, wx + ww, wy + wh + 40, wx + ww + 120, wx + 60), '#fff3d8', opacity=0.16))
    # pictures over the sofa: the family photo and a wax-print cloth
    B += frame(760, 250, 200, 160, '#5a3b28', '#e9d9bd')
    for i, (x, col, hh) in enumerate(((800, '#2d5ba6', 70), (846, '#7a4a30', 92), (892, '#d64f7c', 56), (928, '#b0672e', 84))):
        B.append(R(x - 13, 394 - hh, 26, hh, col, 10))
        B.append('<circle cx="%d" cy="%d" r="13" fill="#3b2418"/>' % (x, 384 - hh))
    B += frame(1010, 270, 150, 130, '#5a3b28', '#e3a63c')
    for i in range(3):
        for j in range(2):
            B.append('<circle cx="%d" cy="%d" r="17" fill="#2f6b8a"/><circle cx="%d" cy="%d" r="7" fill="#f2e6c8"/>' % (1046 + i * 39, 312 + j * 46, 1046 + i * 39, 312 + j * 46))
    B += frame(1200, 300, 90, 110, '#5a3b28', '#cfdcc8')
    B.append(Pa('M1214 396 C1230 360 1250 372 1276 350 L1276 396 Z', '#7fa27a'))
    # the sofa against the back wall, a kente throw over its arm, cushions
    B.append(blob(950, 800, 480, 50, 'shadow'))
    B.append(R(640, 500, 620, 200, 'url(#sofa)', 40))
    B.append(R(620, 640, 660, 150, 'url(#sofa)', 26))
    B.append(R(650, 630, 300, 60, '#5f8f85', 22))
    B.append(R(950, 630, 300, 60, '#5a8a80', 22))
    B.append(R(570, 580, 110, 210, 'url(#sofas)', 40))
    B.append(R(1220, 580, 110, 210, 'url(#sofas)', 40))
    B.append(Pa('M690 560 C700 520 760 510 800 530 C820 580 800 630 760 640 C720 640 690 610 690 560 Z', '#e0a72e'))
    B.append(Pa('M1100 548 C1130 520 1190 524 1200 560 C1206 610 1180 640 1140 640 C1100 636 1090 590 1100 548 Z', '#c2553a'))
    B.append('<circle cx="1150" cy="584" r="18" fill="#f0d9a8" opacity="0.8"/>')
    B.append('<g transform="rotate(6 1250 620)">')
    B += kente(1212, 560, 96, 190, vert=True)
    B.append('</g>')
    B.append(L('M660 520 C800 506 1100 506 1240 520', '#7fb0a4', 6, 0.4))
    # the television on a low unit, right
    B.append(blob(1500, 790, 220, 26, 'shadow'))
    B.append(R(1340, 650, 330, 130, 'url(#unit)', 6))
    B.append(R(1356, 666, 146, 98, '#6a4630', 4))
    B.append(R(1510, 666, 146, 98, '#6a4630', 4))
    B.append('<circle cx="1490" cy="716" r="5" fill="#c9a46a"/><circle cx="1522" cy="716" r="5" fill="#c9a46a"/>')
    B.append(R(1480, 620, 50, 30, '#2a2a2e', 4))
    B.append(R(1360, 420, 290, 200, 'url(#tv)', 8))
    B.append(Pa('M1380 440 L1470 440 L1400 600 L1380 600 Z', '#ffffff', opacity=0.06))
    # a plant beside it and a speaker; a game controller on the unit
    B.append(R(1380, 628, 60, 22, '#3a3f47', 8))
    for i in range(9):
        a = math.radians(-150 + i * 15)
        B.append(Pa('M1740 620 Q%s %s %s %s Q%s %s 1740 620 Z' % (
            f(1740 + math.cos(a) * 90 - 14), f(620 + math.sin(a) * 90), f(1740 + math.cos(a) * 170), f(620 + math.sin(a) * 170),
            f(1740 + math.cos(a) * 90 + 14), f(620 + math.sin(a) * 90 + 8)), ('#5f8a5e', '#7aa270', '#4c744f')[i % 3]))
    B.append(Pa('M1690 610 L1790 610 L1776 740 L1704 740 Z', '#c66f4f'))
    # the rug, calm in the middle
    B.append(Pa('M470 850 L1450 850 L1640 1080 L280 1080 Z', 'url(#rug)', opacity=0.9))
    B.append(L('M500 870 L1420 870 M330 1050 L1590 1050', '#e9b483', 5, 0.5))
    # the toy box, front left: a crate with toys poking out
    B.append('<g transform="translate(50 0)">')
    B.append(blob(380, 990, 190, 30, 'shadow'))
    B.append(Pa('M270 880 L500 880 L486 990 L284 990 Z', '#3f8fc0'))
    B.append(R(300, 850, 40, 40, '#e0a72e', 4, transform='rotate(-12 320 870)'))
    B.append('<circle cx="380" cy="862" r="26" fill="#d64f7c"/>')
    B.append(R(420, 840, 24, 60, '#5fae6a', 8, transform='rotate(18 432 870)'))
    B.append(R(270, 872, 230, 20, '#4ea3d4', 4))
    B.append(L('M300 930 L470 930', '#2e6f98', 6, 0.6))
    B.append('</g>')
    # his football, front right
    B += ball(1500, 960, 44)
    return svg(D, B + VB)


def kitchen():
    D = [lg('wall', [(0, '#e4d2a8', None), (74, '#f0e3c4', None), (100, '#e8d8b4', None)]),
         lg('sky', [(0, '#a9d0e8', None), (65, '#e2eef0', None), (100, '#fbf3dc', None)]),
         lg('cab', [(0, '#9ab89c', None), (100, '#7c9c82', None)]),
         lg('table', [(0, '#c8935c', None), (100, '#a8744a', None)]),
         lg('fridge', [(0, '#e6e1d6', None), (60, '#f6f2ea', None), (100, '#d8d2c4', None)], vert=False),
         lg('beam', [(0, '#fff4d4', 0.45), (100, '#fff4d4', 0)]),
         lg('floor', [(0, '#b69a78', None), (100, '#8a7054', None)]),
         rg('sun', [(0, '#fff6d8', 0.75), (50, '#fff0c8', 0.28), (100, '#ffe8b0', 0)]),
         rg('shadow', [(0, '#2a1e12', 0.32), (100, '#2a1e12', 0)])]
    VD, VB = vignette('#2a1c10', 0.34)
    D += VD
    B = [R(0, 0, 1920, 800, 'url(#wall)'), R(0, 790, 1920, 290, 'url(#floor)')]
    # tiles behind the worktops
    B.append(R(180, 460, 1400, 190, '#f4eddc'))
    B.append(L(' '.join('M%d 460 L%d 650' % (x, x) for x in range(240, 1580, 64)), '#d6cbb4', 2, 0.6))
    B.append(L(' '.join('M180 %d L1580 %d' % (y, y) for y in range(508, 650, 48)), '#d6cbb4', 2, 0.6))
    # the window over the sink, bright, a tree outside
    wx, wy, ww, wh = 860, 150, 440, 380
    B += window(wx, wy, ww, wh, 'url(#sky)', '#f6f0e4')
    for cx, cy, r, col in ((wx + 80, wy + 260, 110, '#8fb47a'), (wx + 200, wy + 300, 90, '#7aa46a'), (wx + 360, wy + 250, 120, '#9dc088')):
        B.append('<circle cx="%d" cy="%d" r="%d" fill="%s" opacity="0.85"/>' % (cx, cy, r, col))
    B.append(R(wx, wy + wh - 60, ww, 60, '#c9b79a', opacity=0.7))   # the garden wall beyond
    B.append(R(wx + ww / 2 - 7, wy, 14, wh, '#f6f0e4'))
    B.append(R(wx - 10, wy - 30, ww + 20, 40, '#e8d8b8', 4))          # the rolled-up blind
    B.append(R(wx - 36, wy + wh + 14, ww + 72, 20, '#f8f2e6', 4))
    B.append(blob(wx + ww / 2, wy + wh / 2, 480, 420, 'sun'))
    # herbs on the sill
    B.append(Pa('M%d %d L%d %d L%d %d L%d %d Z' % (wx + 40, wy + wh - 30, wx + 90, wy + wh - 30, wx + 84, wy + wh + 14, wx + 46, wy + wh + 14), '#c66f4f'))
    for dx, dy in ((-14, -40), (0, -56), (16, -44), (26, -24), (-24, -20)):
        B.append('<ellipse cx="%d" cy="%d" rx="12" ry="20" fill="#5f8f55" transform="rotate(%d %d %d)"/>' % (wx + 65 + dx, wy + wh - 30 + dy, dx * 2, wx + 65 + dx, wy + wh - 30 + dy))
    # cupboards and worktop, left; the worktop runs under the window
    for i in range(3):
        B.append(R(220 + i * 170, 130, 160, 260, 'url(#cab)', 6))
        B.append(R(220 + i * 170 + 136, 330, 8, 40, '#e8dcc0', 3))
    B.append(R(180, 640, 1400, 24, '#b98c5c', 4))
    B.append(R(180, 664, 1400, 126, 'url(#cab)'))
    for x in range(200, 1560, 180):
        B.append(R(x, 676, 164, 104, '#8fae94', 6))
        B.append(R(x + 72, 690, 22, 7, '#e8dcc0', 3))
    B.append(R(wx + 120, 632, 200, 14, '#8e8e8a', 4))              # the sink's rim
    # a kettle, a toaster and the fruit bowl on the worktop
    B.append('<g transform="translate(-50 0)">')
    B.append(Pa('M300 640 L304 560 C306 540 370 540 372 560 L376 640 Z', '#c9543e'))
    B.append(L('M372 570 C404 572 404 616 376 620', '#a8412f', 8))
    B.append(Pa('M296 560 L276 540 L284 534 L306 552 Z', '#a8412f'))
    B.append(R(318, 530, 40, 12, '#3a3a3a', 5))
    B.append('</g>')
    B.append(R(430, 580, 130, 60, '#d8d4cc', 14))
    B.append(R(452, 572, 30, 10, '#6e6a64', 3)); B.append(R(500, 572, 30, 10, '#6e6a64', 3))
    B.append(Pa('M600 620 Q660 660 720 620 Z', '#3f7a9a'))
    for cx, cy, col in ((632, 608, '#f0a23a'), (662, 600, '#e58a2a'), (692, 608, '#f0a23a')):
        B.append('<circle cx="%d" cy="%d" r="17" fill="%s"/>' % (cx, cy, col))
    B.append(Pa('M640 596 C660 570 700 566 716 580 C700 578 672 584 650 604 Z', '#f2d04a'))
    # the fridge, right, with the children's drawings
    B.append(blob(1550, 790, 150, 20, 'shadow'))
    B.append(R(1440, 190, 230, 600, 'url(#fridge)', 14))
    B.append(L('M1444 420 L1666 420', '#c8c2b4', 4))
    B.append(R(1640, 250, 12, 130, '#bdb6a8', 6)); B.append(R(1640, 440, 12, 130, '#bdb6a8', 6))
    B.append(R(1470, 240, 90, 110, '#fdfbf6', 2, transform='rotate(-4 1515 295)'))
    B.append(Pa('M1486 320 L1516 290 L1546 320 Z', '#d64f7c')); B.append(R(1492, 320, 48, 20, '#2d5ba6'))
    B.append('<circle cx="1540" cy="264" r="12" fill="#f0c23a"/>')
    B.append(R(1560, 460, 80, 96, '#fdfbf6', 2, transform='rotate(5 1600 508)'))
    B.append(Pa(star(1600, 506, 28, 12), '#f0c23a'))
    for x, y, col in ((1515, 236, '#3f8fc0'), (1600, 456, '#d64f7c'), (1500, 470, '#5fae6a')):
        B.append('<circle cx="%d" cy="%d" r="8" fill="%s"/>' % (x, y, col))
    # the sunlight across the room, onto the table
    B.append(Pa('M%d %d L%d %d L%d 890 L%d 890 Z' % (wx, wy + wh + 40, wx + ww, wy + wh + 40, wx + ww + 260, wx - 420), 'url(#beam)'))
    # two chairs behind the table
    for cx in (470, 1390):
        B.append(R(cx - 80, 610, 14, 200, '#8a5e3c', 4)); B.append(R(cx + 66, 610, 14, 200, '#8a5e3c', 4))
        B.append(R(cx - 80, 610, 160, 26, '#9c6c46', 8)); B.append(R(cx - 80, 670, 160, 16, '#9c6c46', 6))
    # the table, breakfast at each end, the middle clear
    B.append(blob(960, 1000, 900, 80, 'shadow'))
    B.append(Pa('M180 800 L1740 800 L1830 900 L90 900 Z', 'url(#table)'))
    B.append(R(90, 900, 1740, 30, '#7e5334'))
    B.append(R(150, 930, 40, 150, '#6e4730')); B.append(R(1730, 930, 40, 150, '#6e4730'))
    B.append(L('M200 812 L1720 812', '#e2b07c', 4, 0.5))
    # left end: the cereal box, the milk, a bowl and spoon, orange juice
    B.append(R(300, 640, 110, 170, '#e24a3a', 6))
    B.append(R(300, 640, 110, 40, '#f2c23a', 6))
    B.append(Pa('M320 760 Q355 800 390 760 Z', '#f6efe0'))
    for x in (332, 348, 366):
        B.append('<circle cx="%d" cy="756" r="8" fill="#e0a03a"/>' % x)
    B.append(R(436, 690, 64, 120, '#f4f6f8', 10)); B.append(R(436, 720, 64, 40, '#5aa0d8'))
    B.append(Pa('M530 790 Q580 830 630 790 Z', '#3f8fc0')); B.append(L('M600 790 L640 740', '#c8c8c8', 6))
    B.append(R(660, 740, 44, 66, '#f6b23a', 6, opacity=0.85)); B.append(R(660, 736, 44, 10, '#ffffff', 4, opacity=0.7))
    # the middle: one low plate of toast
    B.append('<ellipse cx="960" cy="818" rx="90" ry="16" fill="#f6f2ea"/>')
    B.append(Pa('M910 812 L930 790 L980 788 L996 810 Z', '#d9a05a')); B.append(Pa('M960 812 L980 796 L1020 796 L1026 812 Z', '#c98a48'))
    # right end: a teapot, mugs, a jar of jam, a bowl with a banana
    B.append(Pa('M1236 800 C1210 760 1226 712 1300 708 C1374 712 1390 760 1364 800 Z', '#2f7d78'))
    B.append(Pa('M1358 768 C1380 760 1392 744 1404 730 L1412 736 C1400 760 1386 780 1362 790 Z', '#2f7d78'))
    B.append(L('M1242 736 C1206 736 1204 784 1240 786', '#25625e', 9))
    B.append(Pa('M1262 714 C1270 694 1330 694 1338 714 Z', '#25625e'))
    B.append('<circle cx="1300" cy="694" r="9" fill="#25625e"/>')
    B.append(L('M1240 740 C1280 730 1330 730 1360 740', '#5aa8a0', 5, 0.5))
    B.append(R(1440, 740, 56, 64, '#f6efe0', 8)); B.append(L('M1496 756 C1520 760 1520 790 1496 792', '#f6efe0', 8))
    B.append(R(1520, 750, 52, 56, '#e0a72e', 8))
    B.append(R(1150, 750, 50, 58, '#b8362c', 8, opacity=0.9)); B.append(R(1146, 740, 58, 14, '#f2e8d4', 4))
    B.append(Pa('M1600 796 Q1650 836 1700 796 Z', '#d64f7c'))
    B.append(Pa('M1610 790 C1630 770 1680 768 1696 786 C1680 782 1640 784 1620 796 Z', '#f2d04a'))
    return svg(D, B + VB)


def bedroom():
    D = [lg('wall', [(0, '#b7cbc8', None), (75, '#d5e0d8', None), (100, '#cad8d1', None)]),
         lg('floor', [(0, '#b58d68', None), (100, '#84644a', None)]),
         lg('sky', [(0, '#a9cfe6', None), (70, '#e6efea', None), (100, '#fbf0d6', None)]),
         lg('curtain', [(0, '#e6b84e', None), (50, '#f4d07a', None), (100, '#d9a83e', None)], vert=False),
         lg('chest', [(0, '#efe6d6', None), (100, '#d8ccb6', None)]),
         lg('duvE', [(0, '#f6d35e', None), (100, '#e6b73e', None)]),
         lg('duvK', [(0, '#345d96', None), (100, '#264878', None)]),
         lg('beam', [(0, '#fff4d4', 0.4), (100, '#fff4d4', 0)]),
         rg('sun', [(0, '#fff4d0', 0.7), (50, '#ffeec0', 0.25), (100, '#ffe6b0', 0)]),
         rg('shadow', [(0, '#1e1a16', 0.32), (100, '#1e1a16', 0)])]
    VD, VB = vignette('#1e1a1a', 0.36)
    D += VD
    B = [R(0, 0, 1920, 790, 'url(#wall)'), R(0, 790, 1920, 290, 'url(#floor)'), R(0, 780, 1920, 14, '#eee6d6')]
    # the window in the middle, curtains open on a Saturday morning
    wx, wy, ww, wh = 820, 130, 280, 330
    B += window(wx, wy, ww, wh, 'url(#sky)', '#f4eee2')
    B.append(Pa('M%d %d L%d %d L%d %d L%d %d L%d %d L%d %d Z' % (wx, wy + 230, wx + 60, wy + 190, wx + 200, wy + 190, wx + ww, wy + 240, wx + ww, wy + wh, wx, wy + wh), '#8a7480', opacity=0.55))
    B.append(R(wx + 90, wy + 160, 22, 40, '#8a7480', opacity=0.55))
    B.append(R(wx + ww / 2 - 6, wy, 12, wh, '#f4eee2'))
    B.append(R(wx - 30, wy + wh + 12, ww + 60, 18, '#f8f2e8', 4))
    B.append(blob(wx + ww / 2, wy + wh / 2, 380, 340, 'sun'))
    B.append(Pa('M%d 96 C%d 260 %d 420 %d 520 L%d 520 C%d 420 %d 260 %d 96 Z' % (wx - 100, wx - 96, wx - 104, wx - 98, wx - 22, wx - 18, wx - 26, wx - 20), 'url(#curtain)'))
    B.append(Pa('M%d 96 C%d 260 %d 420 %d 520 L%d 520 C%d 420 %d 260 %d 96 Z' % (wx + ww + 20, wx + ww + 26, wx + ww + 18, wx + ww + 22, wx + ww + 98, wx + ww + 104, wx + ww + 96, wx + ww + 100), 'url(#curtain)'))
    B.append(L('M%d 92 L%d 92' % (wx - 130, wx + ww + 130), '#8a6a50', 7))
    B.append(Pa('M%d %d L%d %d L%d 1080 L%d 1080 Z' % (wx, wy + wh + 30, wx + ww, wy + wh + 30, wx + ww + 200, wx - 200), 'url(#beam)'))
    # the chest of drawers under it: a lamp, a photo, a plant
    B.append(blob(960, 790, 200, 22, 'shadow'))
    B.append(R(820, 590, 280, 196, 'url(#chest)', 6))
    for i in range(3):
        B.append(R(836, 606 + i * 60, 248, 50, '#e9dfcc', 4))
        B.append('<circle cx="960" cy="%d" r="6" fill="#b09a7a"/>' % (631 + i * 60))
    B.append(R(850, 500, 70, 90, '#3a2c22', 3)); B.append(R(860, 510, 50, 70, '#e4c8a0'))
    B.append(Pa('M1010 590 L1000 540 L1060 540 L1050 590 Z', '#f2d07a'))
    B.append(Pa('M1004 540 L1020 490 L1040 490 L1056 540 Z', '#fbf2de'))
    # Esi's side, left: a yellow duvet with spots, soft toys everywhere, bunting and her pictures
    B.append(L('M200 250 Q460 320 720 250', '#8a7a6a', 3))
    for i in range(9):
        t = (i + 0.5) / 9
        x = 200 + 520 * t; y = 250 + 70 * 4 * t * (1 - t) * 0.5 * 2
        B.append(Pa('M%s %s L%s %s L%s %s Z' % (f(x - 24), f(y - 2), f(x + 24), f(y - 2), f(x), f(y + 40)), ('#d64f7c', '#37b9c4', '#f6c23e', '#8a6ac8')[i % 4]))
    for x, y, w, h, col, rot in ((300, 360, 90, 70, '#fdfbf6', -5), (420, 370, 80, 64, '#fdfbf6', 4), (540, 350, 86, 72, '#fdfbf6', -3)):
        B.append(R(x, y, w, h, col, 2, transform='rotate(%d %d %d)' % (rot, x + w // 2, y + h // 2)))
    B.append('<circle cx="345" cy="395" r="18" fill="#f6c23e"/>')
    B.append(Pa('M430 420 Q460 380 490 420 Z', '#d64f7c'))
    B.append(Pa(star(583, 386, 24, 10), '#37b9c4'))
    B.append(blob(480, 800, 320, 30, 'shadow'))
    B.append(R(190, 520, 44, 280, '#e88aa8', 10))                 # headboard
    B.append(R(200, 700, 560, 100, '#e6dccb', 6))                  # bed frame
    B.append(R(232, 630, 520, 80, '#f8f4ec', 14))                  # mattress
    B.append(R(238, 596, 120, 56, '#ffffff', 24))                  # pillow
    # the soft toys along the wall and on the pillow
    B += soft_toy(300, 556, 34, '#a8754a', '#d9b08a')
    B += soft_toy(392, 566, 28, '#f2ede4', '#f0b8c8', 'bunny')
    B += soft_toy(470, 560, 32, '#9aa4b0', '#c8ced6')
    B += soft_toy(550, 572, 26, '#e88aa8', '#f8d0dc')
    B += soft_toy(624, 566, 30, '#f6c23e', '#fbe3a0')
    B.append(Pa('M340 640 L760 640 L760 760 L340 760 Z', 'url(#duvE)'))
    for x, y in ((390, 670), (470, 700), (550, 664), (630, 700), (710, 672), (420, 730), (600, 736)):
        B.append('<circle cx="%d" cy="%d" r="11" fill="#ffffff" opacity="0.7"/>' % (x, y))
    B.append(L('M344 646 L756 646', '#fbe7a0', 6, 0.8))
    B += soft_toy(690, 720, 30, '#8a6ac8', '#c8b8ec')              # one fallen on the duvet
    B.append('<ellipse cx="960" cy="930" rx="420" ry="90" fill="#c9a0b8" opacity="0.55"/>')   # a round rug, plain
    B.append('<ellipse cx="960" cy="930" rx="360" ry="68" fill="none" stroke="#f2e6ea" stroke-width="5" opacity="0.5"/>')
    B += soft_toy(640, 870, 30, '#a8754a', '#d9b08a')              # and one on the floor
    # Kojo's side, right: a neat blue bed, posters as plain shapes, a trophy and his ball
    B.append(R(1190, 230, 190, 250, '#2f7d4a', 3))                 # a pitch
    B.append(R(1204, 244, 162, 222, 'none', 0, stroke='#e8f2e8', stroke_width=4))
    B.append(L('M1204 355 L1366 355', '#e8f2e8', 4))
    B.append('<circle cx="1285" cy="355" r="28" fill="none" stroke="#e8f2e8" stroke-width="4"/>')
    B.append(R(1250, 244, 70, 36, 'none', 0, stroke='#e8f2e8', stroke_width=4))
    B.append(R(1250, 430, 70, 36, 'none', 0, stroke='#e8f2e8', stroke_width=4))
    B.append(R(1420, 250, 150, 200, '#f2efe8', 3))                  # his club: a shield and a star
    B.append(Pa('M1455 290 L1535 290 L1535 360 Q1535 400 1495 420 Q1455 400 1455 360 Z', '#2d5ba6'))
    B.append(Pa(star(1495, 350, 26, 11), '#e0b23c'))
    B.append(Pa('M1600 250 L1680 276 L1600 302 Z', '#b8362c'))     # a pennant
    B.append(R(1190, 520, 300, 16, '#8a6a50', 3))                  # a shelf
    B.append(Pa('M1240 470 L1300 470 C1300 500 1286 508 1276 510 L1276 500 L1264 500 L1264 510 C1254 508 1240 500 1240 470 Z', '#e0b23c'))
    B.append(R(1256, 500, 28, 20, '#c99a2e', 2))
    B.append(L('M1240 478 C1222 478 1222 496 1244 496 M1300 478 C1318 478 1318 496 1296 496', '#e0b23c', 5))
    B.append(R(1340, 470, 36, 50, '#d64f4f', 4)); B.append(R(1380, 478, 30, 42, '#3f8fc0', 4)); B.append(R(1414, 474, 30, 46, '#f2efe8', 4))
    B.append(blob(1440, 800, 320, 30, 'shadow'))
    B.append(R(1686, 520, 44, 280, '#2a4a78', 10))                 # headboard
    B.append(R(1160, 700, 560, 100, '#e6dccb', 6))
    B.append(R(1168, 630, 520, 80, '#f8f4ec', 14))
    B.append(R(1560, 600, 120, 50, '#ffffff', 12))                 # one squared pillow
    B.append(R(1168, 640, 400, 120, 'url(#duvK)', 6))              # the duvet pulled straight
    B.append(R(1168, 640, 400, 26, '#f2efe8', 6))                  # turned down neatly
    B.append(L('M1168 700 L1568 700', '#4d7fc6', 6, 0.6))
    B.append(Pa('M1380 800 C1370 780 1400 774 1430 780 L1450 800 Z', '#2a2a2e'))   # trainers, side by side
    B.append(Pa('M1450 800 C1440 780 1470 774 1500 780 L1520 800 Z', '#2a2a2e'))
    B += ball(1600, 880, 36)
    return svg(D, B + VB)


def garden():
    D = [lg('sky', [(0, '#8fbfdc', None), (100, '#c9e0e8', None)]),
         lg('brick', [(0, '#a7705a', None), (100, '#8e5c48', None)]),
         lg('fence', [(0, '#a57a55', None), (100, '#83603f', None)]),
         lg('lawn', [(0, '#8fb06a', None), (100, '#6a8c4c', None)]),
         lg('paving', [(0, '#c9bfae', None), (100, '#a79d8c', None)]),
         lg('step', [(0, '#d4cbbb', None), (100, '#b1a794', None)]),
         rg('sun', [(0, '#fff6d6', 0.85), (40, '#fff0c4', 0.35), (100, '#ffe8b0', 0)]),
         rg('leaf', [(0, '#7fa45a', 0.95), (100, '#5c8042', 0.9)]),
         rg('shadow', [(0, '#26301a', 0.32), (100, '#26301a', 0)])]
    VD, VB = vignette('#1e2418', 0.3)
    D += VD
    B = [R(0, 0, 1920, 260, 'url(#sky)'), blob(1480, 130, 520, 300, 'sun')]
    # the backs of the terrace behind: brick, slate roofs, chimneys, windows
    B.append(R(0, 250, 1920, 300, 'url(#brick)'))
    B.append(Pa('M0 250 L0 200 L1920 200 L1920 250 Z', '#5e5a60'))
    for x in range(120, 1920, 420):
        B.append(R(x, 150, 50, 60, '#8e5c48')); B.append(R(x - 6, 144, 62, 12, '#6e4638'))
        B.append(R(x + 8, 132, 14, 16, '#b9775a')); B.append(R(x + 28, 132, 14, 16, '#b9775a'))
    for i, x in enumerate(range(60, 1920, 210)):
        B.append(R(x, 300, 90, 110, '#e8e2d6', 2)); B.append(R(x + 8, 308, 74, 94, '#7f98a8'))
        B.append(R(x + 43, 308, 4, 94, '#e8e2d6'))
    B.append(L(' '.join('M%d 250 L%d 550' % (x, x) for x in range(0, 1920, 420)), '#7a4a3a', 10, 0.5))
    # a tree over the fence, right
    B.append(R(1700, 300, 34, 300, '#6e5240'))
    for cx, cy, rx, ry in ((1716, 250, 220, 170), (1590, 330, 150, 120), (1840, 330, 160, 130)):
        B.append(blob(cx, cy, rx, ry, 'leaf'))
    # the fence
    B.append(R(0, 470, 1920, 330, 'url(#fence)'))
    B.append(L(' '.join('M%d 470 L%d 800' % (x, x) for x in range(0, 1920, 64)), '#6e4f34', 3, 0.55))
    B.append(L('M0 520 L1920 520 M0 740 L1920 740', '#6e4f34', 8, 0.5))
    for x in range(0, 1920, 384):
        B.append(R(x - 14, 450, 28, 350, '#7a5a3e'))
    # a climbing plant and a flower bed along the fence
    for i in range(16):
        x = 240 + i * 92 + (i % 3) * 11
        if 760 < x < 1180:
            continue
        B.append('<circle cx="%d" cy="%d" r="%d" fill="%s"/>' % (x, 770 - (i % 4) * 12, 46 + (i % 3) * 8, ('#6f9a52', '#5c8646', '#7fa85e')[i % 3]))
    for i, (x, y) in enumerate(((300, 730), (390, 716), (560, 724), (1280, 718), (1400, 730), (1500, 714))):
        B.append('<circle cx="%d" cy="%d" r="10" fill="%s"/>' % (x, y, ('#f2d04a', '#e86a8a', '#ffffff')[i % 3]))
    # the lawn and the path
    B.append(R(0, 790, 1920, 290, 'url(#lawn)'))
    B.append(Pa('M820 1080 L900 790 L1020 790 L1100 1080 Z', 'url(#paving)', opacity=0.8))
    B.append(L('M870 900 L1050 900 M846 990 L1074 990', '#8e8474', 3, 0.5))
    # the washing line, high: his football shirt and her star T-shirt among the wash
    B.append(R(230, 170, 14, 630, '#8a8a84')); B.append(R(1676, 150, 14, 650, '#8a8a84'))
    B.append(L('M244 200 Q960 290 1676 180', '#e8e6e0', 3))
    def on_line(x):
        t = (x - 244) / (1676 - 244.0)
        return (1 - t) ** 2 * 200 + 2 * (1 - t) * t * 290 + t * t * 180
    def tee(x, w, col, trim=None, mark=None):
        y = on_line(x)
        o = [Pa('M%s %s L%s %s L%s %s L%s %s L%s %s L%s %s L%s %s L%s %s Z' % (
            f(x - w / 2), f(y), f(x + w / 2), f(y), f(x + w / 2 + 30), f(y + 40), f(x + w / 2 - 4), f(y + 56),
            f(x + w / 2 - 4), f(y + w * 1.15), f(x - w / 2 + 4), f(y + w * 1.15), f(x - w / 2 + 4), f(y + 56), f(x - w / 2 - 30), f(y + 40)), col)]
        if trim:
            o.append(L('M%s %s L%s %s L%s %s' % (f(x - 20), f(y), f(x), f(y + 26), f(x + 20), f(y)), trim, 8))
        if mark:
            o.append(Pa(star(x, y + w * 0.55, w * 0.24, w * 0.1), mark))
        o += [R(x - w / 2 + 4, y - 8, 8, 18, '#e0b23c', 2), R(x + w / 2 - 12, y - 8, 8, 18, '#e0b23c', 2)]
        return o
    B += tee(560, 150, '#2d5ba6', trim='#f2efe8')
    B += tee(800, 110, '#d64f7c', mark='#ffe7a0')
    y = on_line(1010)
    B.append(R(960, y - 2, 120, 150, '#f2e6c8', 3)); B.append(R(960, y + 40, 120, 14, '#e0a72e')); B.append(R(960, y + 70, 120, 14, '#b8362c'))
    for x, col in ((1160, '#f2efe8'), (1210, '#f2efe8'), (1290, '#37b9c4')):
        yy = on_line(x)
        B.append(Pa('M%s %s L%s %s L%s %s L%s %s L%s %s L%s %s Z' % (f(x - 12), f(yy), f(x + 12), f(yy), f(x + 12), f(yy + 60), f(x + 30), f(yy + 74), f(x + 26), f(yy + 86), f(x - 12), f(yy + 80)), col))
    B += tee(1440, 130, '#e0a72e')
    # a small goal by the fence, his ball on the grass
    B.append(blob(1500, 880, 200, 24, 'shadow'))
    B.append(L('M1380 880 L1380 740 L1640 740 L1640 880 M1380 740 L1420 700 L1600 700 L1640 740', '#f4f2ec', 8))
    B.append(L(' '.join('M%d 700 L%d 880' % (x, x - 30) for x in range(1440, 1620, 40)) + ' M1380 780 L1640 780 M1380 830 L1640 830', '#f4f2ec', 2, 0.5))
    B += ball(1300, 930, 40)
    # the back step, front left, with a pair of wellies
    B.append(Pa('M180 940 L660 940 L700 1080 L140 1080 Z', 'url(#step)'))
    B.append(R(150, 926, 520, 22, '#e2dacb', 4))
    B.append(blob(380, 1012, 110, 14, 'shadow'))
    for x in (300, 372):                                            # her wellies, pink
        B.append(Pa('M%d 1010 L%d 930 C%d 922 %d 922 %d 930 L%d 982 C%d 984 %d 992 %d 1010 Z' % (
            x, x, x + 4, x + 40, x + 44, x + 44, x + 64, x + 74, x + 74), '#d64f7c'))
        B.append(R(x - 2, 926, 48, 14, '#e98aa8', 6))
    B.append(blob(585, 1006, 80, 12, 'shadow'))
    B.append(Pa('M540 1004 L530 950 L640 950 L630 1004 Z', '#c66f4f'))   # a pot of mint
    B.append(R(524, 942, 122, 16, '#d98462', 4))
    for dx, dy in ((-34, -6), (-14, -22), (8, -26), (30, -12), (44, 2), (-46, 8)):
        B.append('<ellipse cx="%d" cy="%d" rx="16" ry="24" fill="#6fa05a" transform="rotate(%d %d %d)"/>' % (585 + dx, 926 + dy, dx, 585 + dx, 926 + dy))
    return svg(D, B + VB)


def write_people():
    os.makedirs(OUT, exist_ok=True)
    maya.WHO.update(WHO)
    for who in WHO:
        for st in STATES:
            s = maya.build(st, who)
            with open(OUT + '%s-%s.svg' % (who, st), 'w') as fh:
                fh.write(s + '\n')
            print(who, st, len(s))


ROOMS = {'living-room': living_room, 'kitchen': kitchen, 'bedroom': bedroom, 'garden': garden}


def write_rooms():
    for name, fn in ROOMS.items():
        text = fn()
        with open(OUT + name + '.svg', 'w') as fh:
            fh.write(text)
        print(name, len(text))


if __name__ == '__main__':
    write_people()
    write_rooms()
