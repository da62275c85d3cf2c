package com.articlefacts.extraction;

/**
 * A dependency between two tokens (indices into the document's tokens).
 *
 * @param governor the head token, -1 for the root relation
 * @param relation the universal dependency relation, with enhanced++ case marking ("nmod:on", "obl:with")
 */
public record Dependency(int governor, int dependent, String relation) {
}
