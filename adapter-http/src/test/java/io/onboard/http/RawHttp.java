package io.onboard.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.representation.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Requests written byte for byte on a socket, for what no HTTP client library would send; one per connection. */
final class RawHttp {
    private RawHttp() {
    }

    /** An answer read to the end of the connection: status, head and body. */
    record Answer(int status, String head, String text) {
        String header(String name) {
            return head.lines().skip(1).filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name + ":"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse(null);
        }

        JsonNode json() throws IOException {
            return Json.mapper().readTree(text);
        }
    }

    static Answer send(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            String whole = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = whole.indexOf("\r\n\r\n");
            String head = end < 0 ? whole : whole.substring(0, end);
            String body = end < 0 ? "" : whole.substring(end + 4);
            String[] statusLine = head.split(" ");
            return new Answer(statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1, head, body);
        }
    }
}
