package io.onboard.domain.seller;

import io.onboard.domain.common.Text;

/** A company's registered name and the name it trades under; either may be null when not given. */
public record Organization(String name, String tradeName) {
    public static final Organization NONE = new Organization(null, null);

    public Organization {
        name = Text.optional(name, 200, "organization name");
        tradeName = Text.optional(tradeName, 200, "organization trade name");
    }

    /** This organization with each missing name taken from {@code fallback}. */
    public Organization orElse(Organization fallback) {
        return new Organization(name != null ? name : fallback.name, tradeName != null ? tradeName : fallback.tradeName);
    }
}
