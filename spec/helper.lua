-- Helpers several specs share (required as "spec.helper" from the checkout).
local number = require "zhtext.number"

local M = {}

-- the bytes of a file, or nil when it cannot be opened (a corpus file is
-- absent in a fresh clone: the spec then goes pending)
function M.slurp(path)
  local fh = io.open(path, "rb")
  if not fh then return nil end
  local s = fh:read("a")
  fh:close()
  return s
end

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
