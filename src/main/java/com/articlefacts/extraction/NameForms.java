package com.articlefacts.extraction;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Comparable forms of names written in many transliterations. {@link #normalize} removes what varies without
 * changing the name (case, diacritics, apostrophes and ayn marks, hyphens, the Arabic article "al-", a leading
 * "the"); {@link #skeleton} keeps the consonants that Arabic writes, so Hasakah, Hassakeh and Hassekeh meet; and
 * {@link #similar} bounds the edit distance between two names whose skeletons agree.
 */
public final class NameForms {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern QUOTE_MARKS = Pattern.compile("['\u2018\u2019\u02BC\u02BB\u02BE\u02BF`\u00B4]");
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("\\b(?:al|el|ad|ar|as|ash|at|az|an)[-\u2010\u2011](?=\\p{L})");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING = Pattern.compile("^(?:the|al|el) ");

    private NameForms() {
    }

    public static String normalize(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        folded = QUOTE_MARKS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
        folded = ARABIC_ARTICLE.matcher(folded).replaceAll("");
        folded = NON_ALNUM.matcher(folded).replaceAll(" ").trim();
        String previous;
        do {
            previous = folded;
            folded = LEADING.matcher(folded).replaceFirst("");
        } while (!folded.equals(previous));
        return folded;
    }

    /** Per word: doubled letters collapsed, q as k, the first letter kept and later vowels dropped, a final h dropped. */
    public static String skeleton(String normalized) {
        StringBuilder out = new StringBuilder();
        for (String word : normalized.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String collapsed = collapse(word).replace('q', 'k');
            StringBuilder skeleton = new StringBuilder().append(collapsed.charAt(0));
            for (int i = 1; i < collapsed.length(); i++) {
                char c = collapsed.charAt(i);
                if ("aeiouy".indexOf(c) < 0 && c != skeleton.charAt(skeleton.length() - 1)) {
                    skeleton.append(c);
                }
            }
            if (skeleton.length() > 2 && skeleton.charAt(skeleton.length() - 1) == 'h') {
                skeleton.setLength(skeleton.length() - 1);
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(skeleton);
        }
        return out.toString();
    }

    /** Two normalized names whose collapsed forms differ by at most a third of their length (at least one edit). */
    public static boolean similar(String a, String b) {
        String x = collapse(a);
        String y = collapse(b);
        int bound = Math.max(1, Math.min(x.length(), y.length()) / 3);
        return new LevenshteinDistance(bound).apply(x, y) >= 0; // -1 beyond the bound
    }

    static String collapse(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
