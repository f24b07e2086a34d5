package io.onboard.application.testdata;

import io.onboard.domain.account.AccountId;

/** The values of the onboarding guide's example, shared by every test that walks the seed flow. */
public final class Seed {
    public static final AccountId ACCOUNT = AccountId.parse("T11223351");
    public static final AccountId OTHER_ACCOUNT = AccountId.parse("T99887766");
    public static final String SELLER = "seller-1";
    public static final String ORGANIZATION_NUMBER = "923663487";
    /** Another valid Norwegian organization number (MOD11), for a second legal entity. */
    public static final String OTHER_ORGANIZATION_NUMBER = "974760673";
    public static final String IBAN = "NO9386011117947";
    public static final String STORE_ID = "oslo-center";
    public static final String SERIAL = "158222607285";
    public static final String MODEL = "SATURN1000";

    private Seed() {
    }
}
