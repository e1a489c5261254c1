-- Every figure in the first three paragraphs of the Changshan 2024 report
-- (examples/data/changshan-2024-part1.txt, from the title to the end of the
-- third body paragraph), checked by hand. The text is literal here, so the
-- spec does not depend on the corpus. Names (二十大, 八八战略) are neither
-- required nor wrong: 二十 is left out of the comparison.
local number = require "zhtext.number"

local text = table.concat({
    "政府工作报告",
    "",
    "2024年1月29日 在常山县第十七届人民代表大会第三次会议上",
    "常山县人民政府县长 王永明",
    "",
    "各位代表:",
    "",
    "现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委"
      .. "员和其他列席人员提出意见。",
    "",
    "一、2023年主要工作回顾",
    "",
    "2023年是全面贯彻党的二十大精神开局之年,也是“八八战略”"
      .. "实施20周年。一年来,我们坚持以习近平新时代中国特色社会主义"
      .. "思想为指导,深入学习贯彻习近平总书记考察浙江重要讲话精神,在"
      .. "县委的坚强领导和县人大、县政协的监督支持下,紧紧围绕“浙西第"
      .. "一门户”战略定位,坚定不移推进“八大行动”,全县经济社会发展"
      .. "稳步向前、大势向好:全年地区生产总值增长7.1%,规模以上工"
      .. "业增加值增长8%,固定资产投资增长10.7%,社会消费品零售"
      .. "总额增长17%,一般公共预算收入增长20%,城镇、农村居民人"
      .. "均可支配收入分别增长5.7%、7.8%。省市县三级民生实事全"
      .. "面完成。",
    "",
    "一年来,我们争先行、当先锋,综合实力再攀新高",
    "",
    "竞争力大幅跃升。GDP总量超全市十分之一,增速分别高于全国、"
      .. "全省1.9和1.1个百分点,排名全市第三。固定资产投资、规模"
      .. "以上工业增加值等10项指标增速实现“保三争二拼第一”目标,其"
      .. "中,社会消费品零售总额、省内建筑业产值、房地产投资等多项指标"
      .. "增速排名全市第一。招商引资赛马考核位列全市第一,创历史最好成"
      .. "绩。全市首个纳入国家级交通规划的常山江航电枢纽项目全面开工。"
      .. "期盼多年的龙潭水库项目纳入省重点项目盘子,成功争取增发国债5"
      .. "亿元。",
}, "\n")

local names = { ["二十"] = true }

describe("Changshan 2024, first three paragraphs", function()
  it("gives every figure with value, unit, kind and approximation", function()
    local got = {}
    for r in number.numbers(text) do
      if not names[r.text] then
        local v = r.value
        if v == nil then v = tostring(r.lo) .. ".." .. tostring(r.hi) end
        got[#got + 1] = { r.text, v, r.unit or "", r.kind, r.approx or "" }
      end
    end
    assert.same({
      { "2024", 2024, "年", "number", "" },
      { "1", 1, "月", "number", "" },
      { "29", 29, "日", "number", "" },
      { "第十七", 17, "届", "ordinal", "" },
      { "第三", 3, "次", "ordinal", "" },
      { "2023", 2023, "年", "number", "" },
      { "2023", 2023, "年", "number", "" },
      { "20", 20, "周年", "number", "" },
      { "一", 1, "年", "number", "" },
      { "第一", 1, "", "ordinal", "" },
      { "7.1%", 7.1, "", "percent", "" },
      { "8%", 8, "", "percent", "" },
      { "10.7%", 10.7, "", "percent", "" },
      { "17%", 17, "", "percent", "" },
      { "20%", 20, "", "percent", "" },
      { "5.7%", 5.7, "", "percent", "" },
      { "7.8%", 7.8, "", "percent", "" },
      { "三", 3, "级", "number", "" },
      { "一", 1, "年", "number", "" },
      { "十分之一", 0.1, "", "fraction", "" },
      { "1.9", 1.9, "", "ppoint", "" },
      { "1.1个百分点", 1.1, "", "ppoint", "" },
      { "第三", 3, "", "ordinal", "" },
      { "10", 10, "项", "number", "" },
      { "第一", 1, "", "ordinal", "" },
      { "第一", 1, "", "ordinal", "" },
      { "第一", 1, "", "ordinal", "" },
      { "5亿", 500000000, "元", "number", "" },
    }, got)
  end)

  it("has offsets that index the text, integers where the value is integral", function()
    for r in number.numbers(text) do
      assert.equal(r.text, text:sub(r.i, r.j))
      if r.kind ~= "fraction" and not tostring(r.text):find("%.") then
        assert.equal("integer", math.type(r.value), r.text)
      end
    end
  end)
end)
