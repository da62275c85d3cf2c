-- wrk: a flood of searches that each use a query string never sent before, with every fifth request reading the
-- hot article; counts how often the hot article was answered from memory (X-Cache: hit).
local threads = {}
counter = 0
hot_total, hot_hits, distinct = 0, 0, 0

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  prefix = "t" .. id .. "-"
end

function request()
  counter = counter + 1
  if counter % 5 == 0 then
    return wrk.format("GET", "/api/articles/1")
  end
  distinct = distinct + 1
  return wrk.format("GET", "/api/entities?q=" .. prefix .. counter)
end

function response(status, headers, body)
  if headers["Offset-Unit"] ~= nil then
    hot_total = hot_total + 1
    if headers["X-Cache"] == "hit" then
      hot_hits = hot_hits + 1
    end
  end
end

function done(summary, latency, requests)
  local total, hits, queries = 0, 0, 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("hot_total")
    hits = hits + thread:get("hot_hits")
    queries = queries + thread:get("distinct")
  end
  io.write(string.format("DISTINCT %d HOT %d HITS %d\n", queries, total, hits))
end
