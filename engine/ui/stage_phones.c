/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The stage's phone votes: the room's join screen (the address, its QR
 * code from libqrencode, the room code and the phones joined), the same on
 * the presenter, and the line at the foot of a beat while phones vote.
 * Layer: UI, part of the stage (stage_internal.h). */
#include "attune/i18n.h"
#include "attune/log.h"
#include "stage_internal.h"

#include <math.h>
#include <qrencode.h>
#include <stdio.h>
#include <string.h>

/* The address without "http://", as people type it. */
static const char *bare(const char *url)
{
    if (!url)
        return "";
    return strncmp(url, "http://", 7) == 0 ? url + 7 : url;
}

bool phones_strip_on(const StageModel *m)
{
    return m->phones_on && m->phones_url && !m->side_road &&
           (m->phase == STAGE_BEAT || m->phase == STAGE_TIE);
}

void phones_strip_text(const StageModel *m, char *out, size_t n)
{
    char voted[80] = "";
    if (m->phones_joined > 0)
        snprintf(voted, sizeof voted, _(" \u00b7 %d of %d phones voted"), m->phones_voted,
                 m->phones_joined);
    if (m->phase == STAGE_TIE)
        snprintf(out, n, _("Phones: the vote is closed%s"), voted);
    else
        snprintf(out, n, _("Vote by phone: **%s** \u00b7 room code **%04d**%s"),
                 bare(m->phones_url), m->phones_code, voted);
}

/* The QR code of `text` in a white square of side `size` at (x, y), with
 * its quiet zone; false when it cannot be made. Black on white whatever the
 * theme: phones' cameras read that best. */
static bool qr_put(Screens *s, const char *text, float x, float y, float size)
{
    QRcode *q = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!q)
        return false;
    int modules = q->width + 8; /* four modules of quiet zone each side */
    float cell = floorf(size / (float)modules);
    if (cell < 1)
        cell = 1;
    float side = cell * (float)modules;
    float ox = floorf(x + (size - side) / 2), oy = floorf(y + (size - side) / 2);
    render_fill(s->renderer, ui_rect(ox, oy, side, side), (SDL_Color){255, 255, 255, 255});
    SDL_SetRenderDrawColor(s->renderer, 0, 0, 0, 255);
    for (int r = 0; r < q->width; r++) {
        /* a row's dark runs as one rectangle each */
        for (int c = 0; c < q->width;) {
            if (!(q->data[r * q->width + c] & 1)) {
                c++;
                continue;
            }
            int run = c;
            while (run < q->width && (q->data[r * q->width + run] & 1))
                run++;
            SDL_FRect cellr = ui_rect(ox + cell * (float)(c + 4), oy + cell * (float)(r + 4),
                                      cell * (float)(run - c), cell);
            SDL_RenderFillRectF(s->renderer, &cellr);
            c = run;
        }
    }
    QRcode_free(q);
    return true;
}

/* The join panel in r: the QR beside (or over) the three steps. */
void phones_join_put(Screens *s, const StageModel *m, SDL_FRect r, int head_px, int body_px)
{
    const Theme *theme = ui_theme();
    if (m->phones_error) {
        float y = r.y;
        y += put(s, _("Phone votes are off"), head_px, r.x, y, r.w, TEXT_STRONG, theme->text);
        y += (float)body_px * 0.5f;
        put(s, m->phones_error, body_px, r.x, y, r.w, TEXT_REGULAR, theme->text);
        return;
    }
    char link[120], code[32], joined[80];
    snprintf(link, sizeof link, "%s/#%04d", m->phones_url ? m->phones_url : "", m->phones_code);
    snprintf(code, sizeof code, "%d %d %d %d", m->phones_code / 1000 % 10,
             m->phones_code / 100 % 10, m->phones_code / 10 % 10, m->phones_code % 10);
    if (m->phones_joined == 1)
        snprintf(joined, sizeof joined, "%s", _("**1** phone joined"));
    else
        snprintf(joined, sizeof joined, _("**%d** phones joined"), m->phones_joined);
    bool wide = r.w >= r.h * 1.25f;
    float qs = wide ? fminf(r.h, r.w * 0.42f) : fminf(r.w * 0.7f, r.h * 0.45f);
    SDL_FRect text =
        wide ? ui_rect(r.x + qs + (float)body_px * 1.5f, r.y, r.w - qs - (float)body_px * 1.5f, r.h)
             : ui_rect(r.x, r.y + qs + (float)body_px, r.w, r.h - qs - (float)body_px);
    float qx = wide ? r.x : r.x + (r.w - qs) / 2;
    if (!qr_put(s, link, qx, r.y, qs))
        log_error("phones", "could not make the QR code of %s", link);
    const char *steps[3] = {_("Join the Wi-Fi this computer is on"),
                            _("Scan the code, or open this address:"), _("Type the room code:")};
    int big = (int)lroundf((float)head_px * 1.25f);
    float lh = (float)line_h(s, body_px);
    /* the column's height at these sizes, to centre it by the QR */
    float need = (float)line_h(s, head_px) * 1.4f + 3 * lh * 1.2f + (float)line_h(s, head_px) +
                 (float)line_h(s, big) + lh * 2.2f;
    float y = text.y + fmaxf(0, (fminf(text.h, wide ? qs : text.h) - need) / 2);
    y += put(s, _("Vote from your phone"), head_px, text.x, y, text.w, TEXT_STRONG, theme->text);
    y += (float)body_px * 0.4f;
    char line[200];
    for (int i = 0; i < 3; i++) {
        snprintf(line, sizeof line, "**%d** \u00b7 %s", i + 1, steps[i]);
        y += put(s, line, body_px, text.x, y, text.w, TEXT_REGULAR, theme->muted);
        if (i == 1)
            y += put(s, bare(m->phones_url), head_px, text.x, y, text.w, TEXT_STRONG, theme->text);
        else if (i == 2)
            y += put(s, code, big, text.x, y, text.w, TEXT_STRONG, theme->text);
        y += (float)body_px * 0.35f;
    }
    y += (float)body_px * 0.3f;
    y += put(s, joined, body_px, text.x, y, text.w, TEXT_REGULAR, theme->text);
    if (m->phones_local) {
        y += (float)body_px * 0.3f;
        put(s,
            _("*Only this computer can open this address: phones cannot reach it. Join the "
              "room\u2019s network, or share a phone\u2019s hotspot (the facilitator\u2019s guide "
              "says how).*"),
            (int)lroundf((float)body_px * 0.85f), text.x, y, text.w, TEXT_REGULAR, theme->muted);
    }
}

/* The room's join screen. */
void phones_draw_join(Screens *s, const StageModel *m, int w, int h)
{
    const Theme *theme = ui_theme();
    ui_room(s, m->view ? m->view->background : NULL, w, h, false);
    render_fill(s->renderer, ui_rect(0, 0, (float)w, (float)h), theme->backdrop);
    float W = (float)w, H = (float)h, margin = fminf(W, H) * 0.04f;
    float bottom = H - margin - notice_room(s, m, w, h);
    int base = base_of(W, H);
    int head = px_at(0.062f, base, 1.0f, 16), body = px_at(0.040f, base, 1.0f, 12);
    SDL_FRect p = ui_rect(margin, margin, W - 2 * margin, bottom - margin);
    panel(s, p, margin * 0.5f);
    float pad = margin;
    SDL_FRect in = ui_rect(p.x + pad, p.y + pad, p.w - 2 * pad, p.h - 2 * pad);
    if (!m->presenter_window) {
        const char *hint = _("Return or J: back to the session");
        float hh = (float)line_h(s, body);
        put(s, hint, body, in.x, in.y + in.h - hh, in.w, TEXT_ITALIC, theme->muted);
        in.h -= hh * 1.5f;
    }
    clip_to(s, p, w, h);
    phones_join_put(s, m, in, head, body);
    SDL_RenderSetClipRect(s->renderer, NULL);
}
