-- The rules on real reports (../shared/corpus, skipped when absent): every
-- numeric target of national 2019 and 2023, Zhejiang 2025, Guangdong 2026 and
-- Hailaer 2016, listed by hand from the reports' targets paragraphs, found with
-- the right indicator, relation and value, and nothing else (precision: no
-- record from a review sentence, none from Changshan, which states no targets).
local analyze = require "zhtext.analyze"
local document = require "zhtext.document"
local number = require "zhtext.number"
local outline = require "zhtext.outline"

local dir = "../shared/corpus/"
local function have(name)
  local f = io.open(dir .. name)
  if f then f:close() return true end
  return false
end

-- indicator | relation | value or lo-hi | kind | unit | stretch
local expected = {
  ["national_2019.txt"] = {
    "国内生产总值增长|range|6-6.5|percent|-|false",
    "城镇新增就业|over|11000000|number|人|false",
    "城镇调查失业率|about|5.5|percent|-|false",
    "城镇登记失业率|under|4.5|percent|-|false",
    "居民消费价格涨幅|about|3|percent|-|false",
    "农村贫困人口减少|over|10000000|number|-|false",
    "单位国内生产总值能耗下降|about|3|percent|-|false",
  },
  ["national_2023.txt"] = {
    "国内生产总值增长|about|5|percent|-|false",
    "城镇新增就业|about|12000000|number|人|false",
    "城镇调查失业率|about|5.5|percent|-|false",
    "居民消费价格涨幅|about|3|percent|-|false",
    "粮食产量|over|1300000000000|number|斤|false",
  },
  ["province_zhejiang_2025.txt"] = {
    "生产总值增长|about|5.5|percent|-|false",
    "城镇调查失业率|under|5|percent|-|false",
    "居民消费价格涨幅|about|2|percent|-|false",
  },
  ["province_guangdong_2026.txt"] = {
    "地区生产总值增长|range|4.5-5|percent|-|true",
    "地方一般公共预算收入增长|about|3|percent|-|false",
  },
  ["county_hailaer_2016.txt"] = {
    "地区生产总值增长|exact|7.5|percent|-|false",
    "地区生产总值|exact|30900000000|number|元|false",
    "公共财政预算收入增长|exact|5|percent|-|false",
    "公共财政预算收入|exact|1580000000|number|元|false",
    "区本级固定资产投资增长|exact|13|percent|-|false",
    "社会消费品零售总额增长|exact|9|percent|-|false",
    "城镇常住居民人均可支配收入增长|exact|8|percent|-|false",
    "农村常住居民人均可支配收入增长|exact|8|percent|-|false",
  },
  ["changshan-2024-part1.txt"] = {},
}
local years = { ["national_2019.txt"] = 2019, ["national_2023.txt"] = 2023, ["province_zhejiang_2025.txt"] = 2025,
  ["province_guangdong_2026.txt"] = 2026, ["county_hailaer_2016.txt"] = 2016 }

local function fmt(v)
  if v == nil then return "-" end
  if math.type(v) == "float" and v == math.floor(v) then return tostring(math.tointeger(v)) end
  return tostring(v)
end

local function key(r)
  local v = r.value ~= nil and fmt(r.value) or (fmt(r.lo) .. "-" .. fmt(r.hi))
  return table.concat({ r.indicator, r.relation, v, r.kind, r.unit or "-", tostring(r.stretch) }, "|")
end

describe("corpus: targets", function()
  if not number.scan then
    pending("zhtext.number.scan has not landed: targets need number records")
    return
  end
  for file, want in pairs(expected) do
    if not have(file) then
      pending(file .. ": ../shared/corpus is absent")
    else
      it(file .. ": every numeric target, and only those", function()
        local doc = assert(document.read(dir .. file))
        local res = analyze.analyze(doc, { "targets" })
        assert.are.same({}, res.errors)
        local got = {}
        for _, r in ipairs(res.records) do
          got[#got + 1] = key(r)
          if years[file] then assert.are.equal(years[file], r.year) end
          local s = doc:sentences()[r.sentence]
          assert.are_not.equal("review", outline.part(s))
          assert.is_true(r.i >= s.i and r.j <= s.j)
        end
        table.sort(got)
        local w = { table.unpack(want) }
        table.sort(w)
        assert.are.same(w, got)
      end)
    end
  end
end)

describe("corpus: indicators of Changshan's first review paragraph", function()
  -- the same report is bundled as the demo input, so this runs without the corpus
  if not number.scan then
    pending("zhtext.number.scan has not landed")
    return
  end
  it("gives every headline figure with its subject", function()
    local doc = assert(document.read("examples/data/changshan-2024-part1.txt"))
    local res = analyze.analyze(doc, { "indicators" })
    local got = {}
    for _, r in ipairs(res.records) do
      got[#got + 1] = table.concat({ r.subject, r.verb or "-", fmt(r.value), r.kind, r.comparison or "-" }, "|")
    end
    local want = {
      "地区生产总值|增长|7.1|percent|-",
      "规模以上工业增加值|增长|8|percent|-",
      "固定资产投资|增长|10.7|percent|-",
      "社会消费品零售总额|增长|17|percent|-",
      "一般公共预算收入|增长|20|percent|-",
      "城镇居民人均可支配收入|增长|5.7|percent|-",
      "农村居民人均可支配收入|增长|7.8|percent|-",
      "GDP总量|超|0.1|fraction|全市",
      "GDP增速|高于|1.9|ppoint|全国",
      "GDP增速|高于|1.1|ppoint|全省",
    }
    assert.are.same(want, { table.unpack(got, 1, #want) })
    for _, r in ipairs(res.records) do
      assert.are.equal("review", outline.part(doc:sentences()[r.sentence]))
    end
  end)
end)

describe("corpus: outline metadata and parts", function()
  -- what each report states on its first lines (national 2019 states no date)
  local want = {
    ["changshan-2024-part1.txt"] = { date = "2024-01-29", place = "常山县", speaker = "王永明", plan = 2024,
      review = "一、2023年主要工作回顾" },
    ["county_hailaer_2016.txt"] = { date = "2016-02-19", place = "海拉尔区", speaker = "杜联合", plan = 2016,
      review = "一、“十二五”时期和2015年工作回顾" },
    ["national_2019.txt"] = { plan = 2019, review = "一、2018年工作回顾" },
    ["national_2023.txt"] = { date = "2023-03-05", place = "全国", plan = 2023, review = "一、过去一年和五年工作回顾" },
    ["province_guangdong_2026.txt"] = { date = "2026-01-26", place = "广东省", speaker = "孟凡利", plan = 2026,
      review = "一、2025年和“十四五”时期工作回顾" },
    ["province_zhejiang_2025.txt"] = { date = "2025-01-14", place = "浙江省", speaker = "刘捷", plan = 2025,
      review = "一、2024年工作回顾" },
  }
  for file, w in pairs(want) do
    if not have(file) then
      pending(file .. ": ../shared/corpus is absent")
    else
      it(file, function()
        local doc = assert(document.read(dir .. file))
        assert.are.equal(w.date, doc.date)
        assert.are.equal(w.place, doc.meta.place)
        assert.are.equal(w.speaker, doc.meta.speaker)
        assert.are.equal(w.plan, doc.meta.plan_year)
        assert.are.equal(w.plan - 1, doc.meta.year)
        assert.are.equal(w.review, doc.sections[1].title)
        assert.are.equal("review", doc.sections[1].kind)
        -- the review comes first, tasks after it, and no section is both
        local seen_tasks = false
        for _, sec in ipairs(doc.sections) do
          if sec.kind == "tasks" then seen_tasks = true end
          if seen_tasks and sec.level == 1 then assert.are_not.equal("review", sec.kind) end
        end
      end)
    end
  end
end)
