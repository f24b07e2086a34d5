package io.onboard.application.service;

import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.in.event.ListEventsQuery;
import io.onboard.application.port.in.event.ListEventsUseCase;
import io.onboard.application.port.out.Event;
import io.onboard.application.port.out.EventQuery;
import io.onboard.application.port.out.Events;
import io.onboard.domain.event.EventType;
import java.util.Optional;

/** Lists events a page at a time, optionally by type and resource. */
public final class ListEventsService implements ListEventsUseCase {
    private final CommandValidator validator = new CommandValidator();
    private final Events events;

    ListEventsService(Events events) {
        this.events = events;
    }

    @Override
    public Page<Event> list(ListEventsQuery query) {
        Input in = validator.check(query);
        PageRequest page = Inputs.page(in, query.limit(), query.startingAfter());
        EventType type = in.parse("event", query.event(), EventType::parse);
        in.done();
        return events.list(new EventQuery(query.accountId(), Optional.ofNullable(type),
                Optional.ofNullable(query.resourceId()).filter(id -> !id.isBlank()), page));
    }
}
