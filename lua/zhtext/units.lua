--- zhtext.units: the lexicon the number scanner uses, as editable data.
--
-- `groups` are the units and measure words a number may carry (the scanner
-- takes the longest one right after the number, or after 余/多). A unit must
-- not include a scale: 万/亿 are read as part of the value (`114.5亿元` is
-- 11450000000 元), but a unit may begin with 千 or 百 (`15千米`, `一千瓦`),
-- and then that 千 stays in the unit.
-- `stops` are words that contain numerals but are not numbers (进一步, 统一).
--
--   local units = require "zhtext.units"
--   units.add("公顷", "area")     units.stop("一把手")     units.remove("件")
--
-- Edits take effect on the next number.scan (the C lexicon is rebuilt).
local M = {}

M.groups = {
  money = { "元", "美元", "欧元", "港元", "港币", "日元", "英镑", "人民币", "元人民币",
    "澳元", "卢布", "韩元", "新台币", "元/吨", "元/人", "元/亩", "元/平方米", "元/月", "元/千瓦时", "元/度",
    "分/千瓦时", "分/度", "分/立方米", "厘/千瓦时" },
  -- 千公顷 is the statistical yearbooks' unit (its 千 stays in the unit, as in 千米)
  area = { "亩", "公顷", "平方米", "平方公里", "平方千米", "平方", "平米", "畝", "平方公尺", "千公顷",
    "km²", "m²" },
  length = { "千米", "公里", "米", "厘米", "毫米", "纳米", "英寸", "英尺", "英里", "里", "海里", "延米", "公尺",
    "km", "nm" },
  -- 担 市斤 (50 and 0.5 kg) are the traditional measures grain figures use
  mass = { "千克", "公斤", "克", "吨", "斤", "噸", "吨/日", "吨/年", "kg", "担", "市斤", "公吨",
    "毫克", "盎司" },
  volume = { "立方米", "立方公尺", "方", "升", "立方米/秒", "标准立方米", "标方", "立方",
    "公升", "毫升", "桶" },
  energy = { "千瓦", "千瓦时", "瓦", "兆瓦", "吉瓦", "度", "千伏", "伏", "标准煤", "吨标准煤",
    "焦耳", "千卡", "kW", "kWh", "MW", "GW", "兆瓦时", "吉瓦时", "马力" },
  -- freight and passenger turnover (货物周转量 1.2万亿吨公里)
  transport = { "吨公里", "人公里", "标准箱", "TEU", "航次", "班次", "列次" },
  concentration = { "微克/立方米", "毫克/立方米", "毫克/升", "μg/m³" },
  people = { "人", "人次", "名", "位", "户", "口", "家庭" },
  organisations = { "家", "所", "座", "个", "项", "件", "台", "辆", "套", "条", "处", "栋",
    "幢", "间", "张", "片", "只", "块", "棵", "株", "头", "匹", "艘", "架", "列", "批",
    "宗", "起", "例", "批次", "档", "檔", "篇", "部", "本", "册", "支", "组", "双", "层", "床", "所次",
    "辆次", "架次", "艘次", "件次", "户次", "场", "场次", "次", "轮", "届", "期", "种", "类", "级", "星",
    "星级", "枚", "道", "笔", "份", "卷", "首", "集", "滴", "方面",
    "個", "項", "臺", "輛", "條", "戶", "處", "間", "種", "隻", "座次", "标箱", "箱",
    "车次", "班", "趟", "节", "村", "镇", "乡", "县", "台套", "家次", "床位", "羽", "尾" },
  time = { "年", "月", "日", "天", "周", "小时", "分钟", "秒", "个月", "個月", "个小时", "個小時", "时", "時", "个星期", "周年", "年度",
    "季度", "岁", "周岁", "年级", "学年", "月份", "日历天", "工作日", "个工作日", "天次",
    "歲" },
  ratio = { "倍", "番" },
}

-- words with numerals in them that are not quantities; a user may add more
M.stops = {
  "进一步", "统一", "一体化", "一体", "一切", "一些", "一起", "一直", "一流", "之一",
  "万一", "一般", "一定", "一批", "一致", "一样", "一道", "一并", "一律", "一旦", "一贯",
  "一向", "一度", "一番", "一系列", "一揽子", "一次性", "一方面", "一把手", "一线",
  "一手", "一举", "一再", "一同", "唯一", "单一", "同一", "不一", "一带一路", "一国两制",
  "一网通办", "一网统管", "一站式", "一条龙", "一刀切", "一盘棋", "一心", "一意", "一时",
  "一味", "一概", "一连", "一齐", "一边", "一面", "一路", "一环", "一员", "一如既往",
  "一丝不苟", "一目了然", "独一无二", "一鼓作气", "一以贯之", "一往无前", "一马当先",
  "一脉相承", "一分为二", "一五一十", "一年一度", "一成不变", "一窝蜂", "一口气",
  "一把", "一点", "一下", "一番", "一边倒", "一张蓝图", "一张网", "一件事", "一码通",
  "一卡通", "一号", "一把尺", "一碗水", "千方百计", "千家万户", "千军万马", "千变万化",
  "千差万别", "千千万万", "千载难逢", "千秋", "万众一心", "万无一失", "万物", "万里", "千里",
  "万家", "万象", "万古", "百姓", "百花齐放", "百舸争流", "百尺竿头", "百年大计",
  "百折不挠", "百废待兴", "百般", "十分", "万分", "九州", "五湖四海", "四面八方",
  "三番五次", "七上八下", "乱七八糟", "三心二意", "接二连三", "一清二楚", "说一不二",
  "十全十美", "五花八门", "四通八达", "七嘴八舌", "九牛一毛", "三令五申", "五颜六色",
  "三农", "三公", "两会", "两岸", "两新", "两重", "两手", "两翼", "两委", "两山",
  "两不愁", "三保障", "三资", "三产", "二产", "一产", "五险一金",
  "十一五", "十二五", "十三五", "十四五", "十五五", "十六五", "九五", "八五", "七五",
  "六五", "十五计划", "三严三实", "四风", "八项规定", "三公经费", "两学一做",
  "第一线", "第三方", "第一时间", "这一", "那一", "這一", "一部分", "一大部分",
  "一二三次产业", "一二三产业", "三次产业", "五位一体", "千兆", "万兆", "百兆", "千人计划", "万人计划",
  -- "double-digit growth": a class of magnitudes, not a count of 位 (三位代表 stays a count)
  "一位数", "两位数", "三位数", "四位数", "五位数", "六位数", "两位数以上",
}

local version = 0
local where = {}   -- word -> group name (units) or true (stops)
local stopset = {}

local function reindex()
  where, stopset = {}, {}
  for g, list in pairs(M.groups) do
    for _, w in ipairs(list) do where[w] = g end
  end
  for _, w in ipairs(M.stops) do stopset[w] = true end
end
reindex()

local function check(w, fn)
  if type(w) ~= "string" or #w == 0 or #w > 64 then
    error(("units.%s: expected a word of 1-64 bytes, got %s"):format(fn, tostring(w)), 3)
  end
end

--- A number that changes whenever the lexicon does (number.lua rebuilds then).
function M.version() return version end

--- Adds unit words (to `group`, default "other").
function M.add(w, group)
  local list = type(w) == "table" and w or { w }
  group = group or "other"
  M.groups[group] = M.groups[group] or {}
  for _, x in ipairs(list) do
    check(x, "add")
    if where[x] ~= group then
      if where[x] then M.remove(x) end
      table.insert(M.groups[group], x)
      where[x] = group
    end
  end
  version = version + 1
end

--- Adds words that contain numerals but are not numbers.
function M.stop(w)
  local list = type(w) == "table" and w or { w }
  for _, x in ipairs(list) do
    check(x, "stop")
    if not stopset[x] then
      M.stops[#M.stops + 1] = x
      stopset[x] = true
    end
  end
  version = version + 1
end

--- Removes a word from the units and from the stop words.
function M.remove(w)
  check(w, "remove")
  for _, list in pairs(M.groups) do
    for k = #list, 1, -1 do
      if list[k] == w then table.remove(list, k) end
    end
  end
  for k = #M.stops, 1, -1 do
    if M.stops[k] == w then table.remove(M.stops, k) end
  end
  where[w], stopset[w] = nil, nil
  version = version + 1
end

--- The group of a unit word ("money", "area" ...) or nil.
function M.group(w) return where[w] end

--- Is w a stop word?
function M.is_stop(w) return stopset[w] == true end

--- Flat arrays for the C lexicon (after direct edits of the tables, call
-- units.changed() so the scanner picks them up).
function M.words()
  local t = {}
  for _, list in pairs(M.groups) do
    for _, w in ipairs(list) do t[#t + 1] = w end
  end
  return t
end

function M.stopwords()
  local t = {}
  for k, w in ipairs(M.stops) do t[k] = w end
  return t
end

function M.changed()
  reindex()
  version = version + 1
end

return M
