package io.onboard.application.port.in.seller;

/**
 * Moves a seller's KYC case along its lifecycle. Signing runs automatic screening at once; a case that
 * becomes {@code ACTIVE} fills the empty fields of the seller's stores from its validated data.
 */
public interface TakeCaseActionUseCase {
    PayoutDestinationView act(CaseActionCommand command);
}
