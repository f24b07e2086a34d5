package io.onboard.http;

import io.onboard.application.testdata.Seed;

/** Request bodies as the onboarding guide's integrator writes them, with the seed's values. */
final class Bodies {
    private Bodies() {
    }

    /** A Norwegian company seller with every KYC field complete, so the built-in screener passes it. */
    static String seller(String id, String organizationNumber, String description) {
        return """
                {"payout_destination_id": "%s", "payout_destination_name": "Oslo Kaffe",
                 "payout_destination_description": %s, "type": "company", "country_code": "NO",
                 "organization_number": "%s", "organization": {"name": "Oslo Kaffe AS", "trade_name": "Oslo Kaffe"},
                 "address": {"address_line": "Karl Johans gate 1", "postal_code": "0154", "postal_place": "Oslo", "country": "NO"},
                 "phone_number": "+4722334455", "email": "post@oslokaffe.no", "website": "https://oslokaffe.no",
                 "bank_accounts": [{"bank_account_number": "%s", "bank_account_number_type": "IBAN",
                   "bank_account_currency": "NOK", "bank_account_country_code": "NO", "bank_identification_code": "DNBANOKK"}],
                 "payout_interval_type": "day"}
                """.formatted(id, description == null ? "null" : "\"" + description + "\"", organizationNumber, Seed.IBAN);
    }

    static String activeSeller() {
        return seller(Seed.SELLER, Seed.ORGANIZATION_NUMBER, "AUTO_APPROVE");
    }

    /** The guide's store, exactly. */
    static String guideStore() {
        return """
                {
                "store_id": "oslo-center",
                "store_name": "Oslo Center",
                "organization": {
                "organization_number": "923663487"
                },
                "payout_destination": {
                "payout_destination_id": "seller-1"
                }
                }
                """;
    }

    static String store(String storeId, String sellerId) {
        return """
                {"store_id": "%s", "store_name": "Store %s", "payout_destination": {"payout_destination_id": "%s"}}
                """.formatted(storeId, storeId, sellerId);
    }

    /** The guide's terminal registration, with the store's server id. */
    static String terminal(String serial, String storeServerId) {
        return """
                {
                "device_serial_number": "%s",
                "device_model": "SATURN1000",
                "store_id": "%s"
                }
                """.formatted(serial, storeServerId);
    }

    static String session(String storeId, String terminalId, String sellerId) {
        return """
                {"order": {"amount": 12900, "currency": "NOK", "merchant_reference": "order-1",
                  "store": {"id": "%s", "terminal_id": "%s", "payout_destination_id": "%s"}}}
                """.formatted(storeId, terminalId, sellerId);
    }
}
