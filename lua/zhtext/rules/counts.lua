--- counts: how many things were added, brought in or built (新增规上工业企业25家,
-- 引进亿元以上项目28个, 建成5个未来社区, 新增100个以上项目).
--
-- Grammar, per clause:
--   count  := verb object number measure        (新增规上工业企业25家)
--           | verb number measure object        (建成5个未来社区)
--   verb   := 新增 引进 建成 创成 新建 培育 招引 落地 开工 新开工 改造 创建 获评 入选 认定 签约 …
--   measure:= the number's unit, a measure word (家 个 座 所 条 项 人 名 户 套 件 处 …)
-- part says where it stands (review: done, tasks: planned).
-- i/j: from the verb to the end of the count (or of the object when it follows).
local G = require "zhtext.grammar"
local outline = require "zhtext.outline"
local lpeg = require "lpeg"

local verb = G.words { "新增", "引进", "建成", "创成", "新建", "培育", "招引", "落地", "开工", "新开工", "改造", "创建",
  "获评", "入选", "认定", "签约", "建设", "打造", "新培育", "新认定", "新引进", "新招引", "新创建", "完成", "实施",
  "开通", "投用", "建成投用", "提升", "整治", "认定为", "获批", "新设", "设立", "组建", "新改建", "新改扩建", "改扩建", "新建设",
  "增加", "招募", "培训", "安置", "帮扶", "救助", "开展", "举办", "承办", "开行", "修建", "推出", "出台", "储备",
  "引育", "新引育", "资助", "制定", "修订", "办理", "建设筹集", "筹集" }
  * -G.words { "值", "率", "额", "量", "幅", "速", "业", "型", "者", "中心" } -- 增加值, 建设者 are nouns
local quote = G.words { "“", "”", "‘", "’", "《", "》" }
local measure = {}
for w in ([[家 个 座 所 条 项 人 名 户 套 件 处 批 只 辆 台 场 次 张 位 人次 家次 支 艘 架 间 栋 幢 部 本 款 种 类
  门 片 块 棵 株 所学校 个村 村 镇 乡 园 区 首 篇 宗 例 起 列 班 架次 艘次]]):gmatch("%S+") do measure[w] = true end
local stop = G.words { "、", "和", "及", "与", "等" }
local from_w = G.words { "从", "由", "從" }
local work = G.words { "改造", "改扩建", "新建", "建设", "任务", "工作", "治理", "整治", "修缮", "维修", "帮扶",
  "提升", "升级" }
local aspect = G.words { "了", "过" } * lpeg.Cp()
-- a list item with a verb of its own state (、总数达到8个) does not take the previous verb
local state_verb = G.words { "达到", "达", "为", "增至", "累计", "总数", "总量", "超过" }

local R = {
  name = "counts",
  description = "counts of things added, brought in or built: verb, object, value, measure word, part",
  fields = { "rule", "file", "verb", "object", "value", "lo", "hi", "approx", "unit", "text", "i", "j", "part",
    "sentence", "section" },
}

function R.run(doc, emit)
  for _, s in ipairs(doc:sentences()) do
    local t = s.text
    local nums = s:numbers()
    if #nums == 0 then goto next end
    local part = outline.part(s)
    local section = s.section and s.section.title or nil
    for _, c in ipairs(G.sentence_clauses(s)) do
      local ci, cj = c[1], c[2]
      local cn = c[3]
      local from = ci
      -- 新增A 25家、B 23家: a list item without a verb of its own takes the previous one's
      local prev_v
      for k, n in ipairs(cn) do
        local obj_end
        if n.kind == "number" and n.unit and measure[n.unit] and n.text ~= "一" and not G.in_quotes(t, n.si) then
          local raw = t:sub(from, n.si - 1)
          local vi, vj, v = G.last(verb, raw)
          if not vi and prev_v and (raw:sub(1, 3) == "、" or raw:sub(1, 3) == "和") and not G.has(state_verb, raw) then
            vi, vj, v = 4, 3, prev_v
          end
          prev_v = nil
          -- a verb inside a quoted name (“巩固、增强、提升、畅通”八个字) counts nothing
          if vi and G.in_quotes(t, from + vi - 1) then vi = nil end
          -- 帮扶从15个县扩大到57个: a baseline of a change, no things counted
          if vi and from_w:match(G.trim(raw:sub(vj + 1))) then vi = nil end
          if vi then
            prev_v = v
            -- 完成了17条: the aspect 了 belongs to the verb, not to the object
            local object = G.trim(G.strip_tail(G.list_sep, G.strip_lead(aspect:match(raw, vj + 1) and
              raw:sub(aspect:match(raw, vj + 1)) or raw:sub(vj + 1))))
            local e = G.span_end(n, t)
            local i, j = from + vi - 1, s:pos(e)
            if object == "" then
              -- verb number measure object: the object runs to the next number or the clause end
              local stop_at = cn[k + 1] and cn[k + 1].si - 1 or cj
              local rest = t:sub(e + 1, stop_at)
              local si = G.find(stop, rest)
              object = G.trim(si and rest:sub(1, si - 1) or rest)
              -- 17条道路的改扩建: the things counted are the words before 的 when
              -- what follows names the work done on them (not 村的污水治理设施)
              local de = object:find("的", 1, true)
              if de == 1 then
                object = G.trim(object:sub(4))
              elseif de and G.ends_with(work, object) then
                object = object:sub(1, de - 1)
              end
              if object ~= "" then
                local oi = rest:find(object, 1, true) or 1
                obj_end = e + oi - 1 + #object
                j = s:pos(obj_end)
              end
            end
            -- a quote mark alone is no object; 新增(大学生)就业 N人 is the
            -- indicator 新增就业 (indicators rule), not things counted
            if not (v == "新增" and object:sub(-6) == "就业")
              and (G.trim(G.strip_tail(quote, object)) ~= "" and not quote:match(object) or #object > 6) then
              emit(s, {
                verb = v, object = object, value = n.value, lo = n.lo, hi = n.hi, approx = n.approx,
                unit = n.unit, part = part, section = section, i = s:pos(i), j = j,
              })
            end
          end
        end
        -- a size class (引进亿元以上重大项目28个) belongs to the object: the
        -- count's verb stands before it
        -- (an object after the count is no part of the next one's: 新增22个试点、8个…)
        if obj_end then from = obj_end + 1 elseif not G.is_threshold(n, t) then from = G.span_end(n, t) + 1 end
      end
    end
    ::next::
  end
end

return R
