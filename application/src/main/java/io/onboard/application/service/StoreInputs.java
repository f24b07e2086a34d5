package io.onboard.application.service;

import io.onboard.application.port.in.input.AddressInput;
import io.onboard.application.port.in.input.CoordinatesInput;
import io.onboard.application.port.in.store.StoreOrganizationInput;
import io.onboard.domain.common.Text;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.seller.Organization;
import io.onboard.domain.store.StoreProfile;
import io.onboard.domain.store.StoreStatus;

/** Maps the store fields that creation and update share. */
final class StoreInputs {
    private StoreInputs() {
    }

    /** The profile the fields describe; parts not given are null. */
    static StoreProfile profile(Input in, String storeName, StoreOrganizationInput organization, AddressInput address,
                                String phoneNumber, String email, String website, CoordinatesInput coordinates) {
        String name = in.parse("store_name", storeName, v -> Text.optional(v, StoreProfile.MAX_NAME_LENGTH, "store name"));
        Organization names = organization == null ? null
                : in.value("organization", () -> new Organization(organization.name(), organization.tradeName()));
        return new StoreProfile(name, names, Inputs.contact(in, address, phoneNumber, email, website),
                Inputs.coordinates(in, coordinates));
    }

    /** A status a merchant may set: deleting has its own call. */
    static StoreStatus settableStatus(String value) {
        StoreStatus status = StoreStatus.parse(value);
        if (status == StoreStatus.DELETED) {
            throw new InvalidValueException("status can be set to ACTIVE or INACTIVE; delete the store to delete it");
        }
        return status;
    }
}
