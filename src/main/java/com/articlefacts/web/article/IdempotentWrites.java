package com.articlefacts.web.article;

import com.articlefacts.web.http.InvalidParameterException;
import com.articlefacts.web.http.ProblemException;
import com.articlefacts.web.http.ProblemType;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import com.articlefacts.article.ArticleRepository;
import com.articlefacts.article.IdempotentWrite;
import com.articlefacts.article.IdempotentWriteRepository;
import com.articlefacts.ingest.IngestOutcome;

/**
 * Idempotency-Key on POST, as Stripe and the IETF draft use it: a retry with the same key and the same body answers
 * what the first POST did (its status and its article), one with another body is refused, and a write without a
 * key is unchanged. The keys live in the database, so a retry that reaches another instance is answered alike.
 */
@Component
public class IdempotentWrites {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern SANE = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private final IdempotentWriteRepository writes;
    private final ArticleRepository articles;
    private final Clock clock;

    IdempotentWrites(IdempotentWriteRepository writes, ArticleRepository articles, Clock clock) {
        this.writes = writes;
        this.articles = articles;
        this.clock = clock;
    }

    /** The key as sent, checked: printable ASCII, at most 255 characters. */
    static @Nullable String keyOf(@Nullable String header) {
        if (header == null) {
            return null;
        }
        if (!SANE.matcher(header).matches()) {
            throw new InvalidParameterException(HEADER, header, "1 to 255 printable ASCII characters");
        }
        return header;
    }

    static String hashOf(String source, byte[] body) {
        return DigestUtils.sha256Hex(source + "\n" + DigestUtils.sha256Hex(body));
    }

    /**
     * What the first POST with this key answered, if it stored an article that is still there.
     *
     * @throws IdempotencyKeyReusedException when the key came before with another body
     */
    Optional<IngestOutcome> earlier(@Nullable String key, String bodySha256) {
        if (key == null) {
            return Optional.empty();
        }
        Optional<IdempotentWrite> earlier = writes.findById(key);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (!earlier.get().bodySha256().equals(bodySha256)) {
            throw new IdempotencyKeyReusedException(key);
        }
        long id = earlier.get().articleId();
        return articles.findById(id).map(article -> new IngestOutcome(earlier.get().created()
                ? IngestOutcome.Status.CREATED : IngestOutcome.Status.UNCHANGED, id, article.slug()));
    }

    /**
     * Remembers what a POST with a key answered (again, where the key's article had been deleted); of two at once
     * with one key, both answered the same article, and either is kept.
     */
    void remember(@Nullable String key, String bodySha256, IngestOutcome outcome) {
        if (key == null) {
            return;
        }
        try {
            writes.save(new IdempotentWrite(key, bodySha256, outcome.articleId(),
                    outcome.status() == IngestOutcome.Status.CREATED, clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            // another request with this key stored its answer first; it answered the same article
        }
    }

    /** A key sent again with another body. */
    public static final class IdempotencyKeyReusedException extends ProblemException {
        IdempotencyKeyReusedException(String key) {
            super(ProblemType.IDEMPOTENCY_KEY_REUSED, "The Idempotency-Key " + key + " was sent before with another"
                    + " body; send the same body to retry, or a new key for a new write.");
        }
    }
}
