-- wrk script: GET /v1/sync/changes from many stations. Arguments: TOKENS_FILE
-- Each request reads a station's feed from the start (catalogue plus its own rows).
local counter = 0
local threads = {}
function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  threads[#threads + 1] = thread
end

function init(args)
  tokens = {}
  for line in io.lines(args[1]) do
    if #line > 0 then tokens[#tokens + 1] = line end
  end
  math.randomseed(os.time() * 1000 + tid)
  statuses = {}
end

-- Answers by status, so the errors can be told apart (503 busy, 429, 413, ...).
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("statuses")) do total[status] = (total[status] or 0) + n end
  end
  local parts = {}
  for status, n in pairs(total) do parts[#parts + 1] = string.format("%d:%d", status, n) end
  table.sort(parts)
  io.write("Statuses: " .. table.concat(parts, " ") .. "\n")
end

function request()
  return wrk.format("GET", "/v1/sync/changes?since=0&limit=50",
    { ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)] })
end
