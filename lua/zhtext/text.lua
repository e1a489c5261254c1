--- zhtext.text: validation, normalisation, display width and decoding.
-- The byte work is in C (csrc/text.c); this module shapes arguments and
-- messages.
local core = require "zhtext.core"

local M = {}

local function checkopts(opts, n)
  if opts == nil then return {} end
  if type(opts) ~= "table" then
    error(("bad argument #%d (options table expected, got %s)"):format(n, type(opts)), 3)
  end
  return opts
end

--- Decodes bytes to UTF-8.
-- opts.encoding forces one ("utf-8", "gb18030"/"gbk", "utf-16le", "utf-16be",
-- "utf-16"); opts.replace puts U+FFFD for invalid input instead of failing;
-- opts.binary accepts control characters; opts.name prefixes messages.
-- Returns text, encoding, replacements | nil, message, byte; the message
-- names file, byte and line: "report.txt: invalid UTF-8 at byte 1234 (line 17)".
-- Binary input: "report.txt: not a text file (NUL byte at byte 17)".
-- UTF-8 comes back byte-identical (BOM and CR kept), so offsets into the text
-- are offsets into the file.
function M.decode(bytes, opts)
  if type(bytes) ~= "string" then
    error(("bad argument #1 to 'decode' (string expected, got %s)"):format(type(bytes)), 2)
  end
  opts = checkopts(opts, 2)
  local t, enc, nbad = core.decode(bytes, opts.encoding, opts.replace, opts.binary)
  if not t then
    if opts.name then enc = opts.name .. ": " .. enc end
    return nil, enc, nbad
  end
  return t, enc, nbad
end

--- The encoding decode would choose: name | nil, message, byte.
function M.detect(bytes, opts)
  local t, enc, b = M.decode(bytes, opts)
  if not t then return nil, enc, b end
  return enc
end

--- true | nil, "invalid UTF-8 at byte N", N, reason.
M.validate = core.validate

--- s with each invalid UTF-8 sequence replaced by U+FFFD, and the count.
M.repair = core.repair

--- Unicode normalisation: form "NFC" (default), "NFD", "NFKC", "NFKD" or
-- "NFKC_Casefold". Returns the text | nil, message, byte for invalid UTF-8.
M.normalize = core.normalize

--- Display columns (a Chinese character or full-width form is 2).
M.width = core.width

return M
