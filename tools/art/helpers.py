# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Part of Attune's art: writes SVG files into the repository (run from
# anywhere; paths are relative to the repository root). See tools/art/README.md.
import os as _os
ROOT = _os.path.dirname(_os.path.dirname(_os.path.dirname(_os.path.abspath(__file__)))) + "/"
import math, colorsys, sys
IRIS = ["#3e2a1c", "#6b4a2a", "#7a4a30"]

def hx(c):
    c = c.lstrip('#'); return tuple(int(c[i:i+2],16)/255 for i in (0,2,4))
def tohex(t):
    return '#%02x%02x%02x' % tuple(max(0,min(255,round(v*255))) for v in t)

class State:
    def __init__(s, name): s.name = name
    def col(s, c):
        r,g,b = hx(c)
        if s.name == 'shutdown':
            # drain: desaturate ~35%, cool slightly, dim a touch
            h,l,sat = colorsys.rgb_to_hls(r,g,b)
            sat *= 0.6; l = l*0.96
            r,g,b = colorsys.hls_to_rgb(h,l,sat)
            r,g,b = r*0.97, g*0.99, min(1,b*1.04+0.01)
        return tohex((r,g,b))

def f(v): 
    s = ('%.1f' % v).rstrip('0').rstrip('.')
    return '0' if s == '-0' else s
def pts(P): return ' '.join('%s %s' % (f(x), f(y)) for x,y in P)
def poly(P): return 'M' + ' L'.join('%s %s' % (f(x), f(y)) for x,y in P) + 'Z'

def qbez(p0,p1,p2,n=14):
    return [((1-t)**2*p0[0]+2*(1-t)*t*p1[0]+t*t*p2[0],(1-t)**2*p0[1]+2*(1-t)*t*p1[1]+t*t*p2[1]) for t in [i/n for i in range(n+1)]]

def clip(subject, clipper):
    # Sutherland-Hodgman, clipper convex, any orientation
    def area(P): return sum(P[i][0]*P[(i+1)%len(P)][1]-P[(i+1)%len(P)][0]*P[i][1] for i in range(len(P)))
    sgn = 1 if area(clipper) > 0 else -1
    def inside(p,a,b): return sgn*((b[0]-a[0])*(p[1]-a[1])-(b[1]-a[1])*(p[0]-a[0])) >= 0
    def inter(p,q,a,b):
        x1,y1=p;x2,y2=q;x3,y3=a;x4,y4=b
        d=(x1-x2)*(y3-y4)-(y1-y2)*(x3-x4)
        t=((x1-x3)*(y3-y4)-(y1-y3)*(x3-x4))/d
        return (x1+t*(x2-x1),y1+t*(y2-y1))
    out = subject
    for i in range(len(clipper)):
        a,b = clipper[i], clipper[(i+1)%len(clipper)]
        inp, out = out, []
        if not inp: break
        s = inp[-1]
        for e in inp:
            if inside(e,a,b):
                if not inside(s,a,b): out.append(inter(s,e,a,b))
                out.append(e)
            elif inside(s,a,b): out.append(inter(s,e,a,b))
            s = e
    return out

def circle(cx,cy,r,n=28): return [(cx+r*math.cos(2*math.pi*i/n), cy+r*math.sin(2*math.pi*i/n)) for i in range(n)]
def ellipseP(cx,cy,rx,ry,n=28): return [(cx+rx*math.cos(2*math.pi*i/n), cy+ry*math.sin(2*math.pi*i/n)) for i in range(n)]

def puff(cx, cy, r, n, seed=0, wob=0.08):
    # scalloped curly outline
    d = []
    pts_ = []
    for i in range(n):
        a = 2*math.pi*i/n + seed
        rr = r*(1 + wob*math.sin(i*2.3+seed*5))
        pts_.append((cx+rr*math.cos(a), cy+rr*math.sin(a)))
    d.append('M%s %s' % (f(pts_[0][0]), f(pts_[0][1])))
    for i in range(n):
        p = pts_[i]; q = pts_[(i+1)%n]
        mx,my = (p[0]+q[0])/2,(p[1]+q[1])/2
        dx,dy = mx-cx,my-cy; L = math.hypot(dx,dy)
        k = r*0.16
        c = (mx+dx/L*k, my+dy/L*k)
        d.append('Q%s %s %s %s' % (f(c[0]),f(c[1]),f(q[0]),f(q[1])))
    return ''.join(d)+'Z'

def eye(S, cx, cy, w, h_up, h_lo, tilt, lid, look, iris_r, far=False):
    """almond eye. lid: 0 = fully open, 1 = closed (upper lid lowers). look=(dx,dy) of iris."""
    C = S.col
    L = (cx-w/2, cy+tilt); R = (cx+w/2, cy-tilt)
    # upper lid control, lowered by lid amount
    up_ctrl_y = cy - h_up*2*(1-lid) + h_lo*2*lid*0.2
    upper = qbez(L, (cx - w*0.08, up_ctrl_y), R, 16)
    lower = qbez(R, (cx + w*0.05, cy + h_lo*2), L, 16)
    almond = upper + lower[1:-1]
    ic = (cx+look[0], cy+look[1])
    irisP = clip(circle(ic[0], ic[1], iris_r, 32), almond)
    pupP = clip(circle(ic[0], ic[1], iris_r*0.5, 24), almond)
    o = []
    o.append('<path d="%s" fill="%s"/>' % (poly(almond), C('#f3e9df')))
    # white shading under upper lid
    shadeP = clip(ellipseP(cx, up_ctrl_y*0.5+cy*0.5 - 2, w*0.6, h_up*0.9+2), almond)
    if shadeP: o.append('<path d="%s" fill="%s" opacity="0.35"/>' % (poly(shadeP), C('#b99a8a')))
    if irisP: o.append('<path d="%s" fill="%s"/>' % (poly(irisP), C(IRIS[0])))
    inner = clip(circle(ic[0], ic[1]+iris_r*0.25, iris_r*0.7, 24), almond)
    if inner: o.append('<path d="%s" fill="%s" opacity="0.7"/>' % (poly(inner), C(IRIS[1])))
    if pupP: o.append('<path d="%s" fill="#120a07"/>' % poly(pupP))
    # highlight (only if inside almond)
    hl = clip(circle(ic[0]+iris_r*0.32, ic[1]-iris_r*0.35, iris_r*0.24, 14), almond)
    if hl and lid < 0.5: o.append('<path d="%s" fill="#fffaf2"/>' % poly(hl))
    # upper lash line (thick) and lid crease
    ul = upper
    o.append('<path d="M%s Q%s %s %s %s" fill="none" stroke="%s" stroke-width="%s" stroke-linecap="round"/>' % (
        pts([L]), f(cx - w*0.08), f(up_ctrl_y), f(R[0]), f(R[1]), C('#1c110c'), f(6.5 if not far else 5.5)))
    # little lash flick at outer corner
    if far:
        o.append('<path d="M%s %s l8 -5" stroke="%s" stroke-width="4" stroke-linecap="round"/>' % (f(R[0]-2), f(R[1]+1), C('#1c110c')))
    else:
        o.append('<path d="M%s %s l-8 -5" stroke="%s" stroke-width="4" stroke-linecap="round"/>' % (f(L[0]+2), f(L[1]+1), C('#1c110c')))
        o.append('<path d="M%s %s l9 -3" stroke="%s" stroke-width="4" stroke-linecap="round"/>' % (f(R[0]-2), f(R[1]+1), C('#1c110c')))
    # crease above (stays where the open lid would be)
    o.append('<path d="M%s %s Q%s %s %s %s" fill="none" stroke="%s" stroke-width="3" stroke-linecap="round" opacity="%s"/>' % (
        f(L[0]+w*0.14), f(cy+tilt-h_up*0.8), f(cx), f(cy-h_up*2-5), f(R[0]-w*0.1), f(cy-tilt-h_up*1.0), C(IRIS[2]), '0.3' if lid>0.3 else '0.5'))
    # lower lid soft line
    o.append('<path d="M%s %s Q%s %s %s %s" fill="none" stroke="%s" stroke-width="2.5" stroke-linecap="round" opacity="0.45"/>' % (
        f(L[0]+w*0.2), f(cy+h_lo*1.05+tilt*0.4), f(cx+w*0.05), f(cy+h_lo*2+2), f(R[0]-w*0.12), f(cy+h_lo*0.9-tilt*0.4), C(IRIS[2])))
    return '\n'.join(o)


def tear(x0, y0, x1, y1, w=9, bend=6):
    """a tear track from a lower lid (x0, y0) down the cheek to a drop at (x1, y1)"""
    mx, my = (x0 + x1) / 2 + bend, (y0 + y1) / 2
    d = 'M%s %s Q%s %s %s %s' % (f(x0), f(y0), f(mx), f(my), f(x1), f(y1))
    o = ['<path d="%s" fill="none" stroke="#cfe6f2" stroke-width="%s" stroke-linecap="round" opacity="0.55"/>' % (d, f(w)),
         '<path d="%s" fill="none" stroke="#ffffff" stroke-width="%s" stroke-linecap="round" opacity="0.65"/>' % (d, f(w * 0.32)),
         '<ellipse cx="%s" cy="%s" rx="%s" ry="%s" fill="#d8eef8" opacity="0.85"/>' % (f(x1), f(y1 + w * 0.4), f(w * 0.62), f(w * 0.85)),
         '<ellipse cx="%s" cy="%s" rx="%s" ry="%s" fill="#ffffff" opacity="0.9"/>' % (f(x1 - w * 0.18), f(y1 + w * 0.1), f(w * 0.2), f(w * 0.28))]
    return '\n'.join(o)

def wet_lid(x0, y0, xm, ym, x1, y1, w=4):
    """the shine of tears held on a lower lid"""
    return '<path d="M%s %s Q%s %s %s %s" fill="none" stroke="#e8f6fc" stroke-width="%s" stroke-linecap="round" opacity="0.8"/>' % (
        f(x0), f(y0), f(xm), f(ym), f(x1), f(y1), f(w))
