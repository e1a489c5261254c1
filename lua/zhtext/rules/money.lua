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

local currency = { ["元"] = true, ["美元"] = true, ["欧元"] = true, ["港元"] = true, ["港币"] = true, ["日元"] = true,
  ["英镑"] = true, ["人民币"] = true, ["澳门元"] = true, ["澳元"] = true, ["新台币"] = true, ["卢布"] = true,
  ["韩元"] = true }
-- verbs only: 支出, 投资, 收入 are also the nouns that name an amount
local verb = G.words { "达到", "达", "为", "完成", "投入", "安排", "争取", "实现", "突破", "超过", "超", "增加", "减少",
  "节约", "发放", "兑付", "减免", "拨付", "筹集", "下达", "累计", "新增", "增长", "下降", "减负", "共计", "合计", "约",
  "保持在", "稳定在", "控制在", "提高到", "提高", "增加到", "降至", "降到", "下降到", "增至", "提升至", "拿出",
  "撬动", "带动", "吸引", "获得", "落实", "兑现", "返还", "补助", "奖补" } * -G.words { "值", "率", "额", "量" }
local verb_tail = G.words { "增长", "下降", "达到", "达", "为", "突破", "提高", "增加", "减少" }
local filler = G.words { "了", "到", "至", "同比", "分别", "均", "约", "达", "为", "共", "总计", "合计", "累计", "近",
  "逾", "超", "以上", "“", "”", "比去年", "比上年", "较上年", "每月", "每年", "每人", "人均", "从", "由", "的" }

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
        if n.unit and currency[n.unit] and not G.is_threshold(n, t) then
          local raw = t:sub(from, n.si - 1)
          local subject, v = raw, nil
          local vi, vj, w = G.last(verb, raw)
          if vi and G.trim(G.strip_tail(filler, raw:sub(vj + 1))) == "" then
            subject, v = raw:sub(1, vi - 1), w
          end
          subject = G.strip_tail(filler, G.strip_lead(subject))
          -- 国内生产总值增长6.6%，总量突破90万亿元: whose 总量 it is (the figure
          -- before, of any kind, names the owner)
          if last_subject == nil and last_raw then last_subject = G.strip_lead(last_raw) end
          subject = G.qualify(subject, last_subject)
          if subject == "" then subject = last_subject else last_subject = subject end
          local si = subject and t:find(subject, from, true)
          emit(s, {
            subject = subject, verb = v, value = n.value, lo = n.lo, hi = n.hi, approx = n.approx, unit = n.unit,
            part = part, section = section, i = si and si < n.si and s:pos(si) or n.i, j = s:pos(G.span_end(n, t)),
          })
        elseif not last_subject then
          -- remember where a non-money figure's subject is, in case an amount needs it
          last_raw = last_raw or G.strip_tail(verb_tail, t:sub(from, n.si - 1))
        end
        from = G.span_end(n, t) + 1
      end
    end
    ::next::
  end
end

return R
