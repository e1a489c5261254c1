-- zhtext.text: validation, repair, normalisation and display width.
local text = require "zhtext.text"
local zt = require "zhtext"

describe("text.validate", function()
  it("accepts well-formed UTF-8 of every length, and the empty string", function()
    assert.is_true(text.validate(""))
    assert.is_true(text.validate("ascii only"))
    assert.is_true(text.validate("é中文\u{10FFFF}\u{1F600}\u{FEFF}\0"))
    assert.is_true(text.validate("\u{D7FF}\u{E000}\u{FFFD}"))
  end)

  local cases = {
    -- input, 1-based byte of the first bad sequence, reason
    { "\x80abc", 1, "unexpected continuation byte" },
    { "ab\xC0\xAF", 3, "overlong form" },           -- overlong '/'
    { "ab\xC1\xBF", 3, "overlong form" },
    { "中\xE0\x80\xAF", 4, "overlong form" },       -- 3-byte overlong
    { "\xF0\x80\x80\xAF", 1, "overlong form" },     -- 4-byte overlong
    { "x\xED\xA0\x80y", 2, "surrogate" },           -- U+D800
    { "x\xED\xBF\xBF", 2, "surrogate" },            -- U+DFFF
    { "\xF4\x90\x80\x80", 1, "beyond U+10FFFF" },   -- U+110000
    { "\xF5\x80\x80\x80", 1, "beyond U+10FFFF" },
    { "ok\xFF", 3, "invalid byte" },
    { "ok\xFE", 3, "invalid byte" },
    { "中文\xE4\xB8", 7, "truncated sequence" },    -- cut at the end
    { "中\xE4\xB8文", 4, "truncated sequence" },    -- cut in the middle
    { "\xC3", 1, "truncated sequence" },
  }
  for _, c in ipairs(cases) do
    it(("rejects %q at byte %d (%s)"):format(c[1], c[2], c[3]), function()
      local ok, msg, at, why = text.validate(c[1])
      assert.is_nil(ok)
      assert.are.equal("invalid UTF-8 at byte " .. c[2], msg)
      assert.are.equal(c[2], at)
      assert.are.equal(c[3], why)
    end)
  end

  it("finds a bad byte after a long ASCII run (the 8-byte fast path)", function()
    local s = ("a"):rep(1003) .. "\xFF" .. ("b"):rep(20)
    local _, _, at = text.validate(s)
    assert.are.equal(1004, at)
  end)

  it("raises on a non-string", function()
    assert.has_error(function() text.validate({}) end)
  end)
end)

describe("text.repair", function()
  it("replaces each maximal subpart with one U+FFFD (Unicode practice)", function()
    -- Unicode 15 table 3-8's example: 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64
    local s, n = text.repair("\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64")
    assert.are.equal("a\u{FFFD}\u{FFFD}\u{FFFD}b\u{FFFD}c\u{FFFD}\u{FFFD}d", s)
    assert.are.equal(6, n)
  end)

  it("gives one U+FFFD per byte of an overlong form or surrogate", function()
    assert.are.equal("\u{FFFD}\u{FFFD}", (text.repair("\xC0\xAF")))
    assert.are.equal("x\u{FFFD}\u{FFFD}\u{FFFD}y", (text.repair("x\xED\xA0\x80y")))
  end)

  it("returns valid input unchanged with a count of 0", function()
    local s, n = text.repair("政府工作报告")
    assert.are.equal("政府工作报告", s)
    assert.are.equal(0, n)
  end)

  it("produces valid UTF-8", function()
    local s = text.repair("\xFF中\xE4\xB8文\xF4\x90")
    assert.is_true(text.validate(s))
    assert.are.equal("\u{FFFD}中\u{FFFD}文\u{FFFD}\u{FFFD}", s)
  end)
end)

describe("text.normalize", function()
  it("composes by default (NFC)", function()
    assert.are.equal("\u{E9}", text.normalize("e\u{301}"))
    assert.are.equal("\u{E9}", text.normalize("e\u{301}", "NFC"))
  end)

  it("decomposes (NFD)", function()
    assert.are.equal("e\u{301}", text.normalize("\u{E9}", "NFD"))
  end)

  it("folds full-width digits, letters and compatibility forms (NFKC)", function()
    assert.are.equal("GDP增长5.2%", text.normalize("ＧＤＰ增长５．２％", "NFKC"))
    assert.are.equal("(一)", text.normalize("（一）", "NFKC"))
    assert.are.equal("1", text.normalize("①", "NFKC"))
    assert.are.equal(" ", text.normalize("\u{3000}", "NFKC"))
  end)

  it("NFKD decomposes compatibility characters", function()
    assert.are.equal("e\u{301}1", text.normalize("\u{E9}１", "NFKD"))
  end)

  it("NFKC_Casefold folds case and drops default-ignorables", function()
    assert.are.equal("gdp", text.normalize("ＧＤＰ\u{200B}", "NFKC_Casefold"))
  end)

  it("leaves Chinese text, ASCII and the empty string as they are", function()
    assert.are.equal("政府工作报告。", text.normalize("政府工作报告。", "NFKC"))
    assert.are.equal("plain", text.normalize("plain", "NFD"))
    assert.are.equal("", text.normalize(""))
  end)

  it("accepts lower-case form names", function()
    assert.are.equal("5", text.normalize("５", "nfkc"))
  end)

  it("raises on an unknown form", function()
    assert.has_error(function() text.normalize("x", "NFX") end)
  end)

  it("returns nil, message, byte on invalid UTF-8", function()
    local r, msg, at = text.normalize("ab\xFFc", "NFC")
    assert.is_nil(r)
    assert.are.equal("invalid UTF-8 at byte 3", msg)
    assert.are.equal(3, at)
  end)
end)

describe("text.width", function()
  it("counts CJK and full-width characters as 2 columns", function()
    assert.are.equal(8, text.width("政府工作"))
    assert.are.equal(4, text.width("ＧＤ"))
    assert.are.equal(2, text.width("。"))
    assert.are.equal(2, text.width("\u{3000}"))
  end)

  it("counts ASCII as 1 and control characters as 0", function()
    assert.are.equal(5, text.width("a b c"))
    assert.are.equal(2, text.width("a\tb\n"))
    assert.are.equal(0, text.width(""))
  end)

  it("counts combining marks and zero-width characters as 0", function()
    assert.are.equal(1, text.width("e\u{301}"))
    assert.are.equal(4, text.width("中\u{200B}文"))
    assert.are.equal(0, text.width("\u{FEFF}"))
  end)

  it("mixes: a report line", function()
    assert.are.equal(2 * 6 + 4 + 2, text.width("增长5.2%，好于预期"))
  end)

  it("counts an invalid sequence as one U+FFFD column", function()
    assert.are.equal(3, text.width("a\xFFb"))
  end)
end)

describe("zhtext exports", function()
  it("the text functions under the public names", function()
    assert.are.equal(text.validate, zt.validate)
    assert.are.equal(text.normalize, zt.normalize)
    assert.are.equal(text.width, zt.width)
    assert.are.equal(text.decode, zt.decode)
  end)
end)
