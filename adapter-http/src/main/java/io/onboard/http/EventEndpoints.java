package io.onboard.http;

import io.onboard.application.port.in.event.ListEventsQuery;
import io.onboard.domain.access.Scope;
import io.onboard.representation.EventResponse;
import io.onboard.representation.ListResponses;

/** Events (SPEC 9): what changed in the account, in order, to catch up on without polling every resource. */
final class EventEndpoints {
    static final String EVENTS = "/v1/accounts/{aid}/events";

    private final UseCases useCases;

    EventEndpoints(UseCases useCases) {
        this.useCases = useCases;
    }

    void register(Router router) {
        router.get(EVENTS, Scope.READ_ACCOUNTS, this::list);
        router.get(EVENTS + "/{event_id}", Scope.READ_ACCOUNTS, this::get);
    }

    private Reply list(Call call) {
        var page = useCases.listEvents().list(new ListEventsQuery(call.account(), Queries.limit(call),
                call.query("starting_after"), call.query("event"), call.query("resource_id")));
        return Reply.ok(ListResponses.events(page, call.query("starting_after")));
    }

    private Reply get(Call call) {
        return Reply.ok(EventResponse.from(useCases.getEvent().get(call.account(), call.path("event_id"))));
    }
}
