-- Fixes from the accuracy audit of the number scanner over the corpus (NUM2):
-- one short literal input per error class, with the values DESIGN.md asks for.
local number = require "zhtext.number"

-- the records of s as compact rows: text, value (or "lo..hi"), unit, kind, approx
local rows = require("spec.helper").rows

describe("number audit: Chinese decimals", function()
  it("reads a decimal point after a place (六十點八, 1954 text)", function()
    assert.same({ { "百分之六十點八", 60.8, "", "percent", "" } }, rows("百分之六十點八"))
    assert.same({ { "百分之三十點七", 30.7, "", "percent", "" } }, rows("降低到百分之三十點七，"))
    assert.same({ { "二十点五万", 205000, "人", "number", "" } }, rows("二十点五万人"))
    assert.equal("integer", math.type(number.scan("二十点五万人")[1].value))
  end)

  it("reads a leading 零 before a decimal point (百分之零点五)", function()
    assert.same({ { "百分之零点五", 0.5, "", "percent", "" } }, rows("百分之零点五"))
    assert.same({ { "〇點三", 0.3, "倍", "number", "" } }, rows("〇點三倍"))
    assert.same({ { "一百零五", 105, "", "number", "" } }, rows("一百零五"))
    assert.same({}, rows("社会消费品零售总额"))
  end)

  it("takes no 两 after a decimal point (一点两地 is a slogan)", function()
    assert.same({}, rows("“一点两地”全新定位"))
    assert.same({ { "三点五", 3.5, "倍", "number", "" } }, rows("三点五倍"))
  end)
end)

describe("number audit: signs and approximations", function()
  it("does not read the 负 of 减负 as a sign", function()
    assert.same({ { "2500亿", 250000000000, "元", "number", "over" } },
      rows("为经营主体减负2500亿元以上"))
    assert.same({ { "负2%", -2, "", "percent", "" } }, rows("下降负2%"))
  end)

  it("reads 多 after a time unit before 来/以来/时间 as over (三年多来)", function()
    assert.same({ { "三", 3, "年", "number", "over" } }, rows("新冠疫情发生三年多来"))
    assert.same({ { "一", 1, "年", "number", "over" } }, rows("但是一年多以來"))
    assert.same({ { "两", 2, "年", "number", "over" } }, rows("用两年多时间"))
    assert.same({ { "5", 5, "个", "number", "" } }, rows("5个多元化主体"))
  end)

  it("takes no 近 that ends a word (附近, 最近, 就近) as a marker", function()
    assert.same({ { "5", 5, "公里", "number", "" } }, rows("附近5公里"))
    assert.same({ { "3", 3, "年", "number", "" } }, rows("最近3年"))
    assert.same({ { "近5", 5, "公里", "number", "under" } }, rows("近5公里"))
  end)

  it("reads traditional markers (將近 約 超過 大約 以內)", function()
    assert.same({ { "將近十", 10, "年", "number", "under" } }, rows("少數需要將近十年的時間"))
    assert.same({ { "約三萬", 30000, "人", "number", "about" } }, rows("約三萬人"))
    assert.same({ { "超過百分之五十", 50, "", "percent", "over" } }, rows("超過百分之五十"))
    assert.same({ { "三萬", 30000, "人", "number", "under" } }, rows("三萬人以內"))
  end)

  it("takes no 约 that ends a word (节约 签约 制约) as a marker", function()
    assert.same({ { "2000万", 20000000, "元", "number", "" } }, rows("节约2000万元"))
    assert.same({ { "100", 100, "个", "number", "" } }, rows("签约100个项目"))
    assert.same({ { "二千八百億", 280000000000, "元", "number", "" } }, rows("爲國家節約二千八百億元"))
    assert.same({ { "约3万", 30000, "人", "number", "about" } }, rows("约3万人"))
  end)

  it("does not approximate a year that is exceeded (超过2019年)", function()
    assert.same({ { "一九五三", 1953, "年", "number", "" } }, rows("仍可超過一九五三年"))
    assert.same({ { "超过30", 30, "年", "number", "over" } }, rows("超过30年"))
  end)

  it("keeps a bare scale after 上 without a unit (上亿市场主体)", function()
    assert.same({ { "上亿", 100000000, "", "number", "over" } }, rows("我国有上亿市场主体"))
    assert.same({ { "上千", 1000, "家", "number", "over" } }, rows("上千家"))
    assert.same({}, rows("规模以上工业"))
  end)

  it("reads 两个多月 as 2 个月, over", function()
    local r = number.scan("用了两个多月时间")[1]
    assert.equal("两", r.text)
    assert.equal(2, r.value)
    assert.equal("个月", r.unit)
    assert.equal("over", r.approx)
    assert.same({ { "三", 3, "个小时", "number", "over" } }, rows("三个多小时"))
    assert.same({ { "两", 2, "个月", "number", "" } }, rows("两个月"))
  end)
end)

describe("number audit: counts after 第 and 翻", function()
  it("reads 第一批 as an ordinal although 一批 alone is no number", function()
    assert.same({ { "第一", 1, "批", "ordinal", "" } }, rows("入选第一批省星级工业园区"))
    assert.same({}, rows("实施一批重大项目"))
  end)

  it("keeps the stop words that take in the 第", function()
    assert.same({}, rows("深入第一线"))
    assert.same({}, rows("拓展第三方市场合作"))
    assert.same({}, rows("第一时间找到"))
  end)

  it("reads 翻一番 as 1 番", function()
    assert.same({ { "一", 1, "番", "number", "" } }, rows("接近翻一番"))
    assert.same({}, rows("经过一番努力"))
  end)
end)

describe("number audit: halves and digit fractions", function()
  it("reads 一半 as the fraction 0.5", function()
    assert.same({ { "一半以上", 0.5, "", "fraction", "over" } }, rows("通关时间压缩一半以上"))
    assert.same({ { "一半", 0.5, "", "fraction", "" } }, rows("一半用于大病保险"))
  end)

  it("reads 1/10 as a fraction, but not dates or codes", function()
    assert.same({ { "1/10", 0.1, "", "fraction", "" } }, rows("约占全国1/10，"))
    assert.same({ { "3/4", 0.75, "", "fraction", "" } }, rows("3/4"))
    assert.same({ { "2024", 2024, "", "number", "" }, { "1", 1, "", "number", "" },
      { "29", 29, "", "number", "" } }, rows("2024/1/29"))
  end)
end)

describe("number audit: lexicon", function()
  it("knows units seen in reports", function()
    assert.same({ { "超5万", 50000, "批次", "number", "over" } }, rows("抽检超5万批次"))
    assert.same({ { "3", 3, "分/千瓦时", "number", "" } }, rows("平均电价下降3分/千瓦时"))
    assert.same({ { "三", 3, "档", "number", "" }, { "两", 2, "档", "number", "" } },
      rows("税率三档并两档"))
    assert.same({ { "一千二百萬", 12000000, "平方公尺", "number", "" } },
      rows("宿舍一千二百萬平方公尺"))
  end)

  it("knows 时 as a unit of time, but not in 一时 or 同时", function()
    assert.same({ { "9", 9, "时", "number", "" }, { "30", 30, "", "number", "" } }, rows("上午9时30分"))
    assert.same({}, rows("一时难以"))
  end)

  it("gives 五年來 the unit 年, as 五年来", function()
    assert.same(rows("五年来"), rows("五年來"))
    assert.same({ { "五", 5, "年", "number", "" } }, rows("五年來"))
  end)

  it("skips 这一 (a demonstrative) and 一部分, but not 这一百万元", function()
    assert.same({}, rows("锚定这一首要任务"))
    assert.same({}, rows("针对一部分工作"))
    assert.same({ { "一百万", 1000000, "元", "number", "" } }, rows("这一百万元"))
    assert.same({}, rows("推动一二三次产业协同"))
  end)
end)

describe("number audit: exact scaling of coordinated numbers", function()
  it("scales a number beyond int64 before 及万 (fuzz find)", function()
    local r = number.scan(("2"):rep(20) .. "及万名")[1]
    assert.equal("名", r.unit)
    assert.is_true(math.abs(r.value - 2.2222222222222222e23) < 1e12)
    assert.same({ { "2.5", 25000, "元", "number", "" }, { "3万", 30000, "元", "number", "" } },
      rows("2.5和3万元"))
    assert.equal("integer", math.type(number.scan("2.5和3万元")[1].value))
  end)
end)
