-- Properties of number.scan on real reports (skipped when ../shared is
-- absent) and on random strings: records in order, never overlapping,
-- text == s:sub(i, j), offsets inside the string, well-formed fields.
local number = require "zhtext.number"

local kinds = { number = true, percent = true, permille = true, ppoint = true,
  fraction = true, ordinal = true }
local approxes = { about = true, over = true, under = true }

local function check(s, label)
  local last = 0
  for k, r in ipairs(number.scan(s)) do
    local where = ("%s record %d (%s)"):format(label, k, tostring(r.text))
    assert.is_true(r.i >= 1 and r.i <= r.j and r.j <= #s, where)
    assert.is_true(r.i > last, where .. ": overlaps the previous record")
    last = r.j
    assert.equal(s:sub(r.i, r.j), r.text, where)
    assert.is_true(kinds[r.kind], where)
    assert.is_true(r.approx == nil or approxes[r.approx], where)
    if r.value == nil then
      assert.is_number(r.lo, where)
      assert.is_number(r.hi, where)
      assert.is_true(r.lo <= r.hi, where)
    else
      assert.is_number(r.value, where)
    end
    if r.unit ~= nil then
      assert.is_true(#r.unit > 0, where)
      assert.is_true(s:find(r.unit, r.j + 1, true) ~= nil, where .. ": unit not after the text")
    end
  end
end

describe("number.scan properties", function()
  local files = { "changshan-2024-part1.txt", "county_hailaer_2016.txt", "national_1954.txt",
    "national_2019.txt", "national_2023.txt", "province_guangdong_2026.txt",
    "province_zhejiang_2025.txt", "county_hailaer_2016.gb18030.txt" }
  for _, name in ipairs(files) do
    local f = io.open("../shared/corpus/" .. name, "rb")
    if not f then
      pending("corpus " .. name .. " absent (../shared/corpus)")
    else
      local s = f:read("a")
      f:close()
      it("holds on " .. name, function()
        check(s, name)
        assert.is_true(#number.scan(s) > 50, name .. ": too few numbers")
      end)
    end
  end

  it("holds on random strings of numerals, markers and invalid bytes", function()
    local pool = { "一", "二", "三", "十", "百", "千", "万", "亿", "零", "〇", "两", "点", "分之",
      "%", "％", "‰", "个百分点", "成", "第", "约", "超", "近", "余", "多", "左右", "以上",
      "至", "到", "-", "—", "～", ",", "，", ".", "．", "0", "1", "5", "9", "１", "元", "亩",
      "千瓦", "人次", "个", "年", "负", "进一步", "统一", "、", "和", "a", "G", " ", "\n",
      "\xE4", "\xE4\xB8", "\x80", "\xFF", "\xEF\xBC", "\xF0\x9F\x98\x80" }
    math.randomseed(20240129)
    for round = 1, 3000 do
      local t = {}
      for k = 1, math.random(1, 24) do
        t[k] = math.random() < 0.1 and string.char(math.random(0, 255)) or pool[math.random(#pool)]
      end
      check(table.concat(t), "random " .. round)
    end
  end)

  it("is robust on long runs", function()
    check(("9"):rep(5000), "digits")
    check(("一"):rep(3000), "一")
    check(("〇"):rep(3000), "〇")
    check(("1.1"):rep(3000), "1.1")
    check(("几十"):rep(3000), "几十")
    check(("亿"):rep(3000), "亿")
    check(("1,"):rep(3000), "1,")
    check(("三四"):rep(3000), "三四")
    check(("5-"):rep(3000), "5-")
    check(("\xE4\xB8"):rep(3000), "truncated")
    local big = number.scan(("9"):rep(5000))
    assert.equal(1, #big)
    assert.equal("float", math.type(big[1].value))
  end)
end)
