/**
 * Driven adapter: delivers webhooks over HTTP with Jetty's client, behind the application's {@code WebhookSender}
 * port. The server's delivery loop and the CLI's {@code hook ping} both send through it.
 */
package io.onboard.sender;
