-- POST /v1/accounts/T00000001/terminals with a serial number no other request of any run has used.
local token = os.getenv("BENCH_TOKEN")
local run = os.getenv("BENCH_RUN") or "0"
local threads = 0
local counter = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end
request = function()
  counter = counter + 1
  local body = string.format(
    '{"device_serial_number": "R%s-%d-%d", "device_model": "SATURN1000", "store_id": "store-%d"}',
    run, tid, counter, counter % 1000 + 1)
  return wrk.format("POST", "/v1/accounts/T00000001/terminals",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end
