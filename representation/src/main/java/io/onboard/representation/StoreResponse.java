package io.onboard.representation;

import io.onboard.application.port.in.store.StoreView;
import io.onboard.domain.seller.OrganizationNumber;
import io.onboard.domain.store.Coordinates;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreProfile;
import java.time.Instant;

/** A store as SPEC 3 names the fields: merchant {@code store_id}, server {@code id}, seller link and verification. */
public record StoreResponse(String storeId, String id, String storeName, Organization organization,
                            PayoutDestination payoutDestination, AddressJson address, String phoneNumber, String email,
                            String website, CoordinatesJson coordinates, String status, boolean verified,
                            long numberOfTerminals, Instant createdAt, Instant updatedAt) {

    /** {@code organization} of a store: the number it shares with its seller and the names on its receipts. */
    public record Organization(String organizationNumber, String name, String tradeName) {
    }

    /** {@code payout_destination}: the linked seller, with its case status and type on reads. */
    public record PayoutDestination(String payoutDestinationId, String caseStatus, String type) {
    }

    /** {@code coordinates}. */
    public record CoordinatesJson(double latitude, double longitude) {
        static CoordinatesJson from(Coordinates coordinates) {
            return coordinates == null ? null : new CoordinatesJson(coordinates.latitude(), coordinates.longitude());
        }
    }

    public static StoreResponse from(StoreView view) {
        Store store = view.store();
        StoreProfile profile = store.profile();
        return new StoreResponse(store.storeId().value(), store.id().value(), profile.name(),
                new Organization(store.organizationNumber().map(OrganizationNumber::value).orElse(null),
                        profile.names().name(), profile.names().tradeName()),
                new PayoutDestination(store.payoutDestinationId().value(),
                        view.seller().map(s -> s.caseStatus().name()).orElse(null),
                        view.seller().map(s -> s.legalEntity().type().wireName()).orElse(null)),
                AddressJson.from(profile.contact().address()),
                PayoutDestinationResponse.text(profile.contact().phoneNumber()),
                PayoutDestinationResponse.text(profile.contact().email()),
                PayoutDestinationResponse.text(profile.contact().website()),
                CoordinatesJson.from(profile.coordinates()), store.status().name(), view.verified(),
                view.numberOfTerminals(), store.createdAt(), store.updatedAt());
    }
}
