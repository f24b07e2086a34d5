package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The console's files as the server serves them: only files of its folder, each with headers that forbid inline
 * script, framing and type sniffing; and, read as source, no way of inserting text as HTML.
 */
class BackofficeEndpointsTest {
    private static final Path SOURCES = Path.of("src/main/resources/backoffice");
    private final TestServer server = new TestServer();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_console_is_served_with_strict_headers_and_its_own_content_types() throws Exception {
        HttpResponse<String> page = get("/backoffice/");
        HttpResponse<String> module = get("/backoffice/pages/terminals.js");
        HttpResponse<String> bare = get("/backoffice");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("script-src 'self'", "frame-ancestors 'none'", "default-src 'none'").doesNotContain("unsafe"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(module.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        assertThat(module.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(bare.statusCode()).isEqualTo(302);
        assertThat(bare.headers().firstValue("Location")).hasValue("/backoffice/");
    }

    @Test
    void only_the_consoles_own_files_are_served() throws Exception {
        for (String path : List.of("/backoffice/missing.js", "/backoffice/..%2fopenapi.yaml", "/backoffice/.hidden.js",
                "/backoffice/logback.xml", "/backoffice/App.js")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body()).as(path).contains("\"error\"");
        }
    }

    @Test
    void the_sources_never_insert_text_as_html_nor_run_inline_script() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String source = Files.readString(file);
                assertThat(source).as(file.toString())
                        .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                                "localStorage", "sessionStorage", "document.cookie");
            }
        }
        assertThat(Files.readString(SOURCES.resolve("index.html"))).doesNotContainPattern("<script(?![^>]*\\bsrc=)")
                .doesNotContainPattern("\\son[a-z]+=");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.api.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
