-- outline: sections, hierarchy, kinds and metadata from literal reports.
local document = require "zhtext.document"
local outline = require "zhtext.outline"

local report = table.concat({
  "政府工作报告",
  "",
  "2024年1月29日 在常山县第十七届人民代表大会第三次会议上",
  "常山县人民政府县长 王永明",
  "",
  "各位代表:",
  "",
  "现在,我代表县人民政府向大会报告工作,请予审议。",
  "",
  "一、2023年主要工作回顾",
  "",
  "全年地区生产总值增长7.1%。",
  "",
  "（一）产业转型承压奋进",
  "",
  "新增规上工业企业25家。",
  "",
  "（二）项目建设破难前行",
  "",
  "引进项目28个。",
  "",
  "二、2024年工作安排",
  "",
  "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。",
  "",
  "（一）扩大有效投资",
  "",
  "1.抓好重大项目。",
  "",
  "新开工项目50个。",
  "",
  "2.优化营商环境。",
  "",
  "三、加强政府自身建设",
  "",
  "我们要做到廉洁。",
}, "\n")

describe("outline.annotate", function()
  local doc = assert(document.new(report, { name = "r.txt" }))

  it("reads the metadata the report states", function()
    assert.are.equal("政府工作报告", doc.title)
    assert.are.equal("2024-01-29", doc.date)
    local m = doc.meta
    assert.are.equal("常山县第十七届人民代表大会第三次会议", m.meeting)
    assert.are.equal("王永明", m.speaker)
    assert.are.equal("常山县人民政府县长", m.office)
    assert.are.equal("常山县", m.place)
    assert.are.equal(2024, m.plan_year)
    assert.are.equal(2023, m.year)
  end)

  it("builds the section hierarchy with paths", function()
    local titles = {}
    for _, sec in ipairs(doc.sections) do titles[#titles + 1] = sec.level .. " " .. sec.title end
    assert.are.same({
      "1 一、2023年主要工作回顾", "2 （一）产业转型承压奋进", "2 （二）项目建设破难前行",
      "1 二、2024年工作安排", "2 （一）扩大有效投资", "3 1.抓好重大项目。", "3 2.优化营商环境。",
      "1 三、加强政府自身建设",
    }, titles)
    local s
    for _, x in ipairs(doc:sentences()) do if x.text == "新开工项目50个。" then s = x end end
    assert.are.same({ "二、2024年工作安排", "（一）扩大有效投资", "1.抓好重大项目。" }, s.section.path)
    assert.are.equal(doc.sections[5], s.section.parent)
    assert.are.equal(2, #doc.sections[1].children)
  end)

  it("classifies sections as review, targets and tasks", function()
    local kinds = {}
    for _, sec in ipairs(doc.sections) do kinds[#kinds + 1] = sec.kind end
    assert.are.same({ "review", "review", "review", "tasks", "tasks", "tasks", "tasks", "other" }, kinds)
    local by = {}
    for _, s in ipairs(doc:sentences()) do by[s.text] = outline.part(s) end
    assert.are.equal("review", by["新增规上工业企业25家。"])
    assert.are.equal("targets", by["今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。"])
    assert.are.equal("tasks", by["新开工项目50个。"])
    assert.are.equal("preamble", by["现在,我代表县人民政府向大会报告工作,请予审议。"])
  end)

  it("gives every sentence a section, the preamble included", function()
    for _, s in ipairs(doc:sentences()) do assert.is_table(s.section) end
    assert.are.equal(0, doc:sentences()[1].section.level)
  end)

  it("plans the year from headings when no date is given", function()
    local d = assert(document.new("一、2018年工作回顾\n\n经济增长。\n\n二、2019年经济社会发展总体要求和政策取向\n\n"
      .. "今年的主要预期目标是：国内生产总值增长6%－6.5%。\n\n三、2019年政府工作任务\n\n做好工作。\n"))
    assert.is_nil(d.date)
    assert.are.equal(2019, d.meta.plan_year)
    assert.are.equal(2018, d.meta.year)
    local kinds = {}
    for _, sec in ipairs(d.sections) do kinds[#kinds + 1] = sec.kind end
    assert.are.same({ "review", "targets", "tasks" }, kinds)
  end)

  it("reads a byline run into the meeting line and a five-year plan section", function()
    local d = assert(document.new("2025年浙江省政府工作报告\n2025年1月14日在浙江省第十四届人民代表大会第三次会议上"
      .. "浙江省代省长刘捷作政府工作报告\n\n各位代表：\n一、2024年工作回顾\n好。\n二、“十五五”时期的主要目标和重点任务\n"
      .. "好。\n三、2025年工作安排\n好。\n"))
    assert.are.equal("2025年浙江省政府工作报告", d.title)
    assert.are.equal("刘捷", d.meta.speaker)
    assert.are.equal("浙江省代省长", d.meta.office)
    assert.are.equal("浙江省", d.meta.place)
    assert.are.equal("plan", d.sections[2].kind)
  end)

  it("takes the delivery date, not a web page's publication date", function()
    local d = assert(document.new("首页 > 政务公开\n发布时间：2024年02月05日\n政府工作报告\n"
      .. "——2024年1月29日在某某县第十七届人民代表大会第三次会议上\n某某县人民政府代县长　李四\n各位代表：\n"
      .. "一、2023年工作回顾\n好。\n"))
    assert.are.equal("2024-01-29", d.date)
    assert.are.equal("李四", d.meta.speaker)
    assert.are.equal("某某县人民政府代县长", d.meta.office)
    assert.are.equal("某某县", d.meta.place)
  end)

  it("marks the targets list after a lead-in as the targets part", function()
    local d = assert(document.new("二、2024年工作安排\n\n今年主要预期目标是：\n\n地区生产总值增长6%左右。\n\n"
      .. "一般公共预算收入增长5%。\n\n为实现上述目标，重点抓好以下工作。\n\n新开工项目50个。\n"))
    local parts = {}
    for _, s in ipairs(d:sentences()) do parts[#parts + 1] = outline.part(s) end
    assert.are.same({ "tasks", "targets", "targets", "targets", "tasks", "tasks" }, parts)
  end)

  it("opens sections at unnumbered part headings", function()
    local d = assert(document.new("政府工作报告\n2023年工作回顾\n全年地区生产总值增长7%。\n（一）产业发展\n新增企业5家。\n"
      .. "2024年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。\n（一）项目\n新建学校3所。\n"))
    local got = {}
    for _, sec in ipairs(d.sections) do got[#got + 1] = sec.level .. " " .. sec.kind .. " " .. sec.title end
    assert.are.same({ "1 review 2023年工作回顾", "2 review （一）产业发展", "1 tasks 2024年工作安排", "2 tasks （一）项目" }, got)
  end)

  it("is lazy and runs once", function()
    local d = assert(document.new("一、2023年工作回顾\n\n好。\n"))
    assert.is_nil(rawget(d, "sections"))
    local secs = d.sections
    assert.are.equal(secs, d.sections)
    assert.are.equal(1, #secs)
  end)
end)
