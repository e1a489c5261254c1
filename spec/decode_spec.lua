-- zhtext.text.decode: encoding detection and conversion to UTF-8.
local text = require "zhtext.text"

local function utf16le(s)
  local out = {}
  for _, c in utf8.codes(s) do
    if c >= 0x10000 then
      c = c - 0x10000
      local hi, lo = 0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF)
      out[#out + 1] = string.pack("<I2<I2", hi, lo)
    else
      out[#out + 1] = string.pack("<I2", c)
    end
  end
  return table.concat(out)
end

local function swap(s) return (s:gsub("(.)(.)", "%2%1")) end

-- 政府工作报告 in GBK, and 增长5.2%
local GBK = "\xD5\xFE\xB8\xAE\xB9\xA4\xD7\xF7\xB1\xA8\xB8\xE6"
local GBK2 = "\xD4\xF6\xB3\xA45.2%"

describe("text.decode: UTF-8", function()
  it("returns UTF-8 byte-identical, CR and all", function()
    local s = "政府工作报告\r\n一、过去一年的工作\r\n"
    local t, enc, nbad = text.decode(s)
    assert.are.equal(s, t)
    assert.are.equal("utf-8", enc)
    assert.are.equal(0, nbad)
  end)

  it("keeps a BOM so offsets still index the file", function()
    local s = "\xEF\xBB\xBF各位代表："
    local t, enc = text.decode(s)
    assert.are.equal(s, t)
    assert.are.equal("utf-8", enc)
  end)

  it("decodes the empty string and pure ASCII as UTF-8", function()
    assert.are.same({ "", "utf-8", 0 }, { text.decode("") })
    assert.are.same({ "GDP 5.2%", "utf-8", 0 }, { text.decode("GDP 5.2%") })
  end)

  it("reports invalid UTF-8 with the 1-based byte and the file name", function()
    local t, msg, at = text.decode("各位代表\xFF。", { name = "report.txt" })
    assert.is_nil(t)
    assert.are.equal("report.txt: invalid UTF-8 at byte 13 (line 1)", msg)
    assert.are.equal(13, at)
    assert.are.equal("invalid UTF-8 at byte 15 (line 2)", select(2, text.decode("各位\r\n代表\xFF。")))
  end)

  it("replaces invalid sequences with U+FFFD when asked", function()
    local t, enc, nbad = text.decode("各位\xFF代表\xE4\xB8", { replace = true })
    assert.are.equal("各位\u{FFFD}代表\u{FFFD}", t)
    assert.are.equal("utf-8", enc)
    assert.are.equal(2, nbad)
  end)

  it("keeps UTF-8 with a few GBK bytes as UTF-8: an error, not GB18030 mojibake", function()
    local s = ("我们坚持稳中求进工作总基调。"):rep(5) .. GBK .. "。"
    local t, msg = text.decode(s, { name = "mixed.txt" })
    assert.is_nil(t)
    assert.are.equal("mixed.txt: invalid UTF-8 at byte " .. (#s - #GBK - 3 + 1) .. " (line 1)", msg)
  end)

  it("forced utf-8 does not fall back to GB18030", function()
    local t, msg = text.decode(GBK, { encoding = "utf-8" })
    assert.is_nil(t)
    assert.are.equal("invalid UTF-8 at byte 1 (line 1)", msg)
  end)
end)

describe("text.decode: GB18030/GBK", function()
  it("detects GBK bytes that are not UTF-8", function()
    local t, enc = text.decode(GBK .. "\r\n" .. GBK2)
    assert.are.equal("政府工作报告\r\n增长5.2%", t)
    assert.are.equal("gb18030", enc)
  end)

  it("decodes four-byte GB18030 sequences", function()
    -- U+0080 is 81 30 81 30; U+20000 (CJK ext. B) is 95 32 82 36
    local t = text.decode("\x81\x30\x81\x30\x95\x32\x82\x36", { encoding = "gb18030" })
    assert.are.equal("\u{80}\u{20000}", t)
  end)

  it("accepts gbk, GB2312 and cp936 as names of gb18030", function()
    for _, name in ipairs { "gbk", "GB2312", "cp936", "GB18030" } do
      local t, enc = text.decode(GBK, { encoding = name })
      assert.are.equal("政府工作报告", t)
      assert.are.equal("gb18030", enc)
    end
  end)

  it("reports a GBK file cut in the middle of a character (truncated download)", function()
    local t, msg, at = text.decode(GBK .. GBK .. "\xD5", { name = "cut.txt" })
    assert.is_nil(t)
    assert.are.equal("cut.txt: invalid GB18030 at byte 25 (line 1)", msg)
    assert.are.equal(25, at)
  end)

  it("replaces an undecodable GB18030 byte with U+FFFD when asked", function()
    local t, enc, nbad = text.decode(GBK .. "\xFF" .. GBK2, { encoding = "gbk", replace = true })
    assert.are.equal("政府工作报告\u{FFFD}增长5.2%", t)
    assert.are.equal("gb18030", enc)
    assert.are.equal(1, nbad)
  end)

  it("does not take Latin-1 text for GB18030", function()
    local t, msg = text.decode("caf\xE9 au lait")
    assert.is_nil(t)
    assert.are.equal("invalid UTF-8 at byte 4 (line 1)", msg)
  end)
end)

describe("text.decode: UTF-16", function()
  local s = "政府工作报告\r\n增长5.2%，𠀀好"

  it("detects UTF-16LE by its BOM and drops the BOM", function()
    local t, enc = text.decode("\xFF\xFE" .. utf16le(s))
    assert.are.equal(s, t)
    assert.are.equal("utf-16le", enc)
  end)

  it("detects UTF-16BE by its BOM", function()
    local t, enc = text.decode("\xFE\xFF" .. swap(utf16le(s)))
    assert.are.equal(s, t)
    assert.are.equal("utf-16be", enc)
  end)

  it("decodes forced UTF-16 without a BOM", function()
    assert.are.equal(s, (text.decode(utf16le(s), { encoding = "utf-16le" })))
    assert.are.equal(s, (text.decode(swap(utf16le(s)), { encoding = "utf-16be" })))
    assert.are.equal(s, (text.decode(swap(utf16le(s)), { encoding = "utf-16" })))
  end)

  it("reports an unpaired surrogate at its byte", function()
    local b = "\xFF\xFE" .. utf16le("ab") .. "\x00\xD8" .. utf16le("c")
    local t, msg, at = text.decode(b, { name = "u.txt" })
    assert.is_nil(t)
    assert.are.equal("u.txt: invalid UTF-16LE at byte 7 (line 1)", msg)
    assert.are.equal(7, at)
    assert.are.equal("ab\u{FFFD}c", (text.decode(b, { replace = true })))
  end)

  it("counts lines in UTF-16 for the message", function()
    local b = "\xFE\xFF" .. swap(utf16le("一\n二\r\n三")) .. "\xDC\x00"
    assert.are.equal("invalid UTF-16BE at byte 15 (line 3)", select(2, text.decode(b)))
  end)

  it("reports an odd trailing byte", function()
    local t, msg = text.decode("\xFE\xFF\x4E\x2D\x4E")
    assert.is_nil(t)
    assert.are.equal("invalid UTF-16BE at byte 5 (line 1)", msg)
  end)

  it("says how to read UTF-16 without a BOM", function()
    local t, msg = text.decode(utf16le("hello world"), { name = "w.txt" })
    assert.is_nil(t)
    assert.matches("^w%.txt: not a text file %(NUL byte at byte 2; utf%-16le without a BOM%?", msg)
  end)
end)

describe("text.decode: binary input", function()
  it("rejects a NUL byte: not a text file", function()
    local t, msg, at = text.decode("abc\0def", { name = "x.bin" })
    assert.is_nil(t)
    assert.are.equal("x.bin: not a text file (NUL byte at byte 4)", msg)
    assert.are.equal(4, at)
  end)

  it("rejects other control bytes (a zip's header)", function()
    local t, msg = text.decode("PK\3\4\20\0\0\0", { name = "report.docx" })
    assert.is_nil(t)
    assert.are.equal("report.docx: not a text file (control character 0x03 at byte 3)", msg)
  end)

  it("rejects a renamed PDF", function()
    local pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\nx\x9C\x03\0\0\0\0\x01"
    local t, msg = text.decode(pdf, { name = "r.pdf" })
    assert.is_nil(t)
    assert.matches("^r%.pdf: not a text file %(", msg)
  end)

  it("accepts tab, newline, vertical tab, form feed, CR and ESC", function()
    local s = "a\tb\nc\vd\fe\rf\27[0m"
    assert.are.equal(s, (text.decode(s)))
  end)

  it("accepts control characters with opts.binary", function()
    assert.are.equal("a\0b", (text.decode("a\0b", { binary = true })))
  end)

  it("rejects a NUL code unit in UTF-16 at its byte", function()
    local t, msg = text.decode("\xFF\xFE" .. utf16le("ab") .. "\0\0")
    assert.is_nil(t)
    assert.are.equal("not a text file (NUL byte at byte 7)", msg)
  end)
end)

describe("text.decode: arguments", function()
  it("raises on an unknown encoding or a bad argument", function()
    assert.has_error(function() text.decode("x", { encoding = "latin9" }) end)
    assert.has_error(function() text.decode(42) end)
    assert.has_error(function() text.decode("x", "utf-8") end)
  end)

  it("text.detect names the encoding", function()
    assert.are.equal("gb18030", text.detect(GBK))
    assert.are.equal("utf-8", text.detect("中"))
    assert.are.equal("utf-16le", text.detect("\xFF\xFEa\0"))
    assert.is_nil(text.detect("\0\1"))
  end)
end)

describe("text.decode: corpus", function()
  local function slurp(p)
    local f = io.open(p, "rb")
    if not f then return nil end
    local s = f:read("a")
    f:close()
    return s
  end
  local dir = "../shared/corpus/"
  local utf8s = slurp(dir .. "county_hailaer_2016.txt")
  local gb = slurp(dir .. "county_hailaer_2016.gb18030.txt")

  if not (utf8s and gb) then
    pending("../shared/corpus is absent: corpus decoding not checked")
    return
  end

  it("decodes county_hailaer_2016.gb18030.txt to exactly its UTF-8 twin", function()
    local t, enc, nbad = text.decode(gb)
    assert.are.equal("gb18030", enc)
    assert.are.equal(0, nbad)
    assert.are.equal(#utf8s, #t)
    assert.is_true(t == utf8s)
  end)

  it("reads every UTF-8 corpus file back byte-identical", function()
    local n = 0
    local p = io.popen("ls " .. dir .. "*.txt")
    for path in p:lines() do
      if not path:find("gb18030", 1, true) then
        local s = slurp(path)
        local t, enc = text.decode(s, { name = path })
        assert.are.equal("utf-8", enc, path)
        assert.is_true(t == s, path)
        n = n + 1
      end
    end
    p:close()
    assert.is_true(n >= 5)
  end)

  it("reads the GB18030 file truncated anywhere as a GB18030 error or a shorter text", function()
    for _, cut in ipairs { 100, 1001, 5000, 20001, #gb - 1 } do
      local t, msg = text.decode(gb:sub(1, cut))
      if t then
        assert.are.equal(utf8s:sub(1, #t), t)
      else
        local at, line = msg:match("^invalid GB18030 at byte (%d+) %(line (%d+)%)$")
        assert.is_truthy(at, msg)
        local _, nl = gb:sub(1, at - 1):gsub("\n", "")
        assert.are.equal(nl + 1, tonumber(line))
      end
    end
  end)
end)

describe("text.decode: the contract with the document layer", function()
  it("a BOM and CRLF stay in doc.text and the sentence offsets index the file's bytes", function()
    local bytes = "\xEF\xBB\xBF各位代表：\r\n现在我作报告。\r\n\r\n一、过去一年\r\n"
    local path = os.tmpname()
    local f = assert(io.open(path, "wb"))
    f:write(bytes)
    f:close()
    local doc = assert(require("zhtext").read(path))
    os.remove(path)
    assert.are.equal(bytes, doc.text)
    assert.are.equal("utf-8", doc.encoding)
    local got = {}
    for _, s in ipairs(doc:sentences()) do
      assert.are.equal(s.text, bytes:sub(s.i, s.j))
      got[#got + 1] = s.text
    end
    assert.are.same({ "各位代表：", "现在我作报告。", "一、过去一年" }, got)
  end)

  it("a GB18030 document has the text and the sentences of its UTF-8 twin", function()
    local gb = "\xB8\xF7\xCE\xBB\xB4\xFA\xB1\xED\xA3\xBA\r\n\xD4\xF6\xB3\xA45.2%\xA1\xA3\r\n"
    local zt = require "zhtext"
    local a, b = assert(zt.document(gb)), assert(zt.document("各位代表：\r\n增长5.2%。\r\n"))
    assert.are.equal("gb18030", a.encoding)
    assert.are.equal(b.text, a.text)
    assert.are.same(zt.split(b.text), zt.split(a.text))
  end)
end)
