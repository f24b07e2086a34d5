package io.onboard.domain.testdata;

import io.onboard.domain.common.Address;
import io.onboard.domain.common.ContactDetails;
import io.onboard.domain.common.CountryCode;
import io.onboard.domain.common.Email;
import io.onboard.domain.common.PhoneNumber;
import io.onboard.domain.common.Website;

/** Addresses and contact details: a seller's, and a different set a merchant might give a store. */
public final class Contacts {
    public static final CountryCode NO = CountryCode.of("NO");

    private Contacts() {
    }

    public static Address sellerAddress() {
        return new Address("Karl Johans gate 1", null, "0154", "Oslo", NO);
    }

    public static ContactDetails sellerContact() {
        return new ContactDetails(sellerAddress(), new PhoneNumber("+4722334455"),
                new Email("post@fjordkaffe.no"), new Website("https://fjordkaffe.no"));
    }

    public static Address storeAddress() {
        return new Address("Storgata 7", "2. etasje", "0155", "Oslo", NO);
    }

    public static ContactDetails storeContact() {
        return new ContactDetails(storeAddress(), new PhoneNumber("+4799887766"),
                new Email("sentrum@fjordkaffe.no"), new Website("https://fjordkaffe.no/sentrum"));
    }
}
