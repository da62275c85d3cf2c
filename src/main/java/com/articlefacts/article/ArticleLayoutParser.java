package com.articlefacts.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the layout of a news article file: a title line, then a header block (standfirst, "2 min read", the
 * publication date, an image caption ending in its "[credit]"), then body paragraphs. Blank lines, including lines
 * holding only non-breaking spaces, separate blocks. The second block counts as the header only when it holds a
 * reading time or a date, so a file without that metadata is read as a title and body.
 */
public final class ArticleLayoutParser {

    private static final Pattern READING_TIME =
            Pattern.compile("(\\d{1,3})\\s*(?:min|mins|minute|minutes)\\.?\\s+read", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_CREDIT = Pattern.compile("\\[([^\\[\\]]+)\\]$");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            date("d MMMM, uuuu"), date("d MMMM uuuu"), date("MMMM d, uuuu"), date("MMMM d uuuu"),
            date("d MMM, uuuu"), date("d MMM uuuu"), date("MMM d, uuuu"), date("uuuu-MM-dd"));

    /** Decodes the bytes as strict UTF-8 and parses them. */
    public ParsedArticle parse(byte[] bytes) {
        return parse(decodeUtf8(bytes));
    }

    /**
     * @throws ArticleFormatException when the text holds a lone surrogate or a control character other than tab,
     *         line feed and carriage return, has no title or body, or a header field is longer than its limit
     */
    public ParsedArticle parse(String text) {
        checkCharacters("text", text);
        List<List<TextRange>> blocks = blocks(text);
        if (blocks.isEmpty()) {
            throw new ArticleFormatException(text.isEmpty() ? "the file is empty" : "the file holds only whitespace");
        }
        List<TextRange> first = blocks.get(0);
        List<TextRange> headerLines = new ArrayList<>(first.subList(1, first.size()));
        int bodyStart = 1;
        if (blocks.size() > 1 && blocks.get(1).stream().anyMatch(line -> isMetadata(line.of(text)))) {
            headerLines.addAll(blocks.get(1));
            bodyStart = 2;
        }
        List<TextRange> paragraphs = new ArrayList<>();
        for (List<TextRange> block : blocks.subList(bodyStart, blocks.size())) {
            paragraphs.add(new TextRange(block.get(0).start(), block.get(block.size() - 1).end()));
        }
        if (paragraphs.isEmpty()) {
            throw new ArticleFormatException("no body paragraph follows the title and header");
        }
        ParsedArticle parsed = header(text, first.get(0), headerLines).withParagraphs(paragraphs);
        FieldLimit.checkAll(parsed);
        return parsed;
    }

    /**
     * An article given by its fields, in the seed files' layout (title, blank line, standfirst and date, blank line,
     * body), so that posted, imported and seeded articles are read, and their offsets counted, the same way.
     *
     * @throws ArticleFormatException naming the first field with a lone surrogate or a control character
     */
    public static String layout(String title, @Nullable String standfirst, @Nullable LocalDate publishedOn,
            String body) {
        checkCharacters("title", title);
        if (standfirst != null) {
            checkCharacters("standfirst", standfirst);
        }
        checkCharacters("body", body);
        StringBuilder text = new StringBuilder(title.strip()).append("\n\n");
        boolean header = false;
        if (standfirst != null && !standfirst.isBlank()) {
            text.append(standfirst.strip()).append('\n');
            header = true;
        }
        if (publishedOn != null) {
            text.append(LAYOUT_DATE.format(publishedOn)).append('\n');
            header = true;
        }
        if (header) {
            text.append('\n');
        }
        return text.append(body.strip()).append('\n').toString();
    }

    private static final DateTimeFormatter LAYOUT_DATE = DateTimeFormatter.ofPattern("d MMMM, uuuu", Locale.ENGLISH);

    /**
     * Refuses what no article holds and what breaks clients that print or slice the text: lone surrogates (not
     * Unicode, and stored as '?' by some databases) and control characters, which terminals execute.
     */
    public static void checkCharacters(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new ArticleFormatException(String.format(Locale.ROOT,
                        "invalid UTF-16: a lone surrogate U+%04X in the %s at character %d", (int) c, field, i));
            } else if (isForbiddenControl(c)) {
                throw new ArticleFormatException(String.format(Locale.ROOT,
                        "a control character U+%04X in the %s at character %d; only tab, line feed and carriage return"
                        + " are allowed", (int) c, field, i));
            }
        }
    }

    private static boolean isForbiddenControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    static String decodeUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more UTF-16 code units than it has bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new ArticleFormatException("not valid UTF-8: malformed byte sequence at byte " + in.position());
        }
        out.flip();
        String text = out.toString();
        // A byte-order mark is an encoding signature, not text.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Header header(String text, TextRange title, List<TextRange> lines) {
        Header header = new Header(text, title);
        for (TextRange line : lines) {
            header.accept(line);
        }
        return header;
    }

    private static boolean isMetadata(String line) {
        return READING_TIME.matcher(line).matches() || parseDate(line) != null;
    }

    private static @Nullable LocalDate parseDate(String line) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(line, format);
            } catch (DateTimeParseException notThisFormat) {
                // try the next format
            }
        }
        return null;
    }

    /** Groups the trimmed non-blank lines into blocks separated by blank lines. */
    private static List<List<TextRange>> blocks(String text) {
        List<List<TextRange>> blocks = new ArrayList<>();
        List<TextRange> current = new ArrayList<>();
        int lineStart = 0;
        int length = text.length();
        while (lineStart <= length) {
            int lineEnd = lineStart;
            while (lineEnd < length && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            TextRange line = trim(text, lineStart, lineEnd);
            if (line == null) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
            if (lineEnd + 1 < length && text.charAt(lineEnd) == '\r' && text.charAt(lineEnd + 1) == '\n') {
                lineEnd++;
            }
            lineStart = lineEnd + 1;
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    private static @Nullable TextRange trim(String text, int start, int end) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : new TextRange(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    private static DateTimeFormatter date(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /** Header lines in reading order: standfirst lines, reading time and date in either order, then the caption. */
    private static final class Header {
        private final String text;
        private final TextRange title;
        private @Nullable TextRange standfirst;
        private @Nullable Integer readingTime;
        private @Nullable LocalDate date;
        private @Nullable TextRange caption;
        private @Nullable TextRange credit;

        Header(String text, TextRange title) {
            this.text = text;
            this.title = title;
        }

        void accept(TextRange line) {
            String value = line.of(text);
            Matcher readingTimeMatch = READING_TIME.matcher(value);
            LocalDate lineDate;
            if (readingTime == null && readingTimeMatch.matches()) {
                readingTime = Integer.parseInt(readingTimeMatch.group(1));
            } else if (date == null && (lineDate = parseDate(value)) != null) {
                date = lineDate;
            } else if (readingTime == null && date == null) {
                standfirst = standfirst == null ? line : new TextRange(standfirst.start(), line.end());
            } else if (caption == null) {
                acceptCaption(line, value);
            }
        }

        private void acceptCaption(TextRange line, String value) {
            Matcher creditMatch = TRAILING_CREDIT.matcher(value);
            if (!creditMatch.find()) {
                caption = line;
                return;
            }
            TextRange creditRange = trim(text, line.start() + creditMatch.start(1), line.start() + creditMatch.end(1));
            credit = creditRange;
            caption = trim(text, line.start(), line.start() + creditMatch.start());
        }

        ParsedArticle withParagraphs(List<TextRange> paragraphs) {
            return new ParsedArticle(text, title, standfirst, readingTime, date, caption, credit, paragraphs);
        }
    }
}
