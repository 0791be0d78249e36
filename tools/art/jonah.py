# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Part of Attune's art: writes SVG files into the repository (run from
# anywhere; paths are relative to the repository root). See tools/art/README.md.
import os as _os
ROOT = _os.path.dirname(_os.path.dirname(_os.path.dirname(_os.path.abspath(__file__)))) + "/"
import sys, math, random
sys.path.insert(0, '/tmp/jonah-art')
import helpers
from helpers import *
helpers.IRIS = ["#4a3020", "#7a5530", "#7c4a30"]
OUT = ROOT + "scripts/stories/im-fine/images/"


def build(state):
    S = State(state); C = S.col
    act = state == 'activated'; shut = state == 'shutdown'; reg = state == 'regulated'; cry = state == 'crying'
    if reg:
        sh_y, neck_y, sh_w, head_dy, head_rot = 716, 650, 0, 0, 0
    elif act:
        sh_y, neck_y, sh_w, head_dy, head_rot = 664, 614, 12, -8, -3
    elif cry:
        sh_y, neck_y, sh_w, head_dy, head_rot = 706, 642, -8, 34, 7
    else:
        sh_y, neck_y, sh_w, head_dy, head_rot = 764, 694, -26, 74, 8
    skin = C('#c48a62'); skin_l = C('#dba47c'); skin_d = C('#a26a47'); skin_dd = C('#7c4a30')
    hair = C('#241a16'); hair_l = C('#4a362c')
    hood = C('#80828a'); hood_d = C('#5c5e66'); hood_l = C('#a6a8ae'); hood_in = C('#4a4c54')
    tee = C('#2c3242'); tee_d = C('#1f2431')
    o = []
    o.append('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 1000" width="800" height="1000">')
    o.append('<defs>')
    o.append('<radialGradient id="face" cx="62%%" cy="38%%" r="70%%" fx="66%%" fy="36%%"><stop offset="0%%" stop-color="%s"/><stop offset="55%%" stop-color="%s"/><stop offset="100%%" stop-color="%s"/></radialGradient>' % (skin_l, skin, skin_d))
    o.append('<linearGradient id="neck" x1="0%%" y1="0%%" x2="100%%" y2="0%%"><stop offset="0%%" stop-color="%s"/><stop offset="70%%" stop-color="%s"/><stop offset="100%%" stop-color="%s"/></linearGradient>' % (skin_d, skin, skin_l))
    o.append('<linearGradient id="hood" x1="0%%" y1="0%%" x2="100%%" y2="0%%"><stop offset="0%%" stop-color="%s"/><stop offset="45%%" stop-color="%s"/><stop offset="80%%" stop-color="%s"/><stop offset="100%%" stop-color="%s"/></linearGradient>' % (hood_d, hood, hood_l, hood))
    o.append('<radialGradient id="hoodup" cx="64%%" cy="30%%" r="75%%"><stop offset="0%%" stop-color="%s"/><stop offset="60%%" stop-color="%s"/><stop offset="100%%" stop-color="%s"/></radialGradient>' % (hood_l, hood, hood_d))
    o.append('<linearGradient id="tee" x1="0%%" y1="0%%" x2="100%%" y2="0%%"><stop offset="0%%" stop-color="%s"/><stop offset="100%%" stop-color="%s"/></linearGradient>' % (tee_d, tee))
    o.append('<radialGradient id="hair" cx="62%%" cy="30%%" r="70%%"><stop offset="0%%" stop-color="%s"/><stop offset="100%%" stop-color="%s"/></radialGradient>' % (hair_l, hair))
    blush_c = C('#d4584a') if act or cry else C('#cf7056')
    blush_o = 0.8 if act else (0.6 if cry else (0.28 if reg else 0.0))
    o.append('<radialGradient id="blush" cx="50%%" cy="50%%" r="50%%"><stop offset="0%%" stop-color="%s" stop-opacity="%s"/><stop offset="100%%" stop-color="%s" stop-opacity="0"/></radialGradient>' % (blush_c, f(blush_o), blush_c))
    o.append('<linearGradient id="jaw" x1="0%%" y1="0%%" x2="0%%" y2="100%%"><stop offset="0%%" stop-color="%s" stop-opacity="0.7"/><stop offset="100%%" stop-color="%s" stop-opacity="0"/></linearGradient>' % (skin_dd, skin_dd))
    o.append('<linearGradient id="screen" x1="0%" y1="0%" x2="100%" y2="100%"><stop offset="0%" stop-color="#9cc4d4"/><stop offset="100%" stop-color="#4f7f96"/></linearGradient>')
    o.append('</defs>')
    o.append('<g transform="matrix(0.9 0 0 0.9 40 -59)">')

    # ---- body: grey zip hoodie, broader than a child's
    L_sh = 200 - sh_w; R_sh = 608 + sh_w
    body = ('M%s 1180 C%s %s %s %s %s %s C%s %s %s %s %s %s L%s %s C%s %s %s %s %s %s C%s %s %s %s %s 1180Z' % (
        f(L_sh-96), f(L_sh-94), f(sh_y+90), f(L_sh-62), f(sh_y+14), f(L_sh+12), f(sh_y),
        f(L_sh+76), f(sh_y-12), f(328), f(neck_y+14), f(344), f(neck_y),
        f(470), f(neck_y),
        f(486), f(neck_y+14), f(R_sh-76), f(sh_y-12), f(R_sh-12), f(sh_y),
        f(R_sh+62), f(sh_y+14), f(R_sh+92), f(sh_y+90), f(R_sh+94)))
    o.append('<path d="%s" fill="url(#hood)"/>' % body)
    # hood lying down behind the neck (a soft roll above the shoulders)
    if not shut:
        o.append('<path d="M286 %s C282 %s 340 %s 410 %s C480 %s 530 %s 528 %s C520 %s 300 %s 286 %s Z" fill="%s"/>' % (
            f(neck_y+6), f(neck_y-52), f(neck_y-74), f(neck_y-72), f(neck_y-70), f(neck_y-50), f(neck_y+4), f(neck_y+40), f(neck_y+40), f(neck_y+6), hood))
        o.append('<path d="M318 %s C322 %s 360 %s 410 %s C458 %s 494 %s 500 %s C470 %s 350 %s 318 %s Z" fill="%s"/>' % (
            f(neck_y+4), f(neck_y-30), f(neck_y-46), f(neck_y-46), f(neck_y-46), f(neck_y-30), f(neck_y+4), f(neck_y+24), f(neck_y+24), f(neck_y+4), hood_in))
        o.append('<path d="M300 %s C304 %s 350 %s 410 %s C462 %s 506 %s 514 %s" fill="none" stroke="%s" stroke-width="6" stroke-linecap="round" opacity="0.5"/>' % (
            f(neck_y-10), f(neck_y-48), f(neck_y-64), f(neck_y-62), f(neck_y-60), f(neck_y-44), f(neck_y-12), hood_l))
    else:
        # hood up: its sides come down to the collar
        o.append('<path d="M292 %s C300 %s 330 %s 410 %s C490 %s 524 %s 530 %s C520 %s 300 %s 292 %s Z" fill="%s"/>' % (
            f(neck_y+6), f(neck_y-40), f(neck_y-60), f(neck_y-60), f(neck_y-60), f(neck_y-40), f(neck_y+4), f(neck_y+40), f(neck_y+40), f(neck_y+6), hood_in))
    # band T-shirt in the open front
    o.append('<path d="M338 %s C372 %s 444 %s 478 %s L494 %s C478 %s 474 %s 476 1180 L348 1180 C350 %s 340 %s 322 %s Z" fill="url(#tee)"/>' % (
        f(neck_y-4), f(neck_y+28), f(neck_y+28), f(neck_y-4), f(neck_y+20), f(neck_y+120), f(neck_y+220),
        f(neck_y+220), f(neck_y+120), f(neck_y+22)))
    # tee print: a low sun behind two hills, the band's logo
    gy = neck_y + 150
    o.append('<circle cx="412" cy="%s" r="44" fill="%s"/>' % (f(gy), C('#e0a93a')))
    o.append('<path d="M362 %s L392 %s L410 %s L432 %s L462 %s Z" fill="%s"/>' % (f(gy+30), f(gy-2), f(gy+16), f(gy-14), f(gy+30), C('#d9745a')))
    o.append('<path d="M366 %s h92 M378 %s h68" stroke="%s" stroke-width="5" stroke-linecap="round"/>' % (f(gy+44), f(gy+58), C('#e9dcc4')))
    # neck
    o.append('<path d="M350 %s C354 %s 350 %s 338 %s C372 %s 444 %s 478 %s C466 %s 462 %s 464 %s Z" fill="url(#neck)"/>' % (
        f(470+head_dy), f(560+head_dy), f(neck_y-20), f(neck_y+4), f(neck_y+34), f(neck_y+34), f(neck_y+4), f(neck_y-20), f(560+head_dy), f(470+head_dy)))
    o.append('<path d="M352 %s C378 %s 424 %s 464 %s L464 %s C424 %s 378 %s 352 %s Z" fill="url(#jaw)"/>' % (
        f(530+head_dy), f(560+head_dy), f(576+head_dy), f(560+head_dy), f(616+head_dy), f(632+head_dy), f(620+head_dy), f(600+head_dy)))
    if act:
        # neck cords standing out
        o.append('<path d="M372 %s C380 %s 392 %s 404 %s M452 %s C448 %s 444 %s 440 %s" fill="none" stroke="%s" stroke-width="4" stroke-linecap="round" opacity="0.45"/>' % (
            f(neck_y-70), f(neck_y-40), f(neck_y-14), f(neck_y+8), f(neck_y-74), f(neck_y-44), f(neck_y-18), f(neck_y+6), skin_dd))
    # crew neck rib
    o.append('<path d="M340 %s C372 %s 444 %s 476 %s" fill="none" stroke="%s" stroke-width="10" stroke-linecap="round"/>' % (
        f(neck_y+4), f(neck_y+34), f(neck_y+34), f(neck_y+4), tee_d))
    # hoodie zip edges (open)
    bandL = 'M%s %s C%s %s %s %s %s 1180' % (f(316), f(neck_y+10), f(334), f(neck_y+90), f(346), f(neck_y+170), f(346))
    bandR = 'M%s %s C%s %s %s %s %s 1180' % (f(500), f(neck_y+10), f(486), f(neck_y+90), f(478), f(neck_y+170), f(478))
    for b in (bandL, bandR):
        o.append('<path d="%s" fill="none" stroke="%s" stroke-width="20" stroke-linecap="round"/>' % (b, hood_d))
        o.append('<path d="%s" fill="none" stroke="%s" stroke-width="3" opacity="0.55" stroke-dasharray="4 5"/>' % (b, C('#c9c6be')))
    # drawstrings
    for (x0, x1, x2, ln) in ((330, 338, 344, 190), (492, 486, 482, 170)):
        if act and x0 > 400:
            continue
        ys = neck_y + 20; ye = ys + ln
        o.append('<path d="M%s %s C%s %s %s %s %s %s" fill="none" stroke="%s" stroke-width="8" stroke-linecap="round"/>' % (
            f(x0), f(ys), f(x1), f(ys+60), f(x2+4), f(ye-60), f(x2), f(ye), C('#e7e1d4')))
        o.append('<rect x="%s" y="%s" width="10" height="22" rx="3" fill="%s"/>' % (f(x2-5), f(ye-2), C('#b7b1a6')))
    # wired earbuds hanging round the neck
    wire = C('#f1ede6')
    if shut:  # one earbud in: its wire runs up into the hood
        o.append('<path d="M436 %s C410 %s 372 %s 350 %s" fill="none" stroke="%s" stroke-width="4" stroke-linecap="round"/>' % (
            f(neck_y+62), f(neck_y+40), f(neck_y+6), f(neck_y-30), wire))
    else:
        o.append('<path d="M338 %s C350 %s 372 %s 384 %s" fill="none" stroke="%s" stroke-width="4" stroke-linecap="round"/>' % (
            f(neck_y-8), f(neck_y+24), f(neck_y+50), f(neck_y+76), wire))
    o.append('<path d="M474 %s C470 %s 452 %s 444 %s" fill="none" stroke="%s" stroke-width="4" stroke-linecap="round"/>' % (
        f(neck_y-8), f(neck_y+20), f(neck_y+44), f(neck_y+68), wire))
    if not shut:
        o.append('<ellipse cx="386" cy="%s" rx="9" ry="12" fill="%s"/><ellipse cx="383" cy="%s" rx="3" ry="4" fill="#ffffff" opacity="0.8"/>' % (f(neck_y+86), wire, f(neck_y+82)))
    o.append('<ellipse cx="442" cy="%s" rx="9" ry="12" fill="%s"/><ellipse cx="439" cy="%s" rx="3" ry="4" fill="#ffffff" opacity="0.8"/>' % (f(neck_y+78), wire, f(neck_y+74)))
    # shoulder seams and folds
    o.append('<path d="M%s %s C%s %s %s %s %s %s" fill="none" stroke="%s" stroke-width="4" opacity="0.45" stroke-linecap="round"/>' % (
        f(L_sh+14), f(sh_y+6), f(L_sh-14), f(sh_y+70), f(L_sh-22), f(sh_y+150), f(L_sh-20), f(sh_y+240), hood_d))
    o.append('<path d="M%s %s C%s %s %s %s %s %s" fill="none" stroke="%s" stroke-width="4" opacity="0.45" stroke-linecap="round"/>' % (
        f(R_sh-14), f(sh_y+6), f(R_sh+14), f(sh_y+70), f(R_sh+22), f(sh_y+150), f(R_sh+20), f(sh_y+240), hood_d))
    o.append('<path d="M%s %s C%s %s %s %s %s %s" fill="none" stroke="%s" stroke-width="6" opacity="0.35" stroke-linecap="round"/>' % (
        f(512), f(neck_y+14), f(R_sh-80), f(sh_y-12), f(R_sh-20), f(sh_y-4), f(R_sh+20), f(sh_y+14), hood_l))
    if shut:
        o.append('<path d="M240 %s C290 %s 320 %s 338 %s" fill="none" stroke="%s" stroke-width="5" opacity="0.45" stroke-linecap="round"/>' % (f(sh_y+80), f(sh_y+100), f(sh_y+110), f(sh_y+104), hood_d))
        o.append('<path d="M580 %s C540 %s 510 %s 492 %s" fill="none" stroke="%s" stroke-width="5" opacity="0.45" stroke-linecap="round"/>' % (f(sh_y+80), f(sh_y+100), f(sh_y+110), f(sh_y+104), hood_d))

    # ---- head
    o.append('<g transform="translate(0 %s) rotate(%s 405 560)">' % (f(head_dy), f(head_rot)))
    if shut:
        # hood up: the back of the hood, behind the head
        o.append('<path d="M262 640 C220 560 214 420 236 320 C258 214 330 150 420 146 C520 142 590 206 604 300 C616 380 600 470 560 560 C540 600 520 630 500 640 C440 690 320 690 262 640 Z" fill="url(#hoodup)"/>')
    # nape hair
    o.append('<path d="M330 206 C262 220 244 300 252 392 C256 440 270 478 296 500 L312 430 Z" fill="%s"/>' % hair)
    # ear
    if not shut:
        o.append('<ellipse cx="284" cy="428" rx="24" ry="35" fill="%s"/>' % skin)
        o.append('<path d="M280 410 C294 406 298 424 293 438 C289 446 283 446 280 440" fill="none" stroke="%s" stroke-width="5" stroke-linecap="round" opacity="0.7"/>' % skin_dd)
        if act:
            o.append('<ellipse cx="286" cy="430" rx="18" ry="28" fill="%s" opacity="0.45"/>' % C('#d4584a'))
    # face: longer, with a jaw
    face = 'M408 204 C330 204 280 262 278 342 C276 418 290 476 330 524 C364 564 410 584 454 578 C502 570 540 526 553 466 C562 414 562 334 546 286 C522 230 476 204 408 204Z'
    o.append('<path d="%s" fill="url(#face)"/>' % face)
    o.append('<path d="M306 320 C290 400 300 470 340 524 C306 500 286 456 282 396 C280 356 292 330 306 320Z" fill="%s" opacity="0.33"/>' % skin_dd)
    o.append('<ellipse cx="524" cy="446" rx="24" ry="15" fill="%s" opacity="0.2"/>' % C('#ecb58e'))
    o.append('<path d="M546 286 C562 334 562 414 553 466 C546 500 532 530 512 552" transform="translate(-5 0)" fill="none" stroke="%s" stroke-width="5" stroke-linecap="round" opacity="0.3"/>' % C('#f6cca6'))
    # jawline shade on the far side
    o.append('<path d="M368 556 C400 576 430 582 456 578" fill="none" stroke="%s" stroke-width="6" stroke-linecap="round" opacity="0.18"/>' % skin_dd)
    # blush / flush
    o.append('<circle cx="0" cy="0" r="1" fill="url(#blush)" transform="translate(378 474) scale(48 30)"/>')
    o.append('<circle cx="0" cy="0" r="1" fill="url(#blush)" transform="translate(526 466) scale(30 22)"/>')
    # freckles across the nose and cheeks
    rnd = random.Random(7)
    fr = C('#8e5636')
    fy = 14 if shut else 0
    for (cx_, cy_, rx_, ry_, n) in ((390, 458, 44, 18, 9), (466, 440, 14, 8, 4), (526, 448, 18, 12, 4)):
        for k in range(n):
            a = rnd.uniform(0, 2*math.pi); rr = math.sqrt(rnd.uniform(0, 1))
            x = cx_ + rr*rx_*math.cos(a); y = cy_ + rr*ry_*math.sin(a) + fy
            o.append('<circle cx="%s" cy="%s" r="%s" fill="%s" opacity="0.38"/>' % (f(x), f(y), f(rnd.uniform(2, 3.2)), fr))
    # hair cap with a choppy fringe swept to his right
    tips = [(556, 336), (536, 306), (520, 334), (502, 300), (484, 330), (464, 298), (446, 326), (426, 296), (406, 322), (386, 298), (366, 324), (350, 306)]
    d = 'M290 398 C262 330 266 232 344 192 C414 156 524 164 566 236 C582 266 584 306 572 344 '
    for i, (x, y) in enumerate(tips):
        if i % 2 == 0:   # tip: curve in from the upper left so strands sweep right
            d += 'Q%s %s %s %s ' % (f(x - 14), f(y - 12), f(x), f(y))
        else:
            d += 'Q%s %s %s %s ' % (f(x + 4), f(y + 14), f(x), f(y))
    d += 'C334 324 322 352 318 392 L312 420 C302 418 294 410 290 398 Z'
    o.append('<path d="%s" fill="url(#hair)"/>' % d)
    for s_ in ('M360 210 C420 190 480 196 530 230', 'M330 250 C380 226 440 226 480 250', 'M440 270 C470 262 506 270 530 292', 'M300 300 C310 276 330 262 350 256'):
        o.append('<path d="%s" fill="none" stroke="%s" stroke-width="4" stroke-linecap="round" opacity="0.6"/>' % (s_, hair_l))
    o.append('<path d="M516 190 C542 206 558 232 564 268" fill="none" stroke="%s" stroke-width="5" stroke-linecap="round" opacity="0.35"/>' % C('#a0705a'))
    if shut:
        # front of the hood over the crown, framing the face
        o.append('<path d="M262 640 C232 560 228 440 250 340 C272 240 340 178 424 174 C510 170 574 222 590 300 C600 350 596 400 584 440 C578 380 566 330 540 290 C510 246 460 226 410 232 C350 240 310 290 298 360 C288 430 296 520 320 600 Z" fill="url(#hoodup)"/>')
        o.append('<path d="M320 600 C296 520 288 430 298 360 C310 290 350 240 410 232 C460 226 510 246 540 290 C566 330 578 380 584 440" fill="none" stroke="%s" stroke-width="12" stroke-linecap="round"/>' % hood_d)
        o.append('<path d="M300 250 C340 200 400 186 470 190" fill="none" stroke="%s" stroke-width="6" stroke-linecap="round" opacity="0.4"/>' % hood_l)

    # ---- features
    bw = C('#1e1612')
    if reg:
        brows = ['M352 364 Q386 348 420 358', 'M470 354 Q500 344 530 356']
    elif act:
        brows = ['M350 352 Q388 356 426 378', 'M464 376 Q494 352 534 346']
    elif cry:
        # pulled up and together in the middle, fighting it
        brows = ['M352 370 Q390 364 424 342', 'M466 342 Q500 354 532 368']
    else:
        brows = ['M354 %d Q388 %d 420 %d' % (380+fy, 372+fy, 364+fy), 'M470 %d Q500 %d 530 %d' % (362+fy, 366+fy, 378+fy)]
    for b, wd in zip(brows, (13, 11)):
        o.append('<path d="%s" fill="none" stroke="%s" stroke-width="%d" stroke-linecap="round"/>' % (b, bw, wd))
    if act:
        o.append('<path d="M440 372 q-3 14 1 24 M454 370 q3 12 0 20" fill="none" stroke="%s" stroke-width="3.5" stroke-linecap="round" opacity="0.6"/>' % skin_dd)
    if reg:
        o.append(eye(S, 388, 410, 70, 13, 10, 1, 0.14, (4, 2), 15))
        o.append(eye(S, 504, 405, 52, 12, 9, -1, 0.14, (3, 2), 13, far=True))
    elif act:
        o.append(eye(S, 388, 408, 72, 16, 10, 3, 0.08, (5, 0), 13))
        o.append(eye(S, 504, 403, 54, 15, 9, 2, 0.08, (5, 0), 11.5, far=True))
    elif cry:
        # eyes down and away, red-rimmed and wet
        o.append('<path d="M350 420 Q388 440 424 418" fill="none" stroke="%s" stroke-width="7" stroke-linecap="round" opacity="0.35"/>' % C('#d4584a'))
        o.append(eye(S, 388, 412, 70, 11, 10, 3, 0.55, (-4, 8), 14))
        o.append(eye(S, 504, 407, 52, 10, 9, -3, 0.55, (-4, 7), 12, far=True))
        o.append(wet_lid(360, 420, 390, 432, 418, 416))
        o.append(wet_lid(484, 414, 506, 424, 526, 410, 3.5))
    else:
        o.append(eye(S, 388, 414+fy, 70, 12, 9, -2, 0.82, (0, 12), 15))
        o.append(eye(S, 504, 409+fy, 52, 11, 8, 1, 0.82, (0, 11), 13, far=True))
    # nose: longer than a child's
    o.append('<path d="M456 %d C462 %d 470 %d 478 %d" fill="none" stroke="%s" stroke-width="10" stroke-linecap="round" opacity="0.12"/>' % (410+fy, 432+fy, 450+fy, 462+fy, skin_dd))
    o.append('<path d="M470 %d C478 %d 494 %d 498 %d" fill="none" stroke="%s" stroke-width="5" stroke-linecap="round" opacity="0.85"/>' % (474+fy, 482+fy, 480+fy, 468+fy, skin_d))
    o.append('<ellipse cx="478" cy="%d" rx="6" ry="3.5" fill="%s" opacity="0.75"/>' % (475+fy, skin_dd))
    o.append('<ellipse cx="487" cy="%d" rx="8" ry="6" fill="%s" opacity="0.35"/>' % (458+fy, C('#f3c09a')))
    lip = C('#7a3e30')
    if reg:
        # a small lopsided half-smile, higher on the far side
        o.append('<path d="M430 526 Q462 536 494 512" fill="none" stroke="%s" stroke-width="5.5" stroke-linecap="round"/>' % lip)
        o.append('<path d="M492 514 q6 -2 8 -8" fill="none" stroke="%s" stroke-width="3.5" stroke-linecap="round" opacity="0.6"/>' % skin_dd)
        o.append('<path d="M446 546 Q462 552 478 544" fill="none" stroke="%s" stroke-width="5" stroke-linecap="round" opacity="0.3"/>' % skin_dd)
    elif cry:
        # lips pressed hard against it, the corners dragged down; the chin puckers
        o.append('<ellipse cx="486" cy="460" rx="15" ry="10" fill="%s" opacity="0.4"/>' % C('#d4584a'))
        o.append('<path d="M432 536 Q462 520 492 534" fill="none" stroke="%s" stroke-width="6" stroke-linecap="round"/>' % lip)
        o.append('<path d="M432 536 q-6 4 -8 10 M492 534 q6 4 7 10" fill="none" stroke="%s" stroke-width="3.5" stroke-linecap="round" opacity="0.5"/>' % skin_dd)
        o.append('<path d="M444 560 Q462 552 480 560 M450 570 q4 3 8 0 M466 570 q4 3 8 0" fill="none" stroke="%s" stroke-width="3.5" stroke-linecap="round" opacity="0.4"/>' % skin_dd)
        o.append(tear(380, 430, 370, 512, 9, -6))
        o.append(tear(512, 422, 520, 486, 7, 4))
    elif act:
        mouthP = qbez((422, 520), (456, 500), (498, 510), 14) + qbez((498, 510), (480, 590), (426, 532), 14)[1:-1]
        o.append('<path d="%s" fill="%s"/>' % (poly(mouthP), C('#3a1410')))
        teeth = clip([(400, 500), (510, 500), (510, 524), (400, 528)], mouthP)
        if teeth: o.append('<path d="%s" fill="%s"/>' % (poly(teeth), C('#f5ece2')))
        lteeth = clip([(420, 546), (500, 546), (500, 580), (420, 580)], mouthP)
        if lteeth: o.append('<path d="%s" fill="%s" opacity="0.85"/>' % (poly(lteeth), C('#e8ddd0')))
        o.append('<path d="%s" fill="none" stroke="%s" stroke-width="4" stroke-linejoin="round"/>' % (poly(mouthP), lip))
        o.append('<path d="M440 578 Q462 586 482 574" fill="none" stroke="%s" stroke-width="4" stroke-linecap="round" opacity="0.4"/>' % skin_dd)
        # clenched jaw muscle
        o.append('<path d="M338 486 C346 506 356 520 370 530" fill="none" stroke="%s" stroke-width="5" stroke-linecap="round" opacity="0.3"/>' % skin_dd)
    else:
        o.append('<path d="M436 %d Q460 %d 486 %d" fill="none" stroke="%s" stroke-width="5" stroke-linecap="round"/>' % (528+fy, 526+fy, 530+fy, lip))
        o.append('<path d="M448 %d Q462 %d 474 %d" fill="none" stroke="%s" stroke-width="4" stroke-linecap="round" opacity="0.25"/>' % (544+fy, 547+fy, 544+fy, skin_dd))
    if shut:
        o.append('<path d="%s" fill="%s" opacity="0.12"/>' % (face, C('#1a1020')))
        o.append('<path d="M300 360 C330 260 470 230 560 320 C520 300 420 290 300 360Z" fill="%s" opacity="0.18"/>' % C('#1a1020'))
    o.append('</g>')

    # ---- activated: fist clenched round his phone, up by the chest
    if act:
        o.append('<path d="M548 1180 C556 960 572 800 596 708 L680 722 C670 820 664 980 668 1180Z" fill="%s" stroke="%s" stroke-width="4"/>' % (hood_l, hood_d))
        o.append('<path d="M608 780 C604 860 600 960 598 1180" stroke="%s" stroke-width="4" fill="none" opacity="0.5"/>' % hood_d)
        o.append('<path d="M596 708 L680 722" stroke="%s" stroke-width="22" stroke-linecap="round"/>' % hood_d)
        o.append('<g transform="translate(-2 -128)">')
        # phone (behind the fingers)
        o.append('<g transform="rotate(-12 646 760)">')
        o.append('<rect x="604" y="610" width="84" height="160" rx="14" fill="%s"/>' % C('#23262e'))
        o.append('<rect x="611" y="618" width="70" height="144" rx="9" fill="url(#screen)" opacity="0.9"/>')
        o.append('<path d="M618 640 l56 -14" stroke="#ffffff" stroke-width="5" opacity="0.3" stroke-linecap="round"/>')
        o.append('</g>')
        o.append('<path d="M598 760 C596 742 612 734 632 736 L678 740 C700 744 710 764 706 790 C704 816 696 838 670 844 L624 846 C604 842 596 824 596 800Z" fill="%s"/>' % skin_d)
        for i, (yy, w_) in enumerate(((748, 100), (772, 98), (796, 92), (820, 80))):
            x0 = 602 + (100-w_)*0.3
            o.append('<rect x="%s" y="%d" width="%d" height="25" rx="12" fill="%s"/>' % (f(x0), yy, w_, skin))
            o.append('<path d="M%s %d h%d" stroke="%s" stroke-width="3" opacity="0.55" stroke-linecap="round"/>' % (f(x0+10), yy+24, w_-18, skin_dd))
            o.append('<ellipse cx="%s" cy="%d" rx="9" ry="5" fill="%s" opacity="0.6"/>' % (f(x0+w_-16), yy+9, C('#eab894')))
        o.append('<path d="M594 778 C596 756 616 742 646 740 C666 739 682 744 686 752 C688 760 678 764 666 762 C646 760 626 766 612 784 C606 790 596 788 594 778Z" fill="%s"/>' % skin_l)
        o.append('<path d="M612 784 C626 766 646 760 666 762" fill="none" stroke="%s" stroke-width="3" opacity="0.5" stroke-linecap="round"/>' % skin_dd)
        o.append('<ellipse cx="674" cy="752" rx="9" ry="6" fill="%s" opacity="0.7"/>' % C('#e0ab88'))
        o.append('</g>')
    o.append('</g>')
    o.append('</svg>')
    return '\n'.join(o)


for st in ('regulated', 'activated', 'shutdown', 'crying'):
    s = build(st)
    open(OUT + 'jonah-%s.svg' % st, 'w').write(s + '\n')
    print(st, len(s))
