package io.onboard.domain.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.enrollment.EnrollmentChain.SellerLink;
import io.onboard.domain.enrollment.EnrollmentChain.StoreLink;
import io.onboard.domain.enrollment.EnrollmentChain.TerminalLink;
import io.onboard.domain.seller.CaseStatus;
import io.onboard.domain.seller.OrganizationNumber;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.store.StoreStatus;
import io.onboard.domain.terminal.TerminalStatus;
import io.onboard.domain.testdata.Accounts;
import io.onboard.domain.testdata.Sellers;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the enrollment rules over thousands of random chains (seeded, so a failure names the chain's
 * run): a terminal is enrolled exactly when every link is in place, every check is always reported, and a
 * failed check always says why.
 */
class EnrollmentProperties {
    private static final int RUNS = 5_000;
    private static final StoreServerId STORE = StoreServerId.next(Accounts.TEST, 1);
    private static final StoreServerId OTHER_STORE = StoreServerId.next(Accounts.TEST, 2);
    private static final PayoutDestinationId SELLER = new PayoutDestinationId("seller-1");

    @Test
    void a_terminal_is_enrolled_exactly_when_every_link_of_its_chain_is_in_place() {
        for (long seed = 0; seed < RUNS; seed++) {
            Random random = new Random(seed);
            TerminalStatus terminalStatus = pick(random, TerminalStatus.values());
            boolean terminalInStore = random.nextInt(5) > 0;
            StoreStatus storeStatus = pick(random, StoreStatus.values());
            boolean storeLinkedToSeller = random.nextInt(5) > 0;
            CaseStatus caseStatus = pick(random, CaseStatus.values());
            Optional<OrganizationNumber> storeNumber = pick(random, numbers());
            Optional<OrganizationNumber> sellerNumber = pick(random, numbers());
            boolean hasTerminal = random.nextInt(10) > 0;
            boolean hasStore = random.nextInt(10) > 0;
            boolean hasSeller = random.nextInt(10) > 0;

            EnrollmentChain chain = new EnrollmentChain(
                    hasTerminal ? Optional.of(new TerminalLink(terminalStatus, Optional.empty(),
                            terminalInStore ? STORE : OTHER_STORE)) : Optional.empty(),
                    hasStore ? Optional.of(new StoreLink(STORE, new StoreId("oslo-center"), storeStatus,
                            storeLinkedToSeller ? SELLER : new PayoutDestinationId("seller-2"), storeNumber))
                            : Optional.empty(),
                    hasSeller ? Optional.of(new SellerLink(SELLER, caseStatus, sellerNumber)) : Optional.empty());
            Readiness readiness = Enrollment.evaluate("T11223351-T0001", chain);

            boolean inPlace = hasTerminal && terminalStatus == TerminalStatus.ACTIVE && terminalInStore && hasStore
                    && storeStatus == StoreStatus.ACTIVE && storeLinkedToSeller && hasSeller
                    && caseStatus == CaseStatus.ACTIVE && storeNumber.equals(sellerNumber);
            assertThat(readiness.enrolled()).as("run %d: %s", seed, chain).isEqualTo(inPlace);
            assertThat(readiness.checks()).as("run %d", seed).extracting(CheckResult::check)
                    .containsExactly(EnrollmentCheck.values());
            assertThat(readiness.failures()).as("run %d", seed).allSatisfy(failure ->
                    assertThat(failure.detail()).isNotBlank());
            assertThat(readiness.failures().isEmpty()).as("run %d", seed).isEqualTo(readiness.enrolled());
        }
    }

    private static List<Optional<OrganizationNumber>> numbers() {
        return List.of(Optional.of(Sellers.ORG_NUMBER), Optional.of(Sellers.OTHER_ORG_NUMBER), Optional.empty());
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
