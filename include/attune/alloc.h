/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The one allocator: every block the core and the script binding allocate
 * comes from here, and so does every block a story's Lua state grows by.
 * Layer: core (no SDL, no Lua). The policy (docs/architecture.md, "Out of
 * memory"): a failure is returned to the caller as NULL and never aborts;
 * the caller gives up that one operation and says so. */
#ifndef ATTUNE_ALLOC_H
#define ATTUNE_ALLOC_H

#include <stdbool.h>
#include <stddef.h>

/* malloc, calloc, realloc and free, with the test switch below. NULL when
 * the system (or the switch) has no memory; a failed attune_realloc leaves
 * `p` as it was. attune_free(NULL) is a no-op. */
void *attune_malloc(size_t n);
void *attune_calloc(size_t count, size_t size);
void *attune_realloc(void *p, size_t n);
void attune_free(void *p);

/* The failing allocator the tests switch on (always built, off unless a
 * test arms it). From the n-th allocation from now on (0: the very next),
 * every allocation fails until alloc_fail_off(), as memory that has run out
 * stays out (Lua's ltests.c does the same with its count limit). Safe to
 * call while other threads allocate. */
void alloc_fail_after(long n);
void alloc_fail_off(void);
/* How many allocations the switch has refused since it was last armed. */
long alloc_fail_count(void);
/* Consume one allocation's worth of the switch: true when this allocation
 * must fail. For the one allocator that cannot call attune_realloc (Lua's,
 * in engine/script/sandbox.c, which must shrink with plain realloc). */
bool alloc_fail_now(void);

#endif
