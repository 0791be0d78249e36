/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Glossary: the plain-language explanations of the words the game uses
 * (attunement, rupture, window of tolerance...), read from assets/glossary.txt.
 * Layer: core (no Lua). Entries are kept sorted by term for display;
 * [[links]] in text name them by their term or any of its `also:` forms. */
#ifndef ATTUNE_GLOSSARY_H
#define ATTUNE_GLOSSARY_H

typedef struct Glossary Glossary;

/* Read a glossary file (format described at the top of assets/glossary.txt).
 * Entries it cannot use are skipped with a logged reason. NULL when the file
 * cannot be read, is not UTF-8 text, or holds no entry (logged); the game goes
 * on without a glossary. Caller frees with glossary_destroy(). */
Glossary *glossary_load(const char *path);
void glossary_destroy(Glossary *g);

/* Number of entries; 0 for NULL. */
int glossary_count(const Glossary *g);

/* Entry `i` (0 <= i < count, sorted by term): its display name, its text
 * (paragraphs separated by "\n"), and its "see also" list as written
 * ("repair, attunement"), or NULL when it has none. NULL when `i` is out of
 * range. The strings belong to the glossary. */
const char *glossary_term(const Glossary *g, int i);
const char *glossary_text(const Glossary *g, int i);
const char *glossary_see(const Glossary *g, int i);

/* The entry named `name`: its term or any `also:` form, ignoring ASCII case
 * and extra spaces. -1 when none (or g is NULL). */
int glossary_find(const Glossary *g, const char *name);

#endif
