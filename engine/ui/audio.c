/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* Music and effects through SDL2_mixer, or silence. Layer: UI.
 * The silent backend is the same API with no device: every call is then a
 * no-op, so no caller ever checks whether sound works.
 *
 * The sound device is open only while something can be heard: the mixer's
 * thread wakes up once a buffer even to play silence, so with the music and
 * the effects at 0, nothing to play, or the window minimised
 * (audio_set_paused), the device is closed and the game wakes up for
 * nothing. It opens on the first sound wanted (not at start: the first
 * frame never waits for it), and what was wanted plays again when it opens. */
#include "attune/audio.h"
#include "attune/log.h"
#include "attune/paths.h"

#include <SDL.h>
#include <SDL_mixer.h>
#include <dirent.h>
#include <stdio.h>
#include <string.h>

/* NOTE: SDL_mixer is opened (dlopen) when the device first opens, after the
 * first frame, rather than linked: Debian's links FluidSynth, GLib,
 * libstdc++, JACK and some twenty more libraries, whose loading cost 4.5 ms
 * before main() at every start (an empty program linked with them: 12.8 ms
 * against 8.3 ms) and 3.5 MB resident in a game that may stay silent. The
 * Mix_ names below stand for the functions found in it. */
#define MIX_LIBRARY "libSDL2_mixer-2.0.so.0"
#define MIX_FUNCTIONS(F)                                                                           \
    F(int, OpenAudio, (int, Uint16, int, int))                                                     \
    F(void, CloseAudio, (void))                                                                    \
    F(int, Init, (int))                                                                            \
    F(void, Quit, (void))                                                                          \
    F(int, AllocateChannels, (int))                                                                \
    F(int, ReserveChannels, (int))                                                                 \
    F(Mix_Chunk *, LoadWAV, (const char *))                                                        \
    F(Mix_Music *, LoadMUS, (const char *))                                                        \
    F(Mix_Music *, LoadMUS_RW, (SDL_RWops *, int))                                                 \
    F(void, FreeChunk, (Mix_Chunk *))                                                              \
    F(void, FreeMusic, (Mix_Music *))                                                              \
    F(int, PlayChannel, (int, Mix_Chunk *, int))                                                   \
    F(int, FadeInChannel, (int, Mix_Chunk *, int, int))                                            \
    F(int, FadeOutChannel, (int, int))                                                             \
    F(int, HaltChannel, (int))                                                                     \
    F(int, Playing, (int))                                                                         \
    F(int, Volume, (int, int))                                                                     \
    F(int, FadeInMusic, (Mix_Music *, int, int))                                                   \
    F(int, FadeOutMusic, (int))                                                                    \
    F(Mix_Fading, FadingMusic, (void))                                                             \
    F(int, PlayingMusic, (void))                                                                   \
    F(int, HaltMusic, (void))                                                                      \
    F(int, VolumeMusic, (int))

#define MIX_FIELD(ret, name, args) ret(SDLCALL *name) args;
static struct {
    void *lib;
    MIX_FUNCTIONS(MIX_FIELD)
} mix;
#undef MIX_FIELD

#define Mix_OpenAudio mix.OpenAudio
#define Mix_CloseAudio mix.CloseAudio
#define Mix_Init mix.Init
#define Mix_Quit mix.Quit
#define Mix_AllocateChannels mix.AllocateChannels
#define Mix_ReserveChannels mix.ReserveChannels
#define Mix_LoadWAV mix.LoadWAV
#define Mix_LoadMUS mix.LoadMUS
#define Mix_LoadMUS_RW mix.LoadMUS_RW
#define Mix_FreeChunk mix.FreeChunk
#define Mix_FreeMusic mix.FreeMusic
#define Mix_PlayChannel mix.PlayChannel
#define Mix_FadeInChannel mix.FadeInChannel
#define Mix_FadeOutChannel mix.FadeOutChannel
#define Mix_HaltChannel mix.HaltChannel
#define Mix_Playing mix.Playing
#define Mix_Volume mix.Volume
#define Mix_FadeInMusic mix.FadeInMusic
#define Mix_FadeOutMusic mix.FadeOutMusic
#define Mix_FadingMusic mix.FadingMusic
#define Mix_PlayingMusic mix.PlayingMusic
#define Mix_HaltMusic mix.HaltMusic
#define Mix_VolumeMusic mix.VolumeMusic

/* Find SDL_mixer and its functions, once; false (with SDL's error set) when
 * it is not there, and then the game plays without sound. */
static bool mix_load(void)
{
    if (mix.lib)
        return true;
    void *lib = SDL_LoadObject(MIX_LIBRARY);
    if (!lib)
        return false;
    bool ok = true;
#define MIX_FIND(ret, name, args)                                                                  \
    *(void **)&mix.name = SDL_LoadFunction(lib, "Mix_" #name);                                     \
    ok = ok && mix.name;
    MIX_FUNCTIONS(MIX_FIND)
#undef MIX_FIND
    if (!ok) {
        SDL_UnloadObject(lib);
        return false;
    }
    mix.lib = lib;
    return true;
}

enum { LAYERS = 3, LAYER_FADE_MS = 1500 };

/* NOTE: the mixer's thread wakes up once per buffer. 2048 frames at 44.1 kHz
 * woke it 21.5 times a second while the music played; a quarter of a second
 * (11025 frames) wakes it 4 times. The cost is latency: an effect starts
 * within a quarter of a second of its cue, plus what the device holds (about
 * as much again) -- fine for the soft choice, rupture and repair cues, which
 * come with a change on screen rather than a key's click. */
enum { RATE = 44100, BUFFER_FRAMES = 11025 };

static const char *const layer_states[LAYERS] = {"regulated", "activated", "shutdown"};

static struct {
    bool open;    /* sound may be played: audio_init ran and no device has failed */
    bool running; /* the device is open and the mixer runs */
    bool tried;   /* a device was opened once (the driver is chosen) */
    bool paused;  /* audio_set_paused(true): the window is minimised */
    char dir[1200];
    char music_want[1200]; /* the music the game asked for, "" for none */
    int layer_want;        /* the layer the game asked for, or -1 */
    Mix_Music *music;
    char music_path[1200];
    /* Decoded when first needed: Mix_LoadWAV keeps the whole sound as PCM
     * (a 20 s layer is 3.5 MB), so only the layer playing (and the one
     * fading out) is in memory, and an effect once it has been played. */
    Mix_Chunk *effects[AUDIO_EFFECT_COUNT];
    Mix_Chunk *layers[LAYERS]; /* each loops on its own reserved channel */
    int layer;                 /* the one playing, or -1 */
    int music_volume, effect_volume;
} audio = {.music_volume = 70, .effect_volume = 80, .layer = -1, .layer_want = -1};

static const char *const effect_files[AUDIO_EFFECT_COUNT] = {"choice.ogg", "rupture.ogg",
                                                             "repair.ogg"};

/* NOTE: closing a device blocks until SDL's audio thread has drained two
 * buffers more (about 0.85 s with our buffer), so the device is closed on a
 * thread of its own and the window never waits on it; opening it again
 * first waits for that thread. */
static SDL_Thread *closer;

static int close_device(void *unused)
{
    (void)unused;
    Mix_CloseAudio();
    Mix_Quit();
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    return 0;
}

static void wait_closed(void)
{
    if (closer)
        SDL_WaitThread(closer, NULL);
    closer = NULL;
}

static bool try_open(void)
{
    wait_closed();
    if (!mix_load())
        return false;
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0)
        return false;
    if (Mix_OpenAudio(RATE, AUDIO_S16SYS, 2, BUFFER_FRAMES) == 0)
        return true;
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    return false;
}

/* Is there an ALSA playback device (/dev/snd/pcmC<card>D<device>p)? */
static bool alsa_has_playback(void)
{
    DIR *dh = opendir("/dev/snd");
    if (!dh)
        return false;
    bool found = false;
    struct dirent *e;
    while (!found && (e = readdir(dh))) {
        size_t n = strlen(e->d_name);
        found = strncmp(e->d_name, "pcmC", 4) == 0 && n > 4 && e->d_name[n - 1] == 'p';
    }
    closedir(dh);
    return found;
}

/* With no sound card, SDL's ALSA driver can only fail, and libasound prints
 * eight lines of errors to the terminal while it does ("cannot find card
 * '0'", "Unknown PCM default"); sndio with no sndiod falls back to ALSA and
 * prints them too. So when the player has not named a driver
 * (SDL_AUDIODRIVER) and there is no ALSA playback device, SDL tries its other
 * drivers in its own order (PulseAudio, PipeWire, which reach a sound server
 * without a card) but not those two. With a card nothing changes, and what
 * ALSA says is a real error. */
static void choose_driver(char *list, size_t size)
{
    list[0] = '\0';
    if (SDL_getenv("SDL_AUDIODRIVER") || alsa_has_playback())
        return;
    for (int i = 0; i < SDL_GetNumAudioDrivers(); i++) {
        const char *d = SDL_GetAudioDriver(i);
        /* disk and dummy are never tried unless named: keep it so. */
        if (!d || !strcmp(d, "alsa") || !strcmp(d, "sndio") || !strcmp(d, "disk") ||
            !strcmp(d, "dummy"))
            continue;
        size_t used = strlen(list);
        snprintf(list + used, size - used, "%s%s", used ? "," : "", d);
    }
    if (list[0]) {
        log_debug("audio", "no ALSA playback device in /dev/snd; trying %s", list);
        SDL_SetHint(SDL_HINT_AUDIODRIVER, list);
    }
}

static Mix_Chunk *load_sound(const char *name)
{
    char path[1200];
    Mix_Chunk *c = paths_join(path, sizeof path, audio.dir, name) ? Mix_LoadWAV(path) : NULL;
    if (!c)
        log_debug("audio", "no sound '%s': %s", name, Mix_GetError());
    return c;
}

static void apply_volumes(void)
{
    Mix_VolumeMusic(audio.music_volume * MIX_MAX_VOLUME / 100);
    Mix_Volume(-1, audio.effect_volume * MIX_MAX_VOLUME / 100);
    /* The layers are quiet: felt more than heard, under the music. */
    for (int i = 0; i < LAYERS; i++)
        Mix_Volume(i, audio.effect_volume * MIX_MAX_VOLUME / 100 / 3);
}

/* Open the device (choosing the driver the first time). False, with
 * audio.open cleared, when no device at all can be had. */
static bool device_start(void)
{
    if (audio.tried) {
        /* The same driver order as the first time: a hint set then stays. */
        if (!try_open()) {
            log_debug("audio", "the sound device cannot be opened again: %s", Mix_GetError());
            audio.open = false;
            return false;
        }
    } else {
        char tried[256];
        choose_driver(tried, sizeof tried);
        if (!try_open()) {
            /* NOTE: the dummy driver keeps the mixer's timing the same as with a
             * device; silence is the last resort. One line, since the player may
             * wonder where the sound went. */
            if (tried[0])
                log_error("audio",
                          "no sound card and no sound server (tried %s; %s); playing "
                          "without sound",
                          tried, Mix_GetError());
            else
                log_error("audio", "no sound device could be opened (%s); playing without sound",
                          Mix_GetError());
            SDL_SetHint(SDL_HINT_AUDIODRIVER, "dummy");
            if (!try_open()) {
                log_debug("audio", "running silent: %s", Mix_GetError());
                audio.open = false;
                return false;
            }
        }
    }
    audio.tried = true;
    audio.running = true;
    Mix_Init(MIX_INIT_OGG);
    /* Channels 0..2 carry the state layers; effects use the others. */
    Mix_AllocateChannels(16);
    Mix_ReserveChannels(LAYERS);
    apply_volumes();
    log_debug("audio", "device open");
    return true;
}

/* Close the device and let go of every decoded sound (they are in the
 * device's format, which may differ when it opens again). */
static void device_stop(void)
{
    if (!audio.running)
        return;
    Mix_HaltMusic();
    if (audio.music)
        Mix_FreeMusic(audio.music);
    audio.music = NULL;
    audio.music_path[0] = '\0';
    Mix_HaltChannel(-1);
    for (int i = 0; i < AUDIO_EFFECT_COUNT; i++) {
        if (audio.effects[i])
            Mix_FreeChunk(audio.effects[i]);
        audio.effects[i] = NULL;
    }
    for (int i = 0; i < LAYERS; i++) {
        if (audio.layers[i])
            Mix_FreeChunk(audio.layers[i]);
        audio.layers[i] = NULL;
    }
    audio.layer = -1;
    audio.running = false; /* no Mix_ call until the device is open again */
    closer = SDL_CreateThread(close_device, "attune-sound-off", NULL);
    if (!closer)
        close_device(NULL);
    log_debug("audio", "device closed");
}

static void start_music(const char *path);
static void start_layer(int want);

/* Open or close the device so that it runs exactly while something can be
 * heard; on opening, start what the game last asked for. */
static void sync(void)
{
    bool want = audio.open && !audio.paused &&
                ((audio.music_volume > 0 && audio.music_want[0]) ||
                 (audio.effect_volume > 0 && audio.layer_want >= 0));
    if (want && !audio.running) {
        if (!device_start())
            return;
        start_music(audio.music_want[0] ? audio.music_want : NULL);
        start_layer(audio.layer_want);
    } else if (!want && audio.running) {
        device_stop();
    }
}

void audio_init(const char *audio_dir)
{
    if (audio.open)
        return;
    str_copy(audio.dir, audio_dir ? audio_dir : "", sizeof audio.dir);
    audio.open = true;
    sync();
}

void audio_quit(void)
{
    device_stop();
    wait_closed();
    audio.open = false;
    audio.music_want[0] = '\0';
    audio.layer_want = -1;
}

void audio_set_paused(bool paused)
{
    if (audio.paused == paused)
        return;
    audio.paused = paused;
    log_debug("audio", "%s", paused ? "paused" : "resumed");
    sync();
}

bool audio_is_silent(void)
{
    return !audio.open;
}

void audio_play_music(const char *path)
{
    if (!audio.open)
        return;
    str_copy(audio.music_want, path ? path : "", sizeof audio.music_want);
    if (audio.running)
        start_music(path);
    sync();
}

static void start_music(const char *path)
{
    if (path && strcmp(path, audio.music_path) == 0)
        return;
    /* A short fade-out of the old piece, then a slow fade-in of the new. */
    if (audio.music) {
        Mix_FadeOutMusic(600);
        while (Mix_PlayingMusic() && Mix_FadingMusic() == MIX_FADING_OUT)
            SDL_Delay(20);
        Mix_FreeMusic(audio.music);
        audio.music = NULL;
    }
    audio.music_path[0] = '\0';
    if (!path)
        return;
    /* A story's music, like its pictures, is opened only as a plain file
     * (paths_open_regular): never a pipe or device swapped in since the
     * story's folder rule passed it. 64 MB is the limit that rule used. */
    char why[200];
    FILE *f = paths_open_regular(path, 64u * 1024 * 1024, why, sizeof why);
    SDL_RWops *rw = f ? SDL_RWFromFP(f, SDL_TRUE) : NULL;
    if (f && !rw)
        fclose(f);
    audio.music = rw ? Mix_LoadMUS_RW(rw, 1) : NULL;
    if (!audio.music) {
        log_error("audio", "cannot load music '%s': %s", path, f ? Mix_GetError() : why);
        return;
    }
    str_copy(audio.music_path, path, sizeof audio.music_path);
    Mix_FadeInMusic(audio.music, -1, 2000);
}

void audio_play_effect(AudioEffect e)
{
    if (!audio.open || e < 0 || e >= AUDIO_EFFECT_COUNT || audio.effect_volume == 0 || audio.paused)
        return;
    /* NOTE: an effect with nothing else playing (no music, no layer) opens
     * the device, which then stays open until the next change of music,
     * layer, volume or pause: in play a layer is always wanted, so this is
     * rare and short. */
    if (!audio.running && !device_start())
        return;
    if (!audio.effects[e])
        audio.effects[e] = load_sound(effect_files[e]);
    if (audio.effects[e])
        Mix_PlayChannel(-1, audio.effects[e], 0);
}

/* Crossfade to layer `want` (-1: none), decoding it if it is not in memory,
 * and let go of the layers that are neither playing nor fading out. */
static void start_layer(int want)
{
    if (want == audio.layer)
        return;
    if (audio.layer >= 0)
        Mix_FadeOutChannel(audio.layer, LAYER_FADE_MS);
    for (int i = 0; i < LAYERS; i++) {
        if (i != want && i != audio.layer && audio.layers[i] && !Mix_Playing(i)) {
            Mix_FreeChunk(audio.layers[i]);
            audio.layers[i] = NULL;
        }
    }
    audio.layer = want;
    if (want < 0)
        return;
    if (!audio.layers[want]) {
        char name[64];
        snprintf(name, sizeof name, "layer-%s.ogg", layer_states[want]);
        audio.layers[want] = load_sound(name);
    }
    if (audio.layers[want]) {
        Mix_Volume(want, audio.effect_volume * MIX_MAX_VOLUME / 100 / 3);
        Mix_FadeInChannel(want, audio.layers[want], -1, LAYER_FADE_MS);
    }
}

void audio_set_layer(const char *state)
{
    if (!audio.open)
        return;
    int want = -1;
    for (int i = 0; state && i < LAYERS; i++)
        if (strcmp(state, layer_states[i]) == 0)
            want = i;
    audio.layer_want = want;
    if (audio.running)
        start_layer(want);
    sync();
}

void audio_set_volume(int music, int effects)
{
    audio.music_volume = music < 0 ? 0 : music > 100 ? 100 : music;
    audio.effect_volume = effects < 0 ? 0 : effects > 100 ? 100 : effects;
    if (audio.running)
        apply_volumes();
    sync();
}
