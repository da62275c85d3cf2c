package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Names retyped, removed and added, applied at once to the names found, in text order. */
final class NameRevision {

    /** The name found at each token, if any. */
    final NerMention[] at;
    final Map<NerMention, String> retype = new HashMap<>();
    final List<NerMention> added = new ArrayList<>();
    final Set<NerMention> removed = new HashSet<>();

    NameRevision(List<Token> tokens, List<NerMention> found) {
        at = new NerMention[tokens.size()];
        found.forEach(name -> Arrays.fill(at, name.firstToken(), name.endToken(), name));
    }

    List<NerMention> applyTo(List<NerMention> found) {
        List<NerMention> names = new ArrayList<>();
        found.stream().filter(name -> !removed.contains(name)).forEach(name -> names.add(retype.containsKey(name)
                ? NameConsistencyStage.retyped(name, retype.get(name)) : name));
        names.addAll(added);
        names.sort(Comparator.comparing(NerMention::span));
        return names;
    }
}
