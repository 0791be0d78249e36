/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The engine's view of a story: plain data in, plain data out.
 * Layer: core. The types are plain data, and the functions are a port: each
 * is passed on to the binding installed with story_bind() (the Lua one is
 * engine/script/story.c's), so the core and the UI know a story only
 * through this header, never Lua. Nothing here knows what a rupture
 * *means* -- only what to draw. */
#ifndef ATTUNE_STORY_H
#define ATTUNE_STORY_H

#include "attune/kinds.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Story Story;

enum { STORY_MAX_CHOICES = 9 };
/* At most two people on stage with meters of their own (a story with
 * `with = { "a", "b" }`; docs/writing-stories.md, "Two people"). */
enum { STORY_MAX_PEOPLE = 2 };

/* An error in a story, for the writer and the player: where and what. */
typedef struct StoryError {
    char file[256];
    int line; /* 0 when unknown */
    char message[768];
} StoryError;

typedef struct StoryInfo {
    const char *id, *title, *relationship, *summary, *content_note, *you;
    int minutes;
    /* Every kind of answer the rules know, with its label and whether it
     * counts as attuned (rules.lua's, read once at load): for records that
     * keep only a kind's id. Never NULL for a loaded story. */
    const Kinds *kinds;
} StoryInfo;

typedef struct StoryChoiceView {
    const char *text;
    bool enabled;
    const char *hint; /* why it is disabled, or NULL */
    const char *id;   /* its stable id */
    /* For the facilitator (workshop mode), never shown to the group before a
     * reveal: its kind, the inner voice and why, and a few words on where it
     * leads (the next line, or "Ending: ..."). Any may be NULL. */
    const char *kind, *why, *inner, *next;
    const char *label; /* the kind as the rules name it ("Attuning"); "" without a kind */
    KindTone tone;     /* how the rules count the kind */
    /* With two people on stage: whom it is to (a name, or "both" in the
     * game's language), and what it is to the other one (a kind id, its
     * label and tone), or NULL. The inner voice then names each person. */
    const char *to, *other, *other_label;
    KindTone other_tone;
} StoryChoiceView;

/* What one answer did to one of two people. */
typedef struct StoryStepPerson {
    const char *id, *name;
    const char *kind;  /* what the answer was to them, or NULL when it left them be */
    const char *label; /* its label ("Attuning"), "" when it left them be */
    KindTone tone;
    const char *inner;              /* their inner voice, or NULL */
    const char *state, *state_word; /* after it */
    int connection, dconn, open_ruptures;
    bool opened, deepened, repaired;
} StoryStepPerson;

/* One of two people on stage, as the meters show them now. */
typedef struct StoryPerson {
    const char *id, *name;
    const char *state, *state_word;
    int connection, open_ruptures;
    bool present;                  /* on stage at this beat */
    const char *portrait;          /* their face now (resolved path), or NULL */
    const char *feedback_portrait; /* their face just after the last answer, or NULL */
} StoryPerson;

/* One step of the play: a choice and what it did. Also the feedback shown
 * after a choice. */
typedef struct StoryStep {
    const char *beat, *choice_id, *text, *kind, *inner, *why;
    const char *speaker, *said, *cue; /* what was on screen when it was chosen */
    const char *state;                /* their state after the choice */
    const char *state_word;           /* the same in words ("on edge") */
    int connection, steadiness, dconn, open_ruptures;
    bool opened, deepened, repaired; /* a rupture opened, the live one deepened, one mended */
    bool flooded;                    /* your steadiness just after it is below the line */
    const char *rule;                /* one plain sentence on what the rules did, or NULL */
    int steadiness_before;           /* your steadiness just before the answer */
    const char *steady;              /* why your steadiness moved (rules.lua's sentence), or NULL */
    const char *label; /* the kind as the rules name it ("Attuning"); "" without a kind */
    KindTone tone;     /* how the rules count the kind */
    /* With two people: whom it was to (a person's id, or "both"), and what
     * it did to each, in the story's order (`with`). n_people is 0 in a
     * story with one person (the fields above say it all). */
    const char *to;
    bool took_sides; /* attuned to one, a miss for the other (rules.sides) */
    int n_people;
    StoryStepPerson people[STORY_MAX_PEOPLE];
} StoryStep;

typedef struct StoryView {
    bool is_ending;
    const char *beat_id;
    const char *speaker;           /* name of who speaks, or NULL for narration */
    const char *text, *cue;        /* may be NULL */
    const char *background;        /* resolved file path, or NULL */
    const char *portrait;          /* resolved file path, or NULL */
    const char *feedback_portrait; /* their face just after the last answer, or NULL */
    const char *music;             /* resolved file path, or NULL */
    const char *name;              /* the character the meters are about */
    int connection, steadiness, open_ruptures;
    const char *state, *state_word; /* "activated", "on edge" */
    bool flooded;
    int n_choices;
    StoryChoiceView choices[STORY_MAX_CHOICES];
    bool has_feedback; /* the step that led here */
    StoryStep feedback;
    const char *title, *verdict; /* endings only */
    const char *reason;          /* endings only: why the rules gave this verdict, or NULL */
    const char *reflect;         /* a question for the group to discuss, or NULL */
    const char *note;            /* a note for the facilitator, or NULL */
    /* A story with two people: each one's meters and face (0 people in a
     * story with one: the fields above are theirs). The single fields then
     * sum them up: `connection` the lower, `open_ruptures` the total, and
     * `name`, `state` the first person's. */
    int n_people;
    StoryPerson people[STORY_MAX_PEOPLE];
} StoryView;

/* The language stories are loaded in from now on: "de" loads a story with
 * its translations/de.po (docs/translating.md), when it has one; NULL, ""
 * or "en" loads the English as written. A right-to-left language is not
 * used (the game cannot lay it out yet). Process-wide; the game sets it
 * from its language setting and --lang, then reloads the story. */
void story_set_language(const char *code);
/* The language set ("" for none). */
const char *story_language(void);
/* The language the story `s` was loaded in: "de" when its translation was
 * used, else "". */
const char *story_loaded_language(const Story *s);

/* Load the story in folder `dir` into its own sandboxed Lua state, with the
 * story library from `lib_dir` (scripts/lib/attune) and `seed` for the
 * shuffles. Returns NULL and fills `err` on any failure. Caller frees with
 * story_destroy(). */
Story *story_load(const char *dir, const char *lib_dir, uint64_t seed, StoryError *err);
/* The same, with the text of story.lua given directly instead of read from
 * `dir` (for fuzzing and tests; `dir` still names it and anchors includes).
 * `text` need only live until the call returns. */
Story *story_load_text(const char *dir, const char *text, size_t len, const char *lib_dir,
                       uint64_t seed, StoryError *err);
void story_destroy(Story *s);

/* The order the answers are shown in: shuffled by the seed (the game's way,
 * so the attuned answer's place never gives it away), or as the story wrote
 * them (for scripts and previews: `--order authored`). Process-wide: every
 * story loaded after the call uses it. A beat's `shuffle = false` pins its
 * own order either way. */
typedef enum StoryOrder { STORY_ORDER_SHUFFLED, STORY_ORDER_AUTHORED } StoryOrder;
void story_set_order(StoryOrder order);
StoryOrder story_order(void);

const StoryInfo *story_info(const Story *s);
uint64_t story_seed(const Story *s);
const char *story_dir(const Story *s);

/* The current view; valid until the next call that changes the story. */
const StoryView *story_view(const Story *s);

/* A copy of view `v` that lives on by itself (the workshop keeps the beat
 * the group answered on screen while the story has moved on). One block:
 * attune_free() it. NULL when out of memory. */
StoryView *story_view_copy(const StoryView *v);

/* Choose the answer at display position `index` (0-based). False with `err`
 * filled on a story error; false with err->line == -1 when the answer is
 * simply not available (disabled while flooded). */
bool story_choose(Story *s, int index, StoryError *err);

/* Jump straight to beat `id` (for tools and tests: `attune render --beat`).
 * False with `err` filled when there is no such beat. */
bool story_goto(Story *s, const char *id, StoryError *err);

/* Replay a path of stable choice ids from the start. Stops at the first id
 * that no longer exists; returns how many were replayed, or -1 on a story
 * error (with `err` filled). */
int story_replay(Story *s, const char *const *ids, int n, StoryError *err);

/* The steps taken so far, oldest first; valid until the next change. */
int story_history_count(const Story *s);
const StoryStep *story_history(const Story *s, int i);

/* The binding that runs stories: a table of the functions above, filled by
 * the script layer (engine/script/story.c: story_lua_binding()) and
 * installed once at start with story_bind(), before any story is loaded.
 * The core calls stories only through it, so it links no Lua: the functions
 * above are engine/core/story_port.c's, which pass each call on. Without a
 * binding, story_load() fails with a message. */
typedef struct StoryBinding {
    Story *(*load)(const char *dir, const char *lib_dir, uint64_t seed, StoryError *err);
    Story *(*load_text)(const char *dir, const char *text, size_t len, const char *lib_dir,
                        uint64_t seed, StoryError *err);
    void (*destroy)(Story *s);
    const StoryInfo *(*info)(const Story *s);
    uint64_t (*seed)(const Story *s);
    const char *(*dir)(const Story *s);
    const StoryView *(*view)(const Story *s);
    bool (*choose)(Story *s, int index, StoryError *err);
    bool (*go_to)(Story *s, const char *id, StoryError *err);
    int (*replay)(Story *s, const char *const *ids, int n, StoryError *err);
    int (*history_count)(const Story *s);
    const StoryStep *(*history)(const Story *s, int i);
} StoryBinding;

/* Install `b` (kept, not copied: it must outlive every story); NULL removes it. */
void story_bind(const StoryBinding *b);

#endif
