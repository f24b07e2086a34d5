package io.onboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --db names the database file, before or after the command; each run sees what earlier runs wrote. */
class DatabaseOptionTest {
    @TempDir
    Path dir;

    @Test
    void the_database_named_after_the_command_is_the_one_used() {
        Path file = dir.resolve("nested/folder/onboard.db");

        Cli.Run created = Cli.on(dir.resolve("unused.db")).run("account", "create", "T11223351", "--db", file.toString());

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(file).exists();
        assertThat(Files.exists(dir.resolve("unused.db"))).isFalse();
        assertThat(Cli.on(file).run("account", "create", "T11223351").err()).startsWith("DUPLICATE_ACCOUNT");
    }

    @Test
    void two_databases_do_not_share_anything() {
        Cli one = Cli.on(dir.resolve("one.db"));
        Cli two = Cli.on(dir.resolve("two.db"));

        one.ok("account", "create", "T11223351");

        assertThat(two.run("account", "create", "T11223351").exitCode()).isZero();
        assertThat(one.run("account", "create", "T11223351").exitCode()).isEqualTo(1);
    }
}
