/* Music and effects through SDL2_mixer, or silence. Layer: C engine.
 * The silent backend is the same API with no device: every call is then a
 * no-op, so no caller ever checks whether sound works. */
#include "attune/audio.h"
#include "attune/log.h"
#include "attune/paths.h"

#include <SDL.h>
#include <SDL_mixer.h>
#include <dirent.h>
#include <stdio.h>
#include <string.h>

enum { LAYERS = 3, LAYER_FADE_MS = 1500 };

static const char *const layer_states[LAYERS] = {"regulated", "activated", "shutdown"};

static struct {
    bool open;
    Mix_Music *music;
    char music_path[1200];
    Mix_Chunk *effects[AUDIO_EFFECT_COUNT];
    Mix_Chunk *layers[LAYERS]; /* each loops on its own reserved channel */
    int layer;                 /* the one playing, or -1 */
    int music_volume, effect_volume;
} audio = {.music_volume = 70, .effect_volume = 80, .layer = -1};

static const char *const effect_files[AUDIO_EFFECT_COUNT] = {"choice.ogg", "rupture.ogg",
                                                              "repair.ogg"};

static bool try_open(void)
{
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0)
        return false;
    if (Mix_OpenAudio(44100, AUDIO_S16SYS, 2, 2048) == 0)
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

void audio_init(const char *audio_dir)
{
    if (audio.open)
        return;
    char tried[256];
    choose_driver(tried, sizeof tried);
    if (!try_open()) {
        /* NOTE: the dummy driver keeps the mixer's timing the same as with a
         * device; silence is the last resort. One line, since the player may
         * wonder where the sound went. */
        if (tried[0])
            log_error("audio", "no sound card and no sound server (tried %s; %s); playing "
                      "without sound", tried, Mix_GetError());
        else
            log_error("audio", "no sound device could be opened (%s); playing without sound",
                      Mix_GetError());
        SDL_SetHint(SDL_HINT_AUDIODRIVER, "dummy");
        if (!try_open()) {
            log_debug("audio", "running silent: %s", Mix_GetError());
            return;
        }
    }
    Mix_Init(MIX_INIT_OGG);
    audio.open = true;
    /* Channels 0..2 carry the state layers; effects use the others. */
    Mix_AllocateChannels(16);
    Mix_ReserveChannels(LAYERS);
    for (int i = 0; i < LAYERS; i++) {
        char name[64], path[1200];
        snprintf(name, sizeof name, "layer-%s.ogg", layer_states[i]);
        if (paths_join(path, sizeof path, audio_dir, name))
            audio.layers[i] = Mix_LoadWAV(path);
    }
    for (int i = 0; i < AUDIO_EFFECT_COUNT; i++) {
        char path[1200];
        if (paths_join(path, sizeof path, audio_dir, effect_files[i]))
            audio.effects[i] = Mix_LoadWAV(path);
        if (!audio.effects[i])
            log_debug("audio", "no effect '%s': %s", effect_files[i], Mix_GetError());
    }
    audio_set_volume(audio.music_volume, audio.effect_volume);
}

void audio_quit(void)
{
    if (!audio.open)
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
    Mix_CloseAudio();
    Mix_Quit();
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    audio.open = false;
}

bool audio_is_silent(void) { return !audio.open; }

void audio_play_music(const char *path)
{
    if (!audio.open)
        return;
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
    audio.music = Mix_LoadMUS(path);
    if (!audio.music) {
        log_error("audio", "cannot load music '%s': %s", path, Mix_GetError());
        return;
    }
    str_copy(audio.music_path, path, sizeof audio.music_path);
    Mix_FadeInMusic(audio.music, -1, 2000);
}

void audio_play_effect(AudioEffect e)
{
    if (!audio.open || e < 0 || e >= AUDIO_EFFECT_COUNT || !audio.effects[e])
        return;
    Mix_PlayChannel(-1, audio.effects[e], 0);
}

void audio_set_layer(const char *state)
{
    if (!audio.open)
        return;
    int want = -1;
    for (int i = 0; state && i < LAYERS; i++)
        if (strcmp(state, layer_states[i]) == 0)
            want = i;
    if (want == audio.layer)
        return;
    if (audio.layer >= 0)
        Mix_FadeOutChannel(audio.layer, LAYER_FADE_MS);
    audio.layer = want;
    if (want >= 0 && audio.layers[want]) {
        /* Quiet: felt more than heard, under the music. */
        Mix_Volume(want, audio.effect_volume * MIX_MAX_VOLUME / 100 / 3);
        Mix_FadeInChannel(want, audio.layers[want], -1, LAYER_FADE_MS);
    }
}

void audio_set_volume(int music, int effects)
{
    audio.music_volume = music < 0 ? 0 : music > 100 ? 100 : music;
    audio.effect_volume = effects < 0 ? 0 : effects > 100 ? 100 : effects;
    if (!audio.open)
        return;
    Mix_VolumeMusic(audio.music_volume * MIX_MAX_VOLUME / 100);
    Mix_Volume(-1, audio.effect_volume * MIX_MAX_VOLUME / 100);
    for (int i = 0; i < LAYERS; i++)
        Mix_Volume(i, audio.effect_volume * MIX_MAX_VOLUME / 100 / 3);
}
