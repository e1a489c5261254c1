--- indicators: achieved figures in the review part of a report.
--
-- An indicator is a measurable quantity + a verb of change or attainment + a
-- figure. Grammar, per clause (，；： split a sentence into clauses):
--   clause   := [lead] subject [分别|均] [verb [reference]] [filler] number {、|和 number}
--   lead     := scope, time, clause words (全年 2023年 一九五三年 但是 即 在全国)
--   verb     := 增长 下降 达 达到 为 突破 超过 提高到 占 增产 …  (not 增加值, 增长率: a verb
--               followed by 值 率 额 量 … is part of a noun; not 下达, 作为). A marker the
--               number scanner took (超过1.8万户) is the verb too.
--   reference:= after 高于/低于/快于/超/占…: what the figure is compared with (全国、全省)
--   subject  := a noun phrase: the words before the verb, trimmed of leads, trailing modal
--               and comparison words (预计 已经 比上年 比一九五二年) and a quoted slogan
--               before 的; empty -> the previous figure's; an aspect (总量 增速 增加值)
--               takes its owner (国内生产总值总量)
--   V + O    := verb object figure: 实现地区生产总值309亿元, 每年可减少房贷利息支出130亿元
--               (the object is the subject); words between a verb and its figure that are
--               no object mean the verb is inside the subject (服务业对经济增长贡献率接近60%)
--   baseline := 从/由 [qualifier] A (提高到) B: one record for B with baseline A
--               (起征点从月销售额3万元提高到15万元); 分别从A1、A2提高至B: one record
--               per item of the subject list, each with its baseline
--   将/把 X, 带动 X: X is the subject; 比制度建立之初 is a comparison, not subject
--   ratio    := subject 是/等于 base 的 N 倍: verb 是, comparison base
--   分别      := the subject (or the reference) is a list, one item per number
-- Not indicators (they are counts or money records): a figure with no verb whose
-- subject does not end in a quantity head (率 额 量 值 产量 面积 收入 外资 …), a clause
-- led by an action verb (新建 引进 开展 争取 安排 …), 新增/完成/实现 + things counted with
-- a measure word (新增上市公司23家), enumerations (A、B等10项), figures in quoted names.
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
  "超", "逾", "累计完成", "累计", "增产", "减产", "增收", "减收", "下降到", "提高到", "增长到", "攀升至", "跃升至", "上升", "下调", "压减", "节约",
  "收窄", "净增", "新开工", "保持在", "控制在", "稳定在", "达到了", "增长了", "下降了", "降到", "降为", "降低到",
  "回落到", "上升到", "增加到", "减少到", "提升到", "扩大到", "缩小到", "增长到",
  "压缩到", "压缩至", "缩短到", "缩短至", "压减到", "压减至", "提升至", "提高至", "增加至", "下降至", "减少至",
  "上升至", "扩大至", "降低至", "增长至", "回落至", "调整为", "调整到", "优化为", "优化调整为",
  -- traditional characters (older and Hong Kong/Taiwan texts)
  "增長", "達到", "達", "為", "爲", "超過", "佔", "減少", "實現", "擴大", "縮小", "增長了", "提高到", "降低了" }
local verb = G.words(verb_list) * -noun_tail
local reference_verb = G.words { "高于", "低于", "快于", "慢于", "高出", "超", "超过", "占", "相当于", "佔", "相當於",
  "高於", "低於" }
local object_verb = G.words { "实现", "完成", "累计完成", "新增", "累计" }
local filler = G.words { "了", "到", "至", "同比", "比上年", "年均", "分别", "均", "约", "达", "为", "近", "共",
  "总计", "合计", "累计", "以上", "左右", "“", "”", "的", "从", "由", "平均", "人均", "每年", "年均",
  -- modal and aspect words between a subject and its figure (研发投入强度预计达3.2%)
  "预计", "預計", "可", "可以", "将", "將", "有望", "已", "已经", "已經", "再", "也", "还", "仍", "就",
  "每月", "每人", "每户", "却", "又", "仍然", "都", "在", "已有", "共有", "只", "只要", "净", "连年", "连续", "接连",
  "約", "將", "卻", "已經" }
-- a comparison baseline at the end of a subject: 比上年, 比2010年, 比一九五二年, 较上年
local than = G.union(G.words { "比", "較", "较", "比较", "比較" }
  * G.union(G.cnum ^ 1 * P"年前" * G.words { "的" } ^ -1, G.time, G.words { "上年", "去年", "上年同期", "去年同期",
    "年初", "上年末", "上年底", "去年底" }))
G.maxlen[than], G.lastchars[than] = 10, { ["年"] = true, ["期"] = true, ["前"] = true }
-- a measurable quantity is named by a noun phrase ending in one of these heads
-- (粮食产量, 增加值, 覆盖率, 实际使用外资); without a verb of change or attainment
-- only such a phrase makes a figure an indicator (粮食产量1.3万亿斤, not 上市公司23家)
local qhead = G.words { "率", "额", "量", "值", "数", "价", "指数", "比重", "占比", "比例", "份额", "规模", "总量",
  "收入", "支出", "产值", "总产", "单产", "面积", "里程", "人口", "外资", "储备", "投资", "消费", "价格", "水平",
  "强度", "密度", "标准", "增速", "增幅", "速度", "寿命", "资产", "存款", "贷款", "利润", "税收", "收益", "出口",
  "进口", "营收", "用电", "装机", "产能", "能耗", "排放", "浓度", "时间", "容量", "就业", "客流", "利息", "成本",
  "费用", "经费", "负担", "GDP", "零售", "贸易", "产出", "工资", "利用外资", "金额", "增量", "存量", "余额", "总值",
  "人均", "均价", "税", "费",
  -- traditional characters
  "額", "數", "値", "價", "總産", "産值", "産量", "總額", "比重", "收入", "支出", "投資", "產值", "產量", "費" }
-- verbs of an action (新增 建成 引进 实施 …): a clause led by one counts things
-- done (新建学校5所, 引进项目28个): a counts or money record, not an indicator
local action_words = { "新增", "新建", "建成", "创成", "实施", "引进", "开展", "新设", "培育", "完成", "开行",
  "改造", "新改建", "建设", "打造", "招引", "落地", "举办", "承办", "培训", "帮扶", "救助", "发放", "新培育",
  "新认定", "创建", "获评", "入选", "认定", "新开工", "开工", "投用", "整治", "争取", "成功争取", "安排", "释放",
  "出台", "推出", "配套推出", "推动", "落实", "全面落实", "办理", "获", "斩获", "储备", "消化", "盘活", "征收",
  "兑付", "提供", "化解", "追发", "带动", "筹集", "建设筹集", "引育", "新引育", "资助", "设立", "制定", "修订",
  "提请", "挽回", "吸引", "撬动", "拉动", "减免", "减税", "降费", "退税", "修建", "新修", "硬化", "铺设", "种植",
  "植树", "造林", "治理", "接待", "惠及", "支持", "扶持", "奖励", "补贴", "补助", "拨付",
  "下达", "投入", "签约", "签订", "审结", "受理", "查处", "破获", "调解", "登记", "选出", "培养", "录取", "转移",
  "安置", "搬迁", "易地扶贫搬迁", "动态调整", "累计", "共", "先后", "新招引" }
local action_lead = G.words(action_words)
-- whole-word tests are table lookups: a 120-word LPeg choice costs per call
local function set(list)
  local t = {}
  for _, w in ipairs(list) do t[w] = true end
  return t
end
local action_set = set(action_words)
local verb_set = set(verb_list)
-- a verb the number scanner took as its approximation marker (超过1.8万户)
local marker_verb = lpeg.C(G.words { "超过", "突破", "超", "逾", "接近", "達到", "超過" })
-- object verbs whose object is the indicator (实现地区生产总值309亿元) only when
-- that object is a quantity; 新增上市公司23家 is a count
local count_verb = set { "新增", "完成", "累计完成", "累计", "实现", "新开工" }
-- 为 and 达 inside words: 作为 成为 下达 传达 表达 到达 are not copulas
local not_da = G.words { "下", "传", "表", "到", "送", "抵", "直", "通", "发", "转", "雷", "腾", "豁" }
-- ratios to a baseline: 是十年前的3倍, 等於一九四九年的二點六倍
local ratio_verb = G.words { "是", "为", "為", "爲", "等于", "等於", "相当于", "相當於", "达到", "達到" }
-- a leading slogan in quotes is no part of the subject: “一只果、一张纸”的规上工业产值
local slogan = P"“" * (G.char - P"”") ^ 0 * P"”" * P"的" ^ -1 * lpeg.Cp()
-- 由2010年的 A: the time and 的 between 由/从 and the baseline
local from_tail = G.union(G.time, G.words { "的", "每月", "每年", "每人", "每户" }, G.space)
local list_stop = G.words { "、", "，", "；", "和", "及", "与", "等" }
-- an action verb alone is no subject: 创成5所省现代化学校 counts 省现代化学校
local action = set { "新增", "新建", "建成", "创成", "实施", "引进", "开展", "新设", "培育", "完成", "开行", "改造",
  "新改建", "建设", "打造", "招引", "落地", "举办", "承办", "培训", "帮扶", "救助", "发放", "新培育", "新认定",
  "创建", "获评", "入选", "认定", "新开工", "开工", "投用", "建成投用", "整治", "提升" }
-- 从/由 A (提高到) B: A is the baseline
local from_w = G.words { "从", "由", "從" }
-- 从/由 inside a word (从业, 从事, 自由, 理由, 经由) is no baseline marker
local from_in_word_before = G.words { "自", "理", "经", "缘", "来", "听", "任", "不", "因" } * -1
local from_in_word_after = G.words { "于", "此", "业", "事", "而", "中", "头", "来", "衷", "小", "容" }
-- 为 inside 作为/成为/认为/以为/列为… is not the copula
local not_wei = G.words { "作", "成", "认", "称", "视", "以", "因", "行", "更", "列", "评", "改", "定", "确", "转" }
local non_unit = { ["年"] = true, ["月"] = true, ["日"] = true, ["周年"] = true, ["届"] = true, ["次会议"] = true,
  ["号"] = true, ["时"] = true, ["级"] = true, ["期"] = true, ["批"] = true, ["轮"] = true }

local resp = P"分别"
-- figures of change are not levels a later 分别 goes back over
local change_verb = G.words { "增长", "下降", "增加", "减少", "提高", "降低", "上涨", "回落", "增長" }
local each = P"均" * verb

local R = {
  name = "indicators",
  description = "achieved figures of the review part: subject, verb, value, unit (分别 distributed, comparisons kept)",
  fields = { "rule", "file", "subject", "verb", "value", "lo", "hi", "kind", "approx", "unit", "text", "i", "j",
    "comparison", "baseline", "sentence", "section" },
}

-- a figure inside a quoted or titled name (“两个确立”, 《十四五规划》) is a name
local name_char = G.han + lpeg.R("AZ", "az")
-- what may follow a figure in its own clause: a list or clause joiner, a
-- predicate about it (居 占 比), a milestone word (大关); any other character
-- starts the noun the figure counts
local after_ok = G.words { "和", "及", "与", "或", "并", "即", "且", "而", "但", "是", "居", "位", "占", "比", "较",
  "同比", "增长", "下降", "大关", "关口", "台阶", "其中", "等", "、", "半", "次", "分别", "均", "左右", "以上",
  "以下", "多", "余", "也", "都", "成为", "创", "为",
  -- a verb whose doers the figure counts (超过5.2亿人次参与)
  "参与", "参加", "参赛", "受益", "观看", "参观" }
-- 设立超500亿元区域基金, 8所大学入选, 4386万名务工人员: a figure with its
-- measure word run into a noun counts that noun, it is no level of the subject
local function attributive(n, t)
  if not n.unit or n.unit == "倍" then return false end
  local k = G.span_end(n, t) + 1
  return G.han:match(t, k) ~= nil and after_ok:match(t, k) == nil
end
-- 从2.50:1缩小至2.27:1: the 1 of a ratio to one is its denominator, no figure
local function denominator(n, t)
  if n.value ~= 1 or n.unit or not G.ratio_term(n, t) then return false end
  for _, w in ipairs { ":", "：", "∶" } do
    if n.si > #w + 1 and t:sub(n.si - #w, n.si - 1) == w then
      local b = t:byte(n.si - #w - 1)
      return b ~= nil and b >= 48 and b <= 57
    end
  end
  return false
end
local currency = { ["元"] = true, ["美元"] = true, ["欧元"] = true, ["港元"] = true, ["日元"] = true }
local bare_scale = { ["万"] = true, ["千"] = true, ["百"] = true, ["亿"] = true, ["萬"] = true, ["億"] = true }
local function measurable(n, t)
  if G.is_date(n) or n.kind == "ordinal" then return false end
  if G.in_quotes(t, n.si) then return false end
  -- 一个/一批/一项 are articles more often than figures
  -- (but 从一个月以上压缩到…: after 从/由 it is a baseline, nor is 以上 a size class there)
  local base = n.si > 3 and from_w:match(t, n.si - 3) ~= nil -- (the words are one character)
  if n.text == "一" and not base then return false end
  -- 每万人口发明专利拥有量: a per-capita denominator is part of the subject
  if n.si > 3 and t:sub(n.si - 3, n.si - 1) == "每" then return false end
  if n.kind ~= "number" then return true end
  -- 万元GDP能耗, 千人口: a bare scale word with its unit run into a name is a denominator
  if bare_scale[n.text] and n.unit and name_char:match(t, G.span_end(n, t) + 1) then return false end
  -- 十方面: 方 begins 方面 here, it is no unit
  if n.unit == "方面" or (n.unit == "方" and t:sub(G.span_end(n, t) + 1, G.span_end(n, t) + 3) == "面") then
    return false
  end
  if not base and G.is_threshold(n, t) then return false end
  -- 超千万人次的机场, 全国24.1%的增量: a figure that describes a noun
  if t:sub(G.span_end(n, t) + 1, G.span_end(n, t) + 3) == "的" then return false end
  if n.unit == nil then
    -- 三次产业结构调整为8.1:40.2:51.7: each term of a ratio is a figure
    if G.ratio_term(n, t) then return true end
    -- 农村贫困人口减少1386万: a scaled count whose unit the report leaves out
    local x = n.text
    return (x:find("万", 1, true) or x:find("亿", 1, true) or x:find("萬", 1, true) or x:find("億", 1, true)) ~= nil
  end
  return not non_unit[n.unit]
end

local subject_tail = G.union(filler, G.list_sep, than, G.time)
-- accounting qualifiers name no quantity: 一般公共预算收入…，同口径增长8.9%
local basis = G.words { "按可比价格计算", "按可比价计算", "按可比口径计算", "按可比口径", "按同口径计算", "按同口径",
  "可比口径", "同口径", "按现价计算", "现价", "扣除价格因素", "剔除价格因素", "实际" }
-- 将/把 move their object before the verb: the object is the quantity (阶段性将…起征点)
local disposal = lpeg.Ct((lpeg.Cp() * G.words { "将", "把" } * -G.words { "来", "近", "军", "领" } * lpeg.Cp()
  + G.char) ^ 0)
-- a verb of cause before the quantity it moved (带动固定资产投资增长5.1%)
local causative = G.words { "带动", "拉动", "推动", "促进", "助推", "促使", "带来", "使得" }
-- a comparison with a past state (比制度建立之初, 较改革前): no part of the subject
local than_any = lpeg.Ct((lpeg.Cp() * G.words { "比", "较", "較" } + G.char) ^ 0)
local than_tail = G.words { "之初", "之前", "以前", "之时", "时", "前", "初", "末", "底", "同期", "水平" } * -1
local than_not = G.words { "重", "例", "率", "较", "值", "价" }
local function strip_than(t)
  -- (most subjects have no 比/较: a plain find in C says so before a scan)
  if not (t:find("比", 1, true) or t:find("较", 1, true) or t:find("較", 1, true)) then return t end
  local ks = than_any:match(t)
  for m = #ks, 1, -1 do
    local k = ks[m]
    local rest = t:sub(k + 3)
    if k > 4 and not than_not:match(rest) and (utf8.len(rest) or 99) <= 12 and G.find(than_tail, rest) then
      return t:sub(1, k - 1)
    end
  end
  return t
end
local function clean_subject(raw)
  local t = G.strip_lead(raw)
  local ds = (t:find("将", 1, true) or t:find("把", 1, true)) and disposal:match(t)
  if ds and #ds >= 2 and ds[#ds] <= #t then t = G.strip_lead(t:sub(ds[#ds])) end
  local ce = causative:match(t)
  if ce and ce <= #t then t = G.strip_lead(t:sub(ce)) end
  t = strip_than(t)
  -- (a subject that is nothing else is empty: the figure is the previous subject's)
  if t:find("口径", 1, true) or t:find("价", 1, true) or t:find("实际", 1, true) then
    local b = G.trim(G.strip_tail(subject_tail, t))
    if b ~= "" and G.trim(G.strip_tail(basis, b)) == "" then t = "" end
  end
  local full = t
  t = G.strip_tail(subject_tail, t)
  -- 占比较上年: the comparison is 较上年, 比 belongs to 占比
  if t:sub(-3) == "占" and full:sub(#t + 1, #t + 3) == "比" then t = t .. "比" end
  -- a quoted enumeration before the noun: “一只果、一张纸…”的规上工业产值占比
  local e = t:sub(1, 3) == "“" and slogan:match(t)
  if e then
    local q = t:sub(1, e - 1)
    if q:find("、", 1, true) and q:sub(-3) == "的" and e <= #t then t = G.strip_lead(t:sub(e)) end
  end
  -- a subject never opens with 的 (今年的工农业总产值 once 今年 is gone)
  while t:sub(1, 3) == "的" do t = t:sub(4) end
  -- a quote mark whose pair lies outside the subject (“三公经费”较2010年下降)
  if t:sub(1, 3) == "“" and not t:find("”", 4, true) then t = t:sub(4) end
  if t:sub(-3) == "”" and not t:find("“", 1, true) then t = t:sub(1, -4) end
  return G.trim(t)
end

-- split a prefix (the words before a number) into subject, verb, reference
local function parse_prefix(raw, unit)
  local vi, vj, v = G.last(verb, raw)
  if vi and v == "为" and vi > 3 and not_wei:match(raw, vi - 3) then vi = nil end
  if vi and (v == "达" or v == "達") and vi > 3 and not_da:match(raw, vi - 3) then vi = nil end
  -- 是十年前的3倍: subject, ratio verb, baseline
  local r = G.trim(raw)
  if unit == "倍" and r:sub(-3) == "的" then
    local ri, rj, rv = G.last(ratio_verb, r)
    if ri and (not vi or ri > vi) then
      local base = G.trim(r:sub(rj + 1, -4))
      if base ~= "" and G.trim(G.strip_tail(subject_tail, r:sub(1, ri - 1))) ~= "" then
        return clean_subject(r:sub(1, ri - 1)), rv, base
      end
    end
  end
  if not vi then
    -- 研发经费投入强度从2.1%…, 收入由2010年的5.24亿元: the baseline of a change
    local b = G.strip_tail(from_tail, r)
    local fi = G.ends_with(from_w, b)
    if fi then return clean_subject(b:sub(1, fi - 1)), b:sub(fi), nil end
    -- 起征点从月销售额3万元: a short qualifier of the baseline between 从 and it
    local fl, fj, fw = G.last(from_w, b)
    if fl and fl > 3 and not from_in_word_before:match(b:sub(fl - 3, fl - 1))
      and not from_in_word_after:match(b, fj + 1) then
      local q = b:sub(fj + 1)
      if (utf8.len(q) or 99) <= 5 and not G.has(list_stop, q) and not G.has(verb, q) then
        return clean_subject(b:sub(1, fl - 1)), fw, nil
      end
    end
    return clean_subject(raw), nil, nil
  end
  local before, after = raw:sub(1, vi - 1), G.trim(raw:sub(vj + 1))
  -- 装机占比从23.3%: 占比 names the quantity, the figure is a baseline
  local fi = after ~= "" and G.ends_with(from_w, G.strip_tail(from_tail, after))
  if fi then
    local b = G.strip_tail(from_tail, after)
    return clean_subject(before .. v .. b:sub(1, fi - 1)), b:sub(fi), nil
  end
  if reference_verb:match(v) then
    -- 高于全国、全省: the reference keeps its scope words
    local ref = G.trim(G.strip_tail(filler, after))
    if ref ~= "" then return clean_subject(before), v, ref end
  elseif object_verb:match(v) then
    local obj = G.strip_tail(filler, G.strip_lead(after))
    if obj ~= "" then
      -- 城镇新增就业: a scope before the verb belongs to the indicator's name
      local b = clean_subject(before)
      if v == "新增" and b ~= "" and #b <= 12 and not action_set[b] and not object_verb:match(b) then
        return b .. v .. obj, v, nil
      end
      -- 新增就业 is the indicator's name (实现新增就业5650人)
      if v == "新增" and obj:sub(-6) == "就业" then return v .. obj, v, nil end
      return obj, v, nil
    end
  else
    local rest = G.strip_tail(subject_tail, after)
    if rest ~= "" then
      -- words between the verb and the figure: either its object (每年可减少
      -- 房贷利息支出约130亿元) or the verb was inside a noun (服务业对经济增长贡献率)
      if clean_subject(before) == "" and G.ends_with(qhead, rest) then return clean_subject(rest), v, nil end
      return clean_subject(raw), nil, nil
    end
  end
  return clean_subject(before), v, nil
end

-- Is (subject, verb) an achieved indicator? A change/attainment verb, or a
-- quantity noun phrase; not an action count and not an enumeration (A、B等10项).
-- measure words of things: after 新增/完成 such a figure counts things made or done
local thing = {}
for w in ([[家 个 项 所 座 条 件 部 台 套 场 支 处 批 只 辆 架 艘 间 栋 幢 本 款 种 类 列 次 场次 期 宗 起 张]]):gmatch("%S+") do
  thing[w] = true
end

local function is_indicator(subject, v, unit)
  if verb_set[subject] then return false end
  -- 完成投资15.9亿元, 投资1.29亿元: a project's spending (a money record)
  if subject == "投资" and (not v or count_verb[v]) then return false end
  -- 完成了17条: things done
  if v and count_verb[v] and thing[unit] then return false end
  -- one character (有, 其) names nothing
  if (utf8.len(subject) or 0) <= 1 or subject:sub(-3) == "等" or action_set[subject] then return false end
  if v and not count_verb[v] then return not action_set[v] end
  if G.ends_with(qhead, subject) == nil then return false end
  -- 生产总值、成本、利润四种: a list of things counted, no quantity
  if not v and subject:find("、", 1, true) then return false end
  return v ~= nil or action_lead:match(subject) == nil
end

-- where the evidence of a figure whose subject is not written out starts: the
-- clause (or the text after the previous figure) without its leading 、和 and spaces
local function evidence_start(t, from, ni)
  local r = t:sub(from, ni - 1)
  local st = G.strip_lead(r)
  local k = st ~= "" and r:find(st, 1, true)
  return k and from + k - 1 or ni
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
      local last_subject, named, last_list
      -- the subject of each figure so far: 接待游客1580万人次，实现旅游总收入156亿元，
      -- 分别增长12.3%和15.6% goes back over them
      local seen = {}
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
          -- 连续举办8届全国双创活动周、超过5.2亿人次: a figure of things counted
          -- (届 次 个, not measurable) before the first ends the words of its subject
          local from1 = ci
          for _, n in ipairs(c[3]) do
            if n.si >= cn[1].si then break end
            if n.unit and (non_unit[n.unit] or thing[n.unit]) and not G.is_date(n) and n.text ~= "一"
              and not G.in_quotes(t, n.si) and n.unit ~= "年" then
              from1 = G.span_end(n, t) + 1
            elseif n.unit and currency[n.unit] and t:sub(G.span_end(n, t) + 1, G.span_end(n, t) + 3) == "的" then
              -- 投资3.23亿元的拆炉并网工程…面积: the project's cost is no part of its subject
              from1 = G.span_end(n, t) + 4
            end
          end
          local raw1 = t:sub(from1, cn[1].si - 1)
          local subj1, verb1, ref1 = parse_prefix(raw1, cn[1].unit)
          local named_here = named
          named = nil
          local inherited = subj1 == ""
          if subj1 == "" then
            subj1 = last_subject or ""
          elseif named_here and action[subj1] and not verb1 then
            -- 浙江中欧班列（义新欧）开行2619列: the name is the subject, 开行 its verb
            subj1, verb1 = named_here, subj1
          elseif named_here and (action[subj1] or (ci > 3 and t:sub(ci - 3, ci - 1) == "）")) then
            -- 细颗粒物（PM2.5）平均浓度下降27.5%: the name before the bracket is the subject's head
            subj1 = named_here .. subj1
          else
            -- 国内生产总值增长6.6%，总量突破90万亿元: whose 总量 it is
            subj1 = G.qualify(subj1, last_subject)
          end
          -- 分别从50%、75%提高至100%: a list of baselines, then one shared
          -- target (or as many targets): one record per item of the subject
          if from_w:match(verb1 or "") and #cn >= 3 and G.has(resp, raw1) then
            local m = 1
            while cn[m + 1] and G.trim(t:sub(G.span_end(cn[m], t) + 1, cn[m + 1].si - 1)):match("^[、和与及,，]*$")
              and #G.trim(t:sub(G.span_end(cn[m], t) + 1, cn[m + 1].si - 1)) > 0 do
              m = m + 1
            end
            local r = #cn - m
            local l = G.distribute(subj1, m)
            if m >= 2 and (r == 1 or r == m) and #l == m then
              local _, v = parse_prefix(t:sub(G.span_end(cn[m], t) + 1, cn[m + 1].si - 1), cn[m + 1].unit)
              for k = 1, m do
                local n = cn[r == 1 and m + 1 or m + k]
                if v and is_indicator(l[k], v, n.unit) then
                  local si = t:find(l[k], ci, true)
                  emit(s, {
                    subject = l[k], verb = v, value = n.value, lo = n.lo, hi = n.hi, kind = n.kind,
                    approx = n.approx, unit = n.unit, section = section, baseline = cn[k].value,
                    i = s:pos(si and si < n.si and si or ci), j = s:pos(G.span_end(n, t)),
                  })
                end
              end
              last_subject, last_list = l[m], l
              goto next_clause
            end
          end
          -- 分别 with several numbers: a list of subjects or of references
          local subs, refs
          if #cn > 1 and G.has(resp, raw1) then
            -- …分别达到45678元和23456元，分别增长5.1%和7.3%: the second 分别
            -- without a subject goes over the same list
            local l = inherited and last_list and #last_list == #cn and last_list or G.distribute(subj1, #cn)
            if inherited and #l ~= #cn and #seen >= #cn then
              local back = {}
              for m = #seen - #cn + 1, #seen do
                if back[#back] ~= seen[m] then back[#back + 1] = seen[m] end
              end
              if #back == #cn then l = back end
            end
            if ref1 then
              local r = G.split_list(ref1)
              if #r == #cn then refs = r end
            end
            if not refs and #l == #cn then subs = l end
          elseif #cn > 1 and G.has(each, raw1) then
            subs = "each"
          elseif #cn > 1 and ref1 then
            -- 高于全国、全省1.3和0.8个百分点: as many references as figures pair up
            local r = G.split_list(ref1)
            if #r == #cn then refs = r end
          end
          if type(subs) == "table" then last_list = subs elseif not inherited then last_list = nil end
          local pos = ci
          local psub, pverb, pref = subj1, verb1, ref1
          -- 从2.1%提高到2.5%: the first figure is the baseline of the second
          local baseline
          for k, n in ipairs(cn) do
            if k > 1 and denominator(n, t) then pos = G.span_end(n, t) + 1 goto next_figure end
            local subject, v, ref
            if k == 1 then
              subject, v, ref = subj1, verb1, ref1
            else
              -- an empty subject is the previous figure's (从10%降至2.5%; 1.9和1.1)
              local gap = t:sub(pos, n.si - 1)
              -- the next term of a ratio (8.1:40.2): the same subject and verb
              if G.ratio_term(n, t) and (gap == ":" or gap == "：" or gap == "∶") then
                subject, v, ref = psub, pverb, pref
              else
                subject, v, ref = parse_prefix(gap, n.unit)
              end
              if subject == "" and not v then subject, v, ref = psub, pverb, pref end
              if subject == "" then subject = psub else subject = G.qualify(subject, psub) end
            end
            psub, pverb, pref = subject, v, ref
            if type(subs) == "table" then subject = subs[k] end
            if action[subject] then
              -- verb number measure object: the object is the subject
              local nx = cn[k + 1]
              local rest = t:sub(G.span_end(n, t) + 1, nx and nx.si - 1 or c[2])
              local stop = G.find(list_stop, rest)
              local obj = G.trim(G.strip_tail(filler, stop and rest:sub(1, stop - 1) or rest))
              if obj ~= "" then subject, v = obj, subject end
            end
            if refs then ref = refs[k] end
            if subject ~= "" and (v == nil or not G.has(change_verb, v)) then seen[#seen + 1] = subject end
            local list = { subject }
            if subs == nil and k == 1 and #cn == 1 and G.has(each, raw1) then
              list = G.distribute(subj1)
            end
            if not v then v = marker_verb:match(n.text) end
            local from = (v == "从" or v == "由" or v == "從") and cn[k + 1] and #list == 1 and subs == nil
            for _, sub in ipairs((from or attributive(n, t)) and {} or list) do
              if is_indicator(sub, v, n.unit) then
                local si = t:find(sub, ci, true)
                emit(s, {
                  subject = sub, verb = v, value = n.value, lo = n.lo, hi = n.hi, kind = n.kind,
                  approx = n.approx, unit = n.unit, comparison = ref, section = section, baseline = baseline,
                  i = s:pos(si and si < n.si and si or evidence_start(t, k == 1 and ci or pos, n.si)),
                  j = s:pos(G.span_end(n, t)),
                })
              end
            end
            baseline = from and n.value or nil
            if subject ~= "" then last_subject = subject end
            pos = G.span_end(n, t) + 1
            ::next_figure::
          end
        end
        ::next_clause::
      end
    end
  end
end

return R
