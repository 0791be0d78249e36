# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Part of Attune's art: writes SVG files into the repository (run from
# anywhere; paths are relative to the repository root). See tools/art/README.md.
import os as _os
ROOT = _os.path.dirname(_os.path.dirname(_os.path.dirname(_os.path.abspath(__file__)))) + "/"
OUT = ROOT + "scripts/stories/im-fine/images/jonah-room.svg"
o = []
A = o.append
A('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1920 1080" width="1920" height="1080">')
A('<defs>')
A('<linearGradient id="wall" x1="0%" y1="0%" x2="0%" y2="100%"><stop offset="0%" stop-color="#2a2a3c"/><stop offset="55%" stop-color="#45404f"/><stop offset="100%" stop-color="#4e4450"/></linearGradient>')
A('<radialGradient id="glow" cx="50%" cy="50%" r="50%"><stop offset="0%" stop-color="#ffd49a" stop-opacity="0.85"/><stop offset="30%" stop-color="#eaa872" stop-opacity="0.42"/><stop offset="65%" stop-color="#b97a66" stop-opacity="0.14"/><stop offset="100%" stop-color="#8a5c5c" stop-opacity="0"/></radialGradient>')
A('<linearGradient id="sky" x1="0%" y1="0%" x2="0%" y2="100%"><stop offset="0%" stop-color="#121a36"/><stop offset="70%" stop-color="#27335e"/><stop offset="100%" stop-color="#3f4474"/></linearGradient>')
A('<linearGradient id="frame" x1="0%" y1="0%" x2="100%" y2="0%"><stop offset="0%" stop-color="#3a2c28"/><stop offset="100%" stop-color="#5a4032"/></linearGradient>')
A('<linearGradient id="desk" x1="0%" y1="0%" x2="0%" y2="100%"><stop offset="0%" stop-color="#8a5e40"/><stop offset="12%" stop-color="#6a4632"/><stop offset="100%" stop-color="#3a2820"/></linearGradient>')
A('<linearGradient id="duvet" x1="0%" y1="0%" x2="0%" y2="100%"><stop offset="0%" stop-color="#4f6a78"/><stop offset="100%" stop-color="#2a3a48"/></linearGradient>')
A('<linearGradient id="floor" x1="0%" y1="0%" x2="0%" y2="100%"><stop offset="0%" stop-color="#4a3630"/><stop offset="100%" stop-color="#2a1f1e"/></linearGradient>')
A('<linearGradient id="shade" x1="0%" y1="0%" x2="0%" y2="100%"><stop offset="0%" stop-color="#f2c488"/><stop offset="100%" stop-color="#ffe2b0"/></linearGradient>')
A('<radialGradient id="vig" cx="45%" cy="45%" r="75%"><stop offset="50%" stop-color="#0c0d18" stop-opacity="0"/><stop offset="100%" stop-color="#0c0d18" stop-opacity="0.55"/></radialGradient>')
A('<radialGradient id="moonglow" cx="50%" cy="50%" r="50%"><stop offset="0%" stop-color="#dfe6ff" stop-opacity="0.3"/><stop offset="100%" stop-color="#dfe6ff" stop-opacity="0"/></radialGradient>')
A('</defs>')

A('<rect width="1920" height="1080" fill="url(#wall)"/>')
# floor and skirting
A('<rect x="0" y="800" width="1920" height="280" fill="url(#floor)"/>')
A('<path d="M0 800 L1920 800" stroke="#6a5048" stroke-width="8"/>')
# lamp glow on the wall (the desk lamp, right of centre)
A('<circle cx="0" cy="0" r="1" fill="url(#glow)" transform="translate(1260 560) scale(760 560)"/>')

# window with a night sky, centre-right
A('<rect x="1010" y="150" width="420" height="360" rx="6" fill="url(#frame)"/>')
A('<rect x="1030" y="170" width="380" height="320" fill="url(#sky)"/>')
A('<circle cx="0" cy="0" r="1" fill="url(#moonglow)" transform="translate(1330 240) scale(90 90)"/>')
A('<circle cx="1330" cy="240" r="30" fill="#f1ead6"/><circle cx="1344" cy="230" r="28" fill="#1c2546"/>')
for (x, y, r) in ((1080, 210, 2.4), (1160, 260, 1.8), (1230, 200, 2), (1110, 330, 1.6), (1380, 330, 1.8), (1270, 300, 1.5)):
    A('<circle cx="%d" cy="%d" r="%s" fill="#f4eedc" opacity="0.85"/>' % (x, y, r))
# rooftops and a lit window across the street
A('<path d="M1030 490 L1030 430 L1090 400 L1150 430 L1150 410 L1250 410 L1250 440 L1320 400 L1410 440 L1410 490Z" fill="#1a1f36"/>')
A('<rect x="1180" y="440" width="22" height="18" fill="#e8b070" opacity="0.85"/><rect x="1340" y="452" width="18" height="16" fill="#e8b070" opacity="0.6"/>')
A('<path d="M1220 170 L1220 490 M1030 330 L1410 330" stroke="#4a362c" stroke-width="12"/>')
A('<rect x="996" y="500" width="448" height="22" rx="4" fill="#6a4a38"/>')
# blind rolled up at the top
A('<rect x="1000" y="136" width="440" height="30" rx="8" fill="#b8a890"/>')
A('<path d="M1000 160 L1440 160" stroke="#8a7a68" stroke-width="3"/>')

# posters on the wall: simple shapes
# band poster (the same sun-and-hills as his T-shirt), between the bed and the window
A('<g transform="rotate(-2 860 300)">')
A('<rect x="760" y="170" width="210" height="290" rx="4" fill="#2c3242"/>')
A('<circle cx="865" cy="290" r="60" fill="#e0a93a"/>')
A('<path d="M790 350 L830 300 L860 330 L892 290 L940 350Z" fill="#d9745a"/>')
A('<path d="M800 380 h130 M818 402 h94 M832 424 h66" stroke="#e9dcc4" stroke-width="7" stroke-linecap="round"/>')
A('<circle cx="865" cy="178" r="5" fill="#c9c0b0"/>')
A('</g>')
# a bigger, quieter poster far left: mountains and a skateboarder's arc
A('<g transform="rotate(1.5 150 260)">')
A('<rect x="40" y="120" width="230" height="300" rx="4" fill="#6f8a86"/>')
A('<path d="M40 420 L40 320 L110 250 L160 300 L210 230 L270 310 L270 420Z" fill="#3e5a5c"/>')
A('<path d="M70 200 A80 80 0 0 1 230 200" fill="none" stroke="#e8d7b8" stroke-width="10" stroke-linecap="round"/>')
A('<circle cx="200" cy="170" r="18" fill="#efc27a"/>')
A('</g>')
# a small postcard pinned between them
A('<rect x="330" y="150" width="120" height="84" rx="3" fill="#d9c7a6" transform="rotate(-4 390 192)"/>')
A('<path d="M342 212 C370 180 400 200 440 176" stroke="#c0704e" stroke-width="6" fill="none" stroke-linecap="round" transform="rotate(-4 390 192)"/>')

# unmade bed edge, left, low
A('<path d="M0 560 L560 560 C600 560 620 580 620 610 L620 820 L0 820Z" fill="#3a2a26"/>')
A('<path d="M-10 520 C60 500 200 504 250 520 C270 540 262 580 240 590 C160 600 40 600 -10 590Z" fill="#c9bba8"/>')
A('<path d="M-20 600 C120 560 240 600 330 580 C420 562 500 590 560 600 C600 640 610 700 600 760 C560 800 300 820 -20 790Z" fill="url(#duvet)"/>')
A('<path d="M60 640 C160 610 260 660 360 630 M120 720 C220 690 330 740 470 700 M420 600 C470 640 520 660 590 650" fill="none" stroke="#7a96a0" stroke-width="5" opacity="0.45" stroke-linecap="round"/>')
A('<path d="M520 600 C560 640 590 700 580 790" fill="none" stroke="#1e2a36" stroke-width="6" opacity="0.5"/>')
# a crumpled corner of the duvet hanging over the edge
A('<path d="M380 730 C440 740 520 760 560 780 C580 820 584 850 570 880 C500 884 420 870 370 840Z" fill="#3c5566"/>')
A('<path d="M380 730 C440 740 520 760 560 780" fill="none" stroke="#7a96a0" stroke-width="5" opacity="0.4" stroke-linecap="round"/>')
# a hoodie sleeve / T-shirt thrown on the floor


# desk with lamp, right
A('<rect x="1120" y="640" width="620" height="32" rx="6" fill="#8a5e40"/>')
A('<rect x="1140" y="672" width="580" height="180" fill="url(#desk)"/>')
A('<rect x="1500" y="690" width="200" height="70" rx="4" fill="#3a2820" opacity="0.5"/>')
A('<rect x="1590" y="718" width="30" height="8" rx="3" fill="#c9a070"/>')
# desk lamp (angled arm)
A('<ellipse cx="1250" cy="636" rx="56" ry="12" fill="#2e2a2c"/>')
A('<path d="M1250 632 L1290 520 L1380 470" fill="none" stroke="#2e2a2c" stroke-width="12" stroke-linecap="round" stroke-linejoin="round"/>')
A('<path d="M1350 440 L1440 480 L1418 520 L1330 480Z" fill="#2e2a2c"/>')
A('<path d="M1330 480 L1418 520" stroke="#ffe2b0" stroke-width="8" stroke-linecap="round"/>')
A('<path d="M1330 486 L1418 526 L1460 640 L1270 640Z" fill="#ffdca0" opacity="0.12"/>')
A('<ellipse cx="1380" cy="640" rx="120" ry="14" fill="#ffe2b0" opacity="0.35"/>')
# books, a mug and an exercise book under the lamp
A('<rect x="1450" y="596" width="130" height="22" rx="3" fill="#3f6f6a"/><rect x="1460" y="574" width="116" height="22" rx="3" fill="#c56a4a"/><rect x="1454" y="618" width="140" height="22" rx="3" fill="#d8b26a"/>')
A('<path d="M1300 630 L1420 624 L1430 638 L1306 642Z" fill="#efe6d2"/>')
A('<rect x="1650" y="588" width="46" height="52" rx="8" fill="#c9b79a"/><path d="M1696 600 C1716 600 1716 628 1696 628" fill="none" stroke="#c9b79a" stroke-width="7"/>')
# headphones hanging off the desk edge
A('<path d="M1170 660 C1170 610 1230 610 1230 660" fill="none" stroke="#2a2a30" stroke-width="10" stroke-linecap="round"/>')
A('<rect x="1158" y="650" width="24" height="40" rx="10" fill="#2a2a30"/><rect x="1218" y="650" width="24" height="40" rx="10" fill="#2a2a30"/>')

A('<rect width="1920" height="1080" fill="url(#vig)"/>')
A('</svg>')
s = '\n'.join(o)
open(OUT, 'w').write(s + '\n')
print(len(s))
