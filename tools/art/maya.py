# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Part of Attune's art: writes SVG files into the repository (run from
# anywhere; paths are relative to the repository root). See tools/art/README.md.
import os as _os
ROOT = _os.path.dirname(_os.path.dirname(_os.path.dirname(_os.path.abspath(__file__)))) + "/"
import helpers
from helpers import *
import random
from types import SimpleNamespace
OUT = ROOT + "scripts/stories/homework-night/images/"

# The people drawn by this script: Maya (homework-night) and, in the same
# house style and body, her brother Theo and Jonah's sister Ivy (im-fine).
WHO = {
    'maya': dict(skin=('#a0623f', '#b8774f', '#7a452b', '#5e321f'), hair=('#241612', '#4a2f24'),
                 card=('#2f7d78', '#225e5a', '#4a9a92'), tee=('#e6b24a', '#c18c2c'), hairdo='puffs',
                 iris=['#4a2a1a', '#6e3f22', '#6a3a26']),
    # Theo, 4: short curls, dinosaur-green pyjamas, smaller and lower in the frame
    'theo': dict(skin=('#a0623f', '#b8774f', '#7a452b', '#5e321f'), hair=('#241612', '#4a2f24'),
                 card=('#5b8f4e', '#45703b', '#79ab6a'), tee=('#f1e5c4', '#d2c29a'), hairdo='crop',
                 iris=['#4a2a1a', '#6e3f22', '#6a3a26'], scale=0.86),
    # Ivy, 9: Jonah's colouring (freckles, straight brown hair in a ponytail), a plum hoodie
    'ivy': dict(skin=('#c48a62', '#dba47c', '#a26a47', '#7c4a30'), hair=('#3a2419', '#6a4a36'),
                card=('#7a4f8c', '#5e3a6e', '#9a72ad'), tee=('#f0c2b8', '#d39c90'), hairdo='ponytail',
                iris=['#4a3020', '#7a5530', '#7c4a30'], freckles=True, scale=0.94),
    # Dylan, 9 (your-fault): fair, sandy crop, a red zip-up top over a grey tee
    'dylan': dict(skin=('#e0b08a', '#efc6a2', '#c08866', '#94634a'), hair=('#8a5a30', '#b3814c'),
                  card=('#a8413a', '#84302b', '#c4615a'), tee=('#c8cbd1', '#a3a7ae'), hairdo='crop',
                  iris=['#3c566a', '#62839a', '#7a5034'], scale=0.95),
}

FACE = 'M405 185 C322 185 266 244 262 330 C258 410 276 470 322 512 C360 546 404 558 446 550 C502 538 545 488 556 426 C564 378 562 316 540 266 C516 212 470 185 405 185Z'

def nose(C, fy, skin_d, skin_dd):
    """the nose: soft bridge shade, tip curve, nostril, tip light (fy: lower when looking down)"""
    o = []
    o.append('<path d="M452 %d C458 %d 466 %d 472 %d" fill="none" stroke="%s" stroke-width="10" stroke-linecap="round" opacity="0.12"/>' % (402+fy, 418+fy, 432+fy, 442+fy, skin_dd))
    o.append('<path d="M466 %d C474 %d 488 %d 493 %d" fill="none" stroke="%s" stroke-width="5" stroke-linecap="round" opacity="0.85"/>' % (454+fy, 462+fy, 460+fy, 448+fy, skin_d))
    o.append('<ellipse cx="474" cy="%d" rx="6" ry="3.5" fill="%s" opacity="0.75"/>' % (455+fy, skin_dd))
    o.append('<ellipse cx="482" cy="%d" rx="8" ry="6" fill="%s" opacity="0.35"/>' % (440+fy, C('#f0b08a')))
    return o

def fist(C, sleeve, sleeve_d, cuff, skin, skin_l, skin_d, skin_dd, pencil=False):
    """a fist up by the chest on the far side, its forearm (in a sleeve) rising from below;
    sleeve None: no forearm (the caller draws its own); cuff: the colour of the band at the wrist,
    or None; pencil: Maya's snapped fox pencil"""
    o = []
    # forearm/sleeve rising from below
    if sleeve:
        o.append('<path d="M540 1180 C550 960 566 800 590 708 L670 722 C660 820 656 980 660 1180Z" fill="%s" stroke="%s" stroke-width="4"/>' % (sleeve, sleeve_d))
        o.append('<path d="M600 780 C596 860 592 960 590 1180" stroke="%s" stroke-width="4" fill="none" opacity="0.5"/>' % sleeve_d)
    if cuff: o.append('<path d="M590 708 L670 722" stroke="%s" stroke-width="18" stroke-linecap="round"/>' % cuff)
    o.append('<g transform="translate(-6 -130)">')
    # Maya's fox pencil (behind fingers): the eraser half, snapped, as
    # the story has it from its first beat; the others make a bare fist
    if pencil:
        o.append('<g transform="rotate(-28 640 790)">')
        brk = 'M628 876 L628 712 L633 700 L638 710 L643 696 L647 708 L650 702 L650 876Z'
        o.append('<path d="%s" fill="%s"/>' % (brk, C('#f2c14e')))
        o.append('<rect x="628" y="712" width="7" height="148" fill="%s" opacity="0.8"/>' % C('#d69a2c'))
        o.append('<path d="M633 700 L638 710 L643 696 L647 708" fill="none" stroke="%s" stroke-width="2" stroke-linejoin="round"/>' % C('#f0d9b5'))
        o.append('<rect x="628" y="844" width="22" height="16" fill="%s"/>' % C('#b8b8b0'))
        o.append('<rect x="628" y="858" width="22" height="18" rx="5" fill="%s"/>' % C('#e88b8b'))
        o.append('</g>')
    # fist: curled fingers as stacked bands, thumb wrapped over
    o.append('<path d="M592 760 C590 742 606 734 626 736 L672 740 C694 744 704 764 700 790 C698 816 690 838 664 844 L618 846 C598 842 590 824 590 800Z" fill="%s"/>' % skin_d)
    for i,(yy,w_) in enumerate(((748,98),(772,96),(796,90),(820,78))):
        x0 = 596 + (98-w_)*0.3
        o.append('<rect x="%s" y="%d" width="%d" height="25" rx="12" fill="%s"/>' % (f(x0), yy, w_, skin))
        o.append('<path d="M%s %d h%d" stroke="%s" stroke-width="3" opacity="0.55" stroke-linecap="round"/>' % (f(x0+10), yy+24, w_-18, skin_dd))
        o.append('<ellipse cx="%s" cy="%d" rx="9" ry="5" fill="%s" opacity="0.5"/>' % (f(x0+w_-16), yy+9, C('#e6ad88')))
    # thumb across the top
    o.append('<path d="M588 778 C590 756 610 742 640 740 C660 739 676 744 680 752 C682 760 672 764 660 762 C640 760 620 766 606 784 C600 790 590 788 588 778Z" fill="%s"/>' % skin_l)
    o.append('<path d="M606 784 C620 766 640 760 660 762" fill="none" stroke="%s" stroke-width="3" opacity="0.5" stroke-linecap="round"/>' % skin_dd)
    o.append('<ellipse cx="668" cy="752" rx="9" ry="6" fill="%s" opacity="0.7"/>' % C('#d9a07e'))
    o.append('</g>')
    return o

def build(state, who='maya'):
    P = WHO[who]
    helpers.IRIS[:] = P['iris']
    S = State(state); C = S.col
    act = state == 'activated'; shut = state == 'shutdown'; cry = state == 'crying'
    # ---- posture parameters
    if 'posture' in P:
        sh_y, neck_y, sh_w, head_dy, head_rot = P['posture'][state]
    elif state == 'regulated':
        sh_y, neck_y, sh_w, head_dy, head_rot = 712, 646, 0, 0, 0
    elif act:
        sh_y, neck_y, sh_w, head_dy, head_rot = 664, 610, 8, -4, 0
    elif cry:
        sh_y, neck_y, sh_w, head_dy, head_rot = 700, 636, -10, 22, 5
    else:
        sh_y, neck_y, sh_w, head_dy, head_rot = 756, 686, -24, 66, 7
    o = []
    o.append('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 1000" width="800" height="1000">')
    skin, skin_l, skin_d, skin_dd = (C(c) for c in P['skin'])
    hair, hair_l = (C(c) for c in P['hair'])
    card, card_d, card_l = (C(c) for c in P['card'])
    tee, tee_d = (C(c) for c in P['tee'])
    cx = 402
    L_sh = 214 - sh_w + P.get('narrow', 0); R_sh = 596 + sh_w - P.get('narrow', 0)
    fy = 14 if shut else 0   # features sit lower when looking down
    face = P.get('face', FACE)
    # another person drawn in this body (siblings.py) brings their own clothes,
    # hair, features and hands: draw(K, stage) gives the elements of each stage
    draw = P.get('draw')
    K = SimpleNamespace(P=P, who=who, state=state, S=S, C=C, act=act, shut=shut, cry=cry,
                        sh_y=sh_y, neck_y=neck_y, sh_w=sh_w, head_dy=head_dy, head_rot=head_rot,
                        L_sh=L_sh, R_sh=R_sh, fy=fy, face=face, skin=skin, skin_l=skin_l, skin_d=skin_d,
                        skin_dd=skin_dd, hair=hair, hair_l=hair_l, card=card, card_d=card_d, card_l=card_l,
                        tee=tee, tee_d=tee_d)
    o.append('<defs>')
    o.append('<radialGradient id="face" cx="62%%" cy="38%%" r="70%%" fx="66%%" fy="36%%"><stop offset="0%%" stop-color="%s"/><stop offset="55%%" stop-color="%s"/><stop offset="100%%" stop-color="%s"/></radialGradient>' % (skin_l, skin, skin_d))
    o.append('<linearGradient id="neck" x1="0%%" y1="0%%" x2="100%%" y2="0%%"><stop offset="0%%" stop-color="%s"/><stop offset="70%%" stop-color="%s"/><stop offset="100%%" stop-color="%s"/></linearGradient>' % (skin_d, skin, skin_l))
    o.append('<linearGradient id="card" x1="0%%" y1="0%%" x2="100%%" y2="0%%"><stop offset="0%%" stop-color="%s"/><stop offset="45%%" stop-color="%s"/><stop offset="80%%" stop-color="%s"/><stop offset="100%%" stop-color="%s"/></linearGradient>' % (card_d, card, card_l, card))
    o.append('<linearGradient id="tee" x1="0%%" y1="0%%" x2="100%%" y2="0%%"><stop offset="0%%" stop-color="%s"/><stop offset="100%%" stop-color="%s"/></linearGradient>' % (tee_d, tee))
    o.append('<radialGradient id="puff" cx="60%%" cy="35%%" r="65%%"><stop offset="0%%" stop-color="%s"/><stop offset="100%%" stop-color="%s"/></radialGradient>' % (hair_l, hair))
    blush_c = C('#d0574a') if act or cry else C('#c8654f')
    blush_o = 0.75 if act or cry else (0.35 if state=='regulated' else 0.0)
    o.append('<radialGradient id="blush" cx="50%%" cy="50%%" r="50%%"><stop offset="0%%" stop-color="%s" stop-opacity="%s"/><stop offset="100%%" stop-color="%s" stop-opacity="0"/></radialGradient>' % (blush_c, f(blush_o), blush_c))
    o.append('<linearGradient id="jaw" x1="0%%" y1="0%%" x2="0%%" y2="100%%"><stop offset="0%%" stop-color="%s" stop-opacity="0.75"/><stop offset="100%%" stop-color="%s" stop-opacity="0"/></linearGradient>' % (skin_dd, skin_dd))
    o.append('<radialGradient id="shade" cx="50%" cy="50%" r="50%"><stop offset="0%" stop-color="#000" stop-opacity="0.28"/><stop offset="100%" stop-color="#000" stop-opacity="0"/></radialGradient>')
    if draw: o += draw(K, 'defs')
    o.append('</defs>')
    # whole figure sits a little small and high so the shoulders stay above the text box
    k = 0.9 * P.get('scale', 1.0)
    o.append('<g transform="matrix(%s 0 0 %s %s %s)">' % (f(k), f(k), f(401.8 - k * 402), f(1003 - k * 1180)))

    # ---- body
    body = ('M%s 1180 C%s %s %s %s %s %s C%s %s %s %s %s %s L%s %s C%s %s %s %s %s %s C%s %s %s %s %s 1180Z' % (
        f(L_sh-92), f(L_sh-90), f(sh_y+90), f(L_sh-60), f(sh_y+12), f(L_sh+10), f(sh_y),
        f(L_sh+70), f(sh_y-10), f(330), f(neck_y+16), f(346), f(neck_y),
        f(462), f(neck_y),
        f(478), f(neck_y+16), f(R_sh-70), f(sh_y-10), f(R_sh-10), f(sh_y),
        f(R_sh+60), f(sh_y+12), f(R_sh+88), f(sh_y+90), f(R_sh+90)))
    o.append('<path d="%s" fill="url(#card)"/>' % body)
    if draw: o += draw(K, 'clothes_under')
    else:
        # tee visible in the open front
        o.append('<path d="M336 %s C370 %s 440 %s 474 %s L488 %s C470 %s 464 %s 462 1180 L372 1180 C368 %s 352 %s 322 %s Z" fill="url(#tee)"/>' % (
            f(neck_y-4), f(neck_y+30), f(neck_y+30), f(neck_y-4), f(neck_y+20), f(neck_y+120), f(neck_y+200),
            f(neck_y+200), f(neck_y+120), f(neck_y+22)))
    # neck (bottom edge follows the crew neck)
    o.append('<path d="M352 %s C356 %s 350 %s 338 %s C372 %s 438 %s 472 %s C460 %s 456 %s 458 %s Z" fill="url(#neck)"/>' % (
        f(470+head_dy), f(560+head_dy), f(neck_y-20), f(neck_y+4), f(neck_y+34), f(neck_y+34), f(neck_y+4), f(neck_y-20), f(560+head_dy), f(470+head_dy)))
    # soft shadow under the jaw
    o.append('<path d="M350 %s C375 %s 420 %s 460 %s L460 %s C420 %s 375 %s 350 %s Z" fill="url(#jaw)"/>' % (
        f(520+head_dy), f(548+head_dy), f(562+head_dy), f(545+head_dy), f(600+head_dy), f(618+head_dy), f(606+head_dy), f(586+head_dy)))
    if draw: o += draw(K, 'clothes_over')
    else:
        # tee crew neck rib
        o.append('<path d="M340 %s C372 %s 438 %s 470 %s" fill="none" stroke="%s" stroke-width="9" stroke-linecap="round"/>' % (
            f(neck_y+4), f(neck_y+34), f(neck_y+34), f(neck_y+4), tee_d))
        # neckline skin dip (collarbone shade)
        o.append('<path d="M350 %s C380 %s 430 %s 462 %s" fill="none" stroke="%s" stroke-width="3" opacity="0.35" stroke-linecap="round"/>' % (
            f(neck_y-6), f(neck_y+16), f(neck_y+16), f(neck_y-6), skin_dd))
        # cardigan front bands (open V)
        bandL = 'M%s %s C%s %s %s %s %s 1180' % (f(318), f(neck_y+14), f(340), f(neck_y+90), f(364), f(neck_y+170), f(366))
        bandR = 'M%s %s C%s %s %s %s %s 1180' % (f(492), f(neck_y+14), f(478), f(neck_y+90), f(466), f(neck_y+170), f(466))
        for b in (bandL, bandR):
            o.append('<path d="%s" fill="none" stroke="%s" stroke-width="22" stroke-linecap="round"/>' % (b, card_d))
            o.append('<path d="%s" fill="none" stroke="%s" stroke-width="3" opacity="0.5"/>' % (b, card_l))
        # buttons on right band
        for i,yy in enumerate((neck_y+150, neck_y+230)):
            bx = 470 if i else 472
            o.append('<circle cx="%s" cy="%s" r="8" fill="%s"/><circle cx="%s" cy="%s" r="3" fill="%s"/>' % (f(bx), f(yy), C('#efd9a8'), f(bx-1.5), f(yy-1.5), C('#fff7e6')))
        # knit shoulder seams / sleeve folds
        o.append('<path d="M%s %s C%s %s %s %s %s %s" fill="none" stroke="%s" stroke-width="4" opacity="0.45" stroke-linecap="round"/>' % (
            f(L_sh+14), f(sh_y+6), f(L_sh-14), f(sh_y+70), f(L_sh-22), f(sh_y+150), f(L_sh-20), f(sh_y+240), card_d))
        o.append('<path d="M%s %s C%s %s %s %s %s %s" fill="none" stroke="%s" stroke-width="4" opacity="0.45" stroke-linecap="round"/>' % (
            f(R_sh-14), f(sh_y+6), f(R_sh+14), f(sh_y+70), f(R_sh+22), f(sh_y+150), f(R_sh+20), f(sh_y+240), card_d))
        # top-of-shoulder light
        o.append('<path d="M%s %s C%s %s %s %s %s %s" fill="none" stroke="%s" stroke-width="6" opacity="0.35" stroke-linecap="round"/>' % (
            f(500), f(neck_y+14), f(R_sh-80), f(sh_y-12), f(R_sh-20), f(sh_y-4), f(R_sh+20), f(sh_y+14), card_l))
        if shut:
            # slumped: soft fold across chest
            o.append('<path d="M250 %s C300 %s 340 %s 360 %s" fill="none" stroke="%s" stroke-width="4" opacity="0.4" stroke-linecap="round"/>' % (f(sh_y+80), f(sh_y+100), f(sh_y+110), f(sh_y+104), card_d))
            o.append('<path d="M560 %s C520 %s 490 %s 478 %s" fill="none" stroke="%s" stroke-width="4" opacity="0.4" stroke-linecap="round"/>' % (f(sh_y+80), f(sh_y+100), f(sh_y+110), f(sh_y+104), card_d))

    if draw: o += draw(K, 'behind')
    # ---- head group
    o.append('<g transform="translate(0 %s) rotate(%s 405 560)%s%s">' % (f(head_dy), f(head_rot), ' translate(0 30) scale(1 0.96)' if shut else '', P.get('head_tf', '')))
    hairdo = P.get('hairdo')
    if draw: o += draw(K, 'hair_back')
    else:
        # back hair (behind head, nape)
        o.append('<path d="M340 178 C240 186 206 270 212 360 C216 420 236 458 270 482 C288 462 294 436 290 410 Z" fill="%s"/>' % hair)
        if hairdo == 'puffs':
            # far puff (behind)
            o.append('<path d="%s" fill="url(#puff)"/>' % puff(548, 196, 84, 15, 0.4))
        elif hairdo == 'ponytail':
            # a high ponytail swinging out behind, on the far side
            o.append('<path d="M470 196 C560 150 640 200 630 300 C624 370 590 420 600 470 C560 430 566 360 566 310 C566 262 530 226 470 220 Z" fill="url(#puff)"/>')
            o.append('<path d="M560 190 C610 220 616 280 604 340" fill="none" stroke="%s" stroke-width="4" stroke-linecap="round" opacity="0.5"/>' % hair_l)
    # ear
    o.append('<ellipse cx="266" cy="410" rx="26" ry="36" fill="%s"/>' % skin)
    o.append('<path d="M262 392 C276 388 282 406 276 420 C272 428 266 428 262 422" fill="none" stroke="%s" stroke-width="5" stroke-linecap="round" opacity="0.7"/>' % skin_dd)
    # face
    o.append('<path d="%s" fill="url(#face)"/>' % face)
    # back-of-face shadow (turned away side) 
    o.append('<path d="M300 300 C284 380 292 450 330 506 C298 486 274 440 268 380 C266 340 280 310 300 300Z" fill="%s" opacity="0.35"/>' % skin_dd)
    # cheek plane highlight
    o.append('<ellipse cx="522" cy="436" rx="26" ry="16" fill="%s" opacity="0.18"/>' % C('#e2a07a'))
    o.append('<ellipse cx="440" cy="296" rx="78" ry="34" fill="%s" opacity="0.12"/>' % C('#e2a07a'))
    o.append('<path d="M540 266 C562 316 564 378 556 426 C550 460 536 490 516 512" transform="translate(-5 0)" fill="none" stroke="%s" stroke-width="5" stroke-linecap="round" opacity="0.3"/>' % C('#f3c39c'))
    # blush
    o.append('<circle cx="0" cy="0" r="1" fill="url(#blush)" transform="translate(372 462) scale(46 28)"/>')
    o.append('<circle cx="0" cy="0" r="1" fill="url(#blush)" transform="translate(522 456) scale(32 23)"/>')
    if draw: o += draw(K, 'hair_front')
    else:
        if hairdo == 'crop':
            # short tight curls all over, a rounded cap
            o.append('<path d="M264 380 C236 290 270 180 372 160 C470 142 560 190 566 296 C566 318 562 334 556 344 C548 306 530 282 506 272 C470 258 430 256 398 262 C356 272 318 296 300 332 C292 348 288 364 284 384 C276 388 268 386 264 380 Z" fill="url(#puff)"/>')
            import random
            rnd = random.Random(5)
            for _ in range(26):
                x = rnd.uniform(290, 540); y = rnd.uniform(180, 250) + (abs(x - 410) / 130.0) ** 2 * 60
                o.append('<path d="M%s %s c5 -7 13 -4 12 5" fill="none" stroke="%s" stroke-width="3.5" stroke-linecap="round" opacity="0.7"/>' % (f(x - 6), f(y), hair_l))
        # hair cap with hairline (pulled up into puffs)
        if hairdo != 'crop': o.append('<path d="M266 374 C246 290 282 196 372 176 C456 158 540 196 560 290 C562 306 560 318 556 332 C546 300 528 276 504 266 C470 250 430 248 398 256 C356 266 318 292 300 330 C292 346 288 362 284 382 C276 384 270 380 266 374 Z" fill="%s"/>' % hair)
        # hair texture / strands lifting toward puffs
        for d_ in () if hairdo == 'crop' else ('M318 300 C322 276 318 262 312 252', 'M366 256 C372 236 362 222 350 214', 'M440 246 C462 228 484 222 500 224', 'M392 230 C420 210 450 204 470 206'):
            o.append('<path d="%s" fill="none" stroke="%s" stroke-width="4" stroke-linecap="round" opacity="0.55"/>' % (d_, hair_l))
        # baby hairs at temple
        o.append('<path d="M300 336 c-8 -6 -6 -16 4 -16 M312 312 c-6 -8 0 -16 8 -12" fill="none" stroke="%s" stroke-width="3" stroke-linecap="round"/>' % hair)
        # near puff
        if hairdo == 'puffs': o.append('<path d="%s" fill="url(#puff)"/>' % puff(262, 214, 100, 17, 0.1))
        # curl texture on puffs
        import random
        rnd = random.Random(3)
        for (pcx, pcy, pr) in ((262,214,100),(548,196,84)) if hairdo == 'puffs' else ():
            for k in range(9):
                a = rnd.uniform(0, 2*math.pi); rr = rnd.uniform(0.15, 0.75)*pr
                x = pcx + rr*math.cos(a); y = pcy + rr*math.sin(a)
                o.append('<path d="M%s %s c6 -8 16 -4 14 6" fill="none" stroke="%s" stroke-width="4" stroke-linecap="round" opacity="0.7"/>' % (f(x-7), f(y), hair_l))
        # warm rim on the lit (right) side of the puffs so they hold against dark rooms
        for (pcx,pcy,pr,a0,a1) in ((548,196,86,-75,35),(262,214,102,-70,-20)) if hairdo == 'puffs' else ():
            x0=pcx+pr*math.cos(math.radians(a0)); y0=pcy+pr*math.sin(math.radians(a0))
            x1=pcx+pr*math.cos(math.radians(a1)); y1=pcy+pr*math.sin(math.radians(a1))
            o.append('<path d="M%s %s A%s %s 0 0 1 %s %s" fill="none" stroke="%s" stroke-width="5" stroke-linecap="round" opacity="0.3"/>' % (f(x0),f(y0),pr,pr,f(x1),f(y1),C('#c98a62')))
        # hair ties (mustard bobbles; Ivy's one band is green)
        bob = C('#e0a93a'); bob_d = C('#b27f22')
        if hairdo == 'ponytail':
            o.append('<circle cx="500" cy="214" r="14" fill="%s"/><circle cx="496" cy="209" r="4" fill="%s" opacity="0.6"/>' % (C('#4fa37a'), C('#c8f0d8')))
        if hairdo == 'puffs': o.append('<circle cx="318" cy="282" r="15" fill="%s"/><circle cx="313" cy="277" r="5" fill="%s" opacity="0.6"/>' % (bob, C('#fde7a8')))
        if hairdo == 'puffs':
            o.append('<circle cx="338" cy="268" r="13" fill="%s"/>' % bob_d)
            o.append('<circle cx="510" cy="258" r="13" fill="%s"/><circle cx="506" cy="254" r="4" fill="%s" opacity="0.6"/>' % (bob, C('#fde7a8')))
        if P.get('freckles'):
            rnd = random.Random(7)
            for (cx_, cy_, rx_, ry_, n) in ((380, 446, 40, 16, 8), (462, 428, 12, 7, 3), (522, 438, 16, 11, 4)):
                for _ in range(n):
                    a = rnd.uniform(0, 2*math.pi); rr = math.sqrt(rnd.uniform(0, 1))
                    o.append('<circle cx="%s" cy="%s" r="%s" fill="%s" opacity="0.38"/>' % (f(cx_ + rr*rx_*math.cos(a)), f(cy_ + rr*ry_*math.sin(a)), f(rnd.uniform(2, 3)), C('#8e5636')))

    # ---- features
    if draw: o += draw(K, 'features')
    else:
        # brows
        bw = C('#22140f')
        if state == 'regulated':
            brows = [('M348 %d Q384 %d 420 %d' % (352, 332, 346)), ('M468 %d Q498 %d 530 %d' % (342, 328, 344))]
        elif act:
            brows = ['M346 336 Q384 340 424 364', 'M464 362 Q494 338 534 332']
        elif cry:
            # sad brows: the inner ends pulled up and together
            brows = ['M348 356 Q388 350 422 326', 'M464 326 Q498 340 530 356']
        else:
            brows = ['M350 %d Q386 %d 420 %d' % (372+fy, 360+fy, 350+fy), 'M468 %d Q498 %d 530 %d' % (348+fy, 354+fy, 368+fy)]
        for b,wd in zip(brows,(13,11)):
            o.append('<path d="%s" fill="none" stroke="%s" stroke-width="%d" stroke-linecap="round"/>' % (b, bw, wd))
        if act:
            o.append('<path d="M438 360 q-3 14 1 26 M452 358 q3 12 0 22" fill="none" stroke="%s" stroke-width="3.5" stroke-linecap="round" opacity="0.6"/>' % skin_dd)
        if cry:
            o.append('<path d="M430 318 q10 -8 24 -2 M428 334 q12 -6 26 0" fill="none" stroke="%s" stroke-width="3" stroke-linecap="round" opacity="0.45"/>' % skin_dd)
        # eyes
        if state == 'regulated':
            o.append(eye(S, 384, 398, 74, 15, 11, 1, 0.12, (4, 2), 17))
            o.append(eye(S, 502, 394, 56, 14, 10, -1, 0.12, (3, 2), 15, far=True))
        elif act:
            o.append(eye(S, 384, 396, 78, 20, 12, 3, 0.0, (5, 1), 14))
            o.append(eye(S, 502, 392, 60, 18, 11, 2, 0.0, (5, 1), 12.5, far=True))
        elif cry:
            # squeezed, brimming, looking down and away
            o.append(eye(S, 384, 402, 72, 12, 11, 3, 0.45, (0, 7), 15))
            o.append(eye(S, 502, 398, 54, 11, 10, -3, 0.45, (0, 6), 13, far=True))
            o.append(wet_lid(356, 410, 386, 424, 414, 408))
            o.append(wet_lid(480, 405, 504, 416, 524, 402, 3.5))
        else:
            o.append(eye(S, 384, 402+fy, 74, 15, 10, -2, 0.8, (2, 12), 16))
            o.append(eye(S, 502, 398+fy, 56, 14, 9, 1, 0.8, (2, 11), 14, far=True))
        o += nose(C, fy, skin_d, skin_dd)
        # mouth
        lip = C('#6a2f26'); lipfill = C('#8c4536')
        if state == 'regulated':
            o.append('<path d="M424 500 Q452 520 488 496 Q456 512 424 500Z" fill="%s"/>' % lip)
            o.append('<path d="M424 500 Q452 520 488 496" fill="none" stroke="%s" stroke-width="5" stroke-linecap="round"/>' % lip)
            o.append('<path d="M440 518 Q456 526 472 516" fill="none" stroke="%s" stroke-width="5" stroke-linecap="round" opacity="0.35"/>' % skin_dd)
            o.append('<path d="M420 496 q3 4 6 4" fill="none" stroke="%s" stroke-width="3" stroke-linecap="round" opacity="0.5"/>' % skin_dd)
        elif cry:
            # an open, wobbling mouth, its corners pulled down; a red nose
            o.append('<ellipse cx="480" cy="446" rx="16" ry="11" fill="%s" opacity="0.45"/>' % C('#d0574a'))
            mouthP = qbez((424, 516), (456, 490), (490, 512), 14) + qbez((490, 512), (458, 538), (424, 516), 14)[1:-1]
            o.append('<path d="%s" fill="%s"/>' % (poly(mouthP), C('#3a1410')))
            lteeth = clip([(430, 524), (484, 524), (484, 540), (430, 540)], mouthP)
            if lteeth: o.append('<path d="%s" fill="%s" opacity="0.8"/>' % (poly(lteeth), C('#efe4d8')))
            o.append('<path d="%s" fill="none" stroke="%s" stroke-width="4" stroke-linejoin="round"/>' % (poly(mouthP), lip))
            o.append('<path d="M424 516 q-6 6 -6 12 M490 512 q6 6 6 12" fill="none" stroke="%s" stroke-width="3" stroke-linecap="round" opacity="0.5"/>' % skin_dd)
            o.append('<path d="M440 552 Q456 560 474 550" fill="none" stroke="%s" stroke-width="4" stroke-linecap="round" opacity="0.4"/>' % skin_dd)
            o.append(tear(378, 420, 366, 500, 9, -6))
            o.append(tear(510, 414, 522, 470, 7, 4))
        elif act:
            mouthP = qbez((424, 506), (452, 488), (490, 500), 14) + qbez((490, 500), (470, 540), (428, 512), 14)[1:-1]
            o.append('<path d="%s" fill="%s"/>' % (poly(mouthP), C('#3a1410')))
            teeth = clip([(400, 480), (500, 480), (500, 504), (400, 508)], mouthP)
            if teeth: o.append('<path d="%s" fill="%s"/>' % (poly(teeth), C('#f5ece2')))
            tongue = clip(ellipseP(462, 528, 22, 10), mouthP)
            if tongue: o.append('<path d="%s" fill="%s"/>' % (poly(tongue), C('#b85a50')))
            o.append('<path d="%s" fill="none" stroke="%s" stroke-width="4" stroke-linejoin="round"/>' % (poly(mouthP), lip))
            # chin tension
            o.append('<path d="M436 540 Q456 548 474 538" fill="none" stroke="%s" stroke-width="4" stroke-linecap="round" opacity="0.4"/>' % skin_dd)
        else:
            o.append('<path d="M432 %d Q456 %d 480 %d" fill="none" stroke="%s" stroke-width="5" stroke-linecap="round"/>' % (502+fy, 498+fy, 504+fy, lip))
            o.append('<path d="M444 %d Q458 %d 470 %d" fill="none" stroke="%s" stroke-width="4" stroke-linecap="round" opacity="0.25"/>' % (516+fy, 519+fy, 516+fy, skin_dd))
    if shut:
        # soft shadow over upper face (head bowed, light falls on crown)
        o.append('<path d="%s" fill="%s" opacity="0.10"/>' % (face, C('#1a1020')))
    o.append('</g>')

    if draw: o += draw(K, 'front')
    # ---- activated: a fist up by the chest (Maya's grips her snapped pencil)
    elif act:
        o += fist(C, card_l, card_d, card_d, skin, skin_l, skin_d, skin_dd, who == 'maya')
    o.append('</g>')
    o.append('</svg>')
    return '\n'.join(o)

if __name__ == '__main__':
    for who, out in (('maya', OUT), ('theo', OUT), ('ivy', ROOT + "scripts/stories/im-fine/images/"),
                     ('dylan', ROOT + "scripts/stories/your-fault/images/")):
        for st in ('regulated', 'activated', 'shutdown', 'crying'):
            s = build(st, who)
            open(out + '%s-%s.svg' % (who, st), 'w').write(s + '\n')
            print(who, st, len(s))
