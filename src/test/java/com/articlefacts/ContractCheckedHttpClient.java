package com.articlefacts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.zip.GZIPInputStream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * An HTTP client for the integration tests that checks every answer of the API against the OpenAPI description the
 * service serves, with Atlassian's validator: status, headers, content type and body schema. A response the
 * description does not allow fails the test that received it, whatever that test asserts itself. Paths and methods
 * the API does not have (probes of hostile input) have no operation to check against and are let through.
 */
final class ContractCheckedHttpClient extends HttpClient {

    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    private final HttpClient delegate;

    private ContractCheckedHttpClient(HttpClient delegate) {
        this.delegate = delegate;
    }

    static HttpClient create() {
        return wrap(HttpClient.newHttpClient());
    }

    static HttpClient wrap(HttpClient client) {
        return new ContractCheckedHttpClient(client);
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return checked(request, delegate.send(request, HttpResponse.BodyHandlers.ofByteArray()), handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
            HttpResponse.BodyHandler<T> handler) {
        return delegate.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> checked(request, response, handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return sendAsync(request, handler);
    }

    private <T> HttpResponse<T> checked(HttpRequest request, HttpResponse<byte[]> response,
            HttpResponse.BodyHandler<T> handler) {
        String path = request.uri().getRawPath();
        if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/problems")) {
            validate(request, response);
        }
        return new Converted<>(response, convert(response, handler));
    }

    private void validate(HttpRequest request, HttpResponse<byte[]> response) {
        Request.Method method;
        try {
            method = Request.Method.valueOf(request.method());
        } catch (IllegalArgumentException e) {
            return; // a method no HTTP API documents
        }
        if (method == Request.Method.HEAD || method == Request.Method.OPTIONS) {
            return;
        }
        URI uri = request.uri();
        OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(uri.getScheme() + "://"
                + uri.getRawAuthority(), this::validatorFor);
        SimpleResponse.Builder checked = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach(checked::withHeader);
        byte[] body = decoded(response);
        if (body.length > 0) {
            checked.withBody(new String(body, StandardCharsets.UTF_8));
        }
        ValidationReport report = validator.validateResponse(uri.getRawPath(), method, checked.build());
        if (report.hasErrors()) {
            throw new AssertionError("The answer to " + request.method() + " " + uri + " (" + response.statusCode()
                    + ") does not match the served OpenAPI description:\n" + report.getMessages() + "\nBody: "
                    + new String(body, StandardCharsets.UTF_8));
        }
    }

    private OpenApiInteractionValidator validatorFor(String origin) {
        try {
            HttpResponse<String> spec = delegate.send(HttpRequest.newBuilder(URI.create(origin + "/v3/api-docs"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (spec.statusCode() != 200) {
                throw new AssertionError("GET /v3/api-docs answered " + spec.statusCode());
            }
            return OpenApiInteractionValidator.createForInlineApiSpecification(spec.body())
                    .withLevelResolver(LevelResolver.create()
                            // no operation to check an answer against: unknown paths and methods
                            .withLevel("validation.response.path.missing", ValidationReport.Level.IGNORE)
                            .withLevel("validation.response.operation.notAllowed", ValidationReport.Level.IGNORE)
                            .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                            .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decoded(HttpResponse<byte[]> response) {
        if (!response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
            return response.body();
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError("a gzip body that does not decompress", e);
        }
    }

    /** The body as the caller's handler would have made it from the same bytes. */
    private static <T> T convert(HttpResponse<byte[]> response, HttpResponse.BodyHandler<T> handler) {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return response.statusCode();
            }

            @Override
            public HttpHeaders headers() {
                return response.headers();
            }

            @Override
            public Version version() {
                return response.version();
            }
        });
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
            }
        });
        if (response.body().length > 0) {
            subscriber.onNext(List.of(ByteBuffer.wrap(response.body())));
        }
        subscriber.onComplete();
        return subscriber.getBody().toCompletableFuture().join();
    }

    private record Converted<T>(HttpResponse<byte[]> raw, T body) implements HttpResponse<T> {
        @Override
        public int statusCode() {
            return raw.statusCode();
        }

        @Override
        public HttpRequest request() {
            return raw.request();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return raw.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return raw.sslSession();
        }

        @Override
        public URI uri() {
            return raw.uri();
        }

        @Override
        public Version version() {
            return raw.version();
        }
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }
}
