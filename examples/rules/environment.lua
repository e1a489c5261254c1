-- A user rule: environmental figures (PM2.5, air quality days, water quality,
-- forest cover, energy and carbon). Copy it, add your own topics, run it:
--   bin/zhtext analyze report.txt --rules examples/rules/environment.lua
--   lua5.4 examples/custom_rule.lua report.txt
-- A rule is a table: name, description, fields (the column order of its
-- records) and run(doc, emit, opts), which calls emit(sentence, record) for
-- each record. Rules run in a sandbox: lpeg, zhtext.grammar, zhtext.outline,
-- zhtext.number, zhtext.units and zhtext.rules.* can be required.
local lpeg = require "lpeg"
local G = require "zhtext.grammar"     -- the rule library: words, clauses, subjects
local outline = require "zhtext.outline"

-- the topics, each a list of the words that announce it
local topics = {
  { "PM2.5", { "PM2.5", "细颗粒物" } },
  { "air quality", { "空气质量优良", "优良天数", "空气质量" } },
  { "ozone", { "臭氧" } },
  { "water quality", { "地表水", "水质", "断面", "优良水体", "Ⅰ类水", "I类水" } },
  { "forest cover", { "森林覆盖率", "森林蓄积量", "林木覆盖率" } },
  { "energy intensity", { "能耗", "单位国内生产总值能耗", "单位地区生产总值能耗" } },
  { "carbon", { "二氧化碳", "碳排放", "碳强度" } },
  { "pollutants", { "主要污染物", "化学需氧量", "氨氮", "二氧化硫", "氮氧化物" } },
}
local pats = {}
for k, t in ipairs(topics) do pats[k] = { t[1], G.words(t[2]) } end
local any = G.words((function()
  local all = {}
  for _, t in ipairs(topics) do for _, w in ipairs(t[2]) do all[#all + 1] = w end end
  return all
end)())
local pm = lpeg.P"PM"
-- verbs and copulas between a subject and its figure
local verb = G.words { "达到", "达", "为", "保持在", "控制在", "稳定在", "下降", "降低", "上升", "提高", "提高到",
  "上升到", "下降到", "降至", "增至", "由", "比例由", "分别", "均", "累计" }

return {
  name = "environment",
  description = "environmental figures: PM2.5, air and water quality, forest cover, energy and carbon",
  fields = { "rule", "file", "topic", "subject", "value", "lo", "hi", "kind", "approx", "unit", "part", "text",
    "i", "j" },
  run = function(doc, emit)
    for _, s in ipairs(doc:sentences()) do
      local t = s.text
      if #s:numbers() > 0 and G.has(any, t) then
        local subject, topic, pending
        for _, c in ipairs(G.sentence_clauses(s)) do
          local from = c[1]
          for _, n in ipairs(c[3]) do
            -- the 2.5 of PM2.5 is a name, not a figure
            local is_name = n.si > 2 and pm:match(t, n.si - 2) ~= nil
            if not is_name and not G.is_date(n) then
              local prefix = t:sub(from, n.si - 1)
              for _, p in ipairs(pats) do
                if G.has(p[2], prefix) then topic, subject = p[1], G.strip_lead(prefix) break end
              end
              if pending and not topic then
                -- 细颗粒物（PM2.5）平均浓度下降27.5%: the topic named before the bracket
                topic, subject = pending[1], pending[2] .. G.strip_lead(prefix)
              end
              -- a figure right after one of its topic keeps that topic (达86.5%、上升4个百分点)
              if topic and subject and subject ~= "" then
                local si = t:find(subject, 1, true)
                emit(s, {
                  topic = topic, subject = G.strip_tail(verb, subject), value = n.value, lo = n.lo, hi = n.hi,
                  kind = n.kind, approx = n.approx, unit = n.unit, part = outline.part(s),
                  i = si and s:pos(si) or n.i, j = s:pos(G.span_end(n, t)),
                })
                pending = nil
              end
            end
            if not is_name then from = G.span_end(n, t) + 1 end
          end
          -- a clause that names a topic but gives no figure hands it to the next
          pending = nil
          if not topic then
            local clause = t:sub(c[1], c[2])
            for _, p in ipairs(pats) do
              if G.has(p[2], clause) then pending = { p[1], G.strip_lead(clause) } break end
            end
          end
          topic = nil
        end
      end
    end
  end,
}
