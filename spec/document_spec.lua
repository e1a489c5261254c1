-- The document layer: DESIGN.md sentence rules 4 (layout) and 6 (markup),
-- sentence objects, the iterator, reading files.
local document = require "zhtext.document"

local split = document.split

local function sentences(text, opts)
  return assert(document.new(text, opts)):sentences()
end

describe("document layout (rule 4)", function()
  it("ends a sentence at a blank line", function()
    assert.same({ "第一段没有句号", "第二段。" }, split("第一段没有句号\n\n第二段。"))
  end)

  it("keeps titles, bylines, dates and salutations as their own sentences", function()
    local text = "政府工作报告\n\n2024年1月29日 在常山县第十七届人民代表大会第三次会议上\n常山县人民政府县长 王永明\n\n" ..
      "各位代表:\n\n现在,我代表县人民政府向大会报告工作,请予审议。\n"
    local ss = sentences(text)
    assert.same({ "政府工作报告", "2024年1月29日 在常山县第十七届人民代表大会第三次会议上", "常山县人民政府县长 王永明",
      "各位代表:", "现在,我代表县人民政府向大会报告工作,请予审议。" }, (function()
        local out = {}
        for k, s in ipairs(ss) do out[k] = s.text end
        return out
      end)())
    assert.is_true(ss[1].heading)
    assert.is_true(ss[3].heading)
    assert.is_false(ss[4].heading)   -- a lead-in, not a heading
    assert.is_false(ss[5].heading)
  end)

  it("keeps enumerated headings and short lines without terminator", function()
    assert.same({ "一、2023年主要工作回顾", "2023年是开局之年。", "一年来,我们争先行、当先锋,综合实力再攀新高",
      "竞争力大幅跃升。", "（一）经济发展", "1. 加快建设", "第一，坚持稳中求进", "事项。" },
      split("一、2023年主要工作回顾\n\n2023年是开局之年。\n\n一年来,我们争先行、当先锋,综合实力再攀新高\n\n" ..
        "竞争力大幅跃升。\n（一）经济发展\n1. 加快建设\n第一，坚持稳中求进\n事项。"))
  end)

  it("keeps a heading right above its paragraph in a document of blocks", function()
    assert.same({ "甲段。", "一年来,我们争先行、当先锋,综合实力再攀新高", "竞争力大幅跃升,总量超全市十分之一,排名全市第三。", "乙段。" },
      split("甲段。\n\n一年来,我们争先行、当先锋,综合实力再攀新高\n竞争力大幅跃升,总量超全市十分之一,排名全市第三。\n\n乙段。"))
  end)

  it("keeps a line that is only an enumerator with what follows", function()
    assert.same({ "（一）经济发展取得新成就", "全年增长5%。", "1.加快建设。" },
      split("（一）\n经济发展取得新成就\n全年增长5%。\n1.\n加快建设。"))
    assert.same({ "①加快建设", "②深化改革。" }, split("①\n加快建设\n②深化改革。"))
    assert.is_true(sentences("（一）\n经济发展取得新成就\n全年增长5%。")[1].heading)
  end)

  it("marks newspaper continuation marks as debris", function()
    local ss = sentences("有效提高办会效率。(下转第三版)")
    assert.same({ "有效提高办会效率。", "(下转第三版)" }, { ss[1].text, ss[2].text })
    assert.is_true(ss[2].debris)
  end)

  it("does not run a broken line into an enumerated heading", function()
    assert.same({ "全年完成投资。", "实体化运行项", "二、主要任务", "加快建设。" },
      split("全年完成投资。实体化运行项\n二、主要任务\n加快建设。"))
  end)

  it("joins a byline cut after its ordinal", function()
    local ss = sentences("政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n广东省省长 孟凡利\n各位代表：")
    assert.same("——2026年1月26日在广东省第十四届人民代表大会第五次会议上", ss[2].text)
    assert.is_true(ss[2].heading)
    assert.same("广东省省长 孟凡利", ss[3].text)
  end)

  it("keeps a long line without terminator apart, but not as a heading", function()
    local long = ("全面推进乡村振兴，加快建设农业强省，"):rep(4) .. "持续深化改革"
    local ss = sentences("一、回顾\n" .. long .. "\n下一段开始了。")
    assert.same({ "一、回顾", long, "下一段开始了。" }, { ss[1].text, ss[2].text, ss[3].text })
    assert.same({ true, false, false }, { ss[1].heading, ss[2].heading, ss[3].heading })
  end)

  it("keeps headings in documents with one paragraph a line", function()
    assert.same({ "二、主要目标和重点任务", "今年是关键之年。", "（一）推动大湾区建设", "加快建设。" },
      split("二、主要目标和重点任务\n今年是关键之年。\n（一）推动大湾区建设\n加快建设。"))
  end)

  it("joins a sentence broken after a terminated one, across blank lines", function()
    assert.same({ "项目建设破难前行。", "实体化运行项目前期专班,常态化举办擂台赛。" },
      split("项目建设破难前行。实体化运行项\n\n\n\n目前期专班,常态化举办擂台赛。"))
    assert.same({ "新增企业22家。", "富乐德石英科技入围省“尖兵”、“领雁”项目。" },
      split("新增企业22家。富乐德石英科技入\n\n围省“尖兵”、“领雁”项目。"))
  end)

  it("joins words split by link breaks, dropping the newline and indentation", function()
    assert.same({ "现在，我代表国务院向大会报告政府工作报告。" },
      split("现在，我代表国务院向大会报告政府工作报\n  告。"))
    -- a document of blocks (paragraphs between blank lines), as Wikisource's
    assert.same({ "各位代表：", "我們在聽了劉少奇同志關於憲法草案的報告並進行了討論。", "好。", "下一段。" },
      split("各位代表：\n\n我們在聽了劉少奇同志\n關於憲法草案的報告\n並進行了討論。好。\n\n下一段。"))
    assert.same({ "细颗粒物（PM2.5）浓度继续下降。" }, split("细颗粒物（PM\n2.5\n）浓度继续下降。"))
    assert.same({ "全面贯彻党的十九大精神。" }, split("全面贯彻党的\n十九大\n精神。"))
  end)

  it("joins a link that opens a paragraph of a document of blocks", function()
    assert.same({ "甲段。", "中国共产党领导是中国特色社会主义最本质的特征。", "乙段。" },
      split("甲段。\n\n中国共产党\n领导是中国特色社会主义最本质的特征。\n\n乙段。"))
  end)

  it("joins a line that continues with punctuation or a particle", function()
    assert.same({ "通过了根本法——中华人民共和国宪法，接着又通过了法律。" },
      split("通过了根本法——\n中华人民共和国宪法\n，接着又通过了法律。"))
    assert.same({ "今年的主要预期目标是：地区生产总值增长4.5%—5%。", "下一句。" },
      split("今年的\n主要预期目标\n是：地区生产总值增长4.5%—5%。\n下一句。"))
  end)

  it("joins broken English words with a space", function()
    assert.same({ "Chinese government work reports are public." },
      split("Chinese government work\nreports are public."))
  end)

  it("ends a sentence at a lead-in colon at the end of a line", function()
    assert.same({ "主要体会是：", "必须坚持发展。" }, split("主要体会是：\n必须坚持发展。"))
    assert.same({ "具体要做好以下工作:", "一是稳增长。" }, split("具体要做好以下工作:\n一是稳增长。"))
  end)

  it("makes 各位代表！ mid-line a sentence of its own", function()
    assert.same({ "各位代表！", "经过五年接续奋斗，我省顺利收官。" }, split("各位代表！经过五年接续奋斗，我省顺利收官。"))
  end)

  it("keeps web-page debris lines separate and marks them", function()
    local ss = sentences("2025年浙江省政府工作报告\n来源：浙江日报\n【字号：大 中 小】 打印 收藏\n各位代表：\n现在报告。")
    local out = {}
    for k, s in ipairs(ss) do out[k] = s.text end
    assert.same({ "2025年浙江省政府工作报告", "来源：浙江日报", "【字号：大 中 小】 打印 收藏", "各位代表：", "现在报告。" }, out)
    assert.is_true(ss[2].debris)
    assert.is_true(ss[3].debris)
    assert.is_false(ss[2].heading)
    assert.is_nil(ss[5].debris)
    local dd = sentences("首页 > 要闻 > 政务动态\n分享到：\n【打印】【关闭】\n下载 打印 全屏 收藏\n时间：2026-01-31 来源：南方日报\n" ..
      "2026-01-31 10:00 来源：省政府门户网站\n正文。")
    for k = 1, 6 do assert.is_true(dd[k].debris, dd[k].text) end
    assert.same("正文。", dd[7].text)
  end)

  it("rejoins Wikisource link breaks with zero-width spaces around them", function()
    assert.same({ "我代表国务院向大会报告政府工作报告，请予审议。" },
      split("我代表国务院向大会报告政府工作报\u{200B}\n\u{200B}告\n，请予审议。"))
    assert.same({ "各位代表：", "我代表国务院向大会报告政府工作报告，请予审议。", "下一段。" },
      split("各位代表：\n\n我代表国务院向大会报告政府工作报\u{200B}\n\u{200B}告\n，请予审议。\n\n下一段。"))
  end)

  it("takes zero-width characters out of the sentence text, keeping the offsets", function()
    local text = "实施\u{200B}西部大开发\u{2060}战略。好。"
    local doc = assert(document.new(text))
    local s = doc:sentences()[1]
    assert.same("实施西部大开发战略。", s.text)
    assert.same({ 1, #text - 6 }, { s.i, s.j })
    for k = 1, #s.text do assert.same(s.text:byte(k), text:byte(s:pos(k))) end
    assert.same({ "实施西部大开发战略。", "好。" }, split(text))
  end)

  it("handles CRLF and CR line ends; CR is white space", function()
    assert.same({ "政 府 工 作 报 告", "各位代表：", "现在报告。" }, split("政 府 工 作 报 告\r\n\r\n　　各位代表：\r\n\r\n现在报告。\r\n"))
    assert.same({ "标题", "正文。" }, split("标题\r\r正文。\r"))
  end)
end)

describe("markup (rule 6)", function()
  it("neither splits nor joins; ** after the terminator stays with it", function()
    assert.same({ "**高效施政成效显著。**", "加快政府数字化转型。" }, split("**高效施政成效显著。**加快政府数字化转型。"))
    assert.same({ "**一、工作回顾**", "正文。" }, split("**一、工作回顾**\n正文。"))
  end)
end)

describe("document sentences", function()
  local text = "标题\n\n甲句。实体化运行项\n\n目前期专班。乙句！\n丙句。"
  local doc = assert(document.new(text, { name = "t.txt" }))
  local ss = doc:sentences()

  it("gives index, spans, text, block, paragraph and heading", function()
    assert.same(5, #ss)
    assert.same({ 1, 1, 1, true }, { ss[1].index, ss[1].block, ss[1].para, ss[1].heading })
    assert.same("实体化运行项目前期专班。", ss[3].text)
    assert.same(text:find("实体化", 1, true), ss[3].i)
    assert.same(select(2, text:find("专班。", 1, true)), ss[3].j)
    assert.same({ 2, 2 }, { ss[3].block, ss[3].para })
    -- blocks are physical (the joined sentence crossed a blank line);
    -- paragraphs are logical (the broken paragraph goes on)
    assert.same({ 3, 2 }, { ss[4].block, ss[4].para })
    assert.same({ 3, 3 }, { ss[5].block, ss[5].para })
    assert.equal(doc, ss[5].doc)
    assert.equal(ss, doc:sentences())                   -- cached
  end)

  it("maps offsets of s.text into doc.text", function()
    local s = ss[3]
    for k = 1, #s.text do
      assert.same(s.text:byte(k), text:byte(s:pos(k)))
    end
    assert.same(text:find("目前期", 1, true), s:pos(#"实体化运行项" + 1))
  end)

  it("reads well in the REPL", function()
    assert.same('document "t.txt": 5 sentences, ' .. #text .. " bytes", tostring(doc))
    assert.same("[2] 9-17 甲句。", tostring(ss[2]))
    assert.same("[1] 1-6 # 标题", tostring(ss[1]))
  end)

  it("splits clauses at ；/; when asked", function()
    assert.same({ "一是稳增长；", "二是调结构。" }, split("一是稳增长；二是调结构。", { clauses = true }))
    local d = assert(document.new("一是稳增长；二是调结构。", { clauses = true }))
    assert.same(2, #d:sentences())
  end)
end)

describe("numbers of sentences", function()
  local number = require "zhtext.number"
  if type(number.scan) ~= "function" then
    pending("zhtext.number.scan has not landed")
    return
  end
  it("gives records with offsets in s.text and in doc.text (joined sentences too)", function()
    local text = "项目建设增长5%。投资完成\n\n114.5亿元,增长7.1%。"
    local doc = assert(document.new(text))
    local ss = doc:sentences()
    local ns = ss[2]:numbers()
    assert.is_true(#ns >= 2)
    for _, s in ipairs(ss) do
      for _, r in ipairs(s:numbers()) do
        assert.same(r.text, s.text:sub(r.si, r.sj))
        assert.same(r.text, text:sub(r.i, r.j))
        assert.is_truthy(getmetatable(r))
      end
    end
    assert.same("5%", ss[1]:numbers()[1].text)
    assert.same(#ns + 1, #doc:numbers())
    assert.equal(ns, ss[2]:numbers())
  end)
end)

describe("the outline hook", function()
  it("calls zhtext.outline.annotate once when sections/title/date/meta are read", function()
    local saved = package.loaded["zhtext.outline"]
    local calls = 0
    package.loaded["zhtext.outline"] = { annotate = function(d)
      calls = calls + 1
      d.title = d:sentences()[1].text
      d.sections = {}
    end }
    local doc = assert(document.new("标题\n\n正文。"))
    local title, date = doc.title, doc.date
    package.loaded["zhtext.outline"] = saved
    assert.same("标题", title)
    assert.is_nil(date)
    assert.same({}, doc.sections)
    assert.same(1, calls)
  end)
end)

describe("the iterator and split", function()
  it("yields offsets into the text and the sentence as rejoined", function()
    local text = "甲。政府工作报\n告。"
    local got = {}
    for i, j, s in document.sentences(text) do got[#got + 1] = { i, j, s } end
    assert.same({ { 1, 6, "甲。" }, { 7, #text, "政府工作报告。" } }, got)
  end)

  it("gives nothing for empty or blank text", function()
    assert.same({}, split(""))
    assert.same({}, split(" \n　\n"))
  end)

  it("raises on a wrong argument type", function()
    assert.has_error(function() document.sentences(42) end)
    assert.has_error(function() document.new(nil) end)
    assert.has_error(function() document.new("x", "utf-8") end,
      "bad argument #2 to 'document' (table expected, got string)")
    assert.has_error(function() document.split("x", 1) end)
  end)
end)

describe("reading documents", function()
  it("reads a file, names it and reports its encoding", function()
    local path = os.tmpname()
    local f = assert(io.open(path, "wb"))
    f:write("\239\187\191各位代表：\r\n现在报告。\r\n")
    f:close()
    local doc = assert(document.read(path))
    os.remove(path)
    assert.same(path, doc.name)
    assert.same("string", type(doc.encoding))
    local ss = doc:sentences()
    assert.same({ "各位代表：", "现在报告。" }, { ss[1].text, ss[2].text })
    assert.same(4, ss[1].i)                      -- the BOM is kept, offsets index the file
  end)

  it("reports a missing file and invalid UTF-8 with file and byte", function()
    local doc, err = document.read("/nonexistent/x.txt")
    assert.is_nil(doc)
    assert.matches("x.txt", err, 1, true)
    doc, err = document.read("spec")
    assert.is_nil(doc)
    assert.matches("^spec: ", err)
    local path = os.tmpname()
    local f = assert(io.open(path, "wb"))
    f:write("好。\255\254")
    f:close()
    doc, err = document.read(path, { encoding = "utf-8" })
    assert.is_nil(doc)
    assert.matches(path .. ": invalid UTF-8 at byte 7", err, 1, true)
    doc = assert(document.read(path, { encoding = "utf-8", replace = true }))
    os.remove(path)
    assert.same("好。", doc:sentences()[1].text)
  end)
end)

describe("doc:each", function()
  local text = "一、总体要求\n\n各位代表：\n政府工作报\n告。今年增长5%，\n就业100万人。\u{200B}好的。\n\n（一）\n推进改革。"
  local function fields(s)
    return { s.index, s.i, s.j, s.text, s.block, s.para, s.heading, s.debris, s:numbers() and #s:numbers() }
  end

  it("makes the sentence objects doc:sentences() holds, one at a time", function()
    local got = {}
    local doc = assert(document.new(text))
    for s in doc:each() do got[#got + 1] = fields(s) end
    assert.is_nil(rawget(doc, "_sentences"))    -- nothing cached
    local want = {}
    for _, s in ipairs(assert(document.new(text)):sentences()) do want[#want + 1] = fields(s) end
    assert.same(want, got)
    assert.are.equal(6, #got)
    assert.same({ 1, 1, 18, "一、总体要求", 1, 1, true }, { table.unpack(got[1], 1, 7) })
    assert.same({ 3, 37, 58, "政府工作报告。", 2, 3, false }, { table.unpack(got[3], 1, 7) })
    assert.same({ 4, 59, 94, "今年增长5%，就业100万人。", 2, 3, false, nil, 2 }, got[4])
    assert.same({ 6, 109, 133, "（一）推进改革。", 3, 4 }, { table.unpack(got[6], 1, 6) })
  end)

  it("maps the numbers of a rejoined sentence to the document", function()
    local doc = assert(document.new(text))
    for s in doc:each() do
      for _, r in ipairs(s:numbers()) do
        assert.are.equal(r.text, doc.text:sub(r.i, r.j))
      end
    end
  end)

  it("walks the cache once doc:sentences() made it", function()
    local doc = assert(document.new(text))
    local all = doc:sentences()
    local k = 0
    for s in doc:each() do
      k = k + 1
      assert.are.equal(all[k], s)
    end
    assert.are.equal(#all, k)
  end)
end)
