/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* route.c: roads read from a command line, and the answer each step names
 * in a view made by hand (plain data: no story, no Lua). */
#include "attune/route.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

/* Beat "kitchen" as shown: its answers in a shuffled order, two of them
 * fixes, one with its own id; the third out of reach (flooded). */
static StoryView kitchen(void)
{
    StoryView v;
    memset(&v, 0, sizeof v);
    v.beat_id = "kitchen";
    v.n_choices = 4;
    const char *ids[] = {"kitchen.3", "kitchen.reflect", "kitchen.1", "kitchen.4"};
    const char *kinds[] = {"fix", "attune", "fix", "steady"};
    for (int i = 0; i < 4; i++) {
        v.choices[i].id = ids[i];
        v.choices[i].kind = kinds[i];
        v.choices[i].text = "…";
        v.choices[i].enabled = true;
    }
    return v;
}

static Kinds some_kinds(void)
{
    Kinds k;
    memset(&k, 0, sizeof k);
    kinds_add(&k, "attune", "Attuning", KIND_ATTUNED);
    kinds_add(&k, "repair", "Repairing", KIND_ATTUNED);
    kinds_add(&k, "fix", "Fixing", KIND_MISSED);
    kinds_add(&k, "steady", "Steadying yourself", KIND_NEITHER);
    return k;
}

static void parse_splits_and_trims(void **state)
{
    (void)state;
    Route r;
    char why[200];
    assert_true(route_parse(&r, " kitchen:attune ,snap:repair,3", ROUTE_ANY, why, sizeof why));
    assert_int_equal(r.n, 3);
    assert_string_equal(r.step[0], "kitchen:attune");
    assert_string_equal(r.step[1], "snap:repair");
    assert_string_equal(r.step[2], "3");
    assert_int_equal(r.what, ROUTE_ANY);
    route_free(&r);
    assert_false(route_parse(&r, "attune,,fix", ROUTE_KINDS, why, sizeof why));
    assert_string_equal(why, "step 2 is empty (two commas, or one at an end?)");
    assert_int_equal(r.n, 0);
    assert_false(route_parse(&r, "attune,", ROUTE_KINDS, why, sizeof why));
    route_free(&r); /* twice is fine */
}

static void steps_find_by_number_id_and_kind(void **state)
{
    (void)state;
    StoryView v = kitchen();
    Kinds k = some_kinds();
    char why[1000];
    assert_int_equal(route_find(&v, &k, "2", ROUTE_ANY, why, sizeof why), 1);
    assert_int_equal(route_find(&v, &k, "kitchen.reflect", ROUTE_ANY, why, sizeof why), 1);
    assert_int_equal(route_find(&v, &k, "kitchen:reflect", ROUTE_ANY, why, sizeof why), 1);
    assert_int_equal(route_find(&v, &k, "attune", ROUTE_ANY, why, sizeof why), 1);
    assert_int_equal(route_find(&v, &k, "kitchen:attune", ROUTE_ANY, why, sizeof why), 1);
    assert_int_equal(route_find(&v, &k, "kitchen:attune", ROUTE_KINDS, why, sizeof why), 1);
    /* "kitchen:1" is the id kitchen.1 (the first written), not the first shown */
    assert_int_equal(route_find(&v, &k, "kitchen:1", ROUTE_ANY, why, sizeof why), 2);
    assert_int_equal(route_find(&v, &k, "1", ROUTE_ANY, why, sizeof why), 0);
    assert_int_equal(route_find(&v, &k, "4", ROUTE_NUMBERS, why, sizeof why), 3);
}

static void refusals_say_what_the_beat_offers(void **state)
{
    (void)state;
    StoryView v = kitchen();
    Kinds k = some_kinds();
    char why[1000];
    const char *offers = "; beat 'kitchen' offers: 1 kitchen.3 (fix), 2 kitchen.reflect (attune), "
                         "3 kitchen.1 (fix), 4 kitchen.4 (steady)";
    char want[1200];
    assert_int_equal(route_find(&v, &k, "fix", ROUTE_ANY, why, sizeof why), -1);
    snprintf(want, sizeof want,
             "2 answers at beat 'kitchen' are fix (kitchen.3, kitchen.1): name one by its id, "
             "e.g. kitchen:3%s",
             offers);
    assert_string_equal(why, want);
    assert_int_equal(route_find(&v, &k, "repair", ROUTE_KINDS, why, sizeof why), -1);
    snprintf(want, sizeof want, "beat 'kitchen' has no repair answer%s", offers);
    assert_string_equal(why, want);
    assert_int_equal(route_find(&v, &k, "atune", ROUTE_KINDS, why, sizeof why), -1);
    assert_non_null(strstr(why, "'atune' is not a kind (the kinds: attune, repair, fix, steady)"));
    assert_int_equal(route_find(&v, &k, "snap:repair", ROUTE_ANY, why, sizeof why), -1);
    assert_non_null(strstr(why, "the play is at beat 'kitchen', not at 'snap'"));
    assert_int_equal(route_find(&v, &k, "5", ROUTE_ANY, why, sizeof why), -1);
    assert_non_null(strstr(why, "there is no answer 5 (the beat shows 4)"));
    assert_int_equal(route_find(&v, &k, "kitchen.reflect", ROUTE_KINDS, why, sizeof why), -1);
    assert_int_equal(route_find(&v, &k, "attune", ROUTE_NUMBERS, why, sizeof why), -1);
    assert_string_equal(why, "'attune' is not a number (use --path for ids and kinds)");
    /* out of reach: named, with why */
    v.choices[1].enabled = false;
    v.choices[1].hint = "too flooded";
    assert_int_equal(route_find(&v, &k, "attune", ROUTE_ANY, why, sizeof why), -1);
    assert_non_null(strstr(why, "answer 'kitchen.reflect' is out of reach here (too flooded)"));
    /* an ending takes no answer */
    v.is_ending = true;
    v.beat_id = "end-close";
    assert_int_equal(route_find(&v, &k, "1", ROUTE_ANY, why, sizeof why), -1);
    assert_string_equal(why, "the story has already ended (at 'end-close')");
}

/* A beat id and an answer id may hold ':' themselves. */
static void colons_in_ids(void **state)
{
    (void)state;
    StoryView v = kitchen();
    char why[1000];
    v.beat_id = "act:1";
    v.choices[0].id = "odd:id";
    assert_int_equal(route_find(&v, NULL, "odd:id", ROUTE_ANY, why, sizeof why), 0);
    assert_int_equal(route_find(&v, NULL, "act:1:attune", ROUTE_ANY, why, sizeof why), 1);
    assert_int_equal(route_find(&v, NULL, "act:1:odd:id", ROUTE_ANY, why, sizeof why), 0);
}

/* A name given back finds the same answer. */
static void names_round_trip(void **state)
{
    (void)state;
    StoryView v = kitchen();
    char name[200], why[1000];
    const char *want[] = {"kitchen:3", "kitchen:attune", "kitchen:1", "kitchen:steady"};
    for (int i = 0; i < v.n_choices; i++) {
        route_name(&v, i, name, sizeof name);
        assert_string_equal(name, want[i]);
        assert_int_equal(route_find(&v, NULL, name, ROUTE_ANY, why, sizeof why), i);
    }
    v.choices[0].id = "own"; /* an id not made from the beat's */
    route_name(&v, 0, name, sizeof name);
    assert_string_equal(name, "kitchen:own");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(parse_splits_and_trims),
        cmocka_unit_test(steps_find_by_number_id_and_kind),
        cmocka_unit_test(refusals_say_what_the_beat_offers),
        cmocka_unit_test(colons_in_ids),
        cmocka_unit_test(names_round_trip),
    };
    return cmocka_run_group_tests_name("route", tests, NULL, NULL);
}
