--- rankings: positions in a league table (排名全市第三, 位列全省第一, 连续37年居全国首位).
--
-- Grammar, per clause:
--   ranking := [subject] [连续 N 年] verb scope (ordinal | 首位 | 榜首 | 前 N)
--   verb    := 排名 排在 位列 位居 居 列 名列 稳居 跃居 跻身 进入 保持 位次
--   scope   := the words between the verb and the position (全市, 全国, 山区26县, 全省县域)
--   subject := the words before the verb; empty -> the previous clause's subject
-- rank is the ordinal's value (首位/榜首 = 1); top = N for 前N (rank nil).
-- i/j: from the subject (or the verb) to the end of the position.
local G = require "zhtext.grammar"
local outline = require "zhtext.outline"
local lpeg = require "lpeg"
local P, C = lpeg.P, lpeg.C

local verb = G.words { "排名", "排在", "排", "位列", "位居", "居", "列", "名列", "稳居", "跃居", "跻身", "进入", "保持",
  "位次", "升至", "跃升至", "列入", "提升至", "提高至", "上升至", "提升到", "上升到", "跃居", "稳居", "位于" }
local verb_scope = verb * G.scope
-- 均居/分别居: each item of the subject list holds the position
local each = G.words { "均", "分别", "都" }
-- the words that introduce a figure, stripped from a subject taken from one
local fig_verb = G.words { "达到", "达", "为", "突破", "超过", "实现", "增长", "完成", "提高到", "提升至", "提高至",
  "增加到", "上升到", "降至", "下降", "提升到", "增至" }
-- where a clause's subject ends: its verb, 分别/均, a comparison
local predicate = G.union(fig_verb, G.words { "分别", "均", "高于", "低于", "快于", "超", "占", "居", "排名", "位列",
  "比上年", "同比", "较上年" })
local first_w = G.words { "首位", "榜首", "第一位", "第一名" }
local streak_p = P"连续" * C(G.digit ^ 1 + G.cnum ^ 1) * G.words { "年", "届", "次" }
local cn_val = { ["一"] = 1, ["二"] = 2, ["两"] = 2, ["三"] = 3, ["四"] = 4, ["五"] = 5, ["六"] = 6, ["七"] = 7,
  ["八"] = 8, ["九"] = 9, ["十"] = 10 }

-- the head of a quantity that can hold a rank without a verb (开户数, 创新能力, 总量)
local quantity = G.words { "数", "量", "额", "率", "值", "能力", "规模", "指数", "总量", "收入", "产值", "水平", "比重",
  "数量", "个数", "人数", "总数" }

local R = {
  name = "rankings",
  description = "rankings: subject, scope (全国/全省/全市…), rank or top-N, streak (连续N年)",
  fields = { "rule", "file", "subject", "verb", "scope", "rank", "top", "streak", "text", "i", "j", "part",
    "sentence", "section" },
}

local function small(s)
  local n = tonumber(s)
  if n then return math.tointeger(n) end
  local v, acc = 0, 0
  for _, c in utf8.codes(s) do
    local ch = utf8.char(c)
    local d = cn_val[ch]
    if d == 10 then v = v + (acc == 0 and 10 or acc * 10); acc = 0 elseif d then acc = d end
  end
  return v + acc
end

function R.run(doc, emit)
  for _, s in ipairs(doc:sentences()) do
    local t = s.text
    -- a sentence without a position (an ordinal, 前N, 首位/榜首) has no ranking
    do
      local any = t:find("首位", 1, true) or t:find("榜首", 1, true)
      if not any then
        for _, n in ipairs(s:numbers()) do
          if n.kind == "ordinal" or (n.si > 3 and t:sub(n.si - 3, n.si - 1) == "前") then any = true break end
        end
      end
      if not any then goto next end
    end
    local part = outline.part(s)
    local section = s.section and s.section.title or nil
    local last_subject, last_list
    for _, c in ipairs(G.sentence_clauses(s)) do
      local ci, cj = c[1], c[2]
      -- positions: ordinals (第三), 首位/榜首, 前N
      local pos = {}
      for _, n in ipairs(c[3]) do
        if n.kind == "ordinal" and t:sub(n.si, n.si + 2) == "第" then
          pos[#pos + 1] = { si = n.si, sj = n.sj, rank = n.value, j = n.j }
        elseif n.kind == "number" and n.si > 3 and t:sub(n.si - 3, n.si - 1) == "前" and not n.unit then
          pos[#pos + 1] = { si = n.si - 3, sj = n.sj, top = n.value, j = n.j }
        end
      end
      local f = t:find("首位", ci, true) or t:find("榜首", ci, true) or t:find("第一位", ci, true)
      if f and f <= cj then
        for _, m in ipairs(G.find_all(first_w, t:sub(ci, cj))) do
          pos[#pos + 1] = { si = ci + m[1] - 1, sj = ci + m[2] - 1, rank = 1, j = s:pos(ci + m[2] - 1) }
        end
      end
      if #pos == 0 then
        -- a clause without a position may name the subject of a later one
        -- (增速分别高于全国、全省1.9和1.1个百分点,排名全市第三: 增速)
        -- and each figure's own subject (研发人员达159万人、高技能人才达843万人，均居全国首位)
        local from0, list = ci, {}
        for _, n in ipairs(c[3]) do
          if not G.is_date(n) and n.si > from0 then
            local own = G.strip_lead(t:sub(from0, n.si - 1))
            local k = G.find(predicate, own)
            if k then own = own:sub(1, k - 1) end
            own = G.trim(own)
            if own ~= "" and (utf8.len(own) or 0) <= 20 then list[#list + 1] = own end
          end
          from0 = G.span_end(n, t) + 1
        end
        if list[1] then last_subject, last_list = list[1], list end
        goto clause_done
      end
      table.sort(pos, function(a, b) return a.si < b.si end)
      local from = ci
      local cnums = c[3]
      -- the clause's own subject: the words before its first figure (高铁运营总里程3411公里、跃居全国第一)
      local f1 = cnums[1]
      -- (not a streak: 连续两年排名全市第一 names no subject)
      if f1 and f1.si > ci and f1.kind ~= "ordinal" and (pos[1] == nil or pos[1].si > f1.si)
        and not (f1.si > 6 and t:sub(f1.si - 6, f1.si - 1) == "连续") then
        local own = G.strip_tail(fig_verb, G.strip_lead(t:sub(ci, f1.si - 1)))
        if own ~= "" and not G.has(verb_scope, own) then last_subject = own end
      end
      for _, p in ipairs(pos) do
        -- the subject starts after any figure before it (增长3.9%、总量连续37年居全国首位)
        for _, n in ipairs(cnums) do
          if n.si >= from and n.sj < p.si and n.kind ~= "ordinal" and not (n.unit == "年" and
            t:sub(math.max(1, n.si - 6), n.si - 1) == "连续") then from = G.span_end(n, t) + 1 end
        end
        local raw = t:sub(from, p.si - 1)
        local vi, vj, v = G.last(verb, raw)
        -- 个人养老金开户数全国第一, 区域创新能力连续9年全国第一: a quantity, then
        -- its scope right before the position, is a ranking without a verb
        if not vi then
          local sk = G.ends_with(G.scope, raw)
          local before = sk and G.trim(raw:sub(1, sk - 1))
          local sti = before and G.find(streak_p, before)
          local streakless = sti and G.trim(before:sub(1, sti - 1)) or before
          if streakless and streakless ~= ""
            and (G.ends_with(quantity, streakless) or G.ends_with(G.generic, streakless))
            and not G.find(G.clause_sep, raw) then
            vi, vj, v = sk, sk - 1, nil
            -- …获评A级以上、数量全国第一: the quantity is the last item's
            local cut = G.last(G.words { "、" }, before)
            if cut then
              from = from + cut + 2
              raw = t:sub(from, p.si - 1)
              vi, vj = sk - cut - 2, sk - cut - 3
            end
          end
        end
        if vi then
          local scope = G.trim(raw:sub(vj + 1))
          local head = G.trim(raw:sub(1, vi - 1))
          local distribute = G.ends_with(each, head)
          local subject = G.strip_tail(G.connector, G.strip_lead(head))
          local streak
          local k = G.find(streak_p, subject)
          if k then
            streak = small(streak_p:match(subject, k))
            subject = G.trim(subject:sub(1, k - 1))
          end
          local head_empty = subject == ""
          -- 地区生产总值增长3.9%、总量连续37年居全国首位: whose 总量 it is
          local own = subject
          if not head_empty then subject = G.qualify(subject, last_subject) end
          if subject == "" then subject = last_subject end
          if subject then last_subject = subject end
          local si = subject and (t:find(subject, 1, true) or (own ~= "" and t:find(own, from, true)))
          if not si or si > p.si then si = from + vi - 1 end
          -- no subject anywhere in the sentence: the record still stands, subject empty
          local items = { subject or false }
          if distribute and subject then items = G.split_list(subject) end
          -- 均居全国首位 after a clause of several figures: each figure's subject
          if distribute and head_empty and last_list and #last_list > 1 then items = last_list end
          for _, item in ipairs(items) do
            emit(s, {
              subject = item or nil, verb = v, scope = scope ~= "" and scope or nil, rank = p.rank, top = p.top,
              streak = streak, part = part, section = section, i = s:pos(si), j = p.j,
            })
          end
          from = p.sj + 1
        end
      end
      ::clause_done::
    end
    ::next::
  end
end

return R
