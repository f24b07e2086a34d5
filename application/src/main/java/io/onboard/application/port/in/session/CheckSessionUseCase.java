package io.onboard.application.port.in.session;

/**
 * Tells whether a session for a target would be accepted, by the very rules of {@link CreateSessionUseCase},
 * without creating one: a dry run that writes nothing.
 */
public interface CheckSessionUseCase {
    SessionCheck check(CheckSessionCommand command);
}
