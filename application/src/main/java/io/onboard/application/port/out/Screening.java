package io.onboard.application.port.out;

import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.ScreeningOutcome;

/**
 * Automatic KYC screening of a signed case (sanctions lists, registry look-ups, ...). Throwing, or
 * answering {@code FAILED_TO_RUN}, puts the case in {@code ERROR} for a reviewer.
 */
public interface Screening {
    ScreeningOutcome screen(PayoutDestination seller);
}
