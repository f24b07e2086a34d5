/**
 * Driving adapter: SPEC 6's HTTP API on Javalin. {@link io.onboard.http.OnboardApi} maps requests to the
 * application's use cases; {@link io.onboard.http.Main} is the server's composition root.
 */
package io.onboard.http;
