package io.onboard.application.testdata;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.Address;
import io.onboard.domain.common.ContactDetails;
import io.onboard.domain.common.CountryCode;
import io.onboard.domain.common.CurrencyCode;
import io.onboard.domain.common.Email;
import io.onboard.domain.common.PhoneNumber;
import io.onboard.domain.common.Website;
import io.onboard.domain.seller.BankAccount;
import io.onboard.domain.seller.BankAccountType;
import io.onboard.domain.seller.CaseData;
import io.onboard.domain.seller.LegalEntity;
import io.onboard.domain.seller.Organization;
import io.onboard.domain.seller.OrganizationNumber;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.seller.PayoutInterval;
import io.onboard.domain.seller.ScreeningOutcome;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreProfile;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.terminal.DeviceModel;
import io.onboard.domain.terminal.SerialNumber;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;
import java.time.Instant;
import java.util.UUID;

/** Domain objects for port tests, built straight through the domain (no use case in between). */
public final class Aggregates {
    public static final CountryCode NO = CountryCode.of("NO");

    private Aggregates() {
    }

    public static CaseData completeCaseData() {
        return new CaseData(new Organization("Oslo Kaffe AS", "Oslo Kaffe"),
                new ContactDetails(new Address("Karl Johans gate 1", null, "0154", "Oslo", NO),
                        new PhoneNumber("+4722334455"), new Email("post@oslokaffe.no"), new Website("https://oslokaffe.no")),
                new BankAccount(Seed.IBAN, BankAccountType.IBAN, CurrencyCode.of("NOK"), NO, "DNBANOKK"),
                PayoutInterval.DAY);
    }

    /** A company seller that has just applied (WAITING_FOR_DECLARATION). */
    public static PayoutDestination applicant(AccountId account, String id, String organizationNumber, Instant now) {
        return PayoutDestination.apply(account, new PayoutDestinationId(id), "Oslo Kaffe", null,
                LegalEntity.company(OrganizationNumber.of(NO, organizationNumber)), completeCaseData(), now);
    }

    /** A company seller whose case is ACTIVE, with validated data captured. */
    public static PayoutDestination activeSeller(AccountId account, String id, String organizationNumber, Instant now) {
        return applicant(account, id, organizationNumber, now).submitDeclaration(CaseData.NONE, now).sign(now)
                .screened(ScreeningOutcome.PASSED, now);
    }

    public static Store store(long number, String storeId, PayoutDestination seller, Instant now) {
        StoreServerId id = StoreServerId.next(seller.accountId(), number);
        return Store.open(id, storeId == null ? null : StoreId.chosenByClient(storeId),
                new StoreProfile("Store " + number, null, null, null), null, seller, now);
    }

    public static Terminal terminal(long number, String serial, Store store, Instant now) {
        return Terminal.register(UUID.randomUUID(), TerminalId.next(store.accountId(), number), new SerialNumber(serial),
                DeviceModel.SATURN1000, store, null, now);
    }
}
