-- The analysis-rule problems a user-acceptance tester reported (QA items
-- 2-8, 14, 16), each as literal passages and the records an annotator would
-- write down. The passages are the reports' own sentences; the grammar pieces
-- they exercise are general (see the comments in the rules).
local analyze = require "zhtext.analyze"
local document = require "zhtext.document"
local number = require "zhtext.number"

local review = "一、2023年工作回顾\n"

local function run(rule, text, opts)
  local doc = assert(document.new(review .. text .. "\n", { name = "qa.txt" }))
  local res = analyze.analyze(doc, { rule }, opts)
  assert.are.same({}, res.errors)
  return res.records, doc
end

-- subject|verb|value|baseline|unit for indicators
local function indicators(text)
  local out = {}
  for _, r in ipairs(run("indicators", text)) do
    out[#out + 1] = table.concat({ r.subject, r.verb or "-", tostring(r.value), tostring(r.baseline or "-"),
      r.unit or "-" }, "|")
  end
  return out
end

describe("QA: indicators", function()
  if not number.scan then
    pending("zhtext.number.scan has not landed")
    return
  end

  it("2: 从A提高到B with words between the subject and 从 is one record with its baseline", function()
    assert.are.same({ "小规模纳税人增值税起征点|提高到|150000|30000|元" },
      indicators("阶段性将小规模纳税人增值税起征点从月销售额3万元提高到15万元，减税力度加大。"))
    assert.are.same({ "研发投入强度|提高到|2.5|2.1|-" }, indicators("研发投入强度从上年的2.1%提高到2.5%。"))
    -- 从/由 inside a word (自由, 从业) is no baseline marker
    assert.are.same({ "自由港面积|-|100|-|平方公里" }, indicators("自由港面积100平方公里。"))
  end)

  it("3: 分别从A、B提高至C gives one record per item", function()
    assert.are.same({ "制造业企业|提高至|100|50|-", "科技型中小企业|提高至|100|75|-" },
      indicators("将制造业企业、科技型中小企业分别从50%、75%提高至100%，并阶段性扩大到所有适用行业。"))
    -- as many targets as baselines pair up
    assert.are.same({ "城镇居民收入|提高到|40000|30000|元", "农村居民收入|提高到|30000|20000|元" },
      indicators("城镇、农村居民收入分别从3万元、2万元提高到4万元、3万元。"))
  end)

  it("4: coordination with 和 shares the head (and a scope word is an item)", function()
    assert.are.same({ "全国负面清单条数|压减|51|-|-", "自由贸易试验区负面清单条数|压减|72|-|-" },
      indicators("全国和自由贸易试验区负面清单条数分别压减51%、72%。"))
    assert.are.same({ "宁波舟山港货物吞吐量|增长|4|-|-", "集装箱吞吐量|增长|11.3|-|-" },
      indicators("宁波舟山港货物和集装箱吞吐量分别增长4%、11.3%。"))
    -- an item ending in a head word the last item has shares what follows it there
    assert.are.same({ "规上工业企业营业收入|增长|5|-|-", "服务业企业营业收入|增长|6|-|-" },
      indicators("规上工业企业和服务业企业营业收入分别增长5%、6%。"))
    assert.are.same({ "国有企业利润|增长|3|-|-", "民营企业利润|增长|4|-|-" },
      indicators("国有企业、民营企业利润分别增长3%、4%。"))
    -- a scope word before the subject is still stripped
    assert.are.same({ "生产总值|增长|5.2|-|-" }, indicators("全市生产总值增长5.2%。"))
  end)

  it("5: subjects lose leading verbs, baselines and comparisons", function()
    assert.are.same({ "基础设施投资|增长|9.4|-|-", "制造业投资|增长|9.1|-|-", "固定资产投资|增长|5.1|-|-" },
      indicators("全年基础设施、制造业投资分别增长9.4%、9.1%，带动固定资产投资增长5.1%，一定程度弥补了消费收缩缺口。"))
    assert.are.same({ "企业开办时间|压缩到|4|1|个工作日" },
      indicators("推行“证照分离”改革，企业开办时间从一个月以上压缩到目前的平均4个工作日以内，实行中小微企业简易注销制度。"))
    assert.are.same({ "清单管理措施|压减|64|-|-" },
      indicators("全面实施市场准入负面清单制度，清单管理措施比制度建立之初压减64%，将行政许可事项全部纳入清单管理。"))
    -- 开行2619列 counts trains (no indicator); 增长10% is the name's
    assert.are.same({ "浙江中欧班列|增长|10|-|-" }, indicators("浙江中欧班列（义新欧）开行2619列、增长10%。"))
    -- 占比较上年: 较上年 is the comparison, 占比 stays; 使用率 is no causative 使
    assert.are.same({ "新能源汽车占比|提高|3|-|-", "设备使用率|达到|90|-|-" },
      indicators("新能源汽车占比较上年提高3个百分点，设备使用率达到90%。"))
    -- a counted figure (8届) ends the subject's words
    local got = indicators("连续举办8届全国双创活动周、超过5.2亿人次参与，鼓励以创业带动就业。")
    assert.are.same({ "双创活动周|超过|520000000|-|人次" }, got)
  end)

  it("6: 新增大学生就业 is an indicator, not also a count", function()
    local text = "建成零工市场5家,举办招聘会40场,提供公益性岗位870个,新增大学生就业4512人。"
    assert.are.same({ "新增大学生就业|新增|4512|-|人" }, indicators(text))
    local objs = {}
    for _, r in ipairs(run("counts", text)) do objs[#objs + 1] = r.verb .. "|" .. r.object .. "|" .. r.value end
    assert.are.same({ "建成|零工市场|5", "举办|招聘会|40" }, objs)
    -- other verbs of people helped into work stay counts
    objs = {}
    for _, r in ipairs(run("counts", "帮扶残疾人就业1万人。")) do objs[#objs + 1] = r.object .. "|" .. r.value end
    assert.are.same({ "残疾人就业|10000" }, objs)
  end)
end)

describe("QA: counts and rankings", function()
  if not number.scan then
    pending("zhtext.number.scan has not landed")
    return
  end

  it("7: a size class (亿元以上) does not hide the count's verb", function()
    local got = {}
    for _, r in ipairs(run("counts", "新设20亿元凤栖招商基金,引进亿元以上重大项目28个,实际到位资金达43.6亿元。")) do
      got[#got + 1] = table.concat({ r.verb, r.object, r.value, r.unit }, "|")
    end
    assert.are.same({ "引进|亿元以上重大项目|28|个" }, got)
  end)

  it("8: a ranking after a clause list, and after a streak", function()
    local recs = run("rankings", "GDP总量超全市十分之一,增速分别高于全国、全省1.9和1.1个百分点,排名全市第三。")
    assert.are.equal(1, #recs)
    assert.are.same({ "增速", "排名", "全市", 3 }, { recs[1].subject, recs[1].verb, recs[1].scope, recs[1].rank })
    recs = run("rankings", "实体化运作人才发展集团,新增入选国家引才计划3人,连续两年排名全市第一。")
    assert.are.equal(1, #recs)
    assert.are.same({ "新增入选国家引才计划", 1, 2 }, { recs[1].subject, recs[1].rank, recs[1].streak })
    -- 均居 after a clause of several figures: each figure's subject holds the rank
    recs = run("rankings", "全省研发人员达159万人、高技能人才达843万人，均居全国首位。")
    assert.are.same({ "研发人员", "高技能人才" }, { recs[1].subject, recs[2] and recs[2].subject })
    -- no subject written anywhere: the record stands without one
    recs = run("rankings", "排名全市第三。")
    assert.are.equal(1, #recs)
    assert.are.same({ "排名", 3 }, { recs[1].verb, recs[1].rank })
    assert.is_nil(recs[1].subject)
  end)
end)

describe("QA: the outline in the REPL", function()
  it("14: sections and meta print as one line; show does not walk the tree", function()
    local doc = assert(document.new("政府工作报告\n——2024年1月29日在常山县第十七届人民代表大会第三次会议上\n"
      .. "一、2023年工作回顾\n（一）经济运行\n全县生产总值增长6%。\n二、2024年工作安排\n做好工作。\n"))
    local secs = doc.sections
    assert.are.equal("section 1 (level 1, review) 一、2023年工作回顾 sentences 3-5", tostring(secs[1]))
    assert.are.equal("section 2 (level 2, review) （一）经济运行 sentences 4-5", tostring(secs[2]))
    assert.matches("^section 0 %(preamble%) sentences 1%-2$", tostring(doc.preamble))
    assert.are.equal("title=政府工作报告 date=2024-01-29 year=2023 plan_year=2024 place=常山县 "
      .. "meeting=常山县第十七届人民代表大会第三次会议", tostring(doc.meta))
    -- fields stay plain table fields
    assert.are.equal(2023, doc.meta.year)
    assert.are.equal(secs[1], secs[2].parent)
    local format = require "zhtext.format"
    if not format.show then return end
    local path = os.tmpname()
    local f = assert(io.open(path, "w"))
    format.show(secs[2], f)
    f:close()
    local out = assert(io.open(path)):read("a")
    os.remove(path)
    assert.are.equal(tostring(secs[2]) .. "\n", out)
  end)
end)

describe("QA: keywords and examples", function()
  it("16: a keyword absent from a document has a document row with count 0 (no section row)", function()
    local recs = run("keywords", "推进共同富裕。发展数字经济。", { keywords = { "共同富裕", "绿色" } })
    local got = {}
    for _, r in ipairs(recs) do got[#got + 1] = r.keyword .. " " .. r.scope .. " " .. r.count end
    assert.are.same({ "共同富裕 document 1", "绿色 document 0", "共同富裕 section 1" }, got)
  end)

  it("16: the public_services example gives subjects without leading verbs", function()
    local res = analyze.analyze("examples/data/changshan-2024-part1.txt", { "examples/rules/public_services.lua" })
    assert.are.same({}, res.errors)
    local got = {}
    for _, r in ipairs(res.records) do
      got[#got + 1] = table.concat({ r.verb or "-", r.subject, r.examples or "-", r.value, r.unit }, "|")
    end
    assert.are.same({ "建成|学校|城南小学、西门幼儿园|4|所", "创成|省现代化学学校|-|5|所", "新增|托位数|-|119|个" }, got)
  end)
end)
