/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The growing string: pieces, long formatted text, UTF-8, and a failure that
 * stays (engine/core/strbuf.c). */
#include "attune/strbuf.h"
#include "attune/alloc.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

static void pieces_and_long_text(void **state)
{
    (void)state;
    StrBuf b = {0};
    strbuf_puts(&b, "decision ");
    strbuf_printf(&b, "%d of %d", 3, 7);
    char wide[1000];
    memset(wide, 'x', sizeof wide - 1);
    wide[sizeof wide - 1] = '\0';
    strbuf_printf(&b, " [%s]", wide); /* longer than the small buffer */
    strbuf_utf8(&b, 0x2014);          /* an em dash: three bytes */
    strbuf_utf8(&b, 0x1F331);         /* four bytes */
    char *s = strbuf_take(&b);
    assert_non_null(s);
    assert_int_equal(strlen(s), strlen("decision 3 of 7 []") + 999 + 3 + 4);
    assert_memory_equal(s, "decision 3 of 7 [x", 18);
    assert_memory_equal(s + strlen(s) - 7, "\xE2\x80\x94\xF0\x9F\x8C\xB1", 7);
    assert_null(b.p);
    attune_free(s);
}

static void a_failure_stays(void **state)
{
    (void)state;
    StrBuf b = {0};
    strbuf_puts(&b, "kept");
    alloc_fail_after(0);
    char big[5000];
    memset(big, 'y', sizeof big);
    strbuf_add(&b, big, sizeof big); /* needs a bigger block: refused */
    alloc_fail_off();
    assert_true(b.oom);
    strbuf_puts(&b, "more"); /* memory is back, but the buffer stays failed */
    assert_true(b.oom);
    assert_null(strbuf_take(&b));
    assert_false(b.oom);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(pieces_and_long_text),
        cmocka_unit_test(a_failure_stays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
