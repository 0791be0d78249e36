/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The session's report as JSON (session_report_json). Layer: core, plain
 * data: no SDL, no Lua; it only reads the Session.
 *
 * The JSON report, one UTF-8 object (story prose has its *emphasis* and
 * [[links]] markup removed; every time is in whole seconds, rounded):
 *   format            "attune-workshop-report"
 *   version           1
 *   story             {id, title, relationship} (strings, or null)
 *   date              "YYYY-MM-DD", the day the session was run
 *   duration_seconds  from the start to the ending (or to the last thing done);
 *                     the time a crash or power cut took is not in it
 *   resumed_after_interruption  ["HH:MM", ...]: the local time of the last
 *                     record before each interruption the session was resumed
 *                     after (engine/resume.c); [] when it ran straight through
 *   connection_start, connection_end   0-100
 *   ending            {title, verdict, text}, or null when none was reached
 *   decisions         one per decision, in the order played:
 *     number            1, 2, ...
 *     beat, speaker, said, cue, reflect   what was on screen (null when absent;
 *                       speaker null is narration; reflect is the question)
 *     options           [{letter "A".., text, kind, id, votes, keyed_votes,
 *                        phone_votes}]: votes is the two added up
 *     votes_total       the sum of the options' votes
 *     phone_votes_total of those, how many came from phones (keyed: the rest)
 *     chosen            {letter, text, kind, id, inner, why}: the group's answer
 *                       with its inner voice and why
 *     decided_by        "majority" | "tie-break" | "facilitator"
 *     revealed          true when the inner voice and why were shown to the room
 *     effects           {connection_before, connection_after, connection_change,
 *                        steadiness_before, steadiness_after,
 *                        rupture_opened, rupture_deepened, repaired}
 *     timings           {shown_at_seconds, decided_at_seconds (both since the
 *                        start), seconds_to_decide, discussion_seconds,
 *                        vote_timer_seconds (0: no timer)}
 *   roads_not_taken   [{from_decision (its number), letter, text, kind,
 *                       inner (the inner voice after that answer, or null),
 *                       steps [{text, kind, inner, connection, connection_change,
 *                               rupture_opened, repaired}] (the first step is
 *                               that answer played, then what came after),
 *                       ending (its title, or null), seconds}]
 *   discussion_seconds  pauses held outside any decision (before the first
 *                       beat, and the debrief after the ending)
 *   phones_joined     the most phones joined at once (0: no phone votes);
 *                     nothing about any phone is recorded
 *   summary           {decisions, attuned, ruptures_opened, repairs, kinds}:
 *                     over the group's chosen answers; attuned counts the kinds
 *                     the rules count as attuned (attune, attune_boundary,
 *                     repair; not steady); kinds maps each kind to its count.
 *
 * A story with two people on stage adds (a report of a story with one has
 * none of these fields, and is as it always was):
 *   people            [{id, name, connection_start, connection_end,
 *                       ruptures_opened, repairs}]: the two, in the story's
 *                     order; connection_start and _end above are then the
 *                     lower of the two, and the summary's ruptures_opened
 *                     and repairs count each person's (one answer to both
 *                     can open two)
 *   decisions[].options[].to, .other   whom the answer is to (a person's id,
 *                     or "both"; null for one to neither, as a breath) and
 *                     what it is to the other (a kind, or null: not touched)
 *   decisions[].to    whom the chosen answer was to (as options[].to)
 *   decisions[].took_sides  true when it was to one, attuned to them and a
 *                     miss for the other
 *   decisions[].people  [{id, name, present (on stage then), kind (what it
 *                     was to them, or null: it left them be), inner,
 *                     connection_before, connection_after, connection_change,
 *                     rupture_opened, rupture_deepened, repaired}], each
 *                     person's own; effects above sums them up (the lower
 *                     connection; a rupture opened with either...)
 *   roads_not_taken[].steps[].to, .people  the same for each step: [{id, kind,
 *                     inner, connection, connection_change, rupture_opened,
 *                     repaired}] */
#include "attune/session_report.h"
#include "attune/alloc.h"
#include "attune/log.h"
#include "attune/session.h"
#include "attune/utf8.h"
#include "report_internal.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *decided_by_word(SessionDecidedBy by)
{
    switch (by) {
    case SESSION_BY_TIE_BREAK:
        return "tie-break";
    case SESSION_BY_FACILITATOR:
        return "facilitator";
    default:
        return "majority";
    }
}

/* A JSON writer with two-space indentation. */
typedef struct Json {
    StrBuf *b;
    int depth;
    bool has_items[16];
} Json;

/* Start a value: the comma, the new line, the indent and "key": when given. */
static void j_item(Json *j, const char *key)
{
    if (j->depth > 0) {
        strbuf_puts(j->b, j->has_items[j->depth] ? ",\n" : "\n");
        j->has_items[j->depth] = true;
        for (int i = 0; i < j->depth; i++)
            strbuf_puts(j->b, "  ");
    }
    if (key)
        strbuf_printf(j->b, "\"%s\": ", key);
}

static void j_open(Json *j, const char *key, char bracket)
{
    j_item(j, key);
    strbuf_add(j->b, &bracket, 1);
    if (j->depth < 15)
        j->depth++;
    j->has_items[j->depth] = false;
}

static void j_close(Json *j, char bracket)
{
    bool items = j->has_items[j->depth];
    if (j->depth > 0)
        j->depth--;
    if (items) {
        strbuf_puts(j->b, "\n");
        for (int i = 0; i < j->depth; i++)
            strbuf_puts(j->b, "  ");
    }
    strbuf_add(j->b, &bracket, 1);
}

static void j_str(Json *j, const char *key, const char *v)
{
    j_item(j, key);
    if (!v) {
        strbuf_puts(j->b, "null");
        return;
    }
    strbuf_puts(j->b, "\"");
    strbuf_json(j->b, v);
    strbuf_puts(j->b, "\"");
}

/* Story prose: markup removed. */
static void j_prose(Json *j, const char *key, const char *v)
{
    char *p = report_prose(v, &j->b->oom);
    j_str(j, key, p);
    attune_free(p);
}

static void j_int(Json *j, const char *key, long long v)
{
    j_item(j, key);
    strbuf_printf(j->b, "%lld", v);
}

static void j_bool(Json *j, const char *key, bool v)
{
    j_item(j, key);
    strbuf_puts(j->b, v ? "true" : "false");
}

static void j_null(Json *j, const char *key)
{
    j_item(j, key);
    strbuf_puts(j->b, "null");
}

static void j_letter(Json *j, const char *key, int i)
{
    char l[2] = {(char)('A' + i), '\0'};
    j_str(j, key, l);
}

/* Person `k`'s id and name (two-person stories). */
static void j_person(Json *j, const Session *s, int k)
{
    j_str(j, "id", s->people[k].id);
    j_str(j, "name", s->people[k].name);
}

static void json_decision(Json *j, const Session *s, const SessionDecision *d)
{
    j_open(j, NULL, '{');
    j_int(j, "number", d->number);
    j_str(j, "beat", d->beat);
    j_str(j, "speaker", d->speaker);
    j_prose(j, "said", d->said);
    j_prose(j, "cue", d->cue);
    j_str(j, "reflect", d->reflect);
    j_open(j, "options", '[');
    for (int i = 0; i < d->n_options; i++) {
        const SessionOption *o = &d->options[i];
        j_open(j, NULL, '{');
        j_letter(j, "letter", i);
        j_prose(j, "text", o->text);
        j_str(j, "kind", o->kind);
        j_str(j, "id", o->id);
        int v = o->votes > 0 ? o->votes : 0, p = o->phone > 0 && o->phone <= v ? o->phone : 0;
        j_int(j, "votes", v);
        j_int(j, "keyed_votes", v - p);
        j_int(j, "phone_votes", p);
        if (s->n_people > 0) {
            j_str(j, "to", o->to);
            j_str(j, "other", o->other);
        }
        j_close(j, '}');
    }
    j_close(j, ']');
    j_int(j, "votes_total", session_decision_votes(d));
    j_int(j, "phone_votes_total", session_decision_phone_votes(d));
    if (d->chosen >= 0 && d->chosen < d->n_options) {
        const SessionOption *o = &d->options[d->chosen];
        j_open(j, "chosen", '{');
        j_letter(j, "letter", d->chosen);
        j_prose(j, "text", o->text);
        j_str(j, "kind", o->kind);
        j_str(j, "id", o->id);
        j_prose(j, "inner", d->inner);
        j_prose(j, "why", d->why);
        j_close(j, '}');
    } else {
        j_null(j, "chosen");
    }
    j_str(j, "decided_by", decided_by_word(d->by));
    j_bool(j, "revealed", d->revealed);
    j_open(j, "effects", '{');
    j_int(j, "connection_before", d->connection_before);
    j_int(j, "connection_after", d->connection_after);
    j_int(j, "connection_change", d->dconn);
    j_int(j, "steadiness_before", d->steadiness_before);
    j_int(j, "steadiness_after", d->steadiness_after);
    j_bool(j, "rupture_opened", d->opened);
    j_bool(j, "rupture_deepened", d->deepened);
    j_bool(j, "repaired", d->repaired);
    j_close(j, '}');
    if (s->n_people > 0) {
        j_str(j, "to", d->to);
        j_bool(j, "took_sides", d->took_sides);
        j_open(j, "people", '[');
        for (int k = 0; k < d->n_people && k < s->n_people; k++) {
            const SessionPersonEffect *e = &d->people[k];
            j_open(j, NULL, '{');
            j_person(j, s, k);
            j_bool(j, "present", e->present);
            j_str(j, "kind", e->kind);
            j_prose(j, "inner", e->inner);
            j_int(j, "connection_before", e->connection_before);
            j_int(j, "connection_after", e->connection_after);
            j_int(j, "connection_change", e->dconn);
            j_bool(j, "rupture_opened", e->opened);
            j_bool(j, "rupture_deepened", e->deepened);
            j_bool(j, "repaired", e->repaired);
            j_close(j, '}');
        }
        j_close(j, ']');
    }
    j_open(j, "timings", '{');
    j_int(j, "shown_at_seconds", report_secs(d->shown_at));
    j_int(j, "decided_at_seconds", report_secs(d->decided_at));
    j_int(j, "seconds_to_decide", report_secs(d->decided_at - d->shown_at));
    j_int(j, "discussion_seconds", report_secs(d->discussion_ms));
    j_int(j, "vote_timer_seconds", report_secs(d->vote_timer_ms));
    j_close(j, '}');
    j_close(j, '}');
}

static void json_road(Json *j, const Session *s, const SessionRoad *r)
{
    const SessionOption *o = &s->decisions[r->from].options[r->option];
    j_open(j, NULL, '{');
    j_int(j, "from_decision", s->decisions[r->from].number);
    j_letter(j, "letter", r->option);
    j_prose(j, "text", o->text);
    j_str(j, "kind", o->kind);
    j_prose(j, "inner", r->n_steps > 0 ? r->steps[0].inner : NULL);
    j_open(j, "steps", '[');
    for (int i = 0; i < r->n_steps; i++) {
        const SessionRoadStep *st = &r->steps[i];
        j_open(j, NULL, '{');
        j_prose(j, "text", st->text);
        j_str(j, "kind", st->kind);
        j_prose(j, "inner", st->inner);
        j_int(j, "connection", st->connection);
        j_int(j, "connection_change", st->dconn);
        j_bool(j, "rupture_opened", st->opened);
        j_bool(j, "repaired", st->repaired);
        if (s->n_people > 0) {
            j_str(j, "to", st->to);
            j_open(j, "people", '[');
            for (int k = 0; k < st->n_people && k < s->n_people; k++) {
                const SessionPersonEffect *e = &st->people[k];
                j_open(j, NULL, '{');
                j_str(j, "id", s->people[k].id);
                j_str(j, "kind", e->kind);
                j_prose(j, "inner", e->inner);
                j_int(j, "connection", e->connection_after);
                j_int(j, "connection_change", e->dconn);
                j_bool(j, "rupture_opened", e->opened);
                j_bool(j, "repaired", e->repaired);
                j_close(j, '}');
            }
            j_close(j, ']');
        }
        j_close(j, '}');
    }
    j_close(j, ']');
    j_prose(j, "ending", r->ending);
    j_int(j, "seconds", report_secs(r->ms));
    j_close(j, '}');
}

char *session_report_json(const Session *s)
{
    if (!s)
        return NULL;
    StrBuf b = {0};
    Json j = {.b = &b};
    j_open(&j, NULL, '{');
    j_str(&j, "format", "attune-workshop-report");
    j_int(&j, "version", 1);
    j_open(&j, "story", '{');
    j_str(&j, "id", s->story_id);
    j_str(&j, "title", s->story_title);
    j_str(&j, "relationship", s->relationship);
    j_close(&j, '}');
    j_str(&j, "date", s->date);
    j_int(&j, "duration_seconds", report_secs(report_session_ms(s)));
    j_open(&j, "resumed_after_interruption", '[');
    for (int i = 0; i < s->n_resumed; i++)
        j_str(&j, NULL, s->resumed[i]);
    j_close(&j, ']');
    j_int(&j, "connection_start", s->connection_start);
    j_int(&j, "connection_end", s->connection_end);
    if (s->n_people > 0) {
        int opened[STORY_MAX_PEOPLE] = {0}, repaired[STORY_MAX_PEOPLE] = {0};
        report_person_counts(s, opened, repaired);
        j_open(&j, "people", '[');
        for (int k = 0; k < s->n_people; k++) {
            j_open(&j, NULL, '{');
            j_person(&j, s, k);
            j_int(&j, "connection_start", s->people[k].connection_start);
            j_int(&j, "connection_end", s->people[k].connection_end);
            j_int(&j, "ruptures_opened", opened[k]);
            j_int(&j, "repairs", repaired[k]);
            j_close(&j, '}');
        }
        j_close(&j, ']');
    }
    if (report_has_ending(s)) {
        j_open(&j, "ending", '{');
        j_prose(&j, "title", s->ending_title);
        j_str(&j, "verdict", s->ending_verdict);
        j_prose(&j, "text", s->ending_text);
        j_close(&j, '}');
    } else {
        j_null(&j, "ending");
    }
    j_open(&j, "decisions", '[');
    for (int i = 0; i < s->n_decisions; i++)
        json_decision(&j, s, &s->decisions[i]);
    j_close(&j, ']');
    j_open(&j, "roads_not_taken", '[');
    for (int i = 0; i < s->n_roads; i++)
        json_road(&j, s, &s->roads[i]);
    j_close(&j, ']');
    j_int(&j, "discussion_seconds", report_secs(s->discussion_ms));
    j_int(&j, "phones_joined", s->phones_joined);
    Tally t;
    report_tally(s, &t);
    j_open(&j, "summary", '{');
    j_int(&j, "decisions", s->n_decisions);
    j_int(&j, "attuned", t.attuned);
    j_int(&j, "ruptures_opened", t.opened);
    j_int(&j, "repairs", t.repaired);
    j_open(&j, "kinds", '{');
    for (int i = 0; i < t.n_kinds; i++) {
        j_item(&j, NULL);
        strbuf_puts(&b, "\"");
        strbuf_json(&b, t.kinds[i]);
        strbuf_printf(&b, "\": %d", t.counts[i]);
    }
    j_close(&j, '}');
    j_close(&j, '}');
    j_close(&j, '}');
    strbuf_puts(&b, "\n");
    return strbuf_take(&b);
}
