--- money: amounts of money, scale applied (114.5亿元 -> 11450000000 元).
--
-- Grammar, per clause:
--   amount  := [subject [verb]] number currency        (currency: the number's unit)
--   subject := the words before the number, trimmed of scope/time words and
--              the verb (达 为 完成 投入 安排 争取 …); empty -> the previous clause's
-- The number layer has applied 万/亿; value (or lo/hi for a range) is in the
-- currency's base unit. part says where it stands (review: spent, tasks: planned).
-- i/j: from the subject to the end of the amount.
local G = require "zhtext.grammar"
local outline = require "zhtext.outline"
local lpeg = require "lpeg"

local currency = { ["元"] = true, ["美元"] = true, ["欧元"] = true, ["港元"] = true, ["港币"] = true, ["日元"] = true,
  ["英镑"] = true, ["人民币"] = true, ["澳门元"] = true, ["澳元"] = true, ["新台币"] = true, ["卢布"] = true,
  ["韩元"] = true }
-- verbs only: 支出, 投资, 收入 are also the nouns that name an amount
local verb = G.words { "达到", "达", "为", "完成", "投入", "安排", "争取", "实现", "突破", "超过", "超", "增加", "减少",
  "节约", "发放", "兑付", "减免", "拨付", "筹集", "下达", "累计", "新增", "增长", "下降", "减负", "共计", "合计", "约",
  "保持在", "稳定在", "控制在", "提高到", "提高", "增加到", "降至", "降到", "下降到", "增至", "提升至", "拿出",
  "撬动", "带动", "吸引", "获得", "落实", "兑现", "返还", "补助", "奖补",
  -- traditional characters (older reports)
  "達到", "達", "爲", "為", "節約", "增加到", "共達" } * -G.words { "值", "率", "额", "量" }
local verb_tail = G.words { "增长", "下降", "达到", "达", "为", "突破", "提高", "增加", "减少" }
local filler = G.words { "了", "到", "至", "同比", "分别", "均", "约", "达", "为", "共", "总计", "合计", "累计", "近",
  "逾", "超", "以上", "“", "”", "比去年", "比上年", "较上年", "每月", "每年", "每人", "人均", "从", "由", "的",
  -- 一九五四年有三萬億元: 有 names no amount
  "有", "共有", "就有", "已有", "還有", "还有", "已經", "已经", "約", "共計", "合計",
  -- adverbs of a series and a beneficiary (接连突破, 爲國家節約)
  "接连", "连续", "先后", "爲國家", "为国家", "每年爲國家", "每年为国家", "就可以每年" }

-- a verb leading the subject (完成投资, 共发放就业小额担保贷款, 拟安排专项债券):
-- the words after it name the amount
local lead_adv = G.words { "共计", "共", "累计", "累积", "拟", "计划", "当年", "全年", "就可以", "可以", "就", "每年", "可" }
local lead_verb = lpeg.C(G.words { "完成", "发放", "安排", "投入", "争取", "落实", "拿出", "下达", "拨付", "筹集",
  "兑付", "减免", "争取到", "落实好", "新增", "实现", "减轻", "节约", "筹措", "撬动", "吸引", "带动", "减少" })
  * lpeg.Cp()
local function split_verb(subject)
  local k = 1
  while true do
    local e = lead_adv:match(subject, k)
    if not e then break end
    k = e
  end
  local v, e = lead_verb:match(subject, k)
  if v then return v, G.trim(subject:sub(e)) end
  -- 共投资6.2亿元: only the adverb goes
  if k > 1 then return nil, G.trim(subject:sub(k)) end
end
-- a from-baseline at the end of a subject (公共预算收入由2010年的, 起征点从月销售额)
-- is no part of it
local from_w = G.words { "从", "由", "從" }
local from_tail = G.union(G.time, G.words { "的", "每月", "每年", "每人", "每户" }, G.space)
local in_word_before = G.words { "自", "理", "经", "缘", "来", "听", "任", "不", "因" } * -1
local in_word_after = G.words { "于", "此", "业", "事", "而", "中", "头", "来", "衷", "小", "容" }
local function strip_from(subject)
  local fi, fj = G.last(from_w, subject)
  if not fi or (fi > 1 and in_word_before:match(subject:sub(fi - 3, fi - 1)))
    or in_word_after:match(subject, fj + 1) then
    return subject
  end
  local q = G.strip_tail(from_tail, subject:sub(fj + 1))
  if (utf8.len(q) or 99) <= 5 and not q:find("、", 1, true) then return G.trim(subject:sub(1, fi - 1)) end
  return subject
end

-- what may stand between the subject and the amount: fillers, a time (增加到2015年的),
-- a comparison with a time (比2010年增加)
local tail = G.union(filler, G.time, G.words { "比", "较" } * G.time)

local R = {
  name = "money",
  description = "amounts with a currency (元, 美元 …), scale applied: subject, verb, value, currency, part",
  fields = { "rule", "file", "subject", "verb", "value", "lo", "hi", "approx", "unit", "text", "i", "j", "part",
    "sentence", "section" },
}

function R.run(doc, emit)
  for _, s in ipairs(doc:sentences()) do
    local t = s.text
    local nums = s:numbers()
    if #nums == 0 then goto next end
    local part = outline.part(s)
    local section = s.section and s.section.title or nil
    local last_subject, last_raw
    for _, c in ipairs(G.sentence_clauses(s)) do
      local from = c[1]
      for _, n in ipairs(c[3]) do
        -- 千亿元级产业集群: an amount before 级 is a size class, no amount
        if n.unit and currency[n.unit] and not G.is_threshold(n, t)
          and t:sub(G.span_end(n, t) + 1, G.span_end(n, t) + 3) ~= "级" then
          local raw = t:sub(from, n.si - 1)
          local subject, v = raw, nil
          local vi, vj, w = G.last(verb, raw)
          if vi and G.trim(G.strip_tail(tail, raw:sub(vj + 1))) == "" then
            subject, v = raw:sub(1, vi - 1), w
          end
          subject = strip_from(G.strip_tail(tail, G.strip_lead(subject)))
          -- 总投资30亿元的…项目当年完成投资: a subject never opens with 的
          while subject:sub(1, 3) == "的" do subject = G.strip_lead(subject:sub(4)) end
          -- 完成投资3.23亿元, 发放小额担保贷款9705万元: verb + the amount's noun
          local sv, rest = split_verb(subject)
          if sv and rest ~= "" then
            subject, v = rest, v or sv
          elseif sv and v then
            -- 完成投入33.4亿元: the last verb is the noun here
            subject, v = v, sv
          elseif rest then
            subject = rest
          end
          -- 国内生产总值增长6.6%，总量突破90万亿元: whose 总量 it is (the figure
          -- before, of any kind, names the owner)
          if last_subject == nil and last_raw then last_subject = G.strip_lead(last_raw) end
          subject = G.qualify(subject, last_subject)
          if subject == "" then subject = last_subject else last_subject = subject end
          local si = subject and t:find(subject, from, true)
          -- a verb before its noun (完成投资) opens the evidence
          local wi = v and si and t:find(v, from, true)
          if wi and wi < si then si = wi end
          emit(s, {
            subject = subject ~= "" and subject or nil, verb = v, value = n.value, lo = n.lo, hi = n.hi,
            approx = n.approx, unit = n.unit,
            part = part, section = section, i = si and si < n.si and s:pos(si) or n.i, j = s:pos(G.span_end(n, t)),
          })
        elseif not last_subject then
          -- remember where a non-money figure's subject is, in case an amount needs it
          last_raw = last_raw or G.strip_tail(verb_tail, t:sub(from, n.si - 1))
        end
        -- (a date stays in the next subject's words: 由2010年的5.24亿元 is stripped as a baseline)
        -- (nor a time word: 五年來, 五年共投资 are stripped as leads)
        if not G.is_date(n) and not G.time:match(t, n.si) then from = G.span_end(n, t) + 1 end
      end
    end
    ::next::
  end
end

return R
