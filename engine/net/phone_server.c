/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The phone vote server (phone_server.h) on GNU libmicrohttpd: its own
 * polling thread and a small pool, limits on connections, time and memory;
 * one page from memory, three endpoints answered by the room under a lock,
 * and a queue of events for the game's loop. Layer: net. */
#include "attune/phone_server.h"

#include "attune/alloc.h"
#include "attune/i18n.h"
#include "attune/log.h"
#include "attune/strbuf.h"

#include <arpa/inet.h>
#include <errno.h>
#include <ifaddrs.h>
#include <microhttpd.h>
#include <net/if.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <time.h>

struct PhoneServer {
    struct MHD_Daemon *daemon;
    pthread_mutex_t lock; /* the room, the queue */
    PhoneRoom *room;
    bool owns_room; /* freed with the server (else the caller's, lent) */
    PhoneEvent queue[PHONE_QUEUE];
    int head, count;
    bool overflow;
    atomic_bool told; /* wake was called and the loop has not taken since */
    PhoneWake wake;
    void *wake_data;
    struct MHD_Response *page;
    char url[64];
    int port;
    bool local;
};

/* What one connection gathers of its request's body. */
typedef struct Upload {
    char body[PHONE_BODY_MAX + 1];
    size_t n;
    bool too_big;
} Upload;

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void random_bytes(unsigned char *p, size_t n)
{
    size_t got = 0;
    while (got < n) {
        ssize_t r = getrandom(p + got, n - got, 0);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            /* no entropy source: the clock, which is far weaker; said in the log */
            log_error("phones", "getrandom failed (%s); tokens use the clock", strerror(errno));
            long long t = now_ms();
            for (size_t i = got; i < n; i++)
                p[i] = (unsigned char)((t >> (i % 8 * 8)) ^ (long long)(i * 131));
            return;
        }
        got += (size_t)r;
    }
}

static void add_headers(struct MHD_Response *r, const char *type)
{
    MHD_add_response_header(r, "Content-Type", type);
    MHD_add_response_header(r, "Cache-Control", "no-store");
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(r, "Content-Security-Policy",
                            "default-src 'none'; style-src 'unsafe-inline'; "
                            "script-src 'unsafe-inline'; connect-src 'self'; img-src data:; "
                            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
}

static enum MHD_Result send_text(struct MHD_Connection *c, unsigned status, const char *text,
                                 const char *type)
{
    struct MHD_Response *r =
        MHD_create_response_from_buffer(strlen(text), (void *)text, MHD_RESPMEM_MUST_COPY);
    if (!r)
        return MHD_NO;
    add_headers(r, type);
    enum MHD_Result ok = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    return ok;
}

static void peer_address(struct MHD_Connection *c, char *out, size_t n)
{
    snprintf(out, n, "?");
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!ci || !ci->client_addr)
        return;
    const struct sockaddr *sa = ci->client_addr;
    if (sa->sa_family == AF_INET)
        inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, out,
                  (socklen_t)n);
    else if (sa->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr, out,
                  (socklen_t)n);
}

static void push_event(PhoneServer *s, const PhoneEvent *ev)
{
    if (s->count == PHONE_QUEUE) {
        s->overflow = true;
        return;
    }
    s->queue[(s->head + s->count) % PHONE_QUEUE] = *ev;
    s->count++;
}

static enum MHD_Result api(PhoneServer *s, struct MHD_Connection *c, const char *url, Upload *u)
{
    if (u->too_big)
        return send_text(c, MHD_HTTP_CONTENT_TOO_LARGE, "{\"error\":\"The request is too long.\"}",
                         "application/json");
    char addr[INET6_ADDRSTRLEN + 1];
    peer_address(c, addr, sizeof addr);
    unsigned char rnd[16];
    random_bytes(rnd, sizeof rnd);
    StrBuf out = {0};
    PhoneEvent ev;
    pthread_mutex_lock(&s->lock);
    PhoneReply rep = phone_room_handle(s->room, url, u->body, u->n, addr, now_ms(), rnd, &out, &ev);
    if (rep.event)
        push_event(s, &ev);
    PhoneWake wake = s->wake;
    void *wake_data = s->wake_data;
    pthread_mutex_unlock(&s->lock);
    if (rep.event && wake && !atomic_exchange(&s->told, true))
        wake(wake_data);
    char *json = strbuf_take(&out);
    enum MHD_Result ok;
    if (!json)
        ok = send_text(c, MHD_HTTP_SERVICE_UNAVAILABLE,
                       "{\"error\":\"The game is out of memory.\"}", "application/json");
    else
        ok = send_text(c, (unsigned)rep.status, json, "application/json");
    attune_free(json);
    return ok;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_data_size, void **con_cls)
{
    PhoneServer *s = cls;
    bool post = strcmp(method, MHD_HTTP_METHOD_POST) == 0;
    bool get =
        strcmp(method, MHD_HTTP_METHOD_GET) == 0 || strcmp(method, MHD_HTTP_METHOD_HEAD) == 0;
    if (!post) {
        if (*upload_data_size)
            return MHD_NO; /* a body on a GET: not ours */
        if (!get)
            return send_text(c, MHD_HTTP_METHOD_NOT_ALLOWED, "Not allowed.\n", "text/plain");
        if (strcmp(url, "/") == 0) /* shared by every thread: never changed after the start */
            return MHD_queue_response(c, MHD_HTTP_OK, s->page);
        if (strncmp(url, "/api/", 5) == 0)
            return send_text(c, MHD_HTTP_METHOD_NOT_ALLOWED,
                             "{\"error\":\"The game's questions are asked with POST.\"}",
                             "application/json");
        return send_text(c, MHD_HTTP_NOT_FOUND, "There is nothing here.\n", "text/plain");
    }
    Upload *u = *con_cls;
    if (!u) {
        u = attune_calloc(1, sizeof *u);
        if (!u)
            return MHD_NO;
        *con_cls = u;
        return MHD_YES;
    }
    if (*upload_data_size) {
        size_t room = sizeof u->body - 1 - u->n;
        if (*upload_data_size > room || u->too_big) {
            u->too_big = true;
        } else {
            memcpy(u->body + u->n, upload_data, *upload_data_size);
            u->n += *upload_data_size;
        }
        *upload_data_size = 0;
        return MHD_YES;
    }
    u->body[u->n] = '\0';
    return api(s, c, url, u);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    attune_free(*con_cls);
    *con_cls = NULL;
}

/* This computer's first up, non-loopback IPv4 address into out, or false. */
static bool lan_address(char *out, size_t n)
{
    struct ifaddrs *all = NULL;
    if (getifaddrs(&all) != 0)
        return false;
    bool found = false;
    for (struct ifaddrs *i = all; i && !found; i = i->ifa_next) {
        if (!i->ifa_addr || i->ifa_addr->sa_family != AF_INET || !(i->ifa_flags & IFF_UP) ||
            (i->ifa_flags & IFF_LOOPBACK))
            continue;
        const struct sockaddr_in *sin = (const struct sockaddr_in *)(const void *)i->ifa_addr;
        found = inet_ntop(AF_INET, &sin->sin_addr, out, (socklen_t)n) != NULL;
    }
    freeifaddrs(all);
    return found;
}

/* "ADDRESS[:PORT]" into addr (INADDR_ANY for NULL or "") and *port (-1:
 * none given). */
static bool parse_bind(const char *bind, struct in_addr *addr, int *port, char *err, size_t n)
{
    *port = -1;
    addr->s_addr = htonl(INADDR_ANY);
    if (!bind || !*bind)
        return true;
    char host[64];
    snprintf(host, sizeof host, "%s", bind);
    char *colon = strrchr(host, ':');
    if (colon) {
        *colon = '\0';
        char *end;
        long p = strtol(colon + 1, &end, 10);
        if (!colon[1] || *end || p < 0 || p > 65535) {
            snprintf(err, n, "--phones-bind %s: the port after ':' is a number from 0 to 65535",
                     bind);
            return false;
        }
        *port = (int)p;
    }
    if (host[0] && inet_pton(AF_INET, host, addr) != 1) {
        snprintf(err, n,
                 "--phones-bind %s: give an IPv4 address of this computer, "
                 "such as 192.168.1.20",
                 bind);
        return false;
    }
    return true;
}

/* libmicrohttpd's format and arguments: LOG_PRINTF(2, 0) tells the compiler
 * so (clang refuses a format it cannot see otherwise, -Wformat-nonliteral). */
static void mhd_log(void *cls, const char *fmt, va_list ap) LOG_PRINTF(2, 0);
static void mhd_log(void *cls, const char *fmt, va_list ap)
{
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    size_t len = strlen(msg);
    while (len && (msg[len - 1] == '\n' || msg[len - 1] == '\r'))
        msg[--len] = '\0';
    log_debug("phones", "%s", msg);
}

/* A room code drawn at random, 1000-9999. */
static int random_code(void)
{
    unsigned char r[2];
    random_bytes(r, sizeof r);
    return 1000 + (r[0] << 8 | r[1]) % 9000;
}

PhoneRoom *phone_server_room_new(void)
{
    PhoneRoom *r = attune_malloc(sizeof *r);
    if (!r)
        return NULL;
    if (!phone_room_init(r, random_code())) {
        phone_room_free(r);
        attune_free(r);
        return NULL;
    }
    unsigned long long key;
    random_bytes((unsigned char *)&key, sizeof key);
    phone_room_key(r, key);
    return r;
}

void phone_server_room_free(PhoneRoom *r)
{
    if (!r)
        return;
    phone_room_free(r);
    attune_free(r);
}

/* The phone page's words, in the interface's language when the server starts
 * (a workshop keeps its language): the page (phone_page.html) has none of
 * its own. "%s" is filled in by the page. */
static const char *const PAGE_WORDS[][2] = {
    {"title", N_("Attune: vote")},
    {"code", N_("Room code")},
    {"join", N_("Join")},
    {"joining", N_("Joining…")},
    /* TRANSLATORS: on a phone, while it joins; %s is the 4-digit room code. */
    {"joining_room", N_("Joining room %s…")},
    /* TRANSLATORS: on a phone; %s is an HTTP status number. */
    {"refused", N_("The game refused (%s).")},
    {"please_wait", N_("Please wait")},
    /* TRANSLATORS: on a phone; %s is the 4-digit room code. */
    {"room", N_("Room %s")},
    {"join_again", N_("Please join again with the room code.")},
    /* TRANSLATORS: on a phone; %s is the decision's number. */
    {"decision", N_("Decision %s")},
    /* TRANSLATORS: on a phone; %s is the decision's number. */
    {"closed", N_("The vote on decision %s is closed. Watch the screen.")},
    {"sending", N_("Sending…")},
    {"your_vote", N_("Your vote")},
    {"not_open", N_("Not open now")},
    /* TRANSLATORS: on a phone; %s is the answer's letter (A, B...). */
    {"not_counted", N_("Your tap on %s was not counted.")},
    {"wait", N_("Watch the screen — the next decision will appear here.")},
    {"pick", N_("Tap an answer to vote.")},
    {"voted", N_("Your vote is in — you can change it until the facilitator closes the vote.")},
    {"end", N_("The story has ended. Thank you — you can close this page.")},
    {"lost", N_("The game is not answering. It may have closed, or this phone has left the "
                "room’s Wi-Fi. Trying again…")},
    {"ask", N_("To vote, type the room code: the 4 digits on the screen.")},
    {"four", N_("The room code is 4 digits.")},
    {"nojoin", N_("The game is not answering. Is this phone on the room’s Wi-Fi? Then try "
                  "again.")},
    {"novote", N_("Your vote did not reach the game. Please tap again.")},
};

/* The page with its words written in, as JSON ('<' escaped, so no word can
 * end the block), and <html lang> set. NULL when out of memory. */
static char *page_in_language(void)
{
    static const char block[] = "<script type=\"application/json\" id=\"words\">{}</script>";
    static const char html_lang[] = "<html lang=\"en\">";
    const char *page = (const char *)phone_page_html;
    const char *at = strstr(page, block), *lang_at = strstr(page, html_lang);
    if (!at || !lang_at || lang_at > at)
        return NULL; /* the page as built has both (tests/test_phone_votes.c) */
    StrBuf w = {0};
    for (size_t i = 0; i < sizeof PAGE_WORDS / sizeof PAGE_WORDS[0]; i++) {
        strbuf_puts(&w, i ? ",\"" : "{\"");
        strbuf_puts(&w, PAGE_WORDS[i][0]);
        strbuf_puts(&w, "\":\"");
        strbuf_json(&w, _(PAGE_WORDS[i][1]));
        strbuf_puts(&w, "\"");
    }
    strbuf_puts(&w, "}");
    char *json = strbuf_take(&w);
    if (!json)
        return NULL;
    StrBuf b = {0};
    strbuf_printf(&b, "%.*s<html lang=\"%s\">", (int)(lang_at - page), page, i18n_language());
    const char *after_lang = lang_at + strlen(html_lang);
    strbuf_printf(&b, "%.*s<script type=\"application/json\" id=\"words\">", (int)(at - after_lang),
                  after_lang);
    for (const char *c = json; *c; c++) {
        if (*c == '<')
            strbuf_puts(&b, "\\u003c");
        else
            strbuf_printf(&b, "%c", *c);
    }
    strbuf_puts(&b, "</script>");
    strbuf_puts(&b, at + strlen(block));
    attune_free(json);
    return strbuf_take(&b);
}

PhoneServer *phone_server_start(const char *bind, PhoneRoom *room, PhoneWake wake, void *wake_data,
                                char *err, size_t n)
{
    struct in_addr addr;
    int port;
    if (!parse_bind(bind, &addr, &port, err, n))
        return NULL;
    PhoneServer *s = attune_calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, n, "out of memory");
        return NULL;
    }
    s->room = room;
    if (!s->room) {
        s->room = phone_server_room_new();
        s->owns_room = true;
    }
    if (!s->room) {
        attune_free(s);
        snprintf(err, n, "out of memory");
        return NULL;
    }
    pthread_mutex_init(&s->lock, NULL);
    s->wake = wake;
    s->wake_data = wake_data;
    char *page = page_in_language();
    s->page =
        page ? MHD_create_response_from_buffer(strlen(page), page, MHD_RESPMEM_MUST_FREE) : NULL;
    if (!s->page)
        attune_free(page);
    if (!s->page) {
        phone_server_stop(s);
        snprintf(err, n, "out of memory");
        return NULL;
    }
    add_headers(s->page, "text/html; charset=utf-8");
    int first = port >= 0 ? port : PHONE_PORT;
    int tries = port >= 0 ? 1 : PHONE_PORT_TRIES;
    int last_errno = 0;
    for (int t = 0; t < tries && !s->daemon; t++) {
        struct sockaddr_in sin;
        memset(&sin, 0, sizeof sin);
        sin.sin_family = AF_INET;
        sin.sin_addr = addr;
        sin.sin_port = htons((uint16_t)(first + t));
        errno = 0;
        s->daemon = MHD_start_daemon(
            MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ERROR_LOG,
            (uint16_t)(first + t), NULL, NULL, on_request, s, MHD_OPTION_SOCK_ADDR,
            (struct sockaddr *)&sin, MHD_OPTION_THREAD_POOL_SIZE, (unsigned)2,
            MHD_OPTION_CONNECTION_LIMIT, (unsigned)PHONE_CONNECTIONS,
            MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)PHONE_PER_ADDRESS,
            MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)15, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
            (size_t)(16 * 1024), MHD_OPTION_NOTIFY_COMPLETED, on_completed, s,
            MHD_OPTION_EXTERNAL_LOGGER, mhd_log, s, MHD_OPTION_END);
        last_errno = errno;
    }
    if (!s->daemon) {
        char shown[INET_ADDRSTRLEN];
        inet_ntop(AF_INET, &addr, shown, sizeof shown);
        if (tries > 1)
            snprintf(err, n, "could not listen on %s, ports %d to %d (%s)", shown, first,
                     first + tries - 1, last_errno ? strerror(last_errno) : "taken or refused");
        else
            snprintf(err, n, "could not listen on %s:%d (%s)", shown, first,
                     last_errno ? strerror(last_errno) : "taken, or not this computer's address");
        phone_server_stop(s);
        return NULL;
    }
    const union MHD_DaemonInfo *di = MHD_get_daemon_info(s->daemon, MHD_DAEMON_INFO_BIND_PORT);
    s->port = di ? di->port : first;
    char host[INET_ADDRSTRLEN] = "127.0.0.1";
    if (addr.s_addr == htonl(INADDR_ANY)) {
        s->local = !lan_address(host, sizeof host);
        if (s->local)
            snprintf(host, sizeof host, "127.0.0.1");
    } else {
        inet_ntop(AF_INET, &addr, host, sizeof host);
        s->local = (ntohl(addr.s_addr) >> 24) == 127;
    }
    snprintf(s->url, sizeof s->url, "http://%s:%d", host, s->port);
    return s;
}

void phone_server_stop(PhoneServer *s)
{
    if (!s)
        return;
    if (s->daemon)
        MHD_stop_daemon(s->daemon);
    if (s->page)
        MHD_destroy_response(s->page);
    if (s->owns_room)
        phone_server_room_free(s->room);
    pthread_mutex_destroy(&s->lock);
    attune_free(s);
}

void phone_server_keep_room(PhoneServer *s)
{
    s->owns_room = true;
}

const char *phone_server_url(const PhoneServer *s)
{
    return s->url;
}

bool phone_server_local(const PhoneServer *s)
{
    return s->local;
}

int phone_server_port(const PhoneServer *s)
{
    return s->port;
}

int phone_server_code(const PhoneServer *s)
{
    return s->room->code; /* set once at the start: no lock needed */
}

int phone_server_show(PhoneServer *s, PhoneStatus status, const char *story, int decision,
                      const PhoneAnswer *answers, int n)
{
    pthread_mutex_lock(&s->lock);
    phone_room_show_answers(s->room, status, story, decision, answers, n);
    int g = s->room->generation;
    pthread_mutex_unlock(&s->lock);
    return g;
}

int phone_server_take(PhoneServer *s, PhoneEvent *out, int max, bool *resync)
{
    atomic_store(&s->told, false);
    pthread_mutex_lock(&s->lock);
    int k = 0;
    while (k < max && s->count > 0) {
        out[k++] = s->queue[s->head];
        s->head = (s->head + 1) % PHONE_QUEUE;
        s->count--;
    }
    *resync = s->overflow;
    s->overflow = false;
    bool more = s->count > 0;
    PhoneWake wake = s->wake;
    void *wake_data = s->wake_data;
    pthread_mutex_unlock(&s->lock);
    if (more && wake && !atomic_exchange(&s->told, true))
        wake(wake_data);
    return k;
}

void phone_server_quiet(PhoneServer *s)
{
    pthread_mutex_lock(&s->lock);
    s->wake = NULL;
    s->wake_data = NULL;
    pthread_mutex_unlock(&s->lock);
}

void phone_server_counts(PhoneServer *s, int *generation, int *counts, int *voted, int *joined,
                         unsigned long *serial)
{
    pthread_mutex_lock(&s->lock);
    *generation = s->room->generation;
    memcpy(counts, s->room->counts, sizeof s->room->counts);
    *voted = s->room->voted;
    *joined = s->room->n_phones;
    *serial = s->room->serial;
    pthread_mutex_unlock(&s->lock);
}
