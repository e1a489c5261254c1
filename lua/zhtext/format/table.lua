--- table: plain text for a terminal: a table per rule, columns aligned by
-- display width (CJK = 2), numbers right-aligned, two spaces between
-- columns. What zt.show prints and the numbers command's default.
local F = require "zhtext.format"

local function clean(v)
  return (F.cell(v):gsub("\r?\n", "⏎"))
end

return {
  name = "table",
  description = "aligned plain-text tables for the terminal",
  extension = "txt",
  write = function(result, out, opts)
    local list = F.tables(result, opts)
    for n, e in ipairs(list) do
      if #list > 1 then
        out:write(n > 1 and "\n" or "", "== ", e.rule.name, " (", #e.records, ")\n")
      end
      local cols = F.without(e.columns, "rule")
      local isnum = F.numeric(cols, e.records)
      local rows, right = { {} }, {}
      for k, c in ipairs(cols) do rows[1][k] = c; right[k] = isnum[c] end
      for r, rec in ipairs(e.records) do
        local row = {}
        for k, c in ipairs(cols) do row[k] = clean(rec[c]) end
        rows[r + 1] = row
      end
      local lines, w = F.align(rows, right)
      local sep = {}
      for k = 1, #cols do sep[k] = string.rep("-", w[k]) end
      for r, line in ipairs(lines) do
        -- empty last cells would leave the column gaps trailing
        out:write((table.concat(line, "  "):gsub(" +$", "")), "\n")
        if r == 1 then out:write(table.concat(sep, "  "), "\n") end
      end
    end
    for _, err in ipairs(result.errors or {}) do
      local msg = tostring(err.message)
      -- messages usually name their file already
      if err.rule and not msg:find(err.rule, 1, true) then msg = err.rule .. ": " .. msg end
      if err.file and not msg:find(err.file, 1, true) then msg = err.file .. ": " .. msg end
      out:write("error: ", msg, "\n")
    end
  end,
}
