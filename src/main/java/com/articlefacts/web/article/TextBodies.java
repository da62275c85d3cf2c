package com.articlefacts.web.article;

import com.articlefacts.web.http.ProblemException;
import com.articlefacts.web.http.ProblemType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * A text/plain article body as UTF-8, from the charset its Content-Type names: UTF-8 when it names none, or one of
 * the charsets news archives are written in. Articles are stored as UTF-8 whatever they arrived in, so the same
 * words hash alike.
 */
public final class TextBodies {

    static final List<Charset> SUPPORTED = List.of(StandardCharsets.UTF_8, StandardCharsets.US_ASCII,
            StandardCharsets.ISO_8859_1, Charset.forName("windows-1252"), StandardCharsets.UTF_16);

    private TextBodies() {
    }

    /**
     * The body's bytes in UTF-8; a UTF-8 body as it came, so the parser names the position of any byte that is not.
     *
     * @throws ProblemException when the Content-Type names a charset not in {@link #SUPPORTED}
     * @throws InvalidBodyEncodingException when the bytes are not text in the charset named
     */
    static byte[] utf8(byte[] body, @Nullable String contentType) {
        Charset charset = charsetOf(contentType);
        if (charset.equals(StandardCharsets.UTF_8)) {
            return body;
        }
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new InvalidBodyEncodingException("The body is not valid " + charset.name() + " text.");
        }
    }

    private static Charset charsetOf(@Nullable String contentType) {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        String named;
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            named = type.getParameter("charset");
        } catch (InvalidMediaTypeException e) {
            return StandardCharsets.UTF_8; // MVC matched it as text/plain: the charset is what it could not read
        }
        if (named == null) {
            return StandardCharsets.UTF_8;
        }
        String unquoted = named.replace("\"", "").trim();
        try {
            Charset charset = Charset.forName(unquoted);
            if (SUPPORTED.contains(charset)) {
                return charset;
            }
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            // named below
        }
        throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "A text body may be in "
                + SUPPORTED.stream().map(Charset::name).collect(Collectors.joining(", ")) + ", not "
                + unquoted.toLowerCase(Locale.ROOT) + ".");
    }

    /** Bytes that are not text in the charset the request names. */
    public static final class InvalidBodyEncodingException extends ProblemException {
        InvalidBodyEncodingException(String message) {
            super(ProblemType.UNREADABLE_BODY, message);
        }
    }
}
