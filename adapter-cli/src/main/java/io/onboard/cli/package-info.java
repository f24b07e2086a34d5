/** Driving adapter: the picocli {@code onboard} command (SPEC 7), its command tree and its composition root. */
package io.onboard.cli;
