-- indicators, rankings, counts and money on literal review pieces.
local analyze = require "zhtext.analyze"
local document = require "zhtext.document"
local number = require "zhtext.number"

local function run(rule, text, opts)
  local doc = assert(document.new(text, { name = "r.txt" }))
  local res = analyze.analyze(doc, { rule }, opts)
  assert.are.same({}, res.errors)
  return res.records, doc
end

local review = "一、2023年工作回顾\n\n"

describe("indicators rule", function()
  if not number.scan then
    pending("zhtext.number.scan has not landed: rules need number records")
    return
  end

  it("gives one record per figure with its subject and verb", function()
    local recs, doc = run("indicators", review .. "全年地区生产总值增长7.1%,规模以上工业增加值增长8%。\n")
    assert.are.equal(2, #recs)
    assert.are.equal("地区生产总值", recs[1].subject)
    assert.are.equal("增长", recs[1].verb)
    assert.are.equal(7.1, recs[1].value)
    assert.are.equal("percent", recs[1].kind)
    assert.are.equal("地区生产总值增长7.1%", doc.text:sub(recs[1].i, recs[1].j))
    assert.are.equal("规模以上工业增加值", recs[2].subject)
    assert.are.equal(8, recs[2].value)
  end)

  it("distributes coordinated subjects with 分别", function()
    local recs = run("indicators", review .. "城镇、农村居民人均可支配收入分别增长5.7%、7.8%。\n")
    assert.are.equal(2, #recs)
    assert.are.equal("城镇居民人均可支配收入", recs[1].subject)
    assert.are.equal(5.7, recs[1].value)
    assert.are.equal("农村居民人均可支配收入", recs[2].subject)
    assert.are.equal(7.8, recs[2].value)
  end)

  it("keeps comparisons and inherits an empty subject", function()
    local recs = run("indicators", review .. "地区生产总值增长6.6%,增速分别高于全国、全省1.9和1.1个百分点。"
      .. "国内生产总值增长6.6%，达到90万亿元。国内生产总值增长6.6%，总量突破90万亿元。\n")
    local got = {}
    for _, r in ipairs(recs) do
      got[#got + 1] = table.concat({ r.subject, r.verb or "-", tostring(r.value), r.kind, r.comparison or "-" }, "|")
    end
    assert.are.same({ "地区生产总值|增长|6.6|percent|-", "地区生产总值增速|高于|1.9|ppoint|全国",
      "地区生产总值增速|高于|1.1|ppoint|全省", "国内生产总值|增长|6.6|percent|-",
      "国内生产总值|达到|90000000000000|number|-", "国内生产总值|增长|6.6|percent|-",
      "国内生产总值总量|突破|90000000000000|number|-" }, got)
    assert.are.equal("元", recs[5].unit)
  end)

  it("takes a subject named before a bracket, and completes coordinated heads", function()
    local recs = run("indicators", review .. "浙江中欧班列（义新欧）开行2619列、增长10%，"
      .. "全省机场旅客和国际货邮吞吐量分别增长14.2%、25%。\n")
    local got = {}
    for _, r in ipairs(recs) do got[#got + 1] = r.subject .. "|" .. tostring(r.value) end
    -- 开行2619列 counts trains run: a counts record, not an indicator
    assert.are.same({ "浙江中欧班列|10", "机场旅客吞吐量|14.2", "国际货邮吞吐量|25" }, got)
  end)

  local function rows(recs)
    local got = {}
    for _, r in ipairs(recs) do
      got[#got + 1] = table.concat({ r.subject, r.verb or "-", tostring(r.value), r.unit or r.kind,
        tostring(r.baseline or "-"), r.comparison or "-" }, "|")
    end
    return got
  end

  it("leaves action counts to the counts rule (新建学校5所 is no indicator)", function()
    local recs = run("indicators", review .. "新认定国家高新技术企业22家，引进亿元以上重大项目28个，"
      .. "新增上市公司23家，开展职业技能培训1.2万人次，建成城南小学、西门幼儿园等4所。"
      .. "规模以上工业企业达到62户，粮食播种面积1570.5万亩。\n")
    assert.are.same({ "规模以上工业企业|达到|62|户|-|-", "粮食播种面积|-|15705000|亩|-|-" }, rows(recs))
    local counts = run("counts", review .. "新增“雄鹰”企业50家、上市公司23家。\n")
    assert.are.same({ "“雄鹰”企业", "上市公司" }, { counts[1].object, counts[2].object })
    assert.are.same({ "新增", "新增" }, { counts[1].verb, counts[2].verb })
  end)

  it("keeps quantity phrases: a verb inside a noun, a marker as verb, an unlabelled 万", function()
    local recs = run("indicators", review .. "服务业对经济增长贡献率接近60%，日均新设企业超过1.8万户，"
      .. "农村贫困人口减少1386万。每年可减少房贷利息支出约130亿元。\n")
    assert.are.same({ "服务业对经济增长贡献率|接近|60|percent|-|-", "日均新设企业|超过|18000|户|-|-",
      "农村贫困人口|减少|13860000|number|-|-", "房贷利息支出|减少|13000000000|元|-|-" }, rows(recs))
  end)

  it("merges a baseline into its figure and reads ratios to a base year", function()
    local recs = run("indicators", review .. "研发经费投入强度从2.1%提高到2.5%以上，"
      .. "城乡居民基础养老金最低标准从每月70元提高到88元。粮食产量是十年前的3倍。\n")
    assert.are.same({ "研发经费投入强度|提高到|2.5|percent|2.1|-", "城乡居民基础养老金最低标准|提高到|88|元|70|-",
      "粮食产量|是|3|倍|-|十年前" }, rows(recs))
  end)

  it("trims time, modal and comparison words, slogans and 1954-style years", function()
    local recs = run("indicators", review .. "“一只果、一张纸、一方石”的规上工业产值占比达57.1%，"
      .. "研发投入强度预计达3.2%，用足用好国家下达的90亿元。"
      .. "鐵路正綫的通車里程一九四九年爲二萬一千七百公里，國營工業工人的勞動生産率比一九五二年增長了百分之十三。\n")
    assert.are.same({ "规上工业产值占比|达|57.1|percent|-|-", "研发投入强度|达|3.2|percent|-|-",
      "鐵路正綫的通車里程|爲|21700|公里|-|-", "國營工業工人的勞動生産率|增長了|13|percent|-|-" }, rows(recs))
  end)

  it("reads a time between verb and figure, and keeps project spending and things done out", function()
    local recs = run("indicators", review .. "公共财政预算收入由2010年的5.24亿元增加到2015年的10.6亿元，年均增长15.1%。"
      .. "实施供热管网改造工程，完成投资15.9亿元，完成了17条。降低费用负担超过4000亿元。\n")
    assert.are.same({ "公共财政预算收入|增加到|1060000000|元|524000000|-", "公共财政预算收入|增长|15.1|percent|-|-",
      "费用负担|降低|400000000000|元|-|-" }, rows(recs))
  end)

  it("gives a bare change verb the previous subject and an aspect its owner", function()
    local recs = run("indicators", review .. "粮食产量1.37万亿斤，增产74亿斤。规模以上工业企业达7.6万家、增加值增长3%。\n")
    assert.are.same({ "粮食产量|-|1370000000000|斤|-|-", "粮食产量|增产|7400000000|斤|-|-",
      "规模以上工业企业|达|76000|家|-|-", "规模以上工业企业增加值|增长|3|percent|-|-" }, rows(recs))
  end)

  it("names a subject cut by a bracket from the words before it, with evidence from the clause", function()
    local recs, doc = run("indicators", review .. "地级及以上城市细颗粒物（PM2.5）平均浓度下降27.5%，重污染天数下降超过五成。\n")
    assert.are.same({ "地级及以上城市细颗粒物平均浓度|下降|27.5|percent|-|-", "重污染天数|下降|50|percent|-|-" }, rows(recs))
    assert.are.equal("平均浓度下降27.5%", doc.text:sub(recs[1].i, recs[1].j))
  end)

  it("names 新增就业 in full, drops a project's bare 投资, and unpaired quote marks", function()
    local recs = run("indicators", review .. "实现新增就业5650人，城镇新增就业1206万人，“三公经费”较2010年下降65.6%，"
      .. "实施供热工程，投资1.29亿元。\n")
    assert.are.same({ "新增就业|新增|5650|人|-|-", "城镇新增就业|新增|12060000|人|-|-", "三公经费|下降|65.6|percent|-|-" },
      rows(recs))
  end)

  it("trims 较五年前 and 去年底 around a subject", function()
    local recs = run("indicators", review .. "贷款平均利率较五年前下降1.5个百分点，去年底企业数量超过5200万户。\n")
    assert.are.same({ "贷款平均利率|下降|1.5|ppoint|-|-", "企业数量|超过|52000000|户|-|-" }, rows(recs))
  end)

  it("completes parallel coordinated items from the last one (进口、出口通关时间)", function()
    local recs = run("indicators", review .. "进口、出口通关时间分别压减67%和92%，服务贸易、数字贸易分别增长24.5%、14.5%。\n")
    assert.are.same({ "进口通关时间|压减|67|percent|-|-", "出口通关时间|压减|92|percent|-|-",
      "服务贸易|增长|24.5|percent|-|-", "数字贸易|增长|14.5|percent|-|-" }, rows(recs))
  end)

  it("reads only the review part", function()
    local recs = run("indicators", review .. "粮食产量达到1.3万亿斤。\n\n二、2024年工作安排\n\n"
      .. "地区生产总值增长6%左右。\n")
    assert.are.equal(1, #recs)
    assert.are.equal("粮食产量", recs[1].subject)
    assert.are.equal("斤", recs[1].unit)
  end)
end)

describe("rankings, counts and money rules", function()
  if not number.scan then
    pending("zhtext.number.scan has not landed: rules need number records")
    return
  end

  it("rankings: scope, rank and streak", function()
    local recs = run("rankings", review .. "招商引资赛马考核位列全市第一,创历史最好成绩。"
      .. "地区生产总值增长3.9%、总量连续37年居全国首位。\n")
    assert.are.equal(2, #recs)
    assert.are.equal("招商引资赛马考核", recs[1].subject)
    assert.are.equal("全市", recs[1].scope)
    assert.are.equal(1, recs[1].rank)
    assert.are.equal("地区生产总值总量", recs[2].subject) -- whose 总量 it is
    assert.are.equal("全国", recs[2].scope)
    assert.are.equal(1, recs[2].rank)
    assert.are.equal(37, recs[2].streak)
  end)

  it("rankings: a subject from the clause's figure, 均居 distributed", function()
    local recs = run("rankings", review .. "高铁运营总里程3411公里、跃居全国第一。"
      .. "发明专利有效量、PCT国际专利申请量均居全国首位，排名前10。\n")
    local got = {}
    for _, r in ipairs(recs) do
      got[#got + 1] = table.concat({ r.subject, r.verb, r.scope or "-", tostring(r.rank), tostring(r.top) }, "|")
    end
    assert.are.same({ "高铁运营总里程|跃居|全国|1|nil", "发明专利有效量|居|全国|1|nil", "PCT国际专利申请量|居|全国|1|nil",
      "发明专利有效量、PCT国际专利申请量|排名|-|nil|10" }, got)
  end)

  it("counts: verb, object, count and measure word in both orders", function()
    local recs = run("counts", review .. "新增规上工业企业25家,建成5个未来社区。\n")
    assert.are.equal(2, #recs)
    assert.are.same({ "新增", "规上工业企业", 25, "家" }, { recs[1].verb, recs[1].object, recs[1].value, recs[1].unit })
    assert.are.same({ "建成", "未来社区", 5, "个" }, { recs[2].verb, recs[2].object, recs[2].value, recs[2].unit })
    assert.are.equal("review", recs[1].part)
  end)

  it("money: amounts with the scale applied", function()
    local recs = run("money", review .. "固定资产投资达114.5亿元,实际利用外资3598万美元。\n")
    assert.are.equal(2, #recs)
    assert.are.equal("固定资产投资", recs[1].subject)
    assert.are.equal(11450000000, recs[1].value)
    assert.are.equal("integer", math.type(recs[1].value))
    assert.are.equal("元", recs[1].unit)
    assert.are.equal("实际利用外资", recs[2].subject)
    assert.are.equal(35980000, recs[2].value)
    assert.are.equal("美元", recs[2].unit)
    recs = run("money", review .. "国内生产总值增长6.6%，总量突破90万亿元。基础养老金最低标准从每月70元提高到88元，"
      .. "引进亿元以上项目28个。\n")
    local got = {}
    for _, r in ipairs(recs) do got[#got + 1] = table.concat({ r.subject, r.verb or "-", tostring(r.value) }, "|") end
    assert.are.same({ "国内生产总值总量|突破|90000000000000", "基础养老金最低标准|-|70", "基础养老金最低标准|提高到|88" },
      got)
  end)
end)
