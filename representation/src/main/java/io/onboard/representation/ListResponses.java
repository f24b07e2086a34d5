package io.onboard.representation;

import io.onboard.application.paging.Cursor;
import io.onboard.application.paging.Page;
import io.onboard.application.port.out.Event;
import io.onboard.application.port.in.seller.PayoutDestinationView;
import io.onboard.application.port.in.store.StoreView;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.domain.operation.TerminalOperation;
import io.onboard.domain.webhook.Delivery;
import io.onboard.domain.webhook.Subscription;
import java.util.List;

/** SPEC 6 list bodies: the page's items under the resource's plural name and the next page's cursor (or null). */
public final class ListResponses {
    private ListResponses() {
    }

    /** {@code {"payout_destinations": [...], "starting_after": ...}}. */
    public record PayoutDestinations(List<PayoutDestinationResponse> payoutDestinations, String startingAfter) {
    }

    /** {@code {"stores": [...], "starting_after": ...}}. */
    public record Stores(List<StoreResponse> stores, String startingAfter) {
    }

    /** {@code {"terminals": [...], "starting_after": ...}}. */
    public record Terminals(List<TerminalResponse> terminals, String startingAfter) {
    }

    /**
     * A page of events. Besides the next page's cursor, {@code resume_after} is where to ask again later to catch
     * up: after the last event returned, or where this page was asked from when it returned none.
     */
    public record Events(List<EventResponse> events, String startingAfter, String resumeAfter) {
    }

    public static Events events(Page<Event> page, String askedAfter) {
        String resume = page.items().isEmpty() ? askedAfter
                : io.onboard.application.port.out.Events.cursorAfter(page.items().get(page.items().size() - 1)).encode();
        return new Events(page.items().stream().map(EventResponse::from).toList(), next(page), resume);
    }

    /** {@code {"subscriptions": [...], "starting_after": ...}}; never with their secrets. */
    public record Subscriptions(List<SubscriptionResponse> subscriptions, String startingAfter) {
    }

    /** {@code {"deliveries": [...], "starting_after": ...}}. */
    public record Deliveries(List<DeliveryResponse> deliveries, String startingAfter) {
    }

    /** {@code {"operations": [...], "starting_after": ...}}. */
    public record Operations(List<OperationResponse> operations, String startingAfter) {
    }

    public static Operations operations(Page<TerminalOperation> page) {
        return new Operations(page.items().stream().map(OperationResponse::from).toList(), next(page));
    }

    public static Subscriptions subscriptions(Page<Subscription> page) {
        return new Subscriptions(page.items().stream().map(SubscriptionResponse::from).toList(), next(page));
    }

    public static Deliveries deliveries(Page<Delivery> page) {
        return new Deliveries(page.items().stream().map(DeliveryResponse::from).toList(), next(page));
    }

    public static PayoutDestinations payoutDestinations(Page<PayoutDestinationView> page) {
        return new PayoutDestinations(page.items().stream().map(PayoutDestinationResponse::from).toList(), next(page));
    }

    public static Stores stores(Page<StoreView> page) {
        return new Stores(page.items().stream().map(StoreResponse::from).toList(), next(page));
    }

    public static Terminals terminals(Page<TerminalView> page, boolean includeStore) {
        return new Terminals(page.items().stream().map(v -> TerminalResponse.from(v, includeStore)).toList(), next(page));
    }

    private static String next(Page<?> page) {
        return page.next().map(Cursor::encode).orElse(null);
    }
}
