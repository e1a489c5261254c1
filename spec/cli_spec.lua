-- bin/zhtext: exit status 0/1/2, stdin, directories, output files and
-- formats, error messages that name the file, --help per command.
local cjson = require "cjson"

local EXAMPLE = "examples/data/changshan-2024-part1.txt"

local slurp = require("spec.helper").slurp

local function spit(path, s)
  local fh = assert(io.open(path, "wb"))
  fh:write(s)
  fh:close()
end

local function q(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

-- Run bin/zhtext with arguments (a shell string) and optional stdin bytes;
-- returns stdout, stderr, exit status.
local function zhtext(args, stdin)
  local err = os.tmpname()
  local input = "/dev/null"
  if stdin then
    input = os.tmpname()
    spit(input, stdin)
  end
  local p = io.popen("./bin/zhtext " .. args .. " <" .. input .. " 2>" .. err)
  local out = p:read("a")
  local _, _, code = p:close()
  local e = slurp(err)
  os.remove(err)
  if stdin then os.remove(input) end
  return out, e, code
end

local function lines(s)
  local t = {}
  for l in s:gmatch("([^\n]*)\n") do t[#t + 1] = l end
  return t
end

local function has_numbers()
  local ok, number = pcall(require, "zhtext.number")
  return ok and type(number.scan) == "function"
end

local function tmpdir()
  local d = os.tmpname()
  os.remove(d)
  assert(os.execute("mkdir -p " .. q(d)))
  return d
end

describe("zhtext CLI", function()
  describe("usage", function()
    it("exits 2 with a message for usage errors", function()
      local _, err, code = zhtext("")
      assert.are.equal(2, code)
      assert.matches("command", err)
      _, err, code = zhtext("frobnicate x.txt")
      assert.are.equal(2, code)
      assert.matches("unknown command 'frobnicate'", err, 1, true)
      _, err, code = zhtext("sentences --format yaml " .. EXAMPLE)
      assert.are.equal(2, code)
      assert.matches("unknown format 'yaml'", err, 1, true)
      _, err, code = zhtext("sentences --encoding latin1 " .. EXAMPLE)
      assert.are.equal(2, code)
      assert.matches("--encoding", err, 1, true)
      _, err, code = zhtext("analyze --rules nosuchrule " .. EXAMPLE)
      assert.are.equal(2, code)
      assert.matches("nosuchrule", err, 1, true)
    end)

    it("has --help with examples for every command", function()
      for _, cmd in ipairs({ "", "sentences", "numbers", "analyze", "formats", "rules" }) do
        local out, _, code = zhtext(cmd .. " --help")
        assert.are.equal(0, code, cmd)
        assert.matches("Usage: zhtext", out, 1, true)
        assert.matches("Examples:", out, 1, true)
      end
    end)

    it("lists the formats", function()
      local out, _, code = zhtext("formats")
      assert.are.equal(0, code)
      for _, f in ipairs({ "json", "jsonl", "csv", "tsv", "md", "html" }) do
        assert.matches("\n" .. f .. " ", out, 1, true)
      end
      out = zhtext("formats -f jsonl")
      assert.are.equal("json", cjson.decode(lines(out)[1]).name)
    end)
  end)

  describe("sentences", function()
    it("prints one sentence a line, as the document layer splits them", function()
      local zt = require "zhtext"
      local doc = zt.read(EXAMPLE)
      local out, err, code = zhtext("sentences " .. EXAMPLE)
      assert.are.equal(0, code, err)
      local l = lines(out)
      assert.are.equal(#doc:sentences(), #l)
      for k, s in ipairs(doc:sentences()) do assert.are.equal(s.text, l[k]) end
    end)

    it("reads standard input for - and for no file", function()
      local out, _, code = zhtext("sentences -", "你好。再见！")
      assert.are.equal(0, code)
      assert.are.equal("你好。\n再见！\n", out)
      out = zhtext("sentences -f jsonl", "你好。再见！")
      assert.are.same({ '{"i":1,"j":9,"text":"你好。"}', '{"i":10,"j":18,"text":"再见！"}' }, lines(out))
    end)

    it("splits clauses at ； with --clauses", function()
      local out = zhtext("sentences --clauses -", "一是稳增长；二是调结构。")
      assert.are.equal("一是稳增长；\n二是调结构。\n", out)
    end)

    it("decodes a GB18030 file with --encoding", function()
      local path = os.tmpname()
      spit(path, "\196\227\186\195\161\163") -- 你好。 in GB18030
      local out, err, code = zhtext("sentences -e gb18030 " .. path)
      os.remove(path)
      assert.are.equal(0, code, err)
      assert.are.equal("你好。\n", out)
    end)

    it("walks directories for *.txt and *.md, adding the file to each record", function()
      local d = tmpdir()
      assert(os.execute("mkdir -p " .. q(d .. "/sub")))
      spit(d .. "/a.txt", "甲。")
      spit(d .. "/sub/b.md", "乙。丙。")
      spit(d .. "/c.csv", "不读。")
      local out, err, code = zhtext("sentences -f jsonl " .. q(d))
      os.execute("rm -rf " .. q(d))
      assert.are.equal(0, code, err)
      local recs = {}
      for _, l in ipairs(lines(out)) do recs[#recs + 1] = cjson.decode(l) end
      assert.are.equal(3, #recs)
      assert.are.equal(d .. "/a.txt", recs[1].file)
      assert.are.equal("甲。", recs[1].text)
      assert.are.equal(d .. "/sub/b.md", recs[3].file)
      assert.are.equal("丙。", recs[3].text)
    end)

    it("gives whole jsonl lines when processes share a pipe (xargs -P)", function()
      local d = tmpdir()
      local one = {}
      for k = 1, 6 do
        local body = {}
        for m = 1, 40 do body[m] = "第" .. k .. "号文件第" .. m .. "句，增长" .. m .. ".5%。" end
        spit(d .. "/" .. k .. ".txt", table.concat(body))
      end
      for k = 1, 6 do
        local out = zhtext("sentences -H -f jsonl " .. q(d .. "/" .. k .. ".txt"))
        for _, l in ipairs(lines(out)) do one[l] = true end
      end
      local p = io.popen("ls " .. q(d) .. "/*.txt | xargs -P3 -n1 ./bin/zhtext sentences -H -f jsonl")
      local out = p:read("a")
      p:close()
      os.execute("rm -rf " .. q(d))
      local n = 0
      for _, l in ipairs(lines(out)) do
        n = n + 1
        assert.is_true(one[l] ~= nil, l)
        assert.is_table(cjson.decode(l))
      end
      assert.are.equal(240, n)
    end)

    it("exits 1 naming each failed file, and still processes the others", function()
      local bad = os.tmpname()
      spit(bad, "好\255坏。")
      local out, err, code = zhtext("sentences nosuch.txt " .. bad .. " -", "还在。")
      os.remove(bad)
      assert.are.equal(1, code)
      assert.matches("nosuch.txt", err, 1, true)
      assert.matches(bad .. ": invalid UTF-8 at byte 4", err, 1, true)
      assert.are.equal("<stdin>:还在。\n", out)
      -- no progress bar when stderr is not a terminal
      assert.is_nil(err:find("\r", 1, true))
    end)

    it("takes a user format by path and names it when it fails", function()
      local path = os.tmpname() .. ".lua"
      spit(path, 'return { write = function(result, out) out:write(#result.records, "\\n") end }')
      local out, err, code = zhtext("sentences -f " .. path .. " -", "一。二。")
      assert.are.equal(0, code, err)
      assert.are.equal("2\n", out)
      spit(path, 'return { write = function() error("no output today") end }')
      out, err, code = zhtext("sentences -f " .. path .. " -", "一。二。")
      os.remove(path)
      assert.are.equal(1, code)
      assert.are.equal("", out)
      assert.matches(path .. ":1: no output today", err, 1, true)
    end)

    it("exits 1 for a binary file and for a directory without reports", function()
      local d = tmpdir()
      spit(d .. "/bin.txt", "a\0b")
      local _, err, code = zhtext("sentences " .. q(d .. "/bin.txt"))
      assert.are.equal(1, code)
      assert.matches(d .. "/bin.txt: not a text file", err, 1, true)
      os.remove(d .. "/bin.txt")
      _, err, code = zhtext("sentences " .. q(d))
      os.execute("rm -rf " .. q(d))
      assert.are.equal(1, code)
      assert.matches("no *.txt or *.md files", err, 1, true)
    end)

    it("replaces invalid bytes with --replace", function()
      local out, _, code = zhtext("sentences --replace -", "好\255坏。")
      assert.are.equal(0, code)
      assert.are.equal("好\239\191\189坏。\n", out)
    end)

    it("writes -o FILE in the format of its extension, with a BOM when asked", function()
      local path = os.tmpname() .. ".csv"
      local out, err, code = zhtext("sentences --bom -o " .. path .. " -", "你好，世界。再见！")
      assert.are.equal(0, code, err)
      assert.are.equal("", out)
      assert.are.equal("\239\187\191i,j,text\r\n1,18,你好，世界。\r\n19,27,再见！\r\n", slurp(path))
      os.remove(path)
      out, err, code = zhtext("sentences -o /nonexistent-dir/x.csv -", "好。")
      assert.are.equal("", out)
      assert.are.equal(1, code)
      assert.matches("/nonexistent-dir/x.csv", err, 1, true)
    end)
  end)

  describe("output file extensions (tester's item 12)", function()
    it("writes .txt as text for sentences and as a table for numbers and analyze", function()
      local d = tmpdir()
      local _, err, code = zhtext("sentences -o " .. q(d .. "/s.txt") .. " -", "你好。再见！")
      assert.are.equal(0, code, err)
      assert.are.equal("你好。\n再见！\n", slurp(d .. "/s.txt"))
      _, err, code = zhtext("numbers -o " .. q(d .. "/n.TXT") .. " -", "增长7%。")
      assert.are.equal(0, code, err)
      local t = lines(slurp(d .. "/n.TXT"))
      assert.matches("^i +j +text +value", t[1])
      assert.matches("^%-+  %-+", t[2])
      _, err, code = zhtext("analyze --rules indicators -o " .. q(d .. "/a.txt") .. " " .. EXAMPLE)
      assert.are.equal(0, code, err)
      t = lines(slurp(d .. "/a.txt"))
      assert.matches("subject +verb +value", t[1])
      assert.matches("^%-+  %-+", t[2])
      assert.is_nil(t[1]:find("|", 1, true)) -- not Markdown
      -- aliases of the formats' names
      _, err, code = zhtext("sentences -o " .. q(d .. "/s.ndjson") .. " -", "好。")
      assert.are.equal(0, code, err)
      assert.are.equal('{"i":1,"j":6,"text":"好。"}\n', slurp(d .. "/s.ndjson"))
      os.execute("rm -rf " .. q(d))
    end)

    it("rejects an extension no format has (exit 2, file not created) unless --format is given", function()
      local d = tmpdir()
      local out, err, code = zhtext("sentences -o " .. q(d .. "/x.xyz") .. " -", "好。")
      assert.are.equal(2, code)
      assert.are.equal("", out)
      assert.matches("unknown extension '.xyz'", err, 1, true)
      assert.matches(".json, .jsonl, .csv, .tsv, .md, .html, .txt", err, 1, true)
      assert.is_nil(slurp(d .. "/x.xyz"))
      out, err, code = zhtext("sentences -f jsonl -o " .. q(d .. "/x.xyz") .. " -", "好。")
      assert.are.equal(0, code, err)
      assert.are.equal("", out)
      assert.are.equal('{"i":1,"j":6,"text":"好。"}\n', slurp(d .. "/x.xyz"))
      os.execute("rm -rf " .. q(d))
    end)
  end)

  describe("errors and standard input (tester's item 17)", function()
    it("writes errors to stderr only, and no empty table when there is nothing to print", function()
      local out, err, code = zhtext("numbers /bin/ls")
      assert.are.equal(1, code)
      assert.are.equal("", out)
      assert.matches("^zhtext: /bin/ls: not a text file", err)
      -- a readable file next to it still gets its table, without the error
      out, err, code = zhtext("numbers /bin/ls -", "增长7%。")
      assert.are.equal(1, code)
      assert.matches("/bin/ls: not a text file", err, 1, true)
      assert.is_nil(out:find("error", 1, true))
      assert.matches("7%", out, 1, true)
    end)

    it("reads standard input once: a second - is a usage error", function()
      local out, err, code = zhtext("sentences - -", "你好。")
      assert.are.equal(2, code)
      assert.are.equal("", out)
      assert.matches("- (standard input) is given 2 times", err, 1, true)
      out, err, code = zhtext("sentences -", "你好。")
      assert.are.equal(0, code, err)
      assert.are.equal("你好。\n", out)
    end)
  end)

  describe("numbers", function()
    it("prints a table by default and records in jsonl", function()
      if not has_numbers() then pending("number.scan (NUM stream) not available") return end
      local out, err, code = zhtext("numbers -", "增长7.1%，达114.5亿元。")
      assert.are.equal(0, code, err)
      local l = lines(out)
      assert.matches("^ *i +j +text +value", l[1])
      out = zhtext("numbers -f jsonl -", "增长7.1%，达114.5亿元。")
      l = lines(out)
      assert.are.equal(2, #l)
      assert.are.equal('{"i":7,"j":10,"text":"7.1%","value":7.1,"lo":null,"hi":null,"kind":"percent",' ..
        '"approx":null,"unit":null}', l[1])
      local r = cjson.decode(l[2])
      assert.are.equal(11450000000, r.value)
      assert.are.equal("元", r.unit)
    end)
  end)

  describe("analyze and rules", function()
    it("lists the built-in rules", function()
      local out, err, code = zhtext("rules")
      assert.are.equal(0, code, err)
      assert.matches("\nindicators ", out, 1, true)
      assert.matches("\ntargets ", out, 1, true)
    end)

    it("writes Markdown by default, a table per rule", function()
      local out, err, code = zhtext("analyze --rules indicators,targets " .. EXAMPLE)
      assert.are.equal(0, code, err)
      assert.matches("^## indicators\n", out)
      assert.matches("\n## targets\n", out)
    end)

    it("writes every rule's records as json with the file", function()
      local out, err, code = zhtext("analyze -f json " .. EXAMPLE)
      assert.are.equal(0, code, err)
      local d = cjson.decode(out)
      assert.are.equal(EXAMPLE, d.documents[1].file)
      assert.is_true(#d.rules >= 5)
      for _, r in ipairs(d.records) do assert.are.equal(EXAMPLE, r.file) end
    end)

    it("passes --keywords, split at , and ，, to the keywords rule", function()
      local out, err, code = zhtext("analyze --rules keywords -f jsonl -k '共同富裕，数字经济,绿色' -",
        "推进共同富裕。发展数字经济，建设共同富裕示范区。")
      assert.are.equal(0, code, err)
      local counts = {}
      for _, l in ipairs(lines(out)) do
        local r = cjson.decode(l)
        if r.scope == "document" then counts[r.keyword] = r.count end
      end
      assert.are.equal(2, counts["共同富裕"])
      assert.are.equal(1, counts["数字经济"])
      assert.are.equal(0, counts["绿色"]) -- absent, still counted: trends keep their zeros
      local n = 0
      for _ in pairs(counts) do n = n + 1 end
      assert.are.equal(3, n) -- no other keyword, nor a piece of one
    end)

    it("cuts table and md cells at --width display columns", function()
      for _, fmt in ipairs { "md", "table" } do
        local out, err, code = zhtext("analyze --rules indicators -f " .. fmt .. " -w 12 " .. EXAMPLE)
        assert.are.equal(0, code, err)
        assert.matches("地区生产总值", out, 1, true)
        -- the long sentence of the first figures is cut to 11 columns and an ellipsis
        assert.matches("一年来,我们…", out, 1, true)
        assert.is_nil(out:find("坚持以习近平", 1, true))
      end
      local _, err, code = zhtext("analyze -w 0 " .. EXAMPLE)
      assert.are.equal(2, code)
      assert.matches("--width", err, 1, true)
    end)

    it("exits 1 naming a user rule file that does not load", function()
      local path = os.tmpname() .. ".lua"
      spit(path, "return {\n  name = 'x',\n  run = function( end\n}\n")
      local _, err, code = zhtext("analyze --rules " .. path .. " " .. EXAMPLE)
      os.remove(path)
      assert.are.equal(1, code)
      assert.matches(path .. ":3", err, 1, true)
    end)

    it("runs the other rules when a rule file does not load, naming it once with file:line", function()
      local d = tmpdir()
      spit(d .. "/syn.lua", "local y = 1\nlocal x = = 1\n")
      spit(d .. "/num.lua", "return 42\n")
      spit(d .. "/req.lua", "-- needs a module\nlocal m = require 'nosuchmod_zt'\nreturn m\n")
      local want = zhtext("analyze --rules indicators -f jsonl " .. EXAMPLE)
      assert.is_true(#lines(want) > 0)
      for _, case in ipairs({ { "syn.lua", "syn.lua:2: unexpected symbol near '='" },
        { "num.lua", "num.lua: a rule must return a table (got number)" },
        { "req.lua", "req.lua:2: module 'nosuchmod_zt' not found" } }) do
        local path = d .. "/" .. case[1]
        local out, err, code = zhtext("analyze -f jsonl --rules " .. q(path) .. ",indicators " .. EXAMPLE)
        assert.are.equal(1, code)
        -- the other rule's records, exactly as when run alone
        assert.are.equal(want, out)
        assert.are.equal("zhtext: " .. d .. "/" .. case[2] .. "\n", err)
      end
      -- the report formats list the failure too; the terminal table does not repeat it
      local out, err, code = zhtext("analyze --rules " .. q(d .. "/req.lua") .. ",indicators " .. EXAMPLE)
      assert.are.equal(1, code)
      assert.matches("^## indicators\n", out)
      assert.matches("\n## errors\n", out)
      assert.matches("req.lua:2: module 'nosuchmod_zt' not found", out, 1, true)
      assert.is_nil(out:find("no file", 1, true))
      assert.are.equal(1, #lines(err))
      out, err, code = zhtext("analyze -f table --rules " .. q(d .. "/req.lua") .. ",indicators " .. EXAMPLE)
      assert.are.equal(1, code)
      assert.is_nil(out:find("nosuchmod", 1, true))
      assert.matches("nosuchmod_zt", err, 1, true)
      -- no rule left: nothing to run
      out, err, code = zhtext("analyze --rules " .. q(d .. "/num.lua") .. " " .. EXAMPLE)
      os.execute("rm -rf " .. q(d))
      assert.are.equal(1, code)
      assert.are.equal("", out)
      assert.matches("num.lua", err, 1, true)
    end)

    it("writes a self-contained html report", function()
      local path = os.tmpname() .. ".html"
      local _, err, code = zhtext("analyze -o " .. path .. " " .. EXAMPLE)
      assert.are.equal(0, code, err)
      local html = slurp(path)
      os.remove(path)
      assert.are.equal("<!DOCTYPE html>", html:sub(1, 15))
      assert.matches("政府工作报告", html, 1, true)
    end)
  end)

  describe("long documents", function()
    -- more records than one batch (the CLI writes text/jsonl/csv/tsv a
    -- batch at a time): the same rows as the collected json, one header
    local parts = {}
    for k = 1, 1500 do parts[k] = "第" .. k .. "项增长" .. (k % 9 + 1) .. "%。" end
    local input = table.concat(parts, "\n")

    it("writes every sentence once, in order", function()
      local out, err, code = zhtext("sentences - -f jsonl", input)
      assert.are.equal(0, code, err)
      local l = lines(out)
      assert.are.equal(1500, #l)
      assert.same({ i = 1, j = #parts[1], text = parts[1] }, cjson.decode(l[1]))
      assert.are.equal(parts[1500], cjson.decode(l[1500]).text)
      out = zhtext("sentences - -f text", input)
      assert.are.equal(input .. "\n", out)
    end)

    it("writes numbers in csv/tsv with one header, as json has them", function()
      if not has_numbers() then pending("zhtext.number not there yet") return end
      local js, err, code = zhtext("numbers - -f json", input)
      assert.are.equal(0, code, err)
      local recs = cjson.decode(js).records
      assert.are.equal(3000, #recs)
      for _, f in ipairs({ "csv", "tsv" }) do
        local out = zhtext("numbers - --bom -f " .. f, input)
        local l = lines(out:gsub("\r\n", "\n"))
        assert.are.equal(3001, #l)
        assert.are.equal(1, select(2, out:gsub("\239\187\191", "")))
        assert.are.equal("\239\187\191i", l[1]:sub(1, 4))
        local sep = f == "csv" and "," or "\t"
        for _, n in ipairs({ 1, 1024, 1025, 2048, 3000 }) do
          local r = recs[n]
          local int = math.tointeger   -- cjson reads numbers as floats
          assert.are.equal(table.concat({ int(r.i), int(r.j), r.text, int(r.value), "", "", r.kind, "",
            r.unit ~= cjson.null and r.unit or "" }, sep), l[n + 1])
        end
      end
    end)
  end)

  describe("progress", function()
    it("draws a bar on stderr when several files go to a terminal", function()
      if os.execute("command -v script >/dev/null 2>&1") ~= true then
        pending("script (util-linux) not installed") return
      end
      local log = os.tmpname()
      -- script gives the command a pseudo-terminal; stdout goes to a file
      local cmd = "./bin/zhtext sentences " .. EXAMPLE .. " " .. EXAMPLE .. " -o /dev/null"
      os.execute("script -qec " .. q(cmd) .. " " .. log .. " >/dev/null 2>&1 </dev/null")
      local s = slurp(log) or ""
      os.remove(log)
      assert.matches("[########", s, 1, true)
      assert.matches("2/2 " .. EXAMPLE, s, 1, true)
    end)
  end)
end)
