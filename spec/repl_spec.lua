-- The REPL (lua5.4 -i -l zhtext) prints documents, sentences, numbers and
-- zt.show tables readably; the REPL session in README.md works when pasted;
-- every Lua example in docs/api.md runs and prints what it says it prints.
local ROOT_PATHS = "LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/?.so;;' "

local slurp = require("spec.helper").slurp

-- Feed lines to an interactive lua5.4 with a prompt of \30 so the output can
-- be cut into one piece per input line (readline, when lua5.4 has it, echoes
-- the input after the prompt: that echo is cut off). Returns the pieces.
local function repl(inputs, flags)
  local path = os.tmpname()
  local fh = assert(io.open(path, "wb"))
  fh:write(table.concat(inputs, "\n"), "\n")
  fh:close()
  local p = io.popen(ROOT_PATHS .. "lua5.4 " .. (flags or "") ..
    [[ -e '_PROMPT="\30" _PROMPT2="\30"' -i < ]] .. path .. " 2>&1")
  local out = p:read("a")
  p:close()
  os.remove(path)
  local pieces = {}
  for piece in out:gmatch("\30([^\30]*)") do
    -- the echo is the whole input, or, without a terminal width (no TERM),
    -- readline's horizontal scroll: CR, "<" and the input's tail
    local input = inputs[#pieces + 1]
    local line = piece:match("^([^\n]*)\n")
    local echo = line and line:match("([^\r]*)$") -- what the screen shows after a redraw
    if input and echo and (echo == input
        or (echo:sub(1, 1) == "<" and #echo > 1 and input:sub(-(#echo - 1)) == echo:sub(2))) then
      piece = piece:sub(#line + 2)
    end
    pieces[#pieces + 1] = piece
  end
  return pieces, out
end

local function has_numbers()
  local ok, number = pcall(require, "zhtext.number")
  return ok and type(number.scan) == "function"
end

describe("REPL", function()
  it("loads with lua5.4 -i -l zhtext and prints values readably", function()
    local out, all = repl({
      'doc = zhtext.document("各位代表：\\n\\n全年地区生产总值增长7.1%。我们将继续努力！")',
      "doc",
      "#doc:sentences()",
      'zhtext.show(doc:sentences())',
      'zhtext.show({ a = 1, b = { "x", "y" } })',
    }, "-l zhtext")
    assert.are.equal(6, #out, all)
    assert.matches("^document", out[2])
    assert.are.equal("3\n", out[3])
    assert.matches("^index +i +j +text\n", out[4])
    assert.matches("全年地区生产总值增长7.1%。\n", out[4], 1, true)
    assert.are.equal('{ a = 1, b = { "x", "y" } }\n', out[5])
  end)

  it("shows number records as an aligned table", function()
    if not has_numbers() then pending("number.scan (NUM stream) not available") return end
    local out, all = repl({
      'zt = require "zhtext"',
      'nums = {}; for n in zt.numbers("增长7.1%，达114.5亿元") do nums[#nums + 1] = n end',
      "zt.show(nums)",
    })
    assert.are.equal(4, #out, all)
    local l = {}
    for line in out[3]:gmatch("[^\n]+") do l[#l + 1] = line end
    assert.matches("^ *i +j +text +value +lo +hi +kind +approx +unit$", l[1])
    assert.matches("114.5亿 +11450000000 +number +元$", l[4])
  end)

  it("names the public function in argument errors and prints sections and meta on one line", function()
    if not has_numbers() then pending("number.scan (NUM stream) not available") return end
    local out, all = repl({
      'zt = require "zhtext"',
      "select(2, pcall(function() local x = zt.numbers(nil) return x end))",
      "select(2, pcall(function() local x = zt.parse_number({}) return x end))",
      'doc = zt.read("examples/data/changshan-2024-part1.txt")',
      "zt.show(doc.sections[1])",
      "zt.show(doc.meta)",
      "doc.sections[1]",
    })
    assert.are.equal(8, #out, all)
    assert.matches(":1: bad argument #1 to 'numbers' (string expected, got nil)\n", out[2], 1, true)
    assert.matches(":1: bad argument #1 to 'parse_number' (string expected, got table)\n", out[3], 1, true)
    -- one line each: the section's title and sentence span, the metadata's
    -- fields, never a dump of the children tree with addresses
    for k = 5, 7 do
      assert.are.equal(1, select(2, out[k]:gsub("\n", "")), out[k])
      assert.is_nil(out[k]:find("table: 0x", 1, true), out[k])
    end
    assert.matches("2023年主要工作回顾", out[5], 1, true)
    assert.are.equal(out[5], out[7])
    assert.matches("date=2024-01-29", out[6], 1, true)
  end)

  -- a fenced block whose lines start with "> " is a REPL session; the lines
  -- after an input, up to the next input, are what it prints
  local function sessions(path)
    local page = slurp(path) or ""
    local found = {}
    for block in page:gmatch("```[%w]*\n(.-)```") do
      if block:match("^> ") then found[#found + 1] = block end
    end
    return found
  end

  local function check(session, where)
    local inputs, expect = {}, {}
    for line in session:gmatch("([^\n]*)\n") do
      local input = line:match("^> (.*)$")
      if input then
        inputs[#inputs + 1] = input
        expect[#inputs] = {}
      elseif #inputs > 0 then
        table.insert(expect[#inputs], line)
      end
    end
    local out, all = repl(inputs, "-l zhtext")
    for k = 1, #inputs do
      local want = table.concat(expect[k], "\n")
      local got = (out[k] or ""):gsub("\n$", "")
      -- addresses (table: 0x...) differ from run to run
      got = got:gsub("0x%x+", "0x…")
      want = want:gsub("0x%x+", "0x…")
      assert.are.equal(want, got, where .. ": > " .. inputs[k] .. "\n" .. all)
    end
  end

  it("runs the README's REPL session as pasted", function()
    local found = sessions("README.md")
    if #found == 0 then pending("README.md has no REPL session yet") return end
    for _, session in ipairs(found) do check(session, "README.md") end
  end)

  it("runs the REPL session in docs/api.md as pasted", function()
    local found = sessions("docs/api.md")
    assert.is_true(#found > 0, "docs/api.md has no REPL session")
    for _, session in ipairs(found) do check(session, "docs/api.md") end
  end)
end)

describe("docs/api.md", function()
  it("has a section for every function zhtext exports, and none it does not", function()
    local doc = slurp("docs/api.md")
    if not doc then pending("docs/api.md not written yet") return end
    local zt = require "zhtext"
    for name, v in pairs(zt) do
      if type(v) == "function" then
        assert.truthy(doc:find("\n### zt." .. name .. "(", 1, true), "no section for zt." .. name)
      end
    end
    for name in doc:gmatch("\n### zt%.([%w_]+)%(") do
      assert.are.equal("function", type(zt[name]), "docs/api.md documents zt." .. name .. ", which is not exported")
    end
  end)

  -- Each ```lua block runs on its own; a comment "--> text" after a
  -- print(...) is the line that print must write. A block followed by
  -- "writes" and a ```text block must write that to io.output (zt.show).
  it("has examples that run and print what they say", function()
    local doc = slurp("docs/api.md")
    if not doc then pending("docs/api.md not written yet") return end
    local n, shown, pos = 0, 0, 1
    while true do
      local a, b = doc:find("```lua\n", pos, true)
      if not a then break end
      local c = assert(doc:find("```", b + 1, true), "unclosed ```lua block")
      local block = doc:sub(b + 1, c - 1)
      local after = doc:match("^%s*writes%s*```text\n(.-)```", c + 3)
      pos = c + 3
      n = n + 1
      local expected = {}
      for want in block:gmatch("%-%->[ ]?([^\n]*)") do expected[#expected + 1] = want end
      local printed = {}
      local env = setmetatable({
        print = function(...)
          local t = table.pack(...)
          for k = 1, t.n do t[k] = tostring(t[k]) end
          printed[#printed + 1] = table.concat(t, "\t", 1, t.n)
        end,
      }, { __index = _G })
      local chunk = assert(load(block, "=docs/api.md example " .. n, "t", env))
      local tmp = os.tmpname()
      local saved = io.output()
      io.output(tmp)
      local ok, err = pcall(chunk)
      io.output():close()
      io.output(saved)
      local fh = assert(io.open(tmp, "rb"))
      local written = fh:read("a")
      fh:close()
      os.remove(tmp)
      assert.is_true(ok, "docs/api.md example " .. n .. ": " .. tostring(err) .. "\n" .. block)
      -- a print may write several lines: compare line by line
      local lines = {}
      for _, p in ipairs(printed) do
        for l in (p .. "\n"):gmatch("([^\n]*)\n") do lines[#lines + 1] = l end
      end
      for k, want in ipairs(expected) do
        assert.are.equal(want, lines[k], "docs/api.md example " .. n .. ", output line " .. k .. "\n" .. block)
      end
      assert.are.equal(#expected, #lines, "docs/api.md example " .. n .. " prints more than it shows\n" .. block)
      if after then
        assert.are.equal(after, written, "docs/api.md example " .. n)
        shown = shown + 1
      else
        assert.are.equal("", written, "docs/api.md example " .. n .. " writes what the page does not show")
      end
    end
    assert.is_true(n >= 10, "only " .. n .. " examples")
    assert.is_true(shown >= 1)
  end)
end)
