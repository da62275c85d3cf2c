package com.articlefacts.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.articlefacts.extraction.Extractor;

/**
 * {@code java -jar article-facts.jar eval seed|re3d FILE}: runs the extractor on annotated text without a web server
 * or database and prints, as its last line, one JSON object of figures.
 */
public final class EvalCommand {

    private EvalCommand() {
    }

    /** CoreNLP logs each model it loads; the figures are what this command is for. */
    private static void quietLibraryLogs() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 3) {
            err.println("usage: eval seed ENTITIES.json | eval facts FACTS.json | eval re3d FILE.jsonl");
            return 2;
        }
        Path file = Path.of(args[2]);
        quietLibraryLogs();
        try {
            Extractor extractor = Extractor.standard();
            String json = switch (args[1]) {
                case "seed" -> new SeedEvaluation(extractor).run(file, out);
                case "re3d" -> new Re3dEvaluation(extractor).run(file, out);
                case "facts" -> new FactsEvaluation(extractor).run(file, out);
                default -> null;
            };
            if (json == null) {
                err.println("unknown evaluation '" + args[1] + "'; expected seed, facts or re3d. Arguments: "
                        + Arrays.toString(args));
                return 2;
            }
            out.println(json);
            return 0;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            err.println("eval: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
    }
}
