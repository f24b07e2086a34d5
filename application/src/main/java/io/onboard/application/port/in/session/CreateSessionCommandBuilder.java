package io.onboard.application.port.in.session;

import io.onboard.application.port.in.Required;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.CurrencyCode;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.terminal.TerminalId;

/** Builds a {@link CreateSessionCommand}: the order, its target terminal, and optionally a profile and callback. */
public final class CreateSessionCommandBuilder {
    private AccountId account;
    private Long amount;
    private String currency;
    private String merchantReference;
    private StoreTargetInput target;
    private String profileId;
    private String callbackUrl;

    CreateSessionCommandBuilder() {
    }

    public CreateSessionCommandBuilder account(AccountId account) {
        this.account = account;
        return this;
    }

    /** In minor units: 12900 is NOK 129.00. */
    public CreateSessionCommandBuilder amount(long amount) {
        this.amount = amount;
        return this;
    }

    public CreateSessionCommandBuilder currency(CurrencyCode currency) {
        return currency(currency.value());
    }

    /** ISO 4217, such as {@code NOK}. */
    public CreateSessionCommandBuilder currency(String currency) {
        this.currency = currency;
        return this;
    }

    /** The point-of-sale system's own reference for the order. */
    public CreateSessionCommandBuilder merchantReference(String merchantReference) {
        this.merchantReference = merchantReference;
        return this;
    }

    /**
     * The terminal to take the payment on, named the way a point-of-sale system knows it: the merchant
     * {@code store_id} (not the server id), the terminal id and the seller of record.
     */
    public CreateSessionCommandBuilder target(StoreId store, TerminalId terminal, PayoutDestinationId seller) {
        this.target = new StoreTargetInput(store.value(), terminal.value(), seller.value());
        return this;
    }

    public CreateSessionCommandBuilder profileId(String profileId) {
        this.profileId = profileId;
        return this;
    }

    /** Where to report the outcome of the payment. */
    public CreateSessionCommandBuilder callbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
        return this;
    }

    public CreateSessionCommand build() {
        Required.parts().part("account_id", account).part("order.amount", amount).part("order.currency", currency)
                .part("order.merchant_reference", merchantReference).part("order.store", target).check();
        return new CreateSessionCommand(account, new OrderInput(amount, currency, merchantReference, target), profileId,
                callbackUrl == null ? null : new UrlInput(callbackUrl));
    }
}
