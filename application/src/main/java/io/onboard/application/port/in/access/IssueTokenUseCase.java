package io.onboard.application.port.in.access;

/** Exchanges client credentials for a bearer token; wrong credentials are {@code UNAUTHORIZED}, whatever was wrong. */
public interface IssueTokenUseCase {
    IssuedToken issue(IssueTokenCommand command);
}
