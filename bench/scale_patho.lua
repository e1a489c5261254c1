-- bench/scale_patho.lua [MB]: time per MB of each pathological input of the
-- bad-input catalogue (issue 6) against ordinary text (the corpus repeated),
-- through decode, the sentence iterator, doc:sentences() and number.scan.
-- Linear time shows as a ratio that stays flat when MB grows; run by
-- bench/scale.sh (not by make bench: it takes a minute or two).
package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
package.cpath = "build/?.so;" .. package.cpath
local zt = require "zhtext"
local number = require "zhtext.number"

local MB = tonumber(arg[1]) or 16
local SIZE = MB * 1024 * 1024

local function corpus()
  local parts = {}
  local p = io.popen("ls ../shared/corpus/*.txt 2>/dev/null")
  for path in p:lines() do
    if not path:find("gb18030", 1, true) then
      local f = assert(io.open(path, "rb"))
      parts[#parts + 1] = f:read("a")
      f:close()
    end
  end
  p:close()
  if #parts == 0 then -- the bundled example report
    local f = assert(io.open("examples/data/changshan-2024-part1.txt", "rb"))
    parts[1] = f:read("a")
    f:close()
  end
  return table.concat(parts, "\n\n")
end

local function fill(unit) return unit:rep(SIZE // #unit + 1):sub(1, SIZE) end

-- cut at a character boundary so the input stays valid UTF-8
local function fit(s)
  s = s:rep(SIZE // #s + 1)
  local k = SIZE
  while k > 0 and (s:byte(k + 1) or 0) & 0xC0 == 0x80 do k = k - 1 end
  return s:sub(1, k)
end

local inputs = {
  { "ordinary text (corpus repeated)", function() return fit(corpus()) end },
  { "one line, no newline, no terminator", function() return fit("推进高质量发展") end },
  { "one line of short sentences", function() return fit("增长5.2%。") end },
  { "digits in a row", function() return fill("7") end },
  { "open quotes", function() return fit("“") end },
  { "open quotes with terminators", function() return fit("“好。") end },
  { "closing quotes", function() return fit("”") end },
  { "newlines", function() return fill("\n") end },
  { "CRLF", function() return fill("\r\n") end },
  { "short lines, no terminators", function() return fit("一二三\n") end },
  { "Chinese numerals in a row", function() return fit("一二三四五六七八九十百千万亿") end },
  { "percent signs and decimal points", function() return fit("5.%。") end },
  { "ideographic spaces", function() return fit("\u{3000}") end },
  { "invalid bytes (replaced)", function() return fill("\xFF") end },
}

local function timed(f)
  local t = os.clock()
  local r = f()
  return os.clock() - t, r
end

local steps = {
  { "decode", function(s) return zt.decode(s, { replace = true }) end },
  { "sentences", function(s)
      local n = 0
      for _ in zt.sentences(s) do n = n + 1 end
      return n
    end },
  { "doc:sentences", function(s) return #assert(zt.document(s)):sentences() end },
  { "numbers", function(s) return #number.scan(s) end },
}

print(("pathological inputs, %d MB each: seconds per MB (and x ordinary text)"):format(MB))
local hdr = ("%-38s"):format("input")
for _, st in ipairs(steps) do hdr = hdr .. ("%22s"):format(st[1]) end
print(hdr)
local base, worst = {}, { ratio = 0 }
for _, inp in ipairs(inputs) do
  local s = inp[2]()
  if inp[1]:find("invalid", 1, true) then s = zt.decode(s, { replace = true }) end
  local mb = #s / (1024 * 1024)
  local line = ("%-38s"):format(inp[1])
  for k, st in ipairs(steps) do
    collectgarbage()
    local t = timed(function() return st[2](s) end) / mb
    if not base[k] then base[k] = t end
    local ratio = t / base[k]
    if ratio > worst.ratio then worst = { ratio = ratio, input = inp[1], step = st[1] } end
    line = line .. ("%13.4f (x%5.1f)"):format(t, ratio)
  end
  print(line)
  io.stdout:flush()
end
print(("slowest: %s through %s, x%.1f the time per MB of ordinary text"):format(worst.input, worst.step,
  worst.ratio))
