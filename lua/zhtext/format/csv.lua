--- csv: RFC 4180. A header row, then a row per record; fields quoted when
-- they hold a comma, a quote, CR or LF (quotes doubled); CRLF line ends.
-- Several rules in one result give one table: a "rule" column, then the
-- union of the rules' columns (a rule's records leave the others' empty).
-- opts.bom writes a UTF-8 BOM first, for Excel and WPS; opts.header = false
-- leaves the header row out (the CLI writes a long table in parts).
local F = require "zhtext.format"

local M = {}

--- The rows of a delimited table (shared with tsv).
function M.delimited(result, out, opts, sep, eol)
  local cols, recs, rule = F.union(result, opts)
  local special = "[\r\n\"" .. (sep == "\t" and "\t" or sep) .. "]"
  local function field(v)
    local s = F.cell(v)
    if s:find(special) then s = '"' .. s:gsub('"', '""') .. '"' end
    return s
  end
  if opts.bom then out:write("\239\187\191") end
  local row = {}
  if opts.header ~= false then
    for k, c in ipairs(cols) do row[k] = field(c) end
    out:write(table.concat(row, sep), eol)
  end
  for _, r in ipairs(recs) do
    for k, c in ipairs(cols) do
      local v = r[c]
      if c == "rule" and v == nil then v = rule[r] end
      row[k] = field(v)
    end
    out:write(table.concat(row, sep), eol)
  end
end

M.name = "csv"
M.description = "comma-separated values (RFC 4180, CRLF), a header row; --bom for spreadsheets"
M.extension = "csv"
M.rows = true -- a result written in parts (opts.header false after the first) reads the same
function M.write(result, out, opts)
  M.delimited(result, out, opts, ",", "\r\n")
end

return M
