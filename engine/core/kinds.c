/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The kinds of answer as the rules name them: a small table looked up by id.
 * Layer: core, plain data. Invariant: every label and flag comes from
 * rules.lua (through engine/script/story.c); none is written here. */
#include "attune/kinds.h"

#include <string.h>

bool kinds_add(Kinds *k, const char *id, const char *label, KindTone tone)
{
    if (!k || k->n >= KINDS_MAX || !id || !label)
        return false;
    size_t ni = strlen(id), nl = strlen(label);
    if (ni == 0 || ni >= KINDS_ID_MAX || nl == 0 || nl >= KINDS_LABEL_MAX)
        return false;
    Kind *e = &k->kind[k->n++];
    memcpy(e->id, id, ni + 1);
    memcpy(e->label, label, nl + 1);
    e->tone = tone;
    return true;
}

static const Kind *find(const Kinds *k, const char *kind)
{
    for (int i = 0; k && kind && i < k->n; i++)
        if (strcmp(k->kind[i].id, kind) == 0)
            return &k->kind[i];
    return NULL;
}

const char *kinds_label(const Kinds *k, const char *kind)
{
    const Kind *e = find(k, kind);
    return e ? e->label : kind ? kind : "";
}

bool kinds_attuned(const Kinds *k, const char *kind)
{
    const Kind *e = find(k, kind);
    return e && e->tone == KIND_ATTUNED;
}

KindTone kinds_tone(const Kinds *k, const char *kind)
{
    const Kind *e = find(k, kind);
    return e ? e->tone : KIND_NEITHER;
}
