--- md: Markdown (GitHub tables). A table per rule under a heading with the
-- rule's name, columns padded to the same display width (a CJK character is
-- two columns, measured by the C core), numeric columns right-aligned.
-- In cells "\" and "|" are escaped, "&", "<" and ">" become entities (a
-- renderer shows <script> as text, not markup) and line breaks become <br>.
-- opts.maxwidth cuts longer cells (with "…"), as in the table format.
local F = require "zhtext.format"

local ENT = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;" }

local function esc(v, w)
  local s = F.cell(v)
  if w then s = F.truncate(s, w) end
  s = s:gsub("[&<>]", ENT):gsub("\\", "\\\\"):gsub("|", "\\|"):gsub("\r\n", "<br>"):gsub("[\r\n]", "<br>")
  return s
end

local function mdtable(out, cols, recs, maxwidth)
  local isnum = F.numeric(cols, recs)
  local rows, right = { {} }, {}
  for k, c in ipairs(cols) do rows[1][k] = esc(c); right[k] = isnum[c] end
  for n, r in ipairs(recs) do
    local row = {}
    for k, c in ipairs(cols) do row[k] = esc(r[c], maxwidth) end
    rows[n + 1] = row
  end
  local lines, w = F.align(rows, right, true)
  local rule = {}
  for k = 1, #cols do
    local dashes = string.rep("-", math.max(w[k], 3))
    rule[k] = right[k] and dashes:sub(2) .. ":" or dashes
  end
  -- pad the header and rows to the (possibly wider) separator too
  for r, line in ipairs(lines) do
    for k = 1, #cols do
      local extra = #rule[k] - w[k]
      if extra > 0 then
        if right[k] then line[k] = string.rep(" ", extra) .. line[k]
        else line[k] = line[k] .. string.rep(" ", extra) end
      end
    end
    out:write("| ", table.concat(line, " | "), " |\n")
    if r == 1 then out:write("| ", table.concat(rule, " | "), " |\n") end
  end
end

return {
  name = "md",
  description = "Markdown: a table per rule, aligned by display width",
  extension = "md",
  escape = esc,
  write = function(result, out, opts)
    local first = true
    local function heading(s)
      out:write(first and "" or "\n", "## ", s, "\n\n")
      first = false
    end
    for _, e in ipairs(F.tables(result, opts)) do
      local cols = F.without(e.columns, "rule")
      -- a file column repeating one name is noise for a reader
      if F.files(result) <= 1 and opts.file ~= true then cols = F.without(cols, "file") end
      heading(esc(e.rule.name))
      if e.rule.description and e.rule.description ~= "" then
        out:write(esc(e.rule.description), "\n\n")
      end
      if #e.records == 0 then
        out:write("(no records)\n")
      else
        mdtable(out, cols, e.records, opts.maxwidth)
      end
    end
    if result.errors and #result.errors > 0 then
      heading("errors")
      mdtable(out, { "file", "rule", "message" }, result.errors)
    end
  end,
}
