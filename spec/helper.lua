-- Helpers several specs share (required as "spec.helper" from the checkout).
local number = require "zhtext.number"

local M = {}

-- the number records of s as compact rows: text, value (or "lo..hi"), unit,
-- kind, approx, so a spec can state what a reader expects in one line
function M.rows(s)
  local t = {}
  for _, r in ipairs(number.scan(s)) do
    local v = r.value
    if v == nil then v = tostring(r.lo) .. ".." .. tostring(r.hi) end
    t[#t + 1] = { r.text, v, r.unit or "", r.kind, r.approx or "" }
  end
  return t
end

return M
