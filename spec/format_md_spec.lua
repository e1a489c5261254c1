-- md and table: columns aligned by display width (CJK = 2 columns, width
-- from the C core), numbers right-aligned, pipes and line breaks escaped;
-- zt.show prints records, results and other values readably.
local format = require "zhtext.format"
local text = require "zhtext.text"

local function capture(res, fmt, opts)
  local path = os.tmpname()
  assert(format.write(res, fmt, path, opts))
  local fh = assert(io.open(path, "rb"))
  local s = fh:read("a")
  fh:close()
  os.remove(path)
  return s
end

local function lines(s)
  local t = {}
  for l in s:gmatch("([^\n]*)\n") do t[#t + 1] = l end
  return t
end

local RES = {
  rules = { { name = "indicators", description = "achieved figures", fields = { "subject", "value", "unit" } } },
  records = {
    { rule = "indicators", subject = "地区生产总值", value = 7.1, unit = "%" },
    { rule = "indicators", subject = "GDP", value = 11450000000, unit = "元" },
    { rule = "indicators", subject = "a|b\nc", value = -2, unit = nil },
  },
}

describe("md format", function()
  it("aligns columns by display width, CJK counted as two", function()
    if not text.width then pending("text.width (TEXT stream) not available") return end
    local l = lines(capture(RES, "md"))
    assert.are.equal("## indicators", l[1])
    assert.are.equal("achieved figures", l[3])
    assert.are.equal("| subject      |       value | unit |", l[5])
    assert.are.equal("| ------------ | ----------: | ---- |", l[6])
    assert.are.equal("| 地区生产总值 |         7.1 | %    |", l[7])
    assert.are.equal("| GDP          | 11450000000 | 元   |", l[8])
    assert.are.equal("| a\\|b<br>c    |          -2 |      |", l[9])
    -- every row has the same display width
    for k = 5, 9 do assert.are.equal(text.width(l[5]), text.width(l[k])) end
  end)

  it("writes a heading per rule, (no records) for an empty one, and an errors table", function()
    local res = { rules = { { name = "a", fields = { "x" } }, { name = "b", fields = { "y" } } },
      records = { { rule = "a", x = 1 } }, errors = { { file = "f.txt", message = "f.txt: bad" } } }
    local s = capture(res, "md")
    assert.truthy(s:find("## a\n\n|   x |\n| --: |\n|   1 |\n\n## b\n\n(no records)\n\n## errors\n", 1, true))
    assert.truthy(s:find("| f.txt |      | f.txt: bad |", 1, true))
  end)
end)

describe("md and table cells (tester's items 10 and 15)", function()
  local odd = { rules = { { name = "r", fields = { "x", "y", "z", "w" } } },
    records = { { rule = "r", x = 0 / 0, y = math.huge, z = -math.huge, w = "<script>alert(1)</script> & <b>" } } }

  it("md escapes <, > and & so a renderer shows the text, not markup", function()
    local l = lines(capture(odd, "md"))
    local row = l[#l]
    assert.truthy(row:find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;", 1, true), row)
    assert.falsy(row:find("<", 1, true))
    -- the pipe escape and line breaks still work after the entities
    local l2 = lines(capture({ rules = { { name = "r", fields = { "w" } } },
      records = { { rule = "r", w = "a<b|c\nd" } } }, "md"))
    assert.are.equal("| a&lt;b\\|c<br>d |", l2[#l2])
  end)

  it("writes NaN and the infinities as empty cells in md and table", function()
    local l = lines(capture(odd, "md"))
    assert.matches("^|%s+|%s+|%s+| &lt;script", l[#l])
    local t = capture(odd, "table")
    for _, bad in ipairs({ "nan", "inf" }) do assert.falsy(t:find(bad, 1, true), t) end
    assert.are.equal("", format.cell(0 / 0))
    assert.are.equal("", format.cell(-math.huge))
    assert.are.equal("1.5", format.cell(1.5))
  end)
end)

describe("table format", function()
  it("aligns by display width with two spaces, no trailing blanks", function()
    if not text.width then pending("text.width (TEXT stream) not available") return end
    local l = lines(capture(RES, "table"))
    assert.are.equal("subject             value  unit", l[1])
    assert.are.equal("------------  -----------  ----", l[2])
    assert.are.equal("地区生产总值          7.1  %", l[3])
    assert.are.equal("GDP           11450000000  元", l[4])
    assert.are.equal("a|b⏎c                  -2", l[5])
  end)
end)

describe("format.show", function()
  local function shown(x)
    local buf = {}
    local out = { write = function(self, ...)
      for _, v in ipairs({ ... }) do buf[#buf + 1] = tostring(v) end
      return self
    end, flush = function() return true end }
    format.show(x, out)
    return table.concat(buf)
  end

  it("prints an array of number records with the number columns", function()
    local recs = { { i = 1, j = 4, text = "7.1%", value = 7.1, kind = "percent" },
      { i = 9, j = 17, text = "114.5亿", value = 11450000000, kind = "number", unit = "元", approx = "about" } }
    local l = lines(shown(recs))
    assert.are.equal("i   j  text           value  lo  hi  kind     approx  unit", l[1])
    assert.are.equal("9  17  114.5亿  11450000000          number   about   元", l[4])
  end)

  it("prints rule records as a table per rule, keys sorted for a rule it does not know", function()
    local l = lines(shown({ { rule = "x", file = "a.txt", b = 1, a = "q" }, { rule = "x", file = "a.txt", c = 2 } }))
    assert.are.same({ "a  b  c", "-  -  -", "q  1", "      2" }, l)
    local recs = { { rule = "indicators", file = "f", subject = "地区生产总值", verb = "增长", value = 7.1, sentence = 8 } }
    l = lines(shown(recs))
    -- the built-in rule's own field order, not the alphabet
    assert.matches("^subject +verb +value", l[1])
  end)

  it("prints sentences as index, span and text", function()
    local l = lines(shown({ { index = 1, i = 1, j = 9, text = "你好。" }, { index = 2, i = 10, j = 12, text = "好" } }))
    assert.are.equal("index   i   j  text", l[1])
    assert.are.equal("    2  10  12  好", l[4])
  end)

  it("prints a result as its tables, and other values readably", function()
    assert.truthy(shown(RES):find("subject", 1, true))
    assert.are.equal('{ a = 1, b = { 1, 2, "x" } }\n', shown({ a = 1, b = { 1, 2, "x" } }))
    assert.are.equal("42\n", shown(42))
    local t = setmetatable({}, { __tostring = function() return "<doc>" end })
    assert.are.equal("<doc>\n", shown(t))
  end)
end)
