package io.onboard.application.contract;

import io.onboard.application.port.out.AccessStorage;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the contract tests of the server's access ports share: the {@link AccessStorage} that sits beside the
 * onboarding storage of {@link #newStorage()}, writing in its transactions and referring to its accounts.
 */
public abstract class AccessPortContractTest extends PortContractTest {
    protected AccessStorage access;

    /** The access storage over the storage {@link #newStorage()} has just made for this test. */
    protected abstract AccessStorage newAccessStorage();

    @BeforeEach
    protected void createAccessStorage() {
        access = newAccessStorage();
    }
}
