package com.articlefacts.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** True positives, false positives and false negatives, and the figures made of them. */
final class Scores {

    int tp;
    int fp;
    int fn;

    double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    void add(Scores other) {
        tp += other.tp;
        fp += other.fp;
        fn += other.fn;
    }

    Map<String, Object> figures(boolean withCounts) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("precision", round(precision()));
        out.put("recall", round(recall()));
        out.put("f1", round(f1()));
        if (withCounts) {
            out.put("tp", tp);
            out.put("fp", fp);
            out.put("fn", fn);
        }
        return out;
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
