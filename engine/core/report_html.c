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

static void html_chart(StrBuf *b, const Session *s, const Tally *t)
{
    int max_x = s->n_decisions;
    for (int i = 0; i < s->n_roads; i++)
        if (s->roads[i].from + s->roads[i].n_steps > max_x)
            max_x = s->roads[i].from + s->roads[i].n_steps;
    if (max_x < 1)
        max_x = 1;
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
    /* Grid and axes. */
    for (int c = 0; c <= 100; c += 25) {
        double y = chart_y(c);
        strbuf_printf(b,
                      "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>\n"
                      "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>\n",
                      CH_X0, y, CH_X1, y, CH_X0 - 8, y + 4.5, c);
    }
    strbuf_printf(b,
                  "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n"
                  "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n",
                  CH_X0, CH_Y0, CH_X0, CH_Y1, CH_X0, CH_Y1, CH_X1, CH_Y1);
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
                  (CH_X0 + CH_X1) / 2, CH_Y1 + 44, -(CH_Y0 + CH_Y1) / 2);
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
    signed_words(w1, sizeof w1, d->dconn);
    strbuf_printf(b, _(" Connection %d \u2192 %d (<strong>%s</strong>)."), d->connection_before,
                  d->connection_after, w1);
    if (d->opened)
        strbuf_puts(b, _(" <span class=\"tag-rupture\">\u25bd A rupture opened.</span>"));
    if (d->deepened)
        strbuf_puts(b, _(" <span class=\"tag-rupture\">\u25bd The rupture deepened.</span>"));
    if (d->repaired)
        strbuf_puts(b, _(" <span class=\"tag-repair\">\u25c6 Repaired.</span>"));
    strbuf_puts(b, "</p>\n");
    if (d->inner || d->why) {
        strbuf_puts(b, "<div class=\"why\">");
        if (d->inner) {
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
        if (first) {
            const SessionRoadStep *st = &r->steps[0];
            signed_words(w, sizeof w, st->dconn);
            strbuf_printf(b, _(" \u2014 connection %d (%s)"), st->connection, w);
            road_step_tags(b, st);
        }
        strbuf_puts(b, "</p>\n");
        if (first && r->steps[0].inner) {
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
                strbuf_printf(b, _(" \u2014 connection %d (%s)"), st->connection, w);
                road_step_tags(b, st);
                if (st->inner) {
                    strbuf_puts(b, _("<br><span class=\"label\">Inner voice:</span> "));
                    html_prose(b, st->inner);
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
    strbuf_printf(&b, _("<li>Connection <strong>%d \u2192 %d</strong></li>\n"), s->connection_start,
                  s->connection_end);
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
    html_chart(&b, s, &t);
    strbuf_puts(&b, _("<figcaption>Connection (0\u2013100) after each decision. The solid line is "
                      "the group&#39;s road; dashed lines are roads not taken, from the decision "
                      "where they left it.</figcaption>\n</figure>\n</section>\n"));
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
