package io.onboard.application.service;

import io.onboard.application.port.in.seller.ApplyForPayoutDestinationCommand;
import io.onboard.application.port.in.seller.ApplyForPayoutDestinationUseCase;
import io.onboard.application.port.in.seller.PayoutDestinationView;
import io.onboard.application.port.out.Accounts;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.PayoutDestinations;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.common.CountryCode;
import io.onboard.domain.common.Text;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.seller.CaseData;
import io.onboard.domain.seller.Individual;
import io.onboard.domain.seller.LegalEntity;
import io.onboard.domain.seller.LegalEntityType;
import io.onboard.domain.seller.Organization;
import io.onboard.domain.seller.OrganizationNumber;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.seller.PayoutInterval;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Takes a seller's KYC application, refusing a second case for the same legal entity in the account. */
public final class ApplyForPayoutDestinationService implements ApplyForPayoutDestinationUseCase {
    private final CommandValidator validator = new CommandValidator();
    private final Accounts accounts;
    private final PayoutDestinations sellers;
    private final SellerViews views;
    private final Transactions transactions;
    private final Clock clock;

    ApplyForPayoutDestinationService(Accounts accounts, PayoutDestinations sellers, SellerViews views,
                                     Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.sellers = sellers;
        this.views = views;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public PayoutDestinationView apply(ApplyForPayoutDestinationCommand command) {
        Input in = validator.check(command);
        PayoutDestinationId id = in.parse("payout_destination_id", command.payoutDestinationId(), PayoutDestinationId::new);
        String name = in.parse("payout_destination_name", command.payoutDestinationName(),
                v -> Text.optional(v, PayoutDestination.MAX_NAME_LENGTH, "payout destination name"));
        String description = in.parse("payout_destination_description", command.payoutDestinationDescription(),
                v -> Text.optionalMultiline(v, PayoutDestination.MAX_DESCRIPTION_LENGTH, "payout destination description"));
        LegalEntity entity = legalEntity(in, command, LocalDate.ofInstant(clock.now(), ZoneOffset.UTC));
        Organization organization = Inputs.organization(in, "organization", command.organization());
        CaseData data = new CaseData(organization == null ? Organization.NONE : organization,
                Inputs.contact(in, command.address(), command.phoneNumber(), command.email(), command.website()),
                Inputs.bankAccount(in, command.bankAccounts()),
                in.parse("payout_interval_type", command.payoutIntervalType(), PayoutInterval::parse));
        in.done();

        return transactions.inTransaction(() -> {
            if (accounts.find(command.accountId()).isEmpty()) {
                throw new NotFoundException("account", command.accountId().value());
            }
            if (sellers.find(command.accountId(), id).isPresent()) {
                throw new ConflictException(ErrorCode.DUPLICATE_PAYOUT_DESTINATION,
                        "payout destination " + id + " already exists in account " + command.accountId());
            }
            entity.organizationNumberIfAny().flatMap(number -> sellers.findByOrganizationNumber(command.accountId(), number))
                    .ifPresent(existing -> {
                        throw new ConflictException(ErrorCode.DUPLICATE_LEGAL_ENTITY, "organization " + entity.country()
                                + " " + entity.organizationNumber() + " already has a KYC case in this account, as payout destination "
                                + existing.id());
                    });
            PayoutDestination applied = PayoutDestination.apply(command.accountId(), id, name, description, entity, data,
                    clock.now());
            return views.of(sellers.add(applied));
        });
    }

    private static LegalEntity legalEntity(Input in, ApplyForPayoutDestinationCommand command, LocalDate today) {
        LegalEntityType type = in.parse("type", command.type(), LegalEntityType::parse);
        CountryCode country = in.parse("country_code", command.countryCode(), CountryCode::of);
        if (type == LegalEntityType.COMPANY) {
            if (country == null && !in.isFaulty("country_code")) {
                in.reject("country_code", "is required for a company");
            }
            if (command.organizationNumber() == null || command.organizationNumber().isBlank()) {
                in.reject("organization_number", "is required for a company");
            }
            if (country == null) {
                return null;
            }
            OrganizationNumber number = in.parse("organization_number", command.organizationNumber(),
                    v -> OrganizationNumber.of(country, v));
            return number == null ? null : LegalEntity.company(number);
        }
        if (type == LegalEntityType.INDIVIDUAL) {
            if (command.organizationNumber() != null && !command.organizationNumber().isBlank()) {
                in.reject("organization_number", "an individual has no organization number");
            }
            if (command.individual() == null) {
                in.reject("individual", "is required for an individual: name and birth_date");
                return null;
            }
            LocalDate birthDate = in.parse("individual.birth_date", command.individual().birthDate(),
                    ApplyForPayoutDestinationService::isoDate);
            if (birthDate == null && !in.isFaulty("individual.birth_date")) {
                in.reject("individual.birth_date", "is required for an individual");
            } else if (birthDate != null && !birthDate.isBefore(today)) {
                in.reject("individual.birth_date", "must be a date in the past");
                return null;
            }
            Individual person = birthDate == null ? null
                    : in.value("individual.name", () -> new Individual(command.individual().name(), birthDate));
            return person == null ? null : LegalEntity.individual(person, country);
        }
        return null;
    }

    private static LocalDate isoDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("must be an ISO date such as 1980-12-31");
        }
    }
}
