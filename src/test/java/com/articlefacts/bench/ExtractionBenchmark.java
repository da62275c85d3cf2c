package com.articlefacts.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import com.articlefacts.extraction.CoreNlp;
import com.articlefacts.extraction.CoreNlpStage;
import com.articlefacts.extraction.Document;
import com.articlefacts.extraction.Extractor;
import com.articlefacts.extraction.FactLexicon;
import com.articlefacts.extraction.KnowledgeBase;
import com.articlefacts.extraction.Layers;
import com.articlefacts.extraction.Stage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Time to extract a corpus (the seed, or the re3d development texts): the whole pipeline, CoreNLP's annotators
 * alone, and our own stages alone on documents CoreNLP has already annotated. bench/run.sh turns the times into
 * words per second with the corpus's word count, which {@link #setUp} writes beside the results.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractionBenchmark {

    @Param({"seed", "re3d"})
    public String corpus;

    private final List<String> texts = new ArrayList<>();
    private final List<Document> annotated = new ArrayList<>();
    private CoreNlpStage coreNlp;
    private List<Stage> ourStages;

    @Setup
    public void setUp() throws IOException {
        if (corpus.equals("seed")) {
            texts.add(Files.readString(Path.of("seeds/000_fe54be4b88a2ffd5.txt"), StandardCharsets.UTF_8));
        } else {
            JsonMapper json = JsonMapper.builder().build();
            for (String line : Files.readAllLines(Path.of(System.getProperty("re3d", "../shared/eval/re3d-dev/re3d-dev.jsonl")))) {
                if (!line.isBlank()) {
                    JsonNode doc = json.readTree(line);
                    texts.add(doc.get("text").asString());
                }
            }
        }
        KnowledgeBase kb = KnowledgeBase.load();
        FactLexicon lexicon = FactLexicon.load();
        coreNlp = new CoreNlpStage(CoreNlp::pipeline);
        ourStages = Extractor.stagesAfterCoreNlp(kb, lexicon);
        long words = 0;
        for (String text : texts) {
            Document doc = coreNlp.apply(Document.of(text, LocalDate.of(2016, 8, 21)));
            words += doc.get(Layers.TOKENS).stream().filter(t -> Character.isLetterOrDigit(t.word().charAt(0))).count();
            annotated.add(doc);
        }
        Path out = Path.of(System.getProperty("words.dir", "target/bench"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("words-" + corpus + ".txt"), Long.toString(words));
    }

    @Benchmark
    public void wholePipeline(Blackhole sink) {
        for (String text : texts) {
            Document doc = coreNlp.apply(Document.of(text, LocalDate.of(2016, 8, 21)));
            sink.consume(runOurs(doc));
        }
    }

    @Benchmark
    public void coreNlpAlone(Blackhole sink) {
        for (String text : texts) {
            sink.consume(coreNlp.apply(Document.of(text, LocalDate.of(2016, 8, 21))));
        }
    }

    @Benchmark
    public void ourStagesAlone(Blackhole sink) {
        for (Document doc : annotated) {
            sink.consume(runOurs(doc));
        }
    }

    private Document runOurs(Document doc) {
        Document current = doc;
        for (Stage stage : ourStages) {
            current = stage.apply(current);
        }
        return current;
    }
}
