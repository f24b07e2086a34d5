package io.onboard.application.port.in.event;

import io.onboard.application.paging.Page;
import io.onboard.application.port.out.Event;

/** Lists an account's events a page at a time, to catch up on changes. */
public interface ListEventsUseCase {
    Page<Event> list(ListEventsQuery query);
}
