package com.articlefacts.extraction;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * URL-safe, lower-case ASCII names made from titles and names in any script: "Fighting in Hassakeh" becomes
 * "fighting-in-hassakeh", "Łódź" becomes "lodz", "Харків" becomes "kharkiv" and "東京" becomes "dong-jing".
 * Transliteration is ICU's {@code Any-Latin; Latin-ASCII}, so two different names in one script get two keys.
 */
public final class Slug {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ASCII = Pattern.compile("\\p{ASCII}*");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02BC\u02BF\u02BE]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_LENGTH = 120;
    /** ICU's transliterators keep state while they run: one per thread. */
    private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private Slug() {
    }

    /** The slug of a title, or "untitled" when nothing of it survives (a title of punctuation alone). */
    public static String of(String title) {
        String slug = slug(title);
        return slug.isEmpty() ? "untitled" : slug;
    }

    /**
     * The key of a name: its slug, or where nothing of it survives (symbols alone), "name-" and a hash of the
     * name, so that different names never share a key.
     */
    public static String key(String name) {
        String slug = slug(name);
        if (!slug.isEmpty()) {
            return slug;
        }
        return "name-" + DataFiles.sha256(name.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    private static String slug(String title) {
        // Most names are Latin already: dropping their accents is enough, and far cheaper than ICU.
        String ascii = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("");
        if (!ASCII.matcher(ascii).matches()) {
            ascii = TO_ASCII.get().transliterate(title);
        }
        String words = APOSTROPHES.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("");
        String slug = SEPARATORS.matcher(words).replaceAll("-");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
        }
        return trimDashes(slug);
    }

    private static String trimDashes(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
