-- The bad-input catalogue (issue 6): whatever a user points zhtext at gets a
-- correct result or a clear error naming the file and the byte. Sizes are
-- kept so the suite stays quick (also under ASan and valgrind): the 100 MB
-- line and the time per MB of each input are in bench/scale.sh.
local zt = require "zhtext"
local number = require "zhtext.number"

-- white space as the document layer and the C splitter see it: ASCII
-- blanks, NBSP, U+2000-U+200D, U+2028/9, U+202F, U+205F,
-- U+2060, U+3000, U+FEFF
local function nonspace(s)
  return (s:gsub("[ \t\r\n\v\f]", ""):gsub("\xE2\x80[\x80-\x8D\xA8\xA9\xAF]", "")
    :gsub("\xE2\x81[\x9F\xA0]", ""):gsub("\xE3\x80\x80", ""):gsub("\xEF\xBB\xBF", "")
    :gsub("\xC2\xA0", ""))
end

local function tmpfile(bytes)
  local path = os.tmpname()
  local f = assert(io.open(path, "wb"))
  f:write(bytes)
  f:close()
  return path
end

-- every non-space character of text lands in exactly one sentence, in order
local function assert_nothing_lost(text, opts)
  local parts, last = {}, 0
  for i, j, s in zt.sentences(text, opts) do
    assert.is_true(i > last and j >= i and j <= #text, ("span %d..%d after %d"):format(i, j, last))
    assert.are.equal(nonspace(text:sub(i, j)), nonspace(s))
    parts[#parts + 1] = s
    last = j
  end
  assert.are.equal(nonspace(text), nonspace(table.concat(parts)))
  return #parts
end

describe("bad input: empty and blank", function()
  it("empty input: no sentences, no numbers", function()
    assert.are.same({ "", "utf-8", 0 }, { zt.decode("") })
    local doc = assert(zt.document("", { name = "empty.txt" }))
    assert.are.same({}, doc:sentences())
    assert.are.same({}, zt.split(""))
    assert.are.same({}, number.scan(""))
  end)

  it("only white space: no sentences, no numbers", function()
    local s = "  \t\r\n\u{3000}\u{3000}\n\u{200B}\u{FEFF}\n\n \f\v"
    local doc = assert(zt.document(s))
    assert.are.equal(s, doc.text)
    assert.are.same({}, doc:sentences())
    assert.are.same({}, zt.split(s))
    assert.are.same({}, number.scan(s))
  end)
end)

describe("bad input: invalid UTF-8", function()
  local good = "各位代表：现在我代表市人民政府作报告。"
  local cases = {
    { "at the start", "\xFF" .. good, 1 },
    { "in the middle", good:sub(1, 15) .. "\x80" .. good:sub(16), 16 },
    { "at the end (a truncated character)", good .. "\xE5\x85", #good + 1 },
    { "an overlong '/'", good .. "\xC0\xAF", #good + 1 },
    { "a 3-byte overlong", "\xE0\x80\xAF" .. good, 1 },
    { "a surrogate", "x\xED\xA0\x80" .. good, 2 },
    { "beyond U+10FFFF", good .. "\xF4\x90\x80\x80", #good + 1 },
  }
  for _, c in ipairs(cases) do
    it(c[1] .. ": the file and the byte", function()
      local path = tmpfile(c[2])
      local doc, msg = zt.read(path)
      os.remove(path)
      assert.is_nil(doc)
      assert.are.equal(path .. ": invalid UTF-8 at byte " .. c[3] .. " (line 1)", msg)
      local d2, m2 = zt.document(c[2], { name = "report.txt" })
      assert.is_nil(d2)
      assert.are.equal("report.txt: invalid UTF-8 at byte " .. c[3] .. " (line 1)", m2)
      local d3, m3 = zt.document("标题\n\n" .. c[2], { name = "report.txt" })
      assert.is_nil(d3)
      assert.are.equal("report.txt: invalid UTF-8 at byte " .. (c[3] + 8) .. " (line 3)", m3)
    end)

    it(c[1] .. ": replaced with U+FFFD when asked, nothing else lost", function()
      local doc = assert(zt.document(c[2], { replace = true }))
      assert.is_true(zt.validate(doc.text))
      assert.is_truthy(doc.text:find("\u{FFFD}", 1, true))
      assert.are.equal(good, (doc.text:gsub("\u{FFFD}", ""):gsub("^x", "")))
      local n = 0
      for _, s in ipairs(doc:sentences()) do n = n + #nonspace(s.text) end
      assert.are.equal(#nonspace(doc.text), n)
    end)
  end
end)

describe("bad input: not text", function()
  it("NUL bytes: not a text file, at the byte", function()
    local path = tmpfile("各位代表\0\0\0")
    local doc, msg = zt.read(path)
    os.remove(path)
    assert.is_nil(doc)
    assert.are.equal(path .. ": not a text file (NUL byte at byte 13)", msg)
  end)

  it("a binary file (a PNG renamed .txt): not a text file", function()
    local png = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1F\xF3\xFFa"
    local path = tmpfile(png)
    local doc, msg = zt.read(path)
    os.remove(path)
    assert.is_nil(doc)
    assert.are.equal(path .. ": not a text file (control character 0x1A at byte 7)", msg)
  end)

  it("a PDF renamed .txt: not a text file", function()
    local pdf = "%PDF-1.4\n%\xC7\xEC\x8F\xA2\n5 0 obj\n<</Length 6 0 R/Filter /FlateDecode>>\nstream\n" ..
      "x\x9C\xED\x5D\x4B\x8F\x1C\xB7\x11\xBE\xCF\xAF\x98\x63\x00\x8B\x0F"
    local doc, msg = zt.document(pdf, { name = "r.pdf.txt" })
    assert.is_nil(doc)
    assert.matches("^r%.pdf%.txt: not a text file %(control character 0x%x%x at byte %d+%)$", msg)
  end)
end)

describe("bad input: mixed encodings", function()
  it("UTF-8 with a GBK phrase pasted in: invalid UTF-8 at that byte, not mojibake", function()
    local s = "各位代表：\n现在，我代表市人民政府作报告。\n" .. "\xD5\xFE\xB8\xAE\xB9\xA4\xD7\xF7" .. "。\n"
    local doc, msg = zt.document(s, { name = "mixed.txt" })
    assert.is_nil(doc)
    assert.are.equal("mixed.txt: invalid UTF-8 at byte " .. (#s - 8 - 3 - 1 + 1) .. " (line 3)", msg)
  end)

  it("a GBK file is read as GB18030, as a whole", function()
    local gbk = "\xB8\xF7\xCE\xBB\xB4\xFA\xB1\xED\xA3\xBA\r\n\xD4\xF6\xB3\xA45.2%\xA1\xA3\r\n"
    local doc = assert(zt.document(gbk))
    assert.are.equal("gb18030", doc.encoding)
    assert.are.equal("各位代表：\r\n增长5.2%。\r\n", doc.text)
    assert.are.same({ "各位代表：", "增长5.2%。" }, zt.split(doc.text))
  end)
end)

describe("bad input: sizes and repetitions (linear time is measured in bench/scale.sh)", function()
  it("a 20 MB line with no newline and no terminator is one sentence", function()
    local s = ("推进高质量发展"):rep(20 * 1024 * 1024 // 21)
    local doc = assert(zt.document(s))
    assert.is_true(doc.text == s)
    local ss = doc:sentences()
    assert.are.equal(1, #ss)
    assert.are.equal(1, ss[1].i)
    assert.are.equal(#s, ss[1].j)
    assert.is_true(ss[1].text == s)
    assert.are.same({}, number.scan(s))
  end)

  it("a 4 MB line of short sentences splits into all of them", function()
    local one = "增长5.2%。"
    local n = 4 * 1024 * 1024 // #one
    local s = one:rep(n)
    local k = 0
    for i, j in zt.sentences(s) do
      k = k + 1
      if k == 1 or k == n then
        assert.are.equal((k - 1) * #one + 1, i)
        assert.are.equal(k * #one, j)
      end
    end
    assert.are.equal(n, k)
  end)

  it("10^6 digits in a row: one number whose text is all of them", function()
    local s = ("7"):rep(10 ^ 6)
    local recs = number.scan(s)
    assert.are.equal(1, #recs)
    assert.are.equal(1, recs[1].i)
    assert.are.equal(#s, recs[1].j)
    assert.is_true(recs[1].text == s)
    assert.is_number(recs[1].value)
    assert.is_true(recs[1].value > 1e300)
    assert.are.same({ s }, zt.split(s))
  end)

  it("10^6 open quotes: one sentence, nothing lost", function()
    local s = ("“"):rep(10 ^ 6) .. "好。"
    local parts = zt.split(s)
    assert.are.equal(1, #parts)
    assert.is_true(parts[1] == s)
  end)

  it("10^6 open quotes each with a terminator: nothing lost", function()
    local s = ("“好。"):rep(10 ^ 5)
    assert_nothing_lost(s)
  end)

  it("10^6 newlines around one sentence: that sentence, at its bytes", function()
    local nl = ("\n"):rep(5 * 10 ^ 5)
    local s = nl .. "各位代表！" .. nl
    local doc = assert(zt.document(s))
    local ss = doc:sentences()
    assert.are.equal(1, #ss)
    assert.are.equal(#nl + 1, ss[1].i)
    assert.are.equal(#nl + #"各位代表！", ss[1].j)
    assert.are.equal("各位代表！", ss[1].text)
    assert.are.same({}, zt.split(("\n"):rep(10 ^ 6)))
    assert.are.same({}, zt.split(("\r\n"):rep(10 ^ 6)))
  end)

  it("10^5 short lines without terminators: nothing lost", function()
    assert_nothing_lost(("一二三\n"):rep(10 ^ 5))
  end)

  it("10^6 closing quotes and brackets: nothing lost", function()
    assert_nothing_lost(("”）》"):rep(3 * 10 ^ 5) .. "。")
  end)

  it("10^5 percent signs and decimal points: numbers stay inside the text", function()
    local s = ("5.%。"):rep(10 ^ 5)
    local recs = number.scan(s)
    assert.is_true(#recs > 0)
    for k = 1, #recs, 997 do
      local r = recs[k]
      assert.are.equal(s:sub(r.i, r.j), r.text)
    end
    assert_nothing_lost(s)
  end)
end)

-- Nothing lost (issue 6), on random inputs through the public API: SENT's and
-- NUM's specs cover the splitter and the scanner on the corpus and on random
-- strings; these go end to end: bytes -> decode -> document -> sentences ->
-- numbers, with invalid bytes and other encodings in the mix.
describe("nothing lost: random inputs end to end", function()
  local tokens = {
    "政府", "工作", "报告", "增长", "达到", "万元", "亿元", "个百分点", "百分之", "三分之二",
    "第", "十", "一", "二十", "万", "亿", "约", "超过", "左右", "以上", "余", "多",
    "5", "7.1", "1,234.5", "３", "％", "%", "‰", "—", "-", "至", "、", "，", "。", "！", "？",
    "；", "：", "……", "“", "”", "《", "》", "（", "）", "**", "\n", "\n\n", "\r\n", " ",
    "\u{3000}", "\u{200B}", "一、", "（一）", "1. ", "各位代表：", "来源：新华社", "\xFF", "\xE4\xB8",
  }
  local function random_text(n)
    local out = {}
    for k = 1, n do out[k] = tokens[math.random(#tokens)] end
    return table.concat(out)
  end
  it("every non-space character lands in one sentence, in order; numbers are their bytes", function()
    math.randomseed(6)
    for _ = 1, 300 do
      local bytes = random_text(math.random(0, 80))
      local doc = assert(zt.document(bytes, { replace = true, name = "random.txt" }))
      assert.is_true(zt.validate(doc.text))
      local got, last = {}, 0
      for k, s in ipairs(doc:sentences()) do
        assert.are.equal(k, s.index)
        assert.is_true(s.i > last and s.j >= s.i and s.j <= #doc.text)
        assert.are.equal(nonspace(doc.text:sub(s.i, s.j)), nonspace(s.text))
        got[#got + 1] = s.text
        last = s.j
        for _, r in ipairs(s:numbers()) do
          assert.are.equal(r.text, s.text:sub(r.si, r.sj))
          -- i..j in doc.text may span the layout a broken line lost in s.text
          assert.are.equal(nonspace(r.text), nonspace(doc.text:sub(r.i, r.j)))
          assert.is_true(r.i >= s.i and r.j <= s.j)
        end
      end
      assert.are.equal(nonspace(doc.text), nonspace(table.concat(got)))
      for _, r in ipairs(number.scan(doc.text)) do
        assert.are.equal(r.text, doc.text:sub(r.i, r.j))
      end
    end
  end)

  it("random text survives UTF-16 in both byte orders", function()
    math.randomseed(16)
    for _ = 1, 50 do
      local s = zt.decode(random_text(math.random(1, 60)), { replace = true })
      local le = {}
      for _, c in utf8.codes(s) do
        if c >= 0x10000 then
          c = c - 0x10000
          le[#le + 1] = string.pack("<I2<I2", 0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF))
        else
          le[#le + 1] = string.pack("<I2", c)
        end
      end
      local b = table.concat(le)
      assert.are.equal(s, (zt.decode("\xFF\xFE" .. b)))
      assert.are.equal(s, (zt.decode("\xFE\xFF" .. b:gsub("(.)(.)", "%2%1"))))
    end
  end)

  it("random Chinese text encoded as GB18030 (by iconv(1)) is detected and decoded back", function()
    local p = io.popen("command -v iconv")
    local have = p:read("a") ~= ""
    p:close()
    if not have then
      pending("iconv(1) is not installed")
      return
    end
    local n = 0
    math.randomseed(18030)
    for _ = 1, 30 do
      local s = zt.decode(random_text(math.random(5, 60)), { replace = true }):gsub("\u{FFFD}", "")
      local src = tmpfile(s)
      local dst = os.tmpname()
      assert.is_true(os.execute(("iconv -f UTF-8 -t GB18030 %s > %s"):format(src, dst)))
      local f = assert(io.open(dst, "rb"))
      local gb = f:read("a")
      f:close()
      os.remove(src)
      os.remove(dst)
      local t, enc = zt.decode(gb)
      if gb ~= s then -- some Chinese: not UTF-8, so it must be found as GB18030
        assert.are.equal("gb18030", enc, ("%q"):format(s))
        n = n + 1
      end
      assert.are.equal(s, t)
    end
    assert.is_true(n > 20)
  end)
end)

describe("nothing lost: corpus end to end", function()
  local p = io.popen("ls ../shared/corpus/*.txt 2>/dev/null")
  local files = {}
  for path in p:lines() do files[#files + 1] = path end
  p:close()
  if #files == 0 then
    pending("../shared/corpus is absent: corpus not checked")
    return
  end

  it("every non-space character of every report in one sentence, in order; numbers at their bytes", function()
    for _, path in ipairs(files) do
      local doc = assert(zt.read(path))
      local got, last = {}, 0
      for _, s in ipairs(doc:sentences()) do
        assert.is_true(s.i > last and s.j >= s.i, path)
        assert.are.equal(nonspace(doc.text:sub(s.i, s.j)), nonspace(s.text), path)
        got[#got + 1] = s.text
        last = s.j
      end
      assert.is_true(nonspace(doc.text) == nonspace(table.concat(got)), path)
      for _, r in ipairs(doc:numbers()) do
        assert.are.equal(nonspace(r.text), nonspace(doc.text:sub(r.i, r.j)), path)
      end
    end
  end)
end)
