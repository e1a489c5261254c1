-- Analysis rules end to end.
-- (a) all built-in rules over one ~60 KB report (national_2019, else the
--     bundled Changshan demo): document, sentences, numbers, outline and six
--     rules, ms per report (best of 5 runs of 10). Target: <= 20 ms.
-- (b) the corpus repeated to 60 MB (about 1,000 reports), each report read,
--     analysed with all rules and written as JSONL to /dev/null, on one core:
--     seconds, and peak memory (max RSS of this process, measured by
--     /usr/bin/time -v around a child run, else collectgarbage's high-water).
--     Targets: <= 15 s, peak <= 3x the input.
-- Both use analyze's defaults, as the CLI does: the built-in rules run
-- without the instruction-budget hook (opts.budget/opts.timeout would add it).
-- ANALYZE_BENCH_MB=8 runs (b) on less (a quick look); ANALYZE_BENCH_CHILD is
-- set internally for the measured child.
local document = require "zhtext.document"
local analyze = require "zhtext.analyze"
local cjson = require "cjson"

local function files()
  local out = {}
  local p = io.popen("ls ../shared/corpus/*.txt 2>/dev/null")
  for path in p:lines() do
    if not path:find("gb18030", 1, true) then out[#out + 1] = path end
  end
  p:close()
  if #out == 0 then out[1] = "examples/data/changshan-2024-part1.txt" end
  return out
end

local function slurp(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

local mb_target = tonumber(os.getenv("ANALYZE_BENCH_MB") or "") or 60

-- (b) in the child: stream the corpus repeated to mb_target MB through the rules
if os.getenv("ANALYZE_BENCH_CHILD") then
  local paths = files()
  local sizes, total, reports, records = {}, 0, 0, 0
  for k, p in ipairs(paths) do sizes[k] = #slurp(p) end
  local sink = assert(io.open("/dev/null", "w"))
  local high = 0
  local t0 = os.clock()
  while total < mb_target * 1e6 do
    for k, p in ipairs(paths) do
      local doc = assert(document.read(p))
      local res = analyze.analyze(doc, analyze.builtin)
      for _, r in ipairs(res.records) do sink:write(cjson.encode(r), "\n") end
      records = records + #res.records
      total, reports = total + sizes[k], reports + 1
      if reports % 50 == 0 then high = math.max(high, collectgarbage("count")) end
      if total >= mb_target * 1e6 then break end
    end
  end
  local secs = os.clock() - t0
  sink:close()
  io.write(string.format("%d reports, %.1f MB, %d records: %.2f s CPU (%.1f ms/report); Lua heap high-water %.1f MB\n",
    reports, total / 1e6, records, secs, secs * 1000 / reports, high / 1024))
  io.write(string.format("RESULT %.3f %d\n", secs, total))
  os.exit(0)
end

-- (a) one report
local one = files()[1]
for _, p in ipairs(files()) do if p:find("national_2019", 1, true) then one = p end end
local text = slurp(one)
local best = math.huge
local nrec
for _ = 1, 5 do
  collectgarbage()
  local t0 = os.clock()
  for _ = 1, 10 do
    local doc = assert(document.new(text, { name = one }))
    nrec = #analyze.analyze(doc, analyze.builtin).records
  end
  best = math.min(best, (os.clock() - t0) / 10)
end
io.write(string.format("(a) all rules over %s (%.1f KB, %d records): %.1f ms per report  [target <= 20 ms] %s\n",
  one, #text / 1024, nrec, best * 1000, best <= 0.020 and "ok" or "OVER"))

-- (b) as a child, so its peak RSS is its own
local env = "ANALYZE_BENCH_CHILD=1 ANALYZE_BENCH_MB=" .. mb_target .. " "
local timer = io.open("/usr/bin/time") and "/usr/bin/time -v " or ""
if timer ~= "" then io.close(io.open("/usr/bin/time")) end
local cmd = env .. timer .. "lua5.4 bench/analyze_bench.lua 2>&1"
local p = assert(io.popen(cmd))
local out = p:read("a")
p:close()
local secs, bytes = out:match("RESULT ([%d.]+) (%d+)")
local rss = out:match("Maximum resident set size %(kbytes%): (%d+)")
io.write("(b) ", (out:match("^[^\n]*\n") or out))
if secs then
  secs, bytes = tonumber(secs), tonumber(bytes)
  io.write(string.format("    end to end %.1f s [target <= 15 s for 60 MB] %s\n", secs,
    (secs * 60e6 / bytes) <= 15 and "ok" or "OVER"))
  if rss then
    local peak = tonumber(rss) * 1024
    io.write(string.format("    peak RSS %.1f MB = %.2fx the %.1f MB input [target <= 3x] %s\n", peak / 1e6,
      peak / bytes, bytes / 1e6, peak <= 3 * bytes and "ok" or "OVER"))
  end
else
  io.write(out)
  os.exit(1)
end
