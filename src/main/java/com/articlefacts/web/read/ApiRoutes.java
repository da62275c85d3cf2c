package com.articlefacts.web.read;

import com.articlefacts.web.http.InvalidParameterException;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The read routes and the query parameters each takes. A read's cache key is its path and its parameters in
 * canonical order (decoded, then encoded one way), so equivalent URLs share an entry; a parameter a route does not
 * take, or one given twice, is refused instead of making a new key.
 */
final class ApiRoutes {

    private static final String ARTICLE = "/api/articles/([^/]+)";

    private record Route(Pattern path, Set<String> parameters, Representations.@Nullable Resource stored) {
    }

    private static final List<Route> ROUTES = List.of(
            route("/api/articles", null, "sort", "publishedFrom", "publishedTo", "q", "source", "updatedSince", "page",
                    "size"),
            route("/api/deletions", null, "since", "page", "size"),
            route(ARTICLE, Representations.Resource.ARTICLE, "offsets"),
            route(ARTICLE + "/paragraphs", Representations.Resource.PARAGRAPHS, "offsets"),
            route(ARTICLE + "/paragraphs/[^/]+", null, "offsets"),
            route(ARTICLE + "/entities", Representations.Resource.ENTITIES, "type", "offsets"),
            route(ARTICLE + "/dates", Representations.Resource.DATES, "offsets"),
            route(ARTICLE + "/events", Representations.Resource.EVENTS, "offsets"),
            route(ARTICLE + "/attributions", Representations.Resource.ATTRIBUTIONS, "offsets"),
            route(ARTICLE + "/facts", Representations.Resource.FACTS, "offsets"),
            route("/api/entities", null, "q", "type", "sort", "page", "size"),
            route("/api/entities/[^/]+", null),
            route("/api/events", null, "actor", "target", "place", "type", "from", "to", "sort", "page", "size", "offsets",
                    "format"),
            route("/v3/api-docs", null),
            route("/v3/api-docs/swagger-config", null));

    /**
     * A read request matched to its route.
     *
     * @param article the id or slug of the article whose resource this is, null for reads across articles
     * @param stored the stored representation that answers it, null when it has to be rendered
     */
    record Read(ResponseCache.CacheKey key, @Nullable String article, Representations.@Nullable Resource stored) {
    }

    private ApiRoutes() {
    }

    private static Route route(String path, Representations.@Nullable Resource stored, String... parameters) {
        return new Route(Pattern.compile(path), Set.of(parameters), stored);
    }

    /**
     * The route of a read, or null for a path that is none (MVC answers it, with 404 if nothing else).
     *
     * @throws InvalidParameterException for a parameter the route does not take, one given twice, or one that is
     *         not valid percent-encoded UTF-8
     */
    static @Nullable Read match(String path, @Nullable String query) {
        for (Route route : ROUTES) {
            Matcher matcher = route.path().matcher(path);
            if (matcher.matches()) {
                Map<String, String> parameters = parameters(query, route.parameters());
                String article = matcher.groupCount() > 0 ? matcher.group(1) : null;
                boolean defaultOffsets = parameters.isEmpty()
                        || (parameters.size() == 1 && "utf16".equals(parameters.get("offsets")));
                return new Read(new ResponseCache.CacheKey(path, canonical(parameters), article), article,
                        defaultOffsets ? route.stored() : null);
            }
        }
        return null;
    }

    private static Map<String, String> parameters(@Nullable String query, Set<String> allowed) {
        Map<String, String> parameters = new TreeMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (!allowed.contains(name)) {
                throw new InvalidParameterException(name, value, allowed.isEmpty()
                        ? "absent: this endpoint takes no query parameters"
                        : "absent: this endpoint takes only " + String.join(", ", new TreeSet<>(allowed)));
            }
            if (parameters.put(name, value) != null) {
                throw new InvalidParameterException(name, value, "given once");
            }
        }
        return parameters;
    }

    /** Percent-decoding as strict UTF-8: a byte sequence that is not UTF-8 is refused, not replaced. */
    private static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text, i + 1, i + 3, 16));
                i += 2;
            } else if (c == '%') {
                throw new InvalidParameterException("query", text, "percent-encoded UTF-8");
            } else {
                byte[] encoded = String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidParameterException("query", text, "percent-encoded UTF-8");
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static String canonical(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }
}
