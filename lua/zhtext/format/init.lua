--- zhtext.format: the output formats registry and the helpers formats share.
-- A format is a Lua file returning { name=, description=, extension=,
-- write = function(result, out, opts) }: the built-in ones live next to this
-- file (zhtext.format.<name>), a user's is given by path. `out` is a sink with
-- :write(...) and :flush(); write errors (disk full, closed pipe) are raised
-- by the sink and turned into `nil, message` by format.write.
local cjson = require "cjson"

local M = {}

-- Built-in formats in the order `zhtext formats` lists them; aliases map
-- other names users type to them.
local builtin = { "json", "jsonl", "csv", "tsv", "md", "html", "table", "text" }
local alias = { markdown = "md", txt = "text", htm = "html", ndjson = "jsonl" }
M.builtin = builtin

-- Records carry these keys besides their rule's fields; they become columns
-- (in this order, after the rule's fields) when some record has them.
local TAIL = { "sentence", "i", "j", "text" }

---------------------------------------------------------------- values

--- A number as text: integers as digits, floats in the shortest form that
-- reads back to the same value, never in exponent notation (spreadsheets and
-- JSON readers keep 11450000000 as a number, not 1.145e+10).
-- NaN and infinities have no JSON form: nil for those.
local function num(v)
  if math.type(v) == "integer" then return string.format("%d", v) end
  if v ~= v or v == math.huge or v == -math.huge then return nil end
  -- an integral float in the integer range: its exact digits (reads back as
  -- the same value as a Lua integer and as a double)
  if v == math.floor(v) and math.abs(v) < 2^63 then return string.format("%.0f", v) end
  local s
  for p = 15, 17 do
    s = string.format("%." .. p .. "g", v)
    if tonumber(s) == v then break end
  end
  local sign, int, frac, exp = s:match("^(%-?)(%d)%.?(%d*)e([-+]%d+)$")
  if not sign then return s end
  -- d.ddd e±x -> plain decimal, by moving the point in the digit string
  local digits, e = int .. frac, tonumber(exp)
  if e < 0 then
    return sign .. "0." .. string.rep("0", -e - 1) .. digits
  end
  if #digits <= e + 1 then
    return sign .. digits .. string.rep("0", e + 1 - #digits)
  end
  return sign .. digits:sub(1, e + 1) .. "." .. digits:sub(e + 2)
end
M.num = num

local function str(s)
  -- cjson escapes "/" as "\/": legal but noisy. A "\/" in its output is
  -- always that escape (a literal backslash comes out as "\\"), so undo it.
  local e = cjson.encode(s)
  if not s:find("/", 1, true) then return e end
  return (e:gsub("\\/", "/"))
end

local function isarray(t)
  local n = #t
  if n == 0 then return next(t) == nil end
  local c = 0
  for _ in pairs(t) do c = c + 1 end
  return c == n
end

--- Any Lua value as JSON text. Tables become arrays or objects (keys
-- sorted so output is stable); a value seen again on the path (a cycle, a
-- back-reference such as sentence.doc) and functions become their tostring.
local NULL = cjson.null -- a result read back from JSON has these for nil

local function json(v, seen)
  local t = type(v)
  if v == nil or v == NULL then return "null"
  elseif t == "boolean" then return tostring(v)
  elseif t == "number" then return num(v) or "null"
  elseif t == "string" then return str(v)
  elseif t ~= "table" then return str(tostring(v))
  end
  seen = seen or {}
  if seen[v] then return str(tostring(v)) end
  seen[v] = true
  local out = {}
  if isarray(v) and next(v) ~= nil then
    for k = 1, #v do out[k] = json(v[k], seen) end
    seen[v] = nil
    return "[" .. table.concat(out, ",") .. "]"
  end
  local keys = {}
  for k, x in pairs(v) do
    if type(x) ~= "function" then keys[#keys + 1] = tostring(k) end
  end
  table.sort(keys)
  for n, k in ipairs(keys) do
    local x = v[k]
    if x == nil then x = v[tonumber(k)] end
    out[n] = str(k) .. ":" .. json(x, seen)
  end
  seen[v] = nil
  return "{" .. table.concat(out, ",") .. "}"
end
M.json = json

--- An object with its keys in the given order; nil values are written as
-- null so every line of a table has the same keys.
local keyenc = setmetatable({}, { __mode = "k", __index = function(t, k)
  local v = str(k) .. ":"
  t[k] = v
  return v
end })

function M.object(rec, cols)
  local out = {}
  for n, k in ipairs(cols) do
    local v = rec[k]
    local t = type(v)
    -- the common cases inline; json() for the rest
    if t == "string" then v = str(v)
    elseif math.type(v) == "integer" then v = string.format("%d", v)
    else v = json(v) end
    out[n] = keyenc[k] .. v
  end
  return "{" .. table.concat(out, ",") .. "}"
end

--- A value as the text of a table cell: nil is empty, and so are NaN and
-- the infinities (null in JSON; "-nan"/"inf" would be read back as text or
-- as a different value by spreadsheets and pandas).
function M.cell(v)
  local t = type(v)
  if v == nil or v == NULL then return ""
  elseif t == "number" then return num(v) or ""
  elseif t == "string" then return v
  elseif t == "table" then
    local mt = getmetatable(v)
    if mt and mt.__tostring then return tostring(v) end
    return json(v)
  end
  return tostring(v)
end

--- Display width (a CJK character is two columns): the C core's text.width
-- when the text module has it, else code points (utf8.len), else bytes.
function M.width(s)
  local ok, text = pcall(require, "zhtext.text")
  if ok and type(text) == "table" and text.width then return text.width(s) end
  return utf8.len(s) or #s
end

--- s cut to at most w display columns, "…" marking the cut. The cut is
-- found by bisection over character counts (utf8.offset and the width are C).
function M.truncate(s, w)
  if M.width(s) <= w then return s end
  local n = utf8.len(s)
  if not n then return s:sub(1, w - 1) .. "…" end
  local lo, hi = 0, n -- lo characters fit in w - 1 columns, hi do not
  while hi - lo > 1 do
    local mid = (lo + hi) // 2
    if M.width(s:sub(1, utf8.offset(s, mid + 1) - 1)) <= w - 1 then lo = mid else hi = mid end
  end
  return s:sub(1, utf8.offset(s, lo + 1) - 1) .. "…"
end

--- A one-line summary of a result, for the REPL and logs.
function M.summary(result)
  local function n(t, what)
    local c = t and #t or 0
    return c .. " " .. what .. (c == 1 and "" or "s")
  end
  return "result: " .. table.concat({ n(result.rules, "rule"), n(result.documents, "document"),
    n(result.records, "record"), n(result.errors, "error") }, ", ")
end

---------------------------------------------------------------- tables

local function add(cols, have, k)
  if not have[k] then have[k] = true; cols[#cols + 1] = k end
end

local function files(result)
  local set, n = {}, 0
  for _, d in ipairs(result.documents or {}) do
    if d.file and not set[d.file] then set[d.file] = true; n = n + 1 end
  end
  for _, r in ipairs(result.records or {}) do
    if r.file and not set[r.file] then set[r.file] = true; n = n + 1 end
  end
  return n
end

--- How many distinct files the result's documents and records name.
M.files = files

--- The result's records as tables, one per rule, in the order of
-- result.rules: { {rule = <rule entry>, columns = {...}, records = {...}} }.
-- opts.file: true always adds a file column, false never; by default it
-- is there when the result covers several files. A record whose rule is not
-- in result.rules gets a table of its own (nothing is dropped), with its keys
-- as fields.
function M.tables(result, opts)
  opts = opts or {}
  local withfile = opts.file
  if withfile == nil then withfile = files(result) > 1 end
  local list, byname = {}, {}
  local function entry(rule)
    local e = byname[rule.name]
    if not e then
      e = { rule = rule, records = {} }
      byname[rule.name] = e
      list[#list + 1] = e
    end
    return e
  end
  for _, rule in ipairs(result.rules or {}) do entry(rule) end
  -- records without a rule field belong to the result's only rule, if any
  local only = result.rules and #result.rules == 1 and result.rules[1].name
  for _, r in ipairs(result.records or {}) do
    local name = r.rule or only or "records"
    local e = byname[name] or entry({ name = name })
    e.records[#e.records + 1] = r
  end
  -- a rule without a field list: its records' keys, sorted (rule, file and
  -- the TAIL keys take their usual places)
  local tail = {}
  for _, k in ipairs(TAIL) do tail[k] = true end
  for _, e in ipairs(list) do
    if not e.rule.fields then
      local keys, have = {}, { rule = true, file = true }
      for _, r in ipairs(e.records) do
        for k, v in pairs(r) do
          if type(k) == "string" and not have[k] and not tail[k] and type(v) ~= "function" then
            have[k] = true
            keys[#keys + 1] = k
          end
        end
      end
      table.sort(keys)
      e.fields = keys
    end
  end
  for _, e in ipairs(list) do
    -- a rule that lists "rule" or "file" among its fields gets them where
    -- it lists them; otherwise file leads when wanted, rule is the format's
    -- business (M.with_rule)
    local cols, have, declared = {}, {}, {}
    local fields = e.rule.fields or e.fields
    for _, f in ipairs(fields) do declared[f] = true end
    if withfile and not declared.file then add(cols, have, "file") end
    for _, f in ipairs(fields) do add(cols, have, f) end
    for _, k in ipairs(TAIL) do
      if not have[k] then
        for _, r in ipairs(e.records) do
          if r[k] ~= nil then add(cols, have, k); break end
        end
      end
    end
    e.columns = cols
  end
  return list
end

--- The columns without the given one (a table under a rule's heading needs
-- no rule column).
function M.without(cols, name)
  local out = {}
  for _, c in ipairs(cols) do
    if c ~= name then out[#out + 1] = c end
  end
  return out
end

--- The columns with "rule" first, unless they have it already.
function M.with_rule(cols)
  for _, c in ipairs(cols) do
    if c == "rule" then return cols end
  end
  local out = { "rule" }
  for _, c in ipairs(cols) do out[#out + 1] = c end
  return out
end

--- One table for the whole result: a rule column (when there are several
-- rules), then the union of the tables' columns in first-seen order.
-- Returns the columns, the records (grouped by rule) and a map record ->
-- rule name (for records that do not carry their rule).
function M.union(result, opts)
  local list = M.tables(result, opts)
  local cols, have, recs, rule = {}, {}, {}, {}
  if #list > 1 then add(cols, have, "rule") end
  -- (a single rule that declares "rule" keeps it where it declares it)
  for _, e in ipairs(list) do
    for _, c in ipairs(e.columns) do add(cols, have, c) end
    for _, r in ipairs(e.records) do recs[#recs + 1] = r; rule[r] = e.rule.name end
  end
  return cols, recs, rule
end

--- Columns that hold only numbers (and blanks), for right alignment.
function M.numeric(cols, recs)
  local isnum = {}
  for _, c in ipairs(cols) do
    local any, all = false, true
    for _, r in ipairs(recs) do
      local v = r[c]
      if v ~= nil then
        if type(v) == "number" then any = true else all = false; break end
      end
    end
    isnum[c] = any and all
  end
  return isnum
end

--- Rows of cells aligned by display width. rows[1] is the header; cells
-- are strings; right[k] right-aligns column k. The last column is not padded
-- (no trailing blanks). Returns an array of lines, each an array of padded
-- cells, and the column widths. padlast pads the last column too.
function M.align(rows, right, padlast)
  local w = {}
  local widths = {}
  for r, row in ipairs(rows) do
    widths[r] = {}
    for k, cell in ipairs(row) do
      local n = M.width(cell)
      widths[r][k] = n
      if not w[k] or n > w[k] then w[k] = n end
    end
  end
  local out = {}
  for r, row in ipairs(rows) do
    local line = {}
    for k, cell in ipairs(row) do
      local pad = string.rep(" ", w[k] - widths[r][k])
      if right and right[k] then line[k] = pad .. cell
      elseif k == #row and not padlast then line[k] = cell
      else line[k] = cell .. pad end
    end
    out[r] = line
  end
  return out, w
end

---------------------------------------------------------------- registry

local loaded = {}

local function check(f, where)
  if type(f) ~= "table" or type(f.write) ~= "function" then
    return nil, where .. ": a format must return a table with a write(result, out, opts) function"
  end
  return f
end

--- The format module for a name (json, csv, ...) or a path to a Lua file.
function M.load(fmt)
  if type(fmt) == "table" then return check(fmt, "format table") end
  if type(fmt) ~= "string" then
    error("bad argument #2 to 'write' (format name, path or table expected, got " .. type(fmt) .. ")", 3)
  end
  if loaded[fmt] then return loaded[fmt] end
  local f
  if fmt:find("/", 1, true) or fmt:match("%.lua$") then
    -- a user's file is read afresh each time: it may have been edited
    local chunk, err = loadfile(fmt, "t")
    if not chunk then return nil, "format " .. err end
    local ok, v = pcall(chunk)
    if not ok then return nil, "format " .. fmt .. ": " .. tostring(v) end
    return check(v, fmt)
  else
    local name = alias[fmt] or fmt
    if not name:match("^[%w_]+$") then return nil, "unknown format '" .. fmt .. "'" end
    local ok, v = pcall(require, "zhtext.format." .. name)
    if not ok then
      if tostring(v):find("module 'zhtext.format." .. name .. "' not found", 1, true) then
        return nil, "unknown format '" .. fmt .. "' (formats: " .. table.concat(builtin, ", ") ..
          ", or a path to a format file)"
      end
      return nil, tostring(v)
    end
    local e
    f, e = check(v, "zhtext.format." .. name)
    if not f then return nil, e end
  end
  loaded[fmt] = f
  return f
end

--- The built-in formats: { {name=, description=, extension=} ... }.
function M.list()
  local out = {}
  for _, name in ipairs(builtin) do
    local f = assert(M.load(name))
    out[#out + 1] = { name = name, description = f.description, extension = f.extension }
  end
  return out
end

local IOERR = {}

-- A sink over a file handle that raises on a failed write, so formats need
-- no error checks of their own.
local function sink(fh, name)
  local s = {}
  function s.write(_, ...)
    local ok, err = fh:write(...)
    if not ok then error({ [IOERR] = name .. ": " .. tostring(err) }) end
    return s
  end
  function s.flush()
    local ok, err = fh:flush()
    if not ok then error({ [IOERR] = name .. ": " .. tostring(err) }) end
    return s
  end
  return s
end

--- Write a result in a format to a file handle or a path (io.stdout when
-- out is nil). Returns true, or nil and a message naming the format, file or
-- write error.
function M.write(result, fmt, out, opts)
  if type(result) ~= "table" then
    error("bad argument #1 to 'write' (result table expected, got " .. type(result) .. ")", 2)
  end
  if opts ~= nil and type(opts) ~= "table" then
    error("bad argument #4 to 'write' (options table expected, got " .. type(opts) .. ")", 2)
  end
  opts = opts or {}
  local f, err = M.load(fmt)
  if not f then return nil, err end
  local fh, name, close = out, "output", false
  if out == nil then
    fh, name = io.stdout, "stdout"
  elseif type(out) == "string" then
    name = out
    fh, err = io.open(out, "wb")
    if not fh then return nil, err end
    close = true
  elseif not (io.type(out) == "file" or (type(out) == "table" and out.write)) then
    error("bad argument #3 to 'write' (file handle or path expected, got " .. type(out) .. ")", 2)
  end
  local s = sink(fh, name)
  local ok, e = pcall(f.write, result, s, opts)
  if ok then ok, e = pcall(s.flush) end
  if close then fh:close() end
  if not ok then
    if type(e) == "table" and e[IOERR] then return nil, e[IOERR] end
    error(e, 0)
  end
  return true
end

---------------------------------------------------------------- show

-- Fields in the order a reader expects for the record kinds zhtext makes.
local NUMBER_COLS = { "i", "j", "text", "value", "lo", "hi", "kind", "approx", "unit" }
local SENTENCE_COLS = { "index", "i", "j", "text" }

local function keys_of(recs)
  local probe = recs[1]
  if probe.kind ~= nil and (probe.value ~= nil or probe.lo ~= nil) then return NUMBER_COLS end
  if probe.index ~= nil and probe.text ~= nil and probe.i ~= nil then return SENTENCE_COLS end
  local cols, have = {}, {}
  for _, k in ipairs({ "rule", "file", "sentence", "i", "j" }) do
    for _, r in ipairs(recs) do
      if r[k] ~= nil then add(cols, have, k); break end
    end
  end
  local rest = {}
  for _, r in ipairs(recs) do
    for k, v in pairs(r) do
      if type(k) == "string" and not have[k] and k ~= "text" and type(v) ~= "function"
         and type(v) ~= "table" then
        have[k] = true; rest[#rest + 1] = k
      end
    end
  end
  table.sort(rest)
  for _, k in ipairs(rest) do cols[#cols + 1] = k end
  for _, r in ipairs(recs) do
    if r.text ~= nil then cols[#cols + 1] = "text"; break end
  end
  return cols
end

local SHOW_WIDTH = 40 -- display columns of a cell in zt.show

local function isrecords(x)
  if type(x) ~= "table" or #x == 0 then return false end
  for k = 1, #x do if type(x[k]) ~= "table" then return false end end
  return true
end

--- Print x for a person at the REPL: a result as a table per rule, an array
-- of records (sentences, numbers, rule records) as one width-aligned table,
-- other tables as Lua-like text, anything else through tostring. Writes to
-- out, by default the current output file (io.output(), like io.write).
function M.show(x, out)
  out = out or io.output()
  if type(x) == "table" and type(x.records) == "table" then
    out:write(M.summary(x), "\n")
    -- one file: no file column; long sentences cut to a terminal's width
    local one = files(x) <= 1
    M.write(x, "table", out, { file = not one, maxwidth = SHOW_WIDTH, drop_file = one })
  elseif isrecords(x) and x[1].rule ~= nil then
    -- rule records (a slice of result.records): a table per rule, in the
    -- built-in rule's field order when it is one
    local known = {}
    local ok, analyze = pcall(require, "zhtext.analyze")
    if ok and type(analyze.list) == "function" then
      local okl, list = pcall(analyze.list)
      for _, r in ipairs(okl and list or {}) do known[r.name] = r end
    end
    local rules, seen = {}, {}
    for _, r in ipairs(x) do
      if not seen[r.rule] then
        seen[r.rule] = true
        rules[#rules + 1] = { name = r.rule, fields = known[r.rule] and known[r.rule].fields }
      end
    end
    local res = { rules = rules, records = x }
    local one = files(res) <= 1
    M.write(res, "table", out, { file = not one, maxwidth = SHOW_WIDTH, drop_file = one })
  elseif isrecords(x) then
    local cols = keys_of(x)
    M.write({ rules = { { name = "records", fields = cols } }, records = x }, "table", out,
      { file = false, maxwidth = SHOW_WIDTH })
  elseif type(x) == "table" and not (getmetatable(x) or {}).__tostring then
    out:write(M.inspect(x), "\n")
  else
    out:write(tostring(x), "\n")
  end
end

--- A table as Lua-like text, nested tables indented, depth-limited, cycles
-- and back-references shown by their tostring.
function M.inspect(v, depth, seen, indent)
  depth, seen, indent = depth or 3, seen or {}, indent or ""
  if type(v) == "string" then return string.format("%q", v) end
  if type(v) ~= "table" then return type(v) == "number" and (num(v) or tostring(v)) or tostring(v) end
  local mt = getmetatable(v)
  if (mt and mt.__tostring) or seen[v] or depth == 0 then return tostring(v) end
  seen[v] = true
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b)
    if type(a) == type(b) and (type(a) == "number" or type(a) == "string") then return a < b end
    return type(a) < type(b)
  end)
  local n, parts = #v, {}
  for _, k in ipairs(keys) do
    local item = M.inspect(v[k], depth - 1, seen, indent .. "  ")
    if math.type(k) == "integer" and k >= 1 and k <= n then
      parts[#parts + 1] = item
    elseif type(k) == "string" and k:match("^[%a_][%w_]*$") then
      parts[#parts + 1] = k .. " = " .. item
    else
      parts[#parts + 1] = "[" .. M.inspect(k, 1) .. "] = " .. item
    end
  end
  seen[v] = nil
  if #parts == 0 then return "{}" end
  local flat = "{ " .. table.concat(parts, ", ") .. " }"
  if #flat <= 80 and not flat:find("\n") then return flat end
  return "{\n" .. indent .. "  " .. table.concat(parts, ",\n" .. indent .. "  ") .. "\n" .. indent .. "}"
end

return M
