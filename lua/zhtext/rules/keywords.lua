--- keywords: how often each keyword of a list occurs, per document and per
-- top-level section. The list comes from opts.keywords (analyze's options,
-- CLI --keywords), else the default list below (edit it, or pass your own).
--
-- Records: one per keyword and scope with a count > 0; scope "document" (the
-- whole report; section nil) or "section" (a top-level section and all that
-- is under it). Counting is over the sentences as rejoined, so a word broken
-- across lines (政府工作报\n告) still counts. i/j: the scope's byte span.
local G = require "zhtext.grammar"
local lpeg = require "lpeg"
local C, Ct = lpeg.C, lpeg.Ct

local R = {
  name = "keywords",
  description = "frequency of a keyword list (opts.keywords) per document and per top-level section",
  fields = { "rule", "file", "keyword", "scope", "section", "count", "text", "i", "j", "sentence" },
  default = { "高质量发展", "新质生产力", "共同富裕", "乡村振兴", "数字经济", "人工智能", "营商环境", "民营经济",
    "科技创新", "绿色低碳", "碳达峰", "碳中和", "生态环境", "就业", "消费", "投资", "改革", "开放", "民生",
    "安全", "风险", "房地产", "债务", "教育", "医疗", "养老", "托育", "人才", "制造业", "新能源" },
}

local cache = {}
local function matcher(list)
  local key = table.concat(list, "\0")
  local m = cache[key]
  if not m then
    m = Ct((C(G.words(list)) + G.char) ^ 0)
    cache = { [key] = m } -- keep one: a run uses one list
  end
  return m
end

function R.run(doc, emit, opts)
  local list = (opts and opts.keywords) or R.default
  if type(list) == "string" then
    local t = {}
    for w in list:gmatch("[^,，%s]+") do t[#t + 1] = w end
    list = t
  end
  if type(list) ~= "table" or #list == 0 then error("keywords: opts.keywords must be a non-empty list of words", 0) end
  local m = matcher(list)
  local sents = doc:sentences()
  if #sents == 0 then return end
  local total, by_top, tops = {}, {}, {}
  for _, s in ipairs(sents) do
    local sec = s.section
    while sec and sec.parent do sec = sec.parent end
    local counts
    if sec and sec.level and sec.level > 0 then
      counts = by_top[sec]
      if not counts then counts = {}; by_top[sec] = counts; tops[#tops + 1] = sec end
    end
    for _, w in ipairs(m:match(s.text)) do
      total[w] = (total[w] or 0) + 1
      if counts then counts[w] = (counts[w] or 0) + 1 end
    end
  end
  local first, last = sents[1], sents[#sents]
  for _, w in ipairs(list) do
    if total[w] then
      emit(first, { keyword = w, scope = "document", count = total[w], i = first.i, j = last.j })
    end
  end
  for _, sec in ipairs(tops) do
    local s1 = sents[sec.first]
    for _, w in ipairs(list) do
      local n = by_top[sec][w]
      if n then
        emit(s1, { keyword = w, scope = "section", section = sec.title, count = n, i = sec.i, j = sec.j })
      end
    end
  end
end

return R
