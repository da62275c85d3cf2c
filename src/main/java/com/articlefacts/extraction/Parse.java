package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** The dependency graph of a document, with the walks the fact stages need. */
final class Parse {

    private final List<Token> tokens;
    private static final Set<String> NOUN_PHRASE_SKIP = Set.of("acl", "relcl", "acl:relcl", "appos", "conj", "cc",
            "punct", "nmod", "dep", "parataxis", "advcl", "ccomp");

    private final List<List<Dependency>> children;
    private final List<List<Dependency>> parents;

    Parse(List<Token> tokens, List<Dependency> dependencies) {
        this.tokens = tokens;
        this.children = new ArrayList<>(tokens.size());
        this.parents = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            children.add(new ArrayList<>());
            parents.add(new ArrayList<>());
        }
        for (Dependency dependency : dependencies) {
            if (dependency.governor() >= 0) {
                children.get(dependency.governor()).add(dependency);
            }
            parents.get(dependency.dependent()).add(dependency);
        }
    }

    List<Token> tokens() {
        return tokens;
    }

    Token token(int index) {
        return tokens.get(index);
    }

    String lemma(int index) {
        return tokens.get(index).lemma().toLowerCase(java.util.Locale.ROOT);
    }

    List<Dependency> children(int index) {
        return children.get(index);
    }

    /** Dependents whose relation is the given one or a case-marked form of it ("obl" matches "obl:on"). */
    List<Integer> children(int index, String relation) {
        List<Integer> found = new ArrayList<>();
        for (Dependency dependency : children.get(index)) {
            if (dependency.relation().equals(relation) || dependency.relation().startsWith(relation + ":")) {
                found.add(dependency.dependent());
            }
        }
        return found;
    }

    @Nullable Integer child(int index, String relation) {
        List<Integer> found = children(index, relation);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The first dependent by exactly this relation, none of its subtypes ("nsubj", not "nsubj:pass"). */
    @Nullable Integer childExactly(int index, String relation) {
        for (Dependency dependency : children.get(index)) {
            if (dependency.relation().equals(relation)) {
                return dependency.dependent();
            }
        }
        return null;
    }

    /** The first member of the list the token is a later member of ("A" for "B" in "A and B"), or null. */
    @Nullable Integer conjunctOf(int index) {
        for (Dependency dependency : parents.get(index)) {
            if (dependency.relation().startsWith("conj") && dependency.governor() >= 0) {
                return dependency.governor();
            }
        }
        return null;
    }

    /** The basic-tree governor: the first parent that is not an enhanced++ copy or reference. */
    @Nullable Dependency governor(int index) {
        for (Dependency dependency : parents.get(index)) {
            if (!dependency.relation().endsWith(":xsubj") && !dependency.relation().equals("ref")) {
                return dependency;
            }
        }
        return null;
    }

    /** The span of the token and everything below it in the tree, skipping the given relations. */
    Span subtree(int index, Set<String> skipRelations) {
        int[] bounds = {tokens.get(index).span().begin(), tokens.get(index).span().end()};
        walk(index, skipRelations, new boolean[tokens.size()], bounds);
        return new Span(bounds[0], bounds[1]);
    }

    private void walk(int index, Set<String> skip, boolean[] seen, int[] bounds) {
        if (seen[index]) {
            return;
        }
        seen[index] = true;
        bounds[0] = Math.min(bounds[0], tokens.get(index).span().begin());
        bounds[1] = Math.max(bounds[1], tokens.get(index).span().end());
        for (Dependency dependency : children.get(index)) {
            if (follows(dependency, skip)) {
                walk(dependency.dependent(), skip, seen, bounds);
            }
        }
    }

    /** Whether a phrase reaches down the dependency: not an enhanced++ copy, a skipped relation or another sentence. */
    private boolean follows(Dependency dependency, Set<String> skip) {
        String relation = dependency.relation();
        // a possessor belongs to its noun's phrase like a determiner ("the regime's forces"), unlike nmod
        String base = relation.contains(":") && !relation.equals("nmod:poss")
                ? relation.substring(0, relation.indexOf(':')) : relation;
        return !relation.equals("ref") && !relation.endsWith(":xsubj") && !skip.contains(relation)
                && !skip.contains(base)
                && tokens.get(dependency.dependent()).sentence() == tokens.get(dependency.governor()).sentence();
    }

    /**
     * The noun phrase of a head: its modifiers (compounds, adjectives, possessors, determiners), not its clauses,
     * nor the preposition that attaches it ("against ISIL" names ISIL).
     */
    Span nounPhrase(int head) {
        int[] bounds = {tokens.get(head).span().begin(), tokens.get(head).span().end()};
        boolean[] seen = new boolean[tokens.size()];
        seen[head] = true;
        for (Dependency dependency : children.get(head)) {
            if (!dependency.relation().equals("case") && follows(dependency, NOUN_PHRASE_SKIP)) {
                walk(dependency.dependent(), NOUN_PHRASE_SKIP, seen, bounds);
            }
        }
        return new Span(bounds[0], bounds[1]);
    }
}
