-- SPDX-License-Identifier: MIT
-- SPDX-FileCopyrightText: 2026 The Attune contributors
-- Translating a story: every line a player reads gets a stable id, taken
-- from where it is written (the beat, the answer's id or kind, the field),
-- and a translation is a gettext .po file in the story's translations/
-- folder (msgctxt = the id, msgid = the English, msgstr = the translation),
-- so translators use Poedit, Lokalize or Weblate as they already do.
--
-- The story is translated where it is written: before a story file is
-- compiled, each of its string literals that has a translation is replaced
-- by it (apply), keeping every line where it was, so file:line messages
-- still point at the English. Text a story's functions put together from
-- pieces is translated piece by piece, since the pieces are literals too.
--
-- Which literals are lines: the value of a text field (say, cue, an answer,
-- inner, why, reflect, note, title, text, the story card, a character's
-- name and about) always; elsewhere (a table of places, a function), a
-- literal that reads as words: it has a letter, and a space or a capital or
-- a letter beyond ASCII, and is not a file name. An id ("kitchen", "fix",
-- "images/kitchen.svg") never is.
--
-- Layer: the trusted library. Nothing here is reachable from a story; it
-- uses no string patterns (the sandbox has none).
local lib = ...
local M = {}

local byte, char, sub, concat = string.byte, string.char, string.sub, table.concat

-- Fields whose value is always text a player reads.
local TEXT_FIELDS = {
  say = true, cue = true, inner = true, why = true, reflect = true, note = true,
  title = true, text = true, summary = true, content_note = true, you = true,
  name = true, about = true, label = true, intro = true, hint = true, relationship = true,
}
-- Fields whose value is never text: ids, kinds, files, states.
local ID_FIELDS = {
  id = true, next = true, kind = true, start = true, with = true,
  music = true, sound = true, background = true, state = true, face = true, portrait = true,
  pressure = true, mood = true, who = true, to = true, cat = true, repairs = true,
}
-- Calls whose string argument is an id, not a line.
local ID_CALLS = { beat = true, ending = true, character = true, include = true,
  seen = true, open_at = true, chose = true }
local NAMED_DECLS = { beat = "", ending = "", character = "character." }
local KEYWORDS = {}
for _, k in ipairs({ "and", "break", "do", "else", "elseif", "end", "false", "for",
  "function", "goto", "if", "in", "local", "nil", "not", "or", "repeat", "return",
  "then", "true", "until", "while" }) do KEYWORDS[k] = true end

------------------------------------------------------------------------------
-- Lua's tokens
------------------------------------------------------------------------------

local function is_alpha(c) return c and ((c >= 65 and c <= 90) or (c >= 97 and c <= 122) or c == 95) end
local function is_digit(c) return c and c >= 48 and c <= 57 end
local function is_hex(c) return c and (is_digit(c) or (c >= 65 and c <= 70) or (c >= 97 and c <= 102)) end
local function hexval(c) return is_digit(c) and c - 48 or (c >= 97 and c - 87 or c - 55) end
-- Lua's white space (C's isspace) and its newlines: \n, \r, \r\n and \n\r
-- are each one line (llex.c, inclinenumber).
local function is_space(c) return c == 32 or (c and c >= 9 and c <= 13) end
local function newline_at(src, at)
  local c = byte(src, at)
  if c ~= 10 and c ~= 13 then return 0 end
  local d = byte(src, at + 1)
  if (d == 10 or d == 13) and d ~= c then return 2 end
  return 1
end

-- Decode the quoted string src[p..q] (q at the closing quote) into its value.
local function decode_quoted(src, p, q)
  local out, i = {}, p + 1
  while i < q do
    local c = byte(src, i)
    if c ~= 92 then
      local j = i
      while j < q and byte(src, j) ~= 92 do j = j + 1 end
      out[#out + 1] = sub(src, i, j - 1)
      i = j
    else
      local e = byte(src, i + 1)
      local simple = ({ [110] = "\n", [116] = "\t", [114] = "\r", [97] = "\a", [98] = "\b",
        [102] = "\f", [118] = "\v", [92] = "\\", [34] = "\"", [39] = "'" })[e]
      if simple then
        out[#out + 1] = simple
        i = i + 2
      elseif e == 10 or e == 13 then -- a backslash ending the line: \n, \r, \r\n, \n\r
        out[#out + 1] = "\n"
        i = i + 1 + newline_at(src, i + 1)
      elseif e == 120 then -- \xXX
        out[#out + 1] = char(hexval(byte(src, i + 2)) * 16 + hexval(byte(src, i + 3)))
        i = i + 4
      elseif e == 122 then -- \z: skip the white space that follows, newlines too
        i = i + 2
        while i < q and is_space(byte(src, i)) do i = i + 1 end
      elseif e == 117 then -- \u{XXX}
        local j, v = i + 3, 0
        while is_hex(byte(src, j)) do v = v * 16 + hexval(byte(src, j)); j = j + 1 end
        out[#out + 1] = utf8.char(v)
        i = j + 1
      elseif is_digit(e) then -- \ddd
        local j, v = i + 1, 0
        while j < i + 4 and is_digit(byte(src, j)) do v = v * 10 + byte(src, j) - 48; j = j + 1 end
        out[#out + 1] = char(v % 256)
        i = j
      else
        out[#out + 1] = char(e or 92)
        i = i + 2
      end
    end
  end
  return concat(out)
end

-- The tokens of `src`: { t = "name"|"string"|"number"|"op", v = text or
-- value, s = first byte, e = last byte, line = line of its first byte,
-- lines = newlines inside it }. Comments and white space are dropped. A
-- source Lua would refuse gives tokens up to where it goes wrong.
function M.tokens(src)
  local toks, len, p, ln = {}, #src, 1, 1
  local function long_open(at)
    if byte(src, at) ~= 91 then return nil end
    local q = at + 1
    while byte(src, q) == 61 do q = q + 1 end
    if byte(src, q) == 91 then return q - at - 1, q + 1 end
    return nil
  end
  -- the end of a long bracket of `level` whose text starts at `at`: the
  -- last byte of its close, and the first byte of that close
  local function long_close(level, at)
    local i = at
    while i <= len do
      if byte(src, i) == 93 then
        local q = i + 1
        while byte(src, q) == 61 do q = q + 1 end
        if q - i - 1 == level and byte(src, q) == 93 then return q, i end
      end
      i = i + 1
    end
    return len, len + 1
  end
  local function count_lines(a, b)
    local n, i = 0, a
    while i <= b do
      local nl = newline_at(src, i)
      if nl > 0 then n = n + 1; i = i + nl else i = i + 1 end
    end
    return n
  end
  while p <= len do
    local b = byte(src, p)
    if b == 10 or b == 13 then
      ln = ln + 1; p = p + newline_at(src, p)
    elseif b == 32 or b == 9 or b == 11 or b == 12 then
      p = p + 1
    elseif b == 45 and byte(src, p + 1) == 45 then -- a comment
      local level, body = long_open(p + 2)
      if level then
        local last, close = long_close(level, body)
        if close > len then return toks end -- not closed: Lua refuses it
        ln = ln + count_lines(p, last)
        p = last + 1
      else
        while p <= len and byte(src, p) ~= 10 and byte(src, p) ~= 13 do p = p + 1 end
      end
    elseif b == 34 or b == 39 then -- a quoted string
      -- its end exactly where Lua's lexer (llex.c, read_string) sees it: a
      -- literal found anywhere else would be rewritten by apply
      local q = p + 1
      while q <= len do
        local c = byte(src, q)
        if c == 92 then
          local e = byte(src, q + 1)
          if e == 122 then -- \z skips white space, newlines too
            q = q + 2
            while q <= len and is_space(byte(src, q)) do q = q + 1 end
          elseif e == 10 or e == 13 then -- \ at the end of a line
            q = q + 1 + newline_at(src, q + 1)
          else
            q = q + 2
          end
        elseif c == b or c == 10 or c == 13 then break
        else q = q + 1 end
      end
      if q > len or byte(src, q) ~= b then return toks end -- not closed: Lua refuses it
      local n = count_lines(p, q)
      toks[#toks + 1] = { t = "string", v = decode_quoted(src, p, q), s = p, e = q, line = ln, lines = n }
      ln = ln + n
      p = q + 1
    elseif b == 91 and long_open(p) then -- a long string
      local level, body = long_open(p)
      local last, close = long_close(level, body)
      if close > len then return toks end -- not closed: Lua refuses it
      -- its value as Lua reads it: a first newline skipped, each newline "\n"
      local first = body + newline_at(src, body)
      local text, k, a = {}, first, first
      while k < close do
        local nl = newline_at(src, k)
        if nl > 0 then
          text[#text + 1] = sub(src, a, k - 1) .. "\n"
          k = k + nl; a = k
        else
          k = k + 1
        end
      end
      text[#text + 1] = sub(src, a, close - 1)
      local n = count_lines(p, last)
      toks[#toks + 1] = { t = "string", v = concat(text), s = p, e = last, line = ln, lines = n }
      ln = ln + n
      p = last + 1
    elseif is_alpha(b) then
      local q = p + 1
      while is_alpha(byte(src, q)) or is_digit(byte(src, q)) do q = q + 1 end
      toks[#toks + 1] = { t = "name", v = sub(src, p, q - 1), s = p, e = q - 1, line = ln, lines = 0 }
      p = q
    elseif is_digit(b) or (b == 46 and is_digit(byte(src, p + 1))) then
      local q = p + 1
      while true do
        local c = byte(src, q)
        if not c then break end
        if (c == 43 or c == 45) and (byte(src, q - 1) == 101 or byte(src, q - 1) == 69
            or byte(src, q - 1) == 112 or byte(src, q - 1) == 80) then
          q = q + 1
        elseif is_alpha(c) or is_digit(c) or c == 46 then
          q = q + 1
        else
          break
        end
      end
      toks[#toks + 1] = { t = "number", v = sub(src, p, q - 1), s = p, e = q - 1, line = ln, lines = 0 }
      p = q
    else
      local two = sub(src, p, p + 1)
      local three = sub(src, p, p + 2)
      local op = (three == "..." and three)
        or ((two == ".." or two == "==" or two == "~=" or two == "<=" or two == ">="
          or two == "::" or two == "//" or two == "<<" or two == ">>") and two)
        or char(b)
      toks[#toks + 1] = { t = "op", v = op, s = p, e = p + #op - 1, line = ln, lines = 0 }
      p = p + #op
    end
  end
  return toks
end

------------------------------------------------------------------------------
-- Which literals are lines, and their ids
------------------------------------------------------------------------------

local function has_letter(s)
  for _, c in utf8.codes(s) do
    if (c >= 65 and c <= 90) or (c >= 97 and c <= 122) or c >= 0xC0 then return true end
  end
  return false
end

local function ends_with(s, tail) return #s >= #tail and sub(s, -#tail) == tail end

-- Does `s` read as words (not an id, a state, a file)?
function M.reads_as_words(s)
  if type(s) ~= "string" or s == "" or not utf8.len(s) or not has_letter(s) then return false end
  local space, upper, wide, slash = false, false, false, false
  for _, c in utf8.codes(s) do
    if c == 32 or c == 10 then space = true
    elseif c >= 65 and c <= 90 then upper = true
    elseif c >= 0xC0 then wide = true
    elseif c == 47 then slash = true end
  end
  for _, ext in ipairs({ ".svg", ".png", ".jpg", ".ogg", ".wav", ".lua", ".po", ".txt" }) do
    if ends_with(s, ext) and not space then return false end
  end
  if slash and not space then return false end
  return space or upper or wide
end

-- The lines of one story file: a list of { id, text, line, s, e, field }
-- in the order written (`field`: what the line is, for the translator's
-- note). `file` only names it in ids of an included file's own tables.
function M.lines(src, prefix)
  prefix = prefix or ""
  local toks = M.tokens(src)
  local n = #toks
  -- matching brackets, so a table's fields can be read ahead
  local match, open = {}, {}
  for i = 1, n do
    local t = toks[i]
    if t.t == "op" and (t.v == "{" or t.v == "(" or t.v == "[") then
      open[#open + 1] = i
    elseif t.t == "op" and (t.v == "}" or t.v == ")" or t.v == "]") and #open > 0 then
      match[open[#open]] = i
      open[#open] = nil
    end
  end
  -- A table's own `key = "value"` literal at its top level, or nil.
  local function field_in(i, key)
    local close, depth, j = match[i] or n, 0, i + 1
    while j < close do
      local t = toks[j]
      if t.t == "op" and (t.v == "{" or t.v == "(" or t.v == "[") then
        j = match[j] or close
      elseif depth == 0 and t.t == "name" and t.v == key and toks[j + 1] and toks[j + 1].v == "="
          and toks[j + 2] and toks[j + 2].t == "string"
          and not (toks[j + 3] and toks[j + 3].v == "..") then
        return toks[j + 2].v
      end
      j = j + 1
    end
    return nil
  end

  local out, used = {}, {}
  -- frames: { kind = "table"|"call"|"func"|"block", path, index, keys (a
  -- table's key counts), counter (a function's), choices (a table of answers) }
  local stack = { { kind = "chunk", path = "", index = 0, keys = {} } }
  local local_name  -- `local NAME =`: names a table or function that follows
  local func_name   -- `function NAME(` / `local function NAME(`

  local function top() return stack[#stack] end
  local function join(a, b) return a == "" and b or (a .. "." .. b) end
  local function func_frame()
    for k = #stack, 1, -1 do if stack[k].kind == "func" then return stack[k] end end
    return nil
  end
  local function unique(id)
    if not used[id] then used[id] = 1; return id end
    used[id] = used[id] + 1
    local try = id .. "." .. used[id]
    while used[try] do used[id] = used[id] + 1; try = id .. "." .. used[id] end
    used[try] = 1
    return try
  end
  -- The key of an item in a table of answers: its written id, else its
  -- kind (a second of a kind gets "-2"), else its place.
  local function answer_key(f, i, callee)
    local key
    if toks[i].v == "{" then
      local id = field_in(i, "id")
      local prefix = f.beat and (f.beat .. ".") or nil
      if id and prefix and sub(id, 1, #prefix) == prefix then id = sub(id, #prefix + 1) end
      key = id or field_in(i, "kind")
    else
      key = callee
    end
    key = key or tostring(f.index)
    f.keys[key] = (f.keys[key] or 0) + 1
    if f.keys[key] > 1 then key = key .. "-" .. f.keys[key] end
    return key
  end

  local i = 1
  while i <= n do
    local t = toks[i]
    local prev, nxt = toks[i - 1], toks[i + 1]
    local f = top()
    if t.t == "string" then
      -- "a" .. "b" .. "c": one line, however it is broken for the editor
      local last = i
      -- (not after a call's name: f "a" .. "b" is f("a") .. "b")
      local called = prev and ((prev.t == "name" and not KEYWORDS[prev.v]) or prev.v == ")" or prev.v == "]")
      while not called and toks[last + 1] and toks[last + 1].v == ".." and toks[last + 2]
          and toks[last + 2].t == "string" do
        last = last + 2
      end
      if last > i then
        local parts = {}
        for k = i, last, 2 do parts[#parts + 1] = toks[k].v end
        t = { t = "string", v = concat(parts), s = t.s, e = toks[last].e, line = t.line,
          lines = toks[last].line + toks[last].lines - t.line }
        nxt = toks[last + 1]
      end
      -- which field is this the value of?
      local key, is_id = nil, false
      if prev and prev.v == "=" and toks[i - 2] and toks[i - 2].t == "name" then
        key = toks[i - 2].v
      elseif prev and prev.v == "=" and toks[i - 2] and toks[i - 2].v == "]"
          and toks[i - 3] and toks[i - 3].t == "string" then
        key = toks[i - 3].v
      end
      if prev and (prev.v == "[" or prev.v == "==" or prev.v == "~=") then is_id = true end
      if nxt and (nxt.v == "]" or nxt.v == "==" or nxt.v == "~=") then is_id = true end
      if prev and prev.t == "name" and (ID_CALLS[prev.v] or NAMED_DECLS[prev.v]) then is_id = true end
      if prev and prev.v == "(" and toks[i - 2] and toks[i - 2].t == "name" and ID_CALLS[toks[i - 2].v] then
        is_id = true
      end
      if prev and prev.v == ".." then key = key or f.last_key end -- a literal joined on
      if key and ID_FIELDS[key] then is_id = true end
      local fn = func_frame()
      local text_field = key and TEXT_FIELDS[key] and not fn
      if f.kind == "table" and f.text and not key then text_field = true end -- say = { ... }
      if f.choice and not key and f.index == 0 and prev and prev.v == "{" then text_field = true end
      if not is_id and (text_field or M.reads_as_words(t.v)) and utf8.len(t.v) then
        local id, field
        if fn then
          fn.counter = fn.counter + 1
          id, field = join(fn.path, tostring(fn.counter)), fn.what
        elseif f.choice and not key and prev and (prev.v == "{" or prev.v == "..") and f.index <= 1 then
          id, field = join(f.path, "text"), "answer"
        elseif key then
          id, field = join(f.path, key), (f.text and (f.field_name .. " " .. key)) or key
        elseif f.kind == "call" then
          f.counter = (f.counter or 0) + 1
          id, field = join(f.path, tostring(f.counter)), f.what
        else
          id, field = join(f.path, tostring(f.index)), f.what
        end
        if id == "" then id = "line" end
        out[#out + 1] = { id = prefix .. unique(id), text = t.v, line = t.line, s = t.s, e = t.e,
          lines = t.lines, field = field or "text" }
        f.last_key = key
      end
      i = last
    elseif t.t == "op" and t.v == "{" then
      -- the table's key: `key = {`, `["key"] = {`, `beat "id" {`, `story {`, or its place
      local key, decl, beat_id
      if prev and prev.v == "=" and toks[i - 2] and toks[i - 2].t == "name" then
        key = toks[i - 2].v
      elseif prev and prev.v == "=" and toks[i - 2] and toks[i - 2].v == "]" and toks[i - 3]
          and toks[i - 3].t == "string" then
        key = toks[i - 3].v
      elseif prev and prev.t == "string" and toks[i - 2] and toks[i - 2].t == "name"
          and NAMED_DECLS[toks[i - 2].v] then
        decl = toks[i - 2].v
        key = NAMED_DECLS[decl] .. prev.v
        if decl ~= "character" then beat_id = prev.v end
      elseif prev and prev.t == "name" and prev.v == "story" then
        key = "story"
      end
      local path
      if f.choices and (not prev or prev.v == "{" or prev.v == "," or prev.v == ";") then
        f.index = f.index + 1
        path = join(f.path, answer_key(f, i))
      elseif key then
        path = (decl or key == "story") and key or join(f.path, key)
      elseif local_name then
        path = local_name
      else
        if f.kind == "table" or f.kind == "chunk" then f.index = f.index + 1 end
        path = join(f.path, tostring(f.index))
      end
      local frame = { kind = "table", path = path, index = 0, keys = {}, beat = beat_id or f.beat,
        what = f.what }
      if key == "choices" then frame.choices, frame.path = true, f.path end
      if not key and f.kind == "call" and f.key == "choices" then -- choices = helper("id", { ... })
        frame.choices, frame.path = true, f.base
      end
      if f.choices and not key then frame.choice = true end
      if key == "say" then frame.text, frame.field_name = true, "says" end
      stack[#stack + 1] = frame
      local_name = nil
    elseif t.t == "op" and t.v == "}" then
      if f.kind == "table" then stack[#stack] = nil end
    elseif t.t == "op" and t.v == "(" then
      local callee = prev and prev.t == "name" and prev.v or nil
      local is_call = prev and (prev.t == "name" or prev.v == ")" or prev.v == "]" or prev.t == "string")
        and not (prev.t == "name" and KEYWORDS[prev.v])
      if func_name then
        -- a function's parameters: the function itself opened at `function`
        stack[#stack + 1] = { kind = "params", path = top().path }
        func_name = nil
      else
        local path
        local key = (toks[i - 2] and toks[i - 2].v == "=" and toks[i - 3] and toks[i - 3].t == "name")
          and toks[i - 3].v or nil
        if f.choices and toks[i - 2] and (toks[i - 2].v == "{" or toks[i - 2].v == "," or toks[i - 2].v == ";") then
          f.index = f.index + 1
          path = join(f.path, answer_key(f, i, callee or "call"))
        elseif key then
          path = join(f.path, key)
        else
          path = f.path
        end
        stack[#stack + 1] = { kind = is_call and "call" or "paren", path = path, counter = 0, index = 0,
          keys = {}, beat = f.beat, what = callee, key = key, base = f.path }
      end
    elseif t.t == "op" and t.v == ")" then
      if f.kind == "call" or f.kind == "paren" or f.kind == "params" then stack[#stack] = nil end
    elseif t.t == "op" and (t.v == "," or t.v == ";") then
    elseif t.t == "name" then
      local v = t.v
      if v == "function" then
        local path, what
        if nxt and nxt.t == "name" then -- function NAME(
          local j, name = i + 1, nxt.v
          while toks[j + 1] and (toks[j + 1].v == "." or toks[j + 1].v == ":") and toks[j + 2] do
            j = j + 2; name = toks[j].v
          end
          path, what = name, name
        elseif prev and prev.v == "=" and toks[i - 2] and toks[i - 2].t == "name" then
          path, what = join(f.path, toks[i - 2].v), toks[i - 2].v
        elseif prev and prev.v == "=" and toks[i - 2] and toks[i - 2].v == "]" and toks[i - 3]
            and toks[i - 3].t == "string" then
          path, what = join(f.path, toks[i - 3].v), toks[i - 3].v
        elseif local_name then
          path, what = local_name, local_name
        else
          if f.choice and f.index == 0 and prev and prev.v == "{" then
            path, what = join(f.path, "text"), "answer"
          else
            f.index = (f.index or 0) + 1
            path, what = join(f.path, tostring(f.index)), f.what
          end
        end
        if f.kind == "table" and f.text and prev and prev.v == "=" then what = "says " .. toks[i - 2].v end
        stack[#stack + 1] = { kind = "func", path = path, counter = 0, index = 0, keys = {},
          what = what, beat = f.beat }
        func_name = true
        local_name = nil
      elseif v == "if" or v == "do" or v == "repeat" then
        -- `while ... do` and `for ... do` open their block at `do`
        stack[#stack + 1] = { kind = "block", path = f.path, index = 0, keys = {}, beat = f.beat }
      elseif v == "end" or v == "until" then
        for k = #stack, 2, -1 do
          local kind = stack[k].kind
          stack[k] = nil
          if kind == "block" or kind == "func" then break end
        end
      elseif v == "local" and nxt and nxt.t == "name" and nxt.v ~= "function" then
        local j = i + 1
        local names = {}
        while toks[j] and toks[j].t == "name" do
          names[#names + 1] = toks[j].v
          if toks[j + 1] and toks[j + 1].v == "," then j = j + 2 else break end
        end
        if toks[j + 1] and toks[j + 1].v == "=" and #names == 1 then local_name = names[1] end
      elseif v == "local" and nxt and nxt.v == "function" then
        local_name = nil
      end
    end
    -- a positional value directly in a table counts its place
    if f.kind == "table" and (t.t == "string" or t.t == "number" or t.t == "name")
        and prev and (prev.v == "{" or prev.v == "," or prev.v == ";")
        and not (nxt and nxt.v == "=") and not (t.t == "name" and t.v == "function") then
      f.index = f.index + 1
    end
    i = i + 1
  end
  return out
end

------------------------------------------------------------------------------
-- .po files
------------------------------------------------------------------------------

local function po_unquote(s, file, ln, errs)
  -- s: the text between the quotes of one "..." of a .po line
  local out, i = {}, 1
  while i <= #s do
    local c = byte(s, i)
    if c == 92 then
      local e = byte(s, i + 1)
      local simple = ({ [110] = "\n", [116] = "\t", [114] = "\r", [97] = "\a", [98] = "\b",
        [102] = "\f", [118] = "\v", [92] = "\\", [34] = "\"", [39] = "'", [63] = "?" })[e]
      if simple then
        out[#out + 1] = simple; i = i + 2
      elseif e and e >= 48 and e <= 55 then
        local j, v = i + 1, 0
        while j < i + 4 and byte(s, j) and byte(s, j) >= 48 and byte(s, j) <= 55 do
          v = v * 8 + byte(s, j) - 48; j = j + 1
        end
        out[#out + 1] = char(v % 256); i = j
      elseif e == 120 and is_hex(byte(s, i + 2)) then
        local j, v = i + 2, 0
        while is_hex(byte(s, j)) do v = (v * 16 + hexval(byte(s, j))) % 256; j = j + 1 end
        out[#out + 1] = char(v); i = j
      else
        errs[#errs + 1] = { file = file, line = ln, msg = "unknown escape \\" .. char(e or 32) }
        i = i + 2
      end
    else
      out[#out + 1] = char(c); i = i + 1
    end
  end
  return concat(out)
end

-- The quoted part of a .po line from byte `p`: its text, or nil.
local function quoted_from(line, p)
  while byte(line, p) == 32 or byte(line, p) == 9 do p = p + 1 end
  if byte(line, p) ~= 34 then return nil end
  local q = #line
  while q > p and (byte(line, q) == 32 or byte(line, q) == 9 or byte(line, q) == 13) do q = q - 1 end
  if q == p or byte(line, q) ~= 34 then return nil end
  return sub(line, p + 1, q - 1)
end

local function starts(s, head) return sub(s, 1, #head) == head end

-- Parse a .po file's text. Returns { header = { key = value }, entries =
-- { { ctxt, id, str, fuzzy, line, prev_id, obsolete, plural } } }, and a
-- list of problems { file, line, msg }.
function M.po_parse(text, file)
  local errs, entries = {}, {}
  local e, field = nil, nil
  local function finish()
    if e and e.id ~= nil then entries[#entries + 1] = e end
    e, field = nil, nil
  end
  local function entry(ln)
    if not e or e.str ~= nil then finish(); e = { line = ln, flags = {} } end
    return e
  end
  local ln, p, len = 0, 1, #text
  if sub(text, 1, 3) == "\u{FEFF}" then p = 4 end
  while p <= len do
    local q = p
    while q <= len and byte(text, q) ~= 10 do q = q + 1 end
    local line = sub(text, p, q - 1)
    if byte(line, #line) == 13 then line = sub(line, 1, #line - 1) end
    ln = ln + 1
    p = q + 1
    local obsolete = starts(line, "#~")
    if obsolete then
      line = sub(line, 3)
      while byte(line, 1) == 32 do line = sub(line, 2) end
      if byte(line, 1) == 124 then line = "#" .. line end -- #~| msgid: an obsolete entry's previous English
    end
    if line == "" then
      if e and e.str ~= nil then finish() end
    elseif starts(line, "#,") then
      local cur = entry(ln)
      local flags = sub(line, 3)
      local word = {}
      for k = 1, #flags + 1 do
        local c = byte(flags, k)
        if not c or c == 44 or c == 32 then
          if #word > 0 then cur.flags[concat(word)] = true end
          word = {}
        else
          word[#word + 1] = char(c)
        end
      end
    elseif starts(line, "#|") then
      local cur = entry(ln)
      local rest = sub(line, 3)
      while byte(rest, 1) == 32 do rest = sub(rest, 2) end
      if starts(rest, "msgid ") then
        cur.prev_id = po_unquote(quoted_from(rest, 7) or "", file, ln, errs); field = "prev_id"
      elseif starts(rest, "msgctxt ") then
        cur.prev_ctxt = po_unquote(quoted_from(rest, 9) or "", file, ln, errs); field = "prev_ctxt"
      elseif byte(rest, 1) == 34 and field and starts(field, "prev") then
        cur[field] = cur[field] .. po_unquote(quoted_from(rest, 1) or "", file, ln, errs)
      end
    elseif byte(line, 1) == 35 then
      -- other comments: #. #: # (kept only by extract, which writes its own)
      if starts(line, "#:") then
        local cur = entry(ln)
        cur.refs = (cur.refs and (cur.refs .. " ") or "") .. sub(line, 4)
      end
    else
      local kw, rest
      for _, k in ipairs({ "msgctxt", "msgid_plural", "msgid", "msgstr[", "msgstr" }) do
        if starts(line, k) then kw = k; break end
      end
      if kw == "msgstr[" then
        local close = 8
        while byte(line, close) and byte(line, close) ~= 93 do close = close + 1 end
        local idx = tonumber(sub(line, 8, close - 1)) or 0
        rest = quoted_from(line, close + 1)
        kw = "msgstr"
        if idx ~= 0 then kw = nil; field = "plural_str" end -- later forms: not used by stories
        if rest and kw then
          local cur = e
          if not cur then cur = entry(ln) end
          cur.plural = true
          cur.str, field = po_unquote(rest, file, ln, errs), "str"
        end
      elseif kw then
        rest = quoted_from(line, #kw + 1)
        if not rest then
          errs[#errs + 1] = { file = file, line = ln, msg = kw .. " wants a \"quoted\" string" }
        elseif kw == "msgctxt" then
          local cur = entry(ln)
          cur.ctxt, field = po_unquote(rest, file, ln, errs), "ctxt"
          cur.obsolete = obsolete
        elseif kw == "msgid" then
          local cur = (e and e.str == nil and e.id == nil) and e or entry(ln)
          cur.id, field = po_unquote(rest, file, ln, errs), "id"
          cur.line = cur.line or ln
          cur.id_line = ln
          cur.obsolete = cur.obsolete or obsolete
        elseif kw == "msgid_plural" then
          if e then e.plural = true end
          field = "plural_id"
        elseif kw == "msgstr" then
          if not e or e.id == nil then
            errs[#errs + 1] = { file = file, line = ln, msg = "msgstr without a msgid before it" }
          else
            e.str, field = po_unquote(rest, file, ln, errs), "str"
          end
        end
      elseif byte(line, 1) == 34 then
        local more = quoted_from(line, 1)
        if not more then
          errs[#errs + 1] = { file = file, line = ln, msg = "a string that is not closed" }
        elseif e and field and (field == "ctxt" or field == "id" or field == "str") and e[field] then
          e[field] = e[field] .. po_unquote(more, file, ln, errs)
        end
      else
        errs[#errs + 1] = { file = file, line = ln, msg = "not a .po line: " .. sub(line, 1, 40) }
      end
    end
  end
  finish()
  local header, list = {}, {}
  for _, it in ipairs(entries) do
    if it.id == "" and it.ctxt == nil then
      local s = it.str or ""
      local a = 1
      while a <= #s do
        local b = a
        while b <= #s and byte(s, b) ~= 10 do b = b + 1 end
        local l = sub(s, a, b - 1)
        for k = 1, #l do
          if byte(l, k) == 58 then
            local v = sub(l, k + 1)
            while byte(v, 1) == 32 do v = sub(v, 2) end
            header[sub(l, 1, k - 1)] = v
            break
          end
        end
        a = b + 1
      end
    else
      it.fuzzy = it.flags and it.flags.fuzzy or false
      list[#list + 1] = it
    end
  end
  return { header = header, entries = list }, errs
end

-- `s` with backslashes, quotes, newlines, tabs and returns escaped, and
-- the other control bytes as `ctl` writes them: "\\%03o" (octal, as a .po
-- has it) or "\\%03d" (decimal, as Lua reads it).
local function escaped(s, ctl)
  local out = {}
  for k = 1, #s do
    local c = byte(s, k)
    if c == 92 then out[#out + 1] = "\\\\"
    elseif c == 34 then out[#out + 1] = "\\\""
    elseif c == 10 then out[#out + 1] = "\\n"
    elseif c == 9 then out[#out + 1] = "\\t"
    elseif c == 13 then out[#out + 1] = "\\r"
    elseif c < 32 or c == 127 then out[#out + 1] = string.format(ctl, c)
    else out[#out + 1] = char(c) end
  end
  return concat(out)
end

local function po_quote(s) return escaped(s, "\\%03o") end

-- keyword "text", split after each \n as gettext's tools write it
local function po_field(kw, s)
  local lines = {}
  local parts, a = {}, 1
  for k = 1, #s do
    if byte(s, k) == 10 and k < #s then parts[#parts + 1] = sub(s, a, k); a = k + 1 end
  end
  parts[#parts + 1] = sub(s, a)
  if #parts == 1 then return kw .. " \"" .. po_quote(s) .. "\"" end
  lines[1] = kw .. " \"\""
  for _, part in ipairs(parts) do lines[#lines + 1] = "\"" .. po_quote(part) .. "\"" end
  return concat(lines, "\n")
end

------------------------------------------------------------------------------
-- Right-to-left
------------------------------------------------------------------------------

local RTL_LANGS = { ar = true, he = true, fa = true, ur = true, yi = true, ps = true, sd = true,
  ug = true, dv = true, ckb = true, iw = true }

-- The language's primary code: "de" of "de_DE.UTF-8", "pt_BR" stays "pt_BR".
local function primary(code)
  code = code or ""
  local cut = #code
  for k = 1, #code do
    local c = byte(code, k)
    if c == 46 or c == 64 then cut = k - 1; break end
  end
  return sub(code, 1, cut)
end

function M.is_rtl(code)
  local p = primary(code)
  local base = p
  for k = 1, #p do if byte(p, k) == 95 or byte(p, k) == 45 then base = sub(p, 1, k - 1); break end end
  return RTL_LANGS[base] == true
end

-- The first right-to-left letter in `s` (Hebrew, Arabic, Syriac, Thaana,
-- N'Ko and their presentation forms), or nil.
function M.rtl_char(s)
  if not utf8.len(s) then return nil end
  for _, c in utf8.codes(s) do
    if (c >= 0x0590 and c <= 0x08FF) or (c >= 0xFB1D and c <= 0xFDFF) or (c >= 0xFE70 and c <= 0xFEFF)
        or c == 0x200F or c == 0x202B or c == 0x202E then
      return c
    end
  end
  return nil
end

M.RTL_MESSAGE = "right-to-left scripts (Arabic, Hebrew, Persian, Urdu...) are not supported yet: "
  .. "the game cannot lay them out (README.md, \"Languages\")"

------------------------------------------------------------------------------
-- The catalogue a story is translated with, and translating a file
------------------------------------------------------------------------------

-- Build the lookup of a parsed .po: by id and English, and by English alone
-- (a line moved, or an answer reordered, keeps its translation). Fuzzy and
-- empty translations are not used: the English shows instead.
function M.catalogue(po)
  local by_id, by_text = {}, {}
  for _, it in ipairs(po.entries) do
    if not it.obsolete and not it.fuzzy and it.str and it.str ~= "" then
      if it.ctxt then by_id[it.ctxt .. "\0" .. it.id] = it.str end
      if by_text[it.id] == nil then by_text[it.id] = it.str end
    end
  end
  return { by_id = by_id, by_text = by_text, language = po.header.Language }
end

function M.lookup(cat, id, text)
  return cat.by_id[id .. "\0" .. text] or cat.by_text[text]
end

-- The catalogue of a .po file's text for the game, or nil; and a list of
-- problems { line, msg } (a file that does not read as .po, a right-to-left
-- language, which the game cannot lay out).
function M.load(text, file, lang)
  if M.is_rtl(lang) then return nil, { { line = 1, msg = "not used: " .. M.RTL_MESSAGE } } end
  local po, errs = M.po_parse(text, file)
  local out = {}
  for _, e in ipairs(errs) do out[#out + 1] = { line = e.line, msg = e.msg } end
  if po.header.Language and M.is_rtl(po.header.Language) then
    out[#out + 1] = { line = 1, msg = "Language " .. po.header.Language .. ": not used: " .. M.RTL_MESSAGE }
    return nil, out
  end
  return M.catalogue(po), out
end

-- A Lua literal for `s`, on one line.
local function lua_quote(s) return "\"" .. escaped(s, "\\%03d") .. "\"" end

-- The source `src` with each line that `cat` translates replaced by its
-- translation, every line kept where it was. Returns the new source and
-- how many literals were replaced.
function M.apply(src, cat, file)
  local lines = M.lines(src, M.file_prefix(file))
  local out, at, done = {}, 1, 0
  for _, l in ipairs(lines) do
    local tr = M.lookup(cat, l.id, l.text)
    if tr and tr ~= l.text and utf8.len(tr) and not M.rtl_char(tr) then
      out[#out + 1] = sub(src, at, l.s - 1)
      out[#out + 1] = lua_quote(tr)
      out[#out + 1] = string.rep("\n", l.lines)
      at = l.e + 1
      done = done + 1
    end
  end
  out[#out + 1] = sub(src, at)
  return concat(out), done
end

------------------------------------------------------------------------------
-- extract and check
------------------------------------------------------------------------------

-- The lines of every file of the story: `files` is a list of { name =
-- "story.lua", src = text } in the order the story loads them.
-- The ids of an included file's lines start with its name ("scenes/garden:"),
-- so two files' tables of one name stay apart; story.lua's have none.
function M.file_prefix(file)
  if type(file) ~= "string" or file == "" or file == "story.lua" then return "" end
  if ends_with(file, ".lua") then file = sub(file, 1, #file - 4) end
  return file .. ":"
end

function M.story_lines(files)
  local all = {}
  for _, f in ipairs(files) do
    for _, l in ipairs(M.lines(f.src, M.file_prefix(f.name))) do
      l.file = f.name
      all[#all + 1] = l
    end
  end
  return all
end

local FIELD_NOTE = {
  answer = "an answer the player can choose", cue = "what the player sees (the cue)",
  inner = "the inner voice: what the other person thinks after this answer",
  why = "why: the feedback after this answer", reflect = "a question for reflection",
  note = "a note for the facilitator", title = "a title", text = "text",
  summary = "the story card: what the story is about", content_note = "the story card: content note",
  you = "the story card: who the player is", name = "a person's name", about = "who this person is",
  relationship = "the story card: the relationship (parent and child, therapist and client)",
}

-- What a translator is told about a line.
local function note_of(l)
  local f = l.field or "text"
  local says = starts(f, "says ") and ("what " .. sub(f, 6) .. " says") or nil
  -- two people on stage: an answer's inner voice per person (id ...inner.<who>)
  if not says and not FIELD_NOTE[f] and type(l.id) == "string" and sub(l.id, -(#f + 7)) == ".inner." .. f then
    return "the inner voice of " .. f .. ": what they think after this answer"
  end
  return says or FIELD_NOTE[f] or ("text (" .. f .. ")")
end

-- The .po of `lang` for the story's lines, keeping what `old` (a parsed
-- .po, or nil) has translated: a line whose English changed keeps its
-- translation marked fuzzy, with the English it was made for (#| msgid);
-- translations of lines no longer in the story are kept at the end as
-- obsolete (#~). Returns the text and counts { lines, translated, fuzzy,
-- new, obsolete }.
function M.extract(files, story_id, lang, old)
  local lines = M.story_lines(files)
  local old_by_id, old_by_text, taken = {}, {}, {}
  if old then
    for _, it in ipairs(old.entries) do
      if it.ctxt and old_by_id[it.ctxt] == nil then old_by_id[it.ctxt] = it end
      if it.str and it.str ~= "" and not it.fuzzy and old_by_text[it.id] == nil then old_by_text[it.id] = it end
    end
  end
  local counts = { lines = #lines, translated = 0, fuzzy = 0, new = 0, obsolete = 0 }
  local hdr = old and old.header or {}
  local out = {
    "# " .. (story_id or "story") .. ": translation into " .. (lang or "?") .. ".",
    "# Made by `attune translate extract`; edit it with Poedit, Lokalize or any .po editor.",
    "# msgctxt is the line's id (where it is written), msgid the English, msgstr yours.",
    "msgid \"\"",
    "msgstr \"\"",
    "\"Project-Id-Version: attune-story " .. po_quote(story_id or "story") .. "\\n\"",
    "\"Language: " .. po_quote(lang or "") .. "\\n\"",
    "\"MIME-Version: 1.0\\n\"",
    "\"Content-Type: text/plain; charset=UTF-8\\n\"",
    "\"Content-Transfer-Encoding: 8bit\\n\"",
  }
  for _, k in ipairs({ { "PO-Revision-Date", "YEAR-MO-DA HO:MI+ZONE" },
      { "Last-Translator", "FULL NAME <EMAIL@ADDRESS>" }, { "Language-Team", "none" } }) do
    out[#out + 1] = "\"" .. k[1] .. ": " .. po_quote(hdr[k[1]] or k[2]) .. "\\n\""
  end
  out[#out + 1] = "\"X-Generator: attune translate extract\\n\""
  out[#out + 1] = ""
  local seen_pair = {}
  for _, l in ipairs(lines) do
    local str, fuzzy, prev = "", false, nil
    local same = old_by_id[l.id]
    if same and same.id == l.text then
      str, fuzzy = same.str or "", same.fuzzy
      prev = same.fuzzy and same.prev_id or nil
      taken[same] = true
    elseif old_by_text[l.text] then
      str = old_by_text[l.text].str
      taken[old_by_text[l.text]] = true
      if same then taken[same] = true end
    elseif same and same.str and same.str ~= "" then
      str, fuzzy, prev = same.str, true, same.prev_id or same.id
      taken[same] = true
    end
    if seen_pair[l.id] then goto continue end
    seen_pair[l.id] = true
    out[#out + 1] = "#. " .. note_of(l)
    out[#out + 1] = "#: " .. l.file .. ":" .. l.line
    if fuzzy then out[#out + 1] = "#, fuzzy" end
    if prev then out[#out + 1] = "#| msgid \"" .. po_quote(prev) .. "\"" end
    out[#out + 1] = po_field("msgctxt", l.id)
    out[#out + 1] = po_field("msgid", l.text)
    out[#out + 1] = po_field("msgstr", str)
    out[#out + 1] = ""
    if str == "" then counts.new = counts.new + 1
    elseif fuzzy then counts.fuzzy = counts.fuzzy + 1
    else counts.translated = counts.translated + 1 end
    ::continue::
  end
  if old then
    for _, it in ipairs(old.entries) do
      if not taken[it] and it.str and it.str ~= "" then
        counts.obsolete = counts.obsolete + 1
        -- still fuzzy: a translation for older English stays one when revived
        if it.fuzzy then out[#out + 1] = "#, fuzzy" end
        if it.fuzzy and it.prev_id then out[#out + 1] = "#~| msgid \"" .. po_quote(it.prev_id) .. "\"" end
        if it.ctxt then out[#out + 1] = "#~ msgctxt \"" .. po_quote(it.ctxt) .. "\"" end
        out[#out + 1] = "#~ msgid \"" .. po_quote(it.id) .. "\""
        out[#out + 1] = "#~ msgstr \"" .. po_quote(it.str) .. "\""
        out[#out + 1] = ""
      end
    end
  end
  return concat(out, "\n"), counts
end

local function excerpt(s)
  if (utf8.len(s) or 0) <= 50 then return s end
  return sub(s, 1, utf8.offset(s, 48) - 1) .. "\u{2026}"
end

-- The string.format directives of `s`, in order ("%d %s"; "%%" not counted):
-- a translation must keep them, or a story that formats the line fails.
local function placeholders(s)
  local out, k = {}, 1
  while k <= #s do
    if byte(s, k) == 37 then
      local j = k + 1
      while j <= #s and (byte(s, j) == 45 or byte(s, j) == 43 or byte(s, j) == 32 or byte(s, j) == 35
          or byte(s, j) == 46 or is_digit(byte(s, j))) do j = j + 1 end
      local c = byte(s, j)
      if c == 37 and j == k + 1 then
        k = j + 1
      else
        if c and is_alpha(c) then out[#out + 1] = sub(s, k, j) end
        k = j + 1
      end
    else
      k = k + 1
    end
  end
  return concat(out, " ")
end

-- The markup a translation must keep: counts of [[, ]], ** and *.
local function marks(s)
  local m = { links = 0, strong = 0, em = 0 }
  local k = 1
  while k <= #s do
    local two = sub(s, k, k + 1)
    if two == "[[" then m.links = m.links + 1; k = k + 2
    elseif two == "**" then m.strong = m.strong + 1; k = k + 2
    elseif byte(s, k) == 42 then m.em = m.em + 1; k = k + 1
    else k = k + 1 end
  end
  return m
end

-- Check a translation against the story. `files` as story_lines wants,
-- `po` parsed, `po_file` its path as shown, `story_dir` as shown before
-- each story file. Returns diagnostics { level, file, line, msg } and counts
-- { lines, translated, missing, untranslated, stale, obsolete }.
function M.check(files, po, po_file, story_dir, lang)
  local diags = {}
  local function diag(level, file, line, msg)
    diags[#diags + 1] = { level = level, file = file, line = line, msg = msg }
  end
  local lines = M.story_lines(files)
  local by_id, by_text = {}, {}
  for _, it in ipairs(po.entries) do
    if not it.obsolete then
      if it.ctxt and not by_id[it.ctxt] then by_id[it.ctxt] = it end
      if it.str and it.str ~= "" and not it.fuzzy and not by_text[it.id] then by_text[it.id] = it end
    end
  end
  local counts = { lines = #lines, translated = 0, missing = 0, untranslated = 0, stale = 0, obsolete = 0 }
  local lang_name = lang or po.header.Language or "?"
  if M.is_rtl(lang_name) then
    diag("error", po_file, 1, "Language: " .. lang_name .. ": " .. M.RTL_MESSAGE)
  end
  local used = {}
  local prefix = story_dir and (story_dir .. "/") or ""
  for _, l in ipairs(lines) do
    local where = prefix .. l.file
    local it = by_id[l.id]
    local exact = it and it.id == l.text and it or nil
    local moved = not exact and by_text[l.text] or nil
    if exact then used[exact] = true end
    if moved then used[moved] = true end
    if it then used[it] = true end
    local e = exact or moved
    if e and e.str and e.str ~= "" and not e.fuzzy then
      counts.translated = counts.translated + 1
      local tr = e.str
      local c = M.rtl_char(tr)
      if c then
        diag("error", po_file, e.id_line or e.line, string.format("%s: U+%04X: %s", l.id, c, M.RTL_MESSAGE))
      end
      if placeholders(l.text) ~= placeholders(tr) then
        diag("warning", po_file, e.id_line or e.line, l.id .. ": the translation's %-placeholders ("
          .. placeholders(tr) .. ") differ from the English's (" .. placeholders(l.text)
          .. "): a story's string.format would fail on it")
      end
      local a, b = marks(l.text), marks(tr)
      if a.links ~= b.links or a.strong ~= b.strong or a.em ~= b.em then
        diag("warning", po_file, e.id_line or e.line, l.id .. ": the translation's markup ([[links]], **strong**, *emphasis*) differs from the English")
      end
    elseif e and e.fuzzy then
      counts.stale = counts.stale + 1
      diag("warning", where, l.line, string.format("stale (%s): \"%s\" was translated for older English; check it in %s:%d",
        lang_name, excerpt(l.text), po_file, e.id_line or e.line))
    elseif it and it.id ~= l.text and it.str and it.str ~= "" then
      counts.stale = counts.stale + 1
      diag("warning", where, l.line, string.format("stale (%s): the English changed since it was translated (%s:%d): now \"%s\"",
        lang_name, po_file, it.id_line or it.line, excerpt(l.text)))
    elseif e or it then
      counts.untranslated = counts.untranslated + 1
      local at = e or it
      diag("warning", po_file, at.id_line or at.line, string.format("untranslated (%s): %s \"%s\"", lang_name, l.id, excerpt(l.text)))
    else
      counts.missing = counts.missing + 1
      diag("warning", where, l.line, string.format("missing (%s): \"%s\" (%s) is not in %s; run attune translate extract",
        lang_name, excerpt(l.text), l.id, po_file))
    end
  end
  for _, it in ipairs(po.entries) do
    if not it.obsolete and not used[it] and it.str and it.str ~= "" then
      counts.obsolete = counts.obsolete + 1
      diag("warning", po_file, it.id_line or it.line, string.format("obsolete (%s): %s is no longer in the story", lang_name,
        it.ctxt or excerpt(it.id)))
    end
  end
  return diags, counts
end

-- extract, with the old translation as the text of its .po (or nil).
-- Returns the new .po's text, a one-line summary, and the old file's
-- problems as diagnostics.
function M.extract_text(files, story_id, lang, old_text, old_file)
  local old, errs = nil, {}
  if old_text then old, errs = M.po_parse(old_text, old_file) end
  local text, c = M.extract(files, story_id, lang, old)
  local summary = string.format("%d lines: %d translated, %d stale (fuzzy), %d to translate",
    c.lines, c.translated, c.fuzzy, c.new)
  if c.obsolete > 0 then summary = summary .. string.format("; %d no longer in the story (kept as #~)", c.obsolete) end
  local diags = {}
  for _, e in ipairs(errs) do diags[#diags + 1] = { level = "warning", file = e.file, line = e.line, msg = e.msg } end
  return text, summary, diags
end

-- check, from the .po's text. Returns the diagnostics and a summary line.
function M.check_text(files, po_text, po_file, story_dir, lang)
  local po, errs = M.po_parse(po_text, po_file)
  local diags, c = M.check(files, po, po_file, story_dir, lang)
  for _, e in ipairs(errs) do
    table.insert(diags, 1, { level = "error", file = e.file, line = e.line, msg = e.msg })
  end
  local summary = string.format("%s: %d of %d lines translated; %d missing, %d untranslated, %d stale",
    lang or po.header.Language or "?", c.translated, c.lines, c.missing, c.untranslated, c.stale)
  if c.obsolete > 0 then summary = summary .. string.format(", %d obsolete", c.obsolete) end
  return diags, summary, c.missing + c.untranslated + c.stale
end

return M
