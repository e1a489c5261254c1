--- zhtext.outline: sections, their hierarchy and kind, and the report's metadata.
-- annotate(doc) runs once, lazily, when a script first reads doc.sections,
-- doc.title, doc.date or doc.meta. It sets:
--   doc.sections  array of sections in reading order; a section is
--                 { index, title, level, style, path, parent, children, kind,
--                   first, last (sentence indices), i, j (byte span in doc.text) }
--   doc.preamble  the pseudo-section (level 0, kind "preamble") of the text
--                 before the first heading; s.section is never nil
--   doc.title, doc.date ("2024-01-29"), doc.meta = { title, date, meeting,
--                 speaker, office, place, year (reported on), plan_year }
--   s.section     on every sentence; s.part = the sentence's part (see part)
local lpeg = require "lpeg"
local G = require "zhtext.grammar"
local P, C = lpeg.P, lpeg.C

local M = {}

local sp = G.space ^ 0
local cn = G.cnum ^ 1
local open, close = P"（" + P"(", P"）" + P")"
-- heading styles, outermost first; the order only breaks ties, the stack
-- below gives the real nesting (a report may skip a style).
local styles = {
  { "一、", sp * cn * (P"、" + P"．" + P"." * -G.digit) },
  { "（一）", sp * open * cn * close },
  { "1.", sp * G.digit ^ 1 * (P"、" + P"．" + P"." * -G.digit) },
  { "（1）", sp * open * G.digit ^ 1 * close },
  { "第一，", sp * P"第" * cn * (P"，" + P"," + P"、" + P"是") },
  { "一是", sp * cn * P"是" },
}

-- A heading style opens a section when the sentence starts a paragraph or is a
-- line of its own (s.heading); 第一，/一是 only as a line of their own, since
-- inside a paragraph they enumerate points of one section.
-- An unnumbered heading line that names a part (2024年工作安排, 过去一年工作回顾)
-- opens a section too: short, on a line of its own, with a part's keyword.
local part_w = G.words { "工作回顾", "工作总结", "工作安排", "总体要求", "预期目标", "主要目标", "重点工作", "工作任务",
  "目标任务", "主要任务", "自身建设" }
local short_part = G.words { "过去一年", "过去的一年", "过去五年", "过去的五年", "一年来", "五年来", "今年", "明年",
  "今年工作", "今后五年" } * G.words { "的工作", "工作" } ^ -1 * -1
-- all styles in one anchored pattern that returns the style's rank
local any_style = P(false)
for rank, st in ipairs(styles) do any_style = any_style + st[2] * lpeg.Cc(rank) end
local function heading_style(s, para_start)
  local rank = any_style:match(s.text)
  if rank then
    if s.heading or (para_start and rank <= 4) then return styles[rank][1], rank end
    return nil
  end
  if s.heading and #s.text <= 60 and G.has(part_w, s.text) and not s.text:find("：", 1, true) then
    return "part", 0
  end
  -- a bare 过去一年 / 今年 line (no sentence after it) heads the part too
  if s.heading and #s.text <= 24 and short_part:match(G.trim(s.text)) then return "part", 0 end
end

local kw = G.words
local review_w = kw { "回顾", "过去", "工作总结", "一年来", "五年来", "成绩", "主要工作" }
local target_w = kw { "总体要求", "预期目标", "主要目标", "指导思想", "发展目标", "目标任务" }
local task_w = kw { "工作安排", "重点工作", "工作任务", "主要任务", "重点任务", "今年工作", "工作建议",
  "工作的建议", "政府工作", "年工作" }
local year_p = C(G.digit * G.digit * G.digit * G.digit) * P"年"

-- the reviewed year named in the text: 过去的2023年, 回顾2023年, 2023年工作回顾
local uneven = kw { "不平凡的一年", "不寻常的一年" } -- (极不平凡的一年 ends so too)
local y4 = C(G.digit * G.digit * G.digit * G.digit) * P"年"
local reviewed_at = kw { "过去的", "回顾", "回首" } * y4 + y4 * kw { "工作回顾", "工作总结" }
  + y4 * kw { "，是", ",是", "是" } * (G.char - P"。" - P"今年" - uneven) ^ 0 * uneven
-- searched byte by byte: UTF-8 cannot match inside a character
local reviewed_p = P { reviewed_at + 1 * lpeg.V(1) }
-- the planned year in a targets lead-in that opens with it: 2024年全市经济社会发展的主要目标是
local year_lead = G.space ^ 0 * C(G.digit * G.digit * G.digit * G.digit) * P"年" * -P"是"
-- 二〇二三年 / 一九八五年: a year written digit by digit in Chinese numerals
local cdig = {}
for k, c in ipairs { "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九" } do cdig[c] = tostring(k - 1) end
cdig["零"] = "0"
local cd = G.words { "〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" }
local cyear_p = C(cd * cd * cd * cd) * P"年"
local function first_year(t)
  local i = G.find(year_p, t)
  local ci = t:find("年", 1, true) and G.find(cyear_p, t)
  if ci and (not i or ci < i) then
    local y = cyear_p:match(t, ci):gsub("[\227-\233][\128-\191][\128-\191]", cdig)
    local v = tonumber(y)
    if v and v >= 1949 and v <= 2100 then return v end
  end
  if i then return tonumber(t:sub(i, i + 3)) end
end

-- Kind from the heading wording; nil when the heading says nothing.
-- Review wins when the heading's year is before the planned year ("2023年主要工作").
local review_h = kw { "回顾", "过去", "工作总结", "一年来", "五年来" }
local plan_h = kw { "十五五", "十四五", "十三五", "十二五", "十一五", "远景目标", "五年" }
local planning_h = kw { "安排", "任务", "要求", "目标", "建议", "重点工作" }
local period_h = kw { "回顾", "时期", "十五五", "十四五", "十三五" }
local reviewed_h = kw { "回顾", "工作总结" }
local function classify(title, plan_year)
  local y = first_year(title)
  local tasks = G.has(task_w, title)
  if G.has(review_h, title) then return "review" end
  if G.has(plan_h, title) then return "plan" end
  if G.has(target_w, title) and not tasks then return "targets" end
  if tasks then
    if y and plan_year and y < plan_year then return "review" end
    return "tasks"
  end
  if G.has(review_w, title) then
    if y and plan_year and y >= plan_year then return "tasks" end
    return "review"
  end
end

-- Sentences that state the year's targets, whatever their section.
M.target_lead = (kw { "预期目标", "主要目标", "发展目标", "目标任务", "工作目标", "奋斗目标" } * sp * kw { "建议", "初步", "确定", "安排" } ^ -1
  * sp * kw { "是", "为", "如下" } ^ -1 * sp * kw { "：", ":", "是", "为" })

-- heading styles that open a new part or topic (a numbered list item does not)
M.outer = { ["一、"] = true, ["（一）"] = true, part = true }
local colon_end = G.words { "：", ":" } * G.space ^ 0
local list_end = G.words { "上述", "这些目标", "以上目标", "重点抓好", "重点做好", "着力抓好" }
local office_w = kw { "总理", "省长", "市长", "县长", "区长", "州长", "旗长", "盟长", "主席", "镇长", "乡长" }
local date_p = C(G.digit ^ 4) * P"年" * C(G.digit ^ 1) * P"月" * C(G.digit ^ 1) * P"日"
-- the delivery date stands before the meeting (2024年1月29日在…会议上); a page's
-- publication date (发布时间：…) does not
local date_at = date_p * G.words { "在", "于" }
local HEAD = 20 -- sentences before the first heading that may hold the metadata

local meeting_p = P"在" * (G.char - P"会议上" - P"在") ^ 1 * P"会议上"

local function digits(s)
  -- full-width digits to ASCII
  return (s:gsub("\239\188([\144-\153])", function(b) return string.char(b:byte() - 144 + 48) end))
end

local function metadata(sents, stop)
  local meta = {}
  local head = {}
  for k = 1, math.min(stop, HEAD) do head[#head + 1] = sents[k].text end
  for k = 1, math.min(stop, HEAD) do
    local t = sents[k].text:gsub("[ \t\r\n]", ""):gsub("\227\128\128", "")
    if not meta.title and t:find("工作报告", 1, true) and #t <= 120 then
      -- the title is the heading part, not a byline that mentions it
      local cut = t:find("作政府工作报告", 1, true)
      if not cut then meta.title = t end
    end
  end
  local all = table.concat(head, "")
  local nosp = all:gsub("[ \t\r\n]", ""):gsub("\227\128\128", "")
  local i = G.find(date_at, nosp) or G.find(date_p, nosp)
  if i then
    local y, m, d = date_p:match(nosp, i)
    y, m, d = tonumber(digits(y)), tonumber(digits(m)), tonumber(digits(d))
    if y and m and d and m <= 12 and d <= 31 then meta.date = string.format("%04d-%02d-%02d", y, m, d) end
  end
  local mi, mj = G.find(meeting_p, nosp)
  if mi then meta.meeting = nosp:sub(mi + 3, mj - 3) end
  -- byline: "常山县人民政府县长 王永明", "浙江省代省长刘捷作政府工作报告"
  for k = 1, math.min(stop, HEAD) do
    local t = sents[k].text
    local _, oj = G.find(office_w, t)
    if oj and not t:find("各位代表", 1, true) and not t:find("我代表", 1, true) then
      local before = t:sub(1, oj)
      local oi = #before + 1
      -- the office is the run of han characters that ends with the office word
      for _, m in ipairs(G.find_all((G.han + P"·") ^ 1, before)) do
        if m[2] == oj then oi = m[1] end
      end
      -- a byline run together with the meeting: keep what follows 会议上
      local office = t:sub(oi, oj)
      office = office:match(".*会议上(.+)$") or office
      local name = (sp * C((G.han + P"·" - P"作" - P"在" - P"向") ^ 1)):match(t, oj + 1)
      if name and #name >= 6 and #name <= 12 then
        meta.office, meta.speaker = office, name
        local place = office:match("^(.-)人民政府") or G.strip_tail(office_w, office)
        place = place:gsub("代$", ""):gsub("副$", "")
        if place ~= "" then meta.place = place end
        break
      end
    end
  end
  if not meta.place and meta.meeting then
    if meta.meeting:find("全国人民代表大会", 1, true) then
      meta.place = "全国"
    else
      meta.place = meta.meeting:match("^(.-)第") or nil
    end
  end
  return meta
end

--- The part of the report a sentence belongs to: "review", "targets", "tasks",
-- "preamble" or "other". A sentence that states the year's targets is
-- "targets" even inside a tasks section (Zhejiang: 目标任务和重点工作).
function M.part(s)
  -- every rule asks this of every sentence: the answer is kept on it
  local p = s._part
  if p then return p end
  -- asked before anything read the outline: annotate the document now
  if rawget(s, "section") == nil and s.doc then local _ = s.doc.sections end
  local sec = s.section
  p = s.part or sec and sec.kind or "other"
  s._part = p
  return p
end

-- REPL views: a section prints as one line (its parent and children are
-- references, so a printer must not walk them), the metadata as key=value
local function short(t, n)
  if (utf8.len(t) or #t) <= n then return t end
  return t:sub(1, (utf8.offset(t, n + 1) or #t + 1) - 1) .. "…"
end
M.section_mt = {
  __tostring = function(sec)
    local range = sec.last >= sec.first and string.format(" sentences %d-%d", sec.first, sec.last) or " (empty)"
    if sec.level == 0 then return "section 0 (preamble)" .. range end
    return string.format("section %d (level %d, %s) %s%s", sec.index, sec.level, tostring(sec.kind),
      short(sec.title, 24), range)
  end,
}
local meta_keys = { "title", "date", "year", "plan_year", "place", "office", "speaker", "meeting" }
M.meta_mt = {
  __tostring = function(m)
    local out = {}
    for _, k in ipairs(meta_keys) do
      if m[k] ~= nil then out[#out + 1] = k .. "=" .. tostring(m[k]) end
    end
    return #out > 0 and table.concat(out, " ") or "(no metadata)"
  end,
}

function M.annotate(doc)
  if rawget(doc, "sections") ~= nil then return doc end
  local sents = doc:sentences()
  local preamble = { index = 0, title = "", level = 0, style = "", path = {}, children = {},
    kind = "preamble", first = 1, last = 0, i = 1, j = 0 }
  setmetatable(preamble, M.section_mt)
  local sections, stack = {}, {}
  local cur, prev_para = preamble, nil
  local first_heading = #sents + 1
  for k, s in ipairs(sents) do
    local key = (s.block or 0) * 100000 + (s.para or 0)
    local style = heading_style(s, key ~= prev_para)
    prev_para = key
    if style then
      -- a style already open closes that level and everything under it;
      -- a new style nests under the current section
      for d = #stack, 1, -1 do
        if stack[d].style == style then
          -- the closed sections end with the sentence before this heading
          for e = #stack, d, -1 do
            stack[e].last, stack[e].j = k - 1, sents[k - 1].j
            stack[e] = nil
          end
          break
        end
      end
      local parent = stack[#stack] or preamble
      local sec = { index = #sections + 1, title = s.text, level = #stack + 1, style = style,
        parent = parent ~= preamble and parent or nil, children = {}, first = k, last = k, i = s.i, j = s.j }
      setmetatable(sec, M.section_mt)
      local path = {}
      for d = 1, #stack do path[d] = stack[d].title end
      path[#path + 1] = s.text
      sec.path = path
      parent.children[#parent.children + 1] = sec
      sections[#sections + 1] = sec
      stack[#stack + 1] = sec
      cur = sec
      if k < first_heading then first_heading = k end
    end
    s.section = cur
    -- (the open sections' ends are set as they close, not per sentence)
    if cur == preamble then preamble.last, preamble.j = k, s.j end
  end
  for d = 1, #stack do stack[d].last, stack[d].j = #sents, sents[#sents].j end

  local meta = metadata(sents, first_heading - 1)
  -- the planned year: the delivery date's year, else a heading that plans
  -- ("2024年工作安排"), else the reviewed year + 1
  local plan = meta.date and tonumber(meta.date:sub(1, 4))
  if not plan then
    for _, sec in ipairs(sections) do
      if sec.level == 1 then
        local y = first_year(sec.title)
        if y and G.has(planning_h, sec.title)
          and not G.has(period_h, sec.title) then plan = y break end
      end
    end
  end
  if not plan then
    for _, sec in ipairs(sections) do
      local y = first_year(sec.title)
      if y and G.has(reviewed_h, sec.title) then plan = y + 1 break end
    end
  end
  -- no date line and no dated heading: the year from the text itself: a title
  -- (2024年政府工作报告), a targets lead-in (2024年全市…主要目标是), or the
  -- review's opening (过去的2023年 / 回顾2023年 / 2023年工作回顾)
  if not plan and meta.title then
    local y = first_year(meta.title)
    if y then plan = y end
  end
  if not plan then
    for k = 1, #sents do
      local t = sents[k].text
      if t:find("年", 1, true) then
        local y = reviewed_p:match(t)
        if y then
          plan = tonumber(y) + 1
          break
        end
        if t:find("目标", 1, true) and G.has(M.target_lead, t) then
          local ly = year_lead:match(t)
          if ly then plan = tonumber(ly) break end
        end
      end
    end
  end
  meta.plan_year = plan
  meta.year = plan and plan - 1

  for _, sec in ipairs(sections) do
    sec.kind = classify(sec.title, plan) or (sec.parent and sec.parent.kind) or "other"
  end
  -- the targets statement, and the list after a lead-in that ends its
  -- sentence (主要预期目标是：) up to a heading or the turn to the tasks
  local k = 1
  while k <= #sents do
    local s = sents[k]
    local sk = s.section.kind
    if sk ~= "review" and sk ~= "plan" and s.text:find("目标", 1, true) and G.has(M.target_lead, s.text) then
      s.part = "targets"
      if G.ends_with(colon_end, s.text) then
        local n = k + 1
        while sents[n] and n <= k + 12 and not G.has(list_end, sents[n].text) do
          local sec = sents[n].section
          -- a new part or topic ends the list; numbered items (1. （1）) do not
          if sec ~= s.section and sec.first == n and M.outer[sec.style] then break end
          sents[n].part = "targets"
          if G.ends_with(colon_end, sents[n].text) then break end
          n = n + 1
        end
        k = n - 1
      end
    end
    k = k + 1
  end

  rawset(doc, "sections", sections)
  rawset(doc, "preamble", preamble)
  rawset(doc, "meta", setmetatable(meta, M.meta_mt))
  rawset(doc, "title", meta.title)
  rawset(doc, "date", meta.date)
  return doc
end

return M
