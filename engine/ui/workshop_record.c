/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Workshop mode's record in the save folder (workshop.h): the report folder
 * remembered between sessions, the session so far kept after every decision
 * (workshop-last.*), and the RESUME screen that offers an interrupted session
 * and rebuilds it (resume.h). Layer: UI; the flow is workshop.c's. */
#include "attune/i18n.h"
#include "attune/log.h"
#include "attune/alloc.h"
#include "attune/paths.h"
#include "attune/resume.h"
#include "attune/save.h"
#include "attune/session.h"
#include "attune/session_report.h"
#include "workshop_internal.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ---- the report folder, remembered between sessions ---- */

void workshop_record_folder(char *out, size_t n)
{
    out[0] = '\0';
    char path[1200];
    if (!paths_save_dir() || !paths_join(path, sizeof path, paths_save_dir(), "workshop.txt"))
        return;
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    char line[FOLDER_MAX + 32];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (strncmp(line, "report_dir = ", 13) == 0 && line[13])
            snprintf(out, n, "%s", line + 13);
    }
    fclose(f);
}

void workshop_record_remember_folder(const char *dir)
{
    char path[1200], buf[FOLDER_MAX + 64];
    if (!paths_save_dir() || !paths_join(path, sizeof path, paths_save_dir(), "workshop.txt"))
        return;
    int len = snprintf(buf, sizeof buf, "# Attune workshop mode\nreport_dir = %s\n", dir);
    if (len > 0 && (size_t)len < sizeof buf)
        save_write_atomic(path, (const unsigned char *)buf, (size_t)len);
}

static const char *const RECORD_EXT[] = {"txt", "json", "html"};

/* An unfinished session's record (workshop-last.*) renamed out of the way as
 * workshop-unfinished-<story>-<YYYY-MM-DD-HHMM of its last record>.*: a
 * facilitator's data is never deleted, and the name says what it is. */
static void set_aside_record(const ResumeRecord *r)
{
    const char *dir = paths_save_dir();
    if (!dir)
        return;
    char id[72] = "", stamp[32] = "unknown", base[1300], from[1400], to[1400];
    size_t k = 0;
    for (const char *p = r->story_id ? r->story_id : "story"; *p && k < 64; p++) {
        char c = *p;
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '-' || c == '_';
        id[k++] = ok ? c : '-';
    }
    id[k] = '\0';
    time_t t = (time_t)r->saved;
    struct tm tmv;
    if (r->saved > 0 && localtime_r(&t, &tmv))
        strftime(stamp, sizeof stamp, "%Y-%m-%d-%H%M", &tmv);
    struct stat st;
    for (int n = 1; n < 100; n++) {
        char suffix[8] = "";
        if (n > 1)
            snprintf(suffix, sizeof suffix, "-%d", n);
        snprintf(base, sizeof base, "%sworkshop-unfinished-%s-%s%s", dir, id[0] ? id : "story",
                 stamp, suffix);
        snprintf(to, sizeof to, "%s.txt", base);
        if (lstat(to, &st) != 0)
            break;
    }
    for (int i = 0; i < 3; i++) {
        snprintf(from, sizeof from, "%sworkshop-last.%s", dir, RECORD_EXT[i]);
        snprintf(to, sizeof to, "%s.%s", base, RECORD_EXT[i]);
        if (lstat(from, &st) == 0 && rename(from, to) != 0)
            log_error("workshop", "cannot keep '%s' as '%s'", from, to);
    }
    log_debug("workshop", "the unfinished session of '%s' is kept as %s.txt",
              r->story_id ? r->story_id : "?", base);
}

/* The session so far, kept in the save folder after every decision, reveal,
 * pause and road: workshop-last.txt, the record a crashed session is resumed
 * from (resume.h), written first; then the report's workshop-last.json and
 * .html. Each is replaced whole, so a crash or a closed lid loses no more
 * than the beat on screen. */
void workshop_record_keep(Workshop *w)
{
    const Session *s = &w->session;
    const char *dir = paths_save_dir();
    if (!dir)
        return;
    if (w->keep_old) {
        set_aside_record(&w->offer);
        w->keep_old = false;
    }
    char path[1200];
    char *rec = resume_record_text(s, w->seed, w->ended, workshop_now_ms(), (long long)time(NULL));
    if (rec && paths_join(path, sizeof path, dir, "workshop-last.txt"))
        save_write_atomic(path, (const unsigned char *)rec, strlen(rec));
    attune_free(rec);
    char *json = session_report_json(s), *html = session_report_html(s);
    if (json && paths_join(path, sizeof path, dir, "workshop-last.json"))
        save_write_atomic(path, (const unsigned char *)json, strlen(json));
    if (html && paths_join(path, sizeof path, dir, "workshop-last.html"))
        save_write_atomic(path, (const unsigned char *)html, strlen(html));
    attune_free(json);
    attune_free(html);
}

/* ---- resuming an interrupted session ---- */

/* The local time of a record, "16:10", or "Saturday 16:10" when it was
 * not today. */
static void record_time(const ResumeRecord *r, char *out, size_t n)
{
    time_t t = (time_t)r->saved, today = time(NULL);
    struct tm tmv, now;
    bool same = localtime_r(&today, &now) && localtime_r(&t, &tmv) && now.tm_yday == tmv.tm_yday &&
                now.tm_year == tmv.tm_year;
    /* TRANSLATORS: a weekday and a time (strftime: %A weekday, %H:%M), "Saturday
     * 16:10", in a sentence about an unfinished session. */
    /* xgettext:no-c-format */
    const char *fmt = same ? "%H:%M" : _("%A %H:%M");
    if (!localtime_r(&t, &tmv) || !i18n_strftime(out, n, fmt, &tmv))
        snprintf(out, n, "?");
}

/* Look in the save folder for the last session's record: one of this story,
 * unfinished and recent, is offered (the RESUME screen); any other
 * unfinished one is set aside before this session's first record. */
void workshop_record_find_offer(Workshop *w)
{
    char path[1200];
    const char *dir = paths_save_dir();
    /* A record being written when the game was killed left its temporary
     * file (save_write_atomic's ".workshop-last.txt.tmp.<pid>"): the record
     * itself is the one before, whole. */
    DIR *dh = dir ? opendir(dir) : NULL;
    for (struct dirent *e; dh && (e = readdir(dh));)
        if (strncmp(e->d_name, ".workshop-last.", 15) == 0 && strstr(e->d_name, ".tmp.") &&
            paths_join(path, sizeof path, dir, e->d_name))
            unlink(path);
    if (dh)
        closedir(dh);
    if (!dir || !paths_join(path, sizeof path, dir, "workshop-last.txt") ||
        !resume_load(path, &w->offer))
        return;
    if (w->offer.finished || w->offer.n_decisions == 0) {
        resume_record_free(&w->offer);
        return;
    }
    w->keep_old = true;
    const char *id = w->session.story_id;
    if (!resume_offerable(&w->offer, (long long)time(NULL)) || !id || !w->offer.story_id ||
        strcmp(id, w->offer.story_id) != 0)
        return;
    char hhmm[40];
    record_time(&w->offer, hhmm, sizeof hhmm);
    const char *title = w->offer.story_title ? w->offer.story_title : w->offer.story_id;
    int n = w->offer.n_decisions;
    /* TRANSLATORS: the last decision's number, the time it stopped (14:05),
     * the story's title; reorder with %1$d, %2$s, %3$s. */
    snprintf(w->offer_text[0], sizeof w->offer_text[0],
             _("Resume the workshop from decision %d (%s, %s)"), n, hhmm, title);
    /* TRANSLATORS: the story's title, the time it stopped (14:05), the last
     * decision's number; reorder with %1$s, %2$s, %3$d. */
    snprintf(w->offer_text[1], sizeof w->offer_text[1],
             _("The last session of %s stopped at %s, after decision %d and before its ending. "
               "Its record is in the save folder."),
             title, hhmm, n);
    w->resume_focus = 0;
    workshop_push(w, STAGE_RESUME);
    log_debug("workshop", "an unfinished session of '%s' (%d decisions, %s) is offered", id, n,
              hhmm);
}

/* Go on with the offered session: the story played again to its last
 * decision, that answer on screen as it was (revealed or not). */
static void resume_session(Workshop *w)
{
    Lane *l = &w->lane[0];
    StoryError err;
    char why[600];
    Story *st = story_load(w->dir, w->host->lib_dir, w->offer.seed, &err);
    if (!st) {
        workshop_notice(w, _("The story cannot be loaded again: %s:%d: %s"), err.file, err.line,
                        err.message);
        return;
    }
    Session s;
    StoryView *held = NULL;
    long long now = workshop_now_ms();
    if (!resume_restore(&w->offer, st, w->dir, w->host->lib_dir, &s, &held, now, why, sizeof why)) {
        story_destroy(st);
        w->resume_focus = 1;
        workshop_notice(
            w, _("This session cannot be resumed: %s. Start afresh (its record is kept)."), why);
        return;
    }
    workshop_lane_clear(l);
    story_destroy(l->story);
    l->story = st;
    session_free(&w->session);
    w->session = s;
    w->seed = w->offer.seed;
    const SessionDecision *d = &w->session.decisions[w->session.n_decisions - 1];
    l->held = held;
    l->chosen = d->chosen;
    l->phase = d->revealed ? STAGE_REVEALED : STAGE_CHOSEN;
    l->reveal_at = now - REVEAL_MS; /* shown still, not moving again */
    workshop_timer_reset(&l->vote, VOTE_DEFAULT_MS);
    w->keep_old = false; /* the same session goes on in the same record */
    while (w->depth)
        workshop_pop(w);
    workshop_record_keep(w);
    workshop_sound(w);
    workshop_notice(w, _("Resumed after decision %d (interrupted at %s). %s"), d->number,
                    w->session.resumed[w->session.n_resumed - 1],
                    d->revealed ? _("Return: the next beat.") : _("R: reveal, as before."));
    log_debug("workshop", "resumed after decision %d", d->number);
}

/* Leave the offered session as it is (set aside at the first decision) and
 * begin again, the clock from now. */
static void start_afresh(Workshop *w)
{
    Lane *l = &w->lane[0];
    while (w->depth)
        workshop_pop(w);
    session_free(&w->session);
    session_init(&w->session, story_info(l->story), story_view(l->story), workshop_now_ms());
    workshop_notice(w, _("A new session. The unfinished one is kept in the save folder."));
}

void workshop_record_resume_key(Workshop *w, InputAction a)
{
    bool choose = a.kind == INPUT_CHOOSE, confirm = a.kind == INPUT_CONFIRM;
    if (a.kind == INPUT_UP || a.kind == INPUT_DOWN || a.kind == INPUT_SWITCH)
        w->resume_focus = 1 - w->resume_focus;
    else if ((choose && a.index == 0) || (confirm && w->resume_focus == 0))
        resume_session(w);
    else if ((choose && a.index == 1) || confirm)
        start_afresh(w);
    else
        workshop_notice(
            w, _("First: resume the interrupted session, or start afresh (Up, Down, Return)."));
    w->dirty = true;
}
