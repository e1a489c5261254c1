-- targets on literal report pieces: lead-ins of every level and year, lists over
-- several sentences, lines broken inside the lead-in, stretch goals, relations.
local analyze = require "zhtext.analyze"
local document = require "zhtext.document"
local number = require "zhtext.number"

local function targets(text)
  local doc = assert(document.new(text, { name = "t.txt" }))
  local res = analyze.analyze(doc, { "targets" })
  assert.are.same({}, res.errors)
  local out = {}
  for _, r in ipairs(res.records) do
    local v = r.value ~= nil and tostring(r.value) or (tostring(r.lo) .. "-" .. tostring(r.hi))
    out[#out + 1] = table.concat({ r.indicator, r.relation, v, r.unit or "-", r.stretch and "stretch" or "-" }, "|")
  end
  return out, res, doc
end

describe("targets rule", function()
  if not number.scan then
    pending("zhtext.number.scan has not landed: targets need number records")
    return
  end

  it("reads a national lead-in and its clauses", function()
    local got, res, doc = targets("二、2023年工作总体要求\n\n今年发展主要预期目标是：国内生产总值增长5%左右；"
      .. "城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民收入增长与经济增长基本同步；粮食产量保持在1.3万亿斤以上。\n")
    assert.are.same({
      "国内生产总值增长|about|5|-|-", "城镇新增就业|over|12000000|人|-", "城镇调查失业率|about|5.5|-|-",
      "粮食产量|over|1300000000000|斤|-",
    }, got)
    local r = res.records[1]
    assert.are.equal("国内生产总值增长5%左右", doc.text:sub(r.i, r.j))
    assert.are.equal(2023, r.year)
    assert.are.equal("percent", r.kind)
  end)

  it("takes the year from the lead-in and copulas off the indicator", function()
    local got, res = targets("2024年经济社会发展主要预期目标为：地区生产总值增长6%以上，城镇调查失业率控制在5%以内，"
      .. "单位地区生产总值能耗降低2.5%。\n")
    assert.are.same({ "地区生产总值增长|over|6|-|-", "城镇调查失业率|under|5|-|-",
      "单位地区生产总值能耗降低|exact|2.5|-|-" }, got)
    assert.are.equal(2024, res.records[1].year)
  end)

  it("joins a lead-in broken across lines and flags stretch goals", function()
    local got = targets("三、2026年工作安排\n今年经济社会发展的\n主要预期目标\n是：地区生产总值增长4.5%—5%，"
      .. "在实际工作中全力争取更好结果；地方一般公共预算收入增长3%左右。\n")
    assert.are.same({ "地区生产总值增长|range|4.5-5|-|stretch", "地方一般公共预算收入增长|about|3|-|-" }, got)
    got = targets("主要预期目标是：地区生产总值增长5.5%、力争6%。\n")
    assert.are.same({ "地区生产总值增长|exact|5.5|-|-", "地区生产总值增长|exact|6|-|stretch" }, got)
    got = targets("主要预期目标是：地区生产总值增长5.5%，力争达到6%。\n")
    assert.are.same({ "地区生产总值增长|exact|5.5|-|-", "地区生产总值增长|exact|6|-|stretch" }, got)
  end)

  it("follows a list of targets over several sentences after the lead-in", function()
    local got = targets("今年全县经济社会发展的主要预期目标是：\n1.地区生产总值增长7%左右。\n"
      .. "2.一般公共预算收入增长5%。\n3.居民人均可支配收入增长与经济增长同步。\n\n（一）抓好项目建设\n新开工项目50个。\n")
    assert.are.same({ "地区生产总值增长|about|7|-|-", "一般公共预算收入增长|exact|5|-|-" }, got)
  end)

  it("distributes 均 and 分别 over coordinated indicators", function()
    local got = targets("主要预期目标是：城镇、农村居民人均可支配收入分别增长6%、8%；进出口总额和实际利用外资均增长5%。\n")
    assert.are.same({ "城镇居民人均可支配收入增长|exact|6|-|-", "农村居民人均可支配收入增长|exact|8|-|-",
      "进出口总额增长|exact|5|-|-", "实际利用外资增长|exact|5|-|-" }, got)
  end)

  it("gives nothing from review sentences or qualitative targets", function()
    local got = targets("一、2023年工作回顾\n\n我们完成了全年主要预期目标任务，地区生产总值增长7.1%。"
      .. "主要目标是：地区生产总值增长7%。\n\n二、2024年工作安排\n\n主要预期目标是：居民收入与经济增长基本同步。\n")
    assert.are.same({}, got)
  end)
end)

describe("targets rule, other layouts", function()
  if not number.scan then
    pending("zhtext.number.scan has not landed: targets need number records")
    return
  end

  it("reads a heading lead-in, 一是 enumerators and levels after growth", function()
    local got = targets("二、2024年工作安排\n\n（一）主要预期目标\n\n一是地区生产总值增长8%以上，力争10%。"
      .. "二是一般公共预算收入增长6%，达到20亿元。三是城镇调查失业率控制在5.5%以内。\n\n（二）重点工作\n\n新建学校3所。\n")
    assert.are.same({ "地区生产总值增长|over|8|-|-", "地区生产总值增长|exact|10|-|stretch",
      "一般公共预算收入增长|exact|6|-|-", "一般公共预算收入|exact|2000000000|元|-", "城镇调查失业率|under|5.5|-|-" }, got)
  end)

  it("reads dash-led items after a lead-in, with 确保 and 力争 figures", function()
    local got = targets("今年全县经济社会发展的主要预期目标是：\n——地区生产总值增长8%以上，确保7.5%，力争9%。\n"
      .. "——城镇新增就业1200人。\n——居民收入与经济增长同步。\n（一）抓项目\n新开工项目30个。\n")
    assert.are.same({ "地区生产总值增长|over|8|-|-", "地区生产总值增长|exact|7.5|-|-", "地区生产总值增长|exact|9|-|stretch",
      "城镇新增就业|exact|1200|人|-" }, got)
  end)

  it("reads numbered items without terminators after a lead-in", function()
    local got = targets("二、2024年工作安排\n今年主要预期目标是：\n（1）地区生产总值增长6%左右；\n（2）城镇调查失业率5.5%以内；\n"
      .. "（3）居民收入与经济增长同步\n（一）扩大有效投资\n新开工项目50个。\n")
    assert.are.same({ "地区生产总值增长|about|6|-|-", "城镇调查失业率|under|5.5|-|-" }, got)
  end)

  it("follows a list into the next sentences of its paragraph, up to 上述", function()
    local got = targets("今年经济社会发展的主要预期目标是：国内生产总值增长7%左右，城镇新增就业1000万人以上，"
      .. "国际收支基本平衡。能耗强度下降3.1%以上，主要污染物排放继续减少。上述目标增长10%是积极稳妥的。\n"
      .. "我们要新建学校5所。\n")
    assert.are.same({ "国内生产总值增长|about|7|-|-", "城镇新增就业|over|10000000|人|-", "能耗强度下降|over|3.1|-|-" },
      got)
  end)

  it("ends a list at the sentence that turns to the tasks", function()
    local got = targets("今年主要预期目标是：\n地区生产总值增长6%左右。\n居民收入同步增长。\n"
      .. "为实现上述目标，要重点抓好以下工作：\n新开工项目50个。\n")
    assert.are.same({ "地区生产总值增长|about|6|-|-" }, got)
  end)

  it("leaves a five-year plan's goals out", function()
    local got = targets("二、“十五五”时期的主要目标和重点任务\n\n“十五五”时期经济社会发展的主要目标是：地区生产总值年均增长5%左右。\n\n"
      .. "三、2026年工作安排\n\n今年主要预期目标是：地区生产总值增长5%左右。\n")
    assert.are.same({ "地区生产总值增长|about|5|-|-" }, got)
  end)
end)

describe("targets rule, lists inside a clause", function()
  if not number.scan then
    pending("zhtext.number.scan has not landed: targets need number records")
    return
  end

  it("distributes 分别 anywhere in the list, 城乡 into its halves, and gives a bare verb its subject", function()
    local got = targets("主要预期目标为：一般公共预算收入增长5%、城乡居民人均可支配收入分别增长5.5%和7%；"
      .. "固定资产投资完成120亿元，增长10%。\n")
    assert.are.same({ "一般公共预算收入增长|exact|5|-|-", "城镇居民人均可支配收入增长|exact|5.5|-|-",
      "农村居民人均可支配收入增长|exact|7|-|-", "固定资产投资|exact|12000000000|元|-", "固定资产投资增长|exact|10|-|-" },
      got)
  end)

  -- the shapes of targets paragraphs across years and levels (one literal each)
  it("2010s national: 涨幅控制在, 以上, 低于 as a relation, no record for a goal without a figure", function()
    local got = targets("今年经济社会发展的主要预期目标是：国内生产总值增长7.5%左右，居民消费价格涨幅控制在3.5%左右；"
      .. "城镇新增就业900万人以上，城镇登记失业率低于4.6%；国际收支状况进一步改善；"
      .. "城乡居民人均收入实际增长与经济增长同步。\n")
    assert.are.same({ "国内生产总值增长|about|7.5|-|-", "居民消费价格涨幅|about|3.5|-|-", "城镇新增就业|over|9000000|人|-",
      "城镇登记失业率|under|4.6|-|-" }, got)
  end)

  it("provincial: 以上 then 力争, 分别…和, a task without a figure (完成省下达任务)", function()
    local got = targets("全省经济社会发展的主要预期目标是：地区生产总值增长6%以上，力争7%；一般公共预算收入增长5%；"
      .. "城乡居民人均可支配收入分别增长6.5%和7.5%；节能减排完成省下达任务。\n")
    assert.are.same({ "地区生产总值增长|over|6|-|-", "地区生产总值增长|exact|7|-|stretch", "一般公共预算收入增长|exact|5|-|-",
      "城镇居民人均可支配收入增长|exact|6.5|-|-", "农村居民人均可支配收入增长|exact|7.5|-|-" }, got)
  end)

  it("county: scope words, ranges, 不低于, 控制在…以内, a 万元GDP name is no figure", function()
    local got = targets("今年全县经济社会发展的主要预期目标是：全县生产总值增长8%左右，固定资产投资增长10%—12%，"
      .. "社会消费品零售总额增长不低于9%，万元GDP能耗控制在省定目标以内，城镇登记失业率控制在4%以内。\n")
    assert.are.same({ "生产总值增长|about|8|-|-", "固定资产投资增长|range|10-12|-|-", "社会消费品零售总额增长|over|9|-|-",
      "城镇登记失业率|under|4|-|-" }, got)
  end)

  it("lists led by ——, 1. and （1） under a lead-in, ended by the next part", function()
    local want = { "地区生产总值增长|about|5.5|-|-", "城镇调查失业率|under|5.5|-|-", "粮食产量|over|5000000000|斤|-" }
    for _, mark in ipairs { { "——", "——", "——" }, { "1.", "2.", "3." }, { "（1）", "（2）", "（3）" } } do
      local got = targets("二、2025年政府工作\n\n今年主要预期目标是：\n" .. mark[1] .. "地区生产总值增长5.5%左右；\n"
        .. mark[2] .. "城镇调查失业率5.5%以内；\n" .. mark[3] .. "粮食产量稳定在50亿斤以上。\n\n三、重点工作\n\n新建学校5所。\n")
      assert.are.same(want, got)
    end
  end)

  it("a targets heading with one target per paragraph, 均 distributed", function()
    local got = targets("二、2020年工作\n\n（二）主要预期目标\n\n地区生产总值增长6.5%左右。\n\n"
      .. "城乡居民人均可支配收入均增长7%。\n\n（三）重点工作\n\n新建学校5所。\n")
    assert.are.same({ "地区生产总值增长|about|6.5|-|-", "城镇居民人均可支配收入增长|exact|7|-|-",
      "农村居民人均可支配收入增长|exact|7|-|-" }, got)
  end)

  it("a lead-in without 预期目标: 实现以下目标：", function()
    local got = targets("二、2024年工作安排\n\n今年，我们将努力实现以下目标：地区生产总值增长6.5%左右，"
      .. "城镇新增就业8000人。\n")
    assert.are.same({ "地区生产总值增长|about|6.5|-|-", "城镇新增就业|exact|8000|人|-" }, got)
  end)

  it("drops accounting qualifiers from the indicator (同口径)", function()
    local got, res, doc = targets("主要预期目标是：一般公共预算收入同口径增长8%，地区生产总值增长6%。\n")
    assert.are.same({ "一般公共预算收入增长|exact|8|-|-", "地区生产总值增长|exact|6|-|-" }, got)
    assert.are.equal("一般公共预算收入同口径增长8%", doc.text:sub(res.records[1].i, res.records[1].j))
  end)

  it("a list broken across lines after ；", function()
    local got = targets("今年经济社会发展的主要预期目标是：地区生产总值增长6%—6.5%，城镇调查失业率5.5%左右；\n"
      .. "居民消费价格涨幅3%左右，一般公共预算收入增长6%。\n")
    assert.are.same({ "地区生产总值增长|range|6-6.5|-|-", "城镇调查失业率|about|5.5|-|-", "居民消费价格涨幅|about|3|-|-",
      "一般公共预算收入增长|exact|6|-|-" }, got)
  end)
end)
