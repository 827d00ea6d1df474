-- wrk script: POSTs writes that each change a different record, so none is refused as a
-- duplicate or as a state change already made.
--   BENCH_TOKEN   bearer token
--   BENCH_PATH    the path; {id} becomes the next id of this thread's share of BENCH_IDS
--   BENCH_IDS     optional file, one id a line: thread k of BENCH_THREADS (wrk -t) takes
--                 lines k, k+T, k+2T, ... and stops when its share is used up (each id once)
--   BENCH_BODY    optional JSON body; {n} becomes a value no other request of the run uses
--                 (BENCH_PREFIX, the thread's number and a counter)
-- wrk divides by the whole -d duration even when a thread stopped early, so the rate is
-- counted here: 2xx answers over the time from the first request to the last answer. done()
-- prints "writes ok=… bad=… seconds=… rps=…".
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock, bench_timespec *now);
]]
local now = ffi.new("bench_timespec")
local function now_ms()
    ffi.C.clock_gettime(1, now) -- CLOCK_MONOTONIC
    return tonumber(now.tv_sec) * 1000 + tonumber(now.tv_nsec) / 1e6
end

local threads = {}
local thread_count = 0

function setup(thread)
    thread:set("thread_index", thread_count)
    thread_count = thread_count + 1
    table.insert(threads, thread)
end

local path = os.getenv("BENCH_PATH")
local body = os.getenv("BENCH_BODY")
if body == "" then
    body = nil
end
local prefix = os.getenv("BENCH_PREFIX") or ""
local ids = {}
local next_id = 1
local counter = 0
local exhausted = false
-- Globals, so done() can read them from each thread (thread:get).
first_ms = 0
last_ms = 0
ok = 0
bad = 0

function init(args)
    local file = os.getenv("BENCH_IDS")
    if file and file ~= "" then
        local line_no = 0
        for line in io.lines(file) do
            if line_no % thread_total() == thread_index then
                table.insert(ids, line)
            end
            line_no = line_no + 1
        end
    end
    wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
    if body then
        wrk.headers["Content-Type"] = "application/json"
    end
end

function thread_total()
    return tonumber(os.getenv("BENCH_THREADS"))
end

function request()
    if first_ms == 0 then
        first_ms = now_ms()
    end
    local target = path
    if path:find("{id}", 1, true) then
        if next_id > #ids then
            -- Share used up: stop this thread; what is returned here is not a write.
            exhausted = true
            wrk.thread:stop()
            return wrk.format("GET", "/healthz")
        end
        target = path:gsub("{id}", ids[next_id])
        next_id = next_id + 1
    end
    local payload = nil
    if body then
        counter = counter + 1
        payload = body:gsub("{n}", prefix .. thread_index .. "x" .. counter)
    end
    return wrk.format("POST", target, nil, payload)
end

function response(status, headers, response_body)
    if exhausted then
        return
    end
    if status >= 200 and status < 300 then
        ok = ok + 1
    else
        bad = bad + 1
        if bad <= 3 then
            io.stderr:write("write answered " .. status .. ": " .. response_body:sub(1, 200) .. "\n")
        end
    end
    last_ms = now_ms()
end

function done(summary, latency, requests)
    local total_ok, total_bad, first, last = 0, 0, nil, 0
    for _, thread in ipairs(threads) do
        total_ok = total_ok + thread:get("ok")
        total_bad = total_bad + thread:get("bad")
        local f, l = thread:get("first_ms"), thread:get("last_ms")
        if f > 0 and (first == nil or f < first) then
            first = f
        end
        if l > last then
            last = l
        end
    end
    local seconds = first and (last - first) / 1000 or 0
    io.write(string.format("writes ok=%d bad=%d seconds=%.2f rps=%.1f\n", total_ok, total_bad,
        seconds, seconds > 0 and total_ok / seconds or 0))
end
