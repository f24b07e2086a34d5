package io.onboard.domain.access;

import static io.onboard.domain.access.Scope.ADMIN_ACCOUNTS;
import static io.onboard.domain.access.Scope.READ_ACCOUNTS;
import static io.onboard.domain.access.Scope.READ_CHECKOUT;
import static io.onboard.domain.access.Scope.WRITE_ACCOUNTS;
import static io.onboard.domain.access.Scope.WRITE_CHECKOUT;
import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.testdata.Echoes;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScopeTest {

    /** SPEC 6: write implies read, admin implies all account scopes; checkout scopes stand alone. */
    private static final Map<Scope, Set<Scope>> GRANTS = Map.of(
            READ_ACCOUNTS, EnumSet.of(READ_ACCOUNTS),
            WRITE_ACCOUNTS, EnumSet.of(WRITE_ACCOUNTS, READ_ACCOUNTS),
            ADMIN_ACCOUNTS, EnumSet.of(ADMIN_ACCOUNTS, WRITE_ACCOUNTS, READ_ACCOUNTS),
            READ_CHECKOUT, EnumSet.of(READ_CHECKOUT),
            WRITE_CHECKOUT, EnumSet.of(WRITE_CHECKOUT));

    static Stream<Arguments> everyPairOfScopes() {
        return Stream.of(Scope.values()).flatMap(held -> Stream.of(Scope.values()).map(needed -> Arguments.of(held, needed)));
    }

    @ParameterizedTest(name = "{0} grants {1}?")
    @MethodSource("everyPairOfScopes")
    void a_scope_grants_exactly_itself_and_the_scopes_it_implies(Scope held, Scope needed) {
        assertThat(held.grants(needed)).isEqualTo(GRANTS.get(held).contains(needed));
    }

    @Test
    void admin_implies_write_and_write_implies_read_but_not_the_other_way() {
        assertThat(ADMIN_ACCOUNTS.grants(WRITE_ACCOUNTS)).isTrue();
        assertThat(WRITE_ACCOUNTS.grants(READ_ACCOUNTS)).isTrue();
        assertThat(READ_ACCOUNTS.grants(WRITE_ACCOUNTS)).isFalse();
        assertThat(WRITE_ACCOUNTS.grants(ADMIN_ACCOUNTS)).isFalse();
    }

    @Test
    void account_scopes_never_grant_checkout_and_checkout_scopes_never_grant_accounts() {
        assertThat(ADMIN_ACCOUNTS.grants(WRITE_CHECKOUT)).isFalse();
        assertThat(ADMIN_ACCOUNTS.grants(READ_CHECKOUT)).isFalse();
        assertThat(WRITE_CHECKOUT.grants(READ_CHECKOUT)).isFalse();
        assertThat(WRITE_CHECKOUT.grants(READ_ACCOUNTS)).isFalse();
    }

    @Test
    void scopes_parse_from_their_wire_names() {
        assertThat(Scope.parse("read:accounts")).isEqualTo(READ_ACCOUNTS);
        assertThat(Scope.parse("write:accounts")).isEqualTo(WRITE_ACCOUNTS);
        assertThat(Scope.parse("admin:accounts")).isEqualTo(ADMIN_ACCOUNTS);
        assertThat(Scope.parse("read:checkout")).isEqualTo(READ_CHECKOUT);
        assertThat(Scope.parse("write:checkout")).isEqualTo(WRITE_CHECKOUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "READ_ACCOUNTS", "Read:Accounts", "read:account", "delete:accounts"})
    void an_unknown_scope_is_refused_and_the_known_ones_are_listed(String wireName) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> Scope.parse(wireName));

        assertThat(refused.getMessage()).contains("unknown scope", "read:accounts", "write:accounts", "admin:accounts",
                "read:checkout", "write:checkout");
    }

    @Test
    void a_hostile_scope_is_echoed_shortened_and_without_control_characters() {
        Echoes.assertEchoedSafely(refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> Scope.parse(Echoes.HOSTILE)).getMessage());
    }

    @Test
    void a_list_of_scopes_is_parsed_ignoring_surrounding_spaces() {
        assertThat(Scope.parseAll(List.of("read:accounts", " write:checkout "))).containsExactlyInAnyOrder(READ_ACCOUNTS,
                WRITE_CHECKOUT);
    }

    @Test
    void a_list_with_one_unknown_scope_is_refused() {
        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> Scope.parseAll(List.of("read:accounts", "root")));
    }
}
