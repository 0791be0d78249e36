/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The limits every picture is loaded under (engine/ui/picture.c applies
 * them; the story binding needs the file size to find a picture). Layer:
 * core, plain numbers. */
#ifndef ATTUNE_PICTURE_LIMITS_H
#define ATTUNE_PICTURE_LIMITS_H

/* The largest picture file, of any kind; and of an SVG (the shipped art is
 * under 40 KB). */
#define PICTURE_MAX_BYTES (16u * 1024 * 1024)
#define PICTURE_SVG_MAX_BYTES (1024u * 1024)

enum {
    PICTURE_MAX_SIDE = 8192,          /* px: a PNG's or JPEG's width or height */
    PICTURE_MAX_PIXELS = 3840 * 2160, /* a PNG or JPEG; an SVG is drawn no larger */
    PICTURE_MAX_ASPECT = 8,           /* at most 8 times as wide as tall, or as tall as wide */
    /* The shipped art has at most 317 elements and 2,548 path coordinates. */
    PICTURE_SVG_MAX_ELEMENTS = 2000,
    PICTURE_SVG_MAX_NUMBERS = 10000, /* the numbers in its paths' d= and points= */
    PICTURE_DRAW_MS = 1000,          /* of CPU time, to decode or draw one picture */
    /* Of wall time, however busy the machine: a child starved of CPU is
     * stopped too, so nothing waits on a picture without end. */
    PICTURE_WALL_MS = 8000,
    /* `check` draws every picture at this window size. */
    PICTURE_CHECK_W = 1920,
    PICTURE_CHECK_H = 1080
};

#endif
