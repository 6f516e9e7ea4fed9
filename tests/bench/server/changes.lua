-- wrk script: GET /v1/sync/changes from many stations. Arguments: TOKENS_FILE
-- Each request reads a station's feed from the start (catalogue plus its own rows).
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
end

function init(args)
  tokens = {}
  for line in io.lines(args[1]) do
    if #line > 0 then tokens[#tokens + 1] = line end
  end
  math.randomseed(os.time() * 1000 + tid)
end

function request()
  return wrk.format("GET", "/v1/sync/changes?since=0&limit=50",
    { ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)] })
end
