package io.onboard.domain.access;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.onboard.domain.error.AccessDeniedException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.testdata.Accounts;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void a_caller_with_the_needed_scope_in_its_own_account_is_let_through() {
        Caller caller = new Caller(Accounts.TEST, Set.of(Scope.WRITE_ACCOUNTS));

        assertThatCode(() -> caller.require(Accounts.TEST, Scope.WRITE_ACCOUNTS)).doesNotThrowAnyException();
    }

    @Test
    void an_implied_scope_is_enough() {
        Caller admin = new Caller(Accounts.TEST, Set.of(Scope.ADMIN_ACCOUNTS));

        assertThatCode(() -> admin.require(Accounts.TEST, Scope.READ_ACCOUNTS)).doesNotThrowAnyException();
    }

    @Test
    void a_caller_of_another_account_is_refused_with_account_mismatch() {
        Caller caller = new Caller(Accounts.OTHER, Set.of(Scope.ADMIN_ACCOUNTS));

        AccessDeniedException refused = refusal(AccessDeniedException.class, ErrorCode.ACCOUNT_MISMATCH,
                () -> caller.require(Accounts.TEST, Scope.READ_ACCOUNTS));

        assertThat(refused.getMessage()).contains(Accounts.OTHER.value(), Accounts.TEST.value());
        assertThat(refused.unauthenticated()).isFalse();
    }

    @Test
    void the_account_is_checked_before_the_scope() {
        Caller caller = new Caller(Accounts.OTHER, Set.of());

        refusal(AccessDeniedException.class, ErrorCode.ACCOUNT_MISMATCH,
                () -> caller.require(Accounts.TEST, Scope.READ_ACCOUNTS));
    }

    @Test
    void a_caller_without_the_scope_is_refused_with_insufficient_scope_naming_it() {
        Caller reader = new Caller(Accounts.TEST, Set.of(Scope.READ_ACCOUNTS, Scope.WRITE_CHECKOUT));

        AccessDeniedException refused = refusal(AccessDeniedException.class, ErrorCode.INSUFFICIENT_SCOPE,
                () -> reader.require(Accounts.TEST, Scope.WRITE_ACCOUNTS));

        assertThat(refused.getMessage()).contains("write:accounts");
    }

    @Test
    void account_scopes_do_not_open_checkout_calls() {
        Caller admin = new Caller(Accounts.TEST, Set.of(Scope.ADMIN_ACCOUNTS));

        AccessDeniedException refused = refusal(AccessDeniedException.class, ErrorCode.INSUFFICIENT_SCOPE,
                () -> admin.require(Scope.WRITE_CHECKOUT));
        assertThat(refused.getMessage()).contains("write:checkout");
    }

    @Test
    void a_caller_without_any_scope_is_refused() {
        refusal(AccessDeniedException.class, ErrorCode.INSUFFICIENT_SCOPE,
                () -> new Caller(Accounts.TEST, Set.of()).require(Scope.READ_CHECKOUT));
    }
}
