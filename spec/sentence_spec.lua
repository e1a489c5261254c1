-- The C splitter (core.sentences): DESIGN.md sentence rules 1-3 and 5.
local core = require "zhtext.core"

-- a packed span: start << 32 | length << 5 | flags
local function unpack_span(v)
  local i = v >> 32
  return i, i + ((v >> 5) & ((1 << 27) - 1)) - 1, v & 31
end

-- the spans of s as strings, with their flags
local function cut(s, clauses)
  local t, n = core.sentences(s, nil, nil, clauses)
  local out, flags = {}, {}
  for k = 1, n do
    local i, j, f = unpack_span(t[k])
    out[k] = s:sub(i, j)
    flags[k] = f
  end
  assert.same(n, #t)
  return out, flags
end

describe("core.sentences", function()
  describe("rule 1: terminators", function()
    it("ends after 。！？!? and ellipses", function()
      assert.same({ "今年增长5%。", "好！", "真的吗？", "是的!", "对吗?", "还有……", "等等…", "完" },
        cut("今年增长5%。好！真的吗？是的!对吗?还有……等等…完"))
    end)
    it("does not end at a decimal point", function()
      assert.same({ "研发投入强度提升至1.85%,增幅超全国。", "GDP增长3.5%." },
        cut("研发投入强度提升至1.85%,增幅超全国。GDP增长3.5%."))
    end)
    it("does not end at an enumerator opening a line or a sentence", function()
      assert.same({ "1. 加快建设。", "2.深化改革。", "（3.推进开放。）" }, cut("1. 加快建设。2.深化改革。\n（3.推进开放。）"))
    end)
    it("takes enumerators after CJK punctuation, not decimals, as enumerators", function()
      assert.same({ "主要目标：1.加快建设；2.推进改革。" }, cut("主要目标：1.加快建设；2.推进改革。"))
      assert.same({ "We cut PM2.5.", "Then 2023." }, cut("We cut PM2.5. Then 2023."))
    end)
    it("does not end inside ASCII words and abbreviations", function()
      assert.same({ "U.S. economy grows, e.g. in tech.", "See www.gov.cn today." },
        cut("U.S. economy grows, e.g. in tech. See www.gov.cn today."))
    end)
    it("does not end after common abbreviations", function()
      assert.same({ "Mr. Li met Dr. Wang at No. 5 Road.", "苹果公司Apple Inc.发布新品。" },
        cut("Mr. Li met Dr. Wang at No. 5 Road. 苹果公司Apple Inc.发布新品。"))
    end)
    it("ends after an ASCII sentence end followed by Chinese", function()
      assert.same({ "It works in 2023.", "我们继续。" }, cut("It works in 2023.我们继续。"))
    end)
    it("treats ASCII ! and ? like their full-width twins, but not inside URLs", function()
      assert.same({ "好!", "是吗?", "见 a.cn/x?id=3 页。" }, cut("好!是吗?见 a.cn/x?id=3 页。"))
      assert.same({ "是吗?", "2024年好!", "3月。" }, cut("是吗?2024年好!3月。"))
    end)
  end)

  describe("rule 2: runs, closers and nesting", function()
    it("keeps runs of terminators together", function()
      assert.same({ "真的？！", "好。" }, cut("真的？！好。"))
    end)
    it("keeps closing quotes and brackets with the sentence that ends there", function()
      assert.same({ "他说：“好！我们明天出发。”", "大家都笑了。" }, cut("他说：“好！我们明天出发。”大家都笑了。"))
      assert.same({ "（见附件。）", "下文。" }, cut("（见附件。）下文。"))
      assert.same({ "“出发！”』", "走。" }, cut("“出发！”』走。"))
    end)
    it("does not end inside quotes, brackets or 《》", function()
      assert.same({ "大家读过《加油！少年》吗？" }, cut("大家读过《加油！少年》吗？"))
      assert.same({ "提出“是什么？为什么？”等问题。" }, cut("提出“是什么？为什么？”等问题。"))
      assert.same({ "He said \"ok. fine\" and left." }, cut("He said \"ok. fine\" and left."))
    end)
    it("lets a quote that never closes matter up to the end of its line", function()
      local out, f = cut("他说：“好！我们明天出发。\n大家都笑了。")
      assert.same({ "他说：“好！我们明天出发。", "大家都笑了。" }, out)
      assert.same({ 1 | 2, 1 | 2 | 4 }, f)   -- still a terminated sentence
    end)
    it("stays linear with a million unclosed openers", function()
      local s = ("“"):rep(1000000) .. "完。再见。\n新行。"
      local out, f = cut(s)
      assert.same(2, #out)
      assert.same(#s - 10, #out[1])
      assert.same({ 1 | 2, 1 | 2 | 4 }, f)
    end)
  end)

  describe("rule 3: clauses", function()
    it("does not end at ；/; by default, nor at ，、：", function()
      assert.same({ "一是稳增长；二是调结构;三是惠民生，保就业、稳物价：好。" },
        cut("一是稳增长；二是调结构;三是惠民生，保就业、稳物价：好。"))
    end)
    it("ends at ；/; with the clauses option, not inside quotes", function()
      assert.same({ "一是稳增长；", "二是“调；结构”;", "三是惠民生。" }, cut("一是稳增长；二是“调；结构”;三是惠民生。", true))
    end)
  end)

  describe("rule 5: white space", function()
    it("trims ASCII, U+3000, NBSP, zero-width, BOM and CR from both ends", function()
      local s = "\239\187\191\227\128\128各位代表！\194\160\226\128\139\r\n\t现在报告。\226\128\141 "
      assert.same({ "各位代表！", "现在报告。" }, cut(s))
    end)
    it("never makes a sentence of white space", function()
      assert.same({}, cut(" \r\n\227\128\128\226\128\139\n"))
      assert.same({}, cut(""))
    end)
    it("keeps leading enumerators with their sentence", function()
      assert.same({ "（一）经济发展取得新成就。", "一、回顾。" }, cut("　　（一）经济发展取得新成就。一、回顾。"))
    end)
  end)

  describe("line breaks and flags", function()
    it("cuts at every line break and flags the lines that end open", function()
      local out, f = cut("政府工作报\n告\r\n\r\n各位代表：\r好。")
      assert.same({ "政府工作报", "告", "各位代表：", "好。" }, out)
      -- 1 terminated, 2 end of line, 4 blank line or end follows
      assert.same({ 2, 2 | 4, 2, 1 | 2 | 4 }, f)
    end)
    it("flags a line that leaves a quote or bracket open", function()
      local out, f = cut("细颗粒物（PM\n2.5\n）浓度“好。")
      assert.same({ "细颗粒物（PM", "2.5", "）浓度“好。" }, out)
      assert.same({ 2 | 8, 2, 1 | 2 | 4 }, f)
    end)
    it("flags a span with a zero-width character inside", function()
      local out, f = cut("\u{200B}实施\u{200B}西部。\u{200B}好。")
      assert.same({ "实施\u{200B}西部。", "好。" }, out)
      assert.same({ 1 | 16, 1 | 2 | 4 }, f)
    end)
    it("flags a sentence followed by more on its line as neither", function()
      local _, f = cut("甲。乙")
      assert.same({ 1, 2 | 4 }, f)
    end)
  end)

  describe("markup and bad bytes", function()
    it("keeps ** after a terminator with its sentence", function()
      assert.same({ "**高效施政成效显著。**", "加快政府数字化转型。" }, cut("**高效施政成效显著。**加快政府数字化转型。"))
      -- an opening ** after a terminator starts the next sentence
      assert.same({ "全过程。", "**高效施政成效显著。**", "加快。" }, cut("全过程。**高效施政成效显著。**加快。"))
    end)
    it("treats invalid UTF-8 as ordinary characters and never reads past the end", function()
      assert.same({ "a\255\254b。", "\228\184" }, cut("a\255\254b。\228\184"))
      assert.same({ "\227。", "x" }, cut("\227。x"))
      -- a bad byte at the end is not the tail of a three-byte space
      assert.same({ "1. )\226" }, cut("1. )\226"))
    end)
  end)

  describe("ranges", function()
    it("splits only the bytes i..j and returns offsets into the whole string", function()
      local s = "前言。甲。乙。后记。"
      local t, n, eol, blank = core.sentences(s, 10, 21)
      assert.same({ 2, 1, 1 }, { n, eol, blank })
      assert.same({ 10, 15, 1 }, { unpack_span(t[1]) })
      assert.same({ 16, 21, 1 | 2 | 4 }, { unpack_span(t[2]) })
      assert.same("甲。", s:sub(10, 15))
    end)
    it("raises on a wrong argument type", function()
      assert.has_error(function() core.sentences({}) end)
    end)
  end)
end)
