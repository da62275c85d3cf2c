package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractorTests {

    private static final Extractor EXTRACTOR = new Extractor(Annotated.KB, FactLexicon.load(), CoreNlp::pipeline);

    private static final String MANBIJ = """
            SDF closes in on Manbij as Turkish army shells Kurdish positions

            The US-backed Syrian Democratic Forces have entered the centre of Manbij, a spokesman said.
            3 min read
            12 August, 2016

            Kurdish-led fighters of the Syrian Democratic Forces pushed into the old quarter of Manbij on Friday, \
            after weeks of fighting with Islamic State group militants who had held the town since 2014.

            The Turkish army shelled SDF positions west of the Euphrates on Saturday, and Ankara said it would not \
            allow Kurdish fighters to stay on the river's western bank.

            Sharfan Darwish, a spokesman for the Manbij Military Council, said IS fighters had used civilians as \
            human shields. Darwish said US warplanes had supported the advance.
            """;

    @Test
    void findsTheActorsOfAnotherBattle() {
        Extraction extraction = EXTRACTOR.extract(MANBIJ, LocalDate.of(2016, 8, 12));
        Map<String, Entity> entities = byKey(extraction);

        assertThat(entities).containsKeys("sdf", "manbij", "turkish-armed-forces", "islamic-state", "united-states",
                "euphrates", "sharfan-darwish");
        assertThat(entities.get("manbij").type()).isEqualTo(EntityType.CITY);
        assertThat(entities.get("sdf").wikipedia()).isEqualTo("Syrian Democratic Forces");
        assertThat(mentionTexts(extraction, MANBIJ, "sharfan-darwish")).containsExactly("Sharfan Darwish", "Darwish");
        assertThat(mentionTexts(extraction, MANBIJ, "islamic-state")).contains("IS");
    }

    @Test
    void aTitleCaseHeadlineMakesNoNameOfItsVerbsAndNounsAndKeepsItsPlacesAndPeople() {
        String text = "Protesters Rally Against New Tax Bill As Ruto Visits Mombasa\n\nThousands of protesters"
                + " marched in Mombasa on Tuesday against a tax bill that President William Ruto has defended.\n";
        Extraction extraction = EXTRACTOR.extract(text, LocalDate.of(2024, 6, 25));
        Map<String, Entity> entities = byKey(extraction);

        assertThat(entities.values()).extracting(Entity::name)
                .noneMatch(name -> name.contains("Rally") || name.contains("Protesters") || name.contains("Bill"));
        assertThat(entities.get("mombasa").type()).isEqualTo(EntityType.CITY);
        assertThat(mentionTexts(extraction, text, "mombasa")).hasSize(2);
        assertThat(mentionTexts(extraction, text, "william-ruto")).contains("Ruto");
    }

    @Test
    void everyMentionIsTheSliceOfItsSpanAndNoneOverlap() {
        Extraction extraction = EXTRACTOR.extract(MANBIJ, LocalDate.of(2016, 8, 12));

        Span previous = new Span(0, 0);
        for (EntityMention mention : extraction.mentions()) {
            assertThat(mention.span().end()).isLessThanOrEqualTo(MANBIJ.length());
            assertThat(mention.span().begin()).isGreaterThanOrEqualTo(previous.end());
            assertThat(mention.span().coveredText(MANBIJ)).isNotBlank();
            previous = mention.span();
        }
    }

    @Test
    void listsEntitiesInOrderOfFirstMention() {
        Extraction extraction = EXTRACTOR.extract(MANBIJ, LocalDate.of(2016, 8, 12));

        assertThat(extraction.entities().get(0).key()).isEqualTo("sdf");
        assertThat(extraction.entities().get(1).key()).isEqualTo("manbij");
    }

    @Test
    void findsEveryRequiredEntityOfTheSeedGold() throws IOException {
        String seed = Files.readString(Path.of("seeds/000_fe54be4b88a2ffd5.txt"), StandardCharsets.UTF_8);
        Extraction extraction = EXTRACTOR.extract(seed, LocalDate.of(2016, 8, 21));
        Map<String, Entity> entities = byKey(extraction);

        JsonNode gold;
        try (InputStream in = getClass().getResourceAsStream("/gold/seed-entities.json")) {
            gold = JsonMapper.builder().build().readTree(in);
        }
        for (JsonNode expected : gold.get("entities")) {
            if (expected.get("required").asBoolean()) {
                String key = expected.get("key").asString();
                assertThat(entities).as(key).containsKey(key);
                assertThat(entities.get(key).type().name()).as(key).isEqualTo(expected.get("type").asString());
            }
        }
        assertThat(mentionTexts(extraction, seed, "ypg")).contains("Kurdish fighters", "Kurdish People's Protection Units");
        assertThat(mentionTexts(extraction, seed, "russian-delegation"))
                .contains("Russian delegation", "Russian mediation team", "Russian commission");
    }

    private static Map<String, Entity> byKey(Extraction extraction) {
        return extraction.entities().stream().collect(Collectors.toMap(Entity::key, Function.identity()));
    }

    private static List<String> mentionTexts(Extraction extraction, String text, String key) {
        return extraction.mentions().stream().filter(m -> m.entityKey().equals(key))
                .map(m -> m.span().coveredText(text)).toList();
    }
}
