-- POST /v1/sessions-profile for terminal 1, which the script switched to INACTIVE: 400 TERMINAL_NOT_ENROLLED.
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"order": {"amount": 12900, "currency": "NOK", "merchant_reference": "bench",
  "store": {"id": "store-1", "terminal_id": "T00000001-T0001", "payout_destination_id": "seller-1"}}}]]
