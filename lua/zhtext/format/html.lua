--- html: one self-contained page (no scripts, no network: a
-- Content-Security-Policy forbids any fetch). It has
--   * a summary of the documents and errors,
--   * inline SVG bar charts for the indicators and targets rules, one per
--     document, rule and unit, every bar labelled with its subject (and
--     comparison) and its value on the chart's one scale, linked to its row,
--   * a table per rule, each row linked to its span in the text,
--   * each document's text with sentences, numbers (coloured by kind, value
--     in the tooltip) and record spans marked; each record span links to its
--     table row and back.
-- Everything from the documents is escaped; the page reflows on a phone.
local F = require "zhtext.format"

local M = { name = "html", extension = "html",
  description = "one self-contained HTML page: chart, tables, highlighted text" }

local ENT = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }
local function esc(s) return (F.cell(s):gsub("[&<>\"']", ENT)) end
M.escape = esc

local KINDS = { "number", "percent", "permille", "ppoint", "fraction", "ordinal" }
local KIND_LABEL = { number = "number 数", percent = "percent 百分比", permille = "per mille 千分比",
  ppoint = "percentage point 个百分点", fraction = "fraction 分数", ordinal = "ordinal 序数" }
local KIND_COLOR = { number = "#cfe3ff", percent = "#ffd9a8", permille = "#f5c6ff",
  ppoint = "#c8f0c8", fraction = "#fff1a8", ordinal = "#e0e0e0" }
local RULE_COLORS = { "#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
  "#e377c2", "#17becf", "#7f7f7f", "#bcbd22" }
local UNIT_OF_KIND = { percent = "%", permille = "‰", ppoint = "个百分点" }
local CHART_RULES = { "indicators", "targets" }
local CHART_MAX = 40   -- bars per chart; the rest are counted under it
local CHART_GROUPS = 6 -- charts per page: the biggest unit groups with 2+ bars
local SPAN_MAX = 600   -- bytes: a record without a sentence is marked up to this
local LABEL_KEYS = { "subject", "indicator", "object", "name", "keyword", "scope" }

local CSS = [[
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;
margin:0 auto;max-width:64rem;padding:1rem;line-height:1.6;color:#222;background:#fff}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #ddd}
h3{font-size:1rem;margin:1rem 0 .25rem}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;font-size:.85rem;min-width:100%}
th,td{border:1px solid #ddd;padding:.2rem .4rem;vertical-align:top;text-align:left}
th{background:#f4f4f4;position:sticky;top:0}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.long{min-width:16rem}
tr:target{background:#fff6bf}
.text{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid #eee;padding:.75rem;font-size:1rem}
.s{border-bottom:1px dotted #bbb}.s.h{font-weight:bold}
.n{border-radius:3px;padding:0 1px}
.rec{outline:2px solid var(--c);outline-offset:1px;border-radius:2px}
.rec:target{background:#fff6bf}
a.ref{font-size:.7em;vertical-align:super;text-decoration:none;color:var(--c);margin:0 1px}
.legend{display:flex;flex-wrap:wrap;gap:.3rem .8rem;font-size:.85rem;margin:.5rem 0}
.legend span{padding:0 .3rem;border-radius:3px}
.legend .rec{margin:0 .2rem}
.meta{font-size:.9rem;color:#555}
figure{margin:.5rem 0}
.outline{font-size:.9rem;margin:.25rem 0 .5rem}.outline ul{list-style:none;padding-left:.5rem;margin:.25rem 0}
.errors li{color:#a00}
svg{width:100%;min-width:400px;height:auto;max-width:34rem;display:block}
svg text{font-size:12px;fill:#222}
svg a:hover rect{opacity:.7}
@media (max-width:40rem){body{padding:.5rem}.text{padding:.4rem;font-size:.95rem}}
]]

------------------------------------------------------------- helpers

local function isint(x) return math.type(x) == "integer" end

-- A span [i, j] (1-based inclusive) is usable when it lies in the text and
-- starts and ends on character boundaries (a UTF-8 continuation byte is
-- 0x80-0xBF).
local function valid(text, i, j)
  if not (isint(i) and isint(j) and i >= 1 and j >= i and j <= #text) then return false end
  local a, b = text:byte(i), text:byte(j + 1)
  return not (a >= 0x80 and a < 0xC0) and not (b and b >= 0x80 and b < 0xC0)
end

-- The first n characters of s (utf8.offset is C), with "…" when cut.
local function cut(s, n)
  s = F.cell(s):gsub("%s+", " ")
  local k = utf8.offset(s, n + 1)
  if k and k <= #s then return s:sub(1, k - 1) .. "…" end
  return s
end

-- A value for a label: large amounts in 万/亿 as a reader says them.
local function short(v)
  if type(v) ~= "number" then return F.cell(v) end
  local a = math.abs(v)
  local function dec(x) return (string.format("%.2f", x):gsub("%.?0+$", "")) end
  if a >= 1e8 then return dec(v / 1e8) .. "亿" end
  if a >= 1e5 then return dec(v / 1e4) .. "万" end
  return F.num(v) or tostring(v)
end

local function vtext(r, n)
  local unit = r.unit or UNIT_OF_KIND[r.kind] or ""
  n = n or short
  local approx = ({ about = "≈", over = "≥", under = "≤" })[r.approx or r.relation] or ""
  if r.value == nil and type(r.lo) == "number" and type(r.hi) == "number" then
    return n(r.lo) .. "–" .. n(r.hi) .. unit
  end
  return approx .. n(r.value) .. unit
end

------------------------------------------------------------- marked text

-- Intervals over a document's text: {a = first byte, b = byte after the
-- last, pri = nesting level (outer first), open = function(first) -> tag,
-- after = html written once the span has ended}. Overlapping spans that do
-- not nest are closed and reopened around each other, so the markup stays
-- well-formed; an id goes on the first piece only.
local function render(text, spans)
  table.sort(spans, function(x, y)
    if x.a ~= y.a then return x.a < y.a end
    if x.pri ~= y.pri then return x.pri < y.pri end
    return x.b > y.b
  end)
  local cuts, seen = { 1, #text + 1 }, { [1] = true, [#text + 1] = true }
  for _, s in ipairs(spans) do
    for _, p in ipairs({ s.a, s.b }) do
      if not seen[p] then seen[p] = true; cuts[#cuts + 1] = p end
    end
  end
  table.sort(cuts)
  local out, stack, active, nexts = {}, {}, {}, 1
  local function order(x, y)
    if x.pri ~= y.pri then return x.pri < y.pri end
    if x.a ~= y.a then return x.a < y.a end
    if x.b ~= y.b then return x.b > y.b end
    return x.seq < y.seq
  end
  for n, s in ipairs(spans) do s.seq = n end
  for c = 1, #cuts - 1 do
    local p, q = cuts[c], cuts[c + 1]
    local ended = {}
    local keep = {}
    for _, s in ipairs(active) do
      if s.b > p then keep[#keep + 1] = s else ended[#ended + 1] = s end
    end
    active = keep
    while spans[nexts] and spans[nexts].a == p do
      active[#active + 1] = spans[nexts]; nexts = nexts + 1
    end
    table.sort(active, order)
    local common = 0
    while stack[common + 1] and stack[common + 1] == active[common + 1] do common = common + 1 end
    for k = #stack, common + 1, -1 do out[#out + 1] = "</span>"; stack[k] = nil end
    for _, s in ipairs(ended) do
      if s.after then out[#out + 1] = s.after end
    end
    for k = common + 1, #active do
      local s = active[k]
      out[#out + 1] = s.open(not s.opened)
      s.opened = true
      stack[k] = s
    end
    out[#out + 1] = esc(text:sub(p, q - 1))
  end
  for _ = #stack, 1, -1 do out[#out + 1] = "</span>" end
  for _, s in ipairs(active) do
    if s.after then out[#out + 1] = s.after end
  end
  return table.concat(out)
end

local function spans_of(d, dn, recs, rulecolor)
  local doc, spans = d.doc, {}
  local text = doc.text
  local ok, sents = pcall(doc.sentences, doc)
  if ok and type(sents) == "table" then
    for k, s in ipairs(sents) do
      if valid(text, s.i, s.j) then
        local cls = "s" .. (s.heading and " h" or "")
        local id = ' id="d' .. dn .. "s" .. (s.index or k) .. '"'
        spans[#spans + 1] = { a = s.i, b = s.j + 1, pri = 1, open = function(first)
          return '<span class="' .. cls .. '"' .. (first and id or "") .. ">"
        end }
      end
    end
  end
  local okn, nums = pcall(doc.numbers, doc)
  if okn and type(nums) == "table" then
    for _, r in ipairs(nums) do
      if valid(text, r.i, r.j) then
        local kind = KIND_COLOR[r.kind] and r.kind or "number"
        local tip = esc(F.cell(r.kind) .. " " .. vtext(r) ..
          (r.approx and (" (" .. F.cell(r.approx) .. ")") or ""))
        local tag = '<span class="n k-' .. kind .. '" title="' .. tip .. '">'
        spans[#spans + 1] = { a = r.i, b = r.j + 1, pri = 3, open = function() return tag end }
      end
    end
  end
  for _, x in ipairs(recs) do
    local r, n = x.rec, x.n
    local i, j = r.i, r.j
    local s = isint(r.sentence) and ok and sents[r.sentence] or nil
    if s and not valid(text, i, j) then i, j = s.i, s.j end
    -- only spans inside one sentence are marked: a count over a section or
    -- the whole document (keywords) would wrap the text it summarises
    local inside = s and i >= s.i and j <= s.j or (not s and isint(i) and isint(j) and j - i < SPAN_MAX)
    if inside and valid(text, i, j) then
      local color = rulecolor[r.rule or "records"] or "#444"
      local style = ' style="--c:' .. color .. '"'
      local id = ' id="t' .. n .. '"'
      x.linked = true
      x.span = text:sub(i, j)
      spans[#spans + 1] = { a = i, b = j + 1, pri = 2, open = function(first)
        return '<span class="rec"' .. style .. (first and id or "") .. ' title="' .. esc(r.rule) .. '">'
      end, after = '<a class="ref"' .. style .. ' href="#r' .. n .. '">' .. n .. "</a>" }
    end
  end
  return render(text, spans)
end

------------------------------------------------------------- chart

-- A bar's label: the subject, and what it is compared with when the record
-- says (GDP增速 高于 全国 1.9 and 全省 1.1 个百分点 are two different bars).
local function label_of(r)
  local base = r.text or ""
  for _, k in ipairs(LABEL_KEYS) do
    if r[k] ~= nil and r[k] ~= "" then base = r[k]; break end
  end
  local q = r.comparison
  if q ~= nil and q ~= "" then return cut(base, 9) .. " (" .. cut(q, 4) .. ")" end
  return cut(base, 9)
end

-- One scale for the value labels of a chart, from its largest value, so
-- they read alike (3万元 next to 15万元, never 30000元 next to 15万元).
local function scaler(bars)
  local top = 0
  for _, b in ipairs(bars) do top = math.max(top, math.abs(b.lo), math.abs(b.hi)) end
  local div, suffix = 1, ""
  if top >= 1e12 then div, suffix = 1e12, "万亿"
  elseif top >= 1e8 then div, suffix = 1e8, "亿"
  elseif top >= 1e5 then div, suffix = 1e4, "万" end
  return function(v)
    if type(v) ~= "number" then return F.cell(v) end
    if div == 1 then return F.num(v) or "" end
    local x = v / div
    -- a small value on a large scale keeps two significant digits
    -- (0.0015亿, not 0亿)
    local a, places = math.abs(x), 2
    if a > 0 and a < 1 then places = math.min(-math.floor(math.log(a, 10)) + 1, 14) end
    local s = string.format("%." .. places .. "f", x):gsub("%.?0+$", "")
    return s .. suffix
  end
end

local function chart(out, title, bars)
  local shown = math.min(#bars, CHART_MAX)
  local lo, hi = 0, 0
  for k = 1, shown do
    local b = bars[k]
    lo, hi = math.min(lo, b.lo), math.max(hi, b.hi)
  end
  if hi == lo then hi = lo + 1 end
  -- a narrow viewBox, never drawn narrower than itself (min-width; its box
  -- scrolls), keeps the 12px text legible on a phone
  local W, L, R, H, T = 440, 176, 80, 22, 24
  local h = T + shown * H + 10
  local function x(v) return L + (v - lo) / (hi - lo) * (W - L - R) end
  out:write('<figure class="scroll"><svg viewBox="0 0 ', W, " ", h, '" role="img" aria-label="', esc(title),
    '" xmlns="http://www.w3.org/2000/svg">\n')
  out:write('<text x="4" y="15" font-weight="bold">', esc(title), "</text>\n")
  local x0 = x(0)
  local n = scaler(bars)
  for k = 1, shown do
    local b = bars[k]
    local y = T + (k - 1) * H
    -- a range spans lo..hi, a value zero..value (lo/hi were set so)
    local xa, xb = x(b.lo), x(b.hi)
    local function rect(a, c, light)
      return '<rect x="' .. string.format("%.1f", a) .. '" y="' .. (y + 4) .. '" width="' ..
        string.format("%.1f", math.max(c - a, 1)) .. '" height="' .. (H - 8) .. '" fill="' .. b.color ..
        '"' .. (light and ' fill-opacity="0.45"' or "") .. "/>"
    end
    -- a range: solid from zero to its near end, light between its ends
    local bar = rect(xa, xb, b.range)
    if b.range and b.lo > 0 then bar = rect(x0, xa) .. bar
    elseif b.range and b.hi < 0 then bar = bar .. rect(xb, x0) end
    out:write('<a href="#r', b.n, '"><title>', esc(b.tip), "</title>",
      '<text x="', L - 6, '" y="', y + 15, '" text-anchor="end">', esc(b.label), "</text>", bar,
      '<text x="', string.format("%.1f", math.max(xa, xb) + 4), '" y="', y + 15, '">', esc(vtext(b.rec, n)),
      "</text></a>\n")
  end
  out:write('<line x1="', string.format("%.1f", x0), '" y1="', T, '" x2="', string.format("%.1f", x0),
    '" y2="', T + shown * H, '" stroke="#555"/>\n</svg>')
  if #bars > shown then
    out:write("<figcaption>", shown, " of ", #bars, " shown; all are in the table.</figcaption>")
  end
  out:write("</figure>\n")
end

local function plural(n, what) return n .. " " .. what .. (n == 1 and "" or "s") end

-- A chart compares like with like: one per document, rule and unit (the
-- units with most values first; single values and the long tail stay in the
-- tables), under the document's title when there are several.
local function charts(out, rulecolor, numbered, docs)
  local several = #docs > 1
  local groups, order, files = {}, {}, {}
  local wanted, rank = {}, {}
  for k, name in ipairs(CHART_RULES) do wanted[name] = true; rank[name] = k end
  local function finite(v) return type(v) == "number" and v == v and v ~= math.huge and v ~= -math.huge end
  for _, x in ipairs(numbered) do
    local r = x.rec
    if wanted[r.rule] then
      local v, lo, hi = r.value, r.lo, r.hi
      local bar
      if finite(v) then
        bar = { lo = math.min(v, 0), hi = math.max(v, 0) }
      elseif v == nil and finite(lo) and finite(hi) then
        bar = { lo = math.min(lo, hi), hi = math.max(lo, hi), range = true }
      end
      if bar then
        local file = r.file or (docs[1] and docs[1].file) or ""
        local unit = r.unit or UNIT_OF_KIND[r.kind] or ""
        local key = file .. "\0" .. r.rule .. "\0" .. unit
        if not groups[key] then
          groups[key] = {}
          if not files[file] then files[file] = {}; files[#files + 1] = file end
          order[#order + 1] = { key = key, rule = r.rule, unit = unit, file = file }
        end
        bar.n, bar.color, bar.rec = x.n, rulecolor[r.rule], r
        bar.label = label_of(r)
        bar.tip = (several and r.file and (F.cell(r.file) .. ": ") or "") .. cut(r.text or "", 60)
        local g = groups[key]
        g[#g + 1] = bar
      end
    end
  end
  -- two bars of one subject in a chart and no comparison to tell them
  -- apart: the verb does (增长 / 达)
  for _, g in pairs(groups) do
    local count = {}
    for _, b in ipairs(g) do count[b.label] = (count[b.label] or 0) + 1 end
    for _, b in ipairs(g) do
      local verb = b.rec.verb or b.rec.relation
      if count[b.label] > 1 and verb ~= nil and verb ~= "" then b.label = b.label .. " " .. cut(verb, 4) end
    end
  end
  -- amounts a chart cannot show side by side (24000亿元 and 610元 per
  -- person: the small bar is invisible, its label all zeros) go to a chart
  -- of their own: a group is cut where a value is under 1/10000 of the
  -- largest one kept
  local split = {}
  for _, g in ipairs(order) do
    local bars = groups[g.key]
    local mags = {}
    for k, b in ipairs(bars) do mags[k] = math.max(math.abs(b.lo), math.abs(b.hi)) end
    local sorted = {}
    for k = 1, #bars do sorted[k] = k end
    table.sort(sorted, function(a, b) return mags[a] > mags[b] end)
    local part, top, tier = {}, nil, 0
    for _, k in ipairs(sorted) do
      if top and mags[k] < top / 1e4 then top = nil end
      if not top then top, tier = mags[k], tier + 1 end
      part[k] = tier
    end
    for t = 1, tier do
      local key = g.key .. "\0" .. t
      local sub = {}
      for k, b in ipairs(bars) do
        if part[k] == t then sub[#sub + 1] = b end
      end
      groups[key] = sub
      split[#split + 1] = { key = key, rule = g.rule, unit = g.unit, file = g.file,
        note = t > 1 and " (smaller amounts)" or "" }
    end
  end
  order = split
  local title = {}
  for dn, d in ipairs(docs) do
    title[d.file or ""] = title[d.file or ""] or d.title or d.file or ("document " .. dn)
  end
  local started = false
  for _, file in ipairs(files) do
    local pick = {}
    for k, g in ipairs(order) do
      g.n, g.seq = #groups[g.key], k
      if g.file == file and g.n >= 2 then pick[#pick + 1] = g end
    end
    if #pick > 0 then
      if not started then out:write('<section id="charts"><h2>Chart 图表</h2>\n'); started = true end
      if several then
        local t = title[file] or file
        out:write("<h3>", esc(t), t ~= file and (' <span class="meta">' .. esc(file) .. "</span>") or "",
          "</h3>\n")
      end
      table.sort(pick, function(a, b)
        if a.n ~= b.n then return a.n > b.n end
        return a.seq < b.seq
      end)
      local left = #pick - CHART_GROUPS
      for k = #pick, CHART_GROUPS + 1, -1 do pick[k] = nil end
      table.sort(pick, function(a, b)
        if rank[a.rule] ~= rank[b.rule] then return rank[a.rule] < rank[b.rule] end
        if a.n ~= b.n then return a.n > b.n end
        return a.seq < b.seq
      end)
      for _, g in ipairs(pick) do
        local unit = g.unit ~= "" and g.unit or "no unit"
        chart(out, g.rule .. " · " .. unit .. g.note, groups[g.key])
      end
      if left > 0 then
        out:write('<p class="meta">', left, " more units with fewer values: see the tables.</p>\n")
      end
    end
  end
  if started then out:write("</section>\n") end
end

------------------------------------------------------------- page

-- The document's headings (doc.sections, from the outline) as a folded
-- list of links to their sentences, for finding one's way in a long report.
local function outline(out, doc, dn)
  local ok, secs = pcall(function() return doc.sections end)
  if not ok or type(secs) ~= "table" or #secs == 0 then return end
  local sents = doc:sentences()
  out:write('<details class="outline"><summary>', #secs, " sections 目录</summary><ul>")
  for _, sec in ipairs(secs) do
    local s = sents[sec.first]
    if s then
      out:write('<li style="margin-left:', ((sec.level or 1) - 1) * 1.2, 'rem"><a href="#d', dn, "s",
        s.index or sec.first, '">', esc(sec.title), "</a></li>")
    end
  end
  out:write("</ul></details>\n")
end

function M.write(result, out, opts)
  local docs = result.documents or {}
  local tables = F.tables(result, opts)
  local rulecolor = {}
  for k, e in ipairs(tables) do
    e.index = k
    rulecolor[e.rule.name] = RULE_COLORS[(k - 1) % #RULE_COLORS + 1]
  end
  -- records numbered in result order: ids r<n> (table row) and t<n> (span)
  local numbered, byfile = {}, {}
  for n, r in ipairs(result.records or {}) do
    local x = { rec = r, n = n }
    numbered[n] = x
    local f = r.file or (docs[1] and docs[1].file) or ""
    byfile[f] = byfile[f] or {}
    table.insert(byfile[f], x)
  end
  local title = opts.title or (docs[1] and (docs[1].title or docs[1].file)) or "zhtext report"
  if #docs > 1 and not opts.title then title = "zhtext: " .. #docs .. " documents" end
  out:write('<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n',
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">\n',
    "<title>", esc(title), "</title>\n<style>", CSS)
  for _, k in ipairs(KINDS) do out:write(".k-", k, "{background:", KIND_COLOR[k], "}") end
  out:write("</style>\n</head>\n<body>\n<h1>", esc(title), "</h1>\n")

  -- summary
  out:write('<ul class="meta">')
  for dn, d in ipairs(docs) do
    local bits = {}
    for _, k in ipairs({ "title", "date" }) do
      if d[k] ~= nil and d[k] ~= title then bits[#bits + 1] = esc(d[k]) end
    end
    local n = byfile[d.file or ""] and #byfile[d.file or ""] or 0
    out:write("<li>", d.doc and ('<a href="#d' .. dn .. '">') or "", esc(d.file or ("document " .. dn)),
      d.doc and "</a>" or "", #bits > 0 and (" · " .. table.concat(bits, " · ")) or "",
      " · ", plural(n, "record"), "</li>")
  end
  for _, e in ipairs(tables) do
    out:write('<li><a href="#rule-', e.index or 0, '">', esc(e.rule.name), "</a>: ",
      plural(#e.records, "record"), "</li>")
  end
  out:write("</ul>\n")
  if result.errors and #result.errors > 0 then
    out:write('<h2 id="errors">Errors 错误</h2><ul class="errors">')
    for _, e in ipairs(result.errors) do
      local msg = F.cell(e.message)
      if e.file and not msg:find(e.file, 1, true) then msg = e.file .. ": " .. msg end
      out:write("<li>", esc(msg), "</li>")
    end
    out:write("</ul>\n")
  end

  charts(out, rulecolor, numbered, docs)

  -- the text first marks spans, so the tables know which rows can link back
  local texts = {}
  for dn, d in ipairs(docs) do
    if type(d.doc) == "table" and type(d.doc.text) == "string" then
      texts[dn] = spans_of(d, dn, byfile[d.file or ""] or {}, rulecolor)
    end
  end

  local rowid = {}
  for _, x in ipairs(numbered) do rowid[x.rec] = x end
  for k, e in ipairs(tables) do
    out:write('<section><h2 id="rule-', k, '"><span class="rec" style="--c:', rulecolor[e.rule.name], '">',
      esc(e.rule.name), "</span></h2>\n")
    if e.rule.description then out:write("<p>", esc(e.rule.description), "</p>\n") end
    if #e.records == 0 then
      out:write("<p>(no records)</p>\n")
    else
      -- the row links to the text, so offsets are left out; the file is
      -- there only when there are several
      local cols = F.without(F.without(F.without(e.columns, "rule"), "i"), "j")
      if #docs <= 1 then cols = F.without(cols, "file") end
      local isnum = F.numeric(cols, e.records)
      out:write('<div class="scroll"><table>\n<thead><tr><th>#</th>')
      for _, c in ipairs(cols) do out:write("<th>", esc(c), "</th>") end
      out:write("</tr></thead>\n<tbody>\n")
      for _, r in ipairs(e.records) do
        local x = rowid[r]
        out:write('<tr id="r', x.n, '"><td class="num">',
          x.linked and ('<a href="#t' .. x.n .. '">' .. x.n .. "</a>") or x.n, "</td>")
        for _, c in ipairs(cols) do
          local v = r[c]
          if c == "text" and x.span and x.span ~= v then
            -- the matched words; the whole sentence is in the tooltip and the text
            out:write('<td title="', esc(v), '">', esc(x.span), "</td>")
          else
            local cls = isnum[c] and ' class="num"' or (c == "text" and ' class="long"' or "")
            out:write("<td", cls, ">", esc(v), "</td>")
          end
        end
        out:write("</tr>\n")
      end
      out:write("</tbody></table></div>\n")
    end
    out:write("</section>\n")
  end

  if next(texts) then
    out:write('<h2 id="text">Text 原文</h2>\n<div class="legend">')
    for _, k in ipairs(KINDS) do
      out:write('<span class="k-', k, '">', esc(KIND_LABEL[k]), "</span>")
    end
    for _, e in ipairs(tables) do
      out:write('<span class="rec" style="--c:', rulecolor[e.rule.name], '">', esc(e.rule.name), "</span>")
    end
    out:write('<span class="s">sentence 句</span></div>\n')
    for dn, d in ipairs(docs) do
      if texts[dn] then
        out:write('<section><h3 id="d', dn, '">', esc(d.file or d.title or ("document " .. dn)), "</h3>\n")
        outline(out, d.doc, dn)
        out:write('<div class="text">', texts[dn], "</div></section>\n")
      end
    end
  end
  out:write('<p class="meta">Made by zhtext.</p>\n</body>\n</html>\n')
end

return M
