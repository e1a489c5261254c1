--- zhtext.cli: the command-line interface (bin/zhtext calls main(arg)).
--   zhtext sentences|numbers|analyze FILE... [-o FILE] [-f FORMAT] ...
--   zhtext formats | zhtext rules
-- Exit status: 0 success, 1 when some input (or rule) failed, the others
-- still processed and each failure named on stderr, 2 for usage errors.
local argparse = require "argparse"
local format = require "zhtext.format"

local M = {}

local ENCODINGS = { "utf-8", "gb18030", "utf-16le", "utf-16be" }
local DEFAULT = { sentences = "text", numbers = "table", analyze = "md", formats = "table", rules = "table" }
local NUMBER_FIELDS = { "i", "j", "text", "value", "lo", "hi", "kind", "approx", "unit" }
local STDIN = "<stdin>"

local function io_options(c, what, txt)
  c:argument("files", "Files or directories (read recursively: *.txt and *.md); - is standard input, "
    .. "which is also read when no file is given."):args("*")
  c:option("-o --output", "Write to FILE instead of standard output (the format follows its extension "
    .. "when --format is not given: .json .jsonl .csv .tsv .md .html, .txt for " .. txt .. ").")
  c:option("-f --format", "Output format: json, jsonl, csv, tsv, md, html, table, text, or the path of a "
    .. "format file (default: " .. what .. ").")
  c:flag("--bom", "Start csv/tsv output with a UTF-8 BOM (for Excel and WPS).")
  c:option("-w --width", "Cut table and md cells longer than N display columns (with …): "
    .. "long sentences stay readable in a terminal."):convert(function(v)
      local n = math.tointeger(tonumber(v))
      if not n or n < 2 then return nil, "--width takes a whole number of columns (2 or more), got " .. v end
      return n
    end)
  c:option("-e --encoding", "Input encoding (default: detected): " .. table.concat(ENCODINGS, ", ") .. ".")
    :choices(ENCODINGS)
  c:flag("--replace", "Replace invalid byte sequences with U+FFFD instead of failing.")
  c:flag("-H --with-file", "Add the file to every record (the default with several files).")
  c:flag("-q --quiet", "No progress bar.")
end

function M.parser()
  local p = argparse("zhtext", "Sentences, numbers and analyses of Chinese official documents "
    .. "(government work reports, 政府工作报告).")
    :epilog("Examples:\n"
      .. "  zhtext analyze report.txt                      # Markdown tables of every built-in rule\n"
      .. "  zhtext analyze reports/ -f csv --bom -o out.csv\n"
      .. "  zhtext numbers report.txt -f jsonl | jq .value\n"
      .. "  zhtext sentences report.txt | wc -l\n"
      .. "Run 'zhtext COMMAND --help' for a command's options.")
  p:command_target("command")
  p:help_max_width(100)

  local s = p:command("sentences", "Split documents into sentences: one a line, as rejoined.")
    :epilog("Examples:\n"
      .. "  zhtext sentences report.txt\n"
      .. "  zhtext sentences --clauses report.txt         # also split at ；/;\n"
      .. "  cat report.txt | zhtext sentences - -f jsonl  # {\"i\":..,\"j\":..,\"text\":..}\n"
      .. "  zhtext sentences -e gb18030 old-report.txt")
  io_options(s, "text: one sentence a line", "text")
  s:flag("--clauses", "Make ；and ; boundaries too (clause-level work).")

  local n = p:command("numbers", "List every number with its value, kind, range, approximation and unit.")
    :epilog("Examples:\n"
      .. "  zhtext numbers report.txt                     # an aligned table\n"
      .. "  zhtext numbers report.txt -f csv -o numbers.csv\n"
      .. "  zhtext numbers reports/ -f jsonl > numbers.jsonl")
  io_options(n, "table", "table")

  local a = p:command("analyze", "Run analysis rules (default: all built-in rules) and write their records.")
    :epilog("Examples:\n"
      .. "  zhtext analyze report.txt                     # Markdown, a table per rule\n"
      .. "  zhtext analyze report.txt --rules indicators,targets -f html -o report.html\n"
      .. "  zhtext analyze reports/ --rules ./my_rule.lua -f jsonl\n"
      .. "  zhtext analyze report.txt --rules keywords --keywords 新质生产力,数字经济\n"
      .. "  ls *.txt | xargs -P2 -n1 zhtext analyze -f jsonl > all.jsonl")
  io_options(a, "md", "table")
  a:option("-r --rules", "Comma-separated rule names or rule file paths (see 'zhtext rules').")
  a:option("-k --keywords", "Comma-separated keywords for the keywords rule.")

  local f = p:command("formats", "List the output formats.")
    :epilog("Examples:\n"
      .. "  zhtext formats\n"
      .. "  zhtext formats -f jsonl\n"
      .. "A format can also be a Lua file of your own: see docs/formats.md.")
  f:option("-f --format", "Output format of the list (default: table).")
  local r = p:command("rules", "List the built-in rules with their descriptions and fields.")
    :epilog("Examples:\n"
      .. "  zhtext rules\n"
      .. "  zhtext rules -f md\n"
      .. "A rule can also be a Lua file of your own (zhtext analyze --rules ./my_rule.lua): see docs/rules.md.")
  r:option("-f --format", "Output format of the list (default: table).")
  return p
end

---------------------------------------------------------------- helpers

local function warn(...)
  io.stderr:write("zhtext: ", ...)
  io.stderr:write("\n")
end

local function shq(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

-- A comma-separated list; a full-width comma (typed with a Chinese input
-- method) separates too. (Not in a [] class: that would split its bytes.)
local function split(s)
  local t = {}
  for x in s:gsub("，", ","):gmatch("[^,]+") do
    x = x:match("^%s*(.-)%s*$")
    if x ~= "" then t[#t + 1] = x end
  end
  return t
end

-- A directory opens but cannot be read (EISDIR, errno 21): no C needed.
local function isdir(path)
  local fh = io.open(path, "rb")
  if not fh then return false end
  local _, _, code = fh:read(0)
  fh:close()
  return code == 21
end

-- *.txt and *.md under dir, sorted, NUL-separated so any file name works.
local function walk(dir)
  local p = io.popen("find " .. shq(dir) .. " -type f \\( -name '*.txt' -o -name '*.md' \\) -print0 | LC_ALL=C sort -z")
  local out = p:read("a")
  p:close()
  local files = {}
  for path in out:gmatch("[^%z]+") do files[#files + 1] = path end
  return files
end

local function tty(fd)
  return os.execute("test -t " .. fd) == true
end

local function progress(total, enabled)
  if not enabled then return function() end end
  local width = 24
  return function(k, name)
    if not k then io.stderr:write("\r\27[K"); return end
    local done = math.floor(width * (k - 1) / total)
    io.stderr:write("\r\27[K[", string.rep("#", done), string.rep(".", width - done), "] ",
      k, "/", total, " ", name)
    io.stderr:flush()
  end
end

local function named(msg, name)
  msg = tostring(msg)
  if not msg:find(name, 1, true) then msg = name .. ": " .. msg end
  return msg
end

-- Read one input into a document: nil, message on failure.
local function load(name, opts)
  local document = require "zhtext.document"
  if type(document.read) ~= "function" then
    return nil, "zhtext.document is not available in this build"
  end
  local ropts = { encoding = opts.encoding, replace = opts.replace or nil, clauses = opts.clauses or nil }
  if name ~= STDIN then
    local doc, err = document.read(name, ropts)
    if not doc then return nil, named(err, name) end
    return doc
  end
  local text = require "zhtext.text"
  local bytes = io.stdin:read("a") or ""
  ropts.name = STDIN
  local utf8s, enc = text.decode(bytes, ropts)
  if not utf8s then return nil, named(enc, STDIN) end
  local doc, err = document.new(utf8s, ropts)
  if not doc then return nil, named(err, STDIN) end
  if doc.name == nil then doc.name = STDIN end
  if doc.encoding == nil then doc.encoding = enc end
  return doc
end

-- title/date come from the outline (RULES stream), read lazily; a document
-- without an outline still gets its records.
local function docentry(doc, name)
  local e = { file = name, doc = doc }
  pcall(function() e.title, e.date = doc.title, doc.date end)
  return e
end

-- A document's records handed to put in batches as they are made, the last
-- batch perhaps empty: no array of every sentence or record of the document
-- is built, so a 1 GB input takes little more than its own bytes.
local BATCH <const> = 1024
local function each_record(cmd, doc, name, put)
  local recs, n = {}, 0
  local function add(r)
    n = n + 1
    recs[n] = r
    if n == BATCH then put(recs); recs, n = {}, 0 end
  end
  for s in doc:each() do
    if cmd == "sentences" then
      add({ rule = "sentences", file = name, i = s.i, j = s.j, text = s.text })
    else
      for _, x in ipairs(s:numbers()) do
        local r = { rule = "numbers", file = name }
        for _, k in ipairs(NUMBER_FIELDS) do r[k] = x[k] end
        add(r)
      end
    end
  end
  put(recs)
end

local function records_of(cmd, doc, name)
  local all = {}
  each_record(cmd, doc, name, function(recs)
    for _, r in ipairs(recs) do all[#all + 1] = r end
  end)
  return all
end

local RULE_OF = {
  sentences = { name = "sentences", description = "sentences, as rejoined, with their byte spans",
    fields = { "i", "j", "text" } },
  numbers = { name = "numbers", description = "numbers with value, range, kind, approximation and unit",
    fields = NUMBER_FIELDS },
}

local function append(dst, src)
  for _, x in ipairs(src or {}) do dst[#dst + 1] = x end
end

-- -o FILE picks the format by its extension when --format is not given.
-- txt, which `zhtext formats` lists for both table and text, is the one
-- that suits the command: text (a sentence a line) for sentences, table for
-- the others. An extension no format has is a usage error: Markdown written
-- into x.xyz would surprise; a name without an extension gets the default.
local EXT = { markdown = "md", htm = "html", ndjson = "jsonl" }

local function fmt_for(o, cmd)
  if o.format then return o.format end
  local ext = o.output and o.output:match("%.([^./]+)$")
  if not ext then return DEFAULT[cmd] end
  ext = ext:lower()
  if ext == "txt" then return cmd == "sentences" and "text" or "table" end
  for _, name in ipairs(format.builtin) do
    if name == ext and name ~= "text" and name ~= "table" then return name end
  end
  if EXT[ext] then return EXT[ext] end
  local exts, seen = {}, {}
  for _, f in ipairs(format.list()) do
    if not seen[f.extension] then seen[f.extension] = true; exts[#exts + 1] = "." .. f.extension end
  end
  return nil, string.format("-o %s: unknown extension '.%s' (extensions: %s; or give --format: %s)",
    o.output, ext, table.concat(exts, ", "), table.concat(format.builtin, ", "))
end

---------------------------------------------------------------- commands

local function list(o, cmd)
  local result
  if cmd == "formats" then
    result = { rules = { { name = "formats", fields = { "name", "extension", "description" } } },
      records = format.list() }
  else
    local ok, rules = pcall(require("zhtext.analyze").list)
    if not ok then warn(rules); return 1 end
    local recs = {}
    for _, r in ipairs(rules) do
      recs[#recs + 1] = { name = r.name, fields = table.concat(r.fields or {}, ","), description = r.description }
    end
    result = { rules = { { name = "rules", fields = { "name", "description", "fields" } } }, records = recs }
  end
  local ok, err = format.write(result, fmt_for(o, cmd), io.stdout, { file = false, errors = false })
  if not ok then warn(err); return 2 end
  return 0
end

-- A rule file's message, short: a missing module is named with the rule's
-- file:line, without the search paths require lists after it.
local function short(msg)
  local m = msg:match("^(.-module '[^']*' not found):?\n")
  return m or msg
end

local function run(o, cmd)
  local fname, ferr = fmt_for(o, cmd)
  if not fname then warn(ferr); return 2 end
  local fmt
  fmt, ferr = format.load(fname)
  if not fmt then warn(ferr); return 2 end

  -- inputs: files, directories expanded, - for stdin (once: a second - would
  -- read an empty stream, so it is a usage error)
  local names, status = {}, 0
  local args = o.files
  if #args == 0 then
    if tty(0) then warn("no input: give FILE..., or - to read standard input (see --help)"); return 2 end
    args = { "-" }
  end
  local dashes = 0
  for _, x in ipairs(args) do
    if x == "-" then dashes = dashes + 1 end
  end
  if dashes > 1 then warn("- (standard input) is given " .. dashes .. " times: it can be read once"); return 2 end

  -- rules before any input is read: a misspelt built-in name is a usage
  -- error; a rule file that does not load is reported (once, file:line) and
  -- the other rules still run, exit status 1
  local analyze, rules, ruleerrs = nil, nil, {}
  if cmd == "analyze" then
    analyze = require "zhtext.analyze"
    local specs = o.rules and split(o.rules) or analyze.builtin
    if #specs == 0 then warn("--rules: no rule given"); return 2 end
    rules = {}
    for _, spec in ipairs(specs) do
      local r, err = analyze.load(spec)
      if r then
        rules[#rules + 1] = r
      else
        err = short(named(err, spec))
        if not (spec:find("/", 1, true) or spec:match("%.lua$")) and err:find("unknown rule", 1, true) then
          warn(err)
          return 2
        end
        warn(err)
        status = 1
        ruleerrs[#ruleerrs + 1] = { rule = spec, message = err }
      end
    end
    if #rules == 0 then return 1 end
  end

  for _, x in ipairs(args) do
    if x == "-" then names[#names + 1] = STDIN
    elseif isdir(x) then
      local found = walk(x)
      if #found == 0 then warn(x .. ": no *.txt or *.md files in this directory"); status = 1 end
      append(names, found)
    else names[#names + 1] = x end
  end

  local out, close = io.stdout, false
  if o.output then
    local fh, err = io.open(o.output, "wb")
    if not fh then warn(err); return 1 end
    out, close = fh, true
  end
  -- a streaming format flushes after each line: with a buffer larger than
  -- any line, each line leaves in one write(2), so processes sharing a pipe
  -- (xargs -P) interleave whole lines (POSIX makes writes up to PIPE_BUF,
  -- 4 KB, atomic)
  -- sentences and numbers in a row format (text, jsonl, csv, tsv) are
  -- written a batch at a time as the document is split: the output is the
  -- same as the whole result's, the memory a batch's
  local rows = (cmd == "sentences" or cmd == "numbers") and fmt.rows
  local streaming = fmt.stream or rows
  -- the live heap is then little more than the text (one string: marked at
  -- no cost) and its spans: a collection cycle once garbage reaches a fifth
  -- of it, not (the default pause) its whole size, keeps the peak at the
  -- read's (the file and its copy as a string, 2x the input)
  if rows then collectgarbage("incremental", 120) end
  if streaming then out:setvbuf("full", 1 << 20) end

  -- analyze records carry their file in data formats (jsonl lines from
  -- runs over single files must still say where they come from)
  local reader = { md = true, markdown = true, html = true, htm = true, table = true, text = true, txt = true }
  -- errors went to stderr as they happened; the documents (md, html, json)
  -- list them too, the terminal's table does not repeat them
  local wopts = { bom = o.bom, maxwidth = o.width,
    file = o.with_file or #names > 1 or (cmd == "analyze" and not reader[fname]) or nil,
    errors = fname ~= "table" }
  local base = cmd == "analyze" and { rules = {}, documents = {}, records = {}, errors = ruleerrs }
    or { rules = { RULE_OF[cmd] }, documents = {}, records = {}, errors = {} }
  local total = base
  local bar = progress(#names, #names > 1 and not o.quiet and tty(2))
  local ropts = { encoding = o.encoding, replace = o.replace, clauses = o.clauses }
  local wrote = false

  local function emit(part)
    local ok, err = format.write(part, fmt, out, wopts)
    if not ok then error({ write = err }) end
    -- the BOM and any header go once, at the start
    wopts.bom = nil
    if rows then wopts.header = false end
    wrote = true
  end

  local ok, err = pcall(function()
    for k, name in ipairs(names) do
      bar(k, name)
      local doc, msg = load(name, ropts)
      local part = { rules = base.rules, documents = {}, records = {}, errors = {} }
      if not doc then
        part.errors[1] = { file = name, message = msg }
      elseif cmd == "analyze" then
        local res = analyze.analyze({ doc }, rules, { keywords = o.keywords and split(o.keywords) })
        if #base.rules == 0 then base.rules = res.rules; part.rules = res.rules end
        for _, d in ipairs(res.documents) do d.file = name end
        for _, r in ipairs(res.records) do r.file = name end
        for _, e in ipairs(res.errors) do e.file = e.file and name end
        part.documents, part.records, part.errors = res.documents, res.records, res.errors
      elseif rows then
        -- no title or date (the outline would split the whole document
        -- first): row formats do not write them
        part.documents[1] = { file = name }
        local okr, e = pcall(each_record, cmd, doc, name, function(recs)
          if #recs > 0 or not wrote then
            part.records = recs
            bar(nil)
            -- a format's error is no error of this document: it stops the run
            local okw, werr = pcall(emit, part)
            if not okw then error(type(werr) == "table" and werr or { fatal = werr }, 0) end
          end
        end)
        part.records = {}
        if not okr then
          if type(e) == "table" then error(e, 0) end
          part.errors[1] = { file = name, message = named(e, name) }
        end
      else
        part.documents[1] = docentry(doc, name)
        local okr, recs = pcall(records_of, cmd, doc, name)
        if okr then part.records = recs else part.errors[1] = { file = name, message = named(recs, name) } end
      end
      for _, e in ipairs(part.errors) do
        local m = tostring(e.message)
        if e.rule and not m:find(e.rule, 1, true) then m = "rule " .. e.rule .. ": " .. m end
        bar(nil)
        warn(e.file and named(m, e.file) or m)
        status = 1
      end
      if streaming then
        -- streaming formats write each document as soon as it is done
        -- (the bar is cleared first: stdout may be the same terminal)
        if #part.records > 0 or not wrote then bar(nil); emit(part) end
      else
        append(total.documents, part.documents)
        append(total.records, part.records)
        append(total.errors, part.errors)
      end
    end
    bar(nil)
    if not streaming then emit(total) end
  end)
  if close then out:close() end
  if not ok then
    bar(nil)
    if type(err) == "table" and err.write then warn(err.write); return 1 end
    if type(err) == "table" and err.fatal then err = err.fatal end
    -- a format (perhaps a user's) or a document layer that raised: its
    -- message carries the file and line; no traceback for a user
    warn(tostring(err))
    return 1
  end
  return status
end

--- Run the CLI on an argument list (arg); returns the exit status.
function M.main(argv)
  local args = {}
  for k = 1, #(argv or {}) do args[k] = argv[k] end
  local p = M.parser()
  local ok, o = p:pparse(args)
  if not ok then
    io.stderr:write("zhtext: ", tostring(o), "\nTry 'zhtext --help' or 'zhtext COMMAND --help'.\n")
    return 2
  end
  local cmd = o.command
  if cmd == "formats" or cmd == "rules" then return list(o, cmd) end
  return run(o, cmd)
end

return M
