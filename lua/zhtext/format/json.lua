--- json: the whole result as one JSON document:
-- {"documents":[...],"rules":[...],"records":[...],"errors":[...]}.
-- Documents keep their metadata (file, title, date, year, ...), not the
-- document object. Each record has "rule", then its table's columns in
-- order; one record a line so the file diffs and greps well.
local F = require "zhtext.format"

local DOC_KEYS = { "file", "title", "date", "year" }

local function document(d)
  local keys, have = {}, {}
  for _, k in ipairs(DOC_KEYS) do keys[#keys + 1] = k; have[k] = true end
  local rest = {}
  for k, v in pairs(d) do
    if type(k) == "string" and not have[k] and k ~= "doc" and type(v) ~= "function" then
      rest[#rest + 1] = k
    end
  end
  table.sort(rest)
  for _, k in ipairs(rest) do keys[#keys + 1] = k end
  return F.object(d, keys)
end

local function list(out, name, items, encode, last)
  out:write(F.json(name), ":[")
  for n, x in ipairs(items) do
    out:write(n == 1 and "\n" or ",\n", encode(x))
  end
  out:write(#items > 0 and "\n]" or "]", last and "\n" or ",\n")
end

return {
  name = "json",
  description = "one JSON document: documents, rules, records and errors",
  extension = "json",
  write = function(result, out, opts)
    out:write("{")
    list(out, "documents", result.documents or {}, document)
    list(out, "rules", result.rules or {}, function(r)
      return F.object(r, { "name", "description", "fields" })
    end)
    local recs = {}
    for _, e in ipairs(F.tables(result, { file = opts.file ~= false })) do
      local cols = F.with_rule(e.columns)
      for _, r in ipairs(e.records) do
        recs[#recs + 1] = { r = r, cols = cols, name = e.rule.name }
      end
    end
    -- records keep the result's order, whatever their rule
    local pos = {}
    for n, r in ipairs(result.records or {}) do pos[r] = n end
    table.sort(recs, function(a, b) return pos[a.r] < pos[b.r] end)
    list(out, "records", recs, function(x)
      local r = x.r
      if r.rule == nil then r = setmetatable({ rule = x.name }, { __index = r }) end
      return F.object(r, x.cols)
    end)
    list(out, "errors", result.errors or {}, function(e)
      return F.object(e, { "file", "rule", "message" })
    end, true)
    out:write("}\n")
  end,
}
