rockspec_format = "3.0"
package = "zhtext"
version = "scm-1"
source = { url = "git+file://." }
description = {
  summary = "Sentences, numbers and analyses of Chinese official documents",
  detailed = [[
zhtext splits Chinese government work reports and other official documents
into sentences, finds every number with its exact value, kind, approximation,
range and unit, and runs editable LPeg rules (indicators, targets, rankings,
counts, money, keywords) whose records it writes as JSON, CSV, Markdown or HTML.
A C core does the byte-level work; everything an analyst may change is Lua.]],
  license = "MIT",
}
dependencies = {
  "lua >= 5.4",
  "lpeg >= 1.0",
  "lua-cjson >= 2.1",
  "argparse >= 0.7",
}
external_dependencies = {
  UTF8PROC = { header = "utf8proc.h", library = "utf8proc" },
}
build = {
  type = "builtin",
  modules = {
    ["zhtext.core"] = {
      sources = { "csrc/lzhtext.c", "csrc/sentence.c", "csrc/number.c", "csrc/text.c" },
      incdirs = { "csrc", "$(UTF8PROC_INCDIR)" },
      libdirs = { "$(UTF8PROC_LIBDIR)" },
      libraries = { "utf8proc" },
    },
    ["zhtext"]               = "lua/zhtext/init.lua",
    ["zhtext.text"]          = "lua/zhtext/text.lua",
    ["zhtext.document"]      = "lua/zhtext/document.lua",
    ["zhtext.number"]        = "lua/zhtext/number.lua",
    ["zhtext.units"]         = "lua/zhtext/units.lua",
    ["zhtext.analyze"]       = "lua/zhtext/analyze.lua",
    ["zhtext.grammar"]       = "lua/zhtext/grammar.lua",
    ["zhtext.outline"]       = "lua/zhtext/outline.lua",
    ["zhtext.rules.targets"] = "lua/zhtext/rules/targets.lua",
    ["zhtext.rules.indicators"] = "lua/zhtext/rules/indicators.lua",
    ["zhtext.rules.rankings"] = "lua/zhtext/rules/rankings.lua",
    ["zhtext.rules.counts"]  = "lua/zhtext/rules/counts.lua",
    ["zhtext.rules.money"]   = "lua/zhtext/rules/money.lua",
    ["zhtext.rules.keywords"] = "lua/zhtext/rules/keywords.lua",
    ["zhtext.format"]        = "lua/zhtext/format/init.lua",
    ["zhtext.format.json"]   = "lua/zhtext/format/json.lua",
    ["zhtext.format.jsonl"]  = "lua/zhtext/format/jsonl.lua",
    ["zhtext.format.csv"]    = "lua/zhtext/format/csv.lua",
    ["zhtext.format.tsv"]    = "lua/zhtext/format/tsv.lua",
    ["zhtext.format.md"]     = "lua/zhtext/format/md.lua",
    ["zhtext.format.html"]   = "lua/zhtext/format/html.lua",
    ["zhtext.format.table"]  = "lua/zhtext/format/table.lua",
    ["zhtext.format.text"]   = "lua/zhtext/format/text.lua",
    ["zhtext.cli"]           = "lua/zhtext/cli.lua",
  },
  install = {
    bin = { zhtext = "bin/zhtext" },
  },
}
