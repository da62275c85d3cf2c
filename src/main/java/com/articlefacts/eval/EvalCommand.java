package com.articlefacts.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.articlefacts.extraction.Extractor;
import com.articlefacts.extraction.FactLexicon;
import com.articlefacts.extraction.Words;

/**
 * {@code java -jar article-facts.jar eval seed|facts|ner|timeml|relations|probes FILE}: runs the extractor on annotated text without a web server
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

    private static final String USAGE = """
            usage: eval seed ENTITIES.json
                   eval facts FACTS.json
                   eval ner --scheme re3d|conll [--errors] FILE.jsonl
                   eval timeml [--errors] FILE.jsonl
                   eval relations [--errors] [--rules] FILE.jsonl   (re3d's FightingAgainst, CommWith and AlliesOf)
                   eval probes FILE.json   (short stories with the entities, events and sources a reader expects)
                   eval re3d FILE.jsonl   (the same as eval ner --scheme re3d)""";

    /** The command, its scheme where it takes one, and the file. */
    private record Invocation(String command, NerScheme scheme, Path file, boolean listErrors, boolean listRules) {

        static @org.jspecify.annotations.Nullable Invocation parse(String[] args) {
            List<String> rest = new java.util.ArrayList<>(Arrays.asList(args).subList(1, args.length));
            boolean listErrors = rest.remove("--errors");
            boolean listRules = rest.remove("--rules");
            NerScheme scheme = NerScheme.RE3D;
            int flag = rest.indexOf("--scheme");
            if (flag >= 0) {
                if (flag + 1 >= rest.size()) {
                    return null;
                }
                scheme = NerScheme.parse(rest.get(flag + 1));
                rest.subList(flag, flag + 2).clear();
            }
            if (rest.size() != 2) {
                return null;
            }
            String command = rest.get(0);
            if (command.equals("re3d")) {
                return new Invocation("ner", NerScheme.RE3D, Path.of(rest.get(1)), listErrors, listRules);
            }
            if (!List.of("seed", "facts", "ner", "timeml", "relations", "probes").contains(command)) {
                return null;
            }
            return new Invocation(command, scheme, Path.of(rest.get(1)), listErrors, listRules);
        }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Invocation call = Invocation.parse(args);
        if (call == null) {
            err.println(USAGE);
            return 2;
        }
        Path file = call.file();
        quietLibraryLogs();
        try {
            Extractor extractor = Extractor.standard();
            String json = switch (call.command()) {
                case "seed" -> new SeedEvaluation(extractor).run(file, out);
                case "facts" -> new FactsEvaluation(extractor).run(file, out);
                case "ner" -> new NerEvaluation(extractor, call.scheme(), Words.load(), call.listErrors()).run(file, out);
                case "timeml" -> new TimemlEvaluation(extractor, call.listErrors()).run(file, out);
                case "relations" -> new RelationsEvaluation(extractor, FactLexicon.load(), call.listErrors(),
                        call.listRules())
                        .run(file, out);
                case "probes" -> new ProbesEvaluation(extractor, FactLexicon.load()).run(file, out);
                default -> throw new IllegalStateException("parsed an unknown command " + call.command());
            };
            out.println(json);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("eval: " + e.getMessage());
            return 2;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            err.println("eval: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
    }
}
