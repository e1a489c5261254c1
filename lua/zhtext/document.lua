--- zhtext.document: reading a document and cutting it into sentences.
-- The C splitter (core.sentences) does DESIGN rules 1-3 and 5 and cuts at
-- every line break, flagging lines that end without a terminator. This
-- layer does rules 4 and 6: for each such line it decides whether it is a
-- heading (a sentence of its own) or a piece of a sentence broken by a page
-- or link break (joined with what follows). Only those lines cost Lua work.
-- Hard-wrapped text (PDF dumps: most lines cut at one width) is told from
-- a sample of line widths; there a line as wide as the page goes on, an
-- indented one opens a paragraph, page numbers are debris.
local core = require "zhtext.core"
local lpeg = require "lpeg"

local sub, byte, find = string.sub, string.byte, string.find
local concat = table.concat

local M = {}

local TERM <const>, EOL <const>, BLANK <const>, OPEN <const>, ZW <const> = 1, 2, 4, 8, 16

-- Which modules of other streams are there: optional until they land.
local function optional(name)
  local ok, mod = pcall(require, name)
  if ok and type(mod) == "table" then return mod end
  return nil
end

---------------------------------------------------------------------------
-- layout decisions (rule 4)
---------------------------------------------------------------------------

local P, R, S = lpeg.P, lpeg.R, lpeg.S
-- Any word of list. A list where no word is a prefix of another (at most
-- one can match: order does not matter) becomes a byte trie, whose
-- branches LPeg tells apart by their first byte: a miss costs a test or
-- two instead of a try per word (headings are tested for enumerators on
-- every line that ends without a terminator). Otherwise the ordered choice.
local function trie(list, at)
  local by, order = {}, {}
  for _, w in ipairs(list) do
    local b = sub(w, at, at)
    if not by[b] then by[b] = {}; order[#order + 1] = b end
    local t = by[b]
    if #w > at then t[#t + 1] = w end
  end
  local p = P(false)
  for _, b in ipairs(order) do
    local rest = by[b]
    p = p + (#rest > 0 and P(b) * trie(rest, at + 1) or P(b))
  end
  return p
end
local function alt(list)
  local prefix_free = true
  for _, a in ipairs(list) do
    for _, w in ipairs(list) do
      if a ~= w and sub(w, 1, #a) == a then prefix_free = false end
    end
  end
  if prefix_free and #list > 0 then return trie(list, 1) end
  local p = P(false)
  for _, w in ipairs(list) do p = p + P(w) end
  return p
end
local colon = P"：" + P":"

local function set(list)
  local t = {}
  for _, w in ipairs(list) do t[w] = true end
  return t
end

-- the character at byte i of s / ending at byte j (a bad byte alone)
local function char_at(s, i)
  local b = byte(s, i)
  if not b then return nil end
  return sub(s, i, i + (b >= 0xF0 and 3 or b >= 0xE0 and 2 or b >= 0xC0 and 1 or 0))
end
local function char_before(s, j)
  local b = byte(s, j)
  if not b or b < 0x80 then return sub(s, j, j) end
  if j > 2 and (byte(s, j - 2) or 0) >= 0xE0 then return sub(s, j - 2, j) end   -- most: 3 bytes
  local k = j
  while k > j - 3 and k > 1 and (byte(s, k) or 0) & 0xC0 == 0x80 do k = k - 1 end
  return sub(s, k, j)
end

-- web-page furniture: menus, source/time lines, font-size and print buttons
local debris_start = alt { "来源", "时间", "发布时间", "发布日期", "作者", "编辑", "责任编辑", "字号" } * P" "^0 * colon
  + alt { "【字号", "首页 >", "首页>", "首页 ＞", "当前位置", "您当前的位置", "浏览次数", "阅读次数", "点击数",
          "扫一扫", "分享到" }
local debris_words = { "下载", "打印", "全屏", "收藏", "关闭", "返回顶部", "保存", "分享",
  "【大】", "【中】", "【小】", "字号", "菜单" }

local only_debris_word = alt(debris_words) * P(-1)

-- the first characters of debris_start and debris_words: a cheap test first
local debris_first = set { "来", "时", "发", "作", "编", "责", "字", "【", "首", "当", "您", "浏", "阅",
  "点", "扫", "分", "下", "打", "全", "收", "关", "返", "保", "菜" }

-- markers that make a short line furniture wherever they stand
-- (2026-01-31 10:00 来源：省政府门户网站)
local debris_markers = { "来源：", "来源:", "发布时间", "发布日期", "浏览次数", "阅读次数", "访问量：", "访问次数",
  "【字号", "【字体", "当前位置" }

-- any of them anywhere in a line: one LPeg search (its trie skips a byte
-- no marker starts with in a test) instead of a find per marker
local has_marker = P { alt(debris_markers) + 1 * lpeg.V(1) }

local function is_debris(s)
  if #s > 180 then return false end
  if has_marker:match(s) then return true end
  if not debris_first[char_at(s, 1)] then return false end
  if debris_start:match(s) or (#s <= 12 and only_debris_word:match(s)) then return true end
  -- buttons come in rows separated by blanks or bars
  if #s > 90 or not (find(s, "[ |%[]") or find(s, "\u{3000}", 1, true) or find(s, "【", 1, true)) then
    return false
  end
  -- a short line (about 30 characters) with two buttons is not prose
  local hits = 0
  for n = 1, #debris_words do
    if find(s, debris_words[n], 1, true) then
      hits = hits + 1
      if hits == 2 then return true end
    end
  end
  return false
end

-- enumerated headings, dates and bylines that open a line: 一、 （一） (1)
-- 1. 1、 ① 第一， 第三章 一是 2024年1月29日 ——… 附件 （…）
local cnum = alt { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "零", "百", "两" }^1
local digits = R"09"^1
local open, close = P"（" + P"(", P"）" + P")"
local markup = S"*#_ "^0
local circled = {}   -- ① … ⑳ ⑴ … ⒇
for c = 0x2460, 0x2487 do circled[#circled + 1] = utf8.char(c) end
local enum_mark = cnum * P"、" + open * (cnum + digits) * close + alt(circled)
  + digits * (P"、" + P"．" + P"." * -R"09") + P"第" * cnum * alt { "章", "节", "部分", "篇", "条", "，", ",", "、" }
local enum_other = cnum * P"是" + digits * P"年" * digits * P"月" * digits * P"日"
  + P"——" + P"附件" + open * (1 - close)^0 * close * P(-1)
local enumerated = markup * (enum_mark + enum_other)
-- the characters an enumerated line can open with: LPeg tries its many
-- literal alternatives only for them
local enum_first = set { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "零", "百", "两",
  "（", "(", "第", "—", "附", "*", "#", "_", " " }
for c = 0x2460, 0x2487 do enum_first[utf8.char(c)] = true end
local function may_enum(s, i)
  local b = byte(s, i)
  return b ~= nil and ((b >= 0x30 and b <= 0x39) or enum_first[char_at(s, i)] ~= nil)
end
local function is_enumerated(s)
  return may_enum(s, 1) and enumerated:match(s) ~= nil
end
-- a line opening with an enumerator (一、 （一） 1. 第一，) is no continuation
local next_enum = markup * enum_mark
-- a line that is nothing but an enumerator stays with what follows (rule 5)
local bare_enum = markup * enum_mark * S"*_ "^0 * P(-1)
-- both in one match, as layout asks both of a piece: 2 a bare enumerator,
-- 1 another enumerated line, nil neither
local enum_kind = markup * (enum_mark * (S"*_ "^0 * P(-1) * lpeg.Cc(2) + lpeg.Cc(1)) + enum_other * lpeg.Cc(1))
-- a byline cut after its ordinal (——2026年1月26日在广东省第十四届 /
-- 人民代表大会第五次会议上): the session needs the name that follows
local ordinal_tail = P"第" * cnum * P"届" * P(-1)
local function ends_ordinal(piece)
  if sub(piece, -3) ~= "届" then return false end
  local at = find(piece, "第", math.max(1, #piece - 36), true)
  while at do
    if ordinal_tail:match(piece, at) then return true end
    at = find(piece, "第", at + 3, true)
  end
  return false
end
-- newspaper continuation marks: （下转第三版） （上接第一版）
-- and page numbers of a printed page: - 3 - — 12 — 第3页
local dash = alt { "-", "—", "–", "－", "·", "•" }
local sp = S" \t"^0
local page_mark = open * (P"下转" + P"上接" + P"转") * (1 - close)^0 * close * P(-1)
  + sp * (dash * sp * digits * sp * dash + P"第" * sp * digits * sp * P"页") * sp * P(-1)
local page_first = set { "（", "(", "-", "—", "–", "－", "·", "•", "第", " " }
local function is_page_mark(text, i, j)
  return j - i <= 24 and page_first[char_at(text, i)] ~= nil and page_mark:match(sub(text, i, j)) ~= nil
end

-- a piece ending like this stops mid-phrase
-- (only 的 among characters: 和/与/及/向/对... end words too: 参与, 取向, 应对)
-- (；/; too: they end no sentence (rule 3), and no heading ends with one:
-- a list of items one a line, 增长5%左右； / 城镇新增就业100万人；)
local tail_join = set { "，", "、", ",", "—", "－", "“", "‘", "《", "（", "(", "【", "「", "的", "；", ";" }
-- a next line starting like this continues the sentence before it
local head_join = set { "，", "、", "；", "：", "。", "！", "？", "）", "】", "》", "”", "’", "」", "』",
  "…", ",", ";", ":", ".", "!", "?", ")", "]", "%", "％", "的", "了", "着", "之", "等" }
local head_join_colon = set { "：", ":" }   -- 是： (主要目标 / 是：…)
-- after a digit, a unit or date word goes on with its number (2025年1月14 /
-- 日在…, 增长5 / %); 名 is not here: 附件2 / 名词解释 are two headings
local unit_head = set { "年", "月", "日", "号", "个", "万", "亿", "元", "%", "％", "倍", "家", "项", "次",
  "亩", "吨", "米", "多", "余", "岁", "届", "条", "座", "户", "辆", "台", "套", "批" }
-- ... unless the particle opens a word that opens paragraphs (着力 着眼 了解)
local head_word = set { "着力", "着眼", "着手", "着重", "着实", "了解", "之所以", "等到" }
local function joins_head(text, ni, head)
  if not head_join[head] then return false end
  local b = byte(text, ni)
  if b < 0xE0 then return true end
  local w = sub(text, ni, ni + 5)
  return not (head_word[w] or head_word[sub(text, ni, ni + 8)])
end

-- openers minus closers in a piece, added to bal (one count per pair):
-- a sentence with an opener still open goes on
local pairs_open = { { "“", "”" }, { "（", "）" }, { "(", ")" }, { "《", "》" }, { "【", "】" }, { "「", "」" } }
local function count(s, w)
  local n, at = 0, find(s, w, 1, true)
  while at do
    n = n + 1
    at = find(s, w, at + #w, true)
  end
  return n
end
local function balance(piece, bal)
  local any = false
  for n = 1, #pairs_open do
    local v = bal[n] or 0
    if v > 0 or find(piece, pairs_open[n][1], 1, true) then
      v = v + count(piece, pairs_open[n][1]) - count(piece, pairs_open[n][2])
      if v < 0 then v = 0 end
      bal[n] = v
      if v > 0 then any = true end
    end
  end
  return any
end

-- Documents with blank lines between paragraphs make blocks of lines; in
-- the others (one paragraph a line) every line is a block.
local function blank_style(ctx)
  -- the last span counts as followed by a blank line: the end is no layout
  local blank, eol = ctx.blank - 1, ctx.eol - 1
  return blank > 0 and blank * 10 >= eol * 3
end

-- Spans from core.sentences are packed integers: start << 32 | length << 5
-- | flags (one table slot a span: that keeps the C call fast).
local LEN <const> = (1 << 27) - 1
local function span(v)
  local i = v >> 32
  return i, i + ((v >> 5) & LEN), v & 31   -- i, j + 1, flags
end

-- Is there a terminated span before span k in its block (blank style)?
local function term_before(ctx, k)
  local t = ctx.t
  for m = k - 1, k - 64, -1 do
    if m < 1 or t[m] & BLANK ~= 0 then return false end
    if t[m] & TERM ~= 0 then return true end
  end
  return false
end
-- ... or after it, in the same block?
local function term_after(ctx, k)
  local t = ctx.t
  for m = k, k + 63 do
    if t[m] & BLANK ~= 0 or m >= ctx.n then return false end
    if t[m + 1] & TERM ~= 0 then return true end
  end
  return false
end

-- Hard-wrapped text (PDF-to-text dumps): most lines are cut at one width,
-- mid-sentence. A line about as wide as that ends without a terminator
-- because the page ran out, not the sentence: it goes on. Widths are in
-- display columns, (bytes + characters) / 2: CJK 2, ASCII 1. The style is
-- judged once from a sample of at most SAMPLE lines spread over the text.
local SAMPLE <const> = 400
local function line_start(ctx, k)   -- first span of the line that span k is on
  local t = ctx.t
  while k > 1 and t[k - 1] & EOL == 0 do k = k - 1 end
  return k
end
local function line_width(ctx, k, ls)   -- width of the line that ends with span k (starts with ls)
  local i = span(ctx.t[ls or line_start(ctx, k)])
  local _, j1 = span(ctx.t[k])
  local chars = utf8.len(ctx.text, i, j1 - 1, true) or (j1 - i)
  return (j1 - i + chars) // 2
end
-- Does span k open a line with indentation? In wrapped text a line that
-- goes on is never indented: an indented one opens a paragraph (unless
-- every line is, a page margin).
local function indented(ctx, k)
  local i = span(ctx.t[k])
  local b = byte(ctx.text, i - 1)
  return b ~= nil and b ~= 10 and b ~= 13
end
local function wrap_width(ctx)
  local t, n = ctx.t, ctx.n
  ctx.indents = 0
  local step = n > SAMPLE and n // SAMPLE or 1
  local opens, all, k = {}, {}, 1
  while k <= n do
    local m = k
    while m < n and t[m] & EOL == 0 do m = m + 1 end
    if m >= n then break end            -- the last line says nothing
    local ls = line_start(ctx, m)         -- (one walk back a sampled line)
    local w = line_width(ctx, m, ls)
    all[#all + 1] = w
    if indented(ctx, ls) then ctx.indents = ctx.indents + 1 end
    -- enumerated headings (（一）…) are open lines of their own, not cut ones
    if t[m] & TERM == 0 and t[m] & BLANK == 0 then
      local i = span(t[ls])
      if not (may_enum(ctx.text, i) and next_enum:match(ctx.text, i)) then opens[#opens + 1] = w end
    end
    k = math.max(m + 1, k + step)
  end
  if #opens < 4 then return false end
  table.sort(opens)
  -- W: the width with most open lines a few columns under it
  local best, W, lo = 0, 0, 1
  for hi = 1, #opens do
    while opens[hi] - opens[lo] > 8 do lo = lo + 1 end
    if hi - lo + 1 >= best then best, W = hi - lo + 1, opens[hi] end
  end
  if W < 30 or best < 4 or best * 2 < #opens then return false end
  -- ... and no more than a few lines wider than W: the page width
  -- and most lines are that wide: a paragraph's last line is the shorter one
  local wider, near = 0, 0
  for m = 1, #all do
    if all[m] > W + 6 then wider = wider + 1 elseif all[m] >= W - 8 then near = near + 1 end
  end
  if wider * 10 > #all or near * 5 < #all * 2 then return false end
  ctx.margin = ctx.indents * 10 >= #all * 9   -- (nearly) every line indented
  ctx.page = W
  return W * 4 // 5
end
-- The page width's threshold (false: not hard-wrapped), judged once.
local function wrapped(ctx)
  local w = ctx.wrap
  if w == nil then
    w = wrap_width(ctx)
    ctx.wrap = w
  end
  return w
end
-- Is the line ending with span k cut by the page width?
local function cut_by_width(ctx, k)
  local w = wrapped(ctx)
  if not (w and ctx.t[k] & BLANK == 0 and (ctx.margin or not indented(ctx, k + 1))) then return false end
  local lw = line_width(ctx, k)
  if lw < w then return false end
  -- an enumerated heading (二、… （一）…) is cut only right at the edge:
  -- a line that ends early before a long word is a sentence's
  if lw >= ctx.page - 4 then return true end
  local i = span(ctx.t[line_start(ctx, k)])
  return not (may_enum(ctx.text, i) and next_enum:match(ctx.text, i))
end

-- a line this short after a join is a link-break fragment (PM / 2.5 / ）):
-- about twelve characters
local FRAGMENT <const> = 36
-- ... and a line this short (three characters) cannot stand alone
local TINY <const> = 12
local function nlen0(i, j1) return j1 - i end

-- Decides for span k (a piece ending its line without a terminator):
-- "join" it with span k+1, or keep the sentence it ends as a "heading",
-- "debris" or "lead" (a lead-in colon). first: the piece opens the
-- sentence; bol: the sentence is taken to start its line; unclosed: an
-- opener in the sentence is still open. Costs O(piece): joined runs stay
-- linear.
local function layout(ctx, k, piece, first, bol, unclosed)
  local t, text = ctx.t, ctx.text
  local last = char_before(piece, #piece)
  if last == "：" or last == ":" then return "lead" end
  if k >= ctx.n then return "heading" end
  local ni, nj, nf = span(t[k + 1])
  local b = byte(text, ni)
  if b >= 0x61 and b <= 0x7A then return "join" end   -- a lower-case continuation
  local head = char_at(text, ni)
  -- a page number or continuation mark next (- 3 -, （下转第三版）) is
  -- never joined: the line before it is kept apart but is no heading (a
  -- sentence broken by the page: joining across the mark would take the
  -- mark out of its place in the text) (is_page_mark, its head known)
  if nf & EOL ~= 0 and nj - 1 - ni <= 24 and page_first[head] and page_mark:match(sub(text, ni, nj - 1)) then
    return "line"
  end
  if cut_by_width(ctx, k) then return "join" end
  -- a decimal cut by a line break (3. / 2%): the C splitter left the dot open
  if b >= 0x30 and b <= 0x39 and last == "." and t[k] & BLANK == 0 and find(piece, "%d%.$") then
    return "join"
  end
  if joins_head(text, ni, head) or (head == "是" and head_join_colon[char_at(text, ni + 3)]) then
    return "join"
  end
  local lb = byte(last)
  if lb >= 0x30 and lb <= 0x39 and unit_head[head] then return "join" end
  local ek = first and may_enum(piece, 1) and enum_kind:match(piece)   -- is_enumerated, bare_enum
  if unclosed or (tail_join[last] and not (t[k] & BLANK ~= 0 and (last == "；" or last == ";"))) or ends_ordinal(piece)
    or (bol and ek == 2) then
    return "join"
  end
  -- the next line opens an enumerated heading: no sentence runs into it
  if (enum_first[head] or (b >= 0x30 and b <= 0x39)) and next_enum:match(text, ni) then return "heading" end
  if not bol then return "join" end
  -- a tiny next line that ends the sentence or runs on into punctuation is
  -- the tail of a word cut by a link (政府工作报 / 告。, 报 / 告 / ，请予),
  -- even after a dash lead (——发展新动能快 / 速成长。), but not after a
  -- numbered heading (一、工作回顾 / 正文。)
  local tiny = nlen0(ni, nj) <= TINY and t[k] & BLANK == 0 and (nf & TERM ~= 0
      or (k + 1 < ctx.n and nf & EOL ~= 0 and head_join[char_at(text, span(t[k + 2]))]))
  if ek and not (tiny and find(piece, "^——")) then return "heading" end
  if tiny then return "join" end
  -- blocks of several lines with a terminator in them were broken by links
  -- (national_1954); a heading right above its paragraph is not: the line
  -- after a broken one is a fragment, a short line without terminator
  if blank_style(ctx) then
    if term_before(ctx, k) then return "join" end
    -- (or the broken line itself is a fragment: a link opening a paragraph)
    local nlen = nj - ni
    if (#piece <= FRAGMENT or nlen <= FRAGMENT or (nf & TERM == 0 and nf & EOL ~= 0 and nlen <= 3 * FRAGMENT))
      and term_after(ctx, k) then
      return "join"
    end
  end
  -- a long line without terminator is a paragraph that lost its 。, kept
  -- apart but no heading (about 50 characters)
  if #piece > 150 then return "line" end
  return "heading"
end

-- Debris (a line of web-page furniture, a newspaper continuation mark) is
-- never joined; it is looked for only where it changes the outcome: before
-- a join, or when the caller wants labels (doc:sentences, not the iterator).
local function decide(ctx, k, piece, first, bol, unclosed)
  local kind = layout(ctx, k, piece, first, bol, unclosed)
  if first and (kind == "join" or ctx.labels)
    and (bol and is_debris(piece) or is_page_mark(piece, 1, #piece)) then
    return "debris"
  end
  return kind
end

local function is_letter(b)
  return b and ((b >= 65 and b <= 90) or (b >= 97 and b <= 122))
end

-- Zero-width characters inside a span (Wikisource link debris) are taken
-- out of the sentence text: the segments of text[i..j] between them, as a
-- flat {i1, j1, i2, j2 ...}.
local zero_width = set { "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}" }
local ZW_LEAD = "[\226\239][\128\129\187][\139-\141\160\191]"
local function segments(text, i, j)
  local s = sub(text, i, j)
  local out, at = {}, 1
  local k = find(s, ZW_LEAD)
  while k do
    if zero_width[sub(s, k, k + 2)] then
      if k > at then out[#out + 1], out[#out + 2] = i + at - 1, i + k - 2 end
      at = k + 3
    end
    k = find(s, ZW_LEAD, k + 1)
  end
  if at <= #s then out[#out + 1], out[#out + 2] = i + at - 1, j end
  return out
end

-- A sentence under construction: its text in buf, and where each part of
-- it comes from (parts: doc offsets, offs: offsets in the text).
local function add(g, text, i, j, f)
  if f & ZW == 0 then                          -- one segment: the common case
    local piece = sub(text, i, j)
    local buf = g.buf
    if g.len > 0 and is_letter(byte(buf[#buf], -1)) and is_letter(byte(piece, 1)) then
      buf[#buf + 1] = " "                      -- English words broken by a line
      g.len = g.len + 1
    end
    buf[#buf + 1] = piece
    g.offs[#g.offs + 1] = g.len + 1
    g.len = g.len + #piece
    g.parts[#g.parts + 1], g.parts[#g.parts + 2] = i, j
    return piece
  end
  local segs = segments(text, i, j)
  local first = #g.buf + 1
  for n = 1, #segs, 2 do
    local si, sj = segs[n], segs[n + 1]
    local piece = sub(text, si, sj)
    if n == 1 and g.len > 0 and is_letter(byte(g.buf[#g.buf], -1)) and is_letter(byte(piece, 1)) then
      g.buf[#g.buf + 1] = " "               -- English words broken by a line
      g.len = g.len + 1
      first = first + 1
    end
    g.buf[#g.buf + 1] = piece
    g.offs[#g.offs + 1] = g.len + 1
    g.len = g.len + #piece
    g.parts[#g.parts + 1], g.parts[#g.parts + 2] = si, sj
  end
  return concat(g.buf, "", first)             -- the piece as cleaned
end

-- Builds the sentence starting at span k: one span unless it ended its line
-- open. Returns next k, i, j, text, kind, parts (flat {i1, j1, i2, j2 ...}
-- when the text is not the bytes i..j as they are), offs (start of each
-- part in text).
local function group(ctx, k)
  local t, text = ctx.t, ctx.text
  local i, j, f = span(t[k])
  j = j - 1
  local g, piece
  if f & ZW == 0 then
    piece = sub(text, i, j)
    if f & TERM ~= 0 or f & EOL == 0 then return k + 1, i, j, piece end
  end
  local bol = k == 1 or t[k - 1] & EOL ~= 0
  local kind
  if piece then
    -- the C splitter tells whether the line left a quote or bracket open
    kind = decide(ctx, k, piece, true, bol, f & OPEN ~= 0)
    if kind == "heading" and not bol then kind = nil end   -- the tail of a line: no heading
    if kind ~= "join" then return k + 1, i, j, piece, kind end
  end
  g = { buf = {}, parts = {}, offs = {}, len = 0 }
  piece = add(g, text, i, j, f)
  if f & TERM == 0 and f & EOL ~= 0 then
    if not kind then     -- not decided yet: the piece had zero-width characters
      kind = decide(ctx, k, piece, true, bol, f & OPEN ~= 0)
      if kind == "heading" and not bol then kind = nil end
    end
    if kind == "join" then
      -- brackets are counted across lines only from a line that the C
      -- splitter saw leave one open (before it, none was open)
      local bal = f & OPEN ~= 0 and {} or nil
      if bal then balance(piece, bal) end
      local function unclosed()
        if f & OPEN ~= 0 and not bal then bal = {} end
        return bal ~= nil and balance(piece, bal)
      end
      -- a bare enumerator line: the line after it is judged as if it
      -- opened the sentence, with the enumerator in front
      local enum_lead = bol and bare_enum:match(piece) ~= nil
      local result = nil
      while kind == "join" do
        k = k + 1
        local pi, pj
        pi, pj, f = span(t[k])
        j = pj - 1
        piece = add(g, text, pi, j, f)
        if f & TERM ~= 0 or f & EOL == 0 then
          -- a quote opened on a line before goes on to its closer (他说：“我们
          -- / 要努力。大家好。”), within this line: the C splitter, which
          -- forgets nesting at a line break, cut at the terminators in it
          if bal and f & EOL == 0 and unclosed() then kind = "join" else kind = nil end
        elseif enum_lead then
          enum_lead = false
          kind = decide(ctx, k, concat(g.buf), true, true, unclosed())
          if kind ~= "join" then result, kind = kind, nil end
        else
          -- a broken sentence goes on through short fragments into a line
          -- that ends it (…的 / 十九大 / 精神。); other lines are judged on
          -- their own
          -- (not in hard-wrapped text, where a short line ends a paragraph,
          -- nor a lead-in: 工 / 作： / 一是…)
          if #piece <= FRAGMENT and f & BLANK == 0 and k < ctx.n and t[k + 1] & TERM ~= 0
            and not wrapped(ctx) and not head_join_colon[char_before(piece, #piece)]
            and not is_enumerated(piece) then
            kind = "join"                     -- fragments of a broken sentence go on
            unclosed()
          else
            kind = decide(ctx, k, piece, false, bol or #piece > FRAGMENT, unclosed())
          end
          -- the end of a broken line: a heading if it started its line
          -- (a byline cut in two), a plain sentence if not
          if kind ~= "join" then
            if kind == "heading" and bol then result = "heading" end
            kind = nil
          end
        end
      end
      kind = result
    end
  end
  if #g.parts == 2 and g.len == j - i + 1 then
    return k + 1, i, j, g.buf[1], kind             -- the bytes as they are
  end
  return k + 1, i, j, concat(g.buf), kind, g.parts, g.offs
end

local function context(text, opts)
  local t, n, eol, blank = core.sentences(text, 1, -1, opts and opts.clauses)
  return { text = text, t = t, n = n, eol = eol, blank = blank, labels = false }
end

---------------------------------------------------------------------------
-- sentence objects
---------------------------------------------------------------------------

local Sentence = {}
Sentence.__index = Sentence

--- s:pos(k): byte offset in doc.text of byte k of s.text
function Sentence:pos(k)
  local parts = self.parts
  if not parts then return self.i + k - 1 end
  local offs = self.offs
  for p = #offs, 1, -1 do
    if k >= offs[p] then
      local at = parts[2 * p - 1] + (k - offs[p])
      if at > parts[2 * p] then at = parts[2 * p] + 1 end   -- a space we inserted
      return at
    end
  end
  return self.i
end

--- s:numbers(): number records of s.text, with si/sj (offsets in s.text)
-- and i/j (offsets in doc.text); cached
local number_mod   -- zhtext.number once it is there (NUM stream)

function Sentence:numbers()
  local cached = rawget(self, "_numbers")
  if cached then return cached end
  number_mod = number_mod or optional("zhtext.number")
  local out = number_mod and number_mod.scan and number_mod.scan(self.text) or {}
  -- scan makes fresh records for every call: they are extended in place
  -- (metatable kept) rather than copied
  local direct = not self.parts
  for n = 1, #out do
    local r = out[n]
    local i, j = r.i, r.j
    r.si, r.sj = i, j
    if direct then
      r.i, r.j = self.i + i - 1, self.i + j - 1
    else
      r.i, r.j = self:pos(i), self:pos(j)
    end
  end
  self._numbers = out
  return out
end

function Sentence.__tostring(s)
  local txt = s.text
  local cut = utf8.offset(txt, 41)
  if cut and cut <= #txt then txt = sub(txt, 1, cut - 1) .. "…" end
  return ("[%d] %d-%d %s%s"):format(s.index, s.i, s.j, s.heading and "# " or "", txt)
end

---------------------------------------------------------------------------
-- documents
---------------------------------------------------------------------------

local Doc = {}
local outline_keys = { sections = true, title = true, date = true, meta = true }
local doc_mt = {}

doc_mt.__index = function(doc, key)
  local m = Doc[key]
  if m ~= nil then return m end
  if outline_keys[key] and not rawget(doc, "_outlined") then
    rawset(doc, "_outlined", true)
    local outline = optional("zhtext.outline")
    if outline and outline.annotate then outline.annotate(doc) end
    return rawget(doc, key)
  end
  return nil
end

doc_mt.__tostring = function(doc)
  return ("document %s: %d sentences, %d bytes"):format(
    doc.name and ('"' .. doc.name .. '"') or "(text)", #doc:sentences(), #doc.text)
end

--- for s in doc:each() do ... end: the sentence objects doc:sentences()
-- holds, made one at a time and not kept (from the cache when it is
-- there): a huge document is written out without an array of them all.
function Doc:each()
  local cached = rawget(self, "_sentences")
  if cached then
    local k = 0
    return function()
      k = k + 1
      return cached[k]
    end
  end
  local text = self.text
  local ctx = context(text, self.opts)
  ctx.labels = true      -- sentence objects say which lines are debris
  local t, n = ctx.t, ctx.n
  local k, block, para, index = 1, 1, 1, 0
  return function()
    if k > n then return nil end
    if k > 1 then
      local pf = t[k - 1]
      if pf & BLANK ~= 0 then block = block + 1 end
      if pf & EOL ~= 0 then para = para + 1 end
    end
    local s
    local i, j, f = span(t[k])
    if f & 17 == 1 then                  -- terminated (TERM), no zero-width (ZW)
      s = { i = i, j = j - 1, text = sub(text, i, j - 1), block = block, para = para, heading = false }
      k = k + 1
    else
      local nk, gi, gj, txt, kind, parts, offs = group(ctx, k)
      s = { i = gi, j = gj, text = txt, parts = parts, offs = offs, block = block, para = para,
            heading = kind == "heading", debris = kind == "debris" or nil }
      -- a joined sentence keeps the block and paragraph where it starts;
      -- the blank lines it crossed still count for the sentences after it
      for m = k, nk - 2 do
        if t[m] & BLANK ~= 0 then block = block + 1 end
      end
      k = nk
    end
    index = index + 1
    s.index = index
    s.doc = self
    return setmetatable(s, Sentence)
  end
end

--- doc:sentences(): array of sentence objects (cached)
function Doc:sentences()
  local cached = rawget(self, "_sentences")
  if cached then return cached end
  local out = {}
  for s in self:each() do out[s.index] = s end
  rawset(self, "_sentences", out)
  return out
end

--- doc:numbers(): the number records of all sentences, in order
function Doc:numbers()
  local out = {}
  for _, s in ipairs(self:sentences()) do
    for _, r in ipairs(s:numbers()) do out[#out + 1] = r end
  end
  return out
end

-- Decoding: zhtext.text.decode when the TEXT stream's module is there,
-- otherwise UTF-8 only (validated here so bad input is still reported).
local function decode(bytes, opts)
  local text = optional("zhtext.text")
  if text and text.decode then
    return text.decode(bytes, { encoding = opts.encoding, replace = opts.replace, name = opts.name })
  end
  local ok, at = utf8.len(bytes)
  if ok then return bytes, "utf-8" end
  return nil, ("%sinvalid UTF-8 at byte %d"):format(opts.name and (opts.name .. ": ") or "", at)
end

local function check_opts(opts, fname)
  if opts ~= nil and type(opts) ~= "table" then
    error(("bad argument #2 to '%s' (table expected, got %s)"):format(fname, type(opts)), 3)
  end
end

--- document.new(text [, opts]) -> doc | nil, message
-- opts: encoding (force one), replace (U+FFFD for invalid bytes),
-- name (for messages and doc.name), clauses (；/; end sentences too)
function M.new(bytes, opts)
  if type(bytes) ~= "string" then
    error(("bad argument #1 to 'document' (string expected, got %s)"):format(type(bytes)), 2)
  end
  check_opts(opts, "document")
  opts = opts or {}
  local text, enc = decode(bytes, opts)
  if not text then return nil, enc end
  return setmetatable({ text = text, name = opts.name, encoding = enc, opts = opts }, doc_mt)
end

--- document.read(path [, opts]) -> doc | nil, message
function M.read(path, opts)
  if type(path) ~= "string" then
    error(("bad argument #1 to 'read' (string expected, got %s)"):format(type(path)), 2)
  end
  check_opts(opts, "read")
  local f, err = io.open(path, "rb")
  if not f then return nil, err end
  local bytes, rerr = f:read("a")
  f:close()
  if not bytes then return nil, path .. ": " .. tostring(rerr) end   -- a directory, say
  local o = {}
  for key, v in pairs(opts or {}) do o[key] = v end
  o.name = path
  return M.new(bytes, o)
end

--- for i, j, s in document.sentences(text [, opts]): offsets in text and
-- the sentence as rejoined. text is taken as UTF-8 as it is (no decoding).
function M.sentences(text, opts)
  if type(text) ~= "string" then
    error(("bad argument #1 to 'sentences' (string expected, got %s)"):format(type(text)), 2)
  end
  check_opts(opts, "sentences")
  local ctx = context(text, opts)
  local t = ctx.t
  local k = 1
  return function()
    local v = t[k]
    if not v then return nil end
    if v & 17 == 1 then                -- terminated (TERM), no zero-width (ZW)
      k = k + 1
      local i = v >> 32
      local j = i + ((v >> 5) & LEN) - 1
      return i, j, sub(text, i, j)
    end
    local nk, gi, gj, s = group(ctx, k)
    k = nk
    return gi, gj, s
  end
end

--- document.split(text [, opts]) -> array of sentence strings
function M.split(text, opts)
  local out, n = {}, 0
  for _, _, s in M.sentences(text, opts) do
    n = n + 1
    out[n] = s
  end
  return out
end

return M
