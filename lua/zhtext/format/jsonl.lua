--- jsonl: one JSON object a line, keys in the rule's field order ("rule"
-- first when the result has several rules, "file" when it covers several
-- files or opts.file is true). Each line is written whole and flushed, so
-- processes writing to one pipe (xargs -P, GNU parallel) interleave whole
-- lines and the concatenation is valid JSON Lines.
local F = require "zhtext.format"

return {
  name = "jsonl",
  description = "one JSON object a line (JSON Lines), streams and concatenates",
  extension = "jsonl",
  stream = true, -- the CLI writes each document as soon as it is done
  rows = true, -- a result written in parts (opts.header false after the first) reads the same
  write = function(result, out, opts)
    local list = F.tables(result, opts)
    local cols, pos = {}, {}
    local byrec = {}
    for _, e in ipairs(list) do
      cols[e] = #list > 1 and F.with_rule(e.columns) or e.columns
      for _, r in ipairs(e.records) do byrec[r] = e end
    end
    for n, r in ipairs(result.records or {}) do pos[n] = r end
    for _, r in ipairs(pos) do
      local e = byrec[r]
      local rec = r
      if r.rule == nil then rec = setmetatable({ rule = e.rule.name }, { __index = r }) end
      out:write(F.object(rec, cols[e]) .. "\n")
      out:flush()
    end
  end,
}
