-- Sentences of the real reports in ../shared/corpus (skipped when absent):
-- nothing dropped or doubled, offsets right, the issue's Changshan checks.
local document = require "zhtext.document"

local dir = "../shared/corpus/"

local function slurp(name) return require("spec.helper").slurp(dir .. name) end

-- every white space character of DESIGN rule 5, line breaks included
local white = { "%s", "\u{3000}", "\u{A0}", "\u{202F}", "\u{205F}", "\u{2060}", "\u{FEFF}", "\u{2028}", "\u{2029}" }
for c = 0x2000, 0x200D do white[#white + 1] = utf8.char(c) end
local function strip(s)
  for _, w in ipairs(white) do s = s:gsub(w, "") end
  return s
end

local files = {}
do
  local p = io.popen("ls " .. dir .. "*.txt 2>/dev/null")
  for path in p:lines() do
    local name = path:match("[^/]+$")
    if not name:find("gb18030") then files[#files + 1] = name end
  end
  p:close()
end

describe("corpus sentences", function()
  if #files == 0 then
    pending("../shared/corpus is absent")
    return
  end

  for _, name in ipairs(files) do
    describe(name, function()
      local doc = assert(document.read(dir .. name))
      local ss = doc:sentences()

      it("puts every non-space character in exactly one sentence, in order", function()
        local buf = {}
        for k, s in ipairs(ss) do buf[k] = s.text end
        assert.is_true(strip(table.concat(buf)) == strip(doc.text))
        assert.is_true(#ss > 50)
      end)

      it("has ordered spans that point at the sentence's bytes", function()
        local prev = 0
        for _, s in ipairs(ss) do
          assert.is_true(s.i > prev and s.j >= s.i, "span of sentence " .. s.index)
          prev = s.j
          assert.same(strip(s.text), strip(doc.text:sub(s.i, s.j)))
          assert.is_nil(s.text:find("[\r\n]"))
          for k = 1, #s.text, 7 do
            local b = s.text:byte(k)
            if b ~= 32 then assert.same(b, doc.text:byte(s:pos(k))) end
          end
        end
      end)

      it("trims white space from every sentence", function()
        for _, s in ipairs(ss) do
          assert.same(strip(s.text:sub(1, 3)), s.text:sub(1, #strip(s.text:sub(1, 3))))
          assert.is_nil(s.text:find("^%s"))
          assert.is_nil(s.text:find("%s$"))
          assert.is_nil(s.text:find("^\u{3000}"))
          assert.is_nil(s.text:find("\u{200B}$"))
        end
      end)

      it("yields the same sentences from the iterator", function()
        local k = 0
        for i, j, s in document.sentences(doc.text) do
          k = k + 1
          assert.same({ ss[k].i, ss[k].j, ss[k].text }, { i, j, s })
        end
        assert.same(#ss, k)
      end)
    end)
  end
end)

describe("corpus checks from the issue", function()
  local function find_sentence(ss, needle)
    for _, s in ipairs(ss) do
      if s.text:find(needle, 1, true) then return s end
    end
  end

  it("reads the Changshan report right", function()
    if not slurp("changshan-2024-part1.txt") then
      pending("../shared/corpus is absent")
      return
    end
    local ss = assert(document.read(dir .. "changshan-2024-part1.txt")):sentences()
    local h = find_sentence(ss, "一年来,我们争先行")
    assert.same("一年来,我们争先行、当先锋,综合实力再攀新高", h.text)
    assert.is_true(h.heading)
    local j = find_sentence(ss, "实体化运行项")
    assert.matches("^实体化运行项目前期专班,常态化举办", j.text)
    assert.matches("全年固定资产投资达114.5亿元。$", j.text)
    assert.is_truthy(find_sentence(ss, "富乐德石英科技入围省“尖兵”、“领雁”项目。"))
    local b = find_sentence(ss, "高效施政成效显著")
    assert.same("**高效施政成效显著。**", b.text)
    assert.is_truthy(find_sentence(ss, "研发投入强度提升至1.85%,增幅超全国、全省平均水平。"))
    assert.same("各位代表:", find_sentence(ss, "各位代表").text)
  end)

  it("reads national_1954 (link breaks, traditional characters) as whole sentences", function()
    if not slurp("national_1954.txt") then
      pending("../shared/corpus is absent")
      return
    end
    local ss = assert(document.read(dir .. "national_1954.txt")):sentences()
    local s = find_sentence(ss, "在聽了劉少奇同志")
    assert.matches("^我們第一届全國人民代表大會第一次會議，在聽了劉少奇同志關於憲法草案的報告並進行了三天的討論以後，", s.text)
    assert.matches("通過了我們國家的根本法——中華人民共和國憲法，接着，又通過了幾個重要的法律。$", s.text)
    -- every sentence but the salutation ends with a terminator or a closer
    local open = 0
    for _, x in ipairs(ss) do
      if not (x.text:find("[。！？]$") or x.text:find("[。！？][”」』）]$") or x.text:find("：$")) then
        open = open + 1
      end
    end
    assert.same(0, open)
  end)

  it("reads Guangdong 2026 with its broken target line joined", function()
    if not slurp("province_guangdong_2026.txt") then
      pending("../shared/corpus is absent")
      return
    end
    local ss = assert(document.read(dir .. "province_guangdong_2026.txt")):sentences()
    local s = find_sentence(ss, "主要预期目标")
    assert.matches("^今年经济社会发展的主要预期目标是：地区生产总值增长4.5%%—5%%，", s.text)
    local h = find_sentence(ss, "二、“十五五”时期的主要目标和重点任务")
    assert.is_true(h.heading)
    assert.is_truthy(find_sentence(ss, "以PM2.5浓度持续下降为主线"))
  end)

  it("reads the GB18030 twin to the same sentences as the UTF-8 file", function()
    if not slurp("county_hailaer_2016.gb18030.txt") then
      pending("../shared/corpus is absent")
      return
    end
    local a = assert(document.read(dir .. "county_hailaer_2016.gb18030.txt"))
    local b = assert(document.read(dir .. "county_hailaer_2016.txt"))
    assert.same("gb18030", a.encoding:lower())
    local sa, sb = a:sentences(), b:sentences()
    assert.same(#sb, #sa)
    for k = 1, #sb do assert.same(sb[k].text, sa[k].text) end
    assert.same("政 府 工 作 报 告", sb[1].text)
  end)
end)

-- The reports hard-wrapped at 70 display columns, as a PDF-to-text dump
-- gives them (paragraph-per-line files only: 1954 has link breaks of its
-- own): nearly every sentence must come out as from the unwrapped file.
describe("corpus hard-wrapped", function()
  local function wrap(text, cols)
    local out = {}
    for line in (text:gsub("\r", "")):gmatch("[^\n]+") do
      line = line:gsub("^[%s\u{3000}]+", ""):gsub("[%s\u{3000}]+$", "")
      if line ~= "" then
        local cur, w = {}, 0
        for _, c in utf8.codes(line) do
          local cw = c < 128 and 1 or 2
          if w + cw > cols then
            out[#out + 1] = table.concat(cur)
            cur, w = {}, 0
          end
          cur[#cur + 1] = utf8.char(c)
          w = w + cw
        end
        out[#out + 1] = table.concat(cur)
      end
    end
    return table.concat(out, "\n") .. "\n"
  end
  local function flat(text)   -- paragraphs one a line, no indentation
    return (wrap(text, math.huge))
  end

  for _, name in ipairs { "national_2019.txt", "national_2023.txt", "province_guangdong_2026.txt",
                          "province_zhejiang_2025.txt", "county_hailaer_2016.txt" } do
    it(name .. " at 70 columns keeps 99% of its sentences", function()
      local src = slurp(name)
      if not src then
        pending("../shared/corpus is absent")
        return
      end
      local want = {}
      local a = document.split(flat(src))
      for _, s in ipairs(a) do want[s] = (want[s] or 0) + 1 end
      local same = 0
      for _, s in ipairs(document.split(wrap(src, 70))) do
        if (want[s] or 0) > 0 then
          want[s] = want[s] - 1
          same = same + 1
        end
      end
      assert.is_true(same >= #a * 0.99, ("%d of %d"):format(same, #a))
    end)
  end
end)
