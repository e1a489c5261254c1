-- numbers bench: the C scanner alone and the Lua iterator on the corpus
-- repeated to >= 8 MB, linearity on 10^6 digits and 10^6 个, and the peer
-- Microsoft Recognizers-Text (zh-cn; number + ordinal + percentage models,
-- run by node on a 200 KB slice) for speed and on an agreed sample of phrases.
local core = require "zhtext.core"
local number = require "zhtext.number"
local units = require "zhtext.units"
local cjson = require "cjson"

local function readf(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end

-- the corpus (UTF-8 files), or the bundled demo text when ../shared is absent
local parts = {}
for _, name in ipairs({ "changshan-2024-part1.txt", "county_hailaer_2016.txt", "national_1954.txt",
  "national_2019.txt", "national_2023.txt", "province_guangdong_2026.txt", "province_zhejiang_2025.txt" }) do
  parts[#parts + 1] = readf("../shared/corpus/" .. name)
end
local source = "../shared/corpus"
if #parts == 0 then
  parts[1] = assert(readf("examples/data/changshan-2024-part1.txt"), "no corpus and no demo text")
  source = "examples/data/changshan-2024-part1.txt"
end
local base = table.concat(parts, "\n")
local big = base:rep(math.ceil(8 * 2 ^ 20 / #base))
local MB = #big / 2 ^ 20

local lex = core.number_lexicon(units.words(), units.stopwords())

local function best(n, f)
  local t = math.huge
  local r
  for _ = 1, n do
    local c = os.clock()
    r = f()
    t = math.min(t, os.clock() - c)
  end
  return t, r
end

print(("corpus: %s, %.1f KB repeated to %.1f MB"):format(source, #base / 1024, MB))

local tc, count = best(3, function() return core.number_count(lex, big) end)
print(("C core (number_count):      %8.1f MB/s  %d records  (target >= 400 MB/s)"):format(MB / tc, count))

local tl, n2 = best(2, function()
  local k = 0
  for _ in number.numbers(big) do k = k + 1 end
  return k
end)
print(("Lua iterator (numbers()):   %8.1f MB/s  %d records"):format(MB / tl, n2))

-- sentence by sentence, as doc:numbers() scans: the cost per call counts here
local sents = {}
for x in base:gmatch("[^。\n]+") do sents[#sents + 1] = x end
local tsent, n3 = best(3, function()
  local k = 0
  for i = 1, #sents do k = k + #number.scan(sents[i]) end
  return k
end)
print(("Lua scan per sentence:      %8.1f MB/s  %d records in %d calls"):format(#base / 2 ^ 20 / tsent, n3,
  #sents))

-- linearity: time per MB stays flat from 10^5 to 10^6 units of input
print("linearity (time in proportion to size):")
for _, c in ipairs({ { "digits", "7" }, { "个", "个" }, { "一", "一" }, { "〇", "〇" }, { "三四", "三四" },
  { "1,", "1," }, { "5-", "5-" } }) do
  local t5 = best(3, function() return core.number_count(lex, c[2]:rep(10 ^ 5)) end)
  local t6, k6 = best(3, function() return core.number_count(lex, c[2]:rep(10 ^ 6)) end)
  -- "1," and "5-" give 10^6 records: there the record buffer (~130 MB) adds
  -- memory traffic, not work per byte
  print(("  10^5 / 10^6 x %-6s %8.4f s  %8.4f s   ratio %5.1f (10 = linear)  %7d records"):format(
    c[1], t5, t6, t6 / math.max(t5, 1e-9), k6))
end

-- the agreed sample: expected {value | "lo..hi", kind, approx} per phrase
local sample = {
  { "全年地区生产总值增长7.1%", { { 7.1, "percent" } } },
  { "增速分别高于全国、全省1.9和1.1个百分点", { { 1.9, "ppoint" }, { 1.1, "ppoint" } } },
  { "进一步扩大开放", {} },
  { "加快全国统一大市场建设", {} },
  { "推进长三角一体化发展", {} },
  { "是全国试点之一", {} },
  { "累计征收土地2000余亩", { { 2000, "number", "over" } } },
  { "全年助餐超40万人次", { { 400000, "number", "over" } } },
  { "GDP总量超全市十分之一", { { 0.1, "fraction" } } },
  { "排名全市第三", { { 3, "ordinal" } } },
  { "比重提高到百分之七", { { 7, "percent" } } },
  { "全年固定资产投资达114.5亿元", { { 11450000000, "number" } } },
  { "预期目标是增长4.5%—5%", { { "4.5..5", "percent" } } },
  { "产量33，212万吨", { { 332120000, "number" } } },
  { "全年增长5%左右", { { 5, "percent", "about" } } },
  { "城镇、农村居民人均可支配收入分别增长5.7%、7.8%", { { 5.7, "percent" }, { 7.8, "percent" } } },
  { "吸纳约3万人就业", { { 30000, "number", "about" } } },
  { "第十七届人民代表大会", { { 17, "ordinal" } } },
  { "近3000人参加", { { 3000, "number", "under" } } },
  { "居民消费价格涨幅3%左右", { { 3, "percent", "about" } } },
  { "城镇调查失业率5.5%以内", { { 5.5, "percent", "under" } } },
  { "一百万零五百", { { 1000500, "number" } } },
  { "新增三千二百万", { { 32000000, "number" } } },
}

local function same(got, want)
  if #got ~= #want then return false end
  for k, w in ipairs(want) do
    local g = got[k]
    local v = g[1]
    if type(w[1]) == "number" then
      if type(v) ~= "number" or math.abs(v - w[1]) > 1e-9 * math.max(1, math.abs(w[1])) then return false end
    elseif v ~= w[1] then
      return false
    end
    if g[2] ~= w[2] or g[3] ~= w[3] then return false end
  end
  return true
end

local ours = 0
for _, c in ipairs(sample) do
  local got = {}
  for r in number.numbers(c[1]) do
    got[#got + 1] = { r.value ~= nil and r.value or (r.lo .. ".." .. r.hi), r.kind, r.approx }
  end
  if same(got, c[2]) then ours = ours + 1 end
end

-- the peer
local function peer()
  if not os.execute("command -v node >/dev/null 2>&1") then return nil, "node not found" end
  if not readf("bench/peers/node_modules/@microsoft/recognizers-text-suite/package.json") then
    io.write("installing the peer: npm install --prefix bench/peers ...\n")
    io.flush()
    if not os.execute("npm install --prefix bench/peers --no-audit --no-fund >/dev/null 2>&1") then
      return nil, "npm install --prefix bench/peers failed (offline?)"
    end
  end
  -- a 200 KB slice, cut at a line end so no character is split
  local cut = base:find("\n", 200 * 1024, true) or #base
  local slice = base:sub(1, cut)
  local tmp = os.tmpname()
  local f = assert(io.open(tmp, "wb"))
  f:write(slice)
  f:close()
  local p = io.popen("node bench/peers/recognizers.js speed " .. tmp)
  local out = p and p:read("a")
  if p then p:close() end
  local ok, speed = pcall(cjson.decode, out or "")
  if not ok or type(speed) ~= "table" then
    os.remove(tmp)
    return nil, "peer run failed: " .. tostring(out)
  end
  local phrases = {}
  for k, c in ipairs(sample) do phrases[k] = c[1] end
  f = assert(io.open(tmp, "wb"))
  f:write(cjson.encode(phrases))
  f:close()
  p = io.popen("node bench/peers/recognizers.js sample < " .. tmp)
  out = p and p:read("a")
  if p then p:close() end
  os.remove(tmp)
  local ok2, res = pcall(cjson.decode, out or "")
  if not ok2 then return nil, "peer sample failed: " .. tostring(out) end
  local right = 0
  for k, c in ipairs(sample) do
    local got = {}
    for _, m in ipairs(res[k]) do got[#got + 1] = { m.value, m.kind } end
    if same(got, c[2]) then right = right + 1 end
  end
  return { speed = speed, right = right, slice = slice }
end

local pr, why = peer()
if not pr then
  print("peer Recognizers-Text skipped: " .. why)
  print(("sample: zhtext %d/%d right"):format(ours, #sample))
  return
end
local smb = #pr.slice / 2 ^ 20
local ts = best(5, function() return core.number_count(lex, pr.slice) end)
local tsl = best(3, function()
  local k = 0
  for _ in number.numbers(pr.slice) do k = k + 1 end
  return k
end)
local peer_mbs = (pr.speed.bytes / 2 ^ 20) / pr.speed.seconds
print(("same %.0f KB slice: zhtext C %.1f MB/s, zhtext Lua %.1f MB/s, Recognizers-Text (node) %.3f MB/s"):format(
  #pr.slice / 1024, smb / ts, smb / tsl, peer_mbs))
print(("ratio: zhtext C / peer = %.0fx, zhtext Lua iterator / peer = %.0fx; records on slice: zhtext %d, peer %d")
  :format((smb / ts) / peer_mbs, (smb / tsl) / peer_mbs, #number.scan(pr.slice), pr.speed.count))
print(("sample of %d phrases (个百分点, approximation flags, 进一步 ...): zhtext %d right, Recognizers-Text %d right")
  :format(#sample, ours, pr.right))
