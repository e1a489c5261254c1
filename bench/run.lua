-- make bench: run every bench/*_bench.lua in one go, each in its own lua5.4
-- process (so one bench's garbage does not slow the next), from the checkout.
local paths = "LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/?.so;;' "
local p = assert(io.popen("ls bench/*_bench.lua 2>/dev/null"))
local files = {}
for f in p:lines() do files[#files + 1] = f end
p:close()
table.sort(files)
local failed = 0
for _, f in ipairs(files) do
  io.write("\n== ", f, "\n")
  io.flush()
  local ok = os.execute(paths .. "lua5.4 " .. f)
  if not ok then
    failed = failed + 1
    io.write("!! ", f, " failed\n")
  end
end
if failed > 0 then os.exit(1) end
