--- text: each record's text on a line of its own (the sentences command's
-- default: one sentence a line, as rejoined). With a file column (several
-- files, or opts.file) the line starts with "file:", as grep does. A record
-- without text is its cells joined by tabs. A line break inside a text
-- becomes a space, so a line is always one record.
local F = require "zhtext.format"

return {
  name = "text",
  description = "one record a line: its text (sentences), prefixed with the file when several",
  extension = "txt",
  stream = true, -- the CLI writes each document as soon as it is done
  rows = true, -- a result written in parts (opts.header false after the first) reads the same
  write = function(result, out, opts)
    for _, e in ipairs(F.tables(result, opts)) do
      local withfile = false
      for _, c in ipairs(e.columns) do withfile = withfile or c == "file" end
      for _, r in ipairs(e.records) do
        local s = r.text
        if s == nil then
          local cells = {}
          for _, c in ipairs(e.columns) do
            if c ~= "file" then cells[#cells + 1] = F.cell(r[c]) end
          end
          s = table.concat(cells, "\t")
        end
        s = F.cell(s):gsub("\r?\n", " ")
        if withfile then s = F.cell(r.file) .. ":" .. s end
        out:write(s, "\n")
      end
    end
  end,
}
