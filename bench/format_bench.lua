-- Output formats: the corpus (../shared/corpus, else the bundled Changshan
-- demo) analysed once with every built-in rule, then the result written in
-- each format to /dev/null: ms (best of 3), records/s and output size.
-- Peer: cjson.encode per record (no key order, exponent for big numbers),
-- the floor for the jsonl writer, which orders keys and encodes values itself.
local zt = require "zhtext"
local format = require "zhtext.format"
local cjson = require "cjson"

local paths = {}
local p = io.popen("ls ../shared/corpus/*.txt 2>/dev/null")
for path in p:lines() do paths[#paths + 1] = path end
p:close()
if #paths == 0 then paths[1] = "examples/data/changshan-2024-part1.txt" end

local docs = {}
for _, path in ipairs(paths) do docs[#docs + 1] = assert(zt.read(path)) end
local result = zt.analyze(docs)
local n = #result.records
io.write(string.format("%d documents, %d records, %d rules\n", #result.documents, n, #result.rules))

-- bytes written, counted by a sink that keeps nothing
local function counter()
  local bytes = 0
  local sink = {}
  function sink.write(self, ...)
    for k = 1, select("#", ...) do bytes = bytes + #tostring((select(k, ...))) end
    return self
  end
  function sink.flush() return true end
  return sink, function() return bytes end
end

local function best(f)
  local t = math.huge
  for _ = 1, 3 do
    local t0 = os.clock()
    f()
    t = math.min(t, os.clock() - t0)
  end
  return t
end

local null = assert(io.open("/dev/null", "wb"))
io.write(string.format("%-8s %10s %14s %12s\n", "format", "ms", "records/s", "bytes"))
for _, name in ipairs(format.builtin) do
  local secs = best(function() assert(format.write(result, name, null)) end)
  local sink, bytes = counter()
  assert(format.write(result, name, sink))
  io.write(string.format("%-8s %10.1f %14.0f %12d\n", name, secs * 1000, n / secs, bytes()))
end
local secs = best(function()
  for _, r in ipairs(result.records) do null:write(cjson.encode(r), "\n") end
end)
io.write(string.format("%-8s %10.1f %14.0f %12s  (peer: cjson.encode per record)\n",
  "cjson", secs * 1000, n / secs, "-"))
null:close()
