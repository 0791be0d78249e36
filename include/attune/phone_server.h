/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The phone vote server: the room (phones.h) on the local network, over
 * HTTP with GNU libmicrohttpd. It serves the one page built into the game
 * and the room's three JSON endpoints -- nothing from disk -- on its own
 * threads; what the phones do reaches the game's main loop through a queue
 * of events, and `wake` tells the loop there is something to take. The game
 * never waits on the network: every call here holds a lock only for a copy.
 * Layer: net (the core and libmicrohttpd; no SDL, no Lua). Nothing listens
 * until phone_server_start, and phone_server_stop closes every connection. */
#ifndef ATTUNE_PHONE_SERVER_H
#define ATTUNE_PHONE_SERVER_H

#include "attune/phones.h"

#include <stdbool.h>
#include <stddef.h>

enum {
    PHONE_PORT = 8740,       /* the port tried first ... */
    PHONE_PORT_TRIES = 10,   /* ... and the next ones when it is taken */
    PHONE_QUEUE = 4096,      /* events waiting for the main loop */
    PHONE_CONNECTIONS = 512, /* connections at once, all phones together */
    PHONE_PER_ADDRESS = 32,  /* connections at once from one address */
};

typedef struct PhoneServer PhoneServer;

/* Called on a server thread when an event is queued and the loop has not
 * been told since it last took them. Must be thread-safe (SDL_PushEvent is). */
typedef void (*PhoneWake)(void *data);

/* Listen on `bind`: NULL or "" for every interface, or an IPv4 address,
 * with ":PORT" (0: any free port) or without (PHONE_PORT, then the next
 * ones while taken), for `room`: the caller's, lent (its phones and votes
 * outlive the server: turned off and on, a session keeps them), or NULL for
 * a new one of the server's own. NULL with a sentence in err[n] when it
 * cannot (the address is not this computer's, the ports are taken...). */
PhoneServer *phone_server_start(const char *bind, PhoneRoom *room, PhoneWake wake, void *wake_data,
                                char *err, size_t n);
/* A new room on the heap, its code and its addresses' key drawn at random;
 * NULL when memory ran out. Freed with phone_server_room_free (NULL: no-op). */
PhoneRoom *phone_server_room_new(void);
void phone_server_room_free(PhoneRoom *r);
/* The lent room is the server's from now on: phone_server_stop frees it. */
void phone_server_keep_room(PhoneServer *s);
/* Wake no one any more (the game has let go of the server; it answers on
 * until stopped). */
void phone_server_quiet(PhoneServer *s);
/* Stop listening, close every phone's connection, free it all. NULL: no-op. */
void phone_server_stop(PhoneServer *s);

/* The address the phones open ("http://192.168.1.20:8740"): the bound one,
 * or, bound to every interface, this computer's first network address (the
 * loopback one when it has no network; phone_server_local then says so). */
const char *phone_server_url(const PhoneServer *s);
bool phone_server_local(const PhoneServer *s);
int phone_server_port(const PhoneServer *s);
/* The room code, 0-9999 (shown as 4 digits). */
int phone_server_code(const PhoneServer *s);

/* What the phones are shown (phone_room_show_answers). Returns the
 * decision's generation, for matching the events taken after. */
int phone_server_show(PhoneServer *s, PhoneStatus status, const char *story, int decision,
                      const PhoneAnswer *answers, int n);

/* Take up to `max` queued events, oldest first; the count taken. When the
 * queue overflowed since the last take, *resync is set: the loop should
 * read phone_server_counts instead of adding up the events. */
int phone_server_take(PhoneServer *s, PhoneEvent *out, int max, bool *resync);
/* The tallies as the room has them: the generation up, the votes per answer
 * (STORY_MAX_CHOICES of them), the phones voted on it, the phones joined,
 * and the serial of the last event they hold (events up to it, taken
 * later, are already counted here). */
void phone_server_counts(PhoneServer *s, int *generation, int *counts, int *voted, int *joined,
                         unsigned long *serial);

/* The page the server sends for "/" (built in: engine/net/phone_page.html). */
extern const unsigned char phone_page_html[];
extern const size_t phone_page_html_len;

#endif
