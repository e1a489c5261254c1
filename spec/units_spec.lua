-- zhtext.units: the editable lexicon, and its effect on number.scan.
local number = require "zhtext.number"
local units = require "zhtext.units"

local function units_of(s)
  local t = {}
  for _, r in ipairs(number.scan(s)) do t[#t + 1] = r.unit or "" end
  return t
end

describe("units", function()
  it("has groups of units and looks them up", function()
    assert.equal("money", units.group("元"))
    assert.equal("area", units.group("亩"))
    assert.equal("concentration", units.group("微克/立方米"))
    assert.is_nil(units.group("苹果"))
    assert.is_true(units.is_stop("进一步"))
    assert.is_false(units.is_stop("一座"))
  end)

  it("takes the longest unit after the number", function()
    assert.same({ "千瓦时" }, units_of("5千瓦时"))
    assert.same({ "人次" }, units_of("3万人次"))
    assert.same({ "微克/立方米" }, units_of("25微克/立方米"))
    assert.same({ "元/吨" }, units_of("300元/吨"))
    assert.same({ "个月" }, units_of("3个月"))
  end)

  it("can be extended with units and stop words, and edited back", function()
    local v0 = units.version()
    assert.same({ "" }, units_of("20垧"))
    units.add("垧", "area")
    assert.is_true(units.version() > v0)
    assert.same({ "垧" }, units_of("20垧"))
    assert.equal("area", units.group("垧"))
    assert.same({ "星级" }, units_of("五星级酒店"))
    units.stop("五星级")
    assert.same({}, units_of("五星级酒店"))
    units.remove("五星级")
    units.remove("垧")
    assert.same({ "" }, units_of("20垧"))
    assert.same({ "星级" }, units_of("五星级酒店"))
    units.add({ "公顷", "垧" })
    assert.equal("other", units.group("垧"))
    units.remove("垧")
  end)

  it("rejects what is not a word", function()
    assert.has_error(function() units.add("") end)
    assert.has_error(function() units.stop(42) end)
    assert.has_error(function() units.add(("x"):rep(65)) end)
  end)
end)
