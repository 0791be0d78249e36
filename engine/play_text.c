/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Terminal play: the beat, the meters, the answers; the feedback after each
 * choice; the debrief at the ending. Layer: the program (story.h only). */
#include "attune/play_text.h"
#include "attune/alloc.h"
#include "attune/i18n.h"
#include "attune/utf8.h"
#include "attune/log.h"
#include "attune/markup.h"
#include "attune/route.h"
#include "attune/screens.h"
#include "attune/story.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Text as it reads, without markup: no asterisks (a terminal shows no
 * italics), and glossary links as their shown words. */
static void put_plain(FILE *out, const char *s)
{
    if (!s)
        return;
    size_t n = strlen(s) + 1;
    char *plain = attune_malloc(n);
    if (!plain)
        return;
    markup_plain(s, plain, n);
    log_puts(out, plain);
    attune_free(plain);
}

/* Two people: a line of meters for each, "(not here)" for one off stage. */
static void show_people(FILE *out, const StoryView *v)
{
    for (int i = 0; i < v->n_people; i++) {
        const StoryPerson *p = &v->people[i];
        char rupt[96];
        snprintf(rupt, sizeof rupt, P_("%d open rupture", "%d open ruptures", p->open_ruptures),
                 p->open_ruptures);
        /* TRANSLATORS: one of two people's meters in a terminal: their name,
         * state, connection, "1 open rupture", and " (not here)" or nothing. */
        log_printf(out, _("   [%s %s · connection %d · %s%s]\n"), p->name ? p->name : "",
                   p->state_word ? p->state_word : "", p->connection, rupt,
                   p->present ? "" : _(" (not here)"));
    }
    /* TRANSLATORS: your own meter in a terminal, below two people's. */
    log_printf(out, _("   [you %d%s]\n"), v->steadiness, v->flooded ? _(" (flooded)") : "");
}

static void show_meters(FILE *out, const StoryView *v)
{
    if (v->n_people > 0) {
        show_people(out, v);
        return;
    }
    char rupt[96];
    snprintf(rupt, sizeof rupt, P_("%d open rupture", "%d open ruptures", v->open_ruptures),
             v->open_ruptures);
    /* TRANSLATORS: the meters in a terminal: their name and state ("Maya
     * upset"), the connection, your steadiness, " (flooded)" or nothing, "1
     * open rupture"; reorder with %1$s ... %7$s. */
    log_printf(out, _("   [%s%s%s · connection %d · you %d%s · %s]\n"), v->name ? v->name : "",
               v->name ? " " : "", v->state_word ? v->state_word : "", v->connection, v->steadiness,
               v->flooded ? _(" (flooded)") : "", rupt);
}

static void show_beat(FILE *out, const StoryView *v)
{
    log_printf(out, "\n-- %s --\n", v->beat_id);
    show_meters(out, v);
    if (v->text) {
        log_puts(out, v->speaker ? v->speaker : "");
        log_puts(out, v->speaker ? ": " : "");
        put_plain(out, v->text);
        fputc('\n', out);
    }
    if (v->cue) {
        fputs("   (", out);
        put_plain(out, v->cue);
        fputs(")\n", out);
    }
    for (int i = 0; i < v->n_choices; i++) {
        log_printf(out, "  %d. ", i + 1);
        if (!v->choices[i].enabled)
            /* TRANSLATORS: before an answer the player is too flooded to choose. */
            log_puts(out, _("[out of reach] "));
        if (v->choices[i].to)
            /* TRANSLATORS: whom an answer is to, before it, with two people present ("to Esi:"). */
            log_printf(out, _("(to %s) "), v->choices[i].to);
        put_plain(out, v->choices[i].text);
        fputc('\n', out);
    }
    if (v->flooded)
        log_printf(
            out, "   %s\n",
            _("You are too flooded to find the words marked out of reach. Steady yourself first."));
}

/* Each line of `text` (markup taken out) on its own line, the first after
 * `first`, the others after `rest`. */
static void put_lines(FILE *out, char *text, const char *first, const char *rest)
{
    const char *lead = first;
    for (char *line = text, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        fputs(lead, out);
        put_plain(out, line);
        fputc('\n', out);
        lead = rest;
    }
}

/* What an answer did to each of two people, in the words of the feedback
 * screen (false when it touched neither: a steady breath, told as in a
 * one-person story). */
static bool show_feedback_people(FILE *out, const StoryStep *f)
{
    char head[1200], inner[4200];
    if (!screens_pair_feedback(f, head, sizeof head, inner, sizeof inner))
        return false;
    put_lines(out, head, "\n=> ", "   ");
    if (inner[0])
        put_lines(out, inner, "   ", "   ");
    return true;
}

/* What an answer did, in a story with one person. */
static void show_feedback_one(FILE *out, const StoryStep *f)
{
    log_printf(out, _("\n=> %s%s · connection %+d\n"), f->label,
               f->repaired   ? _(" · the rupture is repaired")
               : f->deepened ? _(" · the rupture deepened")
               : f->opened   ? _(" · a rupture opened")
                             : "",
               f->dconn);
    if (f->inner) {
        fputs(_("   They hear: \u201c"), out);
        put_plain(out, f->inner);
        fputs(_("\u201d\n"), out);
    }
}

static void show_feedback(FILE *out, const StoryStep *f)
{
    if (f->n_people == 0 || !show_feedback_people(out, f))
        show_feedback_one(out, f);
    if (f->why) {
        fputs(_("   Why: "), out);
        put_plain(out, f->why);
        fputc('\n', out);
    }
    if (f->rule) {
        fputs("   ", out);
        put_plain(out, f->rule);
        fputc('\n', out);
    }
}

/* `s` and spaces after it to `width` characters (not bytes: "ö" is one). */
static void put_padded(FILE *out, const char *s, int width)
{
    s = s ? s : "";
    log_puts(out, s);
    size_t i = 0, n = strlen(s);
    int chars = 0;
    while (i < n) {
        utf8_next(s, n, &i);
        chars++;
    }
    for (; chars < width; chars++)
        fputc(' ', out);
}

static void show_ending(FILE *out, const Story *s, const StoryView *v)
{
    /* TRANSLATORS: an ending's title and its verdict ("good"). */
    log_printf(out, _("\n== %s (%s ending) ==\n"), v->title ? v->title : _("The end"),
               v->verdict ? i18n_verdict(v->verdict) : "?");
    put_plain(out, v->text);
    fputc('\n', out);
    if (v->reason) {
        fputc('(', out);
        put_plain(out, v->reason);
        fputs(")\n", out);
    }
    int n = story_history_count(s);
    fputs(_("\nDebrief:\n"), out);
    for (int i = 0; i < n; i++) {
        const StoryStep *st = story_history(s, i);
        log_printf(out, "  %2d. ", i + 1);
        put_padded(out, st->label, 26);
        fputc(' ', out);
        /* TRANSLATORS: a step of the debrief in a terminal: connection after it. */
        char conn[300];
        if (st->n_people == 2)
            /* TRANSLATORS: a step of the debrief with two people: each name and connection. */
            snprintf(conn, sizeof conn, _("%s %3d · %s %3d"), st->people[0].name,
                     st->people[0].connection, st->people[1].name, st->people[1].connection);
        else
            snprintf(conn, sizeof conn, _("connection %3d"), st->connection);
        log_puts(out, conn);
        put_padded(out, screens_step_mark(st), 11);
        fputs(" ", out);
        log_puts(out, C_("quote", "\u201c"));
        put_plain(out, st->text);
        log_puts(out, C_("quote", "\u201d"));
        fputc('\n', out);
        if (st->why) {
            fputs("      ", out);
            put_plain(out, st->why);
            fputc('\n', out);
        }
    }
    DebriefCounts c;
    screens_debrief_counts(s, v, &c);
    /* TRANSLATORS: the debrief's summary in a terminal: the connection, then
     * "5 choices", "2 ruptures opened", "1 repaired", "1 left open". */
    if (v->n_people == 2)
        /* TRANSLATORS: the debrief's summary in a terminal with two people:
         * each name and connection, then the counts as above. */
        log_printf(out, _("%s %d · %s %d · %s · %s · %s · %s\n"), v->people[0].name,
                   v->people[0].connection, v->people[1].name, v->people[1].connection, c.choices,
                   c.opened, c.repaired, c.left);
    else
        log_printf(out, _("Connection %d · %s · %s · %s · %s\n"), v->connection, c.choices,
                   c.opened, c.repaired, c.left);
}

/* Answer beat `v` with `step`: 1 chosen, 0 refused (why, size wn: a step
 * that names no answer or one out of reach), -1 on a story error. */
static int answer(Story *s, const StoryView *v, const char *step, RouteWhat what, char *why,
                  size_t wn, FILE *out)
{
    int k = route_find(v, story_info(s)->kinds, step, what, why, wn);
    if (k < 0)
        return 0;
    StoryError err;
    if (!story_choose(s, k, &err)) {
        if (err.line == -1) {
            snprintf(why, wn, "%s", err.message);
            return 0;
        }
        log_printf(stderr, "%s:%d: error: %s\n", err.file, err.line, err.message);
        return -1;
    }
    const StoryView *after = story_view(s);
    if (after->has_feedback)
        show_feedback(out, &after->feedback);
    return 1;
}

int play_text_run(const char *dir, const char *lib_dir, uint64_t seed, const Route *road, FILE *in,
                  FILE *out)
{
    StoryError err;
    Story *s = story_load(dir, lib_dir, seed, &err);
    if (!s) {
        log_printf(stderr, "%s:%d: error: %s\n", err.file, err.line, err.message);
        return 1;
    }
    const StoryInfo *info = story_info(s);
    /* TRANSLATORS: a story's title, its relationship, how long it takes. */
    log_printf(out,
               P_("%s — %s · about %d minute\n", "%s — %s · about %d minutes\n", info->minutes),
               info->title ? info->title : info->id, info->relationship ? info->relationship : "",
               info->minutes);
    if (info->content_note)
        log_printf(out, _("Content note: %s\n"), info->content_note);
    if (info->you)
        log_printf(out, "%s\n", info->you);
    fputs(_("(Type the number of an answer, its id or its kind, and Enter; q quits.)\n"), out);
    int rc = 0, taken = 0;
    char line[1200], why[1200];
    for (;;) {
        const StoryView *v = story_view(s);
        if (v->is_ending) {
            show_ending(out, s, v);
            fflush(out); /* before the message, when both go to one place */
            if (road && taken < road->n) {
                log_printf(stderr,
                           "attune: %s: step %d ('%s'): the story has already ended (at '%s')\n",
                           road->what == ROUTE_KINDS ? "--kinds" : "--path", taken + 1,
                           road->step[taken], v->beat_id);
                rc = 2;
            }
            break;
        }
        show_beat(out, v);
        fputs("> ", out);
        if (road && taken < road->n) {
            /* The road given on the command line, as if typed. */
            log_printf(out, "%s\n", road->step[taken]);
            int r = answer(s, v, road->step[taken], road->what, why, sizeof why, out);
            if (r <= 0) {
                fflush(out);
                if (r == 0)
                    log_printf(stderr, "attune: %s: step %d ('%s'): %s\n",
                               road->what == ROUTE_KINDS ? "--kinds" : "--path", taken + 1,
                               road->step[taken], why);
                rc = r == 0 ? 2 : 1;
                break;
            }
            taken++;
            continue;
        }
        fflush(out);
        if (!fgets(line, sizeof line, in)) {
            fputs(_("\n(input ended)\n"), out);
            break;
        }
        line[strcspn(line, "\r\n")] = '\0';
        char *t = line;
        while (*t == ' ' || *t == '\t')
            t++;
        for (size_t n = strlen(t); n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\t'); n--)
            t[n - 1] = '\0';
        if (strcasecmp(t, "q") == 0 || strcasecmp(t, "quit") == 0)
            break;
        int r = answer(s, v, t, ROUTE_ANY, why, sizeof why, out);
        if (r < 0) {
            rc = 1;
            break;
        }
        if (r == 0)
            /* TRANSLATORS: why the answer typed was not taken, then the range. */
            log_printf(out, _("%s. Type a number from 1 to %d, an id or a kind (or q to quit).\n"),
                       why, v->n_choices);
    }
    story_destroy(s);
    return rc;
}
