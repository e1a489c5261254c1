--- zhtext.number: every quantity in a text, as records.
--
--   for n in number.numbers("全年固定资产投资达114.5亿元") do print(n) end
--   --> 114.5亿元 = 11450000000 元 [number]
--   number.parse("一千二百三十四")   --> 1234, record
--
-- A record: i, j (1-based inclusive byte offsets of text), text (markers,
-- numeral, scale and %/个百分点 included, the unit not), value (nil for a
-- range), lo, hi (range ends), kind (number percent permille ppoint fraction
-- ordinal), approx (nil about over under), unit (from zhtext.units).
-- A 半 after the unit (一年半, 六倍半, 一个半小时) adds a half to value while
-- text stays the numeral ("一", 1.5, 年), as 多 inside 两个多月 does not
-- enter the text either; 三成半 is percent 35 with 半 in the text.
-- Colloquial forms keep their words in the text: 3个亿 (300000000),
-- 3个多百分点 (ppoint 3, over), 十来个 (10 个, about), 上千万 (over).
-- The C core (zhtext.core.number_scan) does the scanning in one call.
local core = require "zhtext.core"
local units = require "zhtext.units"

local M = {}

local function fmt(v)
  if v == nil then return "?" end
  if math.type(v) == "float" then return ("%.15g"):format(v) end
  return tostring(v)
end

--- The record metatable: copies that keep it (doc:numbers()) print the same.
M.record = {}
-- "114.5亿元 = 11450000000 元 [number]": the surface with its unit, the value
M.record.__tostring = function(r)
  local v = r.value ~= nil and fmt(r.value) or (fmt(r.lo) .. ".." .. fmt(r.hi))
  local tags = r.kind or "number"
  if r.approx then tags = tags .. ", " .. r.approx end
  local u = r.unit and (" " .. r.unit) or ""
  return ("%s%s = %s%s [%s]"):format(r.text, r.unit or "", v, u, tags)
end

local lex, lexver
local version = units.version
local number_scan = core.number_scan
local function lexicon()
  local v = version()
  if lexver ~= v then
    lex = core.number_lexicon(units.words(), units.stopwords())
    lexver = v
  end
  return lex
end

local function kinds(k)
  if k == nil then return nil end
  if type(k) == "string" then return { [k] = true } end
  if type(k) ~= "table" then
    error("number.scan: opts.kind must be a string or a table, got " .. type(k), 3)
  end
  local set = {}
  for key, v in pairs(k) do
    if type(key) == "number" then set[v] = true else set[key] = v end
  end
  return set
end

local function filter(list, opts)
  if not opts then return list end
  local want = kinds(opts.kind)
  local unit = opts.unit
  if not want and not unit then return list end
  local out = {}
  for _, r in ipairs(list) do
    if (not want or want[r.kind]) and (not unit or r.unit == unit) then out[#out + 1] = r end
  end
  return out
end

-- The message names the function as the caller called it (zhtext.numbers,
-- zhtext.parse_number), as Lua's own argument errors do; fn when unknown.
local function checks(s, fn)
  if type(s) ~= "string" then
    local info = debug.getinfo(2, "n")
    error(("bad argument #1 to '%s' (string expected, got %s)"):format(info and info.name or fn, type(s)), 3)
  end
end

--- number.scan(s [, opts]) -> array of records, in order, never overlapping.
-- opts.kind: a kind or a list/set of kinds to keep; opts.unit: keep that unit.
-- (called per sentence by doc:numbers(): the common case makes no calls
-- but the version check and the C scan)
function M.scan(s, opts)
  if type(s) ~= "string" then checks(s, "scan") end
  local lx = lex
  if lexver ~= version() then lx = lexicon() end
  if opts == nil then return number_scan(lx, s, M.record) end
  if type(opts) ~= "table" then
    error("bad argument #2 to 'number.scan' (table expected, got " .. type(opts) .. ")", 2)
  end
  return filter(number_scan(lx, s, M.record), opts)
end

M.chunk = 1 << 20 -- bytes the iterator scans at a time (see numbers)

--- for n in number.numbers(s [, opts]) do ... end
-- A long string is scanned a line-aligned chunk at a time, so a gigabyte
-- holds one chunk's records, not all of them. No number spans a line
-- break (the scanner stops at one), so chunks give the records a whole
-- scan gives, with i/j shifted back into s.
function M.numbers(s, opts)
  checks(s, "numbers")
  local n, a = #s, 1
  local list, k, shift = {}, 0, 0
  return function()
    k = k + 1
    while list[k] == nil do
      if a > n then return nil end
      local b = n
      if n - a + 1 > M.chunk then b = s:find("\n", a + M.chunk - 1, true) or n end
      list, k, shift = M.scan(a == 1 and b == n and s or s:sub(a, b), opts), 1, a - 1
      a = b + 1
    end
    local r = list[k]
    if shift > 0 then
      r.i, r.j = r.i + shift, r.j + shift
    end
    return r
  end
end

local function quote(s)
  if #s > 40 then s = s:sub(1, 40) .. "..." end
  return "'" .. s .. "'"
end

--- number.parse(str) -> value, record | nil, message.
-- The whole string (white space around it aside) must be one number, with
-- its unit and markers if any: "114.5亿元", "约3万人", "4.5%—5%".
-- For a range the value returned is the low end; the record has lo and hi.
function M.parse(str)
  checks(str, "parse")
  local a = str:find("%S")
  if not a then return nil, "not a number: empty string" end
  local b = #str
  while b > a and str:sub(b, b):find("%s") do b = b - 1 end
  local s = str:sub(a, b)
  local list, e = core.number_scan(lexicon(), s, M.record, true)
  local r = list[1]
  if not r or r.i ~= 1 then
    return nil, ("not a number: %s at byte %d"):format(quote(str), a)
  end
  if e < #s or list[2] then
    return nil, ("not a number: %s (stops at byte %d)"):format(quote(str), a + e)
  end
  r.i, r.j = r.i + a - 1, r.j + a - 1
  if r.value ~= nil then return r.value, r end
  return r.lo, r
end

return M
