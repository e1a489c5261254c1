-- An analyst's precision pass (RULES5) over indicators, counts, money and
-- rankings: each error class found in the corpus, as NEW sentences of the
-- same shape and the records an annotator would write down.
local analyze = require "zhtext.analyze"
local document = require "zhtext.document"
local number = require "zhtext.number"

local review = "一、2024年工作回顾\n"

local function run(rule, text)
  local doc = assert(document.new(review .. text .. "\n", { name = "analyst.txt" }))
  local res = analyze.analyze(doc, { rule })
  assert.are.same({}, res.errors)
  return res.records
end

local function rows(rule, text, keys)
  local out = {}
  for _, r in ipairs(run(rule, text)) do
    local row = {}
    for k, key in ipairs(keys) do row[k] = r[key] == nil and "-" or tostring(r[key]) end
    out[#out + 1] = table.concat(row, "|")
  end
  return out
end

describe("analyst pass: indicators", function()
  if not number.scan then
    pending("zhtext.number.scan has not landed")
    return
  end
  local keys = { "subject", "verb", "value", "baseline", "unit" }

  it("a figure whose measure word runs into a noun counts that noun (no indicator)", function()
    -- 超300亿元产业基金, 12所中学, 2150万名职工: attributive figures
    assert.are.same({}, rows("indicators", "省级财政在长三角地区设立超300亿元产业基金。", keys))
    assert.are.same({}, rows("indicators", "12所中学入选省级示范学校名单。", keys))
    assert.are.same({ "城镇新增就业|新增|860000|-|人" },
      rows("indicators", "城镇新增就业86万人，2150万名外来务工人员在本省稳定就业。", keys))
    -- a figure followed by a joiner, a predicate or 以上 stays an indicator
    assert.are.same({ "粮食产量|达|6900000|-|吨", "粮食产量|增长|2.1|-|-" },
      rows("indicators", "粮食产量达690万吨、增长2.1%。", keys))
    assert.are.same({ "货物进出口总额|突破|500000000000|-|元" },
      rows("indicators", "货物进出口总额突破5000亿元大关。", keys))
  end)

  it("a cost with 的 before the subject is no part of it", function()
    assert.are.same({ "污水处理厂日处理能力|达到|120000|-|吨" },
      rows("indicators", "投资4.6亿元的污水处理厂日处理能力达到12万吨。", keys))
  end)

  it("a ratio to one keeps its first term and baseline, the 1 is no figure", function()
    assert.are.same({ "城乡居民收入比|缩小|1.98|2.15|-" },
      rows("indicators", "城乡居民收入比从2.15:1缩小至1.98:1。", keys))
    -- a ratio of several terms keeps each term
    assert.are.same({ "三次产业比重|为|6.2|-|-", "三次产业比重|为|40.1|-|-", "三次产业比重|为|53.7|-|-" },
      rows("indicators", "三次产业比重为6.2:40.1:53.7。", keys))
  end)
end)

describe("analyst pass: counts", function()
  if not number.scan then
    pending("zhtext.number.scan has not landed")
    return
  end
  local keys = { "verb", "object", "value", "unit" }

  it("the aspect 了 stays with the verb; 的 + the work done ends the things counted", function()
    assert.are.same({ "建成|乡村公路|42|条" }, rows("counts", "全年建成了42条乡村公路的提档升级。", keys))
    assert.are.same({ "完成|老旧小区改造|310|个" }, rows("counts", "完成了310个老旧小区改造。", keys))
    -- what follows 的 is a thing, not work: it stays in the object
    assert.are.same({ "新建|中心村的污水处理设施|800|个" }, rows("counts", "新建800个中心村的污水处理设施。", keys))
    -- a leading 的 goes
    assert.are.same({ "完成|年度搬迁任务|2600|户" }, rows("counts", "全面完成了2600户的年度搬迁任务。", keys))
  end)

  it("list items after a verb-count-object count share its verb", function()
    assert.are.same({ "新建|社区食堂|12|个", "新建|日间照料中心|30|个", "新建|助餐点|8|个" },
      rows("counts", "新建12个社区食堂、30个日间照料中心和8个助餐点。", keys))
    -- a verb inside the object (城镇化建设试点) does not take over the next item
    assert.are.same({ "新增|新型城镇化建设试点|5|个", "新增|产业融合发展试点|3|个" },
      rows("counts", "新增5个新型城镇化建设试点、3个产业融合发展试点。", keys))
  end)

  it("a verb inside a quoted slogan or before a from-baseline counts nothing", function()
    assert.are.same({}, rows("counts", "要在“稳定、提升、创新”六个字上下功夫。", keys))
    assert.are.same({ "帮扶|乡镇|40|个" },
      rows("counts", "对口帮扶从12个乡镇扩大到28个，结对帮扶40个乡镇。", keys))
  end)
end)

describe("analyst pass: money", function()
  if not number.scan then
    pending("zhtext.number.scan has not landed")
    return
  end
  local keys = { "subject", "verb", "value" }

  it("a verb before the amount's noun is the verb, the noun the subject", function()
    assert.are.same({ "水利投资|完成|2360000000" }, rows("money", "全年完成水利投资23.6亿元。", keys))
    assert.are.same({ "创业担保贷款|发放|41000000" }, rows("money", "共发放创业担保贷款4100万元。", keys))
    -- an adverb alone goes (共投资)
    assert.are.same({ "投资|-|780000000" }, rows("money", "五年共投资7.8亿元。", keys))
    -- 完成投入: the verb's object is the noun
    assert.are.same({ "投入|完成|2200000000" }, rows("money", "累计完成投入22亿元。", keys))
  end)

  it("a from-baseline with its year stays out of the subject; the year keeps the subject", function()
    assert.are.same({ "税收收入|-|830000000", "税收收入|增加到|1460000000" },
      rows("money", "税收收入由2015年的8.3亿元增加到2020年的14.6亿元。", keys))
    assert.are.same({ "农村居民人均可支配收入|达到|21500", "农村居民人均可支配收入|增加|8300" },
      rows("money", "农村居民人均可支配收入达到21500元，比2015年增加8300元。", keys))
  end)

  it("有 and a leading 的 name no amount; traditional verbs split off", function()
    assert.are.same({ "-|-|5000000000" }, rows("money", "一九五五年有五十億元。", keys))
    assert.are.same({ "农业投资|達到|12000000000" }, rows("money", "五年來农业投资已經達到一百二十億元。", keys))
  end)

  it("adverbs of a series and of possibility leave the subject", function()
    assert.are.same({ "出口总额|突破|100000000000", "出口总额|-|200000000000" },
      rows("money", "出口总额接连突破1000亿元、2000亿元。", keys))
    assert.are.same({ "企业融资成本|减少|4500000000" }, rows("money", "每年可减少企业融资成本45亿元。", keys))
  end)

  it("an amount before 级 is a size class", function()
    assert.are.same({}, rows("money", "培育一批百亿元级、千亿元级产业集群。", keys))
  end)
end)

describe("analyst pass: rankings", function()
  if not number.scan then
    pending("zhtext.number.scan has not landed")
    return
  end
  local keys = { "subject", "verb", "scope", "rank", "streak" }

  it("a quantity with its scope right before the position ranks without a verb", function()
    assert.are.same({ "快递业务量|-|全省|1|-" }, rows("rankings", "快递业务量全省第一。", keys))
    assert.are.same({ "技术合同成交额|-|全省|2|6" }, rows("rankings", "技术合同成交额连续6年全省第二。", keys))
    -- no quantity before the scope: no ranking (a name, not a figure)
    assert.are.same({}, rows("rankings", "我们建成了全省第一个零碳园区。", keys))
  end)

  it("an aspect word takes its owner from the figure before (总量)", function()
    assert.are.same({ "工业增加值总量|居|全市|1|5" },
      rows("rankings", "工业增加值增长8.2%、总量连续5年居全市首位。", keys))
  end)
end)
