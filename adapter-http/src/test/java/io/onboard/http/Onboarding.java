package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.testdata.Seed;

/** The seed's onboarding over HTTP, step by step, for tests that need a chain in place. */
final class Onboarding {
    final ApiClient client;
    final String token;

    Onboarding(TestServer server) {
        this.client = server.client;
        this.token = server.token(Seed.ACCOUNT);
    }

    Response seller(String body) {
        return created(client.post(Paths.APPROVALS).token(token).json(body).send());
    }

    Response activeSeller() {
        return seller(Bodies.activeSeller());
    }

    Response store(String body) {
        return created(client.post(Paths.STORES).token(token).json(body).send());
    }

    Response terminal(String serial, String storeServerId) {
        return created(client.post(Paths.TERMINALS).token(token).json(Bodies.terminal(serial, storeServerId)).send());
    }

    /** Active seller, the guide's store and one terminal: returns the terminal. */
    Response enrolledTerminal() {
        activeSeller();
        Response store = store(Bodies.guideStore());
        return terminal(Seed.SERIAL, store.text("/id"));
    }

    private static Response created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }
}
