-- Keyword trends across a folder of reports: one row per keyword, one column
-- per report year.
--   lua5.4 examples/keyword_trends.lua DIR_OR_FILES... [--keywords 就业,消费,创新]
-- Years come from each report's date or headings (doc.meta.plan_year), else
-- from the first four-digit number in the file name.
package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
package.cpath = "build/?.so;" .. package.cpath
local zt = require "zhtext"

local inputs, keywords = {}, { "高质量发展", "新质生产力", "创新", "改革", "开放", "就业", "消费", "民生", "生态",
  "数字经济", "人工智能", "营商环境" }
local k = 1
while arg[k] do
  if arg[k] == "--keywords" then
    keywords = {}
    for w in arg[k + 1]:gsub("，", ","):gmatch("[^,]+") do keywords[#keywords + 1] = w end
    k = k + 1
  else
    inputs[#inputs + 1] = arg[k]
  end
  k = k + 1
end
if #inputs == 0 then
  inputs = { io.open("../shared/corpus/national_2019.txt") and "../shared/corpus" or "examples/data" }
end

-- a directory becomes its *.txt files (UTF-8 or GB18030: zt.read decodes both)
local files = {}
for _, x in ipairs(inputs) do
  local p = io.popen("ls -d '" .. x:gsub("'", "'\\''") .. "'/*.txt 2>/dev/null")
  local n = 0
  for f in p:lines() do
    if not f:find("gb18030", 1, true) then files[#files + 1] = f; n = n + 1 end
  end
  p:close()
  if n == 0 then files[#files + 1] = x end
end

local result = zt.analyze(files, { "keywords" }, { keywords = keywords })
for _, e in ipairs(result.errors) do io.stderr:write("error: ", e.file or "", " ", e.message, "\n") end

local year_of = {}
for _, d in ipairs(result.documents) do
  year_of[d.file] = d.year or tonumber(d.file:match("(%d%d%d%d)")) or d.file
end
local counts, years, seen = {}, {}, {}
for _, r in ipairs(result.records) do
  if r.scope == "document" then -- (a keyword absent from a report has a row with count 0)
    local y = year_of[r.file]
    if not seen[y] then seen[y] = true; years[#years + 1] = y end
    counts[r.keyword] = counts[r.keyword] or {}
    counts[r.keyword][y] = (counts[r.keyword][y] or 0) + r.count
  end
end
for _, d in ipairs(result.documents) do
  local y = year_of[d.file]
  if not seen[y] then seen[y] = true; years[#years + 1] = y end
end
table.sort(years, function(a, b) return tostring(a) < tostring(b) end)

-- a result of our own shape, so every output format works
local fields, rows = { "keyword" }, {}
for _, y in ipairs(years) do fields[#fields + 1] = tostring(y) end
for _, w in ipairs(keywords) do
  local row = { rule = "keyword_trends", keyword = w }
  for _, y in ipairs(years) do row[tostring(y)] = (counts[w] or {})[y] or 0 end
  rows[#rows + 1] = row
end
zt.write({ rules = { { name = "keyword_trends", description = "keyword counts per report year", fields = fields } },
  documents = result.documents, records = rows, errors = {} }, "md", io.stdout, { file = false })
