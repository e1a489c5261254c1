--- indicators: achieved figures in the review part of a report.
--
-- Grammar, per clause (，；： split a sentence into clauses):
--   clause   := [scope|time words] subject [分别|均] [verb [reference]] [filler] number {、|和 number}
--   verb     := 增长 下降 达 达到 为 突破 超过 完成 提高 降低 新增 实现 …  (not 增加值, 增长率:
--               a verb followed by 值 率 额 量 幅 速 is part of a noun)
--   reference:= after 高于/低于/快于/超/占…: what the figure is compared with (全国、全省)
--   subject  := the words before the verb; empty -> the previous clause's subject
--               (国内生产总值增长6.6%，总量突破90万亿元 keeps 国内生产总值 for 总量? no:
--               总量 is a subject of its own; only an empty one inherits)
--   分别      := the subject (or the reference) is a list, one item per number
-- After 实现/完成 the object is the subject (实现地区生产总值309亿元).
-- Only sentences of the review part (outline.part(s) == "review"); a report
-- without a review heading uses every sentence outside targets/tasks/plan.
-- i/j: from the start of the subject to the end of the number.
local G = require "zhtext.grammar"
local outline = require "zhtext.outline"
local lpeg = require "lpeg"
local P = lpeg.P

local noun_tail = G.words { "值", "率", "额", "量", "幅", "速", "点", "面", "度", "比", "重", "级", "市", "期", "标",
  "产", "能", "部", "体" }
local verb_list = { "增长", "下降", "达", "达到", "为", "突破", "超过", "完成", "提高", "降低", "新增", "实现", "增加",
  "减少", "提升", "上涨", "回落", "增至", "降至", "扩大", "缩小", "占", "占比", "高于", "低于", "快于", "慢于", "高出",
  "超", "逾", "累计完成", "累计", "下降到", "提高到", "增长到", "攀升至", "跃升至", "上升", "下调", "压减", "节约",
  "收窄", "净增", "新开工", "保持在", "控制在", "稳定在", "达到了", "增长了", "下降了", "降到", "降为", "降低到",
  "回落到", "上升到", "增加到", "减少到", "提升到", "扩大到", "缩小到", "增长到",
  "压缩到", "压缩至", "缩短到", "缩短至", "压减到", "压减至",
  -- traditional characters (older and Hong Kong/Taiwan texts)
  "增長", "達到", "達", "為", "爲", "超過", "減少", "實現", "擴大", "縮小", "增長了", "提高到", "降低了" }
local verb = G.words(verb_list) * -noun_tail
local reference_verb = G.words { "高于", "低于", "快于", "慢于", "高出", "超", "超过", "占", "相当于" }
local object_verb = G.words { "实现", "完成", "累计完成", "新增", "累计" }
local filler = G.words { "了", "到", "至", "同比", "比上年", "年均", "分别", "均", "约", "达", "为", "近", "共",
  "总计", "合计", "累计", "以上", "左右", "“", "”", "的", "从", "由", "平均", "人均", "每年", "年均" }
-- 由2010年的 A: the time and 的 between 由/从 and the baseline
local from_tail = G.union(G.time, G.words { "的" }, G.space)
local list_stop = G.words { "、", "，", "；", "和", "及", "与", "等" }
-- an action verb alone is no subject: 创成5所省现代化学校 counts 省现代化学校
local action = G.words { "新增", "新建", "建成", "创成", "实施", "引进", "开展", "新设", "培育", "完成", "开行", "改造",
  "新改建", "建设", "打造", "招引", "落地", "举办", "承办", "培训", "帮扶", "救助", "发放", "新培育", "新认定",
  "创建", "获评", "入选", "认定", "新开工", "开工", "投用", "建成投用", "整治", "提升" } * -1
-- 从/由 A (提高到) B: A is the baseline
local from_w = G.words { "从", "由" }
-- 为 inside 作为/成为/认为/以为/列为… is not the copula
local not_wei = G.words { "作", "成", "认", "称", "视", "以", "因", "行", "更", "列", "评", "改", "定", "确", "转" }
local non_unit = { ["年"] = true, ["月"] = true, ["日"] = true, ["周年"] = true, ["届"] = true, ["次会议"] = true,
  ["号"] = true, ["时"] = true, ["级"] = true, ["期"] = true, ["批"] = true, ["轮"] = true }

local resp = P"分别"
local each = P"均" * verb

local R = {
  name = "indicators",
  description = "achieved figures of the review part: subject, verb, value, unit (分别 distributed, comparisons kept)",
  fields = { "rule", "file", "subject", "verb", "value", "lo", "hi", "kind", "approx", "unit", "text", "i", "j",
    "comparison", "sentence", "section" },
}

-- a figure inside a quoted or titled name (“两个确立”, 《十四五规划》) is a name
local function measurable(n, t)
  if G.is_date(n) or n.kind == "ordinal" then return false end
  if G.in_quotes(t, n.si) then return false end
  -- 一个/一批/一项 are articles more often than figures
  if n.text == "一" then return false end
  if n.kind ~= "number" then return true end
  -- 十方面: 方 begins 方面 here, it is no unit
  if n.unit == "方面" or (n.unit == "方" and t:sub(G.span_end(n, t) + 1, G.span_end(n, t) + 3) == "面") then
    return false
  end
  if G.is_threshold(n, t) then return false end
  -- 超千万人次的机场, 全国24.1%的增量: a figure that describes a noun
  if t:sub(G.span_end(n, t) + 1, G.span_end(n, t) + 3) == "的" then return false end
  return n.unit ~= nil and not non_unit[n.unit]
end

local subject_tail = G.union(filler, G.list_sep)
local function clean_subject(raw)
  local t = G.strip_lead(raw)
  t = G.strip_tail(subject_tail, t)
  return G.trim(t)
end

-- split a prefix (the words before a number) into subject, verb, reference
local function parse_prefix(raw)
  local vi, vj, v = G.last(verb, raw)
  if vi and v == "为" and vi > 3 and not_wei:match(raw, vi - 3) then vi = nil end
  if not vi then
    -- 研发经费投入强度从2.1%…, 收入由2010年的5.24亿元: the baseline of a change
    local r = G.strip_tail(from_tail, G.trim(raw))
    local fi = G.ends_with(from_w, r)
    if fi then return clean_subject(r:sub(1, fi - 1)), r:sub(fi), nil end
    return clean_subject(raw), nil, nil
  end
  local before, after = raw:sub(1, vi - 1), G.trim(raw:sub(vj + 1))
  if reference_verb:match(v) then
    -- 高于全国、全省: the reference keeps its scope words
    local ref = G.trim(G.strip_tail(filler, after))
    if ref ~= "" then return clean_subject(before), v, ref end
  elseif object_verb:match(v) then
    local obj = G.strip_tail(filler, G.strip_lead(after))
    if obj ~= "" then return obj, v, nil end
  end
  return clean_subject(before), v, nil
end

local function in_review(doc)
  for _, sec in ipairs(doc.sections or {}) do
    if sec.kind == "review" then return true end
  end
  return false
end

function R.run(doc, emit)
  local has_review = in_review(doc)
  for _, s in ipairs(doc:sentences()) do
    local part = outline.part(s)
    local ok
    if has_review then ok = part == "review" else ok = part ~= "targets" and part ~= "tasks" and part ~= "plan" end
    if ok and not s.heading and #s:numbers() > 0 then
      local t = s.text
      local section = s.section and s.section.title or nil
      local last_subject, named
      for _, c in ipairs(G.sentence_clauses(s)) do
        local ci = c[1]
        local cn = {}
        for _, n in ipairs(c[3]) do
          if measurable(n, t) then cn[#cn + 1] = n end
        end
        if #cn == 0 then
          -- a short clause without figures may name the subject of the next
          -- (浙江中欧班列（义新欧）开行2619列); a bracketed one does not replace it
          local opener = ci > 3 and t:sub(ci - 3, ci - 1)
          if opener ~= "（" and c[2] - ci < 36 then named = G.strip_lead(t:sub(ci, c[2])) end
        else
          local raw1 = t:sub(ci, cn[1].si - 1)
          local subj1, verb1, ref1 = parse_prefix(raw1)
          local named_here = named
          named = nil
          if subj1 == "" then
            subj1 = last_subject or ""
          elseif action:match(subj1) and named_here then
            subj1 = named_here .. subj1
          else
            -- 国内生产总值增长6.6%，总量突破90万亿元: whose 总量 it is
            subj1 = G.qualify(subj1, last_subject)
          end
          -- 分别 with several numbers: a list of subjects or of references
          local subs, refs
          if #cn > 1 and G.has(resp, raw1) then
            local l = G.distribute(subj1, #cn)
            if ref1 then
              local r = G.split_list(ref1)
              if #r == #cn then refs = r end
            end
            if not refs and #l == #cn then subs = l end
          elseif #cn > 1 and G.has(each, raw1) then
            subs = "each"
          end
          local pos = ci
          local psub, pverb, pref = subj1, verb1, ref1
          for k, n in ipairs(cn) do
            local subject, v, ref
            if k == 1 then
              subject, v, ref = subj1, verb1, ref1
            else
              -- an empty subject is the previous figure's (从10%降至2.5%; 1.9和1.1)
              subject, v, ref = parse_prefix(t:sub(pos, n.si - 1))
              if subject == "" and not v then subject, v, ref = psub, pverb, pref end
              if subject == "" then subject = psub end
            end
            psub, pverb, pref = subject, v, ref
            if type(subs) == "table" then subject = subs[k] end
            if action:match(subject) then
              -- verb number measure object: the object is the subject
              local nx = cn[k + 1]
              local rest = t:sub(G.span_end(n, t) + 1, nx and nx.si - 1 or c[2])
              local stop = G.find(list_stop, rest)
              local obj = G.trim(G.strip_tail(filler, stop and rest:sub(1, stop - 1) or rest))
              if obj ~= "" then subject, v = obj, subject end
            end
            if refs then ref = refs[k] end
            local list = { subject }
            if subs == nil and k == 1 and #cn == 1 and G.has(each, raw1) then
              list = G.distribute(subj1)
            end
            for _, sub in ipairs(list) do
              if sub ~= "" then
                local si = t:find(sub, ci, true)
                emit(s, {
                  subject = sub, verb = v, value = n.value, lo = n.lo, hi = n.hi, kind = n.kind,
                  approx = n.approx, unit = n.unit, comparison = ref, section = section,
                  i = si and si < n.si and s:pos(si) or n.i, j = s:pos(G.span_end(n, t)),
                })
              end
            end
            if subject ~= "" then last_subject = subject end
            pos = G.span_end(n, t) + 1
          end
        end
      end
    end
  end
end

return R
