package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who said it. Four shapes of report, read from the dependency parse: a reporting verb with its subject ("SOHR
 * said", "locals told The New Arab", "he added"), a reporting noun with its complement ("There were reports of
 * sniper fire"; an existential "there were" belongs to the cue), a reporting adverb on a verb ("reportedly
 * opened"), and "according to" a source. The source is the subject's entity, else the kind of unnamed source its
 * noun names (reports, locals, officials; "Georgia election officials" are officials, not Georgia); a pronoun is
 * resolved to the last person quoted or named before it. The claim is the quotation next to the cue, else the
 * verb's complement clause, else the clause the report is attached to. A reporting verb with a plain object and
 * no clause or quotation states a fact when the verb has senses other than reporting ("Russian forces maintained
 * control"). Requires {@link Layers#TOKENS}, {@link Layers#DEPENDENCIES},
 * {@link Layers#SENTENCES}, {@link Layers#ENTITIES} and {@link Layers#MENTIONS}; provides {@link Layers#ATTRIBUTIONS}.
 */
public final class AttributionStage implements Stage {

    private final FactLexicon.Cues cues;
    private final Words words;

    public AttributionStage(FactLexicon lexicon, Words words) {
        this.cues = lexicon.cues();
        this.words = words;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.DEPENDENCIES, Layers.SENTENCES, Layers.ENTITIES, Layers.MENTIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ATTRIBUTIONS);
    }

    @Override
    public Document apply(Document doc) {
        Context context = new Context(doc);
        List<Draft> drafts = new ArrayList<>();
        for (Token token : context.parse.tokens()) {
            Draft draft = token.pos().startsWith("VB") ? byVerb(context, token.index(), drafts)
                    : token.pos().startsWith("NN") ? byNoun(context, token.index())
                    : token.pos().startsWith("RB") ? byAdverb(context, token.index()) : null;
            if (draft != null) {
                drafts.add(draft);
            }
        }
        for (Dependency dependency : context.dependencies) {
            if (dependency.relation().endsWith(":according_to") && dependency.governor() >= 0) {
                Draft draft = byAccordingTo(context, dependency.governor(), dependency.dependent(), drafts);
                if (draft != null) {
                    drafts.add(draft);
                }
            }
        }
        drafts.sort(Comparator.comparing(Draft::cue));
        List<Attribution> attributions = new ArrayList<>();
        for (Draft draft : drafts) {
            attributions.add(new Attribution("a" + (attributions.size() + 1), draft.source, draft.sourceIsEntity,
                    draft.cue, draft.claim, draft.medium, draft.directQuote, draft.cueWord));
        }
        return doc.with(Layers.ATTRIBUTIONS, List.copyOf(attributions));
    }

    private @Nullable Draft byVerb(Context context, int verb, List<Draft> earlier) {
        Parse parse = context.parse;
        String lemma = parse.lemma(verb);
        if (!cues.verbs().contains(lemma)) {
            return null;
        }
        Integer subject = parse.child(verb, "nsubj");
        if (subject == null) {
            subject = context.nounJustBefore(verb);
        }
        if (subject == null) {
            return null;
        }
        Source source = source(context, subject, earlier);
        if (source == null) {
            return null;
        }
        Span subjectPhrase = parse.nounPhrase(subject);
        int cueBegin = Math.min(subjectPhrase.begin(), parse.token(verb).span().begin());
        int cueEnd = Math.max(subjectPhrase.end(), parse.token(verb).span().end());
        String medium = null;
        if (cues.mediumVerbs().contains(lemma)) {
            for (int object : listenersOf(parse, verb)) {
                Span phrase = parse.nounPhrase(object);
                EntityMention mention = context.mentionIn(phrase);
                if (mention != null && phrase.begin() > parse.token(verb).span().begin()) {
                    medium = mention.entityKey();
                    cueEnd = Math.max(cueEnd, phrase.end());
                }
            }
            EntityMention next = medium == null ? context.mentionAfter(verb) : null;
            if (next != null) {
                medium = next.entityKey(); // "told Reuters the town had fallen", parsed with Reuters in the clause
                cueEnd = Math.max(cueEnd, next.span().end());
            }
        }
        Span cue = new Span(cueBegin, cueEnd);
        Span quote = context.quoteBeside(cue, parse.token(verb).sentence());
        Integer object = parse.child(verb, "obj");
        if (quote == null && object != null && parse.child(verb, "ccomp") == null
                && cues.clauseOnlyVerbs().contains(lemma)) {
            return null; // "Russian forces maintained control of the bridge": a fact, not a report
        }
        Span claim = quote != null ? quote : claimOfVerb(context, verb, cue);
        if (claim == null) {
            return null;
        }
        return new Draft(source.key, source.isEntity, cue, claim, medium, quote != null, lemma);
    }

    private @Nullable Draft byNoun(Context context, int noun) {
        Parse parse = context.parse;
        String kind = cues.reportNouns().get(parse.lemma(noun));
        Integer complement = parse.child(noun, "nmod:of");
        Dependency governor = parse.governor(noun);
        if (kind == null || complement == null || (governor != null && governor.relation().startsWith("nsubj")
                && governor.governor() >= 0 && cues.verbs().contains(parse.lemma(governor.governor())))) {
            return null;
        }
        Token first = parse.token(noun);
        int cueBegin = first.span().begin();
        // An existential ("there were reports of"): the expletive and its verb belong to the cue.
        Integer expletive = parse.child(noun, "expl");
        if (expletive == null && governor != null && governor.governor() >= 0) {
            expletive = parse.child(governor.governor(), "expl");
        }
        if (expletive != null && expletive < noun) {
            cueBegin = parse.token(expletive).span().begin();
        }
        Integer of = parse.child(complement, "case");
        int cueEnd = of != null ? parse.token(of).span().end() : first.span().end();
        Span claim = parse.subtree(complement, Set.of());
        Span nounExtent = parse.subtree(noun, Set.of("conj", "cc", "punct", "acl:relcl"));
        claim = new Span(Math.max(claim.begin(), cueEnd), Math.max(claim.end(), nounExtent.end()));
        claim = context.trim(claim);
        return new Draft(kind, false, new Span(cueBegin, cueEnd), claim, null, false, parse.lemma(noun));
    }

    private @Nullable Draft byAdverb(Context context, int adverb) {
        Parse parse = context.parse;
        String kind = cues.adverbs().get(parse.token(adverb).word().toLowerCase(java.util.Locale.ROOT));
        Dependency governor = parse.governor(adverb);
        if (kind == null || governor == null || governor.governor() < 0 || !governor.relation().equals("advmod")) {
            return null;
        }
        int verb = governor.governor();
        int verbEnd = parse.token(verb).span().end();
        Integer particle = parse.child(verb, "compound:prt");
        if (particle != null) {
            verbEnd = Math.max(verbEnd, parse.token(particle).span().end());
        }
        Span cue = new Span(Math.min(parse.token(adverb).span().begin(), parse.token(verb).span().begin()), verbEnd);
        int claimEnd = verbEnd;
        for (String relation : List.of("obj", "obl", "xcomp", "ccomp")) {
            for (int dependent : parse.children(verb, relation)) {
                claimEnd = Math.max(claimEnd, parse.subtree(dependent, Set.of()).end());
            }
        }
        Span claim = new Span(parse.token(verb).span().begin(), claimEnd);
        return new Draft(kind, false, cue, claim, null, false, parse.token(adverb).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whom a verb of telling tells: its object, or its indirect object ("told Reuters the town had fallen"). */
    private static List<Integer> listenersOf(Parse parse, int verb) {
        List<Integer> listeners = new ArrayList<>(parse.children(verb, "obj"));
        listeners.addAll(parse.children(verb, "iobj"));
        return listeners;
    }

    /** The complement clause after the verb, else before it, else the clause the report hangs from. */
    private static @Nullable Span claimOfVerb(Context context, int verb, Span cue) {
        Parse parse = context.parse;
        List<Integer> complements = new ArrayList<>(parse.children(verb, "ccomp"));
        complements.sort(Comparator.comparingInt((Integer c) -> c < verb ? 1 : 0));
        for (int complement : complements) {
            Span span = parse.subtree(complement, Set.of());
            if (!span.overlaps(cue)) {
                return span;
            }
            if (span.begin() >= cue.end() || span.end() > cue.end()) {
                return new Span(Math.max(span.begin(), cue.end()), span.end());
            }
        }
        Dependency governor = parse.governor(verb);
        Sentence sentence = context.sentences.get(parse.token(verb).sentence());
        if (governor != null && governor.governor() >= 0 && !governor.relation().equals("root")) {
            Span clause = parse.subtree(governor.governor(), Set.of());
            Span report = parse.subtree(verb, Set.of());
            if (clause.begin() < report.begin()) {
                return context.trim(new Span(clause.begin(), report.begin()));
            }
        }
        Span before = context.trim(new Span(sentence.span().begin(), cue.begin()));
        Span after = context.trim(new Span(cue.end(), sentence.span().end()));
        Span larger = before.length() >= after.length() ? before : after;
        return larger.length() == 0 ? null : larger;
    }

    private @Nullable Source source(Context context, int subject, List<Draft> earlier) {
        Parse parse = context.parse;
        String word = parse.token(subject).word().toLowerCase(java.util.Locale.ROOT);
        boolean person = words.contains("personPronouns", word);
        if (person || words.contains("groupPronouns", word)) {
            return context.antecedent(subject, person, earlier);
        }
        EntityMention mention = context.mentionAt(parse.token(subject).span());
        String kind = unnamedKind(parse, subject);
        if (mention == null) {
            mention = context.mentionIn(parse.nounPhrase(subject));
            // a place in front of a kind of source: officials of a state speak for it ("Turkish officials"),
            // others are that kind of source ("Georgia election officials")
            if (mention != null && kind != null && context.isPlace(mention.entityKey())
                    && (!context.isCountry(mention.entityKey()) || context.wordsBetween(mention.span(), subject))) {
                mention = null;
            }
        }
        if (mention != null) {
            return new Source(mention.entityKey(), true);
        }
        return kind == null ? null : new Source(kind, false);
    }

    /** The kind of unnamed source a noun names, its compound's first ("a monitor group" is monitors). */
    private @Nullable String unnamedKind(Parse parse, int noun) {
        for (int compound : parse.children(noun, "compound")) {
            String kind = cues.unnamedSources().get(parse.lemma(compound).toLowerCase(java.util.Locale.ROOT));
            if (kind != null) {
                return kind;
            }
        }
        return cues.unnamedSources().get(parse.lemma(noun).toLowerCase(java.util.Locale.ROOT));
    }

    /** "according to" a source: the cue is the phrase, the claim the clause it is attached to. */
    private @Nullable Draft byAccordingTo(Context context, int clause, int sourceHead, List<Draft> earlier) {
        Parse parse = context.parse;
        Source source = source(context, sourceHead, earlier);
        if (source == null) {
            return null;
        }
        Span phrase = parse.subtree(sourceHead, Set.of("acl", "acl:relcl", "appos", "parataxis"));
        int begin = phrase.begin();
        for (int marker : parse.children(sourceHead, "case")) {
            begin = Math.min(begin, parse.token(marker).span().begin());
        }
        Span cue = new Span(begin, phrase.end());
        Span whole = parse.subtree(clause, Set.of());
        Span before = context.trim(new Span(whole.begin(), Math.max(whole.begin(), Math.min(whole.end(), cue.begin()))));
        Span after = context.trim(new Span(Math.min(whole.end(), Math.max(whole.begin(), cue.end())), whole.end()));
        Span claim = before.length() >= after.length() ? before : after;
        if (claim.length() == 0) {
            return null;
        }
        return new Draft(source.key, source.isEntity, cue, claim, null, false, "according");
    }

    private record Source(String key, boolean isEntity) {
    }

    private record Draft(String source, boolean sourceIsEntity, Span cue, Span claim, @Nullable String medium,
            boolean directQuote, String cueWord) {
    }

    /** What every rule looks at: the parse, the mentions and the quotations of the document. */
    private static final class Context {
        private final String text;
        private final Parse parse;
        private final List<Sentence> sentences;
        private final List<EntityMention> mentions;
        private final Map<String, Entity> entities;
        private final List<Span> quotes;
        private final List<Dependency> dependencies;

        Context(Document doc) {
            this.text = doc.text();
            this.dependencies = doc.get(Layers.DEPENDENCIES);
            this.parse = new Parse(doc.get(Layers.TOKENS), dependencies);
            this.sentences = doc.get(Layers.SENTENCES);
            this.mentions = doc.get(Layers.MENTIONS);
            this.entities = doc.get(Layers.ENTITIES);
            this.quotes = Quotes.find(text);
        }

        @Nullable EntityMention mentionAt(Span token) {
            for (EntityMention mention : mentions) {
                if (mention.span().overlaps(token)) {
                    return mention;
                }
            }
            return null;
        }

        /** The organisation named at the word after the verb, or after an article there ("told the BBC"). */
        @Nullable EntityMention mentionAfter(int verb) {
            int next = verb + 1;
            if (next < parse.tokens().size() && parse.token(next).pos().equals("DT")) {
                next++;
            }
            if (next >= parse.tokens().size() || parse.token(next).sentence() != parse.token(verb).sentence()) {
                return null;
            }
            EntityMention mention = mentionAt(parse.token(next).span());
            Entity entity = mention == null || mention.nominal() ? null : entities.get(mention.entityKey());
            return entity != null && entity.type() == EntityType.ORGANIZATION
                    && mention.span().begin() >= parse.token(verb).span().end() ? mention : null;
        }

        /** A noun right before the verb's auxiliaries ("commentators have said"), when the parse gave no subject. */
        @Nullable Integer nounJustBefore(int verb) {
            int sentence = parse.token(verb).sentence();
            int i = verb - 1;
            while (i >= 0 && parse.token(i).sentence() == sentence && (parse.token(i).pos().equals("MD")
                    || parse.token(i).pos().startsWith("RB") || (parse.token(i).pos().startsWith("VB")
                    && Set.of("be", "have", "do").contains(parse.lemma(i))))) {
                i--;
            }
            boolean noun = i >= 0 && i < verb - 1 && parse.token(i).sentence() == sentence
                    && (parse.token(i).isNoun() || parse.token(i).pos().equals("PRP"));
            return noun ? i : null;
        }

        /** The first mention inside the span. */
        @Nullable EntityMention mentionIn(Span span) {
            for (EntityMention mention : mentions) {
                if (span.contains(mention.span()) || mention.span().contains(span)) {
                    return mention;
                }
            }
            return null;
        }

        /** A quotation that ends just before the cue or starts just after it, in or next to the cue's sentence. */
        @Nullable Span quoteBeside(Span cue, int sentence) {
            Span within = sentences.get(sentence).span();
            for (Span quote : quotes) {
                boolean before = quote.end() <= cue.begin() && quote.end() >= within.begin() - 1
                        && text.substring(quote.end(), cue.begin()).replaceAll("[\\s\u00A0,\"\u201D]", "").isEmpty();
                boolean after = quote.begin() >= cue.end() && quote.begin() <= within.end() + 1
                        && text.substring(cue.end(), quote.begin()).replaceAll("[\\s\u00A0,:\"\u201C]", "").isEmpty();
                if (before || after) {
                    return trim(quote);
                }
            }
            return null;
        }

        /** The person (for he and she) or group (for they and we) quoted or named last before the pronoun. */
        @Nullable Source antecedent(int pronoun, boolean person, List<Draft> earlier) {
            int at = parse.token(pronoun).span().begin();
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Draft draft = earlier.get(i);
                if (draft.sourceIsEntity && draft.cue.begin() < at && isPerson(draft.source) == person) {
                    return new Source(draft.source, true);
                }
            }
            for (int i = mentions.size() - 1; i >= 0; i--) {
                EntityMention mention = mentions.get(i);
                if (mention.span().end() <= at && !mention.nominal() && isPerson(mention.entityKey()) == person) {
                    return new Source(mention.entityKey(), true);
                }
            }
            return null;
        }

        boolean isPlace(String key) {
            Entity entity = entities.get(key);
            return entity != null && entity.type().isPlace();
        }

        boolean isCountry(String key) {
            Entity entity = entities.get(key);
            return entity != null && entity.type() == EntityType.COUNTRY;
        }

        /** Whether a word stands between the mention and the head noun ("Georgia election officials"). */
        boolean wordsBetween(Span mention, int head) {
            for (Token token : parse.tokens()) {
                // a possessive marker joins them: "Israel's military" speaks for Israel
                if (token.span().begin() >= mention.end() && token.index() < head && !token.pos().equals("POS")
                        && token.sentence() == parse.token(head).sentence()) {
                    return true;
                }
            }
            return false;
        }

        private boolean isPerson(String key) {
            Entity entity = entities.get(key);
            return entity != null && entity.type() == EntityType.PERSON;
        }

        /** Without surrounding spaces, punctuation and quotation marks. */
        Span trim(Span span) {
            int begin = span.begin();
            int end = span.end();
            while (begin < end && isEdge(text.charAt(begin))) {
                begin++;
            }
            while (end > begin && isEdge(text.charAt(end - 1))) {
                end--;
            }
            return new Span(begin, end);
        }

        private static boolean isEdge(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ',' || c == '"' || c == '\u201C'
                    || c == '\u201D' || c == '-' || c == ';';
        }
    }
}
