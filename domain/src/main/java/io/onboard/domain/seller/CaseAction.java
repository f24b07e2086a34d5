package io.onboard.domain.seller;

import io.onboard.domain.common.Shown;
import io.onboard.domain.error.InvalidValueException;
import java.util.Locale;

/**
 * What can happen to a KYC case. The seller's own steps are {@linkplain #isReview() not reviews}; approving,
 * declining, asking for details and terminating are decisions of the reviewer (admin scope). The three
 * {@code SCREENING_*} events come from the screening port, never from a client.
 */
public enum CaseAction {
    SUBMIT_DECLARATION(false, true),
    SIGN(false, true),
    SUBMIT_DETAILS(false, true),
    ARCHIVE(false, true),
    APPROVE(true, true),
    DECLINE(true, true),
    REQUEST_DETAILS(true, true),
    TERMINATE(true, true),
    SCREENING_PASSED(false, false),
    SCREENING_FLAGGED(false, false),
    SCREENING_FAILED(false, false);

    private final boolean review;
    private final boolean clientAction;

    CaseAction(boolean review, boolean clientAction) {
        this.review = review;
        this.clientAction = clientAction;
    }

    public boolean isReview() {
        return review;
    }

    /** The action's name in API paths and messages ({@code submit_declaration}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an action a client may ask for; screening events are not among them. */
    public static CaseAction parseClientAction(String wireName) {
        for (CaseAction action : values()) {
            if (action.clientAction && action.wireName().equals(wireName)) {
                return action;
            }
        }
        throw new InvalidValueException("unknown case action " + (wireName == null ? "null" : Shown.of(wireName))
                + "; one of submit_declaration, sign, submit_details, archive, approve, decline, request_details, terminate");
    }
}
