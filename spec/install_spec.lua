-- The rockspec installs every module the checkout has, and the installed
-- module loads from any directory (a user's `luarocks make`).
local function sh(cmd)
  local p = io.popen(cmd .. " 2>&1")
  local out = p:read("a")
  local ok, _, code = p:close()
  return ok, out, code
end

local function rockspec_modules()
  local env = {}
  local chunk = assert(loadfile("rockspec/zhtext-scm-1.rockspec", "t", env))
  chunk()
  return env.build.modules
end

describe("rockspec", function()
  it("lists every Lua file under lua/ as a module", function()
    local listed = {}
    for name, src in pairs(rockspec_modules()) do
      if type(src) == "string" then listed[src] = name end
    end
    local _, out = sh("find lua -name '*.lua' | sort")
    local n = 0
    for path in out:gmatch("[^\n]+") do
      n = n + 1
      assert.is_truthy(listed[path], path .. " is not in the rockspec")
      local mod = path:gsub("^lua/", ""):gsub("/init%.lua$", ""):gsub("%.lua$", ""):gsub("/", ".")
      assert.are.equal(mod, listed[path])
    end
    assert.is_true(n > 5)
  end)

  it("installs with luarocks into a tree and loads from another directory", function()
    local tree = os.tmpname()
    os.remove(tree)
    local ok, out = sh("luarocks --lua-version=5.4 make --deps-mode=none --tree " .. tree ..
      " rockspec/zhtext-scm-1.rockspec")
    assert.is_true(ok, out)
    ok, out = sh("cd / && LUA_PATH='" .. tree .. "/share/lua/5.4/?.lua;" .. tree ..
      "/share/lua/5.4/?/init.lua;;' LUA_CPATH='" .. tree .. "/lib/lua/5.4/?.so;;' " ..
      "lua5.4 -e 'local zt = require \"zhtext\"; print(zt._VERSION, require(\"zhtext.core\")._VERSION)'")
    assert.is_true(ok, out)
    assert.matches("zhtext scm\tzhtext.core scm", out, 1, true)
    -- the installed command, with the tree's paths as `luarocks path` gives them
    local ok2, out2 = sh("eval \"$(luarocks --lua-version=5.4 path --tree " .. tree .. ")\" && cd / && " ..
      "printf '各位代表：\\n\\n全年地区生产总值增长7.1%%。我们将继续努力！\\n' | " .. tree .. "/bin/zhtext sentences -")
    sh("rm -rf " .. tree)
    assert.is_true(ok2, out2)
    assert.are.equal("各位代表：\n全年地区生产总值增长7.1%。\n我们将继续努力！\n", out2)
  end)
end)
