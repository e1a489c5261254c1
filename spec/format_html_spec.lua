-- html: one well-formed, self-contained page; every record's span in the
-- text links to its table row and back; everything from the input escaped.
local format = require "zhtext.format"

-- A document object as the document layer makes them (text, sentences and
-- numbers with byte spans), built here so the spec does not depend on it.
local TEXT = "政府工作报告\n\n全年地区生产总值增长7.1%，收入<b>&\"达114.5亿元。\n能耗下降2%。"
local function span(s)
  local i = assert(TEXT:find(s, 1, true))
  return i, i + #s - 1
end
local function fakedoc()
  local sents, nums = {}, {}
  for k, s in ipairs({ "政府工作报告", "全年地区生产总值增长7.1%，收入<b>&\"达114.5亿元。", "能耗下降2%。" }) do
    local i, j = span(s)
    sents[k] = { index = k, i = i, j = j, text = s, heading = k == 1 }
  end
  local list = { { "7.1%", 7.1, "percent" }, { "114.5亿", 11450000000, "number", "元" }, { "2%", 2, "percent" } }
  for _, n in ipairs(list) do
    local i, j = span(n[1])
    nums[#nums + 1] = { i = i, j = j, text = n[1], value = n[2], kind = n[3], unit = n[4] }
  end
  return { text = TEXT, sentences = function() return sents end, numbers = function() return nums end }
end

local function result()
  local r1i, r1j = span("地区生产总值增长7.1%")
  local r2i, r2j = span("增长7.1%，收入") -- overlaps the first record and crosses it
  local r3i, r3j = span("下降2%")
  return {
    rules = { { name = "indicators", description = "achieved <figures>", fields = { "subject", "value", "unit" } },
      { name = "targets", fields = { "indicator", "relation", "value", "lo", "hi" } } },
    documents = { { file = "a<&>.txt", title = "报告<script>alert(1)</script>", doc = fakedoc() } },
    records = {
      { rule = "indicators", file = "a<&>.txt", sentence = 2, i = r1i, j = r1j, subject = "地区生产总值", value = 7.1,
        kind = "percent" },
      { rule = "indicators", file = "a<&>.txt", sentence = 2, i = r2i, j = r2j, subject = "收入", value = 11450000000,
        unit = "元" },
      { rule = "targets", file = "a<&>.txt", sentence = 3, i = r3i, j = r3j, indicator = "能耗", relation = "under",
        value = -2, kind = "percent" },
      { rule = "targets", file = "a<&>.txt", sentence = 3, indicator = "GDP", relation = "range", lo = 5, hi = 5.5,
        kind = "percent" },
      { rule = "targets", file = "a<&>.txt", sentence = 99, i = 5000, j = 5001, indicator = "bad span", value = 1 },
    },
    errors = { { file = "b.txt", message = "b.txt: invalid UTF-8 at byte 3" } },
  }
end

local function render(res)
  local path = os.tmpname()
  assert(format.write(res, "html", path))
  local fh = assert(io.open(path, "rb"))
  local s = fh:read("a")
  fh:close()
  os.remove(path)
  return s
end

local VOID = { meta = true, br = true, img = true, hr = true, link = true, input = true }

-- Tags nest properly: returns nil or a message with the offending tag.
local function wellformed(html)
  local stack = {}
  for close, name, rest in html:gmatch("<(/?)([%a][%w]*)([^>]*)>") do
    name = name:lower()
    if close == "/" then
      if stack[#stack] ~= name then
        return "</" .. name .. "> closes <" .. tostring(stack[#stack]) .. ">"
      end
      stack[#stack] = nil
    elseif not VOID[name] and not rest:match("/$") then
      stack[#stack + 1] = name
    end
  end
  if #stack > 0 then return "unclosed <" .. stack[#stack] .. ">" end
end

describe("html format", function()
  local html = render(result())

  it("is one well-formed page", function()
    assert.are.equal("<!DOCTYPE html>\n<html", html:sub(1, 21))
    assert.is_nil(wellformed(html))
    assert.are.equal(1, select(2, html:gsub("<body>", "")))
  end)

  it("is self-contained: no scripts, no external resources, a CSP forbids fetches", function()
    assert.is_nil(html:find("<script", 1, true))
    assert.is_nil(html:find("src=", 1, true))
    assert.is_nil(html:find("<link", 1, true))
    assert.is_nil(html:find("url(", 1, true))
    -- the SVG namespace is an identifier, not a fetch; no other URL appears
    local urls = html:gsub('xmlns="http://www.w3.org/2000/svg"', "")
    assert.is_nil(urls:find("https?://"))
    assert.truthy(html:find("default-src 'none'", 1, true))
  end)

  it("escapes everything from the input", function()
    assert.truthy(html:find("报告&lt;script&gt;alert(1)&lt;/script&gt;", 1, true))
    assert.truthy(html:find("&lt;b&gt;&amp;&quot;达", 1, true))
    assert.truthy(html:find("a&lt;&amp;&gt;.txt", 1, true))
    assert.truthy(html:find("achieved &lt;figures&gt;", 1, true))
  end)

  it("links every record span to its table row and back, every anchor resolves", function()
    local ids = {}
    for id in html:gmatch(' id="([^"]+)"') do
      assert.is_nil(ids[id], "duplicate id " .. id)
      ids[id] = true
    end
    local n = 0
    for target in html:gmatch(' href="#([^"]+)"') do
      n = n + 1
      assert.is_true(ids[target] ~= nil, "#" .. target .. " does not resolve")
    end
    assert.is_true(n > 10)
    for k = 1, 4 do
      assert.truthy(html:find('<tr id="r' .. k .. '"><td class="num"><a href="#t' .. k .. '">', 1, true), k)
      assert.truthy(html:find('href="#r' .. k .. '">' .. k .. "</a>", 1, true), k)
      assert.truthy(ids["t" .. k])
    end
    -- a record whose span lies outside the text is in its table, unlinked
    assert.truthy(html:find('<tr id="r5"><td class="num">5</td>', 1, true))
    assert.is_nil(ids.t5)
  end)

  it("marks sentences and numbers by kind, overlapping records re-opened, not crossed", function()
    assert.truthy(html:find('<span class="s h" id="d1s1">政府工作报告</span>', 1, true))
    assert.truthy(html:find('<span class="n k-percent" title="percent 7.1%">7.1%</span>', 1, true))
    assert.truthy(html:find('<span class="n k-number" title="number 114.5亿元">114.5亿</span>', 1, true))
    -- record 2 starts inside record 1 and ends after it: its second piece has no id
    assert.truthy(html:find('<a class="ref" style="--c:#d62728" href="#r1">1</a>' ..
      '<span class="rec" style="--c:#d62728" title="indicators">，收入</span>', 1, true))
    -- the legend names every kind and rule
    for _, k in ipairs({ "number", "percent", "permille", "ppoint", "fraction", "ordinal" }) do
      assert.truthy(html:find('<span class="k-' .. k .. '">', 1, true), k)
    end
  end)

  it("charts indicators and targets per unit with labelled values, bars linked to rows", function()
    assert.truthy(html:find("<svg", 1, true))
    assert.truthy(html:find(">targets · %</text>", 1, true))
    assert.truthy(html:find('<a href="#r3"><title>', 1, true))
    assert.truthy(html:find(">≤-2%</text>", 1, true))
    assert.truthy(html:find(">5–5.5%</text>", 1, true))
    -- a unit with a single value has no chart
    assert.is_nil(html:find(">indicators · %</text>", 1, true))
  end)

  it("charts the units with most values, at most six, large amounts in 万/亿", function()
    local recs = {}
    local units = { "元", "元", "元", "家", "家", "个", "个", "亩", "亩", "吨", "吨", "人", "人", "项", "米", "米" }
    for k, u in ipairs(units) do
      recs[k] = { rule = "indicators", subject = "s" .. k, value = k * 123456789, unit = u }
    end
    local rules = { { name = "indicators", fields = { "subject", "value", "unit" } } }
    local page = render({ rules = rules, records = recs })
    assert.truthy(page:find(">indicators · 元</text>", 1, true))
    assert.truthy(page:find(">1.23亿元</text>", 1, true))
    assert.truthy(page:find(">16.05亿人</text>", 1, true))
    assert.is_nil(page:find(">indicators · 项</text>", 1, true))
    -- seven units have two values: the last one found is left to its table
    assert.is_nil(page:find(">indicators · 米</text>", 1, true))
    assert.are.equal(6, select(2, page:gsub("<svg ", "")))
    assert.truthy(page:find("1 more units with fewer values", 1, true))
    assert.is_nil(wellformed(page))
  end)

  it("reflows on a phone", function()
    assert.truthy(html:find('<meta name="viewport" content="width=device-width, initial-scale=1">', 1, true))
    assert.truthy(html:find("@media (max-width:40rem)", 1, true))
  end)

  it("keeps markup well-formed and the text whole for any overlap of spans", function()
    -- random texts, sentences, numbers and records that overlap every way
    local chars = { "增", "长", "7", ".", "1", "%", "，", "。", "<", "&", "a", "\n", "亿", "元" }
    math.randomseed(20240129)
    for _ = 1, 150 do
      local t = {}
      for k = 1, math.random(5, 60) do t[k] = chars[math.random(#chars)] end
      local text = table.concat(t)
      -- character starts, so spans fall on character boundaries
      local starts = {}
      for p in utf8.codes(text) do starts[#starts + 1] = p end
      starts[#starts + 1] = #text + 1
      local function rspan()
        local a = math.random(#starts - 1)
        local b = math.random(a, #starts - 1)
        return starts[a], starts[b + 1] - 1
      end
      local sents, cut, k = {}, 1, 0
      while cut < #starts do
        local nxt = math.min(#starts, cut + math.random(1, 8))
        k = k + 1
        sents[k] = { index = k, i = starts[cut], j = starts[nxt] - 1 }
        cut = nxt
      end
      local nums, recs = {}, {}
      for n = 1, math.random(0, 6) do
        local i, j = rspan()
        nums[n] = { i = i, j = j, kind = "percent", value = n }
      end
      for n = 1, math.random(0, 6) do
        local i, j = rspan()
        recs[n] = { rule = n % 2 == 0 and "a" or "b", file = "f", i = i, j = j, x = n }
      end
      local doc = { text = text, sentences = function() return sents end, numbers = function() return nums end }
      local page = render({ rules = { { name = "a", fields = { "x" } }, { name = "b", fields = { "x" } } },
        documents = { { file = "f", doc = doc } }, records = recs })
      assert.is_nil(wellformed(page), text)
      local body = page:match('<div class="text">(.-)</div></section>')
      body = body:gsub('<a class="ref"[^>]*>%d+</a>', ""):gsub("<[^>]+>", "")
      body = body:gsub("&lt;", "<"):gsub("&gt;", ">"):gsub("&quot;", '"'):gsub("&#39;", "'"):gsub("&amp;", "&")
      assert.are.equal(text, body)
      local ids = {}
      for id in page:gmatch(' id="([^"]+)"') do
        assert.is_nil(ids[id], id)
        ids[id] = true
      end
      for target in page:gmatch(' href="#([^"]+)"') do assert.is_true(ids[target] ~= nil, target) end
      -- every record is linked (none has a sentence, all are short)
      for n = 1, #recs do assert.is_true(ids["t" .. n], "record " .. n .. " in " .. text) end
    end
  end)

  it("renders a real document analysed by zhtext", function()
    local zt = require "zhtext"
    local ok, doc = pcall(zt.read, "examples/data/changshan-2024-part1.txt")
    if not ok or not doc then pending("document layer not available") return end
    local res = zt.analyze(doc, { "indicators", "targets" })
    local page = render(res)
    assert.is_nil(wellformed(page))
    local ids = {}
    for id in page:gmatch(' id="([^"]+)"') do ids[id] = true end
    for target in page:gmatch(' href="#([^"]+)"') do assert.is_true(ids[target] ~= nil, target) end
    assert.are.equal(#doc:sentences(), select(2, page:gsub('<span class="s[ h]*" id="d1s', "")))
    -- the outline lists the sections, each linked to its heading sentence
    assert.truthy(page:find('<details class="outline"><summary>' .. #doc.sections .. " sections", 1, true))
    assert.truthy(page:find('href="#d1s' .. doc.sections[1].first .. '">' .. doc.sections[1].title, 1, true))
    -- the text is all there: strip the tags and unescape, compare with the file
    local body = page:match('<div class="text">(.-)</div></section>')
    body = body:gsub('<a class="ref"[^>]*>%d+</a>', ""):gsub("<[^>]+>", "")
    body = body:gsub("&lt;", "<"):gsub("&gt;", ">"):gsub("&quot;", '"'):gsub("&#39;", "'"):gsub("&amp;", "&")
    assert.are.equal(doc.text, body)
  end)
end)

describe("html charts over several documents (tester's item 11)", function()
  local rules = { { name = "indicators", fields = { "subject", "verb", "value", "unit", "comparison" } } }
  local function rec(file, subject, value, extra)
    local r = { rule = "indicators", file = file, subject = subject, value = value }
    for k, v in pairs(extra or {}) do r[k] = v end
    return r
  end
  local function charts_of(page)
    return page:match('<section id="charts">(.-)</section>') or ""
  end
  local function bars(svg)
    local t = {}
    for label, value in svg:gmatch('text%-anchor="end">([^<]*)</text>.-<text x="[%d.]+" y="%d+">([^<]*)</text>') do
      t[#t + 1] = label .. "=" .. value
    end
    return t
  end

  it("draws one chart group per document, labelled by its title, never mixing documents", function()
    local res = { rules = rules,
      documents = { { file = "a.txt", title = "甲报告" }, { file = "b.txt", title = "乙报告" } },
      records = {
        rec("a.txt", "地区生产总值", 5.5, { kind = "percent" }), rec("b.txt", "工业增加值", 9, { kind = "percent" }),
        rec("a.txt", "居民收入", 6, { kind = "percent" }), rec("b.txt", "财政收入", 3.2, { kind = "percent" }),
      } }
    local page = render(res)
    local c = charts_of(page)
    local a, b = c:find("<h3>甲报告", 1, true), c:find("<h3>乙报告", 1, true)
    assert.truthy(a and b and a < b, c)
    local first, second = c:sub(a, b - 1), c:sub(b)
    assert.are.same({ "地区生产总值=5.5%", "居民收入=6%" }, bars(first))
    assert.are.same({ "工业增加值=9%", "财政收入=3.2%" }, bars(second))
    assert.truthy(first:find('<span class="meta">a.txt</span>', 1, true))
    assert.is_nil(wellformed(page))
  end)

  it("keeps the comparison in the label of two bars of one subject, the verb when there is none", function()
    local res = { rules = rules, documents = { { file = "a.txt" } }, records = {
      rec("a.txt", "GDP增速", 1.9, { kind = "ppoint", verb = "高于", comparison = "全国" }),
      rec("a.txt", "GDP增速", 1.1, { kind = "ppoint", verb = "高于", comparison = "全省" }),
      rec("a.txt", "进出口总额", 31.8, { kind = "percent", verb = "增长" }),
      rec("a.txt", "进出口总额", 12, { kind = "percent", verb = "达" }),
    } }
    local c = charts_of(render(res))
    local all = bars(c)
    table.sort(all)
    assert.are.same({ "GDP增速 (全国)=1.9个百分点", "GDP增速 (全省)=1.1个百分点",
      "进出口总额 增长=31.8%", "进出口总额 达=12%" }, all)
  end)

  it("labels a chart's values on one scale, and charts amounts far apart separately", function()
    local res = { rules = rules, documents = { { file = "a.txt" } }, records = {
      rec("a.txt", "起征点", 30000, { unit = "元" }), rec("a.txt", "新起征点", 150000, { unit = "元" }),
      rec("a.txt", "减税降费", 2.4e12, { unit = "人" }), rec("a.txt", "退税", 7.5e11, { unit = "人" }),
      rec("a.txt", "补助", 610, { unit = "人" }), rec("a.txt", "经费", 84, { unit = "人" }),
    } }
    local c = charts_of(render(res))
    local all = bars(c)
    table.sort(all)
    assert.are.same({ "减税降费=2.4万亿人", "新起征点=15万元", "经费=84人", "补助=610人", "起征点=3万元",
      "退税=0.75万亿人" }, all)
    assert.truthy(c:find(">indicators · 人 (smaller amounts)</text>", 1, true))
    -- never NaN or infinite bars
    res.records[#res.records + 1] = rec("a.txt", "x", 0 / 0, { unit = "元" })
    res.records[#res.records + 1] = rec("a.txt", "y", math.huge, { unit = "元" })
    c = charts_of(render(res))
    assert.is_nil(c:find("nan", 1, true))
    assert.is_nil(c:find("inf", 1, true))
  end)
end)
