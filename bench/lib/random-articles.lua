-- wrk: each request reads a random one of ARTICLES stored articles: the article, its entities or its facts.
local articles = tonumber(os.getenv("ARTICLES") or "1")
local prefix = os.getenv("PREFIX") or "/api/articles/"
local kinds = {"", "/entities", "/facts"}

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
  return wrk.format("GET", prefix .. math.random(1, articles) .. kinds[math.random(1, 3)])
end
