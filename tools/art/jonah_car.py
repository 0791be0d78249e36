# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Part of Attune's art: writes SVG files into the repository (run from
# anywhere; paths are relative to the repository root). See tools/art/README.md.
import os as _os
ROOT = _os.path.dirname(_os.path.dirname(_os.path.dirname(_os.path.abspath(__file__)))) + "/"
OUT = ROOT + "scripts/stories/im-fine/images/car-evening.svg"
o = []
A = o.append
A('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1920 1080" width="1920" height="1080">')
A('<defs>')
A('<linearGradient id="sky" x1="0%" y1="0%" x2="0%" y2="100%"><stop offset="0%" stop-color="#2c3558"/><stop offset="40%" stop-color="#5e5a7c"/><stop offset="72%" stop-color="#c47f6e"/><stop offset="100%" stop-color="#eeb07a"/></linearGradient>')
A('<linearGradient id="sky2" x1="0%" y1="0%" x2="0%" y2="100%"><stop offset="0%" stop-color="#27304f"/><stop offset="45%" stop-color="#58567a"/><stop offset="78%" stop-color="#b97a6c"/><stop offset="100%" stop-color="#e2a677"/></linearGradient>')
A('<radialGradient id="lamp" cx="50%" cy="50%" r="50%"><stop offset="0%" stop-color="#ffe2a8" stop-opacity="0.95"/><stop offset="25%" stop-color="#ffcf8a" stop-opacity="0.45"/><stop offset="60%" stop-color="#f2ad74" stop-opacity="0.14"/><stop offset="100%" stop-color="#f2ad74" stop-opacity="0"/></radialGradient>')
A('<radialGradient id="warm" cx="50%" cy="50%" r="50%"><stop offset="0%" stop-color="#f6b978" stop-opacity="0.35"/><stop offset="100%" stop-color="#f6b978" stop-opacity="0"/></radialGradient>')
A('<linearGradient id="cabin" x1="0%" y1="0%" x2="0%" y2="100%"><stop offset="0%" stop-color="#3a2e30"/><stop offset="100%" stop-color="#1f1a1e"/></linearGradient>')
A('<linearGradient id="roof" x1="0%" y1="0%" x2="0%" y2="100%"><stop offset="0%" stop-color="#2a2328"/><stop offset="100%" stop-color="#54454a"/></linearGradient>')
A('<linearGradient id="door" x1="0%" y1="0%" x2="0%" y2="100%"><stop offset="0%" stop-color="#5a4640"/><stop offset="35%" stop-color="#3e3133"/><stop offset="100%" stop-color="#221c20"/></linearGradient>')
A('<linearGradient id="dash" x1="0%" y1="0%" x2="0%" y2="100%"><stop offset="0%" stop-color="#6a5248"/><stop offset="20%" stop-color="#46383a"/><stop offset="100%" stop-color="#231d21"/></linearGradient>')
A('<linearGradient id="seat" x1="0%" y1="0%" x2="100%" y2="0%"><stop offset="0%" stop-color="#2e2529"/><stop offset="60%" stop-color="#4a3b3b"/><stop offset="100%" stop-color="#6e5548"/></linearGradient>')
A('<linearGradient id="pillar" x1="0%" y1="0%" x2="100%" y2="0%"><stop offset="0%" stop-color="#2a2226"/><stop offset="100%" stop-color="#4a3c3c"/></linearGradient>')
A('<linearGradient id="road" x1="0%" y1="0%" x2="0%" y2="100%"><stop offset="0%" stop-color="#4a4150"/><stop offset="100%" stop-color="#2c2734"/></linearGradient>')
A('<radialGradient id="vig" cx="45%" cy="45%" r="75%"><stop offset="55%" stop-color="#0e0a10" stop-opacity="0"/><stop offset="100%" stop-color="#0e0a10" stop-opacity="0.55"/></radialGradient>')
A('<radialGradient id="screenglow" cx="50%" cy="50%" r="50%"><stop offset="0%" stop-color="#7fc0c4" stop-opacity="0.35"/><stop offset="100%" stop-color="#7fc0c4" stop-opacity="0"/></radialGradient>')
A('</defs>')

A('<rect width="1920" height="1080" fill="url(#cabin)"/>')

# ---------- the world outside (drawn first, then the car frames it)
# side window view (behind the passenger): a quiet street, the school beyond
A('<rect x="0" y="90" width="1920" height="520" fill="url(#sky)"/>')
# far trees and rooftops, soft silhouettes
A('<path d="M0 430 C60 400 110 410 150 392 C200 370 250 388 290 380 L290 470 L0 470Z" fill="#5a4a66" opacity="0.8"/>')
# the school: a long low building with warm windows
A('<path d="M230 470 L230 372 L520 372 L520 340 L640 340 L640 372 L900 372 L900 470Z" fill="#4c3f58"/>')
A('<path d="M520 340 L580 316 L640 340Z" fill="#4c3f58"/>')
A('<rect x="566" y="350" width="28" height="22" rx="3" fill="#e9b574" opacity="0.8"/>')
for i, x in enumerate(range(262, 880, 58)):
    if 500 < x < 660:
        continue
    lit = i % 3 != 1
    A('<rect x="%d" y="398" width="34" height="26" rx="3" fill="%s" opacity="%s"/>' % (x, '#f2c07e' if lit else '#6a5874', '0.9' if lit else '0.8'))
# school railings and gate
A('<path d="M0 486 L1000 486" stroke="#3a3044" stroke-width="6"/>')
A('<path d="M0 470 L1000 470" stroke="#3a3044" stroke-width="4"/>')
ps = ' '.join('M%d 458 L%d 492' % (x, x) for x in range(10, 1000, 22))
A('<path d="%s" stroke="#3a3044" stroke-width="4"/>' % ps)
# pavement and road
A('<rect x="0" y="492" width="1920" height="120" fill="url(#road)"/>')
A('<path d="M0 520 L1920 520" stroke="#6a5a66" stroke-width="3" opacity="0.6"/>')
# street lamp: behind the window, left of centre-right, soft glow
A('<path d="M880 560 L880 250 C880 226 900 214 928 214 L962 214" fill="none" stroke="#2e2636" stroke-width="9" stroke-linecap="round"/>')
A('<path d="M944 210 L984 210 L976 226 L952 226Z" fill="#3a3040"/>')
A('<circle cx="0" cy="0" r="1" fill="url(#lamp)" transform="translate(964 232) scale(240 240)"/>')
A('<ellipse cx="964" cy="228" rx="14" ry="6" fill="#fff0c8"/>')
A('<circle cx="0" cy="0" r="1" fill="url(#warm)" transform="translate(940 560) scale(300 60)"/>')
# windscreen view: road running ahead, a tree, another lamp in the distance
A('<path d="M1060 612 L1420 470 L1520 470 L1920 612Z" fill="#3a3240"/>')
A('<path d="M1470 480 L1470 600" stroke="#d9b07a" stroke-width="5" stroke-dasharray="26 30" opacity="0.45"/>')
A('<path d="M1780 470 L1780 420" stroke="#3a3044" stroke-width="10"/>')
A('<circle cx="1740" cy="410" r="46" fill="#463a52"/><circle cx="1800" cy="388" r="56" fill="#463a52"/><circle cx="1850" cy="424" r="40" fill="#463a52"/><circle cx="1780" cy="436" r="34" fill="#463a52"/>')
A('<path d="M1780 470 L1780 420" stroke="#3a3044" stroke-width="8"/>')
A('<path d="M1380 470 L1380 380 L1392 372" fill="none" stroke="#3a3044" stroke-width="5"/>')
A('<circle cx="0" cy="0" r="1" fill="url(#lamp)" transform="translate(1398 378) scale(70 70)"/>')
A('<path d="M1160 470 L1160 430 L1330 430 L1330 470Z" fill="#4c3f58"/>')
A('<rect x="1180" y="442" width="18" height="14" fill="#f2c07e" opacity="0.8"/><rect x="1230" y="442" width="18" height="14" fill="#f2c07e" opacity="0.6"/><rect x="1284" y="442" width="18" height="14" fill="#6a5874"/>')
A('<circle cx="1600" cy="190" r="2.5" fill="#f4e6d0" opacity="0.8"/><circle cx="1330" cy="150" r="2" fill="#f4e6d0" opacity="0.7"/><circle cx="560" cy="170" r="2" fill="#f4e6d0" opacity="0.6"/><circle cx="300" cy="230" r="1.8" fill="#f4e6d0" opacity="0.5"/>')

# ---------- the car
# roof lining
A('<path d="M0 0 L1920 0 L1920 150 C1700 112 1400 96 1100 96 L0 116Z" fill="url(#roof)"/>')
A('<path d="M0 116 L1100 96 C1400 96 1700 112 1920 150" fill="none" stroke="#6e5a56" stroke-width="4" opacity="0.6"/>')
# passenger door window frame (rounded top corner at the back) -- fills area outside the window
A('<path d="M0 0 L0 150 C40 130 80 124 140 122 L980 112 L980 0Z" fill="url(#roof)" opacity="0.0"/>')
# A-pillar between side window and windscreen
A('<path d="M960 100 L1040 96 L1150 620 L1040 630Z" fill="url(#pillar)"/>')
A('<path d="M1040 96 L1150 620" stroke="#6a5650" stroke-width="4" opacity="0.6"/>')
# rubber window seal along the side window
A('<path d="M0 118 L962 104 L1040 626" fill="none" stroke="#1a1518" stroke-width="12" stroke-linejoin="round"/>')
# reflections on the glass (soft diagonal sheen)
A('<path d="M120 118 L260 118 L120 480 L-20 480Z" fill="#ffffff" opacity="0.04"/>')
A('<path d="M1180 104 L1300 104 L1200 470 L1110 470Z" fill="#ffffff" opacity="0.04"/>')
# door top / sill and door panel (passenger side, left)
A('<path d="M0 600 L1060 590 L1080 1080 L0 1080Z" fill="url(#door)"/>')
A('<path d="M0 600 L1060 590" stroke="#7a6256" stroke-width="6" opacity="0.7" stroke-linecap="round"/>')
A('<path d="M40 700 C300 690 600 688 900 690 L900 740 C600 736 300 740 40 750Z" fill="#2c2428" opacity="0.8"/>')
A('<path d="M60 706 C300 698 600 696 880 698" stroke="#8a6e5e" stroke-width="3" opacity="0.5" fill="none"/>')
A('<path d="M760 650 L850 648 C860 648 864 660 852 664 L762 666 C750 664 750 652 760 650Z" fill="#a08060" opacity="0.55"/>')
# dashboard across the front, sweeping in from the right
A('<path d="M1040 640 C1200 600 1500 578 1920 600 L1920 1080 L1000 1080Z" fill="url(#dash)"/>')
A('<path d="M1040 640 C1200 600 1500 578 1920 600" fill="none" stroke="#8a6a5a" stroke-width="5" opacity="0.55"/>')
# glovebox line and centre stack
A('<path d="M1150 700 C1300 684 1500 680 1700 688" fill="none" stroke="#1c171a" stroke-width="4" opacity="0.6"/>')
A('<path d="M1240 740 C1400 730 1560 730 1700 740 L1690 820 C1540 812 1400 812 1250 822Z" fill="#2c2428" opacity="0.7"/>')
A('<circle cx="0" cy="0" r="1" fill="url(#screenglow)" transform="translate(1780 700) scale(160 90)"/>')
A('<rect x="1720" y="672" width="130" height="62" rx="10" fill="#2a3c44"/>')
A('<rect x="1730" y="680" width="110" height="46" rx="6" fill="#5c9aa0" opacity="0.55"/>')
# warm street light falling into the car: across the seat and dashboard
A('<circle cx="0" cy="0" r="1" fill="url(#warm)" transform="translate(760 600) scale(520 300)"/>')
# passenger seat: backrest and headrest behind where Jonah sits
A('<path d="M300 1080 C290 900 290 700 320 540 C330 490 360 468 420 466 L700 466 C760 468 790 494 798 540 C820 700 822 900 814 1080Z" fill="url(#seat)"/>')
A('<path d="M360 580 C360 720 360 880 364 1080 M748 580 C756 720 758 880 756 1080" fill="none" stroke="#2c2428" stroke-width="6" opacity="0.45"/>')
A('<path d="M416 466 C420 396 460 366 560 366 C660 366 700 396 704 466Z" fill="#4a3c3c"/>')
A('<path d="M440 430 C452 392 500 378 560 378 C620 378 666 392 680 430" fill="none" stroke="#8a7062" stroke-width="5" opacity="0.45"/>')
A('<path d="M520 462 L520 480 M600 462 L600 480" stroke="#9a9090" stroke-width="8"/>')
A('<path d="M776 540 C800 640 806 760 804 900" fill="none" stroke="#a08068" stroke-width="6" opacity="0.35" stroke-linecap="round"/>')
# soft vignette and a gentle darkening toward the bottom (text box)
A('<rect width="1920" height="1080" fill="url(#vig)"/>')
A('</svg>')
s = '\n'.join(o)
open(OUT, 'w').write(s + '\n')
print(len(s))
