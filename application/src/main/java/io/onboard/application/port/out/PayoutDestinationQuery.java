package io.onboard.application.port.out;

import io.onboard.application.paging.PageRequest;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.seller.CaseStatus;
import java.util.Objects;
import java.util.Optional;

/** A page of one account's sellers, optionally only those in one case status. */
public record PayoutDestinationQuery(AccountId account, Optional<CaseStatus> caseStatus, PageRequest page) {
    public PayoutDestinationQuery {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(caseStatus, "caseStatus");
        Objects.requireNonNull(page, "page");
    }
}
