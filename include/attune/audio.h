/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Music and effects through SDL2_mixer, with a silent backend: when no audio
 * device can be opened the game runs on without sound and without errors.
 * Layer: UI. */
#ifndef ATTUNE_AUDIO_H
#define ATTUNE_AUDIO_H

#include <stdbool.h>

typedef enum AudioEffect {
    AUDIO_CHOICE = 0,
    AUDIO_RUPTURE,
    AUDIO_REPAIR,
    AUDIO_EFFECT_COUNT
} AudioEffect;

/* Sound from the files in `audio_dir`. The device opens when something is
 * first to be heard (falling back to SDL's dummy driver, then to silence)
 * and closes while nothing can be (see audio.c). Always succeeds; see
 * audio_is_silent(). */
void audio_init(const char *audio_dir);
void audio_quit(void);
bool audio_is_silent(void);

/* Play looping music from `path`, crossfading from what plays; NULL fades out.
 * The same path again is a no-op. */
void audio_play_music(const char *path);
void audio_play_effect(AudioEffect e);

/* The quiet layer under the music that follows the other person's state:
 * "regulated" (slow breath), "activated" (a quick heartbeat), "shutdown"
 * (a faint slow heartbeat); NULL for none. Crossfades on a change. */
void audio_set_layer(const char *state);
/* Volumes 0..100. Both at 0 close the device. */
void audio_set_volume(int music, int effects);
/* While paused (the window minimised) nothing plays and the device is
 * closed; on resuming, the music and the layer start again. */
void audio_set_paused(bool paused);

#endif
