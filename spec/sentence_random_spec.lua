-- Invariants of the splitter and the document layer on random mixes of
-- the characters that matter (a seeded generator: the same inputs every run).
local core = require "zhtext.core"
local document = require "zhtext.document"

local tokens = {
  "政", "府", "工", "作", "报", "告", "增", "长", "的", "是", "入", "围",
  "。", "！", "？", ".", "!", "?", "；", ";", "，", "、", "：", ":", "……", "…",
  "“", "”", "‘", "’", "《", "》", "（", "）", "(", ")", "【", "】", "「", "」", "\"", "'",
  "\n", "\n", "\n\n", "\r\n", "\r", " ", "\t", "\u{3000}", "\u{200B}", "\u{A0}", "\u{FEFF}",
  "1", "2.", "3.5", "1. ", "一、", "（一）", "a", "U.S.", "e.g.", "www.gov.cn", "**", "*",
  "\255", "\228\184", "\226", "各位代表：", "来源：", "打印 收藏", "PM", "2.5", "——",
}

local function random_text(rng, n)
  local out = {}
  for k = 1, n do out[k] = tokens[rng(#tokens)] end
  return table.concat(out)
end

-- white space as the splitter sees it, line breaks included
local function is_white(s, k)
  local b = s:byte(k)
  if b == 10 or b == 13 then return 1 end
  local l = core.space_len(s, k)
  if l > 0 then return l end
  if s:sub(k, k + 2) == "\u{2028}" or s:sub(k, k + 2) == "\u{2029}" then return 3 end
  return nil
end

local function strip(s)
  local out, k = {}, 1
  while k <= #s do
    local w = is_white(s, k)
    if w then k = k + w else
      out[#out + 1] = s:sub(k, k)
      k = k + 1
    end
  end
  return table.concat(out)
end

describe("random inputs", function()
  local rng = math.random
  math.randomseed(20240129)

  it("C spans are ordered, trimmed, and only white space lies between them", function()
    for _ = 1, 400 do
      local s = random_text(rng, rng(120))
      for _, clauses in ipairs({ false, true }) do
        local t, n = core.sentences(s, 1, -1, clauses)
        local prev = 0
        for k = 1, n do
          local i = t[k] >> 32
          local j = i + ((t[k] >> 5) & ((1 << 27) - 1)) - 1
          assert.is_true(i > prev and j >= i and j <= #s, ("span %d-%d after %d in %q"):format(i, j, prev, s))
          -- between spans: nothing but white space
          local g = prev + 1
          while g < i do
            local w = is_white(s, g)
            assert.is_truthy(w, ("byte %d dropped in %q"):format(g, s))
            g = g + w
          end
          assert.is_nil(is_white(s, i), ("span starts with white space in %q"):format(s))
          prev = j
        end
        local g = prev + 1
        while g <= #s do
          local w = is_white(s, g)
          assert.is_truthy(w, ("byte %d dropped at the end of %q"):format(g, s))
          g = g + w
        end
      end
    end
  end)

  it("document sentences keep every non-space character once, with right offsets", function()
    for _ = 1, 300 do
      local s = random_text(rng, rng(150))
      local buf = {}
      local ss = document.new(s, { encoding = "utf-8", replace = false })
      if ss then   -- random bytes are often invalid UTF-8: decode refuses them
        local prev = 0
        for k, x in ipairs(ss:sentences()) do
          buf[k] = x.text
          assert.is_true(x.i > prev and x.j >= x.i)
          prev = x.j
          assert.same(strip(x.text), strip(s:sub(x.i, x.j)))
          for b = 1, #x.text do
            if x.text:byte(b) ~= 32 or s:byte(x:pos(b)) == 32 then
              assert.same(x.text:byte(b), s:byte(x:pos(b)))
            end
          end
        end
        assert.same(strip(s), strip(table.concat(buf)))
      end
      -- the iterator takes bytes as they are, valid or not
      local it = {}
      for _, _, x in document.sentences(s) do it[#it + 1] = x end
      assert.same(strip(s), strip(table.concat(it)))
    end
  end)
end)
