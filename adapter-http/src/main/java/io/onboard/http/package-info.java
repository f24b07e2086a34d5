/** Driving adapter: the Javalin HTTP API and the server's main. Filled in by its own issue. */
package io.onboard.http;
