package io.onboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.port.out.Accounts;
import io.onboard.domain.account.Account;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** The contract of {@link Accounts}: what every storage adapter must do with operator accounts. */
public abstract class AbstractAccountsContractTest extends PortContractTest {

    @Test
    public void an_empty_storage_has_no_account_and_one_added_account_is_enough_for_any() {
        assertThat(storage.accounts().any()).isFalse();

        addAccount(ACCOUNT);

        assertThat(storage.accounts().any()).isTrue();
    }

    @Test
    public void an_added_account_is_found_as_it_was_added() {
        Account named = new Account(ACCOUNT, "Oslo Kaffe Group", T0);
        Account unnamed = new Account(OTHER_ACCOUNT, null, minutesAfterStart(1));

        storage.accounts().add(named);
        storage.accounts().add(unnamed);

        assertThat(storage.accounts().find(ACCOUNT)).contains(named);
        assertThat(storage.accounts().find(OTHER_ACCOUNT)).contains(unnamed);
        assertThat(storage.accounts().find(AccountId.parse("P11223351"))).isEmpty();
    }

    @Test
    public void an_account_id_can_be_added_only_once() {
        Account first = addAccount(ACCOUNT);

        assertConflict(() -> storage.accounts().add(new Account(ACCOUNT, "Impostor", minutesAfterStart(1))),
                ErrorCode.DUPLICATE_ACCOUNT);

        assertThat(storage.accounts().find(ACCOUNT)).contains(first);
    }
}
