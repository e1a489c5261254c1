-- analyze: loading rules, the result shape, and the user-rule sandbox
-- (a rule that raises, loops, returns junk or does not load is reported with
-- its file and line, and the other rules and documents still run).
local analyze = require "zhtext.analyze"
local document = require "zhtext.document"

local tmp = {}
local function rule_file(src)
  local path = os.tmpname() .. ".lua"
  local f = assert(io.open(path, "w"))
  f:write(src)
  f:close()
  tmp[#tmp + 1] = path
  return path
end

-- a user rule: one record per sentence that mentions 项目
local good_src = [[
local lpeg = require "lpeg"
local G = require "zhtext.grammar"
local word = lpeg.P"项目"
return {
  name = "projects",
  description = "sentences about projects",
  fields = { "rule", "file", "hits", "text", "i", "j" },
  run = function(doc, emit)
    for _, s in ipairs(doc:sentences()) do
      local n = #G.find_all(word, s.text)
      if n > 0 then emit(s, { hits = n }) end
    end
  end,
}
]]

local text = "一、2023年工作回顾\n\n引进项目28个。新开工项目50个。我们做好了工作。\n"

describe("analyze", function()
  teardown(function() for _, p in ipairs(tmp) do os.remove(p) end end)
  local doc = assert(document.new(text, { name = "a.txt" }))

  it("lists the built-in rules with their ordered fields", function()
    local names = {}
    for _, r in ipairs(analyze.list()) do
      names[#names + 1] = r.name
      assert.is_string(r.description)
      assert.is_table(r.fields)
    end
    assert.are.same({ "indicators", "targets", "rankings", "counts", "money", "keywords" }, names)
    local t = analyze.load("targets")
    assert.are.same({ "rule", "file", "year", "indicator", "relation", "value", "lo", "hi", "kind", "approx",
      "unit", "stretch", "text", "i", "j" }, { table.unpack(t.fields, 1, 15) })
    local ind = analyze.load("indicators")
    assert.are.same({ "rule", "file", "subject", "verb", "value", "lo", "hi", "kind", "approx", "unit", "text",
      "i", "j" }, { table.unpack(ind.fields, 1, 13) })
  end)

  it("runs a user rule file and fills rule, file, sentence, text, i, j", function()
    local path = rule_file(good_src)
    local res = analyze.analyze(doc, { path })
    assert.are.same({}, res.errors)
    assert.are.equal("projects", res.rules[1].name)
    assert.are.equal(1, #res.documents)
    assert.are.equal("a.txt", res.documents[1].file)
    assert.are.equal(doc, res.documents[1].doc)
    assert.are.equal(2, #res.records)
    local r = res.records[1]
    assert.are.equal("projects", r.rule)
    assert.are.equal("a.txt", r.file)
    assert.are.equal("引进项目28个。", r.text)
    assert.are.equal(1, r.hits)
    assert.are.equal("引进项目28个。", doc.text:sub(r.i, r.j))
    assert.are.equal(doc:sentences()[r.sentence].text, r.text)
  end)

  it("accepts rules as a comma-separated string and paths to documents", function()
    local dpath = rule_file(text) -- any file will do as a document
    local path = rule_file(good_src)
    local res = analyze.analyze({ dpath, doc }, "keywords, " .. path)
    assert.are.same({}, res.errors)
    assert.are.equal(2, #res.documents)
    assert.are.equal(dpath, res.documents[1].file)
    local by = {}
    for _, r in ipairs(res.records) do by[r.rule] = (by[r.rule] or 0) + 1 end
    assert.are.equal(4, by.projects)
  end)

  it("reports a rule that raises with its file and line, and goes on", function()
    local bad = rule_file([[
return {
  name = "boom", fields = { "x" },
  run = function(doc, emit)
    local t = nil
    return t.field
  end,
}
]])
    local good = rule_file(good_src)
    local res = analyze.analyze({ doc, doc }, { bad, good })
    assert.are.equal(2, #res.errors)
    local e = res.errors[1]
    assert.are.equal("boom", e.rule)
    assert.are.equal("a.txt", e.file)
    assert.matches(bad:gsub("%p", "%%%0") .. ":5:", e.message)
    assert.are.equal(4, #res.records) -- the good rule ran on both documents
  end)

  it("puts built-in rules under the budget only when one is asked for", function()
    local demo = assert(document.read("examples/data/changshan-2024-part1.txt"))
    local res = analyze.analyze(demo, { "indicators" }, { budget = 10000 })
    assert.are.equal(1, #res.errors)
    assert.matches("budget of 10000 instructions", res.errors[1].message, 1, true)
    assert.are.equal(0, #res.records)
    res = analyze.analyze(demo, { "indicators" })
    assert.are.equal(0, #res.errors)
    assert.is_true(#res.records > 0)
  end)

  it("stops a rule that loops forever at its instruction budget", function()
    local loop = rule_file([[
return {
  name = "loop", fields = { "x" },
  run = function(doc, emit)
    local n = 0
    while true do
      n = n + 1
    end
  end,
}
]])
    local res = analyze.analyze(doc, { loop, "keywords" }, { budget = 200000, keywords = { "项目" } })
    assert.are.equal(1, #res.errors)
    assert.matches("budget of 200000 instructions", res.errors[1].message, 1, true)
    assert.matches(loop:gsub("%p", "%%%0") .. ":[56]:", res.errors[1].message)
    assert.is_true(#res.records > 0)
  end)

  it("stops a loop inside a coroutine too", function()
    local loop = rule_file([[
return { name = "co", fields = { "x" }, run = function(doc, emit)
  local f = coroutine.wrap(function() while true do end end)
  f()
end }
]])
    local res = analyze.analyze(doc, { loop }, { budget = 100000 })
    assert.matches("budget of 100000 instructions", res.errors[1].message, 1, true)
  end)

  it("stops a rule at its time limit", function()
    local loop = rule_file("return { name = 'slow', fields = { 'x' }, run = function() while true do end end }")
    local res = analyze.analyze(doc, { loop }, { budget = math.maxinteger, timeout = 0.05 })
    assert.matches("time limit", res.errors[1].message, 1, true)
  end)

  it("rejects malformed records with the line that emitted them", function()
    local bad = rule_file([[
return {
  name = "junk", fields = { "x" },
  run = function(doc, emit)
    local s = doc:sentences()[1]
    emit(s, { x = {} })
  end,
}
]])
    local res = analyze.analyze(doc, { bad })
    assert.matches(":5: malformed record: field x is a table", res.errors[1].message, 1, true)
    assert.are.equal(0, #res.records)
    local bad2 = rule_file([[
return { name = "off", fields = { "x" }, run = function(doc, emit)
  emit(doc:sentences()[1], { i = 1, j = 10 ^ 9 })
end }
]])
    res = analyze.analyze(doc, { bad2 })
    assert.matches(":2: malformed record: i/j", res.errors[1].message, 1, true)
    local bad3 = rule_file("return { name = 'x', fields = { 'a' }, run = function(doc, emit) emit('s', {}) end }")
    res = analyze.analyze(doc, { bad3 })
    assert.matches(":1: emit%(s, rec%): s must be a sentence", res.errors[1].message)
  end)

  it("reports rule files that do not load or do not return a rule", function()
    local syn = rule_file("return {\n  name = 'x',\n  fields = { 'a' \n")
    local nott = rule_file("return 42")
    local nofields = rule_file("return { name = 'x', run = function() end }")
    local res = analyze.analyze(doc, { syn, nott, nofields, "nosuchrule", "./missing_rule.lua" })
    assert.are.equal(5, #res.errors)
    assert.matches(syn:gsub("%p", "%%%0") .. ":%d+:", res.errors[1].message)
    assert.matches("a rule must return a table (got number)", res.errors[2].message, 1, true)
    assert.matches("rule.fields must be", res.errors[3].message, 1, true)
    assert.matches("unknown rule 'nosuchrule' (built-in: indicators,", res.errors[4].message, 1, true)
    assert.matches("missing_rule.lua", res.errors[5].message, 1, true)
    assert.are.equal(1, #res.documents)
  end)

  it("lets a user rule require any module and use io; its globals stay its own", function()
    local words = os.tmpname()
    local f = assert(io.open(words, "w"))
    f:write("项目\n")
    f:close()
    local mine = rule_file(([[
local cjson = require "cjson"
local document = require "zhtext.document"
counter = 0 -- a global of the rule's own
return { name = "mine", fields = { "x", "n" }, run = function(doc, emit)
  local fh = assert(io.open(%q))
  local w = fh:read("l")
  fh:close()
  for _, s in ipairs(doc:sentences()) do
    if s.text:find(w, 1, true) then
      counter = counter + 1
      emit(s, { x = cjson.encode({ w }), n = counter })
    end
  end
  assert(type(document.new) == "function")
end }
]]):format(words))
    local res = analyze.analyze(doc, { mine })
    os.remove(words)
    assert.are.same({}, res.errors)
    assert.are.equal(2, #res.records)
    assert.are.equal('["项目"]', res.records[1].x)
    assert.are.equal(2, res.records[2].n)
    assert.is_nil(rawget(_G, "counter"))
    -- a module that is not there is an error with the rule's file and line
    local missing = rule_file("local x = 1\nlocal m = require 'no_such_module_zt'\nreturn m")
    res = analyze.analyze(doc, { missing })
    assert.matches(missing:gsub("%p", "%%%0") .. ":2: module 'no_such_module_zt' not found", res.errors[1].message)
  end)

  it("reports an unreadable document and analyses the others", function()
    local res = analyze.analyze({ "/nonexistent/report.txt", doc }, { "keywords" })
    assert.are.equal(1, #res.errors)
    assert.are.equal("/nonexistent/report.txt", res.errors[1].file)
    assert.are.equal(1, #res.documents)
  end)

  it("counts keywords per document and per section", function()
    local res = analyze.analyze(doc, { "keywords" }, { keywords = { "项目", "工作" } })
    local got = {}
    for _, r in ipairs(res.records) do got[#got + 1] = r.keyword .. " " .. r.scope .. " " .. r.count end
    assert.are.same({ "项目 document 2", "工作 document 2", "项目 section 2", "工作 section 2" }, got)
    -- a string list, with a full-width comma (whose bytes occur inside other characters)
    res = analyze.analyze(doc, { "keywords" }, { keywords = "项目，工作,引进" })
    got = {}
    for _, r in ipairs(res.records) do if r.scope == "document" then got[#got + 1] = r.keyword .. r.count end end
    assert.are.same({ "项目2", "工作2", "引进1" }, got)
    res = analyze.analyze(doc, { "keywords" }, { keywords = {} })
    assert.matches("opts.keywords must be a non-empty list", res.errors[1].message, 1, true)
  end)

  it("gives records of every built-in rule on the bundled demo, within their declared fields", function()
    local demo = assert(document.read("examples/data/changshan-2024-part1.txt"))
    local res = analyze.analyze(demo)
    assert.are.same({}, res.errors)
    local fields, count = {}, {}
    for _, r in ipairs(res.rules) do
      fields[r.name] = {}
      for _, f in ipairs(r.fields) do fields[r.name][f] = true end
    end
    for _, r in ipairs(res.records) do
      count[r.rule] = (count[r.rule] or 0) + 1
      for k in pairs(r) do assert.is_true(fields[r.rule][k] ~= nil, r.rule .. " has undeclared field " .. k) end
      assert.is_true(1 <= r.i and r.i <= r.j and r.j <= #demo.text)
      local s = demo:sentences()[r.sentence]
      assert.are.equal(s.text, r.text)
      if r.rule ~= "keywords" then
        -- the evidence lies in the record's sentence
        assert.is_true(r.i >= s.i and r.j <= s.j, r.rule .. " evidence outside its sentence")
      end
    end
    for _, name in ipairs { "indicators", "rankings", "counts", "money", "keywords" } do
      assert.is_true((count[name] or 0) > 0, name .. " gave no record")
    end
    assert.is_nil(count.targets) -- the demo's part 1 states no targets
  end)

  it("prints results and records readably (the REPL)", function()
    local d = require("zhtext.document").new(
      "今年发展的主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。")
    local res = analyze.analyze(d, { "targets" })
    assert.are.equal("result: 1 rules, 1 documents, 2 records, 0 errors", tostring(res))
    assert.are.equal("targets [1] indicator=城镇新增就业 relation=over value=12000000 kind=number " ..
      "approx=over unit=人 stretch=false", tostring(res.records[2]))
  end)

  it("raises on a wrong argument type", function()
    assert.has_error(function() analyze.analyze(42, { "keywords" }) end)
  end)
end)
