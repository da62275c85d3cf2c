package com.articlefacts.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.articlefacts.extraction.Extractor;
import com.articlefacts.extraction.FactLexicon;
import com.articlefacts.extraction.Words;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar article-facts.jar eval seed|facts|ner|timeml|relations|probes FILE}: runs the extractor on
 * annotated text without a web server or database and prints, as its last line, one JSON object of figures. Each
 * command answers {@code --help}; a wrong call prints its usage and exits with 2.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Runs the extractor on annotated text and prints its figures; the last line is one JSON object.",
        subcommands = {EvalCommand.Seed.class, EvalCommand.Facts.class, EvalCommand.Ner.class,
                EvalCommand.Re3d.class, EvalCommand.Timeml.class, EvalCommand.Relations.class,
                EvalCommand.Probes.class})
public final class EvalCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Where the figures go: a byte stream, as the evaluations print with it. */
    private final PrintStream out;

    private EvalCommand(PrintStream out) {
        this.out = out;
    }

    /** @param args the command line, starting with "eval" */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine command = new CommandLine(new EvalCommand(out))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        return command.execute(Arrays.copyOfRange(args, 1, args.length));
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "which evaluation? one command is needed");
    }

    /** What every evaluation shares: its file, the extractor, and how a failure is reported. */
    abstract static class Evaluation implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "The annotated file")
        Path file;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.ParentCommand
        EvalCommand parent;

        /** The figures as one JSON object, after whatever the evaluation prints on the way. */
        abstract String evaluate(Extractor extractor, PrintStream out) throws IOException;

        @Override
        public Integer call() {
            quietLibraryLogs();
            PrintStream out = parent.out;
            try {
                out.println(evaluate(Extractor.standard(), out));
                return 0;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("eval: " + e.getMessage());
                return 2;
            } catch (IOException | UncheckedIOException e) {
                spec.commandLine().getErr().println("eval: cannot read " + file + ": " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "seed", mixinStandardHelpOptions = true,
            description = "The seed's entities and mentions against the hand-checked ones (ENTITIES.json)")
    static final class Seed extends Evaluation {
        @Override
        String evaluate(Extractor extractor, PrintStream out) throws IOException {
            return new SeedEvaluation(extractor).run(file, out);
        }
    }

    @Command(name = "facts", mixinStandardHelpOptions = true,
            description = "The seed's dates, events and attributions against the hand-checked ones (FACTS.json)")
    static final class Facts extends Evaluation {
        @Override
        String evaluate(Extractor extractor, PrintStream out) throws IOException {
            return new FactsEvaluation(extractor).run(file, out);
        }
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Entities against a JSON Lines corpus of CoNLL-2003 or re3d documents")
    static final class Ner extends Evaluation {
        @Option(names = "--scheme", description = "The corpus's types: re3d (the default) or conll")
        String scheme = "re3d";

        @Option(names = "--errors", description = "List what was missed and what was spurious")
        boolean listErrors;

        @Override
        String evaluate(Extractor extractor, PrintStream out) throws IOException {
            return new NerEvaluation(extractor, NerScheme.parse(scheme), Words.load(), listErrors).run(file, out);
        }
    }

    @Command(name = "re3d", mixinStandardHelpOptions = true, description = "The same as ner --scheme re3d")
    static final class Re3d extends Evaluation {
        @Override
        String evaluate(Extractor extractor, PrintStream out) throws IOException {
            return new NerEvaluation(extractor, NerScheme.RE3D, Words.load(), false).run(file, out);
        }
    }

    @Command(name = "timeml", mixinStandardHelpOptions = true,
            description = "Temporal expressions and their values against a TimeML corpus in JSON Lines")
    static final class Timeml extends Evaluation {
        @Option(names = "--errors", description = "List what was missed, spurious or valued wrong")
        boolean listErrors;

        @Override
        String evaluate(Extractor extractor, PrintStream out) throws IOException {
            return new TimemlEvaluation(extractor, listErrors).run(file, out);
        }
    }

    @Command(name = "relations", mixinStandardHelpOptions = true,
            description = "re3d's FightingAgainst, CommWith and AlliesOf against the events' actors and targets")
    static final class Relations extends Evaluation {
        @Option(names = "--errors", description = "List the relations missed and the spurious ones")
        boolean listErrors;

        @Option(names = "--rules", description = "Score each rule and pattern that made an argument")
        boolean listRules;

        @Override
        String evaluate(Extractor extractor, PrintStream out) throws IOException {
            return new RelationsEvaluation(extractor, FactLexicon.load(), listErrors, listRules).run(file, out);
        }
    }

    @Command(name = "probes", mixinStandardHelpOptions = true,
            description = "Short stories with the entities, events and sources a reader expects (FILE.json)")
    static final class Probes extends Evaluation {
        @Override
        String evaluate(Extractor extractor, PrintStream out) throws IOException {
            return new ProbesEvaluation(extractor, FactLexicon.load()).run(file, out);
        }
    }

    /** CoreNLP logs each model it loads; the figures are what this command is for. */
    private static void quietLibraryLogs() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
