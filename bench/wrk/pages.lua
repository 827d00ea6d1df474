-- wrk script: GETs BENCH_PATH with a query picked at random from BENCH_QUERIES (space
-- separated), so the load reads pages from all over the list, not one cached page.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
local queries = {}
for q in string.gmatch(os.getenv("BENCH_QUERIES"), "%S+") do
    table.insert(queries, q)
end
local path = os.getenv("BENCH_PATH")

function init(args)
    math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 1000)
end

function request()
    return wrk.format("GET", path .. "?" .. queries[math.random(#queries)])
end

function done(summary, latency, requests)
    if summary.errors.status > 0 then
        io.stderr:write("non-2xx answers: " .. summary.errors.status .. "\n")
    end
end
