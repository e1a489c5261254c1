--- keywords: how often each keyword of a list occurs, per document and per
-- top-level section. The list comes from opts.keywords (analyze's options,
-- CLI --keywords), else the default list below (edit it, or pass your own).
--
-- Records: scope "document" (the whole report; section nil): one per
-- keyword, count 0 included (a trend across reports keeps its zeros);
-- scope "section" (a top-level section and all under it): one per keyword
-- found there. Counting is over the sentences as rejoined, so a word broken
-- across lines (政府工作报\n告) still counts. i/j: the scope's byte span.
local R = {
  name = "keywords",
  description = "frequency of a keyword list (opts.keywords) per document and per top-level section",
  fields = { "rule", "file", "keyword", "scope", "section", "count", "text", "i", "j", "sentence" },
  default = { "高质量发展", "新质生产力", "共同富裕", "乡村振兴", "数字经济", "人工智能", "营商环境", "民营经济",
    "科技创新", "绿色低碳", "碳达峰", "碳中和", "生态环境", "就业", "消费", "投资", "改革", "开放", "民生",
    "安全", "风险", "房地产", "债务", "教育", "医疗", "养老", "托育", "人才", "制造业", "新能源" },
}

-- occurrences of w in t (plain, non-overlapping): string.find runs in C
local function count(t, w)
  local n, k = 0, 1
  while true do
    local i, j = t:find(w, k, true)
    if not i then return n end
    n, k = n + 1, j + 1
  end
end

function R.run(doc, emit, opts)
  local list = (opts and opts.keywords) or R.default
  if type(list) == "string" then
    local t = {}
    -- a full-width comma is three bytes: make it ASCII before splitting
    for w in list:gsub("，", ","):gmatch("[^,%s]+") do t[#t + 1] = w end
    list = t
  end
  if type(list) ~= "table" or #list == 0 then error("keywords: opts.keywords must be a non-empty list of words", 0) end
  for k, w in ipairs(list) do
    if type(w) ~= "string" or w == "" then error(("keywords: opts.keywords[%d] is not a word"):format(k), 0) end
  end
  local sents = doc:sentences()
  if #sents == 0 then return end
  local _ = doc.sections -- the outline gives each sentence its section
  -- the sentences of each top-level section, joined with a newline so no
  -- keyword spans two sentences; the whole document is the sum
  local texts, tops, cur, buf = {}, {}, nil, {}
  local function flush()
    if #buf > 0 then texts[#texts + 1] = { sec = cur, text = table.concat(buf, "\n") } end
    buf = {}
  end
  for _, s in ipairs(sents) do
    local sec = s.section
    while sec and sec.parent do sec = sec.parent end
    if sec and (sec.level or 0) == 0 then sec = nil end
    if sec ~= cur then flush(); cur = sec; if sec then tops[#tops + 1] = sec end end
    buf[#buf + 1] = s.text
  end
  flush()
  local total, by = {}, {}
  for _, part in ipairs(texts) do
    for _, w in ipairs(list) do
      local n = count(part.text, w)
      if n > 0 then
        total[w] = (total[w] or 0) + n
        if part.sec then
          local c = by[part.sec] or {}
          by[part.sec] = c
          c[w] = (c[w] or 0) + n
        end
      end
    end
  end
  local first, last = sents[1], sents[#sents]
  for _, w in ipairs(list) do
    emit(first, { keyword = w, scope = "document", count = total[w] or 0, i = first.i, j = last.j })
  end
  for _, sec in ipairs(tops) do
    local s1 = sents[sec.first]
    for _, w in ipairs(list) do
      local n = by[sec] and by[sec][w]
      if n then
        emit(s1, { keyword = w, scope = "section", section = sec.title, count = n, i = sec.i, j = sec.j })
      end
    end
  end
end

return R
