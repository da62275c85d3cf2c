package com.articlefacts.extraction;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-safe, lower-case ASCII names made from titles: "Fighting in Hassakeh" becomes "fighting-in-hassakeh". */
public final class Slug {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02BC\u02BF\u02BE]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_LENGTH = 120;

    private Slug() {
    }

    public static String of(String title) {
        String ascii = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("");
        String words = APOSTROPHES.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("");
        String slug = SEPARATORS.matcher(words).replaceAll("-");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
        }
        slug = trimDashes(slug);
        return slug.isEmpty() ? "untitled" : slug;
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
