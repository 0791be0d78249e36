/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Phone votes end to end, on 127.0.0.1 only: a workshop of Homework Night
 * with the phone server on, and 200 simulated phones (each from its own
 * loopback address, 127.0.0.10 on) joining and voting within about a
 * second from eight threads -- some changing their vote, some voting the
 * same twice -- while
 * others give wrong codes, oversized and malformed requests. The game's
 * loop runs in this thread the whole time: the tally must be exact, the
 * wrong codes held back, the bad requests refused, and no frame's work may
 * take 16 ms or more (95 in 100 of them; in the sanitizer build it is
 * measured, not held to).
 * Then keyed votes add to the phones', Return closes the vote, and late
 * votes are refused; the session's record keeps phone and keyed apart. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "attune/app.h"
#include "attune/paths.h"
#include "attune/phones.h"
#include "attune/story_tools.h"
#include "attune/workshop.h"

#include <SDL.h>
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum { PHONES = 200, THREADS = 8, WRONG = THREADS, ANSWERS_MAX = 9 };

#if defined(__SANITIZE_ADDRESS__)
#define SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SANITIZED 1
#endif
#endif
#ifndef SANITIZED
#define SANITIZED 0
#endif

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

/* One HTTP request from source address `src` to 127.0.0.1:port; the status
 * (0 when the connection failed: why, in *why) and the body in resp. */
static int request_once(const char *src, int port, const char *method, const char *path,
                        const char *body, char *resp, size_t n, const char **why)
{
    resp[0] = '\0';
    *why = "socket";
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    struct timeval tv = {10, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    inet_pton(AF_INET, src, &a.sin_addr);
    *why = "bind";
    if (bind(fd, (struct sockaddr *)&a, sizeof a) != 0) {
        close(fd);
        return 0;
    }
    a.sin_port = htons((uint16_t)port);
    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    *why = "connect";
    if (connect(fd, (struct sockaddr *)&a, sizeof a) != 0) {
        close(fd);
        return 0;
    }
    char head[512];
    size_t blen = body ? strlen(body) : 0;
    int hl = snprintf(head, sizeof head,
                      "%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                      "Content-Type: application/x-www-form-urlencoded\r\n"
                      "Content-Length: %zu\r\n\r\n",
                      method, path, blen);
    *why = "send";
    if (send(fd, head, (size_t)hl, MSG_NOSIGNAL) != hl ||
        (blen && send(fd, body, blen, MSG_NOSIGNAL) != (ssize_t)blen)) {
        close(fd);
        return 0;
    }
    char buf[8192];
    size_t got = 0;
    ssize_t r;
    while (got < sizeof buf - 1 && (r = recv(fd, buf + got, sizeof buf - 1 - got, 0)) > 0)
        got += (size_t)r;
    buf[got] = '\0';
    int err = errno;
    close(fd);
    int status = 0;
    if (sscanf(buf, "HTTP/1.%*d %d", &status) != 1) {
        *why = got ? "a reply with no status line" : "recv (no reply)";
        errno = err;
        return 0;
    }
    const char *b = strstr(buf, "\r\n\r\n");
    snprintf(resp, n, "%s", b ? b + 4 : "");
    return status;
}

static atomic_int transport_retries;

/* A request as a phone's page makes it: a connection that fails outright
 * (not a refusal: an HTTP status) is tried again, twice at most, 100 ms
 * apart; each retry is said on stderr and counted. */
static int request(const char *src, int port, const char *method, const char *path,
                   const char *body, char *resp, size_t n)
{
    for (int attempt = 0;; attempt++) {
        const char *why = "";
        errno = 0;
        int st = request_once(src, port, method, path, body, resp, n, &why);
        if (st || attempt == 2)
            return st;
        fprintf(stderr, "phone sim: %s %s from %s to port %d: %s failed (%s); trying again\n",
                method, path, src, port, why, strerror(errno));
        atomic_fetch_add(&transport_retries, 1);
        struct timespec gap = {0, 100 * 1000 * 1000};
        nanosleep(&gap, NULL);
    }
}

static int post(const char *src, int port, const char *path, const char *body, char *resp, size_t n)
{
    return request(src, port, "POST", path, body, resp, n);
}

/* The value of "key":"..." in a JSON reply (no escapes in it), or "". */
static void json_word(const char *json, const char *key, char *out, size_t n)
{
    char pat[64];
    snprintf(pat, sizeof pat, "\"%s\":\"", key);
    const char *p = strstr(json, pat);
    out[0] = '\0';
    if (!p)
        return;
    p += strlen(pat);
    const char *q = strchr(p, '"');
    if (q && (size_t)(q - p) < n) {
        memcpy(out, p, (size_t)(q - p));
        out[q - p] = '\0';
    }
}

typedef struct Sim {
    int port, code, n_answers;
    char token[PHONES][PHONE_TOKEN_HEX + 1];
    int final[PHONES];
    atomic_int failures, joined, changed, votes_sent;
    atomic_int wrong_403, wrong_429, too_big_413, bad_400, no_token_401, not_found_404, method_405;
    atomic_int done_threads;
    double started, finished;
    int thread;
} Sim;

typedef struct Worker {
    Sim *sim;
    int t;
} Worker;

static void sim_fail(Sim *s, const char *what, int status, const char *resp)
{
    fprintf(stderr, "phone sim: %s: %d %s\n", what, status, resp);
    atomic_fetch_add(&s->failures, 1);
}

static void *phones_thread(void *arg)
{
    Worker *wk = arg;
    Sim *s = wk->sim;
    char src[32], body[400], resp[8192];
    for (int i = wk->t; i < PHONES; i += THREADS) {
        snprintf(src, sizeof src, "127.0.0.%d", 10 + i);
        snprintf(body, sizeof body, "code=%04d", s->code);
        int st = post(src, s->port, "/api/join", body, resp, sizeof resp);
        json_word(resp, "token", s->token[i], sizeof s->token[i]);
        if (st != 200 || strlen(s->token[i]) != PHONE_TOKEN_HEX) {
            sim_fail(s, "join", st, resp);
            continue;
        }
        atomic_fetch_add(&s->joined, 1);
        snprintf(body, sizeof body, "token=%s&seen=0", s->token[i]);
        st = post(src, s->port, "/api/state", body, resp, sizeof resp);
        if (st != 200 || !strstr(resp, "\"status\":\"open\"") || !strstr(resp, "\"decision\":1"))
            sim_fail(s, "state", st, resp);
        int answer = i % s->n_answers;
        snprintf(body, sizeof body, "token=%s&decision=1&answer=%c", s->token[i], 'A' + answer);
        st = post(src, s->port, "/api/vote", body, resp, sizeof resp);
        atomic_fetch_add(&s->votes_sent, 1);
        if (st != 200)
            sim_fail(s, "vote", st, resp);
        if (i % 5 == 0) { /* a change of mind */
            answer = (answer + 1) % s->n_answers;
            snprintf(body, sizeof body, "token=%s&decision=1&answer=%c", s->token[i], 'A' + answer);
            st = post(src, s->port, "/api/vote", body, resp, sizeof resp);
            atomic_fetch_add(&s->changed, 1);
            if (st != 200)
                sim_fail(s, "change", st, resp);
        } else if (i % 10 == 3) { /* the same answer tapped twice */
            st = post(src, s->port, "/api/vote", body, resp, sizeof resp);
            if (st != 200)
                sim_fail(s, "again", st, resp);
        }
        s->final[i] = answer;
        /* people, not a load generator: the room's 200 phones over about
         * a second (each thread's 25 phones 40 ms apart) */
        struct timespec gap = {0, 40 * 1000 * 1000};
        nanosleep(&gap, NULL);
    }
    if (wk->t < WRONG) {
        /* a phone guessing the code: five wrong, then held back even when right */
        snprintf(src, sizeof src, "127.0.1.%d", 10 + wk->t);
        for (int k = 0; k < 6; k++) {
            snprintf(body, sizeof body, "code=%04d", (s->code + 1 + k) % 10000);
            int st = post(src, s->port, "/api/join", body, resp, sizeof resp);
            if (st == 403)
                atomic_fetch_add(&s->wrong_403, 1);
            else if (st == 429)
                atomic_fetch_add(&s->wrong_429, 1);
            else
                sim_fail(s, "wrong code", st, resp);
        }
        snprintf(body, sizeof body, "code=%04d", s->code);
        int st = post(src, s->port, "/api/join", body, resp, sizeof resp);
        if (st == 429)
            atomic_fetch_add(&s->wrong_429, 1);
        else
            sim_fail(s, "right code after wrong ones", st, resp);
        /* oversized, malformed, no token, a path that is not there, a GET */
        char big[400];
        memset(big, 'a', sizeof big - 1);
        big[sizeof big - 1] = '\0';
        memcpy(big, "token=", 6);
        snprintf(src, sizeof src, "127.0.2.%d", 10 + wk->t);
        if (post(src, s->port, "/api/vote", big, resp, sizeof resp) == 413)
            atomic_fetch_add(&s->too_big_413, 1);
        if (post(src, s->port, "/api/vote", "token=zz&decision=1&answer=B", resp, sizeof resp) ==
            400)
            atomic_fetch_add(&s->bad_400, 1);
        if (post(src, s->port, "/api/vote", "decision=1&answer=%41", resp, sizeof resp) == 400)
            atomic_fetch_add(&s->bad_400, 1);
        if (post(src, s->port, "/api/vote", "decision=1&answer=B", resp, sizeof resp) == 401)
            atomic_fetch_add(&s->no_token_401, 1);
        if (request(src, s->port, "GET", "/etc/passwd", NULL, resp, sizeof resp) == 404)
            atomic_fetch_add(&s->not_found_404, 1);
        if (request(src, s->port, "PUT", "/", NULL, resp, sizeof resp) == 405)
            atomic_fetch_add(&s->method_405, 1);
    }
    atomic_fetch_add(&s->done_threads, 1);
    /* wake the game's loop so that it sees we are done */
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_USEREVENT;
    SDL_PushEvent(&e);
    return NULL;
}

static void key(const char *name, bool shift)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.state = SDL_PRESSED;
    e.key.keysym.sym = SDL_GetKeyFromName(name);
    if (shift)
        e.key.keysym.mod = KMOD_LSHIFT;
    SDL_PushEvent(&e);
}

static int by_value(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

/* A few turns of the loop, each woken first (app_frame waits for an event). */
static void wake_frames(App *a)
{
    for (int i = 0; i < 3; i++) {
        SDL_Event e = {.type = SDL_USEREVENT};
        SDL_PushEvent(&e);
        app_frame(a);
    }
}

/* Turn the loop until screen `want` is up (a few turns at most). */
static void frames_until(App *a, Workshop *w, const char *want)
{
    char screen[64];
    for (int i = 0; i < 20 && strcmp(workshop_screen(w, screen, sizeof screen), want) != 0; i++) {
        SDL_Event e = {.type = SDL_USEREVENT};
        SDL_PushEvent(&e);
        app_frame(a);
    }
    assert_string_equal(workshop_screen(w, screen, sizeof screen), want);
}

/* Story `dir` (Homework Night when NULL) as a workshop at 1280x720, phones
 * on at 127.0.0.1. */
static App *open_story_workshop(const char *dir)
{
    static char story[1200];
    assert_true(paths_init());
    if (dir)
        snprintf(story, sizeof story, "%s", dir);
    else
        assert_true(
            paths_join(story, sizeof story, paths_data_dir(), "scripts/stories/homework-night"));
    AppOptions o = {.story_dir = story,
                    .width = 1280,
                    .height = 720,
                    .renderer = "software",
                    .workshop = true,
                    .phones = true,
                    .phones_bind = "127.0.0.1:0"};
    App *a = app_open(&o);
    assert_non_null(a);
    return a;
}

static App *open_workshop(void)
{
    return open_story_workshop(NULL);
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    static char buf[1 << 20];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    return buf;
}

static void phones_vote_with_the_room(void **state)
{
    App *a = open_workshop();
    for (int i = 0; i < 5; i++) { /* never waiting: a wake-up before each turn */
        SDL_Event e = {.type = SDL_USEREVENT};
        SDL_PushEvent(&e);
        app_frame(a);
    }
    Workshop *w = app_workshop(a);
    assert_non_null(w);
    const char *url = workshop_phones_url(w);
    assert_non_null(url);
    assert_true(strncmp(url, "http://127.0.0.1:", 17) == 0);
    static Sim sim;
    memset(&sim, 0, sizeof sim);
    sim.port = atoi(url + 17);
    sim.code = workshop_phones_code(w);
    assert_in_range(sim.code, 0, 9999);
    char screen[64];
    assert_string_equal(workshop_screen(w, screen, sizeof screen), "workshop-phones");
    key("Return", false); /* the join screen closes: the beat */
    frames_until(a, w, "workshop-beat");
    const StoryView *v = workshop_beat(w);
    assert_non_null(v);
    sim.n_answers = v->n_choices;
    assert_in_range(sim.n_answers, 2, ANSWERS_MAX);

    /* the flood, with the game's loop turning in this thread */
    pthread_t th[THREADS];
    Worker wk[THREADS];
    sim.started = now_ms();
    for (int t = 0; t < THREADS; t++) {
        wk[t] = (Worker){&sim, t};
        assert_int_equal(pthread_create(&th[t], NULL, phones_thread, &wk[t]), 0);
    }
    double worst = 0, sum = 0;
    static double times[8192];
    int frames = 0;
    while (atomic_load(&sim.done_threads) < THREADS) {
        app_frame(a);
        double ms = app_frame_work_ms(a);
        worst = ms > worst ? ms : worst;
        sum += ms;
        if (frames < (int)(sizeof times / sizeof times[0]))
            times[frames] = ms;
        frames++;
    }
    int kept = frames < (int)(sizeof times / sizeof times[0]) ? frames : 8192;
    qsort(times, (size_t)kept, sizeof times[0], by_value);
    double p95 = kept ? times[(kept - 1) * 95 / 100] : 0;
    sim.finished = now_ms();
    for (int t = 0; t < THREADS; t++)
        pthread_join(th[t], NULL);
    /* the last events: the loop takes them on its next turns */
    for (int i = 0; i < 3; i++) {
        SDL_Event e = {.type = SDL_USEREVENT};
        SDL_PushEvent(&e);
        app_frame(a);
    }
    double took = sim.finished - sim.started;
    printf("phones: %d joined, %d votes, %d changes in %.0f ms; %d frames, their work: mean "
           "%.2f ms, 95th percentile %.2f ms, worst %.2f ms%s; %d connections tried again\n",
           atomic_load(&sim.joined), atomic_load(&sim.votes_sent), atomic_load(&sim.changed), took,
           frames, frames ? sum / frames : 0, p95, worst, SANITIZED ? " (sanitizer build)" : "",
           atomic_load(&transport_retries));
    assert_int_equal(atomic_load(&sim.failures), 0);
    assert_int_equal(atomic_load(&sim.joined), PHONES);
    assert_int_equal(atomic_load(&sim.wrong_403), WRONG * 5);
    assert_int_equal(atomic_load(&sim.wrong_429), WRONG * 2);
    assert_int_equal(atomic_load(&sim.too_big_413), WRONG);
    assert_int_equal(atomic_load(&sim.bad_400), WRONG * 2);
    assert_int_equal(atomic_load(&sim.no_token_401), WRONG);
    assert_int_equal(atomic_load(&sim.not_found_404), WRONG);
    assert_int_equal(atomic_load(&sim.method_405), WRONG);
    /* Frames within 16 ms while the room votes: held for 95 in 100 of them,
     * so that one frame delayed by a busy machine (the test's own 200 phones
     * share its cores) does not fail it; the worst is printed above. Under
     * the sanitizers it is measured only. */
    if (!SANITIZED) {
        assert_true(took < 2000.0);
        assert_true(p95 < 16.0);
    }

    /* the tally is exact */
    int expect[ANSWERS_MAX] = {0};
    for (int i = 0; i < PHONES; i++)
        expect[sim.final[i]]++;
    int top = 0;
    for (int k = 0; k < sim.n_answers; k++) {
        int phone = -1;
        int all = workshop_votes(w, k, &phone);
        assert_int_equal(phone, expect[k]);
        assert_int_equal(all, expect[k]);
        top = expect[k] > top ? expect[k] : top;
    }
    /* keyed votes add to the phones': enough on A to make it the majority */
    int keyed = top - expect[0] + 1;
    char letter[2] = "a";
    for (int i = 0; i < keyed + 1; i++)
        key(letter, false);
    key(letter, true); /* and one taken away again */
    wake_frames(a);
    int phone = -1;
    assert_int_equal(workshop_votes(w, 0, &phone), expect[0] + keyed);
    assert_int_equal(phone, expect[0]);
    /* Shift+A cannot take a phone's vote away */
    for (int i = 0; i < keyed + 3; i++)
        key(letter, true);
    wake_frames(a);
    assert_int_equal(workshop_votes(w, 0, NULL), expect[0]);
    for (int i = 0; i < keyed; i++)
        key(letter, false);
    key("Return", false); /* the facilitator closes the vote: A by majority */
    frames_until(a, w, "workshop-chosen");

    /* late votes are refused, and change nothing */
    char body[200], resp[8192];
    for (int i = 0; i < 20; i++) {
        char src[32];
        snprintf(src, sizeof src, "127.0.0.%d", 10 + i);
        snprintf(body, sizeof body, "token=%s&decision=1&answer=B", sim.token[i]);
        assert_int_equal(post(src, sim.port, "/api/vote", body, resp, sizeof resp), 409);
        assert_non_null(strstr(resp, "The vote on decision 1 is closed."));
    }
    wake_frames(a);
    assert_int_equal(workshop_votes(w, 1, &phone), expect[1]);
    assert_int_equal(phone, expect[1]);

    /* the session's record keeps phone and keyed votes apart, and no phone */
    char path[1200];
    assert_true(paths_join(path, sizeof path, paths_save_dir(), "workshop-last.json"));
    const char *json = slurp(path);
    assert_non_null(json);
    char want[200];
    snprintf(want, sizeof want, "\"votes\": %d,\n", expect[0] + keyed);
    assert_non_null(strstr(json, want));
    snprintf(want, sizeof want, "\"keyed_votes\": %d,", keyed);
    assert_non_null(strstr(json, want));
    snprintf(want, sizeof want, "\"phone_votes_total\": %d", PHONES);
    assert_non_null(strstr(json, want));
    assert_non_null(strstr(json, "\"phones_joined\": 200"));
    for (int i = 0; i < PHONES; i += 37)
        assert_null(strstr(json, sim.token[i]));
    assert_null(strstr(json, "127.0.0."));
    app_close(a);
}

/* A phone joins from `src`; its token into tok. */
static void join_from(const char *src, int port, int code, char tok[PHONE_TOKEN_HEX + 1])
{
    char body[32], resp[8192];
    snprintf(body, sizeof body, "code=%04d", code);
    assert_int_equal(post(src, port, "/api/join", body, resp, sizeof resp), 200);
    json_word(resp, "token", tok, PHONE_TOKEN_HEX + 1);
}

static int vote_from(const char *src, int port, const char *tok, int decision, char answer,
                     char *resp, size_t n)
{
    char body[128];
    snprintf(body, sizeof body, "token=%s&decision=%d&answer=%c", tok, decision, answer);
    return post(src, port, "/api/vote", body, resp, n);
}

static int state_from(const char *src, int port, const char *tok, char *resp, size_t n)
{
    char body[128];
    snprintf(body, sizeof body, "token=%s&seen=0", tok);
    return post(src, port, "/api/state", body, resp, n);
}

/* The facilitator's moves around the phones: Return with no vote leaves the
 * phones voting; phones turned off in the middle of a vote still count, in
 * the bars, the majority and the record alike; on a road not taken the
 * phones wait and cannot vote, and the group's decision comes back with its
 * votes; one room code all session. */
static void the_facilitator_and_the_phones(void **state)
{
    App *a = open_workshop();
    wake_frames(a);
    Workshop *w = app_workshop(a);
    assert_non_null(w);
    const char *url = workshop_phones_url(w);
    assert_non_null(url);
    int port = atoi(url + 17), code = workshop_phones_code(w);
    key("Return", false);
    wake_frames(a);
    char screen[64];
    if (strcmp(workshop_screen(w, screen, sizeof screen), "workshop-resume") == 0)
        key("2", false); /* the test before left its session unfinished: start afresh */
    frames_until(a, w, "workshop-beat");
    char t[3][PHONE_TOKEN_HEX + 1], resp[8192], src[32];
    for (int i = 0; i < 3; i++) {
        snprintf(src, sizeof src, "127.0.3.%d", i + 1);
        join_from(src, port, code, t[i]);
    }
    /* Return with no vote yet: the phones still vote */
    key("Return", false);
    wake_frames(a);
    assert_string_equal(workshop_screen(w, screen, sizeof screen), "workshop-beat");
    for (int i = 0; i < 3; i++) {
        snprintf(src, sizeof src, "127.0.3.%d", i + 1);
        assert_int_equal(vote_from(src, port, t[i], 1, 'B', resp, sizeof resp), 200);
    }
    key("a", false);
    wake_frames(a);
    assert_int_equal(workshop_votes(w, 1, NULL), 3);
    /* phones off from the menu (its sixth item) in the middle of the vote */
    key("Escape", false);
    for (int i = 0; i < 5; i++)
        key("Down", false);
    key("Return", false);
    wake_frames(a);
    assert_null(workshop_phones_url(w));
    int phone = -1;
    assert_int_equal(workshop_votes(w, 1, &phone), 3);
    assert_int_equal(phone, 3);
    assert_int_equal(workshop_votes(w, 0, NULL), 1);
    key("Return", false); /* B by majority: the phones' votes counted */
    frames_until(a, w, "workshop-chosen");
    assert_int_equal(workshop_votes(w, 1, &phone), 3); /* and still in the bars */
    assert_int_equal(phone, 3);
    char path[1200];
    assert_true(paths_join(path, sizeof path, paths_save_dir(), "workshop-last.json"));
    const char *json = slurp(path);
    assert_non_null(json);
    assert_non_null(strstr(json, "\"phone_votes_total\": 3"));
    assert_non_null(strstr(json, "\"letter\": \"B\","));
    /* phones on again: the same room code; the next beat is decision 2 */
    key("j", false);
    frames_until(a, w, "workshop-phones");
    assert_int_equal(workshop_phones_code(w), code);
    url = workshop_phones_url(w);
    port = atoi(url + 17);
    /* the same room: the phones kept their places and the decision its votes */
    assert_int_equal(state_from("127.0.3.2", port, t[1], resp, sizeof resp), 200);
    assert_non_null(strstr(resp, "\"mine\":\"B\""));
    assert_int_equal(workshop_votes(w, 1, &phone), 3);
    assert_int_equal(phone, 3);
    key("Return", false);
    frames_until(a, w, "workshop-chosen");
    key("r", false);
    frames_until(a, w, "workshop-revealed");
    key("Return", false);
    frames_until(a, w, "workshop-beat");
    join_from("127.0.3.9", port, code, t[0]);
    assert_int_equal(vote_from("127.0.3.9", port, t[0], 2, 'C', resp, sizeof resp), 200);
    /* a road not taken from decision 1: the phones wait */
    key("n", false);
    frames_until(a, w, "workshop-roads");
    key("Return", false);
    frames_until(a, w, "workshop-beat-side");
    assert_int_equal(state_from("127.0.3.9", port, t[0], resp, sizeof resp), 200);
    assert_non_null(strstr(resp, "\"status\":\"waiting\""));
    assert_int_equal(vote_from("127.0.3.9", port, t[0], 2, 'A', resp, sizeof resp), 409);
    /* back to the group: decision 2 again, the phone's vote still there */
    key("n", false);
    frames_until(a, w, "workshop-beat");
    assert_int_equal(state_from("127.0.3.9", port, t[0], resp, sizeof resp), 200);
    assert_non_null(strstr(resp, "\"status\":\"open\""));
    assert_non_null(strstr(resp, "\"mine\":\"C\""));
    assert_int_equal(workshop_votes(w, 2, &phone), 1);
    assert_int_equal(phone, 1);
    /* the facilitator ends the session (twice: the report is not saved):
     * the phones are told it has ended, and a moment later nothing listens */
    key("Escape", false);
    key("Up", false);
    key("Return", false);
    wake_frames(a);
    for (int i = 0; i < 3; i++)
        key("Down", false);
    key("Return", false);
    wake_frames(a);
    assert_null(app_workshop(a));
    assert_int_equal(state_from("127.0.3.9", port, t[0], resp, sizeof resp), 200);
    assert_non_null(strstr(resp, "\"status\":\"ended\""));
    /* then nothing listens (asked once each time: no retries) */
    const char *why = "";
    double until = now_ms() + 8000;
    while (now_ms() < until &&
           request_once("127.0.3.9", port, "GET", "/", NULL, resp, sizeof resp, &why) != 0) {
        SDL_Event e = {.type = SDL_USEREVENT};
        SDL_PushEvent(&e);
        app_frame(a);
        struct timespec gap = {0, 100 * 1000 * 1000};
        nanosleep(&gap, NULL);
    }
    assert_int_equal(request_once("127.0.3.9", port, "GET", "/", NULL, resp, sizeof resp, &why), 0);
    assert_string_equal(why, "connect");
    app_close(a);
}

/* With two people on stage (the two-people fixture), each answer on the
 * phones says whom it is to, as the cards do; a phone's vote counts as
 * ever. */
static void two_people_on_the_phones(void **state)
{
    (void)state;
    char dir[1200];
    const char *fx = getenv("ATTUNE_FIXTURES");
    assert_non_null(fx);
    snprintf(dir, sizeof dir, "%s/stories/two-people", fx);
    App *a = open_story_workshop(dir);
    wake_frames(a);
    Workshop *w = app_workshop(a);
    assert_non_null(w);
    const char *url = workshop_phones_url(w);
    assert_non_null(url);
    int port = atoi(url + 17), code = workshop_phones_code(w);
    key("Return", false);
    frames_until(a, w, "workshop-beat");
    char tok[PHONE_TOKEN_HEX + 1], resp[8192];
    join_from("127.0.4.1", port, code, tok);
    assert_int_equal(state_from("127.0.4.1", port, tok, resp, sizeof resp), 200);
    assert_non_null(strstr(resp, "To Maya: Maya, you're right, it's your turn."));
    assert_non_null(strstr(resp, "To Theo: Theo, you really love that cup."));
    assert_non_null(strstr(resp, "To both: You both wanted the blue one this morning."));
    assert_int_equal(vote_from("127.0.4.1", port, tok, 1, 'A', resp, sizeof resp), 200);
    wake_frames(a);
    int phone = -1;
    assert_int_equal(workshop_votes(w, 0, &phone), 1);
    assert_int_equal(phone, 1);
    app_close(a);
}

int main(void)
{
    story_bind(story_lua_binding());
    /* a save folder of its own: no other test's workshop is offered for resuming */
    const char *base = getenv("XDG_DATA_HOME");
    char fresh[1100];
    snprintf(fresh, sizeof fresh, "%s/phone-votes-XXXXXX", base && base[0] == '/' ? base : "/tmp");
    mkdir(base && base[0] == '/' ? base : "/tmp", 0700);
    if (!mkdtemp(fresh))
        return 1;
    setenv("XDG_DATA_HOME", fresh, 1);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(phones_vote_with_the_room),
        cmocka_unit_test(the_facilitator_and_the_phones),
        cmocka_unit_test(two_people_on_the_phones),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
