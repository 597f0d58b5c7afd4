-- The wrk script of `npm run bench` (bench/processes.ts): each thread requests its share of the paths in
-- $BENCH_PATHS (one a line) in turn, so that a dossier is acted on once, each with its own body from
-- $BENCH_BODIES when given (the same line); non-2xx responses are counted (the first one's status and body kept);
-- the result is printed as one line of JSON after "BENCH_RESULT ".
wrk.method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY")
if body ~= nil and body ~= "" then wrk.body = body end

local thread_count = tonumber(os.getenv("BENCH_THREADS") or "1")
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local function mine(file)
  local lines = {}
  local all = {}
  local n = 0
  for line in io.lines(file) do
    if line ~= "" then
      if n % thread_count == id then table.insert(lines, line) end
      table.insert(all, line)
      n = n + 1
    end
  end
  -- Fewer paths than threads (a single /healthz): a thread with no share of its own requests them all,
  -- instead of requesting "/" (nil) as it did.
  if #lines == 0 then return all end
  return lines
end

function init(args)
  paths = mine(os.getenv("BENCH_PATHS"))
  local bodies_file = os.getenv("BENCH_BODIES")
  if bodies_file ~= nil and bodies_file ~= "" then bodies = mine(bodies_file) end
  turn = 0
  non2xx = 0
end

function request()
  turn = turn % #paths + 1
  if bodies ~= nil then return wrk.format(nil, paths[turn], nil, bodies[turn]) end
  return wrk.format(nil, paths[turn])
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if first_non2xx == nil then first_non2xx = status .. " " .. string.gsub(string.sub(body or "", 1, 200), '[%c"\\]', " ") end
  end
end

function done(summary, latency, requests)
  local non2xx_total = 0
  local first = ""
  for _, thread in ipairs(threads) do
    non2xx_total = non2xx_total + thread:get("non2xx")
    if first == "" and thread:get("first_non2xx") ~= nil then first = thread:get("first_non2xx") end
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"durationUs":%d,"p50Us":%.0f,"p95Us":%.0f,"p99Us":%.0f,"non2xx":%d,"socketErrors":%d,"firstNon2xx":"%s"}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99), non2xx_total,
    e.connect + e.read + e.write + e.timeout, first))
end
