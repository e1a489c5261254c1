-- The html report in a real browser: headless Chromium (Debian's package)
-- takes a screenshot that must not be blank, and the page must raise no
-- error, break no Content-Security-Policy rule (a fetch of anything outside
-- the page) and fit a phone's width. Pending when chromium is not installed.
local format = require "zhtext.format"

local CHROMIUM = "/usr/bin/chromium"

local function exists(path)
  local fh = io.open(path, "rb")
  if fh then fh:close() end
  return fh ~= nil
end

local function sh(cmd)
  local p = io.popen(cmd .. " 2>&1")
  local out = p:read("a")
  p:close()
  return out
end

local TEXT = "政府工作报告\n\n全年地区生产总值增长7.1%，规模以上工业增加值增长8%，一般公共预算收入达114.5亿元。\n" ..
  "今年主要预期目标是：地区生产总值增长5%左右；居民收入增长5%—5.5%。\n"

local function result()
  local sents, recs = {}, {}
  local pos = 1
  for s in TEXT:gmatch("[^\n]+") do
    local i, j = TEXT:find(s, pos, true)
    pos = j + 1
    sents[#sents + 1] = { index = #sents + 1, i = i, j = j, text = s, heading = #sents == 0 }
  end
  local function at(s, kind, value, unit, extra)
    local i = assert(TEXT:find(s, 1, true))
    local r = { i = i, j = i + #s - 1, text = s, kind = kind, value = value, unit = unit }
    for k, v in pairs(extra or {}) do r[k] = v end
    return r
  end
  local nums = { at("7.1%", "percent", 7.1), at("8%", "percent", 8), at("114.5亿", "number", 11450000000, "元"),
    at("5%", "percent", 5, nil, { approx = "about" }), at("5%—5.5%", "percent", nil, nil, { lo = 5, hi = 5.5 }) }
  local doc = { text = TEXT, sentences = function() return sents end, numbers = function() return nums end }
  local function rec(rule, s, fields)
    local i = assert(TEXT:find(s, 1, true))
    local r = { rule = rule, file = "demo.txt", i = i, j = i + #s - 1, text = s }
    for k, v in pairs(fields) do r[k] = v end
    recs[#recs + 1] = r
  end
  rec("indicators", "地区生产总值增长7.1%", { subject = "地区生产总值", verb = "增长", value = 7.1, kind = "percent" })
  rec("indicators", "规模以上工业增加值增长8%",
    { subject = "规模以上工业增加值", verb = "增长", value = 8, kind = "percent" })
  rec("indicators", "一般公共预算收入达114.5亿元",
    { subject = "一般公共预算收入", verb = "达", value = 11450000000, unit = "元" })
  rec("targets", "地区生产总值增长5%左右", { indicator = "地区生产总值", relation = "about", value = 5, kind = "percent" })
  rec("targets", "居民收入增长5%—5.5%",
    { indicator = "居民收入", relation = "range", lo = 5, hi = 5.5, kind = "percent" })
  return {
    rules = {
      { name = "indicators", description = "achieved figures", fields = { "subject", "verb", "value", "unit" } },
      { name = "targets", description = "expected targets", fields = { "indicator", "relation", "value", "lo", "hi" } },
    },
    documents = { { file = "demo.txt", title = "政府工作报告", doc = doc } },
    records = recs,
    errors = {},
  }
end

-- Records errors, CSP violations and the page's width into attributes of
-- <html>, which --dump-dom shows. The page's CSP allows no script, so the
-- test copy lets this one inline script run.
local PROBE = [[<script>
(function(){var h=document.documentElement;
function note(m){h.setAttribute('data-errors',(h.getAttribute('data-errors')||'')+'|'+m);}
window.addEventListener('error',function(e){note('error '+e.message);});
document.addEventListener('securitypolicyviolation',function(e){
 note('csp '+e.violatedDirective+' '+e.blockedURI);});
var ce=console.error;console.error=function(){
 note('console '+Array.prototype.join.call(arguments,' '));ce.apply(console,arguments);};
window.addEventListener('load',function(){
 h.setAttribute('data-fit',
 (h.scrollWidth<=window.innerWidth?'yes':'no')+' '+h.scrollWidth+'/'+window.innerWidth);});})();
</script>]]

local function chromium(url, dir, extra)
  return sh(CHROMIUM .. " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run" ..
    " --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars" ..
    " --user-data-dir=" .. dir .. " --enable-logging=stderr --v=0 " .. extra .. " " .. url)
end

-- Size and distinct byte values of a PNG's pixel data (the IDAT chunks,
-- inflated with Python's zlib): a page of one colour has only a handful,
-- filtered or not.
local PNGBYTES = [[
import sys,zlib,struct
d=open(sys.argv[1],'rb').read();assert d[:8]==b'\x89PNG\r\n\x1a\n'
p=8;idat=b'';w=h=0
while p<len(d):
  n,t=struct.unpack('>I4s',d[p:p+8]);c=d[p+8:p+8+n];p+=12+n
  if t==b'IHDR':w,h=struct.unpack('>II',c[:8])
  if t==b'IDAT':idat+=c
print(w,h,len(set(zlib.decompress(idat))))
]]

describe("html report in headless Chromium", function()
  if not exists(CHROMIUM) then
    it("renders (needs Debian's chromium: apt-get install chromium)", function()
      pending("chromium not installed")
    end)
    return
  end

  local dir = os.tmpname()
  os.remove(dir)
  os.execute("mkdir -p " .. dir)
  local page = dir .. "/report.html"
  assert(format.write(result(), "html", page))
  local fh = assert(io.open(page, "rb"))
  local html = fh:read("a")
  fh:close()
  local probe = html:gsub("default%-src 'none';", "default-src 'none'; script-src 'unsafe-inline';", 1)
    :gsub("<head>\n", "<head>\n" .. PROBE:gsub("%%", "%%%%") .. "\n", 1)
  fh = assert(io.open(dir .. "/probe.html", "wb"))
  fh:write(probe)
  fh:close()

  it("takes a screenshot that is not blank", function()
    local png = dir .. "/shot.png"
    local log = chromium("file://" .. page, dir .. "/profile1", "--window-size=1200,900 --screenshot=" .. png)
    assert.is_true(exists(png), log)
    if os.execute("command -v python3 >/dev/null 2>&1") ~= true then
      local f = assert(io.open(png, "rb"))
      local s = f:read("a")
      f:close()
      assert.is_true(#s > 5000, "screenshot is only " .. #s .. " bytes")
      return
    end
    local sp = dir .. "/png.py"
    local f = assert(io.open(sp, "w"))
    f:write(PNGBYTES)
    f:close()
    local w, h, n = sh("python3 " .. sp .. " " .. png):match("(%d+) (%d+) (%d+)")
    assert.are.equal("1200", w)
    assert.are.equal("900", h)
    -- text, chart bars in two rule colours, number highlights: many values
    assert.is_true(tonumber(n) > 40, "only " .. tostring(n) .. " distinct bytes: blank page?")
  end)

  it("raises no error and breaks no CSP rule, on a desktop and on a phone", function()
    -- (headless Chromium makes a window at least 500 px wide)
    for _, size in ipairs({ "1200,900", "360,740" }) do
      local out = chromium("file://" .. dir .. "/probe.html", dir .. "/profile-" .. size:gsub(",", "x"),
        "--window-size=" .. size .. " --dump-dom")
      local root = out:match("<html[^>]*>")
      assert.is_truthy(root, out)
      assert.is_nil(root:match('data%-errors="([^"]*)"'), root)
      assert.is_nil(out:match("CONSOLE[:(]%d+[^\n]*"), out:match("CONSOLE[:(]%d+[^\n]*"))
      -- the page fits the window: nothing wider than a phone's screen
      assert.are.equal("yes", root:match('data%-fit="(%a+)'), root)
    end
  end)

  it("shows a real analysis (the bundled report, every rule) without errors", function()
    local zt = require "zhtext"
    local doc = zt.read("examples/data/changshan-2024-part1.txt")
    if not doc then pending("document layer not available") return end
    local real = dir .. "/real.html"
    assert(format.write(zt.analyze(doc), "html", real))
    local f = assert(io.open(real, "rb"))
    local html2 = f:read("a")
    f:close()
    html2 = html2:gsub("default%-src 'none';", "default-src 'none'; script-src 'unsafe-inline';", 1)
      :gsub("<head>\n", "<head>\n" .. PROBE:gsub("%%", "%%%%") .. "\n", 1)
    f = assert(io.open(real, "wb"))
    f:write(html2)
    f:close()
    local out = chromium("file://" .. real, dir .. "/profile-real", "--window-size=360,740 --dump-dom")
    local root = out:match("<html[^>]*>")
    assert.is_truthy(root, out)
    assert.is_nil(root:match('data%-errors="([^"]*)"'), root)
    assert.are.equal("yes", root:match('data%-fit="(%a+)'), root)
    assert.truthy(out:find("<svg", 1, true))
  end)

  teardown(function() os.execute("rm -rf " .. dir) end)
end)
