package io.onboard.domain.seller;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.common.ContactDetails;
import io.onboard.domain.common.Email;
import io.onboard.domain.testdata.Contacts;
import io.onboard.domain.testdata.Sellers;
import org.junit.jupiter.api.Test;

class CaseDataTest {

    @Test
    void an_update_replaces_only_the_parts_it_gives() {
        CaseData base = Sellers.completeData();
        CaseData update = new CaseData(null, null, null, PayoutInterval.MONTH);

        CaseData updated = base.updatedWith(update);

        assertThat(updated).isEqualTo(new CaseData(base.organization(), base.contact(), base.bankAccount(),
                PayoutInterval.MONTH));
    }

    @Test
    void organization_names_and_contact_details_are_merged_part_by_part() {
        CaseData base = Sellers.completeData();
        Email newEmail = new Email("ny@fjordkaffe.no");

        CaseData updated = base.updatedWith(new CaseData(new Organization(null, "Fjord Kaffebar"),
                new ContactDetails(null, null, newEmail, null), null, null));

        assertThat(updated.organization()).isEqualTo(new Organization("Fjord Kaffe AS", "Fjord Kaffebar"));
        assertThat(updated.contact()).isEqualTo(new ContactDetails(Contacts.sellerAddress(),
                base.contact().phoneNumber(), newEmail, base.contact().website()));
        assertThat(updated.bankAccount()).isEqualTo(base.bankAccount());
    }

    @Test
    void data_without_any_part_is_empty() {
        assertThat(CaseData.NONE.isEmpty()).isTrue();
        assertThat(new CaseData(null, null, null, null).isEmpty()).isTrue();
        assertThat(new CaseData(null, null, null, PayoutInterval.DAY).isEmpty()).isFalse();
        assertThat(new CaseData(new Organization("X", null), null, null, null).isEmpty()).isFalse();
        assertThat(Sellers.completeData().isEmpty()).isFalse();
    }

    @Test
    void an_update_can_complete_parts_that_were_never_given() {
        CaseData base = new CaseData(null, null, Sellers.BANK_ACCOUNT, PayoutInterval.DAY);
        Email email = new Email("post@fjordkaffe.no");

        CaseData updated = base.updatedWith(new CaseData(new Organization("Fjord Kaffe AS", null),
                new ContactDetails(null, null, email, null), null, null));

        assertThat(updated.organization()).isEqualTo(new Organization("Fjord Kaffe AS", null));
        assertThat(updated.contact()).isEqualTo(new ContactDetails(null, null, email, null));
        assertThat(updated.bankAccount()).isEqualTo(Sellers.BANK_ACCOUNT);
    }
}
