package com.articlefacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.articlefacts.article.ArticleRepository;
import com.articlefacts.ingest.ArticleImport;
import com.articlefacts.ingest.ExtractionJobs;

/** The import command's work, as a user runs it twice over a directory of files and a JSON lines file. */
@SpringBootTest(properties = {"article-facts.ingest.load-seeds=false", "article-facts.extraction.job-poll=100ms"})
@ActiveProfiles("test")
class ArticleImportIntegrationTests {

    @Autowired
    private ArticleImport importer;

    @Autowired
    private ExtractionJobs jobs;

    @Autowired
    private ArticleRepository articles;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void importsFilesAndJsonLinesReportsEachFailureAndResumesWithoutExtractingAgain(@TempDir Path dir)
            throws Exception {
        Path archive = Files.createDirectories(dir.resolve("archive"));
        Files.writeString(archive.resolve("homs.txt"), "Shelling in Homs\n\nSyrian troops shelled Homs on Sunday,"
                + " residents said.\n", StandardCharsets.UTF_8);
        Files.write(archive.resolve("broken.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
        Files.writeString(archive.resolve("wire.jsonl"), String.join("\n",
                "{\"title\": \"Clashes in Aleppo\", \"publishedOn\": \"2016-08-22\", \"body\": \"Rebels clashed with"
                        + " government forces in Aleppo on Monday.\", \"source\": \"https://example.org/aleppo\"}",
                "not json",
                "{\"title\": \"No body\"}",
                "{\"id\": \"doc-7\", \"source\": \"a corpus\", \"title\": \"Talks in Geneva\", \"text\": \"Talks in"
                        + " Geneva\\nThe delegations met in Geneva on Tuesday.\"}"), StandardCharsets.UTF_8);
        long before = articles.count();

        Run first = run(archive);
        Run second = run(archive);

        assertThat(first.exit).isEqualTo(1);
        assertThat(first.summary.get("sources").asInt()).isEqualTo(6);
        assertThat(first.summary.get("created").asInt()).isEqualTo(3);
        assertThat(first.summary.get("failed").asInt()).isEqualTo(3);
        assertThat(first.output).contains("FAILED broken.txt: not valid UTF-8", "FAILED wire.jsonl#2: not a JSON object",
                "FAILED wire.jsonl#3: an article needs a title and a body");
        assertThat(articles.count()).isEqualTo(before + 3);
        assertThat(articles.findFirstBySourceNameOrderByIdAsc("https://example.org/aleppo")).isPresent();
        assertThat(articles.findFirstBySourceNameOrderByIdAsc("a corpus#doc-7")).isPresent();
        assertThat(second.summary.get("created").asInt()).as("the second run resumes: nothing to extract")
                .isZero();
        assertThat(second.summary.get("unchanged").asInt()).isEqualTo(3);
        assertThat(jobs.progress().running()).isZero();
    }

    private Run run(Path path) throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = importer.run(List.of(path), new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        String output = bytes.toString(StandardCharsets.UTF_8);
        List<String> lines = output.lines().toList();
        return new Run(exit, output, json.readTree(lines.get(lines.size() - 1)));
    }

    private record Run(int exit, String output, JsonNode summary) {
    }
}
