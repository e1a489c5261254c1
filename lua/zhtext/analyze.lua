--- zhtext.analyze: load rules (built-in by name, user files by path) and run
-- them over documents, each user rule under an instruction and time budget
-- (built-in rules too when opts.budget or opts.timeout is given).
--
-- A rule is a table { name = "...", description = "...", fields = {...},
-- run = function(doc, emit, opts) ... end }. run calls emit(s, rec) for each
-- record: s is the sentence the record comes from, rec a flat table of the
-- rule's fields (strings, numbers, booleans). analyze adds rule, file,
-- sentence (s.index) and text (s.text), and i/j (byte span in doc.text) when
-- the rule does not set them (then the whole sentence).
local M = {}

M.builtin = { "indicators", "targets", "rankings", "counts", "money", "keywords" }
M.default_budget = 200000000 -- VM instructions per rule per document
M.default_timeout = 30        -- CPU seconds per rule per document

local function where(level)
  local info = debug.getinfo(level, "Sl")
  if info and info.currentline and info.currentline > 0 then
    return info.short_src .. ":" .. info.currentline
  end
  return info and info.short_src or "?"
end

-- The user rule's environment. A rule file is the user's own code: it sees
-- the whole standard library and may require any module (io, a JSON library,
-- a lexicon of its own). What it gets apart from that: globals of its own
-- (an assignment lands in its environment, not in _G, so rules do not leak
-- into each other), print to stderr (stdout carries the records), and
-- coroutines that stay under the budget hook of the thread that makes them.
local function sandbox()
  local env = setmetatable({}, { __index = _G })
  -- hooks are per thread: a coroutine gets its maker's budget hook
  local function create(f)
    local co = coroutine.create(f)
    local h, m, c = debug.gethook()
    if h then debug.sethook(co, h, m, c) end
    return co
  end
  local co = {}
  for k, v in pairs(coroutine) do co[k] = v end
  co.create = create
  co.wrap = function(f)
    local c = create(f)
    return function(...)
      local r = table.pack(coroutine.resume(c, ...))
      if not r[1] then error(r[2], 0) end
      return table.unpack(r, 2, r.n)
    end
  end
  env.coroutine = co
  env.print = function(...)
    local t = table.pack(...)
    for k = 1, t.n do t[k] = tostring(t[k]) end
    io.stderr:write(table.concat(t, "\t"), "\n")
  end
  env._G = env
  return env
end

-- Run f(...) with an instruction/time budget; returns pcall's results.
local function budgeted(name, budget, timeout, f, ...)
  local step = 10000
  local used, t0 = 0, os.clock()
  debug.sethook(function()
    used = used + step
    if used > budget or os.clock() - t0 > timeout then
      debug.sethook()
      local why = used > budget and string.format("its budget of %d instructions", budget)
        or string.format("its time limit of %g s", timeout)
      error(string.format("%s: rule '%s' stopped: exceeded %s", where(3), name, why), 0)
    end
  end, "", step)
  local res = table.pack(pcall(f, ...))
  debug.sethook()
  return table.unpack(res, 1, res.n)
end

local function check_rule(rule, src)
  if type(rule) ~= "table" then
    return nil, string.format("%s: a rule must return a table (got %s)", src, type(rule))
  end
  if type(rule.name) ~= "string" or rule.name == "" then
    return nil, src .. ": rule.name must be a non-empty string"
  end
  if type(rule.run) ~= "function" then
    return nil, src .. ": rule.run must be a function(doc, emit, opts)"
  end
  if type(rule.fields) ~= "table" or #rule.fields == 0 then
    return nil, src .. ": rule.fields must be a non-empty list of field names"
  end
  for k, f in ipairs(rule.fields) do
    if type(f) ~= "string" then
      return nil, string.format("%s: rule.fields[%d] must be a string", src, k)
    end
  end
  if rule.description ~= nil and type(rule.description) ~= "string" then
    return nil, src .. ": rule.description must be a string"
  end
  return rule
end

-- rules loaded by name from zhtext.rules: the toolkit's own code
local builtin = setmetatable({}, { __mode = "k" })

--- Load a rule: a built-in name ("targets") or a path ("./my_rule.lua").
-- A table is taken as a rule already. Returns rule | nil, message.
function M.load(spec, opts)
  if type(spec) == "table" then return check_rule(spec, spec.name or "rule table") end
  if type(spec) ~= "string" then return nil, "a rule is a name, a path or a table (got " .. type(spec) .. ")" end
  if not spec:find("[/\\]") and not spec:find("%.lua$") then
    local ok, rule = pcall(require, "zhtext.rules." .. spec)
    if not ok then
      if tostring(rule):find("module 'zhtext.rules." .. spec .. "' not found", 1, true) then
        return nil, string.format("unknown rule '%s' (built-in: %s; or give a path to a .lua file)",
          spec, table.concat(M.builtin, ", "))
      end
      return nil, tostring(rule)
    end
    rule.source = rule.source or ("zhtext.rules." .. spec)
    builtin[rule] = true
    return check_rule(rule, spec)
  end
  local budget = (opts and opts.budget) or M.default_budget
  local timeout = (opts and opts.timeout) or M.default_timeout
  local chunk, err = loadfile(spec, "t", sandbox())
  if not chunk then return nil, err end
  local ok, rule = budgeted(spec, budget, timeout, chunk)
  if not ok then return nil, tostring(rule) end
  local r, msg = check_rule(rule, spec)
  if r then r.source = spec end
  return r, msg
end

--- Built-in rules: array of { name, description, fields }.
function M.list()
  local out = {}
  for _, name in ipairs(M.builtin) do
    local r = assert(M.load(name))
    out[#out + 1] = { name = r.name, description = r.description, fields = r.fields }
  end
  return out
end

local scalar = { string = true, number = true, boolean = true }

-- Records and results print readably in the REPL. A record shows its rule's
-- own fields in order; the bookkeeping ones (file, text, offsets) stay quiet.
local quiet = { rule = true, file = true, text = true, i = true, j = true, sentence = true, section = true }

local function record_mt(rule)
  return { __tostring = function(r)
    local out = {}
    for _, f in ipairs(rule.fields or {}) do
      if not quiet[f] and r[f] ~= nil then out[#out + 1] = f .. "=" .. tostring(r[f]) end
    end
    return string.format("%s [%s] %s", rule.name, tostring(r.sentence), table.concat(out, " "))
  end }
end

local result_mt = { __tostring = function(res)
  return string.format("result: %d rules, %d documents, %d records, %d errors",
    #res.rules, #res.documents, #res.records, #res.errors)
end }

-- Run one rule over one document; returns records | nil, message.
local function run_rule(rule, doc, file, opts)
  local recs = {}
  local n = #doc.text
  local mt = record_mt(rule)
  local trusted = builtin[rule]
  local function emit(s, rec)
    if type(s) ~= "table" or type(s.index) ~= "number" or type(s.text) ~= "string" then
      error(string.format("%s: emit(s, rec): s must be a sentence of the document (got %s)", where(3), type(s)), 0)
    end
    if type(rec) ~= "table" then
      error(string.format("%s: emit(s, rec): rec must be a table (got %s)", where(3), type(rec)), 0)
    end
    -- a user rule's record is checked field by field and copied (it may
    -- reuse its table); the built-ins emit a fresh literal of scalars
    local r = rec
    if not trusted then
      r = {}
      for k, v in pairs(rec) do
        if type(k) ~= "string" or not scalar[type(v)] then
          error(string.format("%s: malformed record: field %s is a %s (fields hold strings, numbers, booleans)",
            where(3), tostring(k), type(v)), 0)
        end
        r[k] = v
      end
    end
    r.rule, r.file, r.sentence, r.text = rule.name, file, s.index, s.text
    r.i, r.j = r.i or s.i, r.j or s.j
    if math.type(r.i) ~= "integer" or math.type(r.j) ~= "integer" or r.i < 1 or r.j > n or r.j < r.i - 1 then
      error(string.format("%s: malformed record: i/j (%s, %s) outside the document (1..%d)",
        where(3), tostring(r.i), tostring(r.j), n), 0)
    end
    recs[#recs + 1] = setmetatable(r, mt)
  end
  local ok, err
  if trusted and opts.budget == nil and opts.timeout == nil then
    -- a count hook sends every VM instruction through the debugger (13% of
    -- a whole run): the built-in rules, linear in the text, run without one
    -- unless the caller asks for a budget
    ok, err = pcall(rule.run, doc, emit, opts)
  else
    ok, err = budgeted(rule.name, opts.budget or M.default_budget, opts.timeout or M.default_timeout,
      rule.run, doc, emit, opts)
  end
  if not ok then return nil, tostring(err) end
  return recs
end

local function is_doc(x)
  return type(x) == "table" and type(x.text) == "string" and type(x.sentences) == "function"
end

--- analyze(doc | path | {doc|path, ...}, rules [, opts]) -> result
-- rules: array of names/paths/rule tables, or a comma-separated string; nil = all built-ins.
-- opts.budget (instructions per rule per document), opts.timeout (CPU seconds;
-- either one puts the built-in rules under the budget too),
-- opts.keywords (list for the keywords rule), opts.read (options for document.read).
-- A failing rule or unreadable document becomes an entry of result.errors; the
-- run goes on. Records of a rule that fails on a document are dropped for that
-- document (a partial list would look complete).
function M.analyze(input, rules, opts)
  opts = opts or {}
  if type(rules) == "string" then
    local t = {}
    for r in rules:gmatch("[^,]+") do t[#t + 1] = r:match("^%s*(.-)%s*$") end
    rules = t
  end
  rules = rules or M.builtin
  local inputs = (is_doc(input) or type(input) == "string") and { input } or input
  if type(inputs) ~= "table" then
    error("analyze: expected a document, a path or a list of them (got " .. type(input) .. ")", 2)
  end
  local result = setmetatable({ rules = {}, documents = {}, records = {}, errors = {} }, result_mt)
  local loaded = {}
  for _, spec in ipairs(rules) do
    local r, msg = M.load(spec, opts)
    if r then
      loaded[#loaded + 1] = r
      result.rules[#result.rules + 1] = { name = r.name, description = r.description, fields = r.fields,
        source = r.source }
    else
      result.errors[#result.errors + 1] = { rule = tostring(type(spec) == "table" and spec.name or spec),
        message = msg }
    end
  end
  for k, x in ipairs(inputs) do
    local doc, msg = x, nil
    if type(x) == "string" then
      doc, msg = require("zhtext.document").read(x, opts.read)
    elseif not is_doc(x) then
      doc, msg = nil, string.format("input %d: expected a document or a path (got %s)", k, type(x))
    end
    if not doc then
      result.errors[#result.errors + 1] = { file = type(x) == "string" and x or nil, message = msg }
    else
      local file = doc.name or ("document " .. k)
      local entry = { file = file, doc = doc }
      local ok, err = pcall(function()
        local meta = doc.meta or {}
        entry.title, entry.date, entry.year = doc.title, doc.date, meta.plan_year
      end)
      if not ok then
        result.errors[#result.errors + 1] = { file = file, message = "outline: " .. tostring(err) }
      end
      result.documents[#result.documents + 1] = entry
      for _, r in ipairs(loaded) do
        local recs, e = run_rule(r, doc, file, opts)
        if recs then
          for _, rec in ipairs(recs) do result.records[#result.records + 1] = rec end
        else
          result.errors[#result.errors + 1] = { file = file, rule = r.name, message = e }
        end
      end
    end
  end
  return result
end

return M
