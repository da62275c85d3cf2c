package com.articlefacts.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The command line a user meets first: help, and a usage on a wrong call; no model is loaded for either. */
class EvalCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return EvalCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void everyEvaluationAnswersHelpWithItsOptions() {
        assertThat(run("eval", "timeml", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: eval timeml", "FILE", "--errors");

        out.reset();
        assertThat(run("eval", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("seed", "facts", "ner", "timeml", "relations",
                "probes");
    }

    @Test
    void aWrongCallSaysWhatIsWrongAndHowToCallIt() {
        assertThat(run("eval", "ner", "--scheme")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--scheme", "Usage: eval ner");

        err.reset();
        assertThat(run("eval", "sentiment", "a.jsonl")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("sentiment", "Did you mean");

        err.reset();
        assertThat(run("eval", "relations", "--rules")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("FILE");
    }
}
