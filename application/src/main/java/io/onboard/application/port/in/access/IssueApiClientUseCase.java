package io.onboard.application.port.in.access;

/** Issues client credentials (client id and secret) for an existing account. */
public interface IssueApiClientUseCase {
    IssuedClient issue(IssueApiClientCommand command);
}
