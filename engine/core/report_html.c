/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The session's report as one self-contained HTML page
 * (session_report_html): inline CSS and SVG, no scripts, no external
 * references, readable when printed. Layer: core, plain data: no SDL,
 * no Lua; it only reads the Session. */
#include "attune/session_report.h"
#include "attune/alloc.h"
#include "attune/i18n.h"
#include "attune/log.h"
#include "attune/session.h"
#include "attune/utf8.h"
#include "report_internal.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* `s` escaped for HTML text or an attribute value: & < > " ' as entities,
 * control characters dropped; a newline becomes <br> when `breaks`, else a
 * space. UTF-8 passed through, any invalid byte becomes U+FFFD. */
static void html_escaped(StrBuf *b, const char *s, bool breaks)
{
    if (!s)
        return;
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            uint32_t cp = (uint32_t)utf8_next(s, len, &i);
            if (cp >= 0x80 && cp < 0xA0)
                continue; /* C1 controls */
            strbuf_utf8(b, cp);
            continue;
        }
        i++;
        switch (c) {
        case '&':
            strbuf_puts(b, "&amp;");
            break;
        case '<':
            strbuf_puts(b, "&lt;");
            break;
        case '>':
            strbuf_puts(b, "&gt;");
            break;
        case '"':
            strbuf_puts(b, "&quot;");
            break;
        case '\'':
            strbuf_puts(b, "&#39;");
            break;
        case '\n':
            strbuf_puts(b, breaks ? "<br>" : " ");
            break;
        case '\t':
            strbuf_puts(b, " ");
            break;
        default:
            if (c >= 0x20 && c != 0x7F)
                strbuf_add(b, (const char *)&c, 1);
        }
    }
}

/* Story prose for HTML: markup removed, then escaped. */
static void html_prose(StrBuf *b, const char *s)
{
    char *p = report_prose(s, &b->oom);
    html_escaped(b, p, true);
    attune_free(p);
}

/* A duration in words: "45 s", "12 min", "3 min 20 s", "1 h 25 min". */
static void duration_words(char *out, size_t n, long long ms)
{
    long long t = report_secs(ms);
    /* TRANSLATORS: durations with the units' symbols (s, min, h), which
     * do not change with the number. */
    if (t < 60)
        snprintf(out, n, _("%lld s"), t);
    else if (t < 3600 && t % 60)
        snprintf(out, n, _("%lld min %lld s"), t / 60, t % 60);
    else if (t < 3600)
        snprintf(out, n, _("%lld min"), t / 60);
    else
        snprintf(out, n, _("%lld h %lld min"), t / 3600, (t % 3600) / 60);
}

/* A change with its sign, the minus as a real minus sign: "+8", "−5", "0". */
static void signed_words(char *out, size_t n, int v)
{
    if (v < 0)
        snprintf(out, n, "\u2212%lld", -(long long)v);
    else if (v > 0)
        snprintf(out, n, "+%d", v);
    else
        snprintf(out, n, "0");
}

/* The look: warm oat paper, walnut text, the game's dusk teal for the
 * group's road and headings, amber vote bars; rupture and repair are told by
 * shape and word as well as colour. System fonts only: nothing is fetched. */
static const char *const HTML_STYLE[] = {
    ":root{--paper:#f7f1e6;--card:#fffaf1;--ink:#2b2520;--muted:#6a5f55;--line:#dccfbb;"
    "--teal:#1e4856;--amber:#d9953f;--clay:#a4503a;--sage:#3d7550;--walnut:#7a5a3a}\n",
    "*{box-sizing:border-box}\n",
    "html{background:var(--paper);color:var(--ink)}\n",
    "body{margin:0 auto;max-width:60rem;padding:2rem 1.5rem 3rem;"
    "font-family:system-ui,-apple-system,\"Segoe UI\",\"Noto Sans\",\"Helvetica Neue\",Arial,"
    "sans-serif;font-size:1.05rem;line-height:1.55}\n",
    "h1,h2,h3{color:var(--teal);line-height:1.25;font-weight:650}\n",
    "h1{font-size:2.1rem;margin:.2rem 0 .8rem}\n",
    "h2{font-size:1.4rem;margin:2.4rem 0 .8rem;padding-bottom:.3rem;"
    "border-bottom:2px solid var(--line)}\n",
    "h3{font-size:1.1rem;margin:0 0 .5rem}\n",
    ".kicker{margin:0;color:var(--muted);letter-spacing:.06em;text-transform:uppercase;"
    "font-size:.85em}\n",
    ".facts{display:flex;flex-wrap:wrap;gap:.4rem 2rem;margin:0 0 1rem}\n",
    ".facts div{min-width:9rem}.facts dt{color:var(--muted);font-size:.85em}"
    ".facts dd{margin:0;font-weight:600}\n",
    "blockquote{margin:1rem 0;padding:.6rem 1rem;border-left:4px solid var(--teal);"
    "background:var(--card)}\n",
    ".glance{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.6rem}\n",
    ".glance li{background:var(--card);border:1px solid var(--line);border-radius:.6rem;"
    "padding:.4rem .8rem}\n",
    "figure{margin:0;background:var(--card);border:1px solid var(--line);border-radius:.8rem;"
    "padding:.8rem}\n",
    "figcaption{color:var(--muted);font-size:.9em;margin-top:.4rem}\n",
    "svg.chart{display:block;width:100%;height:auto}\n",
    "svg text{fill:var(--ink);font-family:inherit;font-size:13px}\n",
    "svg .tick{fill:var(--muted)}svg .axis-title{font-size:14px;font-weight:600}\n",
    ".grid{stroke:var(--line);stroke-width:1}.axis{stroke:var(--muted);stroke-width:1.5}\n",
    ".group-line{fill:none;stroke:var(--teal);stroke-width:3;stroke-linejoin:round}\n",
    ".road-line{fill:none;stroke:var(--walnut);stroke-width:2;stroke-dasharray:7 5}\n",
    ".dot{fill:var(--teal)}.road-dot{fill:var(--card);stroke:var(--walnut);stroke-width:2}\n",
    ".rupture{fill:var(--card);stroke:var(--clay);stroke-width:2.5;stroke-linejoin:round}\n",
    ".repair{fill:var(--sage);stroke:var(--sage);stroke-width:1}\n",
    "svg .road-label{fill:var(--walnut);font-weight:600}\n",
    "ol.decisions,ol.roads{list-style:none;padding:0;margin:0}\n",
    ".decision,.road{background:var(--card);border:1px solid var(--line);"
    "border-radius:.8rem;padding:1rem 1.2rem;margin:0 0 1rem}\n",
    ".said{font-size:1.1rem;margin:.2rem 0}.speaker{font-weight:650}\n",
    ".cue{font-style:italic;color:var(--muted);margin:.2rem 0 .6rem}\n",
    "table{border-collapse:collapse;width:100%;margin:.4rem 0;table-layout:fixed}\n",
    ".options th:nth-child(1){width:4.4rem}.options th:nth-child(3){width:9.5rem}"
    ".options th:nth-child(4){width:14.5rem}\n",
    "th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;"
    "border-top:1px solid var(--line)}\n",
    "thead th{border-top:0;color:var(--muted);font-size:.85em;font-weight:600}\n",
    ".letter{display:inline-block;min-width:1.7rem;text-align:center;font-weight:700;"
    "border:1.5px solid var(--teal);border-radius:.35rem;color:var(--teal)}\n",
    "tr.chosen{background:#efe4cf}tr.chosen .letter{background:var(--teal);color:#fffaf1}\n",
    ".mark{font-weight:700;color:var(--teal);white-space:nowrap}\n",
    ".votes{white-space:nowrap}\n",
    ".track{display:inline-block;vertical-align:middle;width:7rem;height:.8rem;"
    "background:#eadfcc;border-radius:.4rem;overflow:hidden;margin-right:.5rem}\n",
    ".bar{display:block;height:100%;background:var(--amber);"
    "-webkit-print-color-adjust:exact;print-color-adjust:exact}\n",
    ".count{font-weight:650}\n",
    ".outcome,.timing,.why p,.reflect{margin:.3rem 0}.timing{color:var(--muted);font-size:.9em}\n",
    ".label{font-weight:650}\n",
    ".tag-rupture{color:var(--clay);font-weight:650}.tag-repair{color:var(--sage);"
    "font-weight:650}\n",
    ".questions li{margin:.4rem 0}.questions .from{color:var(--muted);font-size:.9em}\n",
    "ol.steps{margin:.4rem 0 .6rem 1.2rem;padding:0}\n",
    "footer{margin-top:3rem;padding-top:.8rem;border-top:2px solid var(--line);"
    "color:var(--muted);font-size:.9em}\n",
    "@media (max-width:40rem){body{padding:1rem .8rem}.options th:nth-child(1){width:2.6rem}"
    ".options th:nth-child(3){width:6.5rem}.options th:nth-child(4){width:7.5rem}"
    ".track{width:2.5rem}}\n",
    "@page{margin:15mm}\n",
    "@media print{html{background:#fff}body{max-width:none;padding:0;font-size:9.5pt;"
    "line-height:1.35}h1{font-size:1.7rem}h2{font-size:1.2rem;margin:1.2rem 0 .5rem;"
    "break-after:avoid;page-break-after:avoid}"
    "figure,.decision,.road,.glance li,tr{break-inside:avoid;page-break-inside:avoid}"
    ".decision,.road,figure,.glance li,blockquote{background:#fff}"
    ".decision,.road{padding:.5rem .7rem;margin:0 0 .6rem}th,td{padding:.2rem .4rem}"
    ".said{font-size:1em}.options th:nth-child(4){width:9rem}.track{width:4.5rem}"
    "svg.chart{max-height:9cm}}\n",
};

/* With two people on stage, added to HTML_STYLE: each person's line is told
 * apart by its style (solid, dash-dot), its marks (round, square) and its
 * name at its end, never by colour alone. */
static const char *const HTML_STYLE_TWO[] = {
    ":root{--plum:#6a3f6e}\n",
    ".person-line{fill:none;stroke-width:3;stroke-linejoin:round}\n",
    ".person-1{stroke:var(--teal)}.person-2{stroke:var(--plum);stroke-dasharray:14 5 3 5}\n",
    ".dot-2{fill:var(--plum)}\n",
    "svg .person-label{font-weight:650;font-size:14px}svg .label-2{fill:var(--plum)}"
    "svg .label-1{fill:var(--teal)}\n",
    ".to{margin:.3rem 0}.people{margin:.2rem 0 .4rem 1.2rem;padding:0}"
    ".people li{margin:.15rem 0}.person{font-weight:650}.for{color:var(--muted);font-size:.85em}\n",
};

/* The chart's frame: plot area in viewBox units. */
enum { CH_W = 720, CH_H = 400, CH_X0 = 64, CH_X1 = 696, CH_Y0 = 24, CH_Y1 = 284 };

static double chart_y(int connection)
{
    int c = connection < 0 ? 0 : connection > 100 ? 100 : connection;
    return CH_Y1 - (double)c * (CH_Y1 - CH_Y0) / 100.0;
}

/* A rupture: an open triangle pointing down. */
static void mark_rupture(StrBuf *b, double x, double y, double r, const char *title)
{
    strbuf_printf(b, "<path class=\"rupture\" d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fZ\"><title>", x - r,
                  y - r * 0.75, x + r, y - r * 0.75, x, y + r);
    html_escaped(b, title, false);
    strbuf_puts(b, "</title></path>\n");
}

/* A repair: a filled diamond. */
static void mark_repair(StrBuf *b, double x, double y, double r, const char *title)
{
    strbuf_printf(b,
                  "<path class=\"repair\" d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fL%.1f %.1fZ\"><title>",
                  x, y - r, x + r, y, x, y + r, x - r, y);
    html_escaped(b, title, false);
    strbuf_puts(b, "</title></path>\n");
}

/* One point of a road: a dot, or the shapes of what happened there. */
static void chart_point(StrBuf *b, double x, double y, bool opened, bool repaired, bool road,
                        const char *title)
{
    double r = road ? 6 : 8;
    if (opened && repaired) {
        mark_rupture(b, x - r * 0.8, y, r, title);
        mark_repair(b, x + r * 0.8, y, r, title);
    } else if (opened) {
        mark_rupture(b, x, y, r, title);
    } else if (repaired) {
        mark_repair(b, x, y, r, title);
    } else {
        strbuf_printf(b, "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"><title>",
                      road ? "road-dot" : "dot", x, y, road ? 3.5 : 4.5);
        html_escaped(b, title, false);
        strbuf_puts(b, "</title></circle>\n");
    }
}

/* The chart's grid, axes, ticks and axis titles: `max_x` decisions over
 * the plot from CH_X0 to `x1`, `sx` apart. */
static void chart_frame(StrBuf *b, int max_x, int x1, double sx)
{
    /* Grid and axes. */
    for (int c = 0; c <= 100; c += 25) {
        double y = chart_y(c);
        strbuf_printf(b,
                      "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>\n"
                      "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>\n",
                      CH_X0, y, x1, y, CH_X0 - 8, y + 4.5, c);
    }
    strbuf_printf(b,
                  "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n"
                  "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n",
                  CH_X0, CH_Y0, CH_X0, CH_Y1, CH_X0, CH_Y1, x1, CH_Y1);
    /* At most about sixteen labels; the last decision always has one. */
    int every = max_x <= 16 ? 1 : (max_x + 15) / 16;
    for (int i = 0; i <= max_x; i++) {
        if (i != max_x && (i % every || max_x - i < every))
            continue;
        double x = CH_X0 + i * sx;
        if (i == 0)
            strbuf_printf(b,
                          _("<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"start\">"
                            "Start</text>\n"),
                          x - 4, CH_Y1 + 20);
        else
            strbuf_printf(b,
                          "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">"
                          "%d</text>\n",
                          x, CH_Y1 + 20, i);
    }
    strbuf_printf(b,
                  _("<text class=\"axis-title\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">"
                    "Decision</text>\n"
                    "<text class=\"axis-title\" transform=\"rotate(-90)\" x=\"%d\" y=\"18\" "
                    "text-anchor=\"middle\">Connection</text>\n"),
                  (CH_X0 + x1) / 2, CH_Y1 + 44, -(CH_Y0 + CH_Y1) / 2);
}

/* How many decisions the chart's x axis takes: the group's and the roads'. */
static int chart_max_x(const Session *s)
{
    int max_x = s->n_decisions;
    for (int i = 0; i < s->n_roads; i++)
        if (s->roads[i].from + s->roads[i].n_steps > max_x)
            max_x = s->roads[i].from + s->roads[i].n_steps;
    return max_x < 1 ? 1 : max_x;
}

static void html_chart(StrBuf *b, const Session *s, const Tally *t)
{
    int max_x = chart_max_x(s);
    double sx = (double)(CH_X1 - CH_X0) / max_x;
    strbuf_printf(b,
                  "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" "
                  "aria-labelledby=\"chart-title chart-desc\">\n",
                  CH_W, CH_H);
    char decisions[96], opened[96], repaired[96], roads[96];
    /* TRANSLATORS: the four counts below fill the chart's description
     * ("Connection ... after each of the group's 5 decisions: ..."). */
    snprintf(decisions, sizeof decisions, P_("%d decision", "%d decisions", s->n_decisions),
             s->n_decisions);
    snprintf(opened, sizeof opened, P_("%d rupture opened", "%d ruptures opened", t->opened),
             t->opened);
    snprintf(repaired, sizeof repaired, P_("%d repair", "%d repairs", t->repaired), t->repaired);
    snprintf(roads, sizeof roads, P_("%d road not taken", "%d roads not taken", s->n_roads),
             s->n_roads);
    /* TRANSLATORS: an SVG chart's title and description, read by screen
     * readers. The first %s is "5 decisions", the two numbers are the
     * connection at the start and the end (0-100), then "2 ruptures
     * opened", "1 repair", "1 road not taken". To reorder them write
     * %1$s, %2$d, %3$d, %4$s, %5$s, %6$s. Keep the markup. */
    strbuf_printf(b,
                  _("<title id=\"chart-title\">Connection through the session</title>\n"
                    "<desc id=\"chart-desc\">Connection, from 0 to 100, after each of the "
                    "group&#39;s %s: it starts at %d and ends at %d. "
                    "%s (open triangles), %s (filled diamonds). "
                    "%s, dashed.</desc>\n"),
                  decisions, s->connection_start, s->connection_end, opened, repaired, roads);
    chart_frame(b, max_x, CH_X1, sx);
    char title[200], change[32];
    /* The roads not taken, under the group's own. */
    for (int i = 0; i < s->n_roads; i++) {
        const SessionRoad *r = &s->roads[i];
        const SessionDecision *d = &s->decisions[r->from];
        strbuf_puts(b, "<g class=\"road\">\n<polyline class=\"road-line\" points=\"");
        strbuf_printf(b, "%.1f,%.1f", CH_X0 + r->from * sx, chart_y(d->connection_before));
        for (int k = 0; k < r->n_steps; k++)
            strbuf_printf(b, " %.1f,%.1f", CH_X0 + (r->from + 1 + k) * sx,
                          chart_y(r->steps[k].connection));
        strbuf_puts(b, "\"/>\n");
        for (int k = 0; k < r->n_steps; k++) {
            const SessionRoadStep *st = &r->steps[k];
            signed_words(change, sizeof change, st->dconn);
            snprintf(title, sizeof title,
                     _("Road not taken %c from decision %d, step %d: connection %d (%s)%s%s"),
                     'A' + r->option, d->number, k + 1, st->connection, change,
                     st->opened ? _(", rupture opened") : "", st->repaired ? _(", repaired") : "");
            chart_point(b, CH_X0 + (r->from + 1 + k) * sx, chart_y(st->connection), st->opened,
                        st->repaired, true, title);
        }
        /* Its label at its end: which answer, from which decision. */
        int last = r->n_steps > 0 ? r->steps[r->n_steps - 1].connection : d->connection_before;
        double lx = CH_X0 + (r->from + r->n_steps) * sx;
        strbuf_printf(b, "<text class=\"road-label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">", lx,
                      chart_y(last) - 12, lx > CH_X1 - 60 ? "end" : "middle");
        strbuf_printf(b, _("%c, from %d"), 'A' + r->option, d->number);
        strbuf_puts(b, "</text>\n</g>\n");
    }
    /* The group's road. */
    strbuf_printf(b, "<polyline class=\"group-line\" points=\"%.1f,%.1f", (double)CH_X0,
                  chart_y(s->connection_start));
    for (int i = 0; i < s->n_decisions; i++)
        strbuf_printf(b, " %.1f,%.1f", CH_X0 + (i + 1) * sx,
                      chart_y(s->decisions[i].connection_after));
    strbuf_puts(b, "\"/>\n");
    snprintf(title, sizeof title, _("Start: connection %d"), s->connection_start);
    chart_point(b, CH_X0, chart_y(s->connection_start), false, false, false, title);
    for (int i = 0; i < s->n_decisions; i++) {
        const SessionDecision *d = &s->decisions[i];
        signed_words(change, sizeof change, d->dconn);
        snprintf(title, sizeof title, _("Decision %d: connection %d (%s)%s%s"), d->number,
                 d->connection_after, change, d->opened ? _(", rupture opened") : "",
                 d->repaired ? _(", repaired") : "");
        chart_point(b, CH_X0 + (i + 1) * sx, chart_y(d->connection_after), d->opened, d->repaired,
                    false, title);
    }
    /* The legend: a line, a dash and two shapes, each with its words. */
    int ly = CH_H - 22;
    strbuf_printf(b,
                  _("<g class=\"legend\">\n"
                    "<line class=\"group-line\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
                    "<circle class=\"dot\" cx=\"%d\" cy=\"%d\" r=\"4.5\"/>"
                    "<text x=\"%d\" y=\"%d\">The group&#39;s road</text>\n"
                    "<line class=\"road-line\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
                    "<text x=\"%d\" y=\"%d\">A road not taken</text>\n"),
                  CH_X0, ly, CH_X0 + 34, ly, CH_X0 + 17, ly, CH_X0 + 42, ly + 4, CH_X0 + 170, ly,
                  CH_X0 + 204, ly, CH_X0 + 212, ly + 4);
    mark_rupture(b, CH_X0 + 352, ly, 8, _("Rupture opened"));
    strbuf_printf(b, _("<text x=\"%d\" y=\"%d\">Rupture opened</text>\n"), CH_X0 + 366, ly + 4);
    mark_repair(b, CH_X0 + 502, ly, 8, _("Repair"));
    strbuf_printf(b, _("<text x=\"%d\" y=\"%d\">Repair</text>\n"), CH_X0 + 516, ly + 4);
    strbuf_puts(b, "</g>\n</svg>\n");
}

/* Roughly how wide `text` is at the chart's 14px type (for the names at
 * the lines' ends): 8 units a character. */
static int chart_text_w(const char *text)
{
    size_t n = text ? strlen(text) : 0, i = 0;
    int chars = 0;
    while (i < n) {
        utf8_next(text, n, &i);
        chars++;
    }
    return chars * 8;
}

/* A point of person k's line: a dot (round for the first, square for the
 * second), or the shapes of what happened there. */
static void chart_person_point(StrBuf *b, int k, double x, double y, bool opened, bool repaired,
                               bool road, const char *title)
{
    if (k == 0 || opened || repaired) {
        chart_point(b, x, y, opened, repaired, road, title);
        return;
    }
    double r = road ? 3.5 : 4.5;
    strbuf_printf(b,
                  "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\">"
                  "<title>",
                  road ? "road-dot" : "dot-2", x - r, y - r, 2 * r, 2 * r);
    html_escaped(b, title, false);
    strbuf_puts(b, "</title></rect>\n");
}

/* The chart of a session with two people on stage: a line for each, told
 * apart by its style and marks and named at its end, with a key; the roads
 * not taken dashed, one for each person. */
static void html_chart_two(StrBuf *b, const Session *s, const Tally *t)
{
    const char *name[2] = {s->people[0].name ? s->people[0].name : "?",
                           s->people[1].name ? s->people[1].name : "?"};
    int max_x = chart_max_x(s);
    /* Room at the right for the names at the lines' ends. */
    int wn = chart_text_w(name[0]) > chart_text_w(name[1]) ? chart_text_w(name[0])
                                                           : chart_text_w(name[1]);
    int x1 = CH_W - 22 - wn;
    x1 = x1 < 520 ? 520 : x1 > 640 ? 640 : x1;
    double sx = (double)(x1 - CH_X0) / max_x;
    strbuf_printf(b,
                  "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" "
                  "aria-labelledby=\"chart-title chart-desc\">\n",
                  CH_W, CH_H);
    char decisions[96], opened[96], repaired[96], roads[96], who[2][400];
    snprintf(decisions, sizeof decisions, P_("%d decision", "%d decisions", s->n_decisions),
             s->n_decisions);
    snprintf(opened, sizeof opened, P_("%d rupture opened", "%d ruptures opened", t->opened),
             t->opened);
    snprintf(repaired, sizeof repaired, P_("%d repair", "%d repairs", t->repaired), t->repaired);
    snprintf(roads, sizeof roads, P_("%d road not taken", "%d roads not taken", s->n_roads),
             s->n_roads);
    /* TRANSLATORS: one of two people's lines in the chart's description:
     * their name, their connection at the start and at the end. */
    snprintf(who[0], sizeof who[0], _("%s starts at %d and ends at %d (a solid line, round dots)"),
             name[0], s->people[0].connection_start, s->people[0].connection_end);
    snprintf(who[1], sizeof who[1],
             _("%s starts at %d and ends at %d (a dash-dot line, square dots)"), name[1],
             s->people[1].connection_start, s->people[1].connection_end);
    StrBuf d = {0};
    /* TRANSLATORS: an SVG chart's description with two people, read by
     * screen readers: "5 decisions", then each person's line ("Maya starts
     * at 62 and ends at 70 (...)"), then "2 ruptures opened", "1 repair",
     * "1 road not taken". Reorder with %1$s ... %6$s. */
    strbuf_printf(&d,
                  _("Connection with each of them, from 0 to 100, after each of the group's "
                    "%s: %s; %s. %s (open triangles), %s (filled diamonds). %s, dashed."),
                  decisions, who[0], who[1], opened, repaired, roads);
    char *desc = strbuf_take(&d);
    if (!desc)
        b->oom = true;
    strbuf_puts(b, "<title id=\"chart-title\">");
    html_escaped(b, _("Connection with each of them through the session"), false);
    strbuf_puts(b, "</title>\n<desc id=\"chart-desc\">");
    html_escaped(b, desc, false);
    strbuf_puts(b, "</desc>\n");
    attune_free(desc);
    chart_frame(b, max_x, x1, sx);
    char title[300], change[32];
    /* The roads not taken, under the group's own: a dashed line for each person. */
    for (int i = 0; i < s->n_roads; i++) {
        const SessionRoad *r = &s->roads[i];
        const SessionDecision *dd = &s->decisions[r->from];
        strbuf_puts(b, "<g class=\"road\">\n");
        int top = -1;
        for (int k = 0; k < 2; k++) {
            int before = k < dd->n_people ? dd->people[k].connection_before : dd->connection_before;
            strbuf_printf(b, "<polyline class=\"road-line\" points=\"%.1f,%.1f",
                          CH_X0 + r->from * sx, chart_y(before));
            for (int j = 0; j < r->n_steps; j++) {
                const SessionRoadStep *st = &r->steps[j];
                int c = k < st->n_people ? st->people[k].connection_after : st->connection;
                strbuf_printf(b, " %.1f,%.1f", CH_X0 + (r->from + 1 + j) * sx, chart_y(c));
            }
            strbuf_puts(b, "\"/>\n");
            for (int j = 0; j < r->n_steps; j++) {
                const SessionRoadStep *st = &r->steps[j];
                const SessionPersonEffect *e = k < st->n_people ? &st->people[k] : NULL;
                int c = e ? e->connection_after : st->connection;
                signed_words(change, sizeof change, e ? e->dconn : st->dconn);
                /* TRANSLATORS: a point of a road not taken in the chart, with two
                 * people: its letter, decision, step, the person's name,
                 * connection and change, then ", rupture opened" etc. */
                snprintf(title, sizeof title,
                         _("Road not taken %c from decision %d, step %d: %s %d (%s)%s%s"),
                         'A' + r->option, dd->number, j + 1, name[k], c, change,
                         e && e->opened ? _(", rupture opened") : "",
                         e && e->repaired ? _(", repaired") : "");
                chart_person_point(b, k, CH_X0 + (r->from + 1 + j) * sx, chart_y(c), e && e->opened,
                                   e && e->repaired, true, title);
            }
            int last = r->n_steps > 0 && k < r->steps[r->n_steps - 1].n_people
                           ? r->steps[r->n_steps - 1].people[k].connection_after
                           : before;
            if (top < 0 || last > top)
                top = last;
        }
        /* Its label above the higher of its two ends. */
        double lx = CH_X0 + (r->from + r->n_steps) * sx;
        strbuf_printf(b, "<text class=\"road-label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">", lx,
                      chart_y(top) - 12, lx > x1 - 60 ? "end" : "middle");
        strbuf_printf(b, _("%c, from %d"), 'A' + r->option, dd->number);
        strbuf_puts(b, "</text>\n</g>\n");
    }
    /* Each person's line, then its marks. */
    double end_y[2];
    for (int k = 0; k < 2; k++) {
        const SessionPerson *p = &s->people[k];
        strbuf_printf(b, "<polyline class=\"person-line person-%d\" points=\"%.1f,%.1f", k + 1,
                      (double)CH_X0, chart_y(p->connection_start));
        int c = p->connection_start;
        for (int i = 0; i < s->n_decisions; i++) {
            const SessionDecision *dd = &s->decisions[i];
            c = k < dd->n_people ? dd->people[k].connection_after : dd->connection_after;
            strbuf_printf(b, " %.1f,%.1f", CH_X0 + (i + 1) * sx, chart_y(c));
        }
        strbuf_puts(b, "\"/>\n");
        end_y[k] = chart_y(c);
        /* TRANSLATORS: the first point of a person's line in the chart: name, connection. */
        snprintf(title, sizeof title, _("Start: %s %d"), name[k], p->connection_start);
        chart_person_point(b, k, CH_X0, chart_y(p->connection_start), false, false, false, title);
        for (int i = 0; i < s->n_decisions; i++) {
            const SessionDecision *dd = &s->decisions[i];
            const SessionPersonEffect *e = k < dd->n_people ? &dd->people[k] : NULL;
            int ci = e ? e->connection_after : dd->connection_after;
            signed_words(change, sizeof change, e ? e->dconn : dd->dconn);
            /* TRANSLATORS: a point of a person's line in the chart: the
             * decision, the name, connection and change, ", rupture opened"... */
            snprintf(title, sizeof title, _("Decision %d: %s %d (%s)%s%s"), dd->number, name[k], ci,
                     change, e && e->opened ? _(", rupture opened") : "",
                     e && e->repaired ? _(", repaired") : "");
            chart_person_point(b, k, CH_X0 + (i + 1) * sx, chart_y(ci), e && e->opened,
                               e && e->repaired, false, title);
        }
    }
    /* The names at the lines' ends, kept apart when the ends are close. */
    double gap = end_y[1] - end_y[0];
    if (gap < 0 ? -gap < 16 : gap < 16) {
        double mid = (end_y[0] + end_y[1]) / 2;
        int upper = end_y[0] <= end_y[1] ? 0 : 1;
        end_y[upper] = mid - 8;
        end_y[1 - upper] = mid + 8;
    }
    double ex = CH_X0 + s->n_decisions * sx + 10;
    for (int k = 0; k < 2; k++) {
        strbuf_printf(b,
                      "<text class=\"person-label label-%d\" x=\"%.1f\" y=\"%.1f\" "
                      "text-anchor=\"start\">",
                      k + 1, ex, end_y[k] + 5);
        html_escaped(b, name[k], false);
        strbuf_puts(b, "</text>\n");
    }
    /* The key: each person's line and mark with their name; then the road,
     * the rupture and the repair. */
    int ly = CH_H - 40, x = CH_X0;
    strbuf_puts(b, "<g class=\"legend\">\n");
    for (int k = 0; k < 2; k++) {
        strbuf_printf(b,
                      "<line class=\"person-line person-%d\" x1=\"%d\" y1=\"%d\" x2=\"%d\" "
                      "y2=\"%d\"/>",
                      k + 1, x, ly, x + 40, ly);
        if (k == 0)
            strbuf_printf(b, "<circle class=\"dot\" cx=\"%d\" cy=\"%d\" r=\"4.5\"/>", x + 20, ly);
        else
            strbuf_printf(b,
                          "<rect class=\"dot-2\" x=\"%.1f\" y=\"%.1f\" width=\"9\" height=\"9\"/>",
                          x + 20 - 4.5, ly - 4.5);
        strbuf_printf(b, "<text x=\"%d\" y=\"%d\">", x + 48, ly + 4);
        html_escaped(b, name[k], false);
        strbuf_puts(b, "</text>\n");
        x += 48 + chart_text_w(name[k]) + 28;
    }
    ly = CH_H - 14;
    strbuf_printf(b,
                  _("<line class=\"road-line\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
                    "<text x=\"%d\" y=\"%d\">A road not taken</text>\n"),
                  CH_X0, ly, CH_X0 + 34, ly, CH_X0 + 42, ly + 4);
    mark_rupture(b, CH_X0 + 182, ly, 8, _("Rupture opened"));
    strbuf_printf(b, _("<text x=\"%d\" y=\"%d\">Rupture opened</text>\n"), CH_X0 + 196, ly + 4);
    mark_repair(b, CH_X0 + 332, ly, 8, _("Repair"));
    strbuf_printf(b, _("<text x=\"%d\" y=\"%d\">Repair</text>\n"), CH_X0 + 346, ly + 4);
    strbuf_puts(b, "</g>\n</svg>\n");
}

static void option_to(StrBuf *b, const Session *s, const SessionOption *o);

static void html_option_row(StrBuf *b, const Session *s, const SessionDecision *d, int i, int total)
{
    const SessionOption *o = &d->options[i];
    bool chosen = i == d->chosen;
    int votes = o->votes > 0 ? o->votes : 0;
    double width = total > 0 ? 100.0 * votes / total : 0.0;
    strbuf_printf(b, "<tr%s><th scope=\"row\"><span class=\"letter\">%c</span></th><td>",
                  chosen ? " class=\"chosen\"" : "", 'A' + i);
    html_prose(b, o->text);
    if (chosen)
        strbuf_puts(b, _(" <span class=\"mark\">\u2714 chosen</span>"));
    strbuf_puts(b, "</td><td>");
    html_escaped(b, kinds_label(&s->kinds, o->kind), false);
    if (s->n_people == 2 && o->to)
        option_to(b, s, o);
    strbuf_printf(b,
                  "</td><td class=\"votes\"><span class=\"track\"><span class=\"bar\" "
                  "style=\"width:%.1f%%\"></span></span>",
                  width);
    /* TRANSLATORS: a vote count in the report's table; keep the markup. */
    strbuf_printf(
        b,
        P_("<span class=\"count\">%d</span> vote", "<span class=\"count\">%d</span> votes", votes),
        votes);
    if (o->phone > 0 && o->phone <= votes)
        strbuf_printf(b, _(" <span class=\"split\">(%d keyed, %d by phone)</span>"),
                      votes - o->phone, o->phone);
    strbuf_puts(b, "</td></tr>\n");
}

/* `text` escaped for HTML into `out` (size n), cut at a character when it
 * does not fit; "" for NULL. */
static void esc_into(char *out, size_t n, const char *text)
{
    StrBuf t = {0};
    html_escaped(&t, text, false);
    char *e = strbuf_take(&t);
    size_t len = e ? strlen(e) : 0;
    if (len >= n)
        len = utf8_boundary(e, n - 1);
    /* never in the middle of an entity: "&amp;" cut is "&am" */
    for (size_t k = len; k > 0 && len - k < 8; k--)
        if (e[k - 1] == ';')
            break;
        else if (e[k - 1] == '&') {
            len = k - 1;
            break;
        }
    if (n > 0) {
        memcpy(out, e ? e : "", len);
        out[len] = '\0';
    }
    attune_free(e);
}

/* With two people: whom answer `o` is to, and what it is to the other,
 * under its kind ("to Maya · Theo: Dismissing"). */
static void option_to(StrBuf *b, const Session *s, const SessionOption *o)
{
    char nm[256], label[256];
    int k = session_person_index(s, o->to);
    strbuf_puts(b, "<br><span class=\"for\">");
    if (k >= 0) {
        esc_into(nm, sizeof nm, s->people[k].name ? s->people[k].name : "?");
        /* TRANSLATORS: under an answer's kind in the report: whom it is to. */
        strbuf_printf(b, _("to %s"), nm);
        if (o->other) {
            esc_into(nm, sizeof nm, s->people[1 - k].name ? s->people[1 - k].name : "?");
            esc_into(label, sizeof label, kinds_label(&s->kinds, o->other));
            /* TRANSLATORS: after "to Maya": what the answer is to the other one. */
            strbuf_printf(b, _(" \u00b7 %s: %s"), nm, label);
        }
    } else {
        strbuf_puts(b, _("to both"));
    }
    strbuf_puts(b, "</span>");
}

/* A rupture opened, deepened or mended with someone: the report's marks. */
static void effect_tags(StrBuf *b, bool opened, bool deepened, bool repaired)
{
    if (opened)
        strbuf_puts(b, _(" <span class=\"tag-rupture\">\u25bd A rupture opened.</span>"));
    if (deepened)
        strbuf_puts(b, _(" <span class=\"tag-rupture\">\u25bd The rupture deepened.</span>"));
    if (repaired)
        strbuf_puts(b, _(" <span class=\"tag-repair\">\u25c6 Repaired.</span>"));
}

/* With two people: whom the answer was to and what it was to the other,
 * in one line ("To Maya · Attuning · Theo: Dismissing, a miss (taking
 * sides)"); then, for each of them, what it did: the kind, the
 * connection, a rupture opened or mended, their inner voice. */
static void html_decision_people(StrBuf *b, const Session *s, const SessionDecision *d)
{
    char nm[2][256], label[256], w[32];
    for (int k = 0; k < 2; k++)
        esc_into(nm[k], sizeof nm[k], s->people[k].name ? s->people[k].name : "?");
    const SessionOption *o =
        d->chosen >= 0 && d->chosen < d->n_options ? &d->options[d->chosen] : NULL;
    int k = session_person_index(s, d->to);
    const char *kind = k >= 0 && d->people[k].kind ? d->people[k].kind : o ? o->kind : NULL;
    esc_into(label, sizeof label, kinds_label(&s->kinds, kind));
    strbuf_puts(b, "<p class=\"to\">");
    if (k >= 0)
        /* TRANSLATORS: whom the group's answer was to, with two people on stage. */
        strbuf_printf(b, _("To <strong>%s</strong>"), nm[k]);
    else if (d->to)
        strbuf_puts(b, _("To <strong>both</strong>"));
    else
        strbuf_puts(b, _("To neither of them"));
    if (label[0])
        strbuf_printf(b, " \u00b7 %s", label);
    if (k >= 0) {
        const SessionPersonEffect *e = &d->people[1 - k];
        char other[256];
        esc_into(other, sizeof other, kinds_label(&s->kinds, e->kind));
        if (!e->present)
            /* TRANSLATORS: the other of two people, not on stage at that beat. */
            strbuf_printf(b, _(" \u00b7 %s was not there"), nm[1 - k]);
        else if (!e->kind)
            /* TRANSLATORS: the other of two people, whom the answer left alone. */
            strbuf_printf(b, _(" \u00b7 %s: not touched (waiting a turn is not a miss)"),
                          nm[1 - k]);
        else if (d->took_sides && kinds_tone(&s->kinds, e->kind) == KIND_MISSED)
            /* TRANSLATORS: the other of two people: the kind of what the
             * answer was to them, a miss, and that it took the first one's side. */
            strbuf_printf(
                b, _(" \u00b7 %s: <span class=\"tag-rupture\">%s, a miss (taking sides)</span>"),
                nm[1 - k], other);
        else if (kinds_tone(&s->kinds, e->kind) == KIND_MISSED)
            strbuf_printf(b, _(" \u00b7 %s: <span class=\"tag-rupture\">%s, a miss</span>"),
                          nm[1 - k], other);
        else
            strbuf_printf(b, _(" \u00b7 %s: %s"), nm[1 - k], other);
    }
    strbuf_puts(b, "</p>\n<ul class=\"people\">\n");
    for (int p = 0; p < 2 && p < d->n_people; p++) {
        const SessionPersonEffect *e = &d->people[p];
        strbuf_puts(b, "<li>");
        if (!e->kind && !e->present) {
            /* TRANSLATORS: one of two people, off stage at that beat: name, connection. */
            strbuf_printf(b, _("<span class=\"person\">%s</span>: not there \u00b7 connection %d"),
                          nm[p], e->connection_after);
        } else if (!e->kind) {
            /* TRANSLATORS: one of two people, whom the answer left alone: name, connection. */
            strbuf_printf(b,
                          _("<span class=\"person\">%s</span>: not touched \u00b7 connection %d"),
                          nm[p], e->connection_after);
        } else {
            esc_into(label, sizeof label, kinds_label(&s->kinds, e->kind));
            signed_words(w, sizeof w, e->dconn);
            /* TRANSLATORS: what an answer did to one of two people: name,
             * kind, connection before and after, the change. */
            strbuf_printf(b,
                          _("<span class=\"person\">%s</span>: %s \u00b7 connection %d \u2192 %d "
                            "(<strong>%s</strong>)"),
                          nm[p], label, e->connection_before, e->connection_after, w);
            effect_tags(b, e->opened, e->deepened, e->repaired);
        }
        if (e->inner) {
            strbuf_puts(b, _("<br><span class=\"label\">Inner voice:</span> "));
            html_prose(b, e->inner);
        }
        strbuf_puts(b, "</li>\n");
    }
    strbuf_puts(b, "</ul>\n");
}

/* With two people: what a road's step did to each ("Maya 68 (+6) · Theo 50
 * (−12) ▽ a rupture opened"), after its answer. */
static void road_step_people(StrBuf *b, const Session *s, const SessionRoadStep *st)
{
    char nm[256], w[32];
    strbuf_puts(b, " \u2014");
    for (int k = 0; k < st->n_people && k < s->n_people; k++) {
        const SessionPersonEffect *e = &st->people[k];
        esc_into(nm, sizeof nm, s->people[k].name ? s->people[k].name : "?");
        signed_words(w, sizeof w, e->dconn);
        /* TRANSLATORS: a road not taken's step with two people: a name,
         * the connection after it, the change. */
        strbuf_printf(b, _("%s<span class=\"person\">%s</span> %d (%s)"), k ? " \u00b7 " : " ", nm,
                      e->connection_after, w);
        if (e->opened)
            strbuf_puts(b, _(" <span class=\"tag-rupture\">\u25bd a rupture opened</span>"));
        if (e->repaired)
            strbuf_puts(b, _(" <span class=\"tag-repair\">\u25c6 repaired</span>"));
    }
}

/* With two people: each one's inner voice after a road's step. */
static void road_step_inner(StrBuf *b, const Session *s, const SessionRoadStep *st)
{
    char nm[256];
    bool any = false;
    for (int k = 0; k < st->n_people && k < s->n_people; k++) {
        if (!st->people[k].inner)
            continue;
        strbuf_puts(b, any ? " \u00b7 " : _("<span class=\"label\">Inner voice:</span> "));
        esc_into(nm, sizeof nm, s->people[k].name ? s->people[k].name : "?");
        strbuf_printf(b, "<span class=\"person\">%s</span>: ", nm);
        html_prose(b, st->people[k].inner);
        any = true;
    }
}

static void html_decision(StrBuf *b, const Session *s, const SessionDecision *d)
{
    char w1[32], w2[32], w3[32];
    strbuf_printf(b, "<li class=\"decision\" id=\"decision-%d\">\n", d->number);
    strbuf_printf(b, _("<h3>Decision %d</h3>\n"), d->number);
    if (d->said) {
        strbuf_puts(b, "<p class=\"said\">");
        if (d->speaker) {
            strbuf_puts(b, "<span class=\"speaker\">");
            html_escaped(b, d->speaker, false);
            strbuf_puts(b, ":</span> ");
        }
        html_prose(b, d->said);
        strbuf_puts(b, "</p>\n");
    }
    if (d->cue) {
        strbuf_puts(b, "<p class=\"cue\">");
        html_prose(b, d->cue);
        strbuf_puts(b, "</p>\n");
    }
    int total = session_decision_votes(d);
    strbuf_puts(b, _("<table class=\"options\">\n<thead><tr><th scope=\"col\">Letter</th>"
                     "<th scope=\"col\">Answer</th><th scope=\"col\">Kind</th>"
                     "<th scope=\"col\">Votes</th></tr></thead>\n<tbody>\n"));
    for (int i = 0; i < d->n_options; i++)
        html_option_row(b, s, d, i, total);
    strbuf_puts(b, "</tbody>\n</table>\n<p class=\"outcome\">");
    switch (d->by) {
    case SESSION_BY_TIE_BREAK:
        strbuf_printf(b,
                      P_("Decided by <strong>a tie-break</strong>: the votes were tied, the "
                         "facilitator chose (%d vote).",
                         "Decided by <strong>a tie-break</strong>: the votes were tied, the "
                         "facilitator chose (%d votes).",
                         total),
                      total);
        break;
    case SESSION_BY_FACILITATOR:
        strbuf_puts(b, _("Decided by <strong>the facilitator</strong>."));
        break;
    default:
        strbuf_printf(b,
                      P_("Decided by <strong>majority</strong> (%d vote).",
                         "Decided by <strong>majority</strong> (%d votes).", total),
                      total);
    }
    int phone = session_decision_phone_votes(d);
    if (phone > 0)
        strbuf_printf(b, _(" Votes: %d keyed, %d from phones."), total - phone, phone);
    bool two = s->n_people == 2 && d->n_people == 2;
    if (!two) {
        signed_words(w1, sizeof w1, d->dconn);
        strbuf_printf(b, _(" Connection %d \u2192 %d (<strong>%s</strong>)."), d->connection_before,
                      d->connection_after, w1);
        effect_tags(b, d->opened, d->deepened, d->repaired);
    }
    strbuf_puts(b, "</p>\n");
    if (two)
        html_decision_people(b, s, d);
    if ((d->inner && !two) || d->why) {
        strbuf_puts(b, "<div class=\"why\">");
        if (d->inner && !two) {
            strbuf_puts(b, _("<p><span class=\"label\">Inner voice:</span> "));
            html_prose(b, d->inner);
            strbuf_puts(b, "</p>");
        }
        if (d->why) {
            strbuf_puts(b, _("<p><span class=\"label\">Why:</span> "));
            html_prose(b, d->why);
            strbuf_puts(b, "</p>");
        }
        strbuf_puts(b, "</div>\n");
    }
    if (d->reflect) {
        strbuf_puts(b, _("<p class=\"reflect\"><span class=\"label\">Question:</span> "));
        html_escaped(b, d->reflect, true);
        strbuf_puts(b, "</p>\n");
    }
    duration_words(w1, sizeof w1, d->shown_at);
    duration_words(w2, sizeof w2, d->decided_at - d->shown_at);
    strbuf_printf(b, _("<p class=\"timing\">Shown %s into the session; decided in %s"), w1, w2);
    if (d->discussion_ms > 0) {
        duration_words(w3, sizeof w3, d->discussion_ms);
        strbuf_printf(b, _("; discussion %s"), w3);
    }
    if (d->vote_timer_ms > 0) {
        duration_words(w3, sizeof w3, d->vote_timer_ms);
        strbuf_printf(b, _("; vote timer %s"), w3);
    }
    strbuf_printf(b, ".%s</p>\n</li>\n",
                  d->revealed ? _(" The inner voice and why were shown to the room.") : "");
}

static void html_questions(StrBuf *b, const Session *s)
{
    strbuf_puts(b, _("<section id=\"questions\">\n<h2>Questions to take away</h2>\n"));
    int shown = 0;
    for (int i = 0; i < s->n_decisions; i++) {
        const SessionDecision *d = &s->decisions[i];
        if (!d->reflect || !d->reflect[0])
            continue;
        bool seen = false;
        for (int k = 0; k < i && !seen; k++)
            seen = s->decisions[k].reflect && strcmp(s->decisions[k].reflect, d->reflect) == 0;
        if (seen)
            continue;
        if (shown++ == 0)
            strbuf_puts(b, "<ul class=\"questions\">\n");
        strbuf_puts(b, "<li>");
        html_escaped(b, d->reflect, true);
        strbuf_printf(b, _(" <span class=\"from\">(decision %d)</span></li>\n"), d->number);
    }
    strbuf_puts(b,
                shown ? "</ul>\n" : _("<p>No reflection questions came up in this session.</p>\n"));
    strbuf_puts(b, "</section>\n");
}

/* Whether road `r`'s first step is the answer `o` it tried (as the
 * workshop records it): matched by the answer's id, else by its words. */
static bool road_first_is_answer(const SessionRoad *r, const SessionOption *o)
{
    if (r->n_steps < 1)
        return false;
    const SessionRoadStep *st = &r->steps[0];
    if (st->id && o->id)
        return strcmp(st->id, o->id) == 0;
    return st->text && o->text && strcmp(st->text, o->text) == 0;
}

/* A road step's rupture and repair marks, after its connection. */
static void road_step_tags(StrBuf *b, const SessionRoadStep *st)
{
    if (st->opened)
        strbuf_puts(b, _(" <span class=\"tag-rupture\">\u25bd a rupture opened</span>"));
    if (st->repaired)
        strbuf_puts(b, _(" <span class=\"tag-repair\">\u25c6 repaired</span>"));
}

static void html_roads(StrBuf *b, const Session *s)
{
    strbuf_puts(b, _("<section id=\"roads\">\n<h2>Roads not taken</h2>\n"));
    if (s->n_roads == 0) {
        strbuf_puts(b, _("<p>No road not taken was tried in this session.</p>\n</section>\n"));
        return;
    }
    strbuf_puts(b, "<ol class=\"roads\">\n");
    char w[32];
    for (int i = 0; i < s->n_roads; i++) {
        const SessionRoad *r = &s->roads[i];
        const SessionDecision *d = &s->decisions[r->from];
        const SessionOption *o = &d->options[r->option];
        strbuf_printf(b,
                      _("<li class=\"road\">\n<h3>From decision %d: answer %c instead</h3>\n<p>"),
                      d->number, 'A' + r->option);
        html_prose(b, o->text);
        strbuf_puts(b, " <em>(");
        html_escaped(b, kinds_label(&s->kinds, o->kind), false);
        strbuf_puts(b, ")</em>");
        /* The first step is that answer played: its effect and inner voice
         * go with the answer above, and the list holds what came after. */
        int first = road_first_is_answer(r, o) ? 1 : 0;
        bool two = s->n_people == 2 && first && r->steps[0].n_people == 2;
        if (two) {
            road_step_people(b, s, &r->steps[0]);
        } else if (first) {
            const SessionRoadStep *st = &r->steps[0];
            signed_words(w, sizeof w, st->dconn);
            strbuf_printf(b, _(" \u2014 connection %d (%s)"), st->connection, w);
            road_step_tags(b, st);
        }
        strbuf_puts(b, "</p>\n");
        if (two && (r->steps[0].people[0].inner || r->steps[0].people[1].inner)) {
            strbuf_puts(b, "<div class=\"why\"><p>");
            road_step_inner(b, s, &r->steps[0]);
            strbuf_puts(b, "</p></div>\n");
        } else if (first && r->steps[0].inner && !two) {
            strbuf_puts(b, _("<div class=\"why\"><p><span class=\"label\">Inner voice:</span> "));
            html_prose(b, r->steps[0].inner);
            strbuf_puts(b, "</p></div>\n");
        }
        if (r->n_steps > first) {
            strbuf_puts(b, first ? _("<p>Then:</p>\n<ol class=\"steps\">\n")
                                 : "<ol class=\"steps\">\n");
            for (int k = first; k < r->n_steps; k++) {
                const SessionRoadStep *st = &r->steps[k];
                signed_words(w, sizeof w, st->dconn);
                strbuf_puts(b, "<li><span class=\"label\">");
                html_escaped(b, kinds_label(&s->kinds, st->kind), false);
                strbuf_puts(b, ":</span> ");
                html_prose(b, st->text);
                if (s->n_people == 2 && st->n_people == 2) {
                    road_step_people(b, s, st);
                    if (st->people[0].inner || st->people[1].inner) {
                        strbuf_puts(b, "<br>");
                        road_step_inner(b, s, st);
                    }
                } else {
                    strbuf_printf(b, _(" \u2014 connection %d (%s)"), st->connection, w);
                    road_step_tags(b, st);
                    if (st->inner) {
                        strbuf_puts(b, _("<br><span class=\"label\">Inner voice:</span> "));
                        html_prose(b, st->inner);
                    }
                }
                strbuf_puts(b, "</li>\n");
            }
            strbuf_puts(b, "</ol>\n");
        }
        if (r->ending) {
            strbuf_puts(b, _("<p>It reached the ending <strong>"));
            html_prose(b, r->ending);
            strbuf_puts(b, "</strong>.");
        } else {
            strbuf_puts(b, _("<p>It stopped before an ending."));
        }
        duration_words(w, sizeof w, r->ms);
        strbuf_printf(b, _(" Time: %s.</p>\n</li>\n"), w);
    }
    strbuf_puts(b, "</ol>\n</section>\n");
}

char *session_report_html(const Session *s)
{
    if (!s)
        return NULL;
    StrBuf b = {0};
    Tally t;
    report_tally(s, &t);
    const char *title = s->story_title ? s->story_title : s->story_id ? s->story_id : _("A story");
    char w[64];
    /* The page is in the interface's language (the story's own text is in
     * the story's). */
    strbuf_printf(&b, "<!DOCTYPE html>\n<html lang=\"%s\">\n", i18n_language());
    strbuf_puts(&b, "<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    "<title>");
    html_escaped(&b, title, false);
    strbuf_puts(&b, _(" \u2014 workshop report, "));
    html_escaped(&b, s->date, false);
    strbuf_puts(&b, "</title>\n<style>\n");
    for (size_t i = 0; i < sizeof HTML_STYLE / sizeof HTML_STYLE[0]; i++)
        strbuf_puts(&b, HTML_STYLE[i]);
    for (size_t i = 0; s->n_people == 2 && i < sizeof HTML_STYLE_TWO / sizeof HTML_STYLE_TWO[0];
         i++)
        strbuf_puts(&b, HTML_STYLE_TWO[i]);
    strbuf_puts(&b, _("</style>\n</head>\n<body>\n<header>\n<p class=\"kicker\">Attune \u00b7 "
                      "workshop report</p>\n<h1>"));
    html_escaped(&b, title, false);
    strbuf_puts(&b, "</h1>\n<dl class=\"facts\">\n");
    strbuf_puts(&b, _("<div><dt>Date</dt><dd>"));
    html_escaped(&b, s->date, false);
    strbuf_puts(&b, "</dd></div>\n");
    duration_words(w, sizeof w, report_session_ms(s));
    strbuf_printf(&b, _("<div><dt>Length</dt><dd>%s</dd></div>\n"), w);
    if (s->n_resumed > 0) {
        strbuf_puts(&b, _("<div><dt>Interrupted</dt><dd>Resumed after an interruption at "));
        for (int i = 0; i < s->n_resumed; i++) {
            strbuf_puts(&b, i == 0 ? "" : i + 1 < s->n_resumed ? ", " : _(" and "));
            html_escaped(&b, s->resumed[i], false);
        }
        strbuf_puts(&b, "</dd></div>\n");
    }
    if (s->phones_joined > 0) {
        int phone = 0, all = 0;
        for (int i = 0; i < s->n_decisions; i++) {
            phone += session_decision_phone_votes(&s->decisions[i]);
            all += session_decision_votes(&s->decisions[i]);
        }
        strbuf_printf(&b,
                      _("<div><dt>Phones</dt><dd>%d joined; %d of the %d votes came from phones "
                        "(no names or device data kept)</dd></div>\n"),
                      s->phones_joined, phone, all);
    }
    if (s->relationship) {
        strbuf_puts(&b, _("<div><dt>Relationship</dt><dd>"));
        html_escaped(&b, i18n_relationship(s->relationship), false);
        strbuf_puts(&b, "</dd></div>\n");
    }
    strbuf_puts(&b, _("<div><dt>Ending reached</dt><dd>"));
    if (report_has_ending(s) && s->ending_title) {
        html_prose(&b, s->ending_title);
        if (s->ending_verdict) {
            strbuf_puts(&b, " (");
            html_escaped(&b, i18n_verdict(s->ending_verdict), false);
            strbuf_puts(&b, ")");
        }
    } else {
        strbuf_puts(&b, report_has_ending(s) ? _("An ending")
                                             : _("None: the session stopped before an ending"));
    }
    strbuf_puts(&b, "</dd></div>\n</dl>\n");
    if (report_has_ending(s) && s->ending_text) {
        strbuf_puts(&b, "<blockquote>");
        html_prose(&b, s->ending_text);
        strbuf_puts(&b, "</blockquote>\n");
    }
    strbuf_puts(&b, _("</header>\n<main>\n<section id=\"glance\">\n<h2>At a glance</h2>\n"
                      "<ul class=\"glance\">\n"));
    /* TRANSLATORS: the report's "At a glance" list; keep the markup. */
    strbuf_printf(&b,
                  P_("<li><strong>%d</strong> decision</li>\n",
                     "<li><strong>%d</strong> decisions</li>\n", s->n_decisions),
                  s->n_decisions);
    strbuf_printf(&b,
                  P_("<li><strong>%d</strong> attuned answer</li>\n",
                     "<li><strong>%d</strong> attuned answers</li>\n", t.attuned),
                  t.attuned);
    strbuf_printf(&b,
                  P_("<li>\u25bd <strong>%d</strong> rupture opened</li>\n",
                     "<li>\u25bd <strong>%d</strong> ruptures opened</li>\n", t.opened),
                  t.opened);
    strbuf_printf(&b,
                  P_("<li>\u25c6 <strong>%d</strong> repair</li>\n",
                     "<li>\u25c6 <strong>%d</strong> repairs</li>\n", t.repaired),
                  t.repaired);
    if (s->n_people == 2) {
        for (int k = 0; k < 2; k++) {
            char nm[256];
            esc_into(nm, sizeof nm, s->people[k].name ? s->people[k].name : "?");
            /* TRANSLATORS: the report's "At a glance", with two people: a
             * name, the connection at the start and the end. */
            strbuf_printf(&b, _("<li>Connection with %s <strong>%d \u2192 %d</strong></li>\n"), nm,
                          s->people[k].connection_start, s->people[k].connection_end);
        }
    } else {
        strbuf_printf(&b, _("<li>Connection <strong>%d \u2192 %d</strong></li>\n"),
                      s->connection_start, s->connection_end);
    }
    long long talk = s->discussion_ms;
    for (int i = 0; i < s->n_decisions; i++)
        talk += s->decisions[i].discussion_ms;
    duration_words(w, sizeof w, talk);
    strbuf_printf(&b, _("<li>Discussion <strong>%s</strong></li>\n"), w);
    strbuf_puts(&b, "</ul>\n");
    if (t.n_kinds > 0) {
        strbuf_puts(&b, _("<p>Answers the group chose: "));
        for (int i = 0; i < t.n_kinds; i++) {
            strbuf_puts(&b, i ? " \u00b7 " : "");
            html_escaped(&b, kinds_label(&s->kinds, t.kinds[i]), false);
            strbuf_printf(&b, " <strong>%d</strong>", t.counts[i]);
        }
        strbuf_puts(&b, "</p>\n");
    }
    strbuf_puts(&b,
                _("</section>\n<section id=\"chart\">\n<h2>Connection through the session</h2>\n"
                  "<figure>\n"));
    if (s->n_people == 2) {
        char nm[2][256];
        for (int k = 0; k < 2; k++)
            esc_into(nm[k], sizeof nm[k], s->people[k].name ? s->people[k].name : "?");
        html_chart_two(&b, s, &t);
        /* TRANSLATORS: under the report's chart with two people: their names. */
        strbuf_printf(&b,
                      _("<figcaption>Connection (0\u2013100) with each of them after each "
                        "decision: %s on the solid line with round dots, %s on the dash-dot line "
                        "with square dots, each named at its end. The thin dashed lines are roads "
                        "not taken, from the decision where they left it.</figcaption>\n"),
                      nm[0], nm[1]);
        strbuf_puts(&b, "</figure>\n</section>\n");
    } else {
        html_chart(&b, s, &t);
        strbuf_puts(&b,
                    _("<figcaption>Connection (0\u2013100) after each decision. The solid line is "
                      "the group&#39;s road; dashed lines are roads not taken, from the decision "
                      "where they left it.</figcaption>\n</figure>\n</section>\n"));
    }
    strbuf_puts(&b, _("<section id=\"decisions\">\n<h2>Decisions</h2>\n"));
    if (s->n_decisions == 0)
        strbuf_puts(&b, _("<p>No decision was made in this session.</p>\n"));
    else
        strbuf_puts(&b, "<ol class=\"decisions\">\n");
    for (int i = 0; i < s->n_decisions; i++)
        html_decision(&b, s, &s->decisions[i]);
    if (s->n_decisions > 0)
        strbuf_puts(&b, "</ol>\n");
    strbuf_puts(&b, "</section>\n");
    html_questions(&b, s);
    html_roads(&b, s);
    strbuf_puts(&b, _("</main>\n<footer>\n<p>Made with Attune. No names or personal data are "
                      "recorded.</p>\n</footer>\n</body>\n</html>\n"));
    return strbuf_take(&b);
}
