package io.onboard.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a database is named: which engine a name opens, and what a log line may show of it. */
class JdbcStorageTest {
    @Test
    void a_postgresql_url_names_postgresql_and_anything_else_a_sqlite_file() {
        assertThat(JdbcStorage.isPostgres("jdbc:postgresql://db:5432/onboard")).isTrue();
        assertThat(JdbcStorage.isPostgres("./onboard.db")).isFalse();
        assertThat(JdbcStorage.isPostgres("postgresql.db")).isFalse();
    }

    @Test
    void a_log_line_shows_no_password() {
        assertThat(JdbcStorage.describe("jdbc:postgresql://db:5432/onboard?user=onboard&password=hunter2&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/onboard?user=onboard&password=***&ssl=true");
        assertThat(JdbcStorage.describe("jdbc:postgresql://onboard:hunter2@db:5432/onboard"))
                .isEqualTo("jdbc:postgresql://***@db:5432/onboard");
    }
}
