-- GET .../terminals/{id}/readiness for random terminals of the generated million.
local terminals = tonumber(os.getenv("BENCH_TERMINALS") or "1000000")
local token = os.getenv("BENCH_TOKEN")
math.randomseed(os.time())
request = function()
  local path = string.format("/v1/accounts/T00000001/terminals/T00000001-T%04d/readiness", math.random(terminals))
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
end
