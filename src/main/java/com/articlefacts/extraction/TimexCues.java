package com.articlefacts.extraction;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;

/**
 * The words a temporal expression can be built on, read from HeidelTime's own English patterns and rules: the
 * letters of every pattern ("[Jj]anuary", "[Cc]entur(y|ies)" give "january", "centur"), without its function
 * words. A sentence with none of them and no digit cannot match a rule. Expressions named after events
 * (temponyms) are switched off, and their lists are left out.
 */
final class TimexCues {

    private static final String ENGLISH = "english/";
    private static final Pattern EXTRACTION = Pattern.compile("EXTRACTION=\"([^\"]*)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("%re\\w+");
    private static final Pattern ESCAPE = Pattern.compile("\\\\.");
    private static final Pattern CASE_CLASS = Pattern.compile("\\[(\\p{L})\\1\\]");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final int SHORTEST = 3;
    /** The shortest cue that counts as the stem of a longer word: "centur" does, "sun" of "Sunni" does not. */
    private static final int STEM = 5;

    private TimexCues() {
    }

    /**
     * Whether a word of the text is a cue, a cue's singular ("month" for the pattern's "months"), or a word a broken-off
     * pattern begins ("century" for "centur", of "[Cc]entur(y|ies)").
     */
    static boolean isCue(String word, NavigableSet<String> cues) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        for (String part : NOT_LETTERS.split(word.toLowerCase(Locale.ROOT))) {
            if (part.length() < SHORTEST) {
                continue;
            }
            if (cues.contains(part)) {
                return true;
            }
            if (cues.contains(part + "s") || cues.contains(part + "es")) {
                return true;
            }
            for (int end = STEM; end < part.length(); end++) {
                if (cues.contains(part.substring(0, end))) {
                    return true;
                }
            }
        }
        return false;
    }

    static NavigableSet<String> fromHeidelTime() {
        Set<String> stop = Words.load().list("timexCueStopwords");
        Set<String> cues = new HashSet<>();
        try (JarFile jar = new JarFile(heidelTimeJar())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                boolean patterns = name.startsWith(ENGLISH + "repattern/");
                boolean rules = name.startsWith(ENGLISH + "rules/");
                if (!(patterns || rules) || !name.endsWith(".txt") || name.contains("Temponym")
                        || name.contains("temponym") || name.contains("tense")) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        if (line.startsWith("//")) {
                            continue;
                        }
                        String pattern = line;
                        if (rules) {
                            Matcher extraction = EXTRACTION.matcher(line);
                            if (!extraction.find()) {
                                continue;
                            }
                            pattern = PLACEHOLDER.matcher(extraction.group(1)).replaceAll(" ");
                        }
                        addWords(pattern, cues, stop);
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("HeidelTime's patterns could not be read", e);
        }
        return java.util.Collections.unmodifiableNavigableSet(new TreeSet<>(cues));
    }

    private static void addWords(String pattern, Set<String> cues, Set<String> stop) {
        String lower = pattern.toLowerCase(Locale.ROOT);
        String plain = CASE_CLASS.matcher(ESCAPE.matcher(lower).replaceAll(" ")).replaceAll("$1");
        for (String word : NOT_LETTERS.split(plain)) {
            if (word.length() >= SHORTEST && !stop.contains(word)) {
                cues.add(word);
            }
        }
    }

    /** HeidelTime's jar, which it reads itself the same way (a jar nested in ours is unpacked at start). */
    private static File heidelTimeJar() throws URISyntaxException {
        return new File(HeidelTime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
