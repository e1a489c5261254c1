--- targets: the planned year's numeric expected targets (主要预期目标).
--
-- Grammar, read top down:
--   statement  := lead-in  targets           (in any part but review/plan)
--   lead-in    := … (预期目标|主要目标|发展目标) [建议|确定] (是|为) [：]   (目标 may end a
--                 line and 是： start the next: "主要预期目标\n是：")
--   targets    := clause { (，|；) clause }   (then, if the lead-in ended its
--                 sentence, the following sentences, while they carry numbers)
--   clause     := [connector|time words] indicator [copula] number [marker]
--   indicator  := the words before the number, keeping the meaning verb
--                 (国内生产总值增长, 城镇新增就业); copulas 为/达到/控制在/保持在 go;
--                 an empty indicator inherits the previous one's subject
--                 (地区生产总值增长7.5%，达到309亿元 -> 地区生产总值 309亿元)
--   stretch    := 力争/争取 in the clause, or a following 力争…更好结果 clause
--   statement  := (今年|明年|<year>) [scope] headline [plan word] (增长|为) …  without a
--                 lead-in: one sentence, in the tasks part or with a plan word (计划 将 预计)
-- relation: about / over / under (from the number's approx) / range / exact.
-- i/j: from the start of the indicator to the end of the number.
local G = require "zhtext.grammar"
local outline = require "zhtext.outline"
local lpeg = require "lpeg"
local P = lpeg.P

local sp = G.space ^ 0
local lead_word = G.words { "预期目标", "主要目标", "发展目标", "主要指标", "经济社会发展目标", "目标任务",
  "工作目标", "奋斗目标", "主要预期性指标", "主要经济目标", "增长目标", "预期增长目标",
  "主要经济指标", "预期指标", "以下目标", "如下目标", "以下主要目标", "以下预期目标" }
-- a heading that is the lead-in: （二）主要预期目标 / 主要预期目标 (the list follows)
local heading_lead = G.words { "预期目标", "主要目标", "主要指标", "主要预期指标" } * sp * P"：" ^ -1
local lead = lead_word * sp * G.words { "建议", "初步", "确定", "安排", "拟", "设定", "定", "初步定" } ^ -1 * sp
  * (G.words { "是", "为", "如下" } * sp * G.words { "：", ":" } ^ -1 + G.words { "：", ":" })
local cont_start = sp * G.words { "是", "为" } * sp * G.words { "：", ":" } ^ -1 + sp * G.words { "：", ":" }
local cont_pos = cont_start * lpeg.Cp()
local list_end = G.words { "上述", "这些目标", "以上目标", "上述目标", "重点抓好", "重点做好", "着力抓好", "主要任务" }
local colon = G.words { "：", ":" } * G.space ^ 0
-- a five-year plan's goals (not 一九八五年, whose 五年 is a year)
local plan_word = G.words { "十五五", "十四五", "十三五", "十二五", "五年规划", "五年计划", "今后五年", "未来五年",
  "五年内", "到20", "2035年", "远景" }

-- copulas and fillers between an indicator and its number: not part of it
local copula = G.words { "为", "达到", "达", "控制在", "保持在", "稳定在", "保持", "稳定", "实现", "在", "到", "达至",
  "力争", "争取", "确保", "年均", "同比", "约", "分别", "均", "左右", "以上", "以内", "总量", "规模", "要", "预计",
  "以下", "超过", "不低于", "不高于", "不超过", "不少于", "大于", "小于", "突破", "全年", "以上的", "完成",
  "预期", "计划", "预期为", "计划为", "定为", "定在", "目标定在", "目标定为", "目标为", "目标是", "目标设定为",
  "目标确定为" }
local change = G.words { "增长", "下降", "降低", "提高", "减少", "增加", "提升", "上涨", "涨幅", "回落", "新增", "压减" }
local stretch_w = G.words { "力争", "争取", "努力实现", "更好结果", "更好的结果", "更高目标" }

-- a list that a line break left open: 城镇调查失业率5.5%左右；\n居民消费价格…
local open_end = G.words { "；", ";", "，", ",", "、" } * G.space ^ 0
-- relation words the number scanner leaves in the indicator: 失业率低于4.6%
local rel_word = G.words { "低于", "不高于", "不超过", "小于", "少于", "以下", "低於" }
local rel_over = G.words { "高于", "大于", "超过", "多于", "高於" }
local rel_any = G.union(rel_word, rel_over)
-- what may follow a target figure: a name like 万元GDP能耗 is no figure
local after_ok = G.words { "和", "及", "与", "、", "力争", "争取", "左右", "以上", "以内", "以下", "上下", "的",
  "之间", "；", "，", "。", "、", ";", ",", ".", "）", ")", "（", "(", "\n", "\r", " " }
local each = P"均" * change
-- what may stand between the numbers of one 分别 list: 5.5%和7%, 5%、6%
local gap_pat = (G.lead + G.list_sep) ^ 0 * -1
local dist_mark = P"分别" + each
local dist_tail = P"均" + P"分别"
local ends_target = (P"目标" + P"指标") * sp * P"：" ^ -1

-- the words before a number, cleaned into an indicator
-- plan words between an indicator and its change verb: 工农业总产值计划增长7%
local modal = G.words { "计划", "预计", "力争", "争取", "要", "确保", "预期", "将" }
-- a comparison baseline before the verb: 工业总产值将比一九五七年增长 (the base year is no part of the name)
local than = G.words { "比", "较" } * (G.time + G.words { "上年", "去年", "上年同期" })
G.maxlen[than], G.lastchars[than] = 10, { ["年"] = true, ["期"] = true }
local only_sep = (G.list_sep + G.space) ^ 1 * -1
local function indicator(raw)
  local t = G.strip_lead(raw)
  -- accounting qualifiers are no part of the indicator's name (收入同口径增长)
  if t:find("口径", 1, true) then
    t = t:gsub("按可比口径", ""):gsub("可比口径", ""):gsub("同口径", "")
  end
  t = G.strip_tail(copula, t)
  t = G.trim(t)
  -- 和力争6%: what is left of a joined figure's words is no name
  if only_sep:match(t) then return "" end
  local k = G.ends_with(change, t)
  if k and k > 1 then
    local stem = t:sub(1, k - 1)
    local bare = G.strip_tail(modal, G.strip_tail(than, G.strip_tail(modal, stem)))
    if bare ~= stem and bare ~= "" then t = bare .. t:sub(k) end
  end
  return t
end

-- a plan stated outside a lead-in, in the tasks part: 明年全县地区生产总值增长6%左右，…
-- (only with the headline indicator right after the time: 今年新建学校5所 is a task)
-- (only with a headline indicator right after the time: 今年新建学校5所 is a task;
-- outside the tasks part only with a plan word: 一九五八年，我们计划工业总产值将比…增长)
local core = G.words { "地区生产总值", "国内生产总值", "国民生产总值", "生产总值", "GDP", "经济增长速度", "经济增长",
  "经济增速", "经济总量", "工农业总产值", "工业总产值", "农业总产值", "国民收入" }
local plan_modal = G.words { "计划", "预计", "预期", "力争", "争取", "要", "将", "拟" }
local stmt_fill = (G.words { "，", ",", "的", "我们", "我国", "国家", "全国" } + G.scope + plan_modal + G.space) ^ 0
local stmt = sp * (G.words { "我们", "国家", "我国" } * sp) ^ -1 * G.words { "要求", "打算", "准备", "计划", "预计" } ^ -1
  * (G.words { "今年", "明年" } + G.time) * stmt_fill * lpeg.Cp() * core
  * (plan_modal + P"比" * (G.time + G.words { "上年", "去年" }) + G.space) ^ 0
  * G.words { "增长", "增速", "为", "达到", "增加" } * lpeg.Cp()

-- an indicator written before the lead word ends like one: 经济增长, 增长速度, 增速
local pre_end = G.union(change, G.words { "增长速度", "增速", "速度" })

local function base(ind)
  -- the indicator's subject without its change verb: 地区生产总值增长 -> 地区生产总值
  local k = G.ends_with(change, ind)
  if k and k > 1 then return ind:sub(1, k - 1) end
  return ind
end

local change_only = change * -1
-- 城镇、农村居民人均可支配收入分别增长 -> one indicator per item, verb kept
local function spread(ind, n)
  local stem = G.strip_tail(change, ind)
  local verb = ind:sub(#stem + 1)
  local items = G.distribute(G.strip_tail(dist_tail, stem), n)
  for k, it in ipairs(items) do items[k] = it .. verb end
  return items
end

local R = {
  name = "targets",
  description = "numeric expected targets of the planned year (预期目标): indicator, relation, value, unit, stretch",
  fields = { "rule", "file", "year", "indicator", "relation", "value", "lo", "hi", "kind", "approx", "unit",
    "stretch", "text", "i", "j", "sentence", "section" },
}

-- where the evidence of a target whose indicator is not written out as such
-- (城镇居民… from 城乡居民…分别) starts: its clause without leading 、和 and spaces
local function evidence_start(t, from, ni)
  local r = t:sub(from, ni - 1)
  local st = G.strip_lead(r)
  local k = st ~= "" and r:find(st, 1, true)
  return k and from + k - 1 or ni
end

-- Scan s.text from byte `from`; emit one record per target number.
-- state carries the last record and subject across clauses and sentences.
local function scan(s, from, year, emit, state)
  local t = s.text
  local section = s.section and s.section.title or nil
  for _, c in ipairs(G.sentence_clauses(s)) do
    local ci, cj = c[1], c[2]
    if cj >= from then
      if ci < from then ci = from end
      local clause = t:sub(ci, cj)
      local cnums = {}
      for _, n in ipairs(c[3]) do
        if G.is_enum(n, t) then
          ci = n.sj + 1 -- 1.地区生产总值增长…: the indicator starts after the enumerator
        elseif not G.is_date(n) and (n.sj >= #t or after_ok:match(t, G.span_end(n, t) + 1)
            or G.span_end(n, t) >= cj) then
          cnums[#cnums + 1] = n
        end
      end
      if #cnums == 0 then
        -- a stretch clause (在实际工作中力争更好结果) qualifies the target before it
        if state.last and G.has(stretch_w, clause) then state.last.stretch = true end
      else
        local pos = ci
        local stretch = G.has(stretch_w, t:sub(ci, cnums[1].si - 1))
        -- 分别: a list of indicators, then as many numbers joined by 、和及
        local dist, dk = nil, 0
        for k, n in ipairs(cnums) do
          local raw = t:sub(pos, n.si - 1)
          -- 低于4.6%: the relation the scanner did not take
          local rel
          local ri = G.ends_with(rel_word, G.trim(raw))
          if ri then rel = "under" elseif G.ends_with(rel_over, G.trim(raw)) then rel = "over" end
          if rel then raw = G.strip_tail(rel_any, G.trim(raw)) end
          -- 增长6%、力争7%: the stretch word may stand before any figure of the clause
          if k > 1 and G.has(stretch_w, raw) then stretch = true end
          -- 城乡居民人均可支配收入增长7%和8%以上: a list of numbers after an indicator that
          -- splits into as many (城乡) is distributed without 分别 too
          local implicit = not dist and cnums[k + 1] and indicator(raw) ~= ""
            and gap_pat:match(t:sub(G.span_end(n, t) + 1, cnums[k + 1].si - 1))
          if G.has(dist_mark, raw) or implicit then
            local m = k
            while cnums[m + 1] do
              local gap = t:sub(G.span_end(cnums[m], t) + 1, cnums[m + 1].si - 1)
              if not gap_pat:match(gap) then break end
              m = m + 1
            end
            local items = spread(indicator(raw), m - k + 1)
            if m > k and #items == m - k + 1 then dist, dk = items, k end
          end
          local ind
          if dist and dist[k - dk + 1] then
            ind = dist[k - dk + 1]
          elseif k > 1 and (indicator(raw) == "" or gap_pat:match(raw)) then
            -- 增长5%和6%: a number joined by 和/、 is the same indicator's
            ind = state.ind
          else
            ind = indicator(raw)
            -- 增长10% after 固定资产投资完成120亿元: the subject's growth
            if state.ind and change_only:match(ind) then
              ind = base(state.ind) .. ind
            end
          end
          if ind == nil or ind == "" then
            -- 达到309亿元 after 地区生产总值增长7.5%: the same subject
            -- 力争达到6% after 增长5.5%: the same indicator; 达到309亿元 after a
            -- growth rate: the level of the same subject
            if state.ind then
              ind = (state.last and state.last.kind == n.kind) and state.ind or base(state.ind)
            elseif state.pre then
              ind = state.pre
            end
          elseif not dist and G.has(each, raw) then
            -- 城镇、农村居民人均可支配收入均增长8%: one record per subject
            local items = spread(ind, 2)
            if #items > 1 then
              for _, it in ipairs(items) do
                local ii = t:find(it, pos, true)
                emit(s, {
                  year = year, indicator = it, relation = (not n.approx and rel) or G.relation(n), value = n.value,
                  lo = n.lo, hi = n.hi, kind = n.kind, approx = n.approx or rel, unit = n.unit, stretch = stretch,
                  i = s:pos(ii or evidence_start(t, pos, n.si)), j = s:pos(G.span_end(n, t)), section = section,
                })
              end
              ind = nil
            end
          end
          if ind and ind ~= "" then
            local ii = t:find(ind, pos, true)
            local rec = {
              year = year, indicator = ind, relation = (not n.approx and rel) or G.relation(n), value = n.value,
              lo = n.lo, hi = n.hi, kind = n.kind, approx = n.approx or rel, unit = n.unit, stretch = stretch,
              i = s:pos(ii or evidence_start(t, pos, n.si)), j = s:pos(G.span_end(n, t)), section = section,
            }
            emit(s, rec)
            state.last, state.ind = rec, ind
          end
          pos = G.span_end(n, t) + 1
        end
      end
    end
  end
end

-- the first year (a number of unit 年 between 1949 and 2100) before byte `before` of s.text
local function first_year(s, before)
  for _, x in ipairs(s:numbers()) do
    if x.sj >= before then return nil end
    if x.unit == "年" and math.type(x.value) == "integer" and x.value >= 1949 and x.value <= 2100 then return x.value end
  end
end
local outcome = G.words { "实际完成", "实际为", "完成了", "超额完成", "超过计划", "比计划", "计划完成" }

function R.run(doc, emit)
  local sents = doc:sentences()
  local meta = doc.meta or {}
  local k = 1
  -- emit through a buffer so a later stretch clause can still flag a record
  local buf = {}
  local function put(s, rec) buf[#buf + 1] = { s, rec } end
  while k <= #sents do
    local s = sents[k]
    local kind = outline.part(s)
    local t = s.text
    local from, cont, lead_ind
    if kind ~= "review" and kind ~= "plan" and (t:find("目标", 1, true) or t:find("指标", 1, true)) then
      local i, j = G.find(lead, t)
      if j and not G.has(plan_word, t:sub(1, j)) then
        from = j + 1
        -- 今年经济增长的预期目标为7%左右, 国内生产总值增长目标定为8%: the indicator stands
        -- before the lead word
        local pre = G.trim(t:sub(1, i - 1)):gsub("的$", "")
        if t:sub(i, i + 5) == "增长" then pre = pre .. "增长" end
        pre = indicator(pre)
        if G.ends_with(pre_end, pre) then lead_ind = pre end
      elseif G.ends_with(ends_target, t) and sents[k + 1] then
        -- 主要预期目标 | 是：地区生产总值增长…  (a broken line)
        local nx = sents[k + 1]
        local m = cont_pos:match(nx.text)
        if m and not G.has(plan_word, t) then
          k, s, t, from = k + 1, nx, nx.text, m
        elseif s.heading and G.ends_with(heading_lead, t) and not G.has(plan_word, t) then
          from = #t + 1 -- the heading announces the list below
        end
      end
    end
    local alone
    if not from and kind ~= "review" and kind ~= "plan" and not s.heading then
      local ci, cj = stmt:match(t)
      -- (a plan of a past year told with its outcome is review: 计划为…，实际完成…)
      if ci and (kind == "tasks" or kind == "targets" or G.has(plan_modal, t:sub(1, cj - 1)))
          and not G.has(outcome, t) then
        local y0 = first_year(s, ci)
        if not (y0 and meta.plan_year and y0 < meta.plan_year) then from, alone = ci, true end
      end
    end
    if from then
      -- the year in the lead-in: 2024年全市… / 一九八五年国民经济…计划
      local y = first_year(s, from) or meta.plan_year
      local state = { pre = lead_ind }
      scan(s, from, y, put, state)
      cont = G.trim(t:sub(from)) == ""
      if cont then
        -- the list follows in the next sentences
        local misses = 0
        local n = k + 1
        while n <= #sents and n <= k + 20 and misses < 2 do
          local s2 = sents[n]
          local has = false
          for _, x in ipairs(s2:numbers()) do
            if not G.is_date(x) and not G.is_enum(x, s2.text) then has = true break end
          end
          -- a new part or topic ends the list; numbered items (1. （1） 一是) do not
          local sec = s2.section
          if sec and sec ~= s.section and sec.first == n and outline.outer[sec.style] then break end
          -- the list is over where the report turns to it (实现上述目标…) or to a new lead-in
          if G.has(list_end, s2.text) or G.ends_with(colon, s2.text) then break end
          if has then
            misses = 0
            scan(s2, 1, y, put, state)
          else
            misses = misses + 1
          end
          n = n + 1
        end
        k = n - 1
      elseif not alone then
        -- (a statement outside a lead-in is one sentence: what follows it is the tasks)
        -- a list that runs on into the next sentences of its paragraph
        -- (…国际收支基本平衡。能耗强度下降3.1%以上，…): while they carry figures
        local n = k + 1
        -- (or, when a line ends on ；/， with the list still open, into the next line's sentences)
        while sents[n] and n <= k + 3 and ((sents[n].para == s.para and sents[n].block == s.block)
            or G.ends_with(open_end, sents[n - 1].text)) do
          local s2 = sents[n]
          if G.has(list_end, s2.text) or G.ends_with(colon, s2.text) then break end
          -- a target has a rate or a marker (能耗强度下降3.1%以上); a bare count
          -- (新建学校5所) is already the tasks
          local has = false
          for _, x in ipairs(s2:numbers()) do
            if not G.is_date(x) and not G.is_enum(x, s2.text) and (x.approx or x.kind == "percent"
                or x.kind == "ppoint" or x.kind == "permille") then has = true break end
          end
          if not has then break end
          scan(s2, 1, y, put, state)
          n = n + 1
        end
        k = n - 1
      end
    end
    k = k + 1
  end
  for _, e in ipairs(buf) do emit(e[1], e[2]) end
end

return R
