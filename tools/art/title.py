# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Part of Attune's art: writes SVG files into the repository (run from
# anywhere; paths are relative to the repository root). See tools/art/README.md.
import os as _os
ROOT = _os.path.dirname(_os.path.dirname(_os.path.dirname(_os.path.abspath(__file__)))) + "/"
import math
def f(v):
    s=('%.1f'%v).rstrip('0').rstrip('.'); return s
def puff(cx, cy, r, n, seed=0, wob=0.08):
    P=[]
    for i in range(n):
        a=2*math.pi*i/n+seed; rr=r*(1+wob*math.sin(i*2.3+seed*5))
        P.append((cx+rr*math.cos(a), cy+rr*math.sin(a)))
    d=['M%s %s'%(f(P[0][0]),f(P[0][1]))]
    for i in range(n):
        p=P[i]; q=P[(i+1)%n]; mx,my=(p[0]+q[0])/2,(p[1]+q[1])/2
        dx,dy=mx-cx,my-cy; L=math.hypot(dx,dy); k=r*0.18
        d.append('Q%s %s %s %s'%(f(mx+dx/L*k),f(my+dy/L*k),f(q[0]),f(q[1])))
    return ''.join(d)+'Z'
S='''<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1920 1080" width="1920" height="1080">
<defs>
<linearGradient id="sky" x1="0%" y1="0%" x2="0%" y2="100%">
<stop offset="0%" stop-color="#1c2340"/><stop offset="38%" stop-color="#3a3b5a"/><stop offset="62%" stop-color="#6f566c"/><stop offset="80%" stop-color="#9c6766"/><stop offset="100%" stop-color="#7e5254"/>
</linearGradient>
<radialGradient id="sunglow" cx="50%" cy="50%" r="50%">
<stop offset="0%" stop-color="#ffe2a6" stop-opacity="0.95"/><stop offset="14%" stop-color="#f8be7e" stop-opacity="0.75"/><stop offset="42%" stop-color="#dc8e6c" stop-opacity="0.32"/><stop offset="100%" stop-color="#b06a66" stop-opacity="0"/>
</radialGradient>
<radialGradient id="haze" cx="50%" cy="50%" r="50%">
<stop offset="0%" stop-color="#f2b27a" stop-opacity="0.4"/><stop offset="60%" stop-color="#c98878" stop-opacity="0.12"/><stop offset="100%" stop-color="#c98878" stop-opacity="0"/>
</radialGradient>
<linearGradient id="far" x1="0%" y1="0%" x2="0%" y2="100%">
<stop offset="0%" stop-color="#a27078"/><stop offset="100%" stop-color="#7a5566"/>
</linearGradient>
<linearGradient id="mid" x1="0%" y1="0%" x2="0%" y2="100%">
<stop offset="0%" stop-color="#684a5c"/><stop offset="100%" stop-color="#463244"/>
</linearGradient>
<linearGradient id="near" x1="0%" y1="0%" x2="0%" y2="100%">
<stop offset="0%" stop-color="#34242e"/><stop offset="100%" stop-color="#1c141b"/>
</linearGradient>
<linearGradient id="cloud" x1="0%" y1="0%" x2="100%" y2="0%">
<stop offset="0%" stop-color="#f3c08c" stop-opacity="0"/><stop offset="40%" stop-color="#f3c08c" stop-opacity="0.22"/><stop offset="100%" stop-color="#c9909a" stop-opacity="0"/>
</linearGradient>
<radialGradient id="vig" cx="50%" cy="50%" r="50%">
<stop offset="60%" stop-color="#0e0c16" stop-opacity="0"/><stop offset="100%" stop-color="#0e0c16" stop-opacity="0.5"/>
</radialGradient>
</defs>
<rect x="0" y="0" width="1920" height="1080" fill="url(#sky)"/>
<!-- low sun beside the two figures; glows are circles scaled into ellipses -->
<circle cx="0" cy="0" r="600" fill="url(#haze)" transform="translate(760 800) scale(1.7 0.95)"/>
<circle cx="760" cy="800" r="430" fill="url(#sunglow)"/>
<circle cx="760" cy="806" r="84" fill="#ffd99a" opacity="0.85"/>
<circle cx="760" cy="806" r="66" fill="#ffeac2"/>
<!-- a few early stars, upper left only -->
<circle cx="180" cy="120" r="2.5" fill="#f6ecd6" opacity="0.8"/>
<circle cx="330" cy="210" r="1.8" fill="#f6ecd6" opacity="0.6"/>
<circle cx="90" cy="300" r="1.6" fill="#f6ecd6" opacity="0.5"/>
<circle cx="560" cy="96" r="2" fill="#f6ecd6" opacity="0.6"/>
<circle cx="700" cy="240" r="1.5" fill="#f6ecd6" opacity="0.45"/>
<!-- one long thin cloud catching the light -->
<path d="M120 640 C420 616 820 622 1240 636 C1000 652 600 656 120 650 Z" fill="url(#cloud)"/>
<!-- far hills -->
<path d="M0 812 C220 776 420 784 640 800 C900 820 1100 772 1360 780 C1600 788 1760 806 1920 798 L1920 1080 L0 1080 Z" fill="url(#far)" opacity="0.92"/>
<!-- middle hills -->
<path d="M0 876 C260 838 520 866 760 876 C1040 890 1300 844 1560 856 C1720 864 1840 878 1920 872 L1920 1080 L0 1080 Z" fill="url(#mid)"/>
<!-- near hill where they sit -->
<path d="M0 910 C120 860 250 812 420 800 C560 792 680 806 820 852 C1000 910 1400 940 1920 934 L1920 1080 L0 1080 Z" fill="url(#near)"/>
<path d="M470 798 C580 796 690 810 800 846" stroke="#f0aa74" stroke-width="3" fill="none" opacity="0.5" stroke-linecap="round"/>
<path d="M290 818 l6 -18 4 16 M316 812 l4 -14 5 12 M700 812 l5 -16 3 15 M736 822 l4 -12 6 12 M770 834 l3 -12 5 11" stroke="#2a1c24" stroke-width="3" fill="none" stroke-linecap="round"/>
<!-- the two of them, seen from behind, watching the sun go down -->
<g fill="#241821">
<!-- grown-up -->
<path d="M318 812 C316 770 322 730 332 700 C340 676 358 660 384 652 C404 646 422 640 432 632 C438 626 440 620 440 612 L462 612 C464 622 468 630 476 636 C490 644 512 650 530 662 C548 676 554 700 552 730 C550 760 548 790 548 812 Z"/>
<g transform="rotate(9 448 612)">
<ellipse cx="450" cy="574" rx="38" ry="45"/>
<circle cx="444" cy="528" r="19"/>
</g>
<!-- child, head resting toward the grown-up -->
<path d="M544 812 C542 772 548 744 560 726 C570 712 584 706 598 704 L626 704 C640 708 654 720 660 740 C666 762 666 790 664 812 Z"/>
<rect x="596" y="670" width="24" height="40" rx="10" transform="rotate(-14 608 690)"/>
<ellipse cx="600" cy="650" rx="31" ry="35" transform="rotate(-14 600 650)"/>
'''
S+='<path d="%s"/>\n' % puff(576, 606, 25, 13, 0.2)
S+='<path d="%s"/>\n' % puff(628, 600, 23, 12, 0.9)
S+='''</g>
<!-- the grown-up's arm around her shoulders -->
<path d="M512 660 C556 662 606 680 652 712 C660 720 656 730 646 730 C604 712 560 700 516 696 Z" fill="#2c1e28"/>
<!-- rim light where the low sun catches their outlines -->
<g fill="none" stroke="#ffcf94" stroke-linecap="round">
<path d="M470 546 C488 562 492 590 484 612" stroke-width="4" opacity="0.6"/>
<path d="M478 638 C504 648 530 660 544 690" stroke-width="4" opacity="0.5"/>
<path d="M640 584 C652 594 654 612 646 624 M626 650 C632 664 630 678 624 690" stroke-width="3.5" opacity="0.6"/>
<path d="M628 706 C644 712 656 724 662 744" stroke-width="4" opacity="0.55"/>
</g>
<circle cx="0" cy="0" r="1" fill="url(#vig)" transform="translate(960 560) scale(1250 900)"/>
</svg>
'''
open(ROOT + 'assets/images/title.svg','w').write(S)
print(len(S))
