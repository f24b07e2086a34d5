package io.onboard.http;

import io.onboard.application.port.in.store.DeleteStoreCommand;
import io.onboard.application.port.in.store.ListStoresQuery;
import io.onboard.application.port.in.store.StoreView;
import io.onboard.domain.access.Scope;
import io.onboard.representation.ListResponses;
import io.onboard.representation.StoreCreateRequest;
import io.onboard.representation.StoreResponse;
import io.onboard.representation.StoreUpdateRequest;
import java.util.List;

/** Stores: {@code {store_id}} in a path is the server id or the merchant store id. */
final class StoreEndpoints {
    static final String STORES = "/v1/accounts/{aid}/stores";
    static final String STORE = STORES + "/{store_id}";

    private final UseCases useCases;

    StoreEndpoints(UseCases useCases) {
        this.useCases = useCases;
    }

    void register(Router router) {
        router.post(STORES, Scope.WRITE_ACCOUNTS, this::create);
        router.get(STORES, Scope.READ_ACCOUNTS, this::list);
        router.get(STORE, Scope.READ_ACCOUNTS, this::get);
        router.put(STORE, Scope.WRITE_ACCOUNTS, this::update);
        router.delete(STORE, Scope.WRITE_ACCOUNTS, this::delete);
    }

    private Reply create(Call call) {
        StoreView view = useCases.createStore().create(call.body(StoreCreateRequest.class).toCommand(call.account()));
        return Reply.created(StoreResponse.from(view), view.version(), call.pathTo(STORES, view.serverId().value()));
    }

    private Reply list(Call call) {
        var page = useCases.listStores().list(new ListStoresQuery(call.account(), Queries.limit(call),
                call.query("starting_after"), call.query("payout_destination_id"), call.query("status")));
        return Reply.ok(ListResponses.stores(page));
    }

    private Reply get(Call call) {
        return one(useCases.getStore().get(call.account(), call.path("store_id")));
    }

    private List<Reply> current(Call call) {
        return List.of(get(call));
    }

    private Reply update(Call call) {
        Long expected = call.expectedVersion(() -> current(call));
        StoreUpdateRequest request = call.body(StoreUpdateRequest.class);
        return one(useCases.updateStore().update(request.toCommand(call.account(), call.path("store_id"), expected)));
    }

    private Reply delete(Call call) {
        Long expected = call.expectedVersion(() -> current(call));
        call.noBody();
        return one(useCases.deleteStore().delete(new DeleteStoreCommand(call.account(), call.path("store_id"), expected)));
    }

    private static Reply one(StoreView view) {
        return Reply.ok(StoreResponse.from(view), view.store().version());
    }
}
