-- number.numbers scans long strings a line-aligned chunk at a time (bounded
-- memory on huge inputs): the records must be those of one whole scan.
local number = require "zhtext.number"

local function same(whole, s, chunk)
  local saved = number.chunk
  number.chunk = chunk
  local k = 0
  for r in number.numbers(s) do
    k = k + 1
    local w = whole[k]
    assert.is_truthy(w, "extra record " .. r.text)
    for _, f in ipairs { "i", "j", "text", "value", "lo", "hi", "kind", "approx", "unit" } do
      assert.are.equal(w[f], r[f], f .. " of record " .. k .. " (" .. r.text .. ") with chunks of " .. chunk)
    end
    assert.are.equal(r.text, s:sub(r.i, r.j))
  end
  number.chunk = saved
  assert.are.equal(#whole, k)
end

describe("number.numbers in chunks", function()
  local lines = {
    "全年地区生产总值增长7.1%，固定资产投资达114.5亿元。",
    "累计征收土地2000余亩，超40万人次参与；",
    "增速分别高于全国、全省1.9和1.1个百分点，排名全市第三。",
    "地区生产总值增长4.5%—5%，城镇新增就业1200万人以上。",
  }

  it("gives the records of a whole scan, offsets into the string", function()
    local parts = {}
    for k = 1, 200 do parts[k] = lines[k % #lines + 1] end
    local s = table.concat(parts, "\n")
    local whole = number.scan(s)
    assert.are.equal(450, #whole) -- 9 records every 4 lines
    for _, chunk in ipairs { 1, 17, 100, 4096, 1 << 20 } do same(whole, s, chunk) end
  end)

  it("handles a string without line breaks and an empty string", function()
    local s = lines[1]:rep(300)
    same(number.scan(s), s, 64)
    same({}, "", 64)
  end)

  it("keeps the corpus records (skipped without ../shared)", function()
    local fh = io.open("../shared/corpus/national_2023.txt", "rb")
    if not fh then pending("../shared/corpus not present") return end
    local s = fh:read("a")
    fh:close()
    same(number.scan(s), s, 2048)
  end)
end)
