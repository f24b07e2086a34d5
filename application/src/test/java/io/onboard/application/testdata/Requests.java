package io.onboard.application.testdata;

import io.onboard.application.port.in.input.AddressInput;
import io.onboard.application.port.in.input.BankAccountInput;
import io.onboard.application.port.in.input.OrganizationInput;
import io.onboard.application.port.in.seller.ApplyForPayoutDestinationCommand;
import io.onboard.application.port.in.session.CreateSessionCommand;
import io.onboard.application.port.in.session.OrderInput;
import io.onboard.application.port.in.session.StoreTargetInput;
import io.onboard.application.port.in.store.CreateStoreCommand;
import io.onboard.application.port.in.store.PayoutDestinationRefInput;
import io.onboard.application.port.in.store.StoreOrganizationInput;
import io.onboard.application.port.in.terminal.RegisterTerminalCommand;
import io.onboard.domain.account.AccountId;
import java.util.List;

/** Use-case commands as the onboarding guide's integrator would send them. */
public final class Requests {
    private Requests() {
    }

    public static BankAccountInput bankAccount() {
        return new BankAccountInput(Seed.IBAN, "IBAN", "NOK", "NO", "DNBANOKK");
    }

    public static AddressInput address() {
        return new AddressInput("Karl Johans gate 1", null, "0154", "Oslo", "NO");
    }

    /** A Norwegian company with every KYC field complete, so the built-in screener passes it. */
    public static ApplyForPayoutDestinationCommand company(AccountId account, String sellerId, String organizationNumber,
                                                           String description) {
        return new ApplyForPayoutDestinationCommand(account, sellerId, "Oslo Kaffe", description, "company", "NO",
                organizationNumber, new OrganizationInput("Oslo Kaffe AS", "Oslo Kaffe"), null, address(),
                "+4722334455", "post@oslokaffe.no", "https://oslokaffe.no", List.of(bankAccount()), "day");
    }

    /** The guide's store: merchant store_id, the seller's organization number and the seller link. */
    public static CreateStoreCommand store(AccountId account, String storeId, String sellerId, String organizationNumber) {
        return new CreateStoreCommand(account, storeId, "Oslo Center",
                organizationNumber == null ? null : new StoreOrganizationInput(organizationNumber, null, null),
                new PayoutDestinationRefInput(sellerId), null, null, null, null, null);
    }

    public static RegisterTerminalCommand terminal(AccountId account, String serial, String storeId) {
        return new RegisterTerminalCommand(account, serial, Seed.MODEL, storeId, null);
    }

    public static CreateSessionCommand session(AccountId account, String storeId, String terminalId, String sellerId) {
        return new CreateSessionCommand(account,
                new OrderInput(12900L, "NOK", "order-1", new StoreTargetInput(storeId, terminalId, sellerId)), null, null);
    }
}
