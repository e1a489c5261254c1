-- json and jsonl: read back through cjson; numbers stay digits; key order
-- follows the rule's fields; write errors and unknown formats are reported.
local cjson = require "cjson"
local format = require "zhtext.format"

local function result()
  return {
    rules = {
      { name = "indicators", description = "achieved figures", fields = { "subject", "value", "unit" } },
      { name = "targets", description = "expected targets", fields = { "indicator", "relation", "lo", "hi" } },
    },
    documents = { { file = "a.txt", title = "政府工作报告", date = "2024-01-29", year = 2024, doc = {} } },
    records = {
      { rule = "indicators", file = "a.txt", sentence = 3, i = 10, j = 20, text = "增长7.1%。",
        subject = "地区生产总值", value = 7.1, unit = "%" },
      { rule = "targets", file = "a.txt", sentence = 9, i = 30, j = 50, text = 'say "hi", \\ /\nok',
        indicator = "GDP", relation = "range", lo = 5, hi = 5.5 },
      { rule = "indicators", file = "a.txt", sentence = 4, i = 1, j = 2, text = "x",
        subject = "收入", value = 11450000000, unit = "元" },
    },
    errors = { { file = "b.txt", message = "b.txt: invalid UTF-8 at byte 3" } },
  }
end

local function capture(res, fmt, opts)
  local path = os.tmpname()
  local ok, err = format.write(res, fmt, path, opts)
  local fh = assert(io.open(path, "rb"))
  local s = fh:read("a")
  fh:close()
  os.remove(path)
  return s, ok, err
end

describe("format helpers", function()
  it("write numbers as digits, never with an exponent", function()
    assert.are.equal("11450000000", format.num(11450000000))
    assert.are.equal("7", format.num(7.0))
    assert.are.equal("7.1", format.num(7.1))
    assert.are.equal("-2.5", format.num(-2.5))
    assert.are.equal("0.0000001", format.num(1e-7))
    assert.are.equal("0.30000000000000004", format.num(0.1 + 0.2))
    assert.are.equal("100000000000000000000", format.num(1e20))
    assert.are.equal("9223372036854775807", format.num(math.maxinteger))
    assert.is_nil(format.num(0 / 0))
    for _, v in ipairs({ 1e-7, 123456.789, 3.14159e-12, 1.5e22, 2 ^ 60 + 0.0 }) do
      local s = format.num(v)
      assert.is_nil(s:find("[eE]"), s)
      assert.is_true(v == tonumber(s), s)
    end
  end)

  it("encode nested values as JSON, cycles by their tostring", function()
    assert.are.equal('{"a":[1,2,"x"],"c":true}', format.json({ a = { 1, 2, "x" }, c = true }))
    assert.are.equal('"a/b"', format.json("a/b"))
    assert.are.equal('"\\\\/"', format.json("\\/"))
    assert.are.equal("{}", format.json({}))
    local t = {}
    t.self = t
    assert.matches('^{"self":"table: ', format.json(t))
  end)
end)

describe("json format", function()
  it("writes one document that cjson reads back with every record", function()
    local s, ok = capture(result(), "json")
    assert.is_true(ok)
    local d = cjson.decode(s)
    assert.are.equal(3, #d.records)
    assert.are.equal(1, #d.documents)
    assert.are.equal("政府工作报告", d.documents[1].title)
    assert.are.equal(2024, d.documents[1].year)
    assert.is_nil(d.documents[1].doc)
    assert.are.same({ "subject", "value", "unit" }, d.rules[1].fields)
    assert.are.equal("indicators", d.records[1].rule)
    assert.are.equal("targets", d.records[2].rule)
    assert.are.equal('say "hi", \\ /\nok', d.records[2].text)
    assert.are.equal(5.5, d.records[2].hi)
    assert.are.equal(cjson.null, d.records[2].unit or cjson.null)
    assert.are.equal("b.txt: invalid UTF-8 at byte 3", d.errors[1].message)
    assert.truthy(s:find('"value":11450000000,', 1, true))
  end)

  it("keeps empty lists as arrays", function()
    local s = capture({ rules = {}, records = {} }, "json")
    assert.are.equal('{"documents":[],\n"rules":[],\n"records":[],\n"errors":[]\n}\n', s)
  end)
end)

describe("jsonl format", function()
  it("writes one object a line, keys in the rule's field order", function()
    local s = capture(result(), "jsonl")
    local lines = {}
    for l in s:gmatch("[^\n]+") do lines[#lines + 1] = l end
    assert.are.equal(3, #lines)
    assert.are.equal('{"rule":"indicators","subject":"地区生产总值","value":7.1,"unit":"%",' ..
      '"sentence":3,"i":10,"j":20,"text":"增长7.1%。"}', lines[1])
    assert.are.equal('{"rule":"targets","indicator":"GDP","relation":"range","lo":5,"hi":5.5,' ..
      '"sentence":9,"i":30,"j":50,"text":"say \\"hi\\", \\\\ /\\nok"}', lines[2])
    assert.are.equal(11450000000, cjson.decode(lines[3]).value)
  end)

  it("adds file when asked and drops rule for a single rule", function()
    local res = { rules = { { name = "sentences", fields = { "i", "j", "text" } } },
      records = { { file = "a.txt", i = 1, j = 6, text = "你好" } } }
    assert.are.equal('{"i":1,"j":6,"text":"你好"}\n', (capture(res, "jsonl")))
    assert.are.equal('{"file":"a.txt","i":1,"j":6,"text":"你好"}\n', (capture(res, "jsonl", { file = true })))
  end)

  it("adds file by default when the result covers several files", function()
    local res = { rules = { { name = "sentences", fields = { "i", "j", "text" } } },
      records = { { file = "a.txt", i = 1, j = 3, text = "a。" }, { file = "b.txt", i = 1, j = 3, text = "b。" } } }
    local s = capture(res, "jsonl")
    assert.are.equal('{"file":"a.txt","i":1,"j":3,"text":"a。"}\n{"file":"b.txt","i":1,"j":3,"text":"b。"}\n', s)
  end)

  it("keeps records of a rule not listed in result.rules", function()
    local res = { rules = {}, records = { { rule = "x", b = 2, a = 1 } } }
    assert.are.equal('{"a":1,"b":2}\n', (capture(res, "jsonl")))
  end)
end)

describe("format.write", function()
  it("reports an unknown format with the list of formats", function()
    local ok, err = format.write(result(), "yaml", io.stdout)
    assert.is_nil(ok)
    assert.matches("unknown format 'yaml'", err, 1, true)
    assert.matches("jsonl", err, 1, true)
  end)

  it("raises on bad arguments", function()
    assert.has_error(function() format.write("x", "json") end)
    assert.has_error(function() format.write({}, "json", 42) end)
  end)

  it("turns a failed write into nil, message", function()
    local sink = { write = function() return nil, "No space left on device" end, flush = function() return true end }
    local ok, err = format.write(result(), "jsonl", sink)
    assert.is_nil(ok)
    assert.matches("No space left on device", err, 1, true)
    local ok2, err2 = format.write(result(), "json", "/nonexistent-dir/x.json")
    assert.is_nil(ok2)
    assert.matches("/nonexistent-dir/x.json", err2, 1, true)
  end)

  it("loads a user format from a path, and names the file when it is broken", function()
    local path = os.tmpname() .. ".lua"
    local fh = assert(io.open(path, "w"))
    fh:write([[return { name = "count", write = function(result, out) out:write(#result.records, "\n") end }]])
    fh:close()
    assert.are.equal("3\n", (capture(result(), path)))
    fh = assert(io.open(path, "w"))
    fh:write("return {\n  write = \n")
    fh:close()
    local ok, err = format.write(result(), path, io.stdout)
    os.remove(path)
    assert.is_nil(ok)
    assert.matches(path .. ":3:", err, 1, true)
  end)

  it("lists the built-in formats with descriptions", function()
    local names = {}
    for _, f in ipairs(format.list()) do
      names[#names + 1] = f.name
      assert.is_string(f.description)
    end
    assert.are.same({ "json", "jsonl", "csv", "tsv", "md", "html", "table", "text" }, names)
  end)
end)

describe("a result read back from json", function()
  it("writes again, cjson.null as a missing value", function()
    local res = { rules = { { name = "t", fields = { "a", "b" } } },
      records = { { rule = "t", a = 1, b = "x" }, { rule = "t", a = 2 } } }
    local path = os.tmpname()
    assert(format.write(res, "json", path))
    local fh = assert(io.open(path, "rb"))
    local back = cjson.decode(fh:read("a"))
    fh:close()
    assert(format.write(back, "csv", path))
    fh = assert(io.open(path, "rb"))
    local csv = fh:read("a")
    fh:close()
    os.remove(path)
    assert.are.equal("a,b\r\n1,x\r\n2,\r\n", csv)
  end)
end)

describe("jsonl with random values", function()
  it("reads back through cjson: strings with escapes, integers, floats, nil", function()
    local pool = { '"', "\\", "/", "\\/", "\n", "\t", "\1", "增长", "7.1%", "\u{2028}", "</script>", "" }
    math.randomseed(11)
    local recs = {}
    for r = 1, 80 do
      local t = {}
      for m = 1, math.random(0, 6) do t[m] = pool[math.random(#pool)] end
      local ints = { 0, -1, 11450000000, math.maxinteger, math.mininteger }
      local floats = { 7.1, -2.5, 1e-7, 0.1 + 0.2, 123456.789, 1e20 }
      recs[r] = { s = table.concat(t), n = ints[math.random(#ints)], f = floats[math.random(#floats)],
        maybe = (r % 3 == 0) and r or nil }
    end
    local res = { rules = { { name = "r", fields = { "s", "n", "f", "maybe" } } }, records = recs }
    local path = os.tmpname()
    assert(format.write(res, "jsonl", path))
    local fh = assert(io.open(path, "rb"))
    local r = 0
    for line in fh:lines() do
      r = r + 1
      local back = cjson.decode(line)
      assert.are.equal(recs[r].s, back.s)
      assert.is_true(recs[r].f == back.f, line)
      assert.is_nil(line:find("[eE][-+]?%d"), line)
      if recs[r].maybe then
        assert.are.equal(recs[r].maybe, back.maybe)
      else
        assert.are.equal(cjson.null, back.maybe)
      end
      -- integers keep all their digits
      assert.truthy(line:find('"n":' .. string.format("%d", recs[r].n) .. ",", 1, true), line)
    end
    fh:close()
    os.remove(path)
    assert.are.equal(80, r)
  end)
end)
