-- NUM4: the last number-scanner fixes users reported (colloquial 个亿,
-- 个多百分点, traditional and trade units, ranges of a spelled percent),
-- one short input per case with the record a reader expects.
local number = require "zhtext.number"
local units = require "zhtext.units"

-- the records of s as compact rows: text, value (or "lo..hi"), unit, kind, approx
local rows = require("spec.helper").rows

describe("number users: N个亿 is N亿", function()
  it("reads the colloquial 个 before 亿 as no measure word", function()
    assert.same({ { "3个亿", 300000000, "", "number", "" } }, rows("总投资3个亿的项目"))
    assert.same({ { "两个亿", 200000000, "", "number", "" } }, rows("花了两个亿"))
    assert.same({ { "一个亿", 100000000, "", "number", "" } }, rows("一个亿"))
  end)

  it("keeps a currency after it, and 多/余 as over", function()
    assert.same({ { "3个亿", 300000000, "元", "number", "" } }, rows("投资3个亿元"))
    assert.same({ { "3个多亿", 300000000, "元", "number", "over" } }, rows("3个多亿元"))
    assert.same({ { "约5个亿", 500000000, "", "number", "about" } }, rows("约5个亿"))
  end)

  it("reads pairs and vague digits before 个亿 as ranges", function()
    assert.same({ { "三四个亿", "300000000..400000000", "", "number", "" } }, rows("三四个亿"))
    assert.same({ { "十几个亿", "1100000000..1900000000", "", "number", "about" } }, rows("十几个亿"))
    assert.same({ { "几个亿", "200000000..900000000", "", "number", "about" } }, rows("几个亿"))
  end)

  it("leaves 个 a measure word elsewhere, and 亿万 a word", function()
    assert.same({ { "3", 3, "个", "number", "" } }, rows("3个项目"))
    assert.same({ { "3", 3, "个月", "number", "over" } }, rows("3个多月"))
    local r = rows("3个亿万富翁")
    assert.same({ "3", 3, "个", "number", "" }, r[1])
  end)

  it("parses as a whole string", function()
    local v, r = number.parse("3个亿元")
    assert.equal(300000000, v)
    assert.equal("元", r.unit)
  end)
end)

describe("number users: 个多百分点", function()
  it("is a percentage point, over", function()
    assert.same({ { "3个多百分点", 3, "", "ppoint", "over" } }, rows("增长了3个多百分点"))
    assert.same({ { "1个多百分点", 1, "", "ppoint", "over" } }, rows("提高1个多百分点。"))
    assert.same({ { "三个多百分点", 3, "", "ppoint", "over" } }, rows("高出三个多百分点"))
    assert.same({ { "1.5个余百分点", 1.5, "", "ppoint", "over" } }, rows("1.5个余百分点"))
  end)

  it("leaves the exact forms exact", function()
    assert.same({ { "两个百分点", 2, "", "ppoint", "" } }, rows("下降两个百分点"))
    assert.same({ { "两三个百分点", "2..3", "", "ppoint", "" } }, rows("两三个百分点"))
  end)
end)

describe("number users: traditional and trade units", function()
  it("knows 担 市斤 千公顷", function()
    assert.same({ { "8000万", 80000000, "担", "number", "" } }, rows("粮食产量8000万担"))
    assert.same({ { "5万", 50000, "市斤", "number", "" } }, rows("5万市斤"))
    assert.same({ { "300", 300, "千公顷", "number", "" } }, rows("播种面积300千公顷"))
  end)

  it("knows turnover, containers and equipment sets", function()
    assert.same({ { "1.2万亿", 1200000000000, "吨公里", "number", "" } }, rows("1.2万亿吨公里"))
    assert.same({ { "500万", 5000000, "标准箱", "number", "" } }, rows("500万标准箱"))
    assert.same({ { "3000", 3000, "台套", "number", "" } }, rows("3000台套"))
    assert.same({ { "1000", 1000, "班次", "number", "" } }, rows("开行1000班次"))
    assert.same({ { "50", 50, "兆瓦时", "number", "" } }, rows("50兆瓦时"))
  end)

  it("knows livestock and fish counts", function()
    assert.same({ { "50万", 500000, "头", "number", "" }, { "300万", 3000000, "羽", "number", "" } },
      rows("出栏生猪50万头、家禽300万羽"))
    assert.same({ { "1000万", 10000000, "尾", "number", "" } }, rows("投放鱼苗1000万尾"))
  end)

  it("groups them", function()
    assert.equal("mass", units.group("担"))
    assert.equal("transport", units.group("标准箱"))
    assert.equal("organisations", units.group("台套"))
  end)
end)

describe("number users: ranges of a spelled percent", function()
  it("gives a bare second end the percent (百分之四到五)", function()
    assert.same({ { "百分之四到五", "4..5", "", "percent", "" } }, rows("增长百分之四到五"))
    assert.same({ { "百分之四至百分之五", "4..5", "", "percent", "" } }, rows("百分之四至百分之五"))
    assert.same({ { "百分之三到三点五", "3..3.5", "", "percent", "" } }, rows("百分之三到三点五"))
    assert.same({ { "千分之三至五", "3..5", "", "permille", "" } }, rows("千分之三至五"))
  end)

  it("reads 百分之四、五 as neighbouring digits (4..5)", function()
    assert.same({ { "百分之四、五", "4..5", "", "percent", "" } }, rows("百分之四、五"))
  end)

  it("keeps a second end with its own unit or marker apart", function()
    assert.same({ { "百分之四", 4, "", "percent", "" }, { "五", 5, "年", "number", "" } },
      rows("百分之四到五年"))
    assert.same({ { "百分之四", 4, "", "percent", "" }, { "五个百分点", 5, "", "ppoint", "" } },
      rows("百分之四到五个百分点"))
    assert.same({ { "百分之五", 5, "", "percent", "" } }, rows("百分之五、十"))
    -- an Arabic % repeats its marker: 4%、5 is a percent and a number
    assert.same({ { "4%", 4, "", "percent", "" }, { "5", 5, "", "number", "" } }, rows("4%、5"))
  end)
end)

describe("number users: around the ends", function()
  it("keeps 左右/以上 after a spelled percent's bare second end", function()
    assert.same({ { "百分之五到六左右", "5..6", "", "percent", "about" } }, rows("百分之五到六左右"))
    assert.same({ { "百分之五至六以上", "5..6", "", "percent", "over" } }, rows("百分之五至六以上"))
  end)

  it("reads 上 before scales without a digit as over (上千万, 上百亿元)", function()
    assert.same({ { "上千万", 10000000, "", "number", "over" } }, rows("每年有上千万农村人口"))
    assert.same({ { "上百亿", 10000000000, "元", "number", "over" } }, rows("上百亿元"))
    assert.same({ { "上万", 10000, "人", "number", "over" } }, rows("上万人"))
  end)

  it("leaves 上 that ends a word (线上 网上 以上) out", function()
    assert.same({ { "百万", 1000000, "", "number", "" } }, rows("线上百万用户"))
    assert.same({ { "千万", 10000000, "", "number", "" } }, rows("网上千万"))
  end)

  it("reads 来 between a round number and its unit as about", function()
    assert.same({ { "十来", 10, "个", "number", "about" } }, rows("十来个"))
    assert.same({ { "20来", 20, "家", "number", "about" } }, rows("20来家"))
    assert.same({ { "20来", 20, "年", "number", "about" } }, rows("20来年"))
    assert.same({ { "2020", 2020, "", "number", "" } }, rows("2020来年"))
  end)

  it("counts households (家庭) as people", function()
    assert.same({ { "2900多万", 29000000, "家庭", "number", "over" } }, rows("惠及2900多万家庭"))
    assert.equal("people", units.group("家庭"))
  end)
end)

describe("number users: more percentage points", function()
  it("reads 多/余 before 个百分点 as over (十多个百分点)", function()
    assert.same({ { "十多个百分点", 10, "", "ppoint", "over" } }, rows("提高十多个百分点"))
    assert.same({ { "10余个百分点", 10, "", "ppoint", "over" } }, rows("10余个百分点"))
  end)

  it("adds the half of 个半百分点 (两个半百分点 = 2.5)", function()
    assert.same({ { "两个半百分点", 2.5, "", "ppoint", "" } }, rows("下降两个半百分点"))
  end)
end)

describe("number users: figures glued to an abbreviation", function()
  it("reads digits with a scale or % after letters (人均GDP1.2万美元)", function()
    assert.same({ { "1.2万", 12000, "美元", "number", "" } }, rows("人均GDP1.2万美元"))
    assert.same({ { "5%", 5, "", "percent", "" } }, rows("GDP5%"))
  end)

  it("still skips codes (PM2.5, 5G)", function()
    assert.same({}, rows("PM2.5浓度"))
    assert.same({ { "30", 30, "微克/立方米", "number", "" } }, rows("PM2.5年均浓度30微克/立方米"))
    assert.same({ { "3万", 30000, "个", "number", "" } }, rows("5G基站3万个"))
  end)
end)
