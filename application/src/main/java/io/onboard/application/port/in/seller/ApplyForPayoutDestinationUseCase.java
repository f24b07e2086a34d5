package io.onboard.application.port.in.seller;

/** A seller applies for KYC; test-mode accounts may skip ahead with an {@code AUTO_*} description. */
public interface ApplyForPayoutDestinationUseCase {
    PayoutDestinationView apply(ApplyForPayoutDestinationCommand command);
}
