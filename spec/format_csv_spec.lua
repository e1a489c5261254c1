-- csv and tsv: RFC 4180 quoting, read back by Python's csv module (a real
-- parser); CRLF for csv; --bom; several rules in one table with a rule column.
local format = require "zhtext.format"

local function result()
  return {
    rules = {
      { name = "indicators", fields = { "subject", "value", "unit" } },
      { name = "targets", fields = { "indicator", "lo", "hi" } },
    },
    records = {
      { rule = "indicators", file = "a.txt", subject = '含"引号",逗号', value = 11450000000, unit = "元" },
      { rule = "targets", file = "a.txt", indicator = "多行\n第二行\r\n第三行", lo = 5, hi = 5.5 },
      { rule = "indicators", file = "a.txt", subject = "tab\there", value = -2.5, unit = nil },
    },
  }
end

local function capture(res, fmt, opts)
  local path = os.tmpname()
  assert(format.write(res, fmt, path, opts))
  local fh = assert(io.open(path, "rb"))
  local s = fh:read("a")
  fh:close()
  return s, path
end

local function python()
  return os.execute("command -v python3 >/dev/null 2>&1") == true
end

-- Parse a file with Python's csv module; rows come back as JSON.
local function pyparse(path, delim, bom)
  local script = "import csv,json,sys\n" ..
    "f=open(sys.argv[1],newline='',encoding='utf-8-sig' if sys.argv[3]=='1' else 'utf-8')\n" ..
    "print(json.dumps(list(csv.reader(f,delimiter=sys.argv[2])),ensure_ascii=False))\n"
  local sp = os.tmpname()
  local fh = assert(io.open(sp, "w"))
  fh:write(script)
  fh:close()
  local p = io.popen("python3 " .. sp .. " " .. path .. " '" .. delim .. "' " .. (bom and "1" or "0"))
  local out = p:read("a")
  p:close()
  os.remove(sp)
  return require("cjson").decode(out)
end

local EXPECT = {
  { "rule", "subject", "value", "unit", "indicator", "lo", "hi" },
  { "indicators", '含"引号",逗号', "11450000000", "元", "", "", "" },
  { "indicators", "tab\there", "-2.5", "", "", "", "" },
  { "targets", "", "", "", "多行\n第二行\r\n第三行", "5", "5.5" },
}

describe("csv format", function()
  it("quotes fields with quotes, commas and line breaks, CRLF line ends", function()
    local s, path = capture(result(), "csv")
    os.remove(path)
    assert.are.equal("rule,subject,value,unit,indicator,lo,hi\r\n", s:sub(1, 41))
    assert.truthy(s:find('indicators,"含""引号"",逗号",11450000000,元,,,\r\n', 1, true))
    assert.truthy(s:find('targets,,,,"多行\n第二行\r\n第三行",5,5.5\r\n', 1, true))
    assert.truthy(s:find("indicators,tab\there,-2.5,,,,\r\n", 1, true))
  end)

  it("round-trips through Python's csv module", function()
    if not python() then pending("python3 not installed") return end
    local _, path = capture(result(), "csv")
    local rows = pyparse(path, ",")
    os.remove(path)
    assert.are.same(EXPECT, rows)
  end)

  it("starts with a BOM when asked, and Python still reads it", function()
    local s, path = capture(result(), "csv", { bom = true })
    assert.are.equal("\239\187\191rule,", s:sub(1, 8))
    if python() then assert.are.same(EXPECT, pyparse(path, ",", true)) end
    os.remove(path)
  end)

  it("has no rule column for a single rule, and a file column for several files", function()
    local res = { rules = { { name = "sentences", fields = { "i", "j", "text" } } },
      records = { { file = "a.txt", i = 1, j = 9, text = "一，二。" }, { file = "b.txt", i = 1, j = 3, text = "三" } } }
    local s, path = capture(res, "csv")
    os.remove(path)
    assert.are.equal("file,i,j,text\r\na.txt,1,9,一，二。\r\nb.txt,1,3,三\r\n", s)
  end)
end)

describe("tsv format", function()
  it("separates by tabs, LF line ends, quotes only what needs it", function()
    local s, path = capture(result(), "tsv")
    os.remove(path)
    assert.are.equal("rule\tsubject\tvalue\tunit\tindicator\tlo\thi\n", s:sub(1, 40))
    assert.truthy(s:find('indicators\t"含""引号"",逗号"\t11450000000\t元\t\t\t\n', 1, true))
    assert.truthy(s:find('indicators\t"tab\there"\t-2.5\t\t\t\t\n', 1, true))
  end)

  it("round-trips through Python's csv module with a tab delimiter", function()
    if not python() then pending("python3 not installed") return end
    local _, path = capture(result(), "tsv")
    local rows = pyparse(path, "\t")
    os.remove(path)
    assert.are.same(EXPECT, rows)
  end)
end)

describe("csv and tsv with random fields", function()
  it("round-trip any mix of quotes, separators, line breaks and CJK through Python", function()
    if not python() then pending("python3 not installed") return end
    local pool = { '"', ",", "\n", "\r", "\r\n", "\t", " ", "增长", "7.1%", "a", "'", "；", "\\" }
    math.randomseed(7)
    local recs, expect = {}, { { "a", "b", "c" } }
    for r = 1, 60 do
      local rec, row = {}, {}
      for k, c in ipairs({ "a", "b", "c" }) do
        local t = {}
        for m = 1, math.random(0, 6) do t[m] = pool[math.random(#pool)] end
        rec[c] = table.concat(t)
        row[k] = rec[c]
      end
      recs[r] = rec
      expect[r + 1] = row
    end
    local res = { rules = { { name = "r", fields = { "a", "b", "c" } } }, records = recs }
    for _, f in ipairs({ { "csv", "," }, { "tsv", "\t" } }) do
      local _, path = capture(res, f[1])
      local rows = pyparse(path, f[2])
      os.remove(path)
      assert.are.same(expect, rows)
    end
  end)
end)

describe("csv and tsv with values that have no number form (tester's item 10)", function()
  it("write NaN and the infinities as empty cells, as JSON writes null", function()
    local res = { rules = { { name = "r", fields = { "a", "b", "c", "d" } } },
      records = { { a = 0 / 0, b = math.huge, c = -math.huge, d = 2.5 } } }
    local s, path = capture(res, "csv")
    os.remove(path)
    assert.are.equal("a,b,c,d\r\n,,,2.5\r\n", s)
    s, path = capture(res, "tsv")
    os.remove(path)
    assert.are.equal("a\tb\tc\td\n\t\t\t2.5\n", s)
    s, path = capture(res, "jsonl")
    os.remove(path)
    assert.are.equal('{"a":null,"b":null,"c":null,"d":2.5}\n', s)
  end)
end)
