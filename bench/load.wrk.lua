-- wrk script for bench/load.bench.ts: GET the paths listed in a file (one a line) in turn, and print
-- the run's figures as one JSON line.
--   wrk -t1 -c100 -d10s --timeout 10s -s bench/load.wrk.lua http://127.0.0.1:PORT -- paths.txt START THREADS
-- Every thread starts at its own place in the list (START plus a share of the list per thread) and
-- then gives each request of any of its connections the next path, as autocannon's setupRequest did.
-- Defining response() makes wrk hand every answer to Lua; it is what lets 3xx answers count as non-2xx
-- (wrk's own status errors count only 4xx and 5xx).

local threads = {}

function setup(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

local paths = {}
local next_path = 1
non2xx = 0

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  if #paths == 0 then error("no paths in " .. tostring(args[1])) end
  local start = tonumber(args[2] or "0") or 0
  local count = tonumber(args[3] or "1") or 1
  next_path = (start + index * math.floor(#paths / count)) % #paths + 1
end

function request()
  local p = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format("GET", p)
end

function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

function done(summary, latency, requests)
  local n = 0
  for _, t in ipairs(threads) do n = n + (t:get("non2xx") or 0) end
  local e = summary.errors
  io.write(string.format(
    '\nWRK_RESULT {"requests":%d,"duration_us":%d,"bytes":%d,"p50_us":%d,"p99_us":%d,"max_us":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"non2xx":%d}\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.status, e.timeout, n))
end
