package com.articlefacts.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import tools.jackson.databind.json.JsonMapper;

/**
 * What CoreNLP made of each text the stage tests use (sentences, tokens, tags, lemmas, labels, enhanced++
 * dependencies and the recogniser's mentions), recorded once and replayed, so that a stage test loads no model. A
 * text without a recording fails its test with the command that records it:
 * {@code ./mvnw test -Dtest=... -Dannotated.record=true} runs CoreNLP on it and appends the result to
 * {@value #SOURCE}; after a change of CoreNLP or its settings, delete that file and record every test again. The
 * recorded layers are exactly what {@link CoreNlpStage} provides, so what follows it runs as it would on the model's
 * output (the end-to-end cases that do load the model are {@code ExtractorTests} and the integration tests).
 */
final class RecordedParses {

    static final String SOURCE = "src/test/resources/corenlp-parses.jsonl";
    private static final String RESOURCE = "/corenlp-parses.jsonl";
    private static final boolean RECORD = Boolean.getBoolean("annotated.record");
    // A record's components only, not what it derives from them (a token's isCapitalized()).
    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultVisibility(visibility -> visibility.withIsGetterVisibility(Visibility.NONE)).build();
    private static final Map<Key, Recording> RECORDINGS = load();

    private RecordedParses() {
    }

    record Key(String text, @Nullable LocalDate publishedOn) {
    }

    /** One line of the file: a text, its date, and the layers CoreNLP gave it. */
    record Recording(String text, @Nullable LocalDate publishedOn, List<Sentence> sentences, List<Token> tokens,
            List<Dependency> dependencies, List<NerMention> mentions) {

        Document applyTo(Document doc) {
            return doc.with(Layers.SENTENCES, sentences).with(Layers.DEPENDENCIES, dependencies)
                    .with(Layers.TOKENS, tokens).with(Layers.NER, mentions);
        }
    }

    /** The document as the CoreNLP stage leaves it, replayed from the recording. */
    static synchronized Document coreNlp(String text, @Nullable LocalDate publishedOn) {
        Document doc = Document.of(text, publishedOn);
        Recording recording = RECORDINGS.get(new Key(text, publishedOn));
        if (recording != null) {
            return recording.applyTo(doc);
        }
        if (!RECORD) {
            throw new IllegalStateException("No recorded parse of \"" + text.substring(0, Math.min(60, text.length()))
                    + "...\" (" + publishedOn + "): run this test once with -Dannotated.record=true, which loads"
                    + " CoreNLP and appends the parse to " + SOURCE);
        }
        Document parsed = new CoreNlpStage(CoreNlp::pipeline).apply(doc);
        recording = new Recording(text, publishedOn, parsed.get(Layers.SENTENCES), parsed.get(Layers.TOKENS),
                parsed.get(Layers.DEPENDENCIES), parsed.get(Layers.NER));
        RECORDINGS.put(new Key(text, publishedOn), recording);
        try {
            Files.writeString(Path.of(SOURCE), JSON.writeValueAsString(recording) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return recording.applyTo(doc);
    }

    private static Map<Key, Recording> load() {
        Map<Key, Recording> recordings = new HashMap<>();
        try (InputStream in = RecordedParses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return recordings;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    Recording recording = JSON.readValue(line, Recording.class);
                    recordings.put(new Key(recording.text(), recording.publishedOn()), recording);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return recordings;
    }
}
