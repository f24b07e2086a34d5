/** Driven adapter: Jdbi over SQLite, implementing the persistence ports. Filled in by its own issue. */
package io.onboard.jdbc;
