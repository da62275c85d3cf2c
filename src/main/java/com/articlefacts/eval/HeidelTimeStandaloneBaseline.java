package com.articlefacts.eval;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.articlefacts.extraction.HeidelTimeTagger;
import com.articlefacts.extraction.Span;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;

/**
 * HeidelTime as a user without TreeTagger runs it: its own standalone launcher with its own tokenizer and no
 * part-of-speech tags ({@code POSTagger.NO}), its TimeML output read back into spans of the input text. This is the
 * library alone, the baseline our date stage must beat.
 */
final class HeidelTimeStandaloneBaseline {

    private static final Pattern TAG = Pattern.compile("<(/?)TIMEX3([^>]*)>");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    private final HeidelTimeStandalone news;
    private final HeidelTimeStandalone narratives;

    HeidelTimeStandaloneBaseline() {
        HeidelTimeTagger.configureLibrary();
        this.news = new HeidelTimeStandalone(Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, null,
                POSTagger.NO);
        this.narratives = new HeidelTimeStandalone(Language.ENGLISH, DocumentType.NARRATIVES, OutputType.TIMEML,
                null, POSTagger.NO);
    }

    List<TimemlEvaluation.Timex> tag(String text, @Nullable LocalDate published, HeidelTimeTagger.Genre genre) {
        HeidelTimeStandalone tagger = genre == HeidelTimeTagger.Genre.NEWS && published != null ? news : narratives;
        String timeml;
        try {
            timeml = tagger.process(text,
                    published == null ? null : Date.from(published.atStartOfDay(ZoneId.systemDefault()).toInstant()));
        } catch (Exception e) {
            return List.of();
        }
        return spans(text, timeml);
    }

    /** The TIMEX3 elements of HeidelTime's output as spans of the text it was given. */
    private static List<TimemlEvaluation.Timex> spans(String text, String timeml) {
        int open = timeml.indexOf("<TimeML>");
        int close = timeml.lastIndexOf("</TimeML>");
        if (open < 0 || close < 0) {
            return List.of();
        }
        String body = timeml.substring(open + "<TimeML>".length(), close);
        int cursor = 0;
        int start = -1;
        String value = null;
        List<TimemlEvaluation.Timex> found = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        Matcher tag = TAG.matcher(body);
        while (tag.find()) {
            plain.append(body, cursor, tag.start());
            cursor = tag.end();
            if (tag.group(1).isEmpty()) {
                start = plain.length();
                Matcher v = VALUE.matcher(tag.group(2));
                value = v.find() ? v.group(1) : null;
            } else if (start >= 0 && value != null) {
                found.add(new TimemlEvaluation.Timex(new Span(start, plain.length()), value));
                start = -1;
            }
        }
        plain.append(body.substring(cursor));
        // The launcher writes the text back after a line break of its own: find where the text starts.
        int offset = plain.indexOf(text.isEmpty() ? "" : text.substring(0, Math.min(20, text.length())));
        if (offset < 0) {
            return List.of();
        }
        List<TimemlEvaluation.Timex> shifted = new ArrayList<>();
        for (TimemlEvaluation.Timex timex : found) {
            int begin = timex.span().begin() - offset;
            int end = timex.span().end() - offset;
            if (begin >= 0 && end <= text.length() && begin < end) {
                shifted.add(new TimemlEvaluation.Timex(new Span(begin, end), timex.value()));
            }
        }
        return shifted;
    }
}
