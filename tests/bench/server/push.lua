-- wrk script: POST /v1/sync/push from many stations. Arguments: TOKENS_FILE [ITEMS_PER_BATCH]
-- Every request is a new batch of new records (random UUIDs), signed by a random station.
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
  batch = tonumber(args[2] or "10")
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

local function hex(n)
  local t = {}
  for i = 1, n do t[i] = string.format("%x", math.random(0, 15)) end
  return table.concat(t)
end

function request()
  local items = {}
  for i = 1, batch do
    items[i] = string.format(
      '{"id":"%s-%s-7%s-8%s-%s","kind":"help_call","createdAt":"2026-07-06T09:00:00Z","payload":{"reason":"bench"}}',
      hex(8), hex(4), hex(3), hex(3), hex(12))
  end
  local body = '{"items":[' .. table.concat(items, ",") .. '],"backlog":0}'
  return wrk.format("POST", "/v1/sync/push",
    { ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)], ["Content-Type"] = "application/json" }, body)
end
