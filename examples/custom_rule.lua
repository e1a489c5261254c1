-- Run a rule file of your own (examples/rules/environment.lua by default)
-- over reports and print its records as a Markdown table.
--   lua5.4 examples/custom_rule.lua [--rule path/to/rule.lua] report.txt ...
-- From a checkout this finds zhtext in lua/ and build/; once installed with
-- luarocks the two path lines do nothing.
package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
package.cpath = "build/?.so;" .. package.cpath
local zt = require "zhtext"

local rule, files = "examples/rules/environment.lua", {}
local k = 1
while arg[k] do
  if arg[k] == "--rule" then rule, k = arg[k + 1], k + 1 else files[#files + 1] = arg[k] end
  k = k + 1
end
if #files == 0 then files = { "examples/data/changshan-2024-part1.txt" } end

local result = zt.analyze(files, { rule })
for _, e in ipairs(result.errors) do
  io.stderr:write("error: ", e.file and (e.file .. ": ") or "", e.message, "\n")
end
-- the records, in the rule's own column order, without the long sentence text
local fields = {}
for _, f in ipairs(result.rules[1] and result.rules[1].fields or {}) do
  if f ~= "text" and f ~= "rule" then fields[#fields + 1] = f end
end
if result.rules[1] then result.rules[1].fields = fields end
zt.write(result, "md", io.stdout)
os.exit(#result.errors == 0 and 0 or 1)
