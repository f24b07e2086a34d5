package io.onboard.domain.seller;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.common.CountryCode;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.testdata.Sellers;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class LegalEntityTest {
    private static final CountryCode NO = CountryCode.of("NO");
    private static final CountryCode SE = CountryCode.of("SE");
    private static final Individual KARI = new Individual("Kari Nordmann", LocalDate.of(1985, 5, 17));

    private static InvalidValueException refused(ThrowingCallable call) {
        return refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, call);
    }

    @Test
    void a_company_takes_the_country_of_its_organization_number() {
        LegalEntity company = LegalEntity.company(Sellers.ORG_NUMBER);

        assertThat(company.type()).isEqualTo(LegalEntityType.COMPANY);
        assertThat(company.country()).isEqualTo(NO);
        assertThat(company.organizationNumberIfAny()).contains(Sellers.ORG_NUMBER);
        assertThat(company.individual()).isNull();
    }

    @Test
    void a_company_needs_an_organization_number() {
        assertThat(refused(() -> new LegalEntity(LegalEntityType.COMPANY, NO, null, null)).getMessage())
                .contains("company", "organization number");
    }

    @Test
    void a_company_needs_a_country_code() {
        assertThat(refused(() -> new LegalEntity(LegalEntityType.COMPANY, null, Sellers.ORG_NUMBER, null)).getMessage())
                .contains("company", "country code");
    }

    @Test
    void a_company_needs_an_organization_number_of_its_own_country() {
        InvalidValueException refused = refused(() -> new LegalEntity(LegalEntityType.COMPANY, SE, Sellers.ORG_NUMBER, null));

        assertThat(refused.getMessage()).contains("NO", "SE");
    }

    @Test
    void a_company_has_no_individual_details() {
        refused(() -> new LegalEntity(LegalEntityType.COMPANY, NO, Sellers.ORG_NUMBER, KARI));
    }

    @Test
    void an_individual_has_a_person_and_no_organization_number() {
        LegalEntity person = LegalEntity.individual(KARI, NO);

        assertThat(person.type()).isEqualTo(LegalEntityType.INDIVIDUAL);
        assertThat(person.individual()).isEqualTo(KARI);
        assertThat(person.organizationNumberIfAny()).isEmpty();
    }

    @Test
    void an_individual_needs_the_persons_details() {
        assertThat(refused(() -> new LegalEntity(LegalEntityType.INDIVIDUAL, NO, null, null)).getMessage())
                .contains("individual", "name", "birth date");
    }

    @Test
    void an_individual_may_not_have_an_organization_number() {
        assertThat(refused(() -> new LegalEntity(LegalEntityType.INDIVIDUAL, NO, Sellers.ORG_NUMBER, KARI)).getMessage())
                .contains("individual has no organization number");
    }

    @Test
    void a_person_needs_a_name_and_a_plausible_birth_date() {
        assertThat(refused(() -> new Individual(" ", LocalDate.of(1985, 5, 17))).getMessage())
                .contains("individual name is required");
        assertThat(refused(() -> new Individual("Kari", null)).getMessage()).contains("birth date is required");
        assertThat(refused(() -> new Individual("Kari", LocalDate.of(1899, 12, 31))).getMessage()).contains("1899-12-31", "1900");
        assertThat(new Individual(" Kari ", LocalDate.of(1900, 1, 1)).name()).isEqualTo("Kari");
    }
}
