-- wrk: the first COUNT random reads (article, entities or facts of one of ARTICLES) of each wrk thread, then stop;
-- the latency figures are those of a service's first reads after it reports ready.
local articles = tonumber(os.getenv("ARTICLES") or "1")
local count = tonumber(os.getenv("COUNT") or "1000")
local kinds = {"", "/entities", "/facts"}
local answered = 0

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
  return wrk.format("GET", "/api/articles/" .. math.random(1, articles) .. kinds[math.random(1, 3)])
end

function response(status, headers, body)
  answered = answered + 1
  if answered >= count then
    wrk.thread:stop()
  end
end
