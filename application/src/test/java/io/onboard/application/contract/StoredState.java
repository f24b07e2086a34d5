package io.onboard.application.contract;

import static org.assertj.core.api.SoftAssertions.assertSoftly;

import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.store.Store;
import io.onboard.domain.terminal.Terminal;

/**
 * Asserts that an aggregate read back from storage is the one written, accessor by accessor (the
 * aggregates have no {@code equals}); every difference is reported at once.
 */
public final class StoredState {
    private StoredState() {
    }

    public static void assertSameSeller(PayoutDestination actual, PayoutDestination expected) {
        assertSoftly(softly -> {
            softly.assertThat(actual.accountId()).as("account").isEqualTo(expected.accountId());
            softly.assertThat(actual.id()).as("id").isEqualTo(expected.id());
            softly.assertThat(actual.name()).as("name").isEqualTo(expected.name());
            softly.assertThat(actual.description()).as("description").isEqualTo(expected.description());
            softly.assertThat(actual.legalEntity()).as("legal entity").isEqualTo(expected.legalEntity());
            softly.assertThat(actual.data()).as("case data").isEqualTo(expected.data());
            softly.assertThat(actual.caseStatus()).as("case status").isEqualTo(expected.caseStatus());
            softly.assertThat(actual.caseReason()).as("case reason").isEqualTo(expected.caseReason());
            softly.assertThat(actual.validatedData()).as("validated data").isEqualTo(expected.validatedData());
            softly.assertThat(actual.createdAt()).as("created at").isEqualTo(expected.createdAt());
            softly.assertThat(actual.updatedAt()).as("updated at").isEqualTo(expected.updatedAt());
            softly.assertThat(actual.version()).as("version").isEqualTo(expected.version());
        });
    }

    public static void assertSameStore(Store actual, Store expected) {
        assertSoftly(softly -> {
            softly.assertThat(actual.accountId()).as("account").isEqualTo(expected.accountId());
            softly.assertThat(actual.id()).as("id").isEqualTo(expected.id());
            softly.assertThat(actual.storeId()).as("store_id").isEqualTo(expected.storeId());
            softly.assertThat(actual.givenProfile()).as("given profile").isEqualTo(expected.givenProfile());
            softly.assertThat(actual.filledFrom()).as("filled from").isEqualTo(expected.filledFrom());
            softly.assertThat(actual.profile()).as("profile").isEqualTo(expected.profile());
            softly.assertThat(actual.organizationNumber()).as("organization number").isEqualTo(expected.organizationNumber());
            softly.assertThat(actual.payoutDestinationId()).as("payout destination").isEqualTo(expected.payoutDestinationId());
            softly.assertThat(actual.status()).as("status").isEqualTo(expected.status());
            softly.assertThat(actual.createdAt()).as("created at").isEqualTo(expected.createdAt());
            softly.assertThat(actual.updatedAt()).as("updated at").isEqualTo(expected.updatedAt());
            softly.assertThat(actual.version()).as("version").isEqualTo(expected.version());
        });
    }

    public static void assertSameTerminal(Terminal actual, Terminal expected) {
        assertSoftly(softly -> {
            softly.assertThat(actual.id()).as("id").isEqualTo(expected.id());
            softly.assertThat(actual.terminalId()).as("terminal id").isEqualTo(expected.terminalId());
            softly.assertThat(actual.accountId()).as("account").isEqualTo(expected.accountId());
            softly.assertThat(actual.serialNumber()).as("serial number").isEqualTo(expected.serialNumber());
            softly.assertThat(actual.model()).as("model").isEqualTo(expected.model());
            softly.assertThat(actual.storeId()).as("store").isEqualTo(expected.storeId());
            softly.assertThat(actual.status()).as("status").isEqualTo(expected.status());
            softly.assertThat(actual.reason()).as("status reason").isEqualTo(expected.reason());
            softly.assertThat(actual.label()).as("label").isEqualTo(expected.label());
            softly.assertThat(actual.createdAt()).as("created at").isEqualTo(expected.createdAt());
            softly.assertThat(actual.updatedAt()).as("updated at").isEqualTo(expected.updatedAt());
            softly.assertThat(actual.statusChangedAt()).as("status changed at").isEqualTo(expected.statusChangedAt());
            softly.assertThat(actual.deletedAt()).as("deleted at").isEqualTo(expected.deletedAt());
            softly.assertThat(actual.version()).as("version").isEqualTo(expected.version());
        });
    }
}
