package io.onboard.representation;

import io.onboard.domain.session.SessionOrder;
import io.onboard.domain.session.TerminalSession;
import java.time.Instant;

/** An accepted terminal session (SPEC 5). */
public record SessionResponse(String id, Order order, String profileId, Url url, String status, Instant createdAt) {

    /** {@code order}. */
    public record Order(long amount, String currency, String merchantReference, StoreTarget store) {
    }

    /** {@code order.store}. */
    public record StoreTarget(String id, String terminalId, String payoutDestinationId) {
    }

    /** {@code url}. */
    public record Url(String callbackUrl) {
    }

    public static SessionResponse from(TerminalSession session) {
        SessionOrder order = session.order();
        return new SessionResponse(session.id().value(),
                new Order(order.money().amount(), order.money().currency().value(), order.merchantReference(),
                        new StoreTarget(order.target().storeId().value(), order.target().terminalId().value(),
                                order.target().payoutDestinationId().value())),
                session.profileId(), session.callbackUrl() == null ? null : new Url(session.callbackUrl().value()),
                session.status().name(), session.createdAt());
    }
}
