-- public services: figures about schools, hospitals, beds and care places in
-- the review part (the complete example of docs/rules.md).
--   zhtext analyze report.txt --rules examples/rules/public_services.lua
-- A figure's clause reads verb + object + figure (新增托位数300个) or
-- verb + examples + figure + object (建成城南小学、西门幼儿园等4所学校):
-- the verb is a field of its own, so no subject starts with one.
local G = require "zhtext.grammar"
local outline = require "zhtext.outline"

local topic = G.words { "学校", "小学", "中学", "幼儿园", "医院", "床位", "托位", "养老机构", "卫生院", "卫生室" }
local verb = G.words { "新建", "改扩建", "建成", "创成", "新增", "达到", "达", "为", "累计", "提供", "增加" }
-- an object after the figure ends at a list word or the next clause
local stop = G.words { "、", "和", "及", "与", "等", "，" }

return {
  name = "public_services",
  description = "figures about schools, hospitals, beds and care places in the review part",
  fields = { "rule", "file", "verb", "subject", "examples", "value", "unit", "approx", "text", "i", "j" },
  run = function(doc, emit)
    for _, s in ipairs(doc:sentences()) do
      local t = s.text
      if outline.part(s) == "review" and #s:numbers() > 0 and G.has(topic, t) then
        for _, c in ipairs(G.sentence_clauses(s)) do
          local from = c[1]
          for k, n in ipairs(c[3]) do
            local e = G.span_end(n, t)
            local before = t:sub(from, n.si - 1)
            local nx = c[3][k + 1]
            local after = t:sub(e + 1, nx and nx.si - 1 or c[2])
            local cut = G.find(stop, after)
            if cut then after = after:sub(1, cut - 1) end
            -- the verb splits the words before the figure: 新增 | 托位数
            local vi, vj, v = G.last(verb, before)
            local object = G.trim(G.strip_tail(stop, vi and before:sub(vj + 1) or G.strip_lead(before)))
            local subject, examples
            if G.has(topic, after) then
              -- 4所学校: what is counted follows the figure; a list before it gives examples
              subject, examples = G.trim(after), object ~= "" and object or nil
            elseif G.has(topic, object) then
              subject = object
            end
            if subject and not G.is_date(n) then
              emit(s, {
                verb = v, subject = subject, examples = examples, value = n.value, unit = n.unit,
                approx = n.approx, i = s:pos(vi and from + vi - 1 or from), j = s:pos(e),
              })
            end
            from = e + 1
          end
        end
      end
    end
  end,
}
