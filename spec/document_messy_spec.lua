-- Messy layouts of real reports (SENT2 audit): hard-wrapped PDF dumps,
-- CRLF, half-width punctuation, markdown, quotes cut by a line break.
-- Literal inputs; expectations follow DESIGN.md sentence rules 1-6.
local document = require "zhtext.document"

local function texts(src)
  local out = {}
  for _, s in ipairs(assert(document.new(src)):sentences()) do
    out[#out + 1] = (s.heading and "# " or "") .. s.text
  end
  return out
end

-- a paragraph hard-wrapped at 64 display columns, as pdftotext gives it
local wrapped = table.concat({
  "一、2024年工作回顾",
  "过去一年，面对复杂严峻的外部环境，面对艰巨繁重的改革发展稳定任",
  "务，我们坚持稳中求进、以进促稳、先立后破，顺利完成经济社会发展主",
  "要目标任务。全省生产总值增长5.5%，一般公共预算收入增长1.2%，城",
  "乡居民人均可支配收入分别增长4.3%、6.1%，全社会研发投入强度预计达3.",
  "2%，十方面民生实事圆满完成。",
  "（一）系统落实一揽子存量和增量政策",
  "大力推进“两重”建设，积极争取超长期特别国债资金支持，216个“两重”项",
  "目全部开工建设。创造性开展“两新”工作，争取设备更新资金95亿元，完成",
  "工业设备更新14.2万台（套），电梯更新10025台。",
  "（二）扩大有效益的投资",
  "加快推进“千项万亿”重大项目建设，1299个重大项目完成投资1.4万亿元。",
}, "\n") .. "\n"

local expected = {
  "# 一、2024年工作回顾",
  "过去一年，面对复杂严峻的外部环境，面对艰巨繁重的改革发展稳定任务，我们坚持稳中求进、以进促稳、先立后破，顺利完成经济社会发展主要目标任务。",
  "全省生产总值增长5.5%，一般公共预算收入增长1.2%，城乡居民人均可支配收入分别增长4.3%、6.1%，全社会研发投入强度预计达3.2%，十方面民生实事圆满完成。",
  "# （一）系统落实一揽子存量和增量政策",
  "大力推进“两重”建设，积极争取超长期特别国债资金支持，216个“两重”项目全部开工建设。",
  "创造性开展“两新”工作，争取设备更新资金95亿元，完成工业设备更新14.2万台（套），电梯更新10025台。",
  "# （二）扩大有效益的投资",
  "加快推进“千项万亿”重大项目建设，1299个重大项目完成投资1.4万亿元。",
}

describe("hard-wrapped text (rule 4)", function()
  it("rejoins lines cut at the page width; headings stay headings", function()
    assert.same(expected, texts(wrapped))
  end)

  it("does the same with CRLF line ends", function()
    assert.same(expected, texts((wrapped:gsub("\n", "\r\n"))))
  end)

  it("gives the iterator the same sentences, offsets into the wrapped text", function()
    local doc = assert(document.new(wrapped))
    local ss = doc:sentences()
    local k = 0
    for i, j, s in document.sentences(wrapped) do
      k = k + 1
      assert.same({ ss[k].i, ss[k].j, ss[k].text }, { i, j, s })
      assert.same(s:sub(1, 3), wrapped:sub(i, i + 2))
    end
    assert.same(#expected, k)
    -- the 务 that opens the third line is byte 4 of the sentence's second line
    local s2 = ss[2]
    local at = s2.text:find("务，我们", 1, true)
    assert.same("务", wrapped:sub(s2:pos(at), s2:pos(at) + 2))
  end)

  it("drops and doubles nothing; every byte of s.text maps back", function()
    for _, src in ipairs { wrapped, (wrapped:gsub("\n", "\r\n")), (("\n" .. wrapped):gsub("\n", "\n  ")) } do
      local doc = assert(document.new(src))
      local buf, prev = {}, 0
      for n, s in ipairs(doc:sentences()) do
        buf[n] = s.text
        assert.is_true(s.i > prev and s.j >= s.i)
        prev = s.j
        for k = 1, #s.text do
          assert.same(s.text:byte(k), src:byte(s:pos(k)))
        end
      end
      assert.same((src:gsub("%s", "")), (table.concat(buf):gsub("%s", "")))
    end
  end)

  it("leaves one-paragraph-a-line text alone (no page width)", function()
    assert.same({
      "# 一、工作回顾",
      "过去一年，我们顺利完成目标任务。",
      "# 二、今年工作安排",
      "# 着力扩大国内需求，推动经济持续回升向好",
      "加快推进重大项目建设，完成投资1.4万亿元。",
    }, texts("一、工作回顾\n过去一年，我们顺利完成目标任务。\n二、今年工作安排\n"
      .. "着力扩大国内需求，推动经济持续回升向好\n加快推进重大项目建设，完成投资1.4万亿元。\n"))
  end)

  it("does not take a list of headings of one length for wrapped lines", function()
    local src = {}
    for n = 1, 8 do
      src[#src + 1] = ("（%s）坚持创新驱动发展，加快构建现代化产业体系第%d项"):format(("一二三四五六七八"):sub(3 * n - 2, 3 * n), n)
      src[#src + 1] = "深入实施创新驱动发展战略，研发投入增长8%。"
    end
    local out = texts(table.concat(src, "\n") .. "\n")
    assert.same(16, #out)
    assert.same("# （一）坚持创新驱动发展，加快构建现代化产业体系第1项", out[1])
  end)
end)

describe("hard-wrapped text with indented paragraphs", function()
  local src = table.concat({
    "　　（一）发挥政策引导保障支撑作用，最大程度把政策红利转化为发展动",
    "　　加快落实中央一揽子经济政策。承接执行更加积极的财政政策、适度宽",
    "松的货币政策，持续做好“两重”、“两新”、专项债等项目谋划储备和申报",
    "工作，开展专项债券项目“自审自发”试点，做好政府隐性债务置换工作。",
    "　　切实做好“两重”项目谋划推进。加快已开工“两重”项目建设进度，推",
    "动新建项目尽快开工，安排重大项目1000个以上，完成年度投资1万亿元以",
    "上，城中村改造3.",
    "6万户。",
  }, "\n") .. "\n"
  local want = {
    "# （一）发挥政策引导保障支撑作用，最大程度把政策红利转化为发展动",
    "加快落实中央一揽子经济政策。",
    "承接执行更加积极的财政政策、适度宽松的货币政策，持续做好“两重”、“两新”、专项债等项目谋划储备和申报工作，"
      .. "开展专项债券项目“自审自发”试点，做好政府隐性债务置换工作。",
    "切实做好“两重”项目谋划推进。",
    "加快已开工“两重”项目建设进度，推动新建项目尽快开工，安排重大项目1000个以上，完成年度投资1万亿元以上，城中村改造3.6万户。",
  }
  it("an indented line opens a paragraph: the full-width line before it is a heading", function()
    assert.same(want, texts(src))
  end)
  it("a margin on every line is no paragraph mark", function()
    local margin = ("\n" .. src):gsub("\n", "\n    "):sub(2)
    local out = texts(margin)
    -- (the full-width heading has no mark left: it runs into the paragraph)
    assert.same({ want[3], want[4], want[5] }, { out[#out - 2], out[#out - 1], out[#out] })
  end)
end)

describe("hard-wrapped text: short lines", function()
  local src = table.concat({
    "过去一年，面对复杂严峻的外部环境，面对艰巨繁重的改革发展稳定任务，我们坚持",
    "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、",
    "三中全会精神，在省委的坚强领导下，在省人大、省政协的监督支持下，坚持稳中求",
    "进、以进促稳、先立后破，顺利完成经济社会发展主要目标任务，充分展示了使命担",
    "当。",
    "二、“十三五”经济社会发展的主要目标和任务，今后五年经济社会发展的主要目标和",
    "任务",
    "“十三五”时期，是全面建成小康社会的决胜时期。全面深化改革的攻坚时期，我们",
    "要坚持稳中求进工作总基调，着力推进供给侧结构性改革，一年来主要做了以下工",
    "作：",
    "一是联合港澳承办十五运会和残特奥会，推动全省经济运行稳中有进、稳中向好。",
    "二是加快推进科技创新和产业创新深度融合，持续优化提升营商环境和社会治理。",
  }, "\n") .. "\n"
  it("a heading's tail ends the heading, a lead-in's tail ends the lead-in", function()
    assert.same({
      "过去一年，面对复杂严峻的外部环境，面对艰巨繁重的改革发展稳定任务，我们坚持以习近平新时代中国特色社会主义思想为指导，"
        .. "全面贯彻党的二十大和二十届二中、三中全会精神，在省委的坚强领导下，在省人大、省政协的监督支持下，"
        .. "坚持稳中求进、以进促稳、先立后破，顺利完成经济社会发展主要目标任务，充分展示了使命担当。",
      "# 二、“十三五”经济社会发展的主要目标和任务，今后五年经济社会发展的主要目标和任务",
      "“十三五”时期，是全面建成小康社会的决胜时期。",
      "全面深化改革的攻坚时期，我们要坚持稳中求进工作总基调，着力推进供给侧结构性改革，一年来主要做了以下工作：",
      "一是联合港澳承办十五运会和残特奥会，推动全省经济运行稳中有进、稳中向好。",
      "二是加快推进科技创新和产业创新深度融合，持续优化提升营商环境和社会治理。",
    }, texts(src))
  end)
end)

describe("a decimal cut by a line break", function()
  it("is one number in one sentence", function()
    assert.same({ "研发投入强度预计达3.2%，区域创新能力保持第4位。" },
      document.split("研发投入强度预计达3.\n2%，区域创新能力保持第4位。\n"))
  end)
  it("while a sentence-final dot before a new line still ends it", function()
    assert.same({ "收入增长3.", "2024年增长5%。" }, document.split("收入增长3.\n\n2024年增长5%。"))
  end)
end)

describe("a quote cut by a line break (rule 2)", function()
  it("hides the terminators inside it up to its closer", function()
    assert.same({ "他说：“我们要努力。大家好。”", "他走了。" },
      document.split("他说：“我们\n要努力。大家好。”他走了。\n"))
  end)
  it("and brackets too", function()
    assert.same({ "（见附件1。）", "好的。" }, document.split("（见附件\n1。）好的。\n"))
  end)
end)

describe("half-width punctuation (rule 1)", function()
  it("works like its full-width twin", function()
    assert.same({
      "过去一年,我们坚持稳中求进.",
      "全省生产总值增长5.5%,一般公共预算收入增长1.2%.",
      "城乡居民收入分别增长4.3%、6.1%!",
      "他说:\"我们要努力.\"",
      "大家都笑了.",
      "主要目标是:",
      "地区生产总值增长5%左右;城镇新增就业100万人.",
    }, document.split("过去一年,我们坚持稳中求进.全省生产总值增长5.5%,一般公共预算收入增长1.2%."
      .. "城乡居民收入分别增长4.3%、6.1%!\n他说:\"我们要努力.\"大家都笑了.\n主要目标是:\n"
      .. "地区生产总值增长5%左右;城镇新增就业100万人.\n"))
  end)
end)

describe("markdown (rule 6)", function()
  it("neither splits nor joins: # lines are headings, ** stays in the text", function()
    assert.same({
      "# # 2025年政府工作报告",
      "# ## 一、2024年工作回顾",
      "过去一年，我们**坚持稳中求进**。",
      "全省生产总值增长5.5%。",
      "**（一）扩大有效投资。**",
      "加快推进重大项目建设。",
      "- 开展系列活动2000余场。",
      "1. 加快培育先进制造业集群。",
    }, texts("# 2025年政府工作报告\n\n## 一、2024年工作回顾\n\n过去一年，我们**坚持稳中求进**。全省生产总值增长5.5%。\n\n"
      .. "**（一）扩大有效投资。**加快推进重大项目建设。\n\n- 开展系列活动2000余场。\n\n1. 加快培育先进制造业集群。\n"))
  end)
end)

describe("page-break artefacts (rule 4)", function()
  it("page numbers are debris lines, and the cut line before one is no heading", function()
    local lines = {}
    for _ = 1, 6 do
      lines[#lines + 1] = "加快推进重大项目建设，完成投资1.4万亿元，重大项目完成投资2831亿元，"
      lines[#lines + 1] = "制造业投资增长3.3%，服务业增加值增长5.1%，社会消费品零售总额增长"
      lines[#lines + 1] = "4%，全省规上工业增加值增长7.5%。"
    end
    lines[5] = lines[5] .. "\n\n- 2 -\n"
    local doc = assert(document.new(table.concat(lines, "\n") .. "\n"))
    local kinds = {}
    for _, s in ipairs(doc:sentences()) do
      kinds[#kinds + 1] = (s.heading and "#" or s.debris and "~" or "") .. utf8.len(s.text)
    end
    assert.same({ "92", "73", "~5", "19", "92", "92", "92", "92" }, kinds)
  end)

  it("a newspaper continuation mark is debris", function()
    local doc = assert(document.new("实体化运行项目。\n\n（下转第三版）\n"))
    local ss = doc:sentences()
    assert.same({ "实体化运行项目。", "（下转第三版）" }, { ss[1].text, ss[2].text })
    assert.is_true(ss[2].debris)
    assert.is_false(ss[2].heading)
  end)
end)

describe("web-page furniture (rule 4)", function()
  it("stays in debris lines of its own, the title block stays headings", function()
    local doc = assert(document.new(table.concat({
      "首页 > 政务公开 > 政府工作报告",
      "发布时间：2026-01-31 10:00:00 来源：湖南日报 访问量：1234",
      "【字体：大 中 小】 【打印】 【关闭】",
      "访问量：5678",
      "政府工作报告",
      "——2026年1月20日在湖南省第十四届人民代表大会第五次会议上",
      "各位代表：",
      "现在，我代表省人民政府，向大会报告工作，请予审议。",
      "【打印】【关闭】",
    }, "\n")))
    local kinds = {}
    for _, s in ipairs(doc:sentences()) do
      kinds[#kinds + 1] = s.debris and "~" or s.heading and "#" or "."
    end
    assert.same({ "~", "~", "~", "~", "#", "#", ".", ".", "~" }, kinds)
  end)
end)

describe("a page number inside a broken sentence", function()
  it("is never taken into the sentence text (blank-line and plain layouts)", function()
    for _, src in ipairs {
      "过去一年，我们推进改革。全面推进实体化运行项\n\n- 3 -\n\n目前期专班运行良好，取得积极成效。\n\n第二段落开始了。\n",
      "过去一年，我们推进改革。全面推进实体化运行项\n— 3 —\n目前期专班运行良好，取得积极成效。\n第二段落开始了。\n",
    } do
      local kinds, out = {}, {}
      for _, s in ipairs(assert(document.new(src)):sentences()) do
        out[#out + 1] = s.text
        kinds[#kinds + 1] = s.debris and "~" or s.heading and "#" or "."
      end
      assert.same({ "过去一年，我们推进改革。", "全面推进实体化运行项", src:match("\n(%S+ 3 %S+)\n"),
        "目前期专班运行良好，取得积极成效。", "第二段落开始了。" }, out)
      assert.same({ ".", ".", "~", ".", "." }, kinds)
    end
  end)
end)

describe("lines that end with ；", function()
  local src = "今年主要目标是：\n地区生产总值增长5%左右；\n城镇新增就业100万人；\n居民消费价格涨幅2%左右。\n"
  it("are pieces of one sentence, not headings (rule 3: ； ends none)", function()
    assert.same({ "今年主要目标是：", "地区生产总值增长5%左右；城镇新增就业100万人；居民消费价格涨幅2%左右。" },
      texts(src))
    assert.same({ "（一）加快发展；（二）扩大内需。" }, document.split("（一）加快发展；\n（二）扩大内需。\n"))
  end)
  it("end clauses with opts.clauses", function()
    assert.same({ "今年主要目标是：", "地区生产总值增长5%左右；", "城镇新增就业100万人；", "居民消费价格涨幅2%左右。" },
      document.split(src, { clauses = true }))
  end)
  it("do not run across a blank line", function()
    assert.same({ "地区生产总值增长5%左右；", "二、扩大内需" }, document.split("地区生产总值增长5%左右；\n\n二、扩大内需\n"))
  end)
end)

describe("a link break right after an enumerator (Wikisource)", function()
  it("joins a tiny tail that ends the sentence", function()
    assert.same({ "——发展新动能快速成长。", "新兴产业蓬勃发展。", "一、工作回顾", "过去一年极不平凡。" },
      document.split("——发展新动能快\n速成长。新兴产业蓬勃发展。\n\n一、工作回顾\n\n过去一年极不平凡。\n"))
  end)
end)

describe("a number cut from its unit by a line break", function()
  it("goes on with it; a numbered attachment line stays a heading", function()
    assert.same({ "# 2025年1月14日在浙江省第十四届人民代表大会第三次会议上", "# 附件2", "# 名词解释",
      "地区生产总值增长5%左右。" },
      texts("2025年1月14\n日在浙江省第十四届人民代表大会第三次会议上\n附件2\n名词解释\n地区生产总值增长5\n%左右。\n"))
  end)
end)
