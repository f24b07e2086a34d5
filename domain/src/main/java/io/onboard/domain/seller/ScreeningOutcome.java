package io.onboard.domain.seller;

/** What automatic KYC screening concluded; a screening that could not run at all is a third outcome. */
public enum ScreeningOutcome {
    PASSED(CaseAction.SCREENING_PASSED),
    FLAGGED(CaseAction.SCREENING_FLAGGED),
    FAILED_TO_RUN(CaseAction.SCREENING_FAILED);

    private final CaseAction event;

    ScreeningOutcome(CaseAction event) {
        this.event = event;
    }

    CaseAction event() {
        return event;
    }
}
