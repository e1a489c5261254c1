--- table: plain text for a terminal: a table per rule, columns aligned by
-- display width (CJK = 2), numbers right-aligned, two spaces between
-- columns. What zt.show prints and the numbers command's default.
-- opts.maxwidth cuts longer cells (with "…"); opts.drop_file drops the file
-- column; opts.errors = false leaves out the errors (the CLI has written
-- them to stderr).
local F = require "zhtext.format"

local function clean(v, w)
  local s = F.cell(v):gsub("\r?\n", "⏎")
  if w then s = F.truncate(s, w) end
  return s
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
      -- a rule without records prints no header: nothing to show (a
      -- count heading says so when there are several rules)
      if #e.records == 0 then goto next end
      local cols = F.without(e.columns, "rule")
      if opts.drop_file then cols = F.without(cols, "file") end
      local isnum = F.numeric(cols, e.records)
      local rows, right = { {} }, {}
      for k, c in ipairs(cols) do rows[1][k] = c; right[k] = isnum[c] end
      for r, rec in ipairs(e.records) do
        local row = {}
        for k, c in ipairs(cols) do row[k] = clean(rec[c], opts.maxwidth) end
        rows[r + 1] = row
      end
      local lines, w = F.align(rows, right)
      local sep = {}
      for k = 1, #cols do sep[k] = string.rep("-", w[k]) end
      for r, line in ipairs(lines) do
        -- no trailing blanks: drop empty cells at the end, and the padding
        -- of a left-aligned last cell
        local last = #line
        while last > 1 and rows[r][last] == "" do last = last - 1 end
        if last < #line then
          if not right[last] then line[last] = rows[r][last] end
          for k = #line, last + 1, -1 do line[k] = nil end
        end
        out:write(table.concat(line, "  "), "\n")
        if r == 1 then out:write(table.concat(sep, "  "), "\n") end
      end
      ::next::
    end
    if opts.errors == false then return end
    for _, err in ipairs(result.errors or {}) do
      local msg = tostring(err.message)
      -- messages usually name their file already
      if err.rule and not msg:find(err.rule, 1, true) then msg = err.rule .. ": " .. msg end
      if err.file and not msg:find(err.file, 1, true) then msg = err.file .. ": " .. msg end
      out:write("error: ", msg, "\n")
    end
  end,
}
