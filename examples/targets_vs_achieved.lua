-- The targets one report set against what the next report says was achieved.
--   lua5.4 examples/targets_vs_achieved.lua PLAN_REPORT RESULT_REPORT [--format md|csv|jsonl]
-- e.g. the 2019 national report's targets against the 2020 report's review
-- (any pair: a county's 2023 report and its 2024 report). Each target
-- (targets rule) is matched with the first achieved figure (indicators rule)
-- of the second report whose subject names the same indicator, and judged:
-- over -> achieved >= target, under -> <=, about -> within 0.5 (percent) or
-- 5 %, range -> inside (or above), exact -> >=.
package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
package.cpath = "build/?.so;" .. package.cpath
local zt = require "zhtext"

local files, fmt = {}, "md"
local k = 1
while arg[k] do
  if arg[k] == "--format" then fmt, k = arg[k + 1], k + 1 else files[#files + 1] = arg[k] end
  k = k + 1
end
if #files ~= 2 then
  local c = "../shared/corpus/"
  if io.open(c .. "national_2019.txt") then
    files = { c .. "national_2019.txt", c .. "national_2023.txt" }
    io.stderr:write("no reports given: national 2019 targets against the 2023 review, as a demo\n")
  else
    io.stderr:write("usage: lua5.4 examples/targets_vs_achieved.lua PLAN_REPORT RESULT_REPORT [--format FMT]\n")
    os.exit(2)
  end
end

local plan = zt.analyze(files[1], { "targets" })
local done = zt.analyze(files[2], { "indicators" })
for _, r in ipairs({ plan, done }) do
  for _, e in ipairs(r.errors) do io.stderr:write("error: ", e.file or "", " ", e.message, "\n") end
end

-- the indicator without its change verb: 国内生产总值增长 -> 国内生产总值, 增长
local changes = { "增长", "下降", "降低", "提高", "减少", "增加", "涨幅", "上涨" }
local function split(ind)
  for _, v in ipairs(changes) do
    if ind:sub(-#v) == v and #ind > #v then return ind:sub(1, -#v - 1), v end
  end
  return ind, nil
end

local function same(a, b)
  return a == b or (#a >= 6 and #b >= 6 and (a:find(b, 1, true) or b:find(a, 1, true)) ~= nil)
end

local function judge(t, v)
  if v == nil then return nil end
  local target = t.value or t.lo
  if t.relation == "over" then return v >= target end
  if t.relation == "under" then return v <= target end
  if t.relation == "about" then
    local tol = t.kind == "percent" and 0.5 or math.abs(target) * 0.05
    return math.abs(v - target) <= tol
  end
  if t.relation == "range" then return v >= t.lo end
  return v >= target
end

local records = {}
for _, t in ipairs(plan.records) do
  local subject, change = split(t.indicator)
  local hit
  for _, a in ipairs(done.records) do
    -- a growth target wants a growth figure (kind and verb agree)
    if same(a.subject, subject) and a.kind == t.kind and (change == nil or a.verb == nil or a.verb == change
        or (change == "涨幅" and a.verb == "上涨")) then
      hit = a
      break
    end
  end
  records[#records + 1] = {
    indicator = t.indicator, relation = t.relation, target = t.value, target_lo = t.lo, target_hi = t.hi,
    unit = t.unit, achieved = hit and hit.value, met = judge(t, hit and hit.value),
    evidence = hit and hit.text, file = files[2], i = hit and hit.i, j = hit and hit.j,
  }
end

local result = {
  rules = { { name = "targets_vs_achieved", description = "targets of " .. files[1] .. " against " .. files[2],
    fields = { "indicator", "relation", "target", "target_lo", "target_hi", "unit", "achieved", "met", "evidence" } } },
  documents = { plan.documents[1], done.documents[1] },
  records = records,
  errors = {},
}
for _, r in ipairs(records) do r.rule = "targets_vs_achieved" end
zt.write(result, fmt, io.stdout)
