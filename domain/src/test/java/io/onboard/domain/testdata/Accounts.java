package io.onboard.domain.testdata;

import io.onboard.domain.account.AccountId;

/** Account ids used across the tests: a test-mode one, a production one, and a stranger. */
public final class Accounts {
    public static final AccountId TEST = AccountId.parse("T11223351");
    public static final AccountId PRODUCTION = AccountId.parse("P11223351");
    public static final AccountId OTHER = AccountId.parse("T99887766");

    private Accounts() {
    }
}
