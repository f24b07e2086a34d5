package io.onboard.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.testdata.Contacts;
import org.junit.jupiter.api.Test;

class ContactDetailsTest {

    @Test
    void missing_parts_are_taken_from_the_fallback_and_given_parts_are_kept() {
        ContactDetails fallback = Contacts.sellerContact();
        PhoneNumber ownPhone = new PhoneNumber("+4711111111");

        ContactDetails merged = new ContactDetails(null, ownPhone, null, null).orElse(fallback);

        assertThat(merged).isEqualTo(new ContactDetails(fallback.address(), ownPhone, fallback.email(), fallback.website()));
    }

    @Test
    void nothing_is_taken_when_everything_was_given() {
        ContactDetails own = Contacts.storeContact();

        assertThat(own.orElse(Contacts.sellerContact())).isEqualTo(own);
    }

    @Test
    void details_are_complete_with_address_phone_and_email() {
        assertThat(Contacts.sellerContact().isComplete()).isTrue();
        assertThat(new ContactDetails(Contacts.sellerAddress(), new PhoneNumber("+4722334455"),
                new Email("post@example.com"), null).isComplete()).isTrue();
        assertThat(new ContactDetails(Contacts.sellerAddress(), null, new Email("post@example.com"), null).isComplete())
                .isFalse();
        assertThat(ContactDetails.NONE.isComplete()).isFalse();
    }
}
