# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Attune contributors
# Extract the interface's messages into a template, po/attune.pot, from the
# files po/POTFILES.in lists: C with the keywords _, N_ and P_ (i18n.h), Lua
# with _ and ngettext. Run as a script (the `pot` target does):
#   cmake -DSRC=<source dir> -DOUT=<file.pot> -DVERSION=<x.y.z> [-DXGETTEXT=xgettext] -P cmake/pot.cmake
# OUT is replaced only when something but its creation date changed, so the
# committed template does not change with every run.
if(NOT XGETTEXT)
  find_program(XGETTEXT xgettext)
endif()
if(NOT XGETTEXT)
  message(FATAL_ERROR "pot: xgettext not found (Debian: apt install gettext; tools/setup.sh does)")
endif()
file(STRINGS "${SRC}/po/POTFILES.in" lines)
set(c_files "")
set(lua_files "")
foreach(line IN LISTS lines)
  string(STRIP "${line}" line)
  if(line STREQUAL "" OR line MATCHES "^#")
    continue()
  endif()
  if(NOT EXISTS "${SRC}/${line}")
    message(FATAL_ERROR "pot: po/POTFILES.in names ${line}, which does not exist")
  endif()
  if(line MATCHES "\\.lua$")
    list(APPEND lua_files "${line}")
  else()
    list(APPEND c_files "${line}")
  endif()
endforeach()
set(common --from-code=UTF-8 --add-comments=TRANSLATORS: --force-po --package-name=attune
  --package-version=${VERSION} "--copyright-holder=The Attune contributors"
  --msgid-bugs-address=attune@example.org)
set(tmp "${OUT}.new")
file(REMOVE "${tmp}")
execute_process(COMMAND "${XGETTEXT}" ${common} --language=C --keyword=_ --keyword=N_
    --keyword=P_:1,2 --keyword=C_:1c,2 --keyword=NC_:1c,2 -o "${tmp}" ${c_files}
  WORKING_DIRECTORY "${SRC}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pot: xgettext failed on the C files")
endif()
if(lua_files)
  execute_process(COMMAND "${XGETTEXT}" ${common} --language=Lua --keyword=_
      --keyword=ngettext:1,2 --join-existing -o "${tmp}" ${lua_files}
    WORKING_DIRECTORY "${SRC}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "pot: xgettext failed on the Lua files")
  endif()
endif()
# xgettext leaves the header's charset for the translator; ours is UTF-8.
file(READ "${tmp}" new)
string(REPLACE "charset=CHARSET" "charset=UTF-8" new "${new}")
set(old "")
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
endif()
string(REGEX REPLACE "\"POT-Creation-Date: [^\"]*\"" "" new_cmp "${new}")
string(REGEX REPLACE "\"POT-Creation-Date: [^\"]*\"" "" old_cmp "${old}")
file(REMOVE "${tmp}")
if(NOT new_cmp STREQUAL old_cmp)
  file(WRITE "${OUT}" "${new}")
  message(STATUS "pot: ${OUT} updated")
else()
  message(STATUS "pot: ${OUT} is up to date")
endif()
