# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Part of Attune's art: writes SVG files into the repository (run from
# anywhere; paths are relative to the repository root). See tools/art/README.md.
import os as _os
ROOT = _os.path.dirname(_os.path.dirname(_os.path.dirname(_os.path.abspath(__file__)))) + "/"
#!/usr/bin/env python3
"""Generate Nadia and Walter portraits (3 states each) for Attune.
Drawn in the same internal coordinate system as Maya (wrapped in
matrix(0.9 0 0 0.9 40 -59)) so scale and placement match the existing art."""
import math, re, sys

OUT = ROOT + 'scripts/stories'

def f(v):
    s = ('%.1f' % v)
    return s[:-2] if s.endswith('.0') else s

def pts(p):
    return ' '.join('%s %s' % (f(x), f(y)) for x, y in p)

def poly(p, **a):
    d = 'M' + ' L'.join('%s %s' % (f(x), f(y)) for x, y in p) + 'Z'
    return path(d, **a)

def attrs(a):
    out = []
    for k, v in a.items():
        k = k.replace('_', '-')
        out.append('%s="%s"' % (k, v))
    return ' '.join(out)

def path(d, **a):
    return '<path d="%s" %s/>' % (d, attrs(a))

def line(d, color, w, op=1, cap='round'):
    a = dict(fill='none', stroke=color, stroke_width=w, stroke_linecap=cap)
    if d.count(' L') > 1 or d.count('L') > 1: a['stroke_linejoin'] = 'round'
    if op != 1: a['opacity'] = op
    return path(d, **a)

def circ(cx, cy, r, **a):
    return '<circle cx="%s" cy="%s" r="%s" %s/>' % (f(cx), f(cy), f(r), attrs(a))

def soft(cx, cy, rx, ry, gid, rot=0):
    """radial-gradient blob: unit circle stretched by a transform (nanosvg-safe)"""
    t = 'translate(%s %s) rotate(%s) scale(%s %s)' % (f(cx), f(cy), f(rot), f(rx), f(ry))
    return '<circle cx="0" cy="0" r="1" fill="url(#%s)" transform="%s"/>' % (gid, t)

def mix(c1, c2, t):
    a = [int(c1[i:i+2], 16) for i in (1, 3, 5)]
    b = [int(c2[i:i+2], 16) for i in (1, 3, 5)]
    return '#%02x%02x%02x' % tuple(round(a[i] + (b[i]-a[i])*t) for i in range(3))

# ---------------------------------------------------------------- eyes
def eye(cx, cy, w, h, st, C, far=False, look=(0, 0)):
    """Almond eye. st: soft|wide|down|narrow|tight. Returns svg string."""
    out = []
    hw = w / 2
    up_h = {'soft': h*0.78, 'wide': h*1.3, 'down': h*0.30, 'narrow': h*0.46, 'tight': h*0.62}[st]
    lo_h = {'soft': h*0.42, 'wide': h*0.52, 'down': h*0.30, 'narrow': h*0.30, 'tight': h*0.30}[st]
    tilt = -h*0.12  # outer corner (right for near eye... both eyes: outer = away from nose)
    N = 16
    def upper(x):
        t = max(-1.0, min(1.0, (x - cx) / hw))
        return cy - up_h * (1 - t*t) ** 0.85 + tilt * t * 0.5
    def lower(x):
        t = max(-1.0, min(1.0, (x - cx) / hw))
        return cy + lo_h * (1 - t*t) ** 1.1 + tilt * t * 0.5
    xs = [cx - hw + w * i / N for i in range(N + 1)]
    almond = [(x, upper(x)) for x in xs] + [(x, lower(x)) for x in reversed(xs)]
    out.append(poly(almond, fill=C['white']))
    # iris / pupil clipped to almond analytically
    ir = (h * 0.58 if not far else h * 0.55) * (0.82 if st == 'wide' else 1)
    ix = cx + look[0] + (w * 0.06)
    iy = cy + look[1] + (up_h - lo_h) * -0.15
    if st == 'down':
        iy = cy + h * 0.35
    def clipped_circle(x0, y0, r, col, op=None):
        M = 18
        xs2 = [x0 - r + 2*r*i/M for i in range(M+1)]
        top, bot = [], []
        for x in xs2:
            if x <= cx - hw or x >= cx + hw: continue
            dy = math.sqrt(max(0, r*r - (x-x0)**2))
            a, b = max(y0 - dy, upper(x)), min(y0 + dy, lower(x))
            if b > a:
                top.append((x, a)); bot.append((x, b))
        if len(top) < 2: return ''
        kw = dict(fill=col)
        if op: kw['opacity'] = op
        return poly(top + bot[::-1], **kw)
    out.append(clipped_circle(ix, iy, ir, C['iris_dark']))
    out.append(clipped_circle(ix, iy, ir*0.78, C['iris']))
    out.append(clipped_circle(ix, iy, ir*0.42, '#140c08'))
    # lid shadow on the white
    sh = [(x, upper(x)) for x in xs] + [(x, upper(x) + h*0.22*(1-((x-cx)/hw)**2)) for x in reversed(xs)]
    out.append(poly(sh, fill=C['lidshade'], opacity='0.35'))
    if st != 'down':
        out.append(circ(ix + ir*0.35, iy - ir*0.38, max(1.6, ir*0.2), fill='#fffaf2'))
    # upper lid line (lash line)
    ul = 'M' + ' L'.join('%s %s' % (f(x), f(upper(x))) for x in xs)
    out.append(line(ul, C['lash'], 5.5 if not far else 4.8))
    if C.get('lashes'):
        ox = cx + hw if not far else cx + hw
        out.append(line('M%s %s l%s %s' % (f(ox - 1), f(upper(ox - 1)), 8, -5 if st != 'down' else 5), C['lash'], 3.5))
    # crease
    k = {'soft': 1.0, 'wide': 1.25, 'down': 0.6, 'narrow': 0.7, 'tight': 0.9}[st]
    cr = 'M%s %s Q%s %s %s %s' % (f(cx - hw*0.8), f(upper(cx - hw*0.8) - 5), f(cx), f(cy - up_h - h*0.55*k - 2), f(cx + hw*0.85), f(upper(cx + hw*0.85) - 6))
    out.append(line(cr, C['crease'], 3, 0.5))
    # lower lid
    ll = 'M%s %s Q%s %s %s %s' % (f(cx - hw*0.7), f(lower(cx - hw*0.7) + 2), f(cx), f(cy + lo_h*1.7 + 3), f(cx + hw*0.75), f(lower(cx + hw*0.75) + 2))
    out.append(line(ll, C['crease'], 2.5, 0.45))
    if C.get('bags'):
        bl = 'M%s %s Q%s %s %s %s' % (f(cx - hw*0.6), f(cy + lo_h + 10), f(cx), f(cy + lo_h + 20), f(cx + hw*0.7), f(cy + lo_h + 8))
        out.append(line(bl, C['crease'], 2.5, 0.35))
    return ''.join(out)

# ---------------------------------------------------------------- hands
def finger(x0, y0, ang, L, w, curl, C, ring=False):
    """one finger as two capsules; returns svg + tip"""
    a1 = math.radians(ang)
    x1, y1 = x0 + math.cos(a1)*L*0.56, y0 + math.sin(a1)*L*0.56
    a2 = math.radians(ang + curl)
    x2, y2 = x1 + math.cos(a2)*L*0.44, y1 + math.sin(a2)*L*0.44
    d = 'M%s %s L%s %s L%s %s' % (f(x0), f(y0), f(x1), f(y1), f(x2), f(y2))
    s = line(d, C['skin_line'], w + 4) + line(d, C['hand'], w)
    s += line('M%s %s L%s %s' % (f(x0+math.cos(a1)*4), f(y0 + math.sin(a1)*4 - w*0.18), f(x1), f(y1 - w*0.18)), C['hand_hi'], w*0.3, 0.5)
    # knuckle crease
    s += line('M%s %s l%s %s' % (f(x1 - math.sin(a1)*w*0.3), f(y1 + math.cos(a1)*w*0.3), f(math.sin(a1)*w*0.6), f(-math.cos(a1)*w*0.6)), C['skin_line'], 1.8, 0.45)
    if ring:
        rx, ry = x0 + math.cos(a1)*L*0.30, y0 + math.sin(a1)*L*0.30
        nx, ny = -math.sin(a1), math.cos(a1)
        hw = w/2 + 2.5
        rd = 'M%s %s L%s %s' % (f(rx - nx*hw), f(ry - ny*hw), f(rx + nx*hw), f(ry + ny*hw))
        s += line(rd, '#6c7276', 8) + line(rd, '#d4d9dc', 5.5) + circ(rx - nx*hw*0.4, ry - ny*hw*0.4, 1.8, fill='#ffffff')
    return s, (x2, y2)

def hand(x, y, rot, sc, C, curls=(20, 20, 20, 20), spread=8, thumb=(-50, 38, 10), flip=False, ring=None, fw=15, back=True):
    """hand with wrist at (x,y), pointing along rot degrees. Local: +x to fingers, thumb on -y side."""
    g = []
    # palm
    palm = 'M0 -20 C18 -26 44 -30 60 -27 C70 -14 72 12 64 27 C44 30 20 26 0 20 Z'
    g.append(path(palm, fill=C['hand'], stroke=C['skin_line'], stroke_width=3, stroke_linejoin='round'))
    g.append(path('M10 -14 C26 -20 44 -22 56 -20', fill='none', stroke=C['hand_hi'], stroke_width=5, stroke_linecap='round', opacity='0.45'))
    # thumb (drawn first if behind)
    ta, tl, tc = thumb
    tx, ty = 16, -18
    a = math.radians(ta)
    x1, y1 = tx + math.cos(a)*tl*0.55, ty + math.sin(a)*tl*0.55
    a2 = math.radians(ta + tc)
    x2, y2 = x1 + math.cos(a2)*tl*0.45, y1 + math.sin(a2)*tl*0.45
    td = 'M%s %s L%s %s L%s %s' % (f(tx), f(ty), f(x1), f(y1), f(x2), f(y2))
    thumb_svg = line(td, C['skin_line'], fw + 6) + line(td, C['hand'], fw + 2)
    g.append(thumb_svg)
    offs = [-19, -6.5, 6.5, 18]
    lens = [50, 55, 51, 40]
    for i in range(4):
        ang = (i - 1.5) * spread / 1.5 * 0.6
        s, _ = finger(58, offs[i], ang, lens[i], fw - (i == 3)*2, curls[i], C, ring=(ring == i))
        g.append(s)
    # knuckle dots
    for i in range(4):
        g.append(circ(60, offs[i], 3, fill=C['hand_hi'], opacity='0.5'))
    t = 'translate(%s %s) rotate(%s) scale(%s %s)' % (f(x), f(y), f(rot), f(sc), f(-sc if flip else sc))
    return '<g transform="%s">%s</g>' % (t, ''.join(g))

def sleeve(d, C):
    return path(d, fill=C['sleeve'], stroke=C['sleeve_line'], stroke_width=4, stroke_linejoin='round')

def cuff(x, y, rot, w, h, C):
    t = 'translate(%s %s) rotate(%s)' % (f(x), f(y), f(rot))
    s = '<g transform="%s">' % t
    s += '<rect x="%s" y="%s" width="%s" height="%s" rx="10" fill="%s" stroke="%s" stroke-width="3"/>' % (f(-h), f(-w/2), f(h), f(w), C['cuff'], C['sleeve_line'])
    for i in range(1, 6):
        yy = -w/2 + w*i/6
        s += line('M%s %s L%s %s' % (f(-h + 4), f(yy), f(-4), f(yy)), C['sleeve_line'], 2, 0.35)
    return s + '</g>'

# ---------------------------------------------------------------- palettes
NADIA = dict(
    skin='#c99a72', skin_hi='#dcb08a', skin_lo='#9c7050', skin_line='#7d5538', hand='#c69670', hand_hi='#e2bb95',
    white='#f6efe6', iris='#5a3a22', iris_dark='#2e1c10', lash='#1f1410', crease='#7d5538', lidshade='#8a6044',
    hair='#2a1c16', hair_hi='#4e3528', hair_lo='#1a110d', brow='#2a1a12', lip='#b06a5c', lip_dark='#6e3a30',
    top1='#4d5e6e', top2='#647889', top3='#3a4856', topline='#2c3844',
    jum1='#8aa58a', jum2='#a3bca0', jum3='#6c876d', jumline='#4f6a54',
    sleeve='#4d5e6e', sleeve_line='#2c3844', cuff='#8aa58a', lashes=True, blush='#d0705a')
WALTER = dict(
    skin='#e6bea4', skin_hi='#f3d4bf', skin_lo='#bf8f76', skin_line='#93644f', hand='#e2b89d', hand_hi='#f6d9c6',
    white='#f3ece4', iris='#5f7f93', iris_dark='#2f4452', lash='#5a3e32', crease='#93644f', lidshade='#a87a64',
    hair='#e9e5de', hair_hi='#fbfaf6', hair_lo='#b9b3aa', brow='#d7d1c6', brow_lo='#8f877c', lip='#c07f72', lip_dark='#7a4438',
    top1='#8a6a48', top2='#a4825c', top3='#6a5036', topline='#4e3a28',
    sleeve='#94734f', sleeve_line='#4e3a28', cuff='#8a6a48', bags=True, blush='#d86a56',
    shirt='#b9c7cf', shirt_line='#5d7486', shirt_line2='#a4553f', cap='#8e8470', cap_hi='#b3a88f', cap_lo='#5c5446')

def defs(C, st):
    return ('<defs>'
      '<radialGradient id="face" cx="62%%" cy="36%%" r="72%%" fx="66%%" fy="34%%"><stop offset="0%%" stop-color="%(skin_hi)s"/><stop offset="55%%" stop-color="%(skin)s"/><stop offset="100%%" stop-color="%(skin_lo)s"/></radialGradient>'
      '<linearGradient id="neck" x1="0%%" y1="0%%" x2="100%%" y2="0%%"><stop offset="0%%" stop-color="%(skin_lo)s"/><stop offset="70%%" stop-color="%(skin)s"/><stop offset="100%%" stop-color="%(skin_hi)s"/></linearGradient>'
      '<linearGradient id="top" x1="0%%" y1="0%%" x2="100%%" y2="0%%"><stop offset="0%%" stop-color="%(top3)s"/><stop offset="45%%" stop-color="%(top1)s"/><stop offset="80%%" stop-color="%(top2)s"/><stop offset="100%%" stop-color="%(top1)s"/></linearGradient>'
      '<linearGradient id="hairg" x1="0%%" y1="0%%" x2="100%%" y2="100%%"><stop offset="0%%" stop-color="%(hair_lo)s"/><stop offset="60%%" stop-color="%(hair)s"/><stop offset="100%%" stop-color="%(hair_hi)s"/></linearGradient>'
      '<radialGradient id="blush" cx="50%%" cy="50%%" r="50%%"><stop offset="0%%" stop-color="%(blush)s" stop-opacity="0.42"/><stop offset="100%%" stop-color="%(blush)s" stop-opacity="0"/></radialGradient>'
      '<radialGradient id="blushs" cx="50%%" cy="50%%" r="50%%"><stop offset="0%%" stop-color="%(blush)s" stop-opacity="0.16"/><stop offset="100%%" stop-color="%(blush)s" stop-opacity="0"/></radialGradient>'
      '<radialGradient id="shade" cx="50%%" cy="50%%" r="50%%"><stop offset="0%%" stop-color="#000" stop-opacity="0.25"/><stop offset="100%%" stop-color="#000" stop-opacity="0"/></radialGradient>'
      '<linearGradient id="jaw" x1="0%%" y1="0%%" x2="0%%" y2="100%%"><stop offset="0%%" stop-color="%(skin_line)s" stop-opacity="0.7"/><stop offset="100%%" stop-color="%(skin_line)s" stop-opacity="0"/></linearGradient>'
      '</defs>') % C

FACE_N = 'M400 172 C320 174 270 236 266 322 C262 400 274 460 312 510 C348 552 394 572 438 566 C498 556 538 506 550 444 C560 390 560 320 540 266 C518 208 468 170 400 172Z'
FACE_W = 'M398 168 C316 170 266 232 262 322 C258 404 268 462 304 514 C340 562 392 580 440 574 C502 566 542 514 552 450 C562 392 562 320 542 262 C520 204 470 166 398 168Z'

S = {  # state geometry
 'regulated': dict(sh=0, nar=0, hrot=0, hdy=0, fdy=0, eye='soft', brow='relax', mouth='smile', flush=0, drain=0),
 'activated': dict(sh=-30, nar=-6, hrot=-2, hdy=-6, fdy=0, eye='wide', brow='raise', mouth='tight', flush=1, drain=0),
 'shutdown':  dict(sh=18, nar=26, hrot=8, hdy=26, fdy=10, eye='down', brow='flat', mouth='flat', flush=0, drain=0.38),
 # crying: head bowed a little, sad brows, eyes lowered and brimming, tear tracks, the mouth pulled down
 'crying':    dict(sh=8, nar=10, hrot=5, hdy=14, fdy=4, eye='narrow', brow='sad', mouth='cry', flush=1, drain=0, tears=True),
}

def body(C, s, who):
    sh, nar = s['sh'], s['nar']
    L, R = 96 + nar, 716 - nar
    d = ('M%d 1180 C%d 820 %d 740 %d %d C%d %d %d %d 348 %d L472 %d C%d %d %d %d %d %d C%d 740 %d 820 %d 1180Z' % (
        L, L+4, L+40, L+120, 718+sh, L+190, 704+sh, 330, 676+sh, 654+sh*0.6, 654+sh*0.6, 490, 676+sh, R-190, 704+sh, R-120, 718+sh, R-40, R-4, R))
    out = [path(d, fill='url(#top)')]
    # shoulder shading / seam lines
    out.append(line('M%d %d C%d %d %d %d %d %d' % (L+120, 722+sh, L+100, 800, L+92, 880, L+94, 980), C['topline'], 4, 0.4))
    out.append(line('M%d %d C%d %d %d %d %d %d' % (R-120, 722+sh, R-100, 800, R-92, 880, R-94, 980), C['topline'], 4, 0.4))
    out.append(line('M%d %d C%d %d %d %d' % (500, 684+sh, 560, 706+sh, 610, 716+sh), C['top2'], 6, 0.35))
    return ''.join(out), d

def neck(C, s, who='nadia'):
    sh = s['sh']
    if who == 'walter':
        n = 'M338 470 C344 570 338 640 326 %d C366 %d 446 %d 488 %d C474 640 470 570 474 470 Z' % (666+sh*0.6, 704+sh*0.6, 704+sh*0.6, 666+sh*0.6)
        return (path(n, fill='url(#neck)') + path('M340 540 C370 572 420 586 472 566 L472 620 C420 640 370 628 340 606 Z', fill='url(#jaw)')
                + line('M430 590 C436 610 436 630 430 650', C['skin_line'], 3, 0.35) + line('M370 600 C380 630 378 650 372 668', C['skin_line'], 3, 0.3))
    n = 'M352 480 C356 570 352 640 340 %d C372 %d 440 %d 474 %d C462 640 458 570 460 480 Z' % (666+sh*0.6, 700+sh*0.6, 700+sh*0.6, 666+sh*0.6)
    return path(n, fill='url(#neck)') + path('M350 540 C375 570 420 584 462 566 L462 620 C420 640 375 628 350 606 Z', fill='url(#jaw)')

def mouth(C, cx, cy, kind):
    o = []
    if kind == 'smile':
        o.append(path('M%s %s Q%s %s %s %s Q%s %s %s %s Z' % (f(cx-34), f(cy-2), f(cx), f(cy+6), f(cx+30), f(cy-6), f(cx+2), f(cy+20), f(cx-34), f(cy-2)), fill=C['lip'], opacity='0.75'))
        o.append(line('M%s %s Q%s %s %s %s' % (f(cx-36), f(cy-4), f(cx-2), f(cy+6), f(cx+32), f(cy-8)), C['lip_dark'], 4.5))
        o.append(line('M%s %s q-5 -2 -7 2' % (f(cx-34), f(cy-3)), C['lip_dark'], 3, 0.6))
        o.append(line('M%s %s Q%s %s %s %s' % (f(cx-14), f(cy+24), f(cx), f(cy+28), f(cx+14), f(cy+22)), C['skin_line'], 3, 0.35))
    elif kind == 'tight':
        # wide, stretched, teeth showing: a smile that doesn't reach the eyes
        up = 'M%s %s Q%s %s %s %s' % (f(cx-50), f(cy-10), f(cx), f(cy+0), f(cx+40), f(cy-14))
        lo = 'Q%s %s %s %s' % (f(cx+2), f(cy+22), f(cx-50), f(cy-10))
        o.append(path(up + ' ' + lo + 'Z', fill='#3c1a16'))
        o.append(path(up + ' Q%s %s %s %s Z' % (f(cx), f(cy+8), f(cx-42), f(cy-8)), fill='#f4ece2'))
        o.append(line(up + ' ' + lo, C['lip_dark'], 3.5))
        o.append(line('M%s %s l-7 -4 M%s %s l6 -4' % (f(cx-50), f(cy-10), f(cx+40), f(cy-14)), C['lip_dark'], 3, 0.7))
        o.append(line('M%s %s q-10 10 -6 26' % (f(cx-56), f(cy-16)), C['skin_line'], 3, 0.35))
    elif kind == 'clench':
        # jaw set: lips pressed, corners pulled down, bunched chin
        o.append(path('M%s %s Q%s %s %s %s Q%s %s %s %s Z' % (f(cx-34), f(cy+4), f(cx), f(cy-6), f(cx+30), f(cy+2), f(cx), f(cy+6), f(cx-34), f(cy+4)), fill=C['lip'], opacity='0.8'))
        o.append(line('M%s %s Q%s %s %s %s' % (f(cx-36), f(cy+8), f(cx), f(cy-4), f(cx+32), f(cy+6)), C['lip_dark'], 5.5))
        o.append(line('M%s %s q-6 4 -8 10 M%s %s q6 4 6 10' % (f(cx-36), f(cy+8), f(cx+32), f(cy+6)), C['skin_line'], 3.5, 0.55))
        o.append(line('M%s %s Q%s %s %s %s' % (f(cx-18), f(cy+30), f(cx), f(cy+24), f(cx+16), f(cy+28)), C['skin_line'], 3.5, 0.5))
    elif kind == 'wry':
        o.append(path('M%s %s Q%s %s %s %s Q%s %s %s %s Z' % (f(cx-32), f(cy+2), f(cx), f(cy+4), f(cx+30), f(cy-6), f(cx), f(cy+16), f(cx-32), f(cy+2)), fill=C['lip'], opacity='0.7'))
        o.append(line('M%s %s Q%s %s %s %s' % (f(cx-34), f(cy+2), f(cx), f(cy+6), f(cx+32), f(cy-8)), C['lip_dark'], 4.5))
        o.append(line('M%s %s q6 -2 8 -8' % (f(cx+30), f(cy-6)), C['skin_line'], 3, 0.55))
    elif kind == 'cry':
        # lips parted and pulled down at the corners, the chin bunched
        o.append(path('M%s %s Q%s %s %s %s Q%s %s %s %s Z' % (f(cx-32), f(cy+10), f(cx), f(cy-8), f(cx+28), f(cy+8), f(cx), f(cy+20), f(cx-32), f(cy+10)), fill='#3c1a16'))
        o.append(line('M%s %s Q%s %s %s %s Q%s %s %s %s' % (f(cx-32), f(cy+10), f(cx), f(cy-8), f(cx+28), f(cy+8), f(cx), f(cy+20), f(cx-32), f(cy+10)), C['lip_dark'], 4))
        o.append(line('M%s %s q-6 6 -7 12 M%s %s q6 6 6 12' % (f(cx-32), f(cy+10), f(cx+28), f(cy+8)), C['skin_line'], 3, 0.5))
        o.append(line('M%s %s Q%s %s %s %s' % (f(cx-16), f(cy+40), f(cx), f(cy+32), f(cx+14), f(cy+38)), C['skin_line'], 3.5, 0.45))
    else:  # flat
        o.append(path('M%s %s Q%s %s %s %s Q%s %s %s %s Z' % (f(cx-30), f(cy+2), f(cx), f(cy-1), f(cx+26), f(cy+2), f(cx), f(cy+12), f(cx-30), f(cy+2)), fill=C['lip'], opacity='0.55'))
        o.append(line('M%s %s Q%s %s %s %s' % (f(cx-32), f(cy+3), f(cx), f(cy), f(cx+28), f(cy+4)), C['lip_dark'], 4))
        o.append(line('M%s %s Q%s %s %s %s' % (f(cx-12), f(cy+22), f(cx), f(cy+25), f(cx+12), f(cy+21)), C['skin_line'], 3, 0.3))
    return ''.join(o)

def brows(C, kind, dy, w=12, col=None):
    col = col or C['brow']
    # near brow (left) and far brow (right); inner ends toward x~440
    if kind == 'relax':
        a = 'M320 %s Q360 %s 418 %s' % (f(310+dy), f(294+dy), f(306+dy)); b = 'M462 %s Q500 %s 536 %s' % (f(304+dy), f(292+dy), f(302+dy))
    elif kind == 'raise':
        a = 'M320 %s Q368 %s 424 %s' % (f(304+dy), f(284+dy), f(268+dy)); b = 'M456 %s Q494 %s 536 %s' % (f(266+dy), f(272+dy), f(298+dy))
    elif kind == 'down':
        a = 'M318 %s Q366 %s 428 %s' % (f(296+dy), f(300+dy), f(326+dy)); b = 'M456 %s Q500 %s 538 %s' % (f(324+dy), f(298+dy), f(292+dy))
    elif kind == 'sad':  # inner ends pulled well up and together
        a = 'M322 %s Q370 %s 422 %s' % (f(318+dy), f(312+dy), f(288+dy)); b = 'M458 %s Q498 %s 534 %s' % (f(290+dy), f(304+dy), f(318+dy))
    else:  # flat, inner a touch up (sad)
        a = 'M322 %s Q366 %s 418 %s' % (f(320+dy), f(314+dy), f(314+dy)); b = 'M462 %s Q500 %s 534 %s' % (f(312+dy), f(310+dy), f(318+dy))
    return line(a, col, w) + line(b, col, w - 2)

def face(C, s, who, facepath):
    fdy = s['fdy']
    o = [path(facepath, fill='url(#face)')]
    o.append(path('M300 300 C284 380 292 450 330 506 C298 486 274 440 268 380 C266 340 280 310 300 300Z', fill=C['skin_line'], opacity='0.3'))
    o.append(line('M538 268 C560 318 562 380 554 430 C548 466 534 496 514 520', C['skin_hi'], 5, 0.35))
    o.append(soft(448, 290 + fdy*0.5, 80, 34, 'blushs'))
    # cheeks (always a little warmth; strong when flushed)
    if s['flush']:
        o.append(soft(376, 446+fdy, 50, 30, 'blush')); o.append(soft(520, 440+fdy, 34, 24, 'blush'))
        o.append(soft(470, 300, 90, 30, 'blushs')); o.append(soft(484, 430, 16, 12, 'blush'))
    else:
        o.append(soft(376, 446+fdy, 44, 26, 'blushs')); o.append(soft(520, 440+fdy, 30, 20, 'blushs'))
    # eyes
    ew = 64 if who == 'nadia' else 56
    eh = 19 if who == 'nadia' else 15
    ey = 368 + fdy
    look = (0, 5) if s.get('tears') else (0, 0)
    o.append(eye(376, ey, ew, eh, s['eye'], C, look=look))
    o.append(eye(498, ey - 4, ew*0.82, eh*0.95, s['eye'], C, far=True, look=look))
    if s.get('tears'):
        o.append(line('M%s %s Q%s %s %s %s' % (f(350), f(ey+8), f(378), f(ey+20), f(404), f(ey+6)), '#eaf6fc', 4, 0.8))
        o.append(line('M%s %s Q%s %s %s %s' % (f(476), f(ey+3), f(498), f(ey+13), f(520), f(ey+1)), '#eaf6fc', 3.5, 0.8))
    # brows
    if who == 'walter':
        o.append(brows(C, s['brow'], fdy + 4, w=15, col=C['brow_lo']))
        o.append(brows(C, s['brow'], fdy + 1, w=11))
    else:
        o.append(brows(C, s['brow'], fdy, w=10))
    if s['brow'] == 'down':
        o.append(line('M438 %s q-3 14 1 26 M452 %s q3 12 0 22' % (f(330+fdy), f(328+fdy)), C['skin_line'], 3.5, 0.6))
    if s['brow'] == 'raise':
        o.append(line('M372 %s Q420 %s 470 %s' % (f(250+fdy), f(242+fdy), f(250+fdy)), C['skin_line'], 2.5, 0.3))
    # nose
    o.append(line('M452 %s C458 %s 470 %s 478 %s' % (f(380+fdy), f(400+fdy), f(424+fdy), f(438+fdy)), C['skin_line'], 10, 0.12))
    o.append(line('M462 %s C470 %s 486 %s 492 %s' % (f(452+fdy), f(462+fdy), f(458+fdy), f(446+fdy)), C['skin_line'], 4.5, 0.8))
    o.append(line('M458 %s q-4 -4 -2 -10' % f(450+fdy), C['skin_line'], 3, 0.45))
    o.append(circ(484, 432 + fdy, 6, fill=C['skin_hi'], opacity='0.45'))
    # mouth
    o.append(mouth(C, 458, 504 + fdy*0.8, s['mouth']))
    if s.get('tears'):
        o.append(circ(482, 436 + fdy, 14, fill=C['blush'], opacity='0.3'))  # a reddened nose
        o.append(tear_track(370, ey + 16, 360, ey + 100, 9, -6))
        o.append(tear_track(504, ey + 10, 514, ey + 76, 7, 4))
    return ''.join(o)

# ---------------------------------------------------------------- hair
def wavy_band(x0, y0, x1, y1, w0, w1, amp, waves, n=28):
    """a wavy tapered ribbon of hair from (x0,y0) to (x1,y1)"""
    L, R = [], []
    dx, dy = x1 - x0, y1 - y0
    ln = math.hypot(dx, dy); nx, ny = -dy/ln, dx/ln
    for i in range(n + 1):
        t = i / n
        w = w0 + (w1 - w0) * t
        w *= (1 - t**6)
        off = amp * math.sin(t * waves * math.pi * 2)
        cx, cy = x0 + dx*t + nx*off, y0 + dy*t + ny*off
        L.append((cx + nx*w/2, cy + ny*w/2)); R.append((cx - nx*w/2, cy - ny*w/2))
    return L + R[::-1], [(x0 + dx*i/n + nx*amp*math.sin(i/n*waves*math.pi*2), y0 + dy*i/n + ny*amp*math.sin(i/n*waves*math.pi*2)) for i in range(n+1)]

def nadia_hair_back(C):
    o = [path('M318 520 C256 480 232 396 240 306 C250 204 322 146 412 144 C506 142 566 196 578 282 C586 340 574 400 560 440 L520 300 L330 330 Z', fill='url(#hairg)')]
    # loose low tie at the nape, tail drawn over the near shoulder
    band, mid = wavy_band(292, 470, 214, 900, 96, 70, 10, 2.2)
    o.append(poly(band, fill=C['hair']))
    for k, off in enumerate((-22, -6, 12, 26)):
        b2, m2 = wavy_band(292 + off*0.6, 480, 214 + off*0.5, 880 - abs(off)*2, 6, 4, 10, 2.2, n=20)
        o.append(line('M' + ' L'.join('%s %s' % (f(x + off), f(y)) for x, y in m2[1:-3]), C['hair_hi'] if k % 2 else C['hair_lo'], 3.5, 0.55))
    o.append(path('M262 452 C280 438 314 446 322 470 C312 492 282 498 264 484 Z', fill='#a5623c'))  # soft scrunchie, rust
    o.append(line('M270 462 C286 456 304 460 314 472', '#c98257', 3, 0.7))
    return ''.join(o)

def nadia_hair_front(C):
    o = [path('M272 396 C250 300 282 194 372 170 C462 148 552 192 568 292 C574 344 572 404 562 468 C552 424 548 364 534 322 C520 286 494 266 462 262 C424 262 396 252 376 230 C356 262 322 292 304 330 C294 352 288 372 286 398 Z', fill='url(#hairg)')]
    o.append(line('M376 232 C366 210 344 196 318 196', C['hair_lo'], 4, 0.6))  # side part
    for d in ('M384 212 C420 196 470 198 506 220', 'M402 236 C450 230 500 246 530 284', 'M330 220 C310 250 296 290 292 330', 'M548 290 C558 340 560 400 556 450'):
        o.append(line(d, C['hair_hi'], 4, 0.5))
    # loose wavy strands framing the face
    o.append(line('M300 330 C286 370 304 400 292 436 C284 460 296 480 290 500', C['hair'], 7))
    o.append(line('M552 300 C568 350 556 392 570 430 C578 456 566 480 574 500', C['hair'], 6))
    return ''.join(o)

def ear(C, x, y, rx, ry, hoop=False):
    o = [path('M%s %s C%s %s %s %s %s %s C%s %s %s %s %s %s Z' % (
        f(x+rx*0.4), f(y-ry), f(x-rx*1.2), f(y-ry*1.1), f(x-rx*1.2), f(y+ry*0.9), f(x+rx*0.3), f(y+ry),
        f(x+rx*0.9), f(y+ry*0.6), f(x+rx*0.9), f(y-ry*0.6), f(x+rx*0.4), f(y-ry)), fill=C['skin'])]
    o.append(line('M%s %s C%s %s %s %s %s %s' % (f(x), f(y-ry*0.6), f(x-rx*0.8), f(y-ry*0.5), f(x-rx*0.7), f(y+ry*0.4), f(x-rx*0.1), f(y+ry*0.6)), C['skin_line'], 4.5, 0.65))
    if hoop:
        o.append(circ(x - rx*0.1, y + ry + 12, 13, fill='none', stroke='#9a6d1e', stroke_width=5.5))
        o.append(circ(x - rx*0.1, y + ry + 12, 13, fill='none', stroke='#e6bb55', stroke_width=3.2))
    return ''.join(o)

def walter_hair_back(C):
    o = [path('M330 520 C262 490 232 400 240 310 C248 216 310 164 400 160 C470 158 520 190 540 240 L420 300 Z', fill=C['skin'])]  # skull
    o.append(path('M312 522 C256 486 232 404 238 326 C244 236 300 168 392 156 C462 150 516 176 536 214 C496 200 440 198 396 212 C346 230 312 270 300 322 C292 372 298 440 330 516 Z', fill=C['hair']))
    for d in ('M262 300 C254 350 256 420 284 474', 'M276 260 C264 320 266 380 286 440', 'M300 206 C340 180 400 170 460 176', 'M290 234 C320 206 370 190 430 188'):
        o.append(line(d, C['hair_hi'], 4, 0.9))
    for d in ('M250 340 C252 400 262 440 290 480', 'M286 250 C300 226 330 206 370 196'):
        o.append(line(d, C['hair_lo'], 3, 0.6))
    return ''.join(o)

def walter_hair_front(C):
    o = []
    # thin swept top, temples receding
    o.append(path('M266 352 C250 250 300 166 400 158 C480 152 540 190 550 252 C530 230 492 216 446 216 C404 218 362 228 334 252 C314 270 302 300 298 336 C296 360 292 380 288 400 Z', fill=C['hair']))
    o.append(line('M272 330 C268 260 310 190 392 172', C['hair_lo'], 3, 0.45))
    o.append(line('M300 300 C320 250 370 220 440 214', C['hair_hi'], 5, 0.9))
    for d in ('M318 236 C360 206 410 196 460 198', 'M350 222 C390 204 440 198 500 208'):
        o.append(line(d, C['hair_lo'], 2.5, 0.45))
    # sideburn at temple, in front of ear
    o.append(path('M290 300 C304 330 306 380 300 420 L288 418 C284 380 282 340 284 304 Z', fill=C['hair']))
    # wrinkles
    for i, y in enumerate((236, 252, 268)):
        o.append(line('M%d %d Q%d %d %d %d' % (360 + i*6, y, 430, y - 8, 500 - i*4, y + 2), C['skin_line'], 2.5, 0.35))
    o.append(line('M452 466 C430 480 420 500 424 528', C['skin_line'], 3.5, 0.45))  # nasolabial
    o.append(line('M508 460 C520 476 522 496 516 514', C['skin_line'], 3, 0.35))
    o.append(line('M540 360 l14 -6 M542 374 l14 2 M540 388 l12 8', C['skin_line'], 2.2, 0.45))  # crow's feet
    o.append(line('M330 520 C350 548 390 564 430 566', C['skin_line'], 3, 0.25))  # jowl
    return ''.join(o)

# ---------------------------------------------------------------- clothes details
def nadia_top(C, s):
    """sage knitted jumper under an open slate-blue wool coat"""
    sh, nar = s['sh'], s['nar']
    o = []
    top = 654 + sh*0.6
    panel = 'M322 %s C330 %s 420 %s 500 %s C520 800 560 950 600 1180 L220 1180 C260 950 300 800 322 %s Z' % (f(top), f(top+30), f(top+40), f(top), f(top))
    o.append(path(panel, fill=C['jum1']))
    o.append(path('M420 %s C470 %s 500 %s 520 800 C540 900 570 1040 590 1180 L470 1180 C460 1000 440 860 420 %s Z' % (f(top+40), f(top+40), f(top+20), f(top+40)), fill=C['jum2'], opacity='0.35'))
    for x in (330, 370, 410, 450, 490):
        for y in range(int(top) + 70, 1160, 24):
            o.append(line('M%s %s l7 9 l7 -9' % (f(x - 7), f(y)), C['jumline'], 2.2, 0.3))
    nk = 'M338 %s C372 %s 444 %s 480 %s' % (f(top+6), f(top+46), f(top+46), f(top+6))
    o.append(line(nk, C['jum3'], 26))
    o.append(line(nk, C['jum1'], 20))
    for i in range(13):
        t = i / 12.0
        x = 338 + (480-338)*t
        y = top + 6 + 40*4*t*(1-t)*0.95
        o.append(line('M%s %s l0 14' % (f(x), f(y - 8)), C['jumline'], 2, 0.4))
    # coat lapels
    o.append(path('M%s %s C300 %s 296 800 262 1000 L214 1180 L170 1180 C196 960 236 820 252 %s L300 %s Z' % (f(318), f(top-10), f(top+60), f(top+40), f(top+6)), fill=C['top2']))
    o.append(path('M%s %s C530 %s 536 800 574 1000 L610 1180 L654 1180 C626 960 590 820 578 %s L524 %s Z' % (f(504), f(top-10), f(top+60), f(top+40), f(top+6)), fill=C['top1']))
    o.append(line('M318 %s C300 %s 296 800 262 1000 L214 1180' % (f(top-10), f(top+60)), C['topline'], 3, 0.6))
    o.append(line('M504 %s C530 %s 536 800 574 1000 L610 1180' % (f(top-10), f(top+60)), C['topline'], 3, 0.6))
    o.append(circ(598, 1010, 9, fill=C['top3']))
    return ''.join(o)

def walter_top(C, s):
    sh = s['sh']
    o = []
    top = 660 + sh*0.6
    # shirt triangle in the V of the cardigan
    A, B, Cc = (340, top), (482, top), (412, 940)
    o.append(poly([A, B, Cc], fill=C['shirt']))
    # checks: lines clipped to triangle
    def tri_x(y):  # x-range of the triangle at y
        t = (y - top) / (940 - top)
        return A[0] + (Cc[0]-A[0])*t, B[0] + (Cc[0]-B[0])*t
    for k, y in enumerate(range(int(top) + 8, 930, 18)):
        a, b = tri_x(y)
        o.append(line('M%s %s L%s %s' % (f(a+2), f(y), f(b-2), f(y)), C['shirt_line'] if k % 3 else C['shirt_line2'], 3 if k % 3 else 2, 0.55, cap='butt'))
    for x in range(344, 482, 18):
        # vertical: from top to where it meets a side
        yb = top + (940 - top) * min((x - A[0]) / (Cc[0]-A[0]) if x < Cc[0] else 9, (B[0]-x) / (B[0]-Cc[0]) if x > Cc[0] else 9, 1)
        o.append(line('M%s %s L%s %s' % (f(x), f(top+2), f(x), f(yb-2)), C['shirt_line'], 3, 0.45, cap='butt'))
    # collar points
    o.append(poly([(344, top - 14), (414, top + 28), (372, top + 62), (330, top + 4)], fill=C['shirt'], stroke=C['shirt_line'], stroke_width=2.5, stroke_linejoin='round'))
    o.append(poly([(480, top - 14), (414, top + 28), (452, top + 64), (494, top + 4)], fill=C['shirt'], stroke=C['shirt_line'], stroke_width=2.5, stroke_linejoin='round'))
    # cardigan button bands
    o.append(line('M322 %s C344 %s 382 %s 408 960' % (f(top+6), f(top+120), f(top+220)), C['top3'], 26))
    o.append(line('M322 %s C344 %s 382 %s 408 960' % (f(top+6), f(top+120), f(top+220)), C['top2'], 18))
    o.append(line('M500 %s C480 %s 444 %s 420 960' % (f(top+6), f(top+120), f(top+220)), C['top3'], 26))
    o.append(line('M500 %s C480 %s 444 %s 420 960' % (f(top+6), f(top+120), f(top+220)), C['top1'], 18))
    # knit ribs on the cardigan body
    for x in range(150, 700, 34):
        if 300 < x < 530: continue
        o.append(line('M%d %s L%d 1170' % (x, f(760 + sh*0.5), x + (6 if x > 400 else -6)), C['topline'], 2, 0.2))
    # elbow/pocket shapes
    pass
    return ''.join(o)

# ---------------------------------------------------------------- arms, hands, cap
def arm(C, x0, y0, x1, y1, w0, w1):
    dx, dy = x1 - x0, y1 - y0
    ln = math.hypot(dx, dy); nx, ny = -dy/ln, dx/ln
    p = [(x0 + nx*w0/2, y0 + ny*w0/2), (x1 + nx*w1/2, y1 + ny*w1/2), (x1 - nx*w1/2, y1 - ny*w1/2), (x0 - nx*w0/2, y0 - ny*w0/2)]
    return poly(p, fill=C['top3'], stroke=C['sleeve_line'], stroke_width=4, stroke_linejoin='round') + \
        line('M%s %s L%s %s' % (f(x0 + nx*w0*0.25), f(y0 + ny*w0*0.25), f(x1 + nx*w1*0.25), f(y1 + ny*w1*0.25)), C['top2'], 6, 0.35)

def cuffed(C, x0, y0, x1, y1, w0, w1):
    w0, w1 = w0*0.8, w1*0.86
    ang = math.degrees(math.atan2(y1 - y0, x1 - x0))
    return arm(C, x0, y0, x1, y1, w0, w1) + cuff(x1, y1, ang, w1 + 6, 26, C)

def nadia_hands(C, st):
    o = []
    K = 1.22
    if st == 'regulated':
        # resting together at the chest, the ringed right hand over the left
        o.append(cuffed(C, 740, 1180, 556, 756, 130, 84))
        o.append(hand(556, 756, 196, K, C, curls=(24, 28, 30, 34), spread=3, thumb=(-62, 40, 20), flip=True))
        o.append(cuffed(C, 80, 1180, 326, 750, 130, 84))
        o.append(hand(326, 750, -6, K, C, curls=(46, 50, 54, 58), spread=3, thumb=(-58, 44, 24), ring=2))
    elif st == 'activated':
        # raised to the breastbone; the ring on her right hand turned by the other hand
        o.append(cuffed(C, 70, 1180, 250, 730, 130, 84))
        o.append(hand(250, 730, -50, K, C, curls=(-4, -2, 4, 10), spread=12, thumb=(-74, 44, 6), ring=2))
        o.append(cuffed(C, 720, 1180, 450, 760, 130, 84))
        o.append(hand(450, 760, 212, K, C, curls=(-8, 84, 92, 96), spread=3, thumb=(-4, 52, 14), flip=True))
    else:
        # open on her knees, still; mostly below the text box
        o.append(cuffed(C, 720, 1180, 560, 836, 130, 84))
        o.append(hand(560, 836, 176, K, C, curls=(10, 12, 14, 16), spread=6, thumb=(-50, 40, 10), flip=True))
        o.append(cuffed(C, 110, 1180, 300, 842, 130, 84))
        o.append(hand(300, 842, 4, K, C, curls=(10, 12, 14, 16), spread=6, thumb=(-50, 40, 16), ring=2))
    return ''.join(o)

def cap(C, cx, cy, rot, sx, sy, crumple=0):
    """tweed flat cap seen from the front: low wide crown, a stiff peak, herringbone"""
    o = []
    crown = 'M-150 18 C-156 -30 -100 -74 0 -76 C100 -74 156 -30 150 18 C100 30 -100 30 -150 18Z'
    o.append(path(crown, fill=C['cap'], stroke=C['cap_lo'], stroke_width=4, stroke_linejoin='round'))
    o.append(path('M-120 -20 C-100 -52 -50 -66 0 -66 C60 -66 104 -50 122 -24 C80 -40 -60 -42 -120 -20Z', fill=C['cap_hi'], opacity='0.55'))
    # herringbone rows
    for row, y in enumerate(range(-54, 14, 16)):
        half = 150 * (1 - ((y + 20) / 80.0) ** 2) ** 0.5 - 14
        x = -half
        k = 0
        while x < half - 8:
            d = -5 if (k // 1) % 2 else 5
            o.append(line('M%s %s l7 %s' % (f(x), f(y - d/2), d), C['cap_lo'] if (row + k) % 3 else C['cap_hi'], 2, 0.55))
            x += 15; k += 1
    o.append(line('M0 -74 C-4 -40 -2 -10 0 24', C['cap_lo'], 3.5, 0.7))  # centre seam
    o.append(circ(0, -70, 7, fill=C['cap_lo']))
    for k in range(crumple):
        x = -90 + k*60
        o.append(line('M%d -54 C%d -24 %d 0 %d 22' % (x, x + 16, x - 8, x + 10), C['cap_lo'], 6, 0.65))
    # the peak
    o.append(path('M-140 16 C-80 36 80 36 140 16 C120 62 60 76 0 76 C-60 76 -120 62 -140 16Z', fill=C['cap_lo'], stroke='#3a332a', stroke_width=3, stroke_linejoin='round'))
    o.append(path('M-110 34 C-60 48 60 48 110 34 C90 56 50 64 0 64 C-50 64 -90 56 -110 34Z', fill=C['cap'], opacity='0.45'))
    o.append(line('M-128 40 C-90 70 90 70 128 40', C['cap_hi'], 3, 0.8))
    o.append(line('M-140 8 C-80 24 80 24 140 8', '#4a4236', 7, 0.5))
    o.append(line('M-146 18 C-80 34 80 34 146 18', '#3a332a', 3, 0.5))
    t = 'translate(%s %s) rotate(%s) scale(%s %s)' % (f(cx), f(cy), f(rot), f(sx), f(sy))
    return '<g transform="%s">%s</g>' % (t, ''.join(o))

def walter_hands(C, st):
    o = []
    K = 1.25
    if st == 'regulated':
        # cap held loosely at the chest, fingers resting on it
        o.append(cuffed(C, 760, 1180, 600, 752, 140, 90))
        o.append(cuffed(C, 60, 1180, 250, 752, 140, 90))
        o.append(cap(C, 414, 716, -4, 1.12, 1.08))
        o.append(hand(600, 752, 214, K, C, curls=(56, 60, 64, 70), spread=5, thumb=(-40, 44, 10), flip=True, fw=16))
        o.append(hand(250, 752, -30, K, C, curls=(50, 56, 60, 66), spread=5, thumb=(-40, 44, 10), fw=16))
    elif st == 'activated':
        # cap gripped hard and twisted, hands high and close
        o.append(cuffed(C, 740, 1180, 566, 712, 140, 90))
        o.append(cuffed(C, 90, 1180, 286, 716, 140, 90))
        o.append(cap(C, 424, 676, 6, 0.94, 1.2, crumple=4))
        o.append(hand(566, 712, 206, K, C, curls=(104, 108, 110, 112), spread=2, thumb=(-14, 40, 34), flip=True, fw=17))
        o.append(hand(286, 716, -26, K, C, curls=(104, 108, 110, 112), spread=2, thumb=(-14, 40, 34), fw=17))
    else:
        # cap slack, low, hands open and loose
        o.append(cuffed(C, 740, 1180, 610, 856, 140, 90))
        o.append(cuffed(C, 80, 1180, 250, 860, 140, 90))
        o.append(cap(C, 430, 826, 18, 1.12, 1.02))
        o.append(hand(610, 856, 170, K, C, curls=(12, 14, 18, 22), spread=5, thumb=(-44, 44, 6), flip=True, fw=16))
        o.append(hand(250, 860, 8, K, C, curls=(10, 14, 18, 22), spread=5, thumb=(-44, 44, 6), fw=16))
    return ''.join(o)

# ---------------------------------------------------------------- assemble
def tear_track(x0, y0, x1, y1, w=9, bend=6):
    """a tear track from a lower lid down the cheek, ending in a drop"""
    d = 'M%s %s Q%s %s %s %s' % (f(x0), f(y0), f((x0 + x1) / 2 + bend), f((y0 + y1) / 2), f(x1), f(y1))
    return (line(d, '#cfe6f2', w, 0.55) + line(d, '#ffffff', w * 0.32, 0.65)
            + '<ellipse cx="%s" cy="%s" rx="%s" ry="%s" fill="#d8eef8" opacity="0.85"/>' % (f(x1), f(y1 + w*0.4), f(w*0.62), f(w*0.85))
            + circ(x1 - w*0.18, y1 + w*0.1, w*0.22, fill='#ffffff', opacity='0.9'))

def drain(svg, d):
    def rep(m):
        c = m.group(0)
        r, g, b = (int(c[i:i+2], 16) for i in (1, 3, 5))
        y = 0.3*r + 0.59*g + 0.11*b
        grey = '#%02x%02x%02x' % tuple(max(0, min(255, int(v))) for v in (y*0.93, y*0.94, y*0.99))
        return mix(c, grey, d)
    return re.sub(r'#[0-9a-fA-F]{6}', rep, svg)

def person(who, st):
    C = dict(NADIA if who == 'nadia' else WALTER)
    s = dict(S[st])
    if who == 'walter':
        if st == 'regulated': s.update(eye='soft', mouth='wry', brow='relax')
        if st == 'activated': s.update(eye='narrow', mouth='clench', brow='down', hrot=-1, hdy=-4)
        if st == 'shutdown': s.update(drain=0.42, hrot=10, hdy=32)
        if st == 'crying': s.update(hrot=6, hdy=20)
    out = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 1000" width="800" height="1000">', defs(C, st)]
    out.append('<g transform="matrix(0.9 0 0 0.9 40 -59)">')
    b, _ = body(C, s, who)
    out.append(b)
    out.append(nadia_top(C, s) if who == 'nadia' else walter_top(C, s))
    out.append(neck(C, s, who))
    # shadow of the head on the neck/collar
    out.append(soft(420, 650 + s['sh']*0.6, 120, 30, 'shade'))
    hs = (1.06, 1.06) if who == 'nadia' else (1.1, 1.05)
    out.append('<g transform="translate(0 %s) rotate(%s 410 600) translate(410 560) scale(%s %s) translate(-410 -560)">' % (f(s['hdy'] + s['sh']*0.4), f(s['hrot']), hs[0], hs[1]))
    if who == 'nadia':
        out.append(nadia_hair_back(C))
        out.append(ear(C, 276, 410, 24, 36, hoop=True))
        out.append(face(C, s, who, FACE_N))
        out.append(nadia_hair_front(C))
    else:
        out.append(walter_hair_back(C))
        out.append(face(C, s, who, FACE_W))
        out.append(ear(C, 274, 408, 30, 46))
        out.append(walter_hair_front(C))
        if s['flush']:
            out.append(soft(420, 250, 110, 40, 'blushs'))
    out.append('</g>')
    hands = {'crying': 'regulated' if who == 'nadia' else 'shutdown'}.get(st, st)
    out.append(nadia_hands(C, hands) if who == 'nadia' else walter_hands(C, hands))
    out.append('</g></svg>')
    svg = '\n'.join(out)
    if s['drain']:
        svg = drain(svg, s['drain'])
    return svg

if __name__ == '__main__':
    import os
    for who, story in (('nadia', 'safe-here'), ('walter', 'before-you-go')):
        d = os.path.join(OUT, story, 'images'); os.makedirs(d, exist_ok=True)
        for st in ('regulated', 'activated', 'shutdown', 'crying'):
            p = os.path.join(d, '%s-%s.svg' % (who, st))
            open(p, 'w').write(person(who, st))
            print(p, os.path.getsize(p))
