--- tsv: tab-separated values, the csv format's table with a tab between
-- fields and LF line ends (for cut, awk, sort). A field holding a tab, a
-- quote or a line break is quoted as in RFC 4180 (Python's csv module with
-- delimiter "\t" and pandas read it back).
local csv = require "zhtext.format.csv"

return {
  name = "tsv",
  description = "tab-separated values, a header row, LF line ends; --bom for spreadsheets",
  extension = "tsv",
  rows = true, -- a result written in parts (opts.header false after the first) reads the same
  write = function(result, out, opts)
    csv.delimited(result, out, opts, "\t", "\n")
  end,
}
