package io.onboard.application.builtin;

import io.onboard.application.port.out.Screening;
import io.onboard.domain.seller.CaseData;
import io.onboard.domain.seller.LegalEntityType;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.ScreeningOutcome;

/**
 * The screener Onboard ships with: it passes a case whose organization number, bank account and contact
 * data are all present and valid, and flags anything else for a person to review. Values are already
 * checked by the domain when given, so what is left to check here is that nothing is missing.
 */
public final class BuiltInScreening implements Screening {
    @Override
    public ScreeningOutcome screen(PayoutDestination seller) {
        CaseData data = seller.data();
        boolean identified = seller.legalEntity().type() == LegalEntityType.INDIVIDUAL
                || seller.legalEntity().organizationNumber() != null;
        boolean complete = identified && data.bankAccount() != null && data.contact() != null && data.contact().isComplete();
        return complete ? ScreeningOutcome.PASSED : ScreeningOutcome.FLAGGED;
    }
}
