package io.onboard.http;

import io.onboard.application.port.in.operation.GetOperationUseCase;
import io.onboard.application.port.in.operation.ListOperationsUseCase;
import io.onboard.application.port.in.operation.StartOperationUseCase;
import java.util.Objects;

/** The terminal-operation use cases the API maps requests to (SPEC 10). */
record OperationUseCases(StartOperationUseCase start, GetOperationUseCase get, ListOperationsUseCase list) {
    OperationUseCases {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(get, "get");
        Objects.requireNonNull(list, "list");
    }
}
