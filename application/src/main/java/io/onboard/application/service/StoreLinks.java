package io.onboard.application.service;

import io.onboard.application.port.out.PayoutDestinations;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.FieldError;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.error.RuleViolationException;
import io.onboard.domain.seller.OrganizationNumber;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import java.util.List;

/** Resolves what a store links to: the seller named by the client, and the organization number it gave. */
final class StoreLinks {
    private final PayoutDestinations sellers;

    StoreLinks(PayoutDestinations sellers) {
        this.sellers = sellers;
    }

    PayoutDestination seller(AccountId account, PayoutDestinationId id) {
        return sellers.find(account, id).orElseThrow(() -> new RuleViolationException(
                ErrorCode.PAYOUT_DESTINATION_NOT_FOUND, "payout destination " + id + " does not exist",
                List.of(new FieldError("payout_destination.payout_destination_id", "payout destination " + id + " does not exist"))));
    }

    /**
     * The organization number a client gave for a store, read in the seller's country. A number that is not
     * even valid there cannot be the seller's, so it is a mismatch rather than a format error.
     */
    static OrganizationNumber givenNumber(String given, PayoutDestination seller) {
        if (given == null || given.isBlank()) {
            return null;
        }
        if (seller.legalEntity().country() == null) {
            throw mismatch(given, seller);
        }
        try {
            return OrganizationNumber.of(seller.legalEntity().country(), given);
        } catch (InvalidValueException e) {
            throw mismatch(given, seller);
        }
    }

    private static RuleViolationException mismatch(String given, PayoutDestination seller) {
        String message = "organization number " + given.strip() + " is not the one of payout destination " + seller.id();
        return new RuleViolationException(ErrorCode.ORGANIZATION_MISMATCH, message,
                List.of(new FieldError("organization.organization_number", message)));
    }
}
