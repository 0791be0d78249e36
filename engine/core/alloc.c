/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The one allocator and its failure switch. Layer: core.
 * Invariant: while the switch is off (the countdown is negative) these are
 * exactly libc's functions; a test arms it to make allocation fail on
 * demand, so every caller's way out is run, not just written. */
#include "attune/alloc.h"

#include <stdatomic.h>
#include <stdlib.h>

/* Allocations left before the switch starts refusing; -1 when off. Atomic:
 * a story loads on a thread while the window opens. */
static atomic_long countdown = -1;
static atomic_long refused = 0;

void alloc_fail_after(long n)
{
    atomic_store(&refused, 0);
    atomic_store(&countdown, n < 0 ? 0 : n);
}

void alloc_fail_off(void)
{
    atomic_store(&countdown, -1);
}

long alloc_fail_count(void)
{
    return atomic_load(&refused);
}

bool alloc_fail_now(void)
{
    long left = atomic_load_explicit(&countdown, memory_order_relaxed);
    if (left < 0)
        return false;
    /* Count down to 0 and stay there: from then on every allocation fails. */
    while (left > 0 && !atomic_compare_exchange_weak(&countdown, &left, left - 1))
        if (left < 0)
            return false;
    if (left > 0)
        return false;
    atomic_fetch_add(&refused, 1);
    return true;
}

void *attune_malloc(size_t n)
{
    return alloc_fail_now() ? NULL : malloc(n ? n : 1);
}

void *attune_calloc(size_t count, size_t size)
{
    return alloc_fail_now() ? NULL : calloc(count ? count : 1, size ? size : 1);
}

void *attune_realloc(void *p, size_t n)
{
    if (n == 0)
        n = 1; /* NOTE: realloc(p, 0) may free p and return NULL */
    return alloc_fail_now() ? NULL : realloc(p, n);
}

void attune_free(void *p)
{
    free(p);
}
