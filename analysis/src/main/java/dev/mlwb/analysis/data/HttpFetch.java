package dev.mlwb.analysis.data;

import dev.mlwb.analysis.bundle.BundleException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The HTTP requests live sources make: a body streamed to a file (DuckDB reads it from there), or a
 * small JSON answer. Failures become {@link BundleException}s that name the server and what it said.
 */
final class HttpFetch {
    private static final Duration CONNECT = Duration.ofSeconds(10);
    private static final Duration REQUEST = Duration.ofSeconds(60);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(CONNECT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private HttpFetch() {
    }

    /** A bearer token from the environment variable a manifest names (never from the manifest itself). */
    static Optional<String> token(Optional<String> env, String shown) throws BundleException {
        if (env.isEmpty()) {
            return Optional.empty();
        }
        String value = System.getenv(env.get());
        if (value == null || value.isBlank()) {
            throw new BundleException(shown, "", "the environment variable " + env.get()
                    + " (bearer_token_env) is not set");
        }
        return Optional.of(value.strip());
    }

    /** POSTs a form and streams the answer into {@code target}; an answer other than 200 is an error with its text. */
    static void postForm(URI uri, String form, Optional<String> token, Path target, String shown)
            throws BundleException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(REQUEST)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
        send(b.build(), target, shown);
    }

    /** POSTs JSON and returns the answer's text (small answers: MLflow searches). */
    static String postJson(URI uri, String json, Optional<String> token, String shown)
            throws BundleException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(REQUEST).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                throw new BundleException(shown, "", "the server answered HTTP " + r.statusCode() + ": " + clip(r.body()));
            }
            return r.body();
        } catch (IOException e) {
            throw unreachable(shown, e);
        }
    }

    private static void send(HttpRequest request, Path target, String shown) throws BundleException, InterruptedException {
        try {
            HttpResponse<Path> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofFile(target));
            if (r.statusCode() != 200) {
                String body = Files.size(target) < 64_000 ? Files.readString(target, StandardCharsets.UTF_8) : "";
                throw new BundleException(shown, "", "the server answered HTTP " + r.statusCode()
                        + (body.isBlank() ? "" : ": " + clip(body)));
            }
        } catch (IOException e) {
            throw unreachable(shown, e);
        }
    }

    private static BundleException unreachable(String shown, IOException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new BundleException(shown, "", "cannot be reached: " + m, e);
    }

    private static String clip(String body) {
        String one = body.strip().replaceAll("\\s+", " ");
        return one.length() > 300 ? one.substring(0, 297) + "..." : one;
    }
}
