package com.articlefacts.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The documents of an evaluation file: one JSON object a line, blank lines skipped. */
final class JsonLines {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLines() {
    }

    /** @return how many documents there were */
    static int forEach(Path file, Consumer<JsonNode> document) throws IOException {
        int documents = 0;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    document.accept(JSON.readTree(line));
                    documents++;
                }
            }
        }
        return documents;
    }
}
