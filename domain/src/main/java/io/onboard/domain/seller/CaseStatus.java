package io.onboard.domain.seller;

import static io.onboard.domain.seller.CaseAction.APPROVE;
import static io.onboard.domain.seller.CaseAction.ARCHIVE;
import static io.onboard.domain.seller.CaseAction.DECLINE;
import static io.onboard.domain.seller.CaseAction.REQUEST_DETAILS;
import static io.onboard.domain.seller.CaseAction.SCREENING_FAILED;
import static io.onboard.domain.seller.CaseAction.SCREENING_FLAGGED;
import static io.onboard.domain.seller.CaseAction.SCREENING_PASSED;
import static io.onboard.domain.seller.CaseAction.SIGN;
import static io.onboard.domain.seller.CaseAction.SUBMIT_DECLARATION;
import static io.onboard.domain.seller.CaseAction.SUBMIT_DETAILS;
import static io.onboard.domain.seller.CaseAction.TERMINATE;

import io.onboard.domain.common.Shown;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a seller's KYC case stands. The whole lifecycle is the table below: any (status, action) pair not
 * in it is refused with {@code INVALID_CASE_TRANSITION}.
 */
public enum CaseStatus {
    WAITING_FOR_DECLARATION,
    WAITING_FOR_SIGNATURE,
    AUTOMATIC_REVIEW,
    UNDER_MANUAL_REVIEW,
    WAITING_FOR_DETAILS,
    ERROR,
    ACTIVE,
    DECLINED,
    ARCHIVED,
    TERMINATED;

    private static final Map<CaseStatus, Map<CaseAction, CaseStatus>> TRANSITIONS = new EnumMap<>(CaseStatus.class);

    static {
        allow(WAITING_FOR_DECLARATION, SUBMIT_DECLARATION, WAITING_FOR_SIGNATURE);
        allow(WAITING_FOR_SIGNATURE, SIGN, AUTOMATIC_REVIEW);
        allow(AUTOMATIC_REVIEW, SCREENING_PASSED, ACTIVE);
        allow(AUTOMATIC_REVIEW, SCREENING_FLAGGED, UNDER_MANUAL_REVIEW);
        allow(AUTOMATIC_REVIEW, SCREENING_FAILED, ERROR);
        allow(UNDER_MANUAL_REVIEW, APPROVE, ACTIVE);
        allow(ERROR, APPROVE, ACTIVE);
        allow(UNDER_MANUAL_REVIEW, DECLINE, DECLINED);
        allow(ERROR, DECLINE, DECLINED);
        allow(UNDER_MANUAL_REVIEW, REQUEST_DETAILS, WAITING_FOR_DETAILS);
        allow(WAITING_FOR_DETAILS, SUBMIT_DETAILS, UNDER_MANUAL_REVIEW);
        for (CaseStatus beforeActive : new CaseStatus[] {WAITING_FOR_DECLARATION, WAITING_FOR_SIGNATURE,
                AUTOMATIC_REVIEW, UNDER_MANUAL_REVIEW, WAITING_FOR_DETAILS, ERROR, DECLINED}) {
            allow(beforeActive, ARCHIVE, ARCHIVED);
        }
        allow(ACTIVE, TERMINATE, TERMINATED);
    }

    private static void allow(CaseStatus from, CaseAction action, CaseStatus to) {
        TRANSITIONS.computeIfAbsent(from, status -> new EnumMap<>(CaseAction.class)).put(action, to);
    }

    /** The status {@code action} leads to, if it is allowed from here. */
    public Optional<CaseStatus> after(CaseAction action) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(this, Map.of()).get(action));
    }

    /** The status {@code action} leads to; refuses with {@code INVALID_CASE_TRANSITION} when not allowed. */
    public CaseStatus apply(CaseAction action) {
        return after(action).orElseThrow(() -> new ConflictException(ErrorCode.INVALID_CASE_TRANSITION,
                "a case in status " + this + " cannot " + action.wireName()));
    }

    public static CaseStatus parse(String value) {
        try {
            return valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("unknown case status " + (value == null ? "null" : Shown.of(value)));
        }
    }
}
