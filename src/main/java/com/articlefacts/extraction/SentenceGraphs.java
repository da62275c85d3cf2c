package com.articlefacts.extraction;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;

/**
 * CoreNLP's {@link SemanticGraph} of each sentence, rebuilt from our tokens and dependencies so that Semgrex
 * patterns run over a parse however it was made: by CoreNLP, read back from storage or written by hand in a test.
 * A vertex's {@link IndexedWord#index()} is its token's position in the sentence from 1, as CoreNLP numbers it.
 */
final class SentenceGraphs {

    private SentenceGraphs() {
    }

    /** The sentence's graph, its root and every dependency between two of its words. */
    static SemanticGraph of(Parse parse, Sentence sentence) {
        SemanticGraph graph = new SemanticGraph();
        IndexedWord[] words = new IndexedWord[sentence.endToken() - sentence.firstToken()];
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            Token token = parse.token(i);
            CoreLabel label = new CoreLabel();
            label.setWord(token.word());
            label.setValue(token.word());
            label.setTag(token.pos());
            label.setLemma(token.lemma());
            label.setNER(token.ner());
            label.setIndex(i - sentence.firstToken() + 1);
            label.setSentIndex(sentence.index());
            IndexedWord word = new IndexedWord(label);
            words[i - sentence.firstToken()] = word;
            graph.addVertex(word);
        }
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            for (Dependency dependency : parse.children(i)) {
                int dependent = dependency.dependent();
                if (dependent >= sentence.firstToken() && dependent < sentence.endToken()) {
                    graph.addEdge(words[i - sentence.firstToken()], words[dependent - sentence.firstToken()],
                            GrammaticalRelation.valueOf(Language.UniversalEnglish, dependency.relation()), 1.0, false);
                }
            }
        }
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            Dependency governor = parse.governor(i);
            if (governor != null && governor.governor() < 0) {
                graph.addRoot(words[i - sentence.firstToken()]);
            }
        }
        return graph;
    }

    /** The token a vertex of a sentence's graph stands for. */
    static int tokenOf(Sentence sentence, IndexedWord word) {
        return sentence.firstToken() + word.index() - 1;
    }
}
