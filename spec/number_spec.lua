-- number.scan / numbers / parse: values, kinds, ranges, approximation, units.
local number = require "zhtext.number"

-- the records of s as compact rows: text, value (or "lo..hi"), unit, kind, approx
local rows = require("spec.helper").rows

local function one(s)
  local list = number.scan(s)
  assert.equal(1, #list, "expected one record in " .. s)
  return list[1]
end

describe("number.scan: the DESIGN.md and issue examples", function()
  it("applies the scale exactly and keeps the unit apart", function()
    local r = one("114.5亿元")
    assert.equal(11450000000, r.value)
    assert.equal("integer", math.type(r.value))
    assert.equal("元", r.unit)
    assert.equal("114.5亿", r.text)
    assert.equal("number", r.kind)
    assert.is_nil(r.approx)
    local k = one("1.2万")
    assert.equal(12000, k.value)
    assert.equal("integer", math.type(k.value))
  end)

  it("reads approximation markers before, after and inside", function()
    assert.same({ { "2000余", 2000, "亩", "number", "over" } }, rows("2000余亩"))
    assert.same({ { "超40万", 400000, "人次", "number", "over" } }, rows("超40万人次"))
    assert.same({ { "300万", 3000000, "千瓦", "number", "over" } }, rows("300万千瓦以上"))
    assert.same({ { "6,600", 6600, "个", "number", "about" } }, rows("6,600个左右"))
    assert.same({ { "500余万", 5000000, "", "number", "over" } }, rows("500余万"))
    assert.same({ { "三千多万", 30000000, "", "number", "over" } }, rows("三千多万"))
    assert.same({ { "约3万", 30000, "人", "number", "about" } }, rows("约3万人"))
    assert.same({ { "大约5%", 5, "", "percent", "about" } }, rows("大约5%"))
    assert.same({ { "不低于90%", 90, "", "percent", "over" } }, rows("不低于90%"))
    assert.same({ { "不超过3%", 3, "", "percent", "under" } }, rows("不超过3%"))
    assert.same({ { "接近1万", 10000, "", "number", "under" } }, rows("接近1万"))
    assert.same({ { "近3000", 3000, "人", "number", "under" } }, rows("近3000人"))
    assert.same({ { "逾百亿", 10000000000, "元", "number", "over" } }, rows("逾百亿元"))
    assert.same({ { "5%左右", 5, "", "percent", "about" } }, rows("增长5%左右"))
    assert.same({ { "3", 3, "年", "number", "over" } }, rows("3年以上"))
    assert.same({ { "8%以下", 8, "", "percent", "under" } }, rows("8%以下"))
  end)

  it("does not take 近两年, 超额, 余额, 规模以上, 上下游 as markers", function()
    assert.same({ { "两", 2, "年", "number", "" } }, rows("近两年"))
    assert.same({ { "5", 5, "年", "number", "" } }, rows("近5年来"))
    assert.same({}, rows("超额完成"))
    assert.same({ { "12%", 12, "", "percent", "" } }, rows("存款余额增长12%"))
    assert.same({}, rows("规模以上工业增加值"))
    assert.same({ { "3万", 30000, "元", "number", "" } }, rows("3万元上下游"))
  end)

  it("gives each of several numbers sharing a marker its kind", function()
    assert.same({ { "1.9", 1.9, "", "ppoint", "" }, { "1.1个百分点", 1.1, "", "ppoint", "" } },
      rows("高于全国、全省1.9和1.1个百分点"))
    assert.same({ { "5.7%", 5.7, "", "percent", "" }, { "7.8%", 7.8, "", "percent", "" } },
      rows("分别增长5.7%、7.8%"))
  end)

  it("reads fractions, percents, per mille, ordinals and tenths", function()
    assert.same({ { "十分之一", 0.1, "", "fraction", "" } }, rows("十分之一"))
    local t = one("三分之二")
    assert.equal("fraction", t.kind)
    assert.near(2 / 3, t.value, 1e-15)
    assert.same({ { "第三", 3, "", "ordinal", "" } }, rows("排名全市第三"))
    assert.same({ { "第十七", 17, "届", "ordinal", "" } }, rows("第十七届"))
    assert.same({ { "第3", 3, "名", "ordinal", "" } }, rows("第3名"))
    assert.same({ { "百分之七", 7, "", "percent", "" } }, rows("百分之七"))
    assert.same({ { "百分之三点五", 3.5, "", "percent", "" } }, rows("百分之三点五"))
    assert.same({ { "百分之百", 100, "", "percent", "" } }, rows("百分之百"))
    assert.same({ { "千分之五", 5, "", "permille", "" } }, rows("千分之五"))
    assert.same({ { "4‰", 4, "", "permille", "" } }, rows("4‰"))
    assert.same({ { "7.1%", 7.1, "", "percent", "" } }, rows("增长7.1%"))
    assert.same({ { "超4成", 40, "", "percent", "over" } }, rows("超4成"))
    assert.same({ { "七八成", "70..80", "", "percent", "" } }, rows("七八成"))
    assert.same({}, rows("一成不变"))
    assert.same({ { "负2.5%", -2.5, "", "percent", "" } }, rows("负2.5%"))
    assert.same({ { "-5%", -5, "", "percent", "" } }, rows("-5%"))
  end)

  it("reads ranges with the kind and unit of the second end", function()
    local r = one("4.5%—5%")
    assert.equal("percent", r.kind)
    assert.equal(4.5, r.lo)
    assert.equal(5, r.hi)
    assert.is_nil(r.value)
    assert.same({ { "6-6.5%", "6..6.5", "", "percent", "" } }, rows("6-6.5%"))
    assert.same({ { "3-8%", "3..8", "", "percent", "" } }, rows("3-8%"))
    assert.same({ { "三至五", "3..5", "", "number", "" } }, rows("三至五"))
    assert.same({ { "700万到800万", "7000000..8000000", "吨", "number", "" } }, rows("700万到800万吨"))
    assert.same({ { "5万-8万", "50000..80000", "元", "number", "" } }, rows("5万-8万元"))
    assert.same({ { "5-8万", "50000..80000", "元", "number", "" } }, rows("5-8万元"))
    assert.same({ { "2至4个百分点", "2..4", "", "ppoint", "" } }, rows("2至4个百分点"))
    assert.same({ { "三至四成", "30..40", "", "percent", "" } }, rows("三至四成"))
    assert.same({ { "2023年至2025", "2023..2025", "年", "number", "" } }, rows("2023年至2025年"))
  end)

  it("keeps dates and ratios apart", function()
    assert.same({ { "2026", 2026, "", "number", "" }, { "02", 2, "", "number", "" },
      { "26", 26, "", "number", "" } }, rows("2026-02-26"))
    assert.same({ { "2.31", 2.31, "", "number", "" }, { "1", 1, "", "number", "" } }, rows("2.31:1"))
    assert.same({ { "2023", 2023, "", "number", "" }, { "12", 12, "", "number", "" },
      { "31", 31, "", "number", "" } }, rows("2023.12.31"))
    assert.same({ { "2024", 2024, "年", "number", "" }, { "1", 1, "月", "number", "" },
      { "29", 29, "日", "number", "" } }, rows("2024年1月29日"))
  end)

  it("reads neighbouring numerals as ranges", function()
    assert.same({ { "三四", "3..4", "个", "number", "" } }, rows("三四个"))
    assert.same({ { "七八十", "70..80", "", "number", "" } }, rows("七八十"))
    assert.same({ { "两三", "2..3", "年", "number", "" } }, rows("两三年"))
    assert.same({ { "十七八", "17..18", "岁", "number", "" } }, rows("十七八岁"))
    assert.same({ { "五六千", "5000..6000", "人", "number", "" } }, rows("五六千人"))
  end)

  it("reads Chinese, colloquial and mixed numerals", function()
    local cases = {
      { "一千二百三十四", 1234 }, { "4万5000", 45000 }, { "12万3", 123000 }, { "三千二", 3200 },
      { "七点五万", 75000 }, { "一百万零五百", 1000500 }, { "一百零五", 105 }, { "十万八千", 108000 },
      { "一亿五千万", 150000000 }, { "两万五", 25000 }, { "3亿5", 350000000 }, { "十五", 15 },
      { "千亿", 100000000000 }, { "百万", 1000000 }, { "二〇二三", 2023 }, { "兩億", 200000000 },
      { "三萬", 30000 }, { "壹佰贰拾叁", 123 }, { "贰仟零壹拾", 2010 }, { "一万亿", 1000000000000 },
      { "33，212万", 332120000 }, { "1,234.5", 1234.5 }, { "１２３４５", 12345 }, { "７．１", 7.1 },
      { "１，２３４", 1234 }, { "3千5", 3500 },
    }
    for _, c in ipairs(cases) do
      local v, r = number.parse(c[1])
      assert.equal(c[2], v, c[1])
      assert.equal(math.type(c[2]), math.type(v), c[1])
      assert.equal(c[1], r.text)
    end
  end)

  it("keeps 千 in units that begin with it", function()
    assert.same({ { "15", 15, "千米", "number", "" } }, rows("15千米"))
    assert.same({ { "3.5", 3.5, "千克", "number", "" } }, rows("3.5千克"))
    assert.same({ { "一", 1, "千瓦", "number", "" } }, rows("一千瓦"))
    assert.same({ { "300万", 3000000, "吨", "number", "" } }, rows("300万吨"))
    assert.same({ { "一", 1, "座", "number", "" } }, rows("一座公园"))
  end)

  it("does not read numerals inside words", function()
    for _, w in ipairs({ "进一步", "统一", "一体化", "一切", "一些", "一起", "一直", "一流", "之一",
      "万一", "一般", "一定", "一批", "千方百计", "千家万户", "十分重要", "一是", "八大行动",
      "十四五规划", "唯一", "一系列", "一次性", "一方面", "一把手" }) do
      assert.same({}, rows(w), w)
    end
    assert.same({ { "5", 5, "个", "number", "" } }, rows("进一步推进5个项目"))
    assert.same({}, rows("做强一县一业、一村一品"))
  end)

  it("reads traditional characters and 點 as a decimal point", function()
    assert.same({ { "百分之三十六點九", 36.9, "", "percent", "" } }, rows("遞增百分之三十六點九"))
    assert.same({ { "二百十七萬", 2170000, "噸", "number", "" } }, rows("鋼二百十七萬噸"))
    assert.same({ { "一百四十四億餘", 14400000000, "元", "number", "over" } }, rows("一百四十四億餘元"))
    assert.same({ { "三點一", 3.1, "倍", "number", "about" } }, rows("的三點一倍左右"))
  end)

  it("does not let a word eat the start of a longer numeral", function()
    assert.same({ { "一九四九", 1949, "年", "number", "" } }, rows("同一九四九年"))
    assert.same({}, rows("万千气象"))
    assert.same({ { "第三", 3, "", "ordinal", "" } }, rows("排名第三"))
    assert.same({}, rows("拓展第三方市场"))
  end)

  it("shares a trailing unit between coordinated numbers", function()
    assert.same({ { "1409万", 14090000, "人次", "number", "" }, { "1305万", 13050000, "人次", "number", "" } },
      rows("分别达1409万、1305万人次"))
    assert.same({ { "2023", 2023, "年", "number", "" }, { "2024", 2024, "年", "number", "" } },
      rows("2023年、2024年"))
    -- and its scale: 3和5亿元 is 3亿 and 5亿
    assert.same({ { "3", 300000000, "元", "number", "" }, { "5亿", 500000000, "元", "number", "" } },
      rows("分别为3和5亿元"))
    assert.same({ { "1.5", 15000, "吨", "number", "" }, { "2.5", 25000, "吨", "number", "" },
      { "3万", 30000, "吨", "number", "" } }, rows("1.5、2.5和3万吨"))
    assert.equal("integer", math.type(number.scan("1.5、2.5和3万吨")[2].value))
  end)

  it("reads 几/数 as vague digits and 上万 as over", function()
    assert.same({ { "十几", "11..19", "个", "number", "about" } }, rows("十几个"))
    assert.same({ { "几十万", "200000..900000", "", "number", "about" } }, rows("几十万"))
    assert.same({ { "数百万", "2000000..9000000", "", "number", "about" } }, rows("数百万"))
    assert.same({ { "上万", 10000, "人", "number", "over" } }, rows("上万人"))
    assert.same({}, rows("几个"))
    assert.same({}, rows("成千上万"))
    assert.same({}, rows("数据显示"))
  end)

  it("skips enumerators at a line start", function()
    assert.same({}, rows("（十一）全面推进"))
    assert.same({}, rows("十一、加强\n8.交通\n(3) 项目"))
    assert.same({ { "2024", 2024, "年", "number", "" } }, rows("　　（二）2024年工作"))
    assert.same({ { "5", 5, "", "number", "" } }, rows("增长（5）"))
    assert.same({ { "3.5亿", 350000000, "元", "number", "" } }, rows("3.5亿元"))
  end)

  it("finds numbers right after invalid bytes", function()
    assert.same({ { "55", 55, "元", "number", "" }, { "9", 9, "个", "number", "" }, { "7", 7, "人", "number", "" } },
      rows("\xE2\x35\x35元 \xC3\x39个 \xF0\x37人"))
  end)

  it("keeps lo <= hi for negative ranges", function()
    assert.same({ { "负2至3%", "-3..-2", "", "percent", "" } }, rows("负2至3%"))
  end)

  it("overflows to floats, never wraps", function()
    local v = number.parse("99999999999999999999")
    assert.equal("float", math.type(v))
    assert.equal(1e20, v)
    local w = number.parse("9亿亿亿")
    assert.equal("float", math.type(w))
    assert.near(9e24, w, 1e10)
    local m = number.parse("9223372036854775807")
    assert.equal("integer", math.type(m))
    assert.equal(math.maxinteger, m)
    local x = number.parse("922337203685477.5808万")
    assert.equal("float", math.type(x))
    assert.is_true(x > 9e18)
  end)
end)

describe("number.parse", function()
  it("parses a whole string with unit and markers", function()
    local v, r = number.parse(" 114.5亿元 ")
    assert.equal(11450000000, v)
    assert.equal("元", r.unit)
    assert.equal(2, r.i)
    local lo, rr = number.parse("4.5%—5%")
    assert.equal(4.5, lo)
    assert.equal(5, rr.hi)
    assert.equal(3, (number.parse("三")))
  end)

  it("returns nil and a message for what is not a number", function()
    local v, msg = number.parse("进一步")
    assert.is_nil(v)
    assert.matches("not a number: '进一步'", msg, 1, true)
    v, msg = number.parse("12abc")
    assert.is_nil(v)
    assert.matches("stops at byte 3", msg, 1, true)
    v, msg = number.parse("3和5")
    assert.is_nil(v)
    assert.matches("stops at byte 2", msg, 1, true)
    v, msg = number.parse("")
    assert.is_nil(v)
    assert.matches("empty", msg)
    assert.has_error(function() number.parse(12) end)
    assert.has_error(function() number.scan(nil) end)
  end)
end)

describe("records", function()
  it("print readably, also as copies that keep the metatable", function()
    assert.equal("114.5亿元 = 11450000000 元 [number]", tostring(one("114.5亿元")))
    assert.equal("4.5%—5% = 4.5..5 [percent]", tostring(one("4.5%—5%")))
    assert.equal("2000余亩 = 2000 亩 [number, over]", tostring(one("2000余亩")))
    local r = one("7.1%")
    local copy = setmetatable({}, getmetatable(r))
    for k, v in pairs(r) do copy[k] = v end
    copy.si, copy.sj = 1, 4
    assert.equal("7.1% = 7.1 [percent]", tostring(copy))
  end)

  it("iterates with numbers() and filters by kind and unit", function()
    local s = "增长7.1%,投资114.5亿元,第三"
    local seen = {}
    for n in number.numbers(s) do seen[#seen + 1] = n.text end
    assert.same({ "7.1%", "114.5亿", "第三" }, seen)
    local p = number.scan(s, { kind = "percent" })
    assert.equal(1, #p)
    assert.equal("7.1%", p[1].text)
    assert.equal(1, #number.scan(s, { unit = "元" }))
    assert.equal(2, #number.scan(s, { kind = { "percent", "ordinal" } }))
  end)
end)
