-- docs/formats.md: the complete example format runs as written and writes
-- the output the page shows.
describe("docs/formats.md example", function()
  it("writes what the page says it writes", function()
    local fh = assert(io.open("docs/formats.md", "rb"))
    local page = fh:read("a")
    fh:close()
    local blocks = {}
    for lang, body in page:gmatch("```(%w*)\n(.-)```") do blocks[#blocks + 1] = { lang = lang, body = body } end
    local fmt, use, want
    for k, b in ipairs(blocks) do
      if b.lang == "lua" and b.body:find("write = function", 1, true) and not fmt then fmt = b.body end
      if b.lang == "lua" and b.body:find("./bullets.lua", 1, true) then
        use = b.body
        want = blocks[k + 1].body
      end
    end
    assert.is_string(fmt)
    assert.is_string(use)
    local dir = os.tmpname()
    os.remove(dir)
    assert(os.execute("mkdir -p " .. dir))
    fh = assert(io.open(dir .. "/bullets.lua", "wb"))
    fh:write(fmt)
    fh:close()
    local path = dir .. "/out.md"
    -- the example writes to io.stdout: point it at a file, run it from dir
    local code = use:gsub("%./bullets%.lua", dir .. "/bullets.lua"):gsub("io%.stdout", "OUT")
    local out = assert(io.open(path, "wb"))
    local chunk = assert(load(code, "=formats.md", "t", setmetatable({ OUT = out }, { __index = _G })))
    chunk()
    out:close()
    fh = assert(io.open(path, "rb"))
    local got = fh:read("a")
    fh:close()
    os.execute("rm -rf " .. dir)
    assert.are.equal(want, got)
  end)

  it("finds a format by name on LUA_PATH, as the page says", function()
    local fh = assert(io.open("docs/formats.md", "rb"))
    local page = fh:read("a")
    fh:close()
    local fmt = page:match("```lua\n(%-%- bullets:.-)```")
    assert.is_string(fmt)
    local dir = os.tmpname()
    os.remove(dir)
    assert(os.execute("mkdir -p " .. dir .. "/zhtext/format"))
    fh = assert(io.open(dir .. "/zhtext/format/bullets.lua", "wb"))
    fh:write(fmt)
    fh:close()
    local p = io.popen("printf '增长7.1%%。' | LUA_PATH='" .. dir .. "/?.lua;;' ./bin/zhtext numbers -f bullets - 2>&1")
    local out = p:read("a")
    local _, _, code = p:close()
    os.execute("rm -rf " .. dir)
    assert.are.equal(0, code, out)
    assert.are.equal("### numbers (1)\n-   **7.1%**\n", out)
  end)
end)
