package io.onboard.application.service;

import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.in.seller.ListPayoutDestinationsQuery;
import io.onboard.application.port.in.seller.ListPayoutDestinationsUseCase;
import io.onboard.application.port.in.seller.PayoutDestinationView;
import io.onboard.application.port.out.PayoutDestinationQuery;
import io.onboard.application.port.out.PayoutDestinations;
import io.onboard.domain.seller.CaseStatus;
import java.util.Optional;

/** Lists sellers a page at a time, optionally by case status. */
public final class ListPayoutDestinationsService implements ListPayoutDestinationsUseCase {
    private final CommandValidator validator = new CommandValidator();
    private final PayoutDestinations sellers;
    private final SellerViews views;

    ListPayoutDestinationsService(PayoutDestinations sellers, SellerViews views) {
        this.sellers = sellers;
        this.views = views;
    }

    @Override
    public Page<PayoutDestinationView> list(ListPayoutDestinationsQuery query) {
        Input in = validator.check(query);
        PageRequest page = Inputs.page(in, query.limit(), query.startingAfter());
        CaseStatus status = in.parse("case_status", query.caseStatus(), CaseStatus::parse);
        in.done();
        return sellers.list(new PayoutDestinationQuery(query.accountId(), Optional.ofNullable(status), page)).map(views::of);
    }
}
