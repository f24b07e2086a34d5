package io.onboard.representation;

import io.onboard.application.port.in.seller.PayoutDestinationView;
import io.onboard.domain.common.ContactDetails;
import io.onboard.domain.common.Email;
import io.onboard.domain.common.PhoneNumber;
import io.onboard.domain.common.Website;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutInterval;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A seller (payout destination) with its KYC case, as SPEC 2 names the fields. */
public record PayoutDestinationResponse(
        String payoutDestinationId, String payoutDestinationName, String payoutDestinationDescription, String type,
        String countryCode, String organizationNumber, OrganizationJson organization, IndividualJson individual,
        AddressJson address, String phoneNumber, String email, String website, List<BankAccountJson> bankAccounts,
        String payoutIntervalType, String caseStatus, String caseStatusReason, Instant createdAt, Instant updatedAt,
        long numberOfStores, long numberOfTerminals) {

    public static PayoutDestinationResponse from(PayoutDestinationView view) {
        PayoutDestination seller = view.seller();
        ContactDetails contact = seller.data().contact();
        var entity = seller.legalEntity();
        return new PayoutDestinationResponse(seller.id().value(), seller.name().orElse(null),
                seller.description().orElse(null), entity.type().wireName(),
                entity.country() == null ? null : entity.country().value(),
                entity.organizationNumberIfAny().map(Object::toString).orElse(null),
                OrganizationJson.from(seller.data().organization()), IndividualJson.from(entity.individual()),
                AddressJson.from(contact.address()), text(contact.phoneNumber()), text(contact.email()),
                text(contact.website()),
                Optional.ofNullable(seller.data().bankAccount()).map(BankAccountJson::from).map(List::of).orElse(List.of()),
                Optional.ofNullable(seller.data().payoutInterval()).map(PayoutInterval::wireName).orElse(null),
                seller.caseStatus().name(), seller.caseReason().orElse(null), seller.createdAt(), seller.updatedAt(),
                view.numberOfStores(), view.numberOfTerminals());
    }

    static String text(PhoneNumber value) {
        return value == null ? null : value.value();
    }

    static String text(Email value) {
        return value == null ? null : value.value();
    }

    static String text(Website value) {
        return value == null ? null : value.value();
    }
}
