/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: 2026 The Attune contributors */
/* The command line: the game and the tools on one binary.
 * Layer: the program. `attune` opens the game; `attune render`, `attune check`
 * and friends work without a display. */
#ifndef ATTUNE_CLI_H
#define ATTUNE_CLI_H

int cli_main(int argc, char **argv);

#endif
