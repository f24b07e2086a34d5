package io.onboard.application.port.in;

import io.onboard.application.port.in.input.AddressInput;
import io.onboard.domain.common.Email;
import io.onboard.domain.common.PhoneNumber;
import io.onboard.domain.common.Website;

/** The contact details sellers and stores share, for their builders: address, phone, e-mail and website. */
public abstract class ContactParts<B extends ContactParts<B>> {
    protected AddressInput address;
    protected String phoneNumber;
    protected String email;
    protected String website;

    protected abstract B self();

    public B address(AddressInput address) {
        this.address = address;
        return self();
    }

    /** E.164, such as {@code +4722334455}. */
    public B phoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
        return self();
    }

    public B phoneNumber(PhoneNumber phoneNumber) {
        return phoneNumber(phoneNumber.value());
    }

    public B email(String email) {
        this.email = email;
        return self();
    }

    public B email(Email email) {
        return email(email.value());
    }

    /** With its scheme, such as {@code https://oslokaffe.no}. */
    public B website(String website) {
        this.website = website;
        return self();
    }

    public B website(Website website) {
        return website(website.value());
    }
}
