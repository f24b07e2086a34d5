package io.onboard.http;

import io.onboard.application.testdata.Seed;
import io.onboard.domain.account.AccountId;

/** API paths of the seed's account. */
final class Paths {
    static final String ACCOUNT = "/v1/accounts/" + Seed.ACCOUNT.value();
    static final String APPROVALS = ACCOUNT + "/management/settings/approvals/payout-destinations";
    static final String SELLERS = ACCOUNT + "/payout-destinations";
    static final String STORES = ACCOUNT + "/stores";
    static final String TERMINALS = ACCOUNT + "/terminals";
    static final String SESSIONS = "/v1/sessions-profile";

    private Paths() {
    }

    static String token(AccountId account) {
        return "/v1/accounts/" + account.value() + "/auth/token";
    }
}
