package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar as a real process: first start prints the bootstrap client, which gets a token and creates a store. */
class ServerJarIT {
    @TempDir
    Path folder;

    @Test
    void the_jar_serves_the_api_on_a_fresh_database_and_stops_cleanly_on_sigterm() throws Exception {
        Path db = folder.resolve("data/onboard.db");
        ServerProcess first = ServerProcess.start(db);
        try {
            assertThat(first.credentials).as(first.output.toString()).isNotNull();
            ApiClient client = new ApiClient("http://localhost:" + first.port, OpenApiContract.shared());

            Response token = client.post("/v1/accounts/T00000001/auth/token")
                    .header("Authorization", TokenTest.basic(first.credentials[0], first.credentials[1]))
                    .json("{\"grant_type\": \"client_credentials\"}").send();
            String bearer = token.text("/access_token");
            Response seller = client.post("/v1/accounts/T00000001/management/settings/approvals/payout-destinations")
                    .token(bearer).json(Bodies.activeSeller()).send();
            Response store = client.post("/v1/accounts/T00000001/stores").token(bearer).json(Bodies.guideStore()).send();

            assertThat(token.status()).as(token.toString()).isEqualTo(200);
            assertThat(seller.status()).as(seller.toString()).isEqualTo(201);
            assertThat(store.status()).as(store.toString()).isEqualTo(201);
            assertThat(store.text("/id")).isEqualTo("T00000001-0001");
        } finally {
            first.stop();
        }
        assertThat(first.exitCode).isIn(0, 143);
        assertThat(first.output).anyMatch(line -> line.contains("stopped"));
        assertThat(first.output).anyMatch(line -> line.contains("POST /v1/accounts/T00000001/stores 201"));
        assertThat(String.join("\n", first.output)).doesNotContain("Bearer ", "access_token");
        assertThat(Files.exists(db)).isTrue();

        ServerProcess second = ServerProcess.start(db);
        second.stop();
        assertThat(second.credentials).as("credentials are shown on the first start only").isNull();
    }
}
