--- zhtext.grammar: the reusable LPeg pieces the analysis rules are built from.
-- Everything works on UTF-8 strings. Positions are 1-based byte offsets into
-- the string given, as string.find returns them. A rule reads like a grammar:
-- clauses of a sentence, the numbers in a clause, the words before a number
-- (scope, subject, verb), lists split on 、和及与 with 分别 distribution.
local lpeg = require "lpeg"
local P, R, C, Cp, Ct = lpeg.P, lpeg.R, lpeg.C, lpeg.Cp, lpeg.Ct

local G = {}

-- one UTF-8 character (invalid bytes count as one, so a search never stalls)
G.char = R("\0\127") + R("\194\223") * R("\128\191")
  + R("\224\239") * R("\128\191") * R("\128\191")
  + R("\240\244") * R("\128\191") * R("\128\191") * R("\128\191")
  + P(1)
-- CJK unified ideographs U+4E00..U+9FFF (lead bytes E4..E9)
G.han = R("\228\233") * R("\128\191") * R("\128\191")
G.digit = R("09") + P"０" + P"１" + P"２" + P"３" + P"４" + P"５" + P"６" + P"７" + P"８" + P"９"

-- longest word (in characters) and the set of last characters of each
-- words() pattern, for suffix tests
G.maxlen = setmetatable({}, { __mode = "k" })
G.lastchars = setmetatable({}, { __mode = "k" })

--- p1 + p2 + ..., remembering the longest word so suffix tests stay short
-- (a pattern not made by words() counts as MAXW characters).
function G.union(...)
  local p, n, last = P(false), 0, {}
  for k = 1, select("#", ...) do
    local q = select(k, ...)
    p = p + q
    n = math.max(n, G.maxlen[q] or 10)
    if last and G.lastchars[q] then
      for c, m in pairs(G.lastchars[q]) do
        m = m == true and (G.maxlen[q] or 10) or m
        last[c] = math.max(last[c] or 0, m)
      end
    else
      last = nil
    end
  end
  G.maxlen[p], G.lastchars[p] = n, last
  return p
end

--- An LPeg alternation of literal words, longest first (so 达到 wins over 达).
function G.words(list)
  local l = {}
  for _, w in ipairs(list) do l[#l + 1] = w end
  table.sort(l, function(a, b) return #a > #b end)
  local p = P(false)
  local last = {}
  for _, w in ipairs(l) do
    p = p + P(w)
    -- per last character, the longest word ending in it (suffix tests try no longer)
    local c = w:sub(utf8.offset(w, -1) or #w)
    last[c] = math.max(last[c] or 0, utf8.len(w) or #w)
  end
  G.maxlen[p] = l[1] and (utf8.len(l[1]) or #l[1]) or 0
  G.lastchars[p] = last
  return p
end

-- white space: ASCII, U+3000, NBSP, zero-width space/joiners, BOM
G.space = lpeg.S(" \t\r\n\f\v") + P"\227\128\128" + P"\194\160" + P"\226\128\139"
  + P"\226\128\140" + P"\226\128\141" + P"\239\187\191"

-- compiled search patterns, built once per pattern (building LPeg grammars
-- per call would dominate the run time)
local function memo(build)
  local cache = setmetatable({}, { __mode = "k" })
  return function(p)
    local c = cache[p]
    if not c then c = build(p); cache[p] = c end
    return c
  end
end

-- Linear search idioms ((char - p)^0 then p), not a recursive grammar: LPeg
-- skips ahead on p's first bytes and keeps no call stack per character.
local cap_all = memo(function(p)
  return Ct(((Cp() * (p / 0) * Cp()) / function(i, j) return { i, j - 1 } end + G.char) ^ 0)
end)
local flat_all = memo(function(p) return Ct((Cp() * (p / 0) * Cp() + G.char) ^ 0) end)
-- p / 0 drops p's own captures: these return positions only
local searcher = memo(function(p) return (G.char - p) ^ 0 * Cp() * (p / 0) * Cp() end)

--- All non-overlapping matches of pattern p in s: array of {i, j}.
function G.find_all(p, s)
  return cap_all(p):match(s)
end

--- First match of p in s at or after init: i, j (inclusive) or nil.
function G.find(p, s, init)
  local i, j = searcher(p):match(s, init or 1)
  if i then return i, j - 1 end
end

--- Does p match somewhere in s?
function G.has(p, s)
  return G.find(p, s) ~= nil
end

local trim_pat = G.space ^ 0 * C((G.space ^ 0 * (G.char - G.space) ^ 1) ^ 0)
function G.trim(s)
  return trim_pat:match(s)
end

-- Clause boundaries inside a sentence: ，；：。 and their ASCII twins, plus
-- brackets (a parenthetical is its own clause). 、 separates list items, not clauses.
G.clause_sep = G.words { "，", "；", "：", "。", "！", "？", ",", ";", ":", "!", "?", "（", "）", "(", ")" }

--- Clause spans of s: array of {i, j} (separators excluded, empty clauses dropped).
function G.clauses(s)
  return G.clause_pat:match(s)
end
-- Clauses of a sentence object with their numbers, computed once for all the
-- rules of a run: array of { i, j, nums } (offsets in s.text; nums = the
-- number records inside). Clauses a number straddles are one (1,234 and
-- 33，212万 write a comma inside the number).
local clause_cache = setmetatable({}, { __mode = "k" })
-- Clause cuts on the separators' lead bytes: E3 (。), EF (full-width
-- ，；：！？（）) and ASCII; other E3/EF characters (、《》) are skipped. An
-- LPeg span over a byte set finds the next one (string.find with a [set]
-- pattern tries a match at every byte: 4x slower on these texts).
local sep_lead = lpeg.S("\227\239,;:!?()")
local next_lead = (1 - sep_lead) ^ 0 * Cp()
local full_sep = { ["，"] = true, ["；"] = true, ["："] = true, ["。"] = true, ["！"] = true, ["？"] = true,
  ["（"] = true, ["）"] = true }
-- clauses without numbers share one empty list (read only)
local NONE = setmetatable({}, { __newindex = function() error("a clause's number list is read only", 2) end })
local function digit_at(t, k)
  local b = t:byte(k)
  return b ~= nil and b >= 48 and b <= 57
end
function G.sentence_clauses(s)
  local out = clause_cache[s]
  if out then return out end
  local t = s.text
  local nums = s.numbers and s:numbers() or NONE
  out = {}
  local p, start, k, n = 1, 1, 1, #t
  while start <= n do
    local a = next_lead:match(t, k)
    if a > n then a = nil end
    local len = a and (t:byte(a) >= 0xE0 and 3 or 1)
    -- 8.1:40.2:51.7 is a ratio, not a clause break
    local ratio = a and digit_at(t, a - 1) and digit_at(t, a + len)
      and (t:byte(a) == 58 or t:sub(a, a + 2) == "：")
    if not a or ((len == 1 or full_sep[t:sub(a, a + 2)]) and not ratio) then
      local j = (a or n + 1) - 1
      if j >= start then
        local prev = out[#out]
        -- a number that straddles the cut joins the clauses (1,234)
        while nums[p] and nums[p].sj < start do p = p + 1 end
        if prev and nums[p] and nums[p].si <= prev[2] then
          prev[2] = j
        else
          out[#out + 1] = { start, j, NONE }
        end
      end
      if not a then break end
      start = a + len
    end
    k = a + len
  end
  if #nums > 0 then
    p = 1
    for _, c in ipairs(out) do
      while nums[p] and nums[p].si < c[1] do p = p + 1 end
      local list
      while nums[p] and nums[p].sj <= c[2] do
        list = list or {}
        list[#list + 1] = nums[p]
        p = p + 1
      end
      if list then c[3] = list end
    end
  end
  clause_cache[s] = out
  return out
end
G.clause_pat = Ct(((Cp() * (G.char - G.clause_sep) ^ 1 * Cp()) / function(i, j) return { i, j - 1 } end
  + G.clause_sep) ^ 0)

-- Words that open a clause without belonging to its subject: connectors,
-- time and scope words. A rule strips them from the front of a subject.
-- (和 及 与 are not here: a clause rarely opens with them, words often do: 和美 及时 与会)
G.connector = G.words { "以及", "并", "但是", "但", "而且", "那么", "那麽", "因为", "因爲", "由于", "由於", "如果",
  "只要", "特别是", "特別是", "即", "亦即", "也就是说", "其中", "另有", "預計", "并且", "且", "而", "其中", "同时", "另外", "此外",
  "还", "也", "均", "分别", "合计", "将", "把", "总计", "累计", "全部", "进一步", "继续", "持续" }
G.scope = G.words { "全国", "全省", "全市", "全县", "全区", "全旗", "全州", "全盟", "全镇", "全乡", "我国", "我省", "我市",
  "我县", "我区", "我旗", "我州", "本市", "本县", "本区", "全年", "全域" }
-- (全社会 is no scope: it belongs to the names 全社会固定资产投资, 全社会研发经费, 全社会用电量)
local cnum = P"〇" + P"零" + P"一" + P"二" + P"两" + P"三" + P"四" + P"五" + P"六"
  + P"七" + P"八" + P"九" + P"十"
G.cnum = cnum
local time_words = G.words { "去年底", "去年末", "今年底", "今年末", "上年底", "上年末",
    "一年来", "过去一年", "过去五年", "五年来", "三年来", "两年来", "近年来", "今年以来", "去年",
    "今年", "明年", "当年", "年内", "全年", "上半年", "下半年", "前三季度", "同期", "目前", "截至目前",
    "届时", "年底", "年末", "到年底", "期末", "“十四五”时期", "“十三五”时期", "“十二五”时期",
    "“十四五”期间", "“十三五”期间", "“十二五”期间", "预计", "初步核算", "据初步统计" }
-- years in Chinese numerals (一九四九年) as in older reports
local cyear = (cnum - P"十") ^ 4 * P"年"
G.time = ((G.digit ^ 1 * P"年" + cyear) * (G.digit ^ 1 * P"月") ^ -1 * (P"底" + P"末" + P"初" + P"以来" + P"全年") ^ -1)
  + time_words
  + (P"过去" * cnum ^ 1 * P"年") + (cnum ^ 1 * (P"年来" + P"年來")) + (cnum ^ 1 * P"年" * #-(P"级" + P"行动" + P"计划"))
-- enumerators: 一是 二是, 其一, and 1. 2、 （3） when the scanner left them in the text
G.enum_word = cnum ^ 1 * P"是" + P"其" * cnum
  + (P"（" + P"(") ^ -1 * G.digit ^ 1 * (G.words { ".", "．", "、", "）", ")" }) * -G.digit
-- time words are at most 8 characters (2023年12月底, “十四五”期间) and end in
-- one of these; spaces are one character
G.maxlen[G.time] = 8
G.lastchars[G.time] = { ["年"] = true, ["月"] = true, ["底"] = true, ["末"] = true, ["初"] = true, ["来"] = true,
  ["來"] = true }
for c, m in pairs(G.lastchars[time_words]) do G.lastchars[G.time][c] = math.max(m, 8) end
G.maxlen[G.space] = 1
G.lastchars[G.space] = { [" "] = true, ["\t"] = true, ["\r"] = true, ["\n"] = true, ["\f"] = true, ["\v"] = true,
  ["\227\128\128"] = true, ["\194\160"] = true, ["\226\128\139"] = true, ["\226\128\140"] = true,
  ["\226\128\141"] = true, ["\239\187\191"] = true }
-- a scope word joined to what follows by 和、与及 is a list item (全国和自由贸易试验区
-- 负面清单条数), not a scope to strip
local list_join = G.words { "和", "、", "与", "及" }
G.lead = G.space + G.connector + G.scope * -list_join + P"在" * G.scope * -list_join + G.time + G.enum_word
  + G.words { "我们", "今年我们", "其中：", "、", ".", "．", "——", "—", "●", "■", "◆", "·", "•", "*", "-" }

local lead_pat = (G.lead ^ 0) * Cp()
--- s with leading connectors, scope and time words removed (repeatedly).
function G.strip_lead(s)
  local p = lead_pat:match(s)
  return G.trim(s:sub(p))
end

--- Split a coordinated list on 、，和及与以及 (not inside 《》“”): array of items.
G.list_sep = G.words { "、", "以及", "和", "及", "与", "，", "," }
G.list_pat = Ct((C((G.char - G.list_sep) ^ 1) + G.list_sep) ^ 0)
function G.split_list(s)
  local items = {}
  for _, it in ipairs(G.list_pat:match(s)) do
    it = G.trim(it)
    if it ~= "" then items[#items + 1] = it end
  end
  return items
end

-- Words a coordinated subject's items share as their head (居民人均可支配收入,
-- 零售额, 总额): a short item takes the last item's tail from its head on.
G.head = G.words { "居民", "人均", "收入", "零售额", "销售额", "总额", "增加值", "产值", "产量", "投资", "消费",
  "贸易额", "用电量", "营业收入", "营收", "利润", "税收", "人口", "企业", "面积", "里程", "比重", "占比", "增速",
  "规模", "价格", "指数", "存款", "贷款", "余额", "覆盖率", "达标率", "比例", "数量", "总量", "个数", "人数",
  "吞吐量", "发送量", "客运量", "货运量", "交易额", "成交额", "出口额", "进口额", "营业额", "销量" }

--- Items of a coordinated subject, completed with the head they share:
-- "城镇、农村居民人均可支配收入" -> {"城镇居民人均可支配收入", "农村居民人均可支配收入"},
-- "家电、新能源汽车零售额" -> {"家电零售额", "新能源汽车零售额"}.
-- With n = 2, a single 城乡… item is its two halves (城乡居民收入分别增长6%和7%).
local pair_word = {}
for w in ([[城镇 农村 城市 乡村 进口 出口 国内 国外 境内 境外 国有 民营 中央 地方 省级 市级 县级 男性 女性
  一产 二产 三产 工业 农业]]):gmatch("%S+") do pair_word[w] = true end
-- names of places: a place item (全国) pairs with the last item's place
-- (自由贸易试验区) and shares what follows it
local place_end = G.words { "区", "省", "市", "县", "港", "镇", "乡", "村", "州", "国" }
local place_find = lpeg.Ct((lpeg.Cp() * place_end + G.char) ^ 0)
-- an item that already ends in a quantity names one of its own
local qty_end = G.words { "量", "额", "率", "值", "数", "收入", "比重", "占比", "指数", "价格", "规模", "增速", "利润", "税收",
  "营收", "面积", "里程", "投资", "消费", "贷款", "存款" }
function G.distribute(s, n)
  local items = G.split_list(s)
  if n == 2 and #items == 1 and items[1]:sub(1, 6) == "城乡" then
    local rest = items[1]:sub(7)
    return { "城镇" .. rest, "农村" .. rest }
  end
  local last = items[#items]
  if not last then return items end
  local second = utf8.offset(last, 2)
  local hi = second and G.find(G.head, last, second)
  if hi then
    local tail = last:sub(hi)
    for k = 1, #items - 1 do
      local it = items[k]
      local len = utf8.len(it) or #it
      -- an item without a head of its own (宁波舟山港货物和集装箱吞吐量)
      if len <= 10 and not G.has(G.head, it) and not G.ends_with(qty_end, it) then
        -- 城镇、农村常住居民…: a two-character item pairs with the last one's first
        -- two characters and shares all the rest (城镇常住居民…, not 城镇居民…)
        -- (only for words that pair up so: 家电、新能源汽车零售额 is no such pair)
        local cut = len <= 3 and (utf8.len(last) or 0) > len + 1 and utf8.offset(last, len + 1)
        local par = cut and pair_word[it] and pair_word[last:sub(1, cut - 1)] and last:sub(cut)
        if par and #par > #tail and par:sub(-#tail) == tail then items[k] = it .. par else items[k] = it .. tail end
      elseif len <= 10 and not G.ends_with(qty_end, it) and G.ends_with(qty_end, last) then
        -- 规上工业企业和服务业企业营业收入: an item ending in a head word the last
        -- item has too shares what follows that word there (营业收入)
        local h = G.ends_with(G.head, it)
        local w = h and it:sub(h)
        local p = w and last:find(w, 1, true)
        if p and p + #w <= #last then
          items[k] = it .. last:sub(p + #w)
        end
      end
    end
  else
    -- parallel items: 进口、出口通关时间 and 涉诈、涉毒警情 share what follows the
    -- last item's first as many characters as the short item has
    local n_last = utf8.len(last) or 0
    -- the last item's first place name (自由贸易试验区…): a place item shares what follows
    local pl
    for _, q in ipairs(place_find:match(last)) do
      if q > 4 then pl = q break end
    end
    for k = 1, #items - 1 do
      local it = items[k]
      local len = utf8.len(it) or #it
      local scope_item = G.scope:match(it) == #it + 1
      if scope_item and pl and pl + 3 <= #last then
        items[k] = it .. last:sub(pl + 3)
      elseif len <= 3 and n_last > len + 1 then
        local cut = utf8.offset(last, len + 1)
        if cut then items[k] = it .. last:sub(cut) end
      end
    end
  end
  return items
end

--- The last match of p in s: i, j, text, or nil.
-- Suffix tests look at character starts from the end (utf8.offset is C), so
-- they cost a few anchored matches, not a scan of the whole string.
local anchored_end = memo(function(p) return (p / 0) * -1 * lpeg.Cc(true) end)
local MAXW = 10 -- longest word (in characters) a suffix test looks for

function G.last(p, s)
  -- a left-to-right scan, so 位列 wins over the 列 inside it
  local t = flat_all(p):match(s)
  local n = #t
  if n > 0 then
    local i, j = t[n - 1], t[n] - 1
    return i, j, s:sub(i, j)
  end
end

--- Does s end with a word of p? Returns the start of the longest such word.
function G.ends_with(p, s)
  -- most strings end with no such word: their last character says so
  local last = G.lastchars[p]
  local m = G.maxlen[p] or MAXW
  if last then
    local k = utf8.offset(s, -1)
    local c = k and last[s:sub(k)]
    if not c then return nil end
    -- the longest word ending in that character (true: any length up to maxlen)
    if c ~= true and c < m then m = c end
  end
  local a = anchored_end(p)
  for k = m, 1, -1 do
    local i = utf8.offset(s, -k)
    if i and a:match(s, i) then return i end
  end
end

--- Strip trailing words of p from s (repeatedly).
function G.strip_tail(p, s)
  while true do
    local k = G.ends_with(p, s)
    if not k then return s end
    s = s:sub(1, k - 1)
  end
end

-- A number record that is a year or a date part (2023年, 1月29日), not a quantity.
-- a term of a ratio (8.1:40.2:51.7, 2.31∶1, 1：0.8): a colon between digits on either side
local ratio_colon = { [":"] = 1, ["："] = 3, ["∶"] = 3 }
function G.ratio_term(n, t)
  local e = G.span_end(n, t)
  for w, len in pairs(ratio_colon) do
    if t:sub(e + 1, e + len) == w and digit_at(t, e + len + 1) then return true end
    if n.si > len + 1 and t:sub(n.si - len, n.si - 1) == w and digit_at(t, n.si - len - 1) then return true end
  end
  return false
end

function G.is_date(n)
  if n.kind == "ordinal" then return true end
  local u = n.unit
  if u == "年" then
    local v = n.value or n.lo
    return v ~= nil and v >= 1900 and v <= 2100 and math.type(v) == "integer" and n.text:match("^%d%d%d%d$") ~= nil
  end
  return u == "月" or u == "日" or u == "号" or u == "时" or u == "点"
end

-- An enumerator at the start of a sentence or clause (1. 2、 （3） ⑴), not a quantity.
local enum_after = G.words { ".", "．", "、", "）", ")", "是" }
local enum_before = G.words { "（", "(" }
local clause_start = G.clause_sep + G.space
function G.is_enum(n, text)
  if n.kind ~= "number" and n.kind ~= "ordinal" then return false end
  if n.unit then return false end
  local i, j = n.si or n.i, n.sj or n.j
  local k = i - 1
  -- skip an opening bracket, then require the clause start before it
  local bi = k >= 3 and enum_before:match(text, k - 2) and k - 2 or (k >= 1 and enum_before:match(text, k) and k)
  if bi then k = bi - 1 end
  if k > 0 then
    local prev = text:sub(math.max(1, k - 2), k)
    if not clause_start:match(prev, #prev) and not clause_start:match(prev) and k > 0 then return false end
  end
  if text:sub(j, j) == "." then return true end -- a scanner that kept the enumerator's dot
  return enum_after:match(text, j + 1) ~= nil and not G.digit:match(text, j + 2)
end

--- Is byte k of text inside a quoted or titled name (“八八战略” 《…》)?
-- Counts the openers and closers before k (string.gsub counts in C).
-- The quoted spans of the last text asked about: rules ask about one sentence
-- at a time, so a one-entry cache computes them once per sentence.
local q_text, q_spans
local function quote_spans(text)
  if text == q_text then return q_spans end
  local spans = {}
  for _, pair in ipairs { { "“", "”" }, { "《", "》" } } do
    local k = 1
    while true do
      local a, b = text:find(pair[1], k, true)
      if not a then break end
      local c = text:find(pair[2], b + 1, true)
      spans[#spans + 1] = { a, c or #text }
      k = (c or #text) + 1
    end
  end
  q_text, q_spans = text, spans
  return spans
end
function G.in_quotes(text, k)
  for _, sp in ipairs(quote_spans(text)) do
    if k > sp[1] and k < sp[2] then return true end
  end
  return false
end

--- Numbers of sentence s (via s:numbers()) that fall in [i, j] of s.text.
function G.numbers_in(nums, i, j)
  local out = {}
  for _, n in ipairs(nums) do
    if n.si >= i and n.sj <= j then out[#out + 1] = n end
  end
  return out
end

-- a marker written after the unit (300万千瓦以上): part of the evidence span
local after_unit = G.words { "以上", "左右", "以内", "以下", "上下", "多", "余" }
--- End (offset in the sentence text) of number n with its unit and a trailing
-- approximation marker: the end of a record's evidence span.
local ends = setmetatable({}, { __mode = "k" })
function G.span_end(n, text)
  local e = ends[n]
  if e then return e end
  local j = n.sj
  local u = n.unit
  if u and text:sub(j + 1, j + #u) == u then j = j + #u end
  local m = after_unit:match(text, j + 1)
  if m and n.approx then j = m - 1 end
  ends[n] = j
  return j
end

-- A size class, not a figure: 亿元以上重大项目, 5000万元以上的企业 (以上/以下 then a noun).
local class_mark = G.words { "以上", "以下" } * P"的" ^ -1 * G.han
function G.is_threshold(n, text)
  local e = G.span_end(n, text)
  return class_mark:match(text, e - 5) ~= nil
end

-- Words that name an aspect of a subject (总量, 增速, 比重), not a subject:
-- qualify(aspect, previous subject) gives 国内生产总值总量, GDP增速.
G.generic = G.words { "总量", "增速", "增幅", "比重", "占比", "规模", "总额", "总数", "增加值", "产值", "营收" }
local generic_only = G.generic * -1
-- aspects an owner drops before taking another (GDP增速 -> GDP总量); 增加值 产值
-- 营收 name the quantity itself (工业增加值总量)
local aspect = G.words { "总量", "增速", "增幅", "比重", "占比", "规模", "总额", "总数" }
function G.qualify(subject, previous)
  if previous and subject ~= "" and generic_only:match(subject) then
    local owner = G.strip_tail(aspect, previous)
    if owner ~= "" then return owner .. subject end
  end
  return subject
end

--- relation word for a number record: about / over / under / range / exact
function G.relation(n)
  if n.lo ~= nil and n.hi ~= nil then return "range" end
  return n.approx or "exact"
end

return G
