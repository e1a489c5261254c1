-- A held-out set for the analysis rules: literal passages in the styles of
-- reports the corpus does not have (national reports of several eras,
-- provincial, municipal, county; lead-ins of many forms, flattened tables,
-- review paragraphs). Each expectation is what an annotator following
-- DESIGN.md would write down; none of these passages was used to tune the
-- rules before it was written here.
local analyze = require "zhtext.analyze"
local document = require "zhtext.document"
local number = require "zhtext.number"

local function run(rule, text)
  local doc = assert(document.new(text, { name = "g.txt" }))
  local res = analyze.analyze(doc, { rule })
  assert.are.same({}, res.errors)
  local out = {}
  for _, r in ipairs(res.records) do
    local v = r.value ~= nil and tostring(r.value) or (tostring(r.lo) .. "-" .. tostring(r.hi))
    if rule == "targets" then
      out[#out + 1] = table.concat({ r.indicator, r.relation, v, r.unit or "-", r.stretch and "stretch" or "-" }, "|")
    else
      out[#out + 1] = table.concat({ r.subject, r.verb or "-", v, r.unit or "-", r.comparison or "-" }, "|")
    end
  end
  return out, res, doc
end

local function targets(text) return run("targets", text) end
local function indicators(text) return run("indicators", text) end

describe("targets beyond the corpus", function()
  if not number.scan then
    pending("zhtext.number.scan has not landed: rules need number records")
    return
  end

  it("national, 2000s-2010s: 涨幅控制在, 以上, 以内, goals without figures give nothing", function()
    local got = targets("今年经济社会发展的主要预期目标是：国内生产总值增长7.5%左右，居民消费价格涨幅控制在3.5%左右，"
      .. "城镇新增就业1000万人以上，城镇登记失业率控制在4.6%以内，国际收支趋向基本平衡，居民收入增长和经济发展同步。\n")
    assert.are.same({ "国内生产总值增长|about|7.5|-|-", "居民消费价格涨幅|about|3.5|-|-",
      "城镇新增就业|over|10000000|人|-", "城镇登记失业率|under|4.6|-|-" }, got)
  end)

  it("national, 2020s: 粮食产量保持在…以上, a qualitative energy target", function()
    local got = targets("今年发展主要预期目标是：国内生产总值增长5.5%左右；城镇新增就业1100万人以上，城镇调查失业率5.5%左右；"
      .. "居民消费价格涨幅3%左右；居民收入增长与经济增长基本同步；进出口保稳提质，国际收支基本平衡；"
      .. "粮食产量保持在1.3万亿斤以上；单位国内生产总值能耗和二氧化碳排放强度“十四五”规划期内统筹考核，"
      .. "并留有适当弹性，生态环境质量持续改善。\n")
    assert.are.same({ "国内生产总值增长|about|5.5|-|-", "城镇新增就业|over|11000000|人|-", "城镇调查失业率|about|5.5|-|-",
      "居民消费价格涨幅|about|3|-|-", "粮食产量|over|1300000000000|斤|-" }, got)
  end)

  it("national, 1990s-2000s: 经济增长, 增长速度, 上涨幅度", function()
    local got = targets("今年经济和社会发展的主要预期目标是：经济增长7%左右，城镇新增就业800万人，"
      .. "城镇登记失业率控制在4.5%左右，居民消费价格总水平涨幅1%左右，国际收支基本平衡。\n")
    assert.are.same({ "经济增长|about|7|-|-", "城镇新增就业|exact|8000000|人|-", "城镇登记失业率|about|4.5|-|-",
      "居民消费价格总水平涨幅|about|1|-|-" }, got)
    got = targets("今年经济发展的主要目标是：国民经济增长速度8%，商品零售价格上涨幅度控制在3%以内。\n")
    assert.are.same({ "国民经济增长速度|exact|8|-|-", "商品零售价格上涨幅度|under|3|-|-" }, got)
  end)

  it("the indicator before the lead word: 经济增长的预期目标为, 增长目标定为, 增长速度预期为", function()
    assert.are.same({ "经济增长|about|7|-|-" }, targets("今年经济增长的预期目标为7%左右。\n"))
    assert.are.same({ "国内生产总值增长|about|8|-|-", "居民消费价格涨幅|about|3|-|-" },
      targets("今年国内生产总值增长目标定为8%左右，居民消费价格涨幅控制在3%左右。\n"))
    assert.are.same({ "经济增长速度|about|7|-|-", "商品零售价格涨幅|under|3|-|-" },
      targets("今年经济增长速度预期为7%左右，商品零售价格涨幅控制在3%以内。\n"))
  end)

  it("national 2016 and 2025: a range, a list running on after 。, 粮食产量…左右", function()
    local got = targets("今年经济社会发展的主要预期目标是：国内生产总值增长6.5%—7%，居民消费价格涨幅3%左右，"
      .. "城镇新增就业1000万人以上，城镇登记失业率4.5%以内，进出口回稳向好，国际收支基本平衡，"
      .. "居民收入增长和经济增长基本同步。单位国内生产总值能耗下降3.4%以上，主要污染物排放量继续减少。\n")
    assert.are.same({ "国内生产总值增长|range|6.5-7|-|-", "居民消费价格涨幅|about|3|-|-", "城镇新增就业|over|10000000|人|-",
      "城镇登记失业率|under|4.5|-|-", "单位国内生产总值能耗下降|over|3.4|-|-" }, got)
    got = targets("今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；"
      .. "居民消费价格涨幅2%左右；居民收入增长和经济增长同步；国际收支保持基本平衡；粮食产量1.4万亿斤左右；"
      .. "单位国内生产总值能耗降低3%左右，生态环境质量持续改善。\n")
    assert.are.same({ "国内生产总值增长|about|5|-|-", "城镇调查失业率|about|5.5|-|-", "城镇新增就业|over|12000000|人|-",
      "居民消费价格涨幅|about|2|-|-", "粮食产量|about|1400000000000|斤|-", "单位国内生产总值能耗降低|about|3|-|-" }, got)
  end)

  it("older national plans: 主要指标, Chinese-numeral years and percentages, 计划/将比…增长", function()
    local got, res = targets("一九八五年国民经济和社会发展计划的主要指标是：工农业总产值计划增长7%，国民收入增长6%左右，"
      .. "粮食产量达到8000亿斤左右。\n")
    assert.are.same({ "工农业总产值增长|exact|7|-|-", "国民收入增长|about|6|-|-", "粮食产量|about|800000000000|斤|-" }, got)
    assert.are.equal(1985, res.records[1].year)
    got, res = targets("一九五八年，我们计划工业总产值将比一九五七年增长百分之十左右，农业总产值将比一九五七年增长百分之六点一。\n")
    assert.are.same({ "工业总产值增长|about|10|-|-", "农业总产值增长|exact|6.1|-|-" }, got)
    assert.are.equal(1958, res.records[1].year)
    got = targets("一九七八年国民经济计划的主要指标是：工业总产值比一九七七年增长百分之十以上，粮食产量达到六千亿斤。\n")
    assert.are.same({ "工业总产值增长|over|10|-|-", "粮食产量|exact|600000000000|斤|-" }, got)
    got = targets("我们要求一九七八年工业总产值比一九七七年增长百分之十以上。\n")
    assert.are.same({ "工业总产值增长|over|10|-|-" }, got)
    got = targets("今年国民生产总值计划增长8%，社会商品零售物价上涨幅度控制在6%以内。\n")
    assert.are.same({ "国民生产总值增长|exact|8|-|-", "社会商品零售物价上涨幅度|under|6|-|-" }, got)
  end)

  it("provincial: 综合考虑…建议…为, scope word off, 分别…和", function()
    local got = targets("综合考虑各方面因素，建议今年主要预期目标为：全省生产总值增长6.5%左右，一般公共预算收入增长6%，"
      .. "固定资产投资增长8%，社会消费品零售总额增长7%左右，城乡居民人均可支配收入分别增长6%和7%，"
      .. "城镇调查失业率控制在5.5%以内，居民消费价格涨幅3%左右。\n")
    assert.are.same({ "生产总值增长|about|6.5|-|-", "一般公共预算收入增长|exact|6|-|-", "固定资产投资增长|exact|8|-|-",
      "社会消费品零售总额增长|about|7|-|-", "城镇居民人均可支配收入增长|exact|6|-|-",
      "农村居民人均可支配收入增长|exact|7|-|-", "城镇调查失业率|under|5.5|-|-", "居民消费价格涨幅|about|3|-|-" }, got)
  end)

  it("provincial: 在实际工作中努力争取更好结果 marks the figure before it", function()
    local got = targets("今年全省经济社会发展的主要预期目标是：地区生产总值增长5%以上，在实际工作中努力争取更好结果；"
      .. "城镇新增就业110万人以上。\n")
    assert.are.same({ "地区生产总值增长|over|5|-|stretch", "城镇新增就业|over|1100000|人|-" }, got)
  end)

  it("municipal: the year in the lead-in, ；-separated, 规上", function()
    local got, res = targets("2024年全市经济社会发展的主要目标是：全市地区生产总值增长7%以上；规上工业增加值增长8%；"
      .. "固定资产投资增长10%；社会消费品零售总额增长7.5%；一般公共预算收入增长5%；城乡居民人均可支配收入增长与经济增长同步。\n")
    assert.are.same({ "地区生产总值增长|over|7|-|-", "规上工业增加值增长|exact|8|-|-", "固定资产投资增长|exact|10|-|-",
      "社会消费品零售总额增长|exact|7.5|-|-", "一般公共预算收入增长|exact|5|-|-" }, got)
    assert.are.equal(2024, res.records[1].year)
  end)

  it("municipal: money levels and 常住居民 halves", function()
    local got = targets("今年全区经济社会发展的主要预期目标为：地区生产总值增长5.5%，实际利用外资1.5亿美元，"
      .. "城镇、农村常住居民人均可支配收入分别增长5%、6.5%。\n")
    assert.are.same({ "地区生产总值增长|exact|5.5|-|-", "实际利用外资|exact|150000000|美元|-",
      "城镇常住居民人均可支配收入增长|exact|5|-|-", "农村常住居民人均可支配收入增长|exact|6.5|-|-" }, got)
  end)

  it("county: 今年主要目标任务是 / 今年的工作目标是", function()
    local got = targets("今年主要目标任务是：全县生产总值增长8.5%左右，固定资产投资增长10%，规模以上工业增加值增长9%。\n")
    assert.are.same({ "生产总值增长|about|8.5|-|-", "固定资产投资增长|exact|10|-|-", "规模以上工业增加值增长|exact|9|-|-" },
      got)
    got = targets("今年的工作目标是：全县生产总值增长9%，财政收入增长10%，农民人均纯收入增长12%。\n")
    assert.are.same({ "生产总值增长|exact|9|-|-", "财政收入增长|exact|10|-|-", "农民人均纯收入增长|exact|12|-|-" }, got)
  end)

  it("county: 增长7%和8%以上 after 城乡 gives both halves without 分别", function()
    local got = targets("今年主要预期目标是：全市生产总值增长6%以上，城乡居民人均可支配收入增长7%和8%以上。\n")
    assert.are.same({ "生产总值增长|over|6|-|-", "城镇居民人均可支配收入增长|exact|7|-|-",
      "农村居民人均可支配收入增长|over|8|-|-" }, got)
  end)

  it("a second figure joined by 和/、 is the same indicator's", function()
    local got = targets("主要预期目标是：地区生产总值增长5%和力争6%，一般公共预算收入增长3%、4%。\n")
    assert.are.same({ "地区生产总值增长|exact|5|-|-", "地区生产总值增长|exact|6|-|stretch", "一般公共预算收入增长|exact|3|-|-",
      "一般公共预算收入增长|exact|4|-|-" }, got)
  end)

  it("a targets heading over a table flattened to lines (spaces or tabs)", function()
    for _, gap in ipairs { " ", "\t" } do
      local got, res = targets("二、2024年工作安排\n\n（二）主要预期目标\n\n地区生产总值增长" .. gap .. "6%左右\n"
        .. "一般公共预算收入增长" .. gap .. "5%\n城镇调查失业率" .. gap .. "5.5%以内\n\n（三）重点工作\n\n新建学校5所。\n")
      assert.are.same({ "地区生产总值增长|about|6|-|-", "一般公共预算收入增长|exact|5|-|-", "城镇调查失业率|under|5.5|-|-" },
        got)
      assert.are.equal(2024, res.records[1].year)
    end
  end)

  it("lists: —— lines, 1.…；2.… inline, 一是…二是… with a topic before each figure", function()
    local got = targets("今年经济社会发展的主要预期目标是：\n——地区生产总值增长6%左右；\n——一般公共预算收入增长5%；\n"
      .. "——城镇新增就业5万人以上；\n——单位地区生产总值能耗降低2.5%左右。\n")
    assert.are.same({ "地区生产总值增长|about|6|-|-", "一般公共预算收入增长|exact|5|-|-", "城镇新增就业|over|50000|人|-",
      "单位地区生产总值能耗降低|about|2.5|-|-" }, got)
    got = targets("今年全市经济社会发展主要预期目标是：1.地区生产总值增长6.5%；2.一般公共预算收入增长6%；"
      .. "3.城镇居民人均可支配收入增长6%。\n")
    assert.are.same({ "地区生产总值增长|exact|6.5|-|-", "一般公共预算收入增长|exact|6|-|-",
      "城镇居民人均可支配收入增长|exact|6|-|-" }, got)
    got = targets("今年经济社会发展的主要预期目标是：一是经济保持稳定增长，地区生产总值增长6%左右；"
      .. "二是就业保持稳定，城镇新增就业2万人。\n")
    assert.are.same({ "地区生产总值增长|about|6|-|-", "城镇新增就业|exact|20000|人|-" }, got)
  end)

  it("—— items led by a topic sentence, 1.…目标： items, ended by the tasks", function()
    local got = targets("三、2025年重点工作\n\n今年全省经济社会发展的主要预期目标是：\n"
      .. "——经济稳定增长。地区生产总值增长5%左右，一般公共预算收入增长3%。\n"
      .. "——就业总体稳定。城镇新增就业110万人，城镇调查失业率5.5%以内。\n（一）着力扩大内需\n全年新开工项目500个。\n")
    assert.are.same({ "地区生产总值增长|about|5|-|-", "一般公共预算收入增长|exact|3|-|-", "城镇新增就业|exact|1100000|人|-",
      "城镇调查失业率|under|5.5|-|-" }, got)
    got = targets("今年主要预期目标是：\n1.经济增长目标：地区生产总值增长6%左右。\n2.物价目标：居民消费价格涨幅3%左右。\n"
      .. "为实现上述目标，重点抓好以下工作：\n新建学校5所。\n")
    assert.are.same({ "地区生产总值增长|about|6|-|-", "居民消费价格涨幅|about|3|-|-" }, got)
  end)

  it("全社会 stays in the indicator's name (全社会研发经费支出…比例)", function()
    local got = targets("今年全市经济社会发展的主要预期目标是：地区生产总值增长5%左右；"
      .. "全社会研发经费支出相当于全市生产总值的比例达到4.4%左右；城镇调查失业率5%以内。\n")
    assert.are.same({ "地区生产总值增长|about|5|-|-", "全社会研发经费支出相当于全市生产总值的比例|about|4.4|-|-",
      "城镇调查失业率|under|5|-|-" }, got)
  end)

  it("a list that runs on in its paragraph stops at a task count", function()
    local got = targets("今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。新建学校5所。\n")
    assert.are.same({ "地区生产总值增长|about|6|-|-" }, got)
  end)

  it("明年/今年 + the headline growth in the tasks part is a target; in the review it is not", function()
    local got, res = targets("三、2023年工作安排\n\n明年全县地区生产总值增长6%左右，一般公共预算收入增长5%。\n")
    assert.are.same({ "地区生产总值增长|about|6|-|-", "一般公共预算收入增长|exact|5|-|-" }, got)
    assert.are.equal(2023, res.records[1].year)
    got = targets("一、2023年工作回顾\n\n今年全县地区生产总值增长6%。\n\n二、2024年工作安排\n\n全年新建学校5所。\n")
    assert.are.same({}, got)
    got = targets("二、2024年工作安排\n\n今年地区生产总值增长目标定在6%左右，主要考虑是稳就业、防风险的需要。\n")
    assert.are.same({ "地区生产总值增长|about|6|-|-" }, got)
    got = targets("二、2024年工作安排\n\n今年国内生产总值预期增长5%左右，既考虑了需要，也考虑了可能。\n")
    assert.are.same({ "国内生产总值增长|about|5|-|-" }, got)
    -- the target restated in the explanation after the list is not a second record
    got = targets("二、2024年工作安排\n\n提出增长5%左右的预期目标，综合考虑了国内外形势和各方面因素。\n")
    assert.are.same({}, got)
    -- a past year's plan told with its outcome, a past year's result in the tasks part: review
    assert.are.same({}, targets("一九五六年工业总产值计划为五百三十五亿元，实际完成五百八十六亿元。\n"))
    assert.are.same({}, targets("一、2023年工作回顾\n\n全县生产总值增长6%。\n\n二、2024年工作安排\n\n"
      .. "2023年全县地区生产总值增长6%，今年要再上台阶。\n"))
    -- a plain statement with no plan word outside the tasks part is no target
    got = targets("各位代表，今年是开局之年。全市地区生产总值增长8%。\n")
    assert.are.same({}, got)
  end)
end)

describe("indicators beyond the corpus", function()
  if not number.scan then
    pending("zhtext.number.scan has not landed: rules need number records")
    return
  end

  local review = "一、2023年工作回顾\n\n"

  it("a county opening paragraph: levels and growth, 分别 twice, a ratio, 达", function()
    local got = indicators(review .. "过去一年，全年实现地区生产总值1234.5亿元，增长6.2%；一般公共预算收入86.3亿元，增长8.1%；"
      .. "城乡居民人均可支配收入分别达到45678元和23456元，分别增长5.1%和7.3%。三次产业结构调整为8.1:40.2:51.7。"
      .. "粮食总产量达到123.4万吨，森林覆盖率达62.3%。\n")
    assert.are.same({
      "地区生产总值|实现|123450000000|元|-", "地区生产总值|增长|6.2|-|-",
      "一般公共预算收入|-|8630000000|元|-", "一般公共预算收入|增长|8.1|-|-",
      "城镇居民人均可支配收入|达到|45678|元|-", "农村居民人均可支配收入|达到|23456|元|-",
      "城镇居民人均可支配收入|增长|5.1|-|-", "农村居民人均可支配收入|增长|7.3|-|-",
      "三次产业结构|调整为|8.1|-|-", "三次产业结构|调整为|40.2|-|-", "三次产业结构|调整为|51.7|-|-",
      "粮食总产量|达到|1234000|吨|-", "森林覆盖率|达|62.3|-|-",
    }, got)
  end)

  it("a municipal paragraph: 突破 then 达到, references paired without 分别, 下降", function()
    local got = indicators("2023年，全市地区生产总值突破5000亿元，达到5123亿元，增长6.5%，增速高于全国、全省1.3和0.8个百分点；"
      .. "外贸进出口总额890亿元，下降3.2%。\n")
    assert.are.same({ "地区生产总值|突破|500000000000|元|-", "地区生产总值|达到|512300000000|元|-",
      "地区生产总值|增长|6.5|-|-", "地区生产总值增速|高于|1.3|-|全国", "地区生产总值增速|高于|0.8|-|全省",
      "外贸进出口总额|-|89000000000|元|-", "外贸进出口总额|下降|3.2|-|-" }, got)
  end)

  it("qualifiers are no subject: 按可比价格计算, 同口径", function()
    local got = indicators(review .. "全年完成地区生产总值850.3亿元，按可比价格计算，比上年增长7.2%。"
      .. "一般公共预算收入完成56.7亿元，同口径增长8.9%。\n")
    assert.are.same({ "地区生产总值|完成|85030000000|元|-", "地区生产总值|增长|7.2|-|-",
      "一般公共预算收入|完成|5670000000|元|-", "一般公共预算收入|增长|8.9|-|-" }, got)
  end)

  it("分别 without a subject goes back over the figures of the clauses before it", function()
    local got = indicators(review .. "全年接待游客1580万人次，实现旅游总收入156亿元，分别增长12.3%和15.6%。\n")
    assert.are.same({ "旅游总收入|实现|15600000000|元|-", "接待游客|增长|12.3|-|-", "旅游总收入|增长|15.6|-|-" }, got)
  end)

  it("a 1970s paragraph: Chinese numerals throughout", function()
    local got = indicators("一九七七年，工业总产值比一九七六年增长百分之十四点三，钢产量达到二千三百七十万吨，"
      .. "原油产量九千三百六十四万吨，比上年增长百分之八点二。\n")
    assert.are.same({ "工业总产值|增长|14.3|-|-", "钢产量|达到|23700000|吨|-", "原油产量|-|93640000|吨|-",
      "原油产量|增长|8.2|-|-" }, got)
  end)

  it("a five-year review and a 1950s paragraph", function()
    local got = indicators("一、过去五年工作回顾\n\n五年来，全县生产总值年均增长7.8%，固定资产投资累计完成1560亿元，"
      .. "城镇登记失业率控制在3.5%以内。\n")
    assert.are.same({ "生产总值|增长|7.8|-|-", "固定资产投资|累计完成|156000000000|元|-", "城镇登记失业率|控制在|3.5|-|-" },
      got)
    got = indicators("一九五六年工业总产值达到七百零三亿六千万元，比一九五五年增长百分之三十一。"
      .. "粮食总产量3867.5亿斤，比上年增加120亿斤。\n")
    assert.are.same({ "工业总产值|达到|70360000000|元|-", "工业总产值|增长|31|-|-", "粮食总产量|-|386750000000|斤|-",
      "粮食总产量|增加|12000000000|斤|-" }, got)
  end)

  it("a per-unit name keeps its 万元, 比年初 is a comparison, ‰ and ppoint figures", function()
    local got = indicators(review .. "城镇化率提高到62%，比上年提高1.2个百分点。人口自然增长率为5.2‰。万元GDP能耗下降4.1%。"
      .. "金融机构人民币存款余额1234亿元，比年初增加156亿元。\n")
    assert.are.same({ "城镇化率|提高到|62|-|-", "城镇化率|提高|1.2|-|-", "人口自然增长率|为|5.2|-|-", "万元GDP能耗|下降|4.1|-|-",
      "金融机构人民币存款余额|-|123400000000|元|-", "金融机构人民币存款余额|增加|15600000000|元|-" }, got)
  end)

  it("structure ratios with full-width colons, a baseline ratio left out", function()
    local got = indicators(review .. "三次产业结构比由10.2∶45.1∶44.7调整为8.1∶40.2∶51.7。\n")
    assert.are.same({ "三次产业结构比|调整为|8.1|-|-", "三次产业结构比|调整为|40.2|-|-", "三次产业结构比|调整为|51.7|-|-" }, got)
  end)
end)

describe("outline beyond the corpus", function()
  if not number.scan then
    pending("zhtext.number.scan has not landed")
    return
  end

  local function outline(text)
    local doc = assert(document.new(text))
    local kinds = {}
    for _, sec in ipairs(doc.sections) do kinds[#kinds + 1] = sec.title .. "=" .. sec.kind end
    return kinds, doc.meta
  end

  it("kinds from numbered and bare part headings", function()
    local kinds, meta = outline("一、2023年主要工作\n\n全县生产总值增长5%。\n\n二、2024年工作安排\n\n（一）主要预期目标\n\n"
      .. "生产总值增长6%。\n\n（二）重点工作\n\n新建学校5所。\n")
    assert.are.same({ "一、2023年主要工作=review", "二、2024年工作安排=tasks", "（一）主要预期目标=targets",
      "（二）重点工作=tasks" }, kinds)
    assert.are.equal(2024, meta.plan_year)
    assert.are.equal(2023, meta.year)
    kinds = outline("各位代表：\n\n过去一年\n\n全市地区生产总值增长6.2%。\n\n今年的主要目标任务\n\n"
      .. "今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n")
    assert.are.same({ "过去一年=review", "今年的主要目标任务=targets" }, kinds)
  end)

  it("years in headings written in Chinese numerals, 第一部分 headings, a five-year plan part", function()
    local kinds, meta = outline("一、二〇二三年工作回顾\n\n地区生产总值增长6%。\n\n二、二〇二四年工作任务\n\n"
      .. "主要预期目标是：地区生产总值增长6.5%左右。\n")
    assert.are.same({ "一、二〇二三年工作回顾=review", "二、二〇二四年工作任务=tasks" }, kinds)
    assert.are.same({ 2024, 2023 }, { meta.plan_year, meta.year })
    kinds, meta = outline("一、2024年及过去五年工作回顾\n\n地区生产总值增长5%。\n\n二、“十五五”时期主要目标任务\n\n"
      .. "地区生产总值年均增长5%左右。\n\n三、2025年工作建议\n\n主要预期目标是：地区生产总值增长5.5%左右。\n")
    assert.are.same({ "一、2024年及过去五年工作回顾=review", "二、“十五五”时期主要目标任务=plan", "三、2025年工作建议=tasks" },
      kinds)
    assert.are.same({ 2025, 2024 }, { meta.plan_year, meta.year })
  end)

  it("the years from the text when there is no date line", function()
    local _, meta = outline("2024年政府工作报告\n\n各位代表：\n\n过去的一年，全县生产总值增长6.5%。\n")
    assert.are.same({ 2024, 2023 }, { meta.plan_year, meta.year })
    _, meta = outline("各位代表：\n\n过去的2023年，全县生产总值增长6.5%。\n\n今年的主要预期目标是：全县生产总值增长7%左右。\n")
    assert.are.same({ 2024, 2023 }, { meta.plan_year, meta.year })
    _, meta = outline("各位代表：\n\n回顾2022年，我们全力以赴稳增长。\n\n2023年全市经济社会发展的主要目标是：地区生产总值增长6%以上。\n")
    assert.are.same({ 2023, 2022 }, { meta.plan_year, meta.year })
    _, meta = outline("各位代表：\n\n2023年是极不平凡的一年。全市生产总值增长5%。\n")
    assert.are.same({ 2024, 2023 }, { meta.plan_year, meta.year })
    -- nothing says which year: nothing is guessed
    _, meta = outline("各位代表：\n\n过去一年，全市生产总值增长5%。\n")
    assert.are.same({}, { meta.plan_year, meta.year })
  end)
end)
