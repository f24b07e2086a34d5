/** Driving adapter: the picocli onboard command and its main. Filled in by its own issue. */
package io.onboard.cli;
