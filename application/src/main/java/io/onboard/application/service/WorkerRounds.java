package io.onboard.application.service;

import io.onboard.application.port.in.operation.RunOperationsUseCase;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The worker's round made of the rounds of each kind of background work it carries out, one after another. */
final class WorkerRounds implements RunOperationsUseCase {
    private final List<RunOperationsUseCase> parts;

    WorkerRounds(List<RunOperationsUseCase> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public Round run() {
        int handled = 0;
        CompletableFuture<?>[] settled = new CompletableFuture<?>[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            Round round = parts.get(i).run();
            handled += round.handled();
            settled[i] = round.settled();
        }
        return new Round(handled, CompletableFuture.allOf(settled));
    }
}
