package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class EventStageTests {

    private static final LocalDate DAY = LocalDate.of(2016, 10, 3);

    @Test
    void thePassiveAgentIsTheActorAndItsSubjectTheTarget() {
        String text = "Kurdish positions near Manbij were shelled by the Turkish army on Saturday.";
        List<Event> events = Annotated.facts(text, DAY).get(Layers.EVENTS);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("SHELLING");
            assertThat(event.actor()).isEqualTo("turkish-armed-forces");
            assertThat(event.target()).isEqualTo("ypg");
            assertThat(event.place()).isEqualTo("manbij");
            assertThat(event.date()).isEqualTo("2016-10-01");
            assertThat(event.certainty()).isEqualTo("asserted");
        });
    }

    @Test
    void anEventInAReportedClaimIsReportedAndLinksItsAttribution() {
        String text = "The Syrian Observatory for Human Rights said Russian warplanes bombed Idlib on Sunday.";
        Document doc = Annotated.facts(text, DAY);
        List<Event> events = doc.get(Layers.EVENTS);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("AIRSTRIKE");
            assertThat(event.actor()).isEqualTo("russia");
            assertThat(event.place()).isEqualTo("idlib");
            assertThat(event.date()).isEqualTo("2016-10-02");
            assertThat(event.certainty()).isEqualTo("reported");
            assertThat(event.attribution()).isEqualTo(doc.get(Layers.ATTRIBUTIONS).get(0).id());
        });
    }

    @Test
    void aVerbNeedsItsObjectToBeATrigger() {
        String text = "The US opened an air base near Kobani, and the coalition opened talks with tribes.";
        List<Event> events = Annotated.facts(text, DAY).get(Layers.EVENTS);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("BASE_ESTABLISHED");
            assertThat(event.actor()).isEqualTo("united-states");
            assertThat(event.trigger().coveredText(text)).isEqualTo("opened an air base");
        });
    }

    @Test
    void anEventWithoutAnActorIsDroppedUnlessItsTriggerStandsAlone() {
        String text = "Fighting broke out between the two sides.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS)).isEmpty();
    }

    @Test
    void unnamedGunmenCanAttackAndTheirVictimsAreCounted() {
        String text = "Unknown gunmen shot dead three police officers in Kano on Monday.";
        List<Event> events = Annotated.facts(text, DAY).get(Layers.EVENTS);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("ATTACK");
            assertThat(event.actor()).isNull();
            assertThat(event.actorPhrase().coveredText(text)).isEqualTo("Unknown gunmen");
            assertThat(event.place()).isEqualTo("kano");
            assertThat(event.casualties()).singleElement().satisfies(casualty -> {
                assertThat(casualty.kind()).isEqualTo("killed");
                assertThat(casualty.count()).isEqualTo(3);
                assertThat(casualty.victims()).isEqualTo("officers");
            });
        });
    }

    @Test
    void aWarInEuropeShellingWithItsDeadAndInjured() {
        String text = "Russian forces shelled Kharkiv overnight, killing two civilians and injuring 14 people, "
                + "including a child.";
        List<Event> events = Annotated.facts(text, DAY).get(Layers.EVENTS);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("SHELLING");
            assertThat(event.acledEventType()).isEqualTo("Explosions/Remote violence");
            assertThat(event.acledSubEventType()).isEqualTo("Shelling/artillery/missile attack");
            assertThat(event.actor()).isEqualTo("russia");
            assertThat(event.place()).isEqualTo("kharkiv");
            assertThat(event.casualties()).extracting(Event.Casualty::kind, Event.Casualty::count,
                    Event.Casualty::victims).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("killed", 2, "civilians"),
                            org.assertj.core.groups.Tuple.tuple("injured", 14, "people"));
        });
    }

    @Test
    void aStateRetakingGroundIsAGovernmentRegainingTerritory() {
        String text = "Ukrainian troops recaptured the village of Robotyne on Tuesday, the General Staff said.";
        List<Event> events = Annotated.facts(text, DAY).get(Layers.EVENTS);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("TERRITORY_CHANGE");
            assertThat(event.acledSubEventType()).isEqualTo("Government regains territory");
            assertThat(event.actor()).isEqualTo("ukraine");
            assertThat(event.certainty()).isEqualTo("reported");
        });
    }

    @Test
    void aWarInAfricaAirStrikesByTheArmyThatCarriedThemOut() {
        String text = "The Sudanese army carried out air strikes on El Obeid, killing at least 30 people.";
        Document doc = Annotated.facts(text, DAY);
        List<Event> events = doc.get(Layers.EVENTS);

        assertThat(doc.get(Layers.ENTITIES).get("sudan-armed-forces").partOf()).isEqualTo("sudan");
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("AIRSTRIKE");
            assertThat(event.actor()).isEqualTo("sudan-armed-forces");
            assertThat(event.place()).isEqualTo("el-obeid");
            assertThat(event.casualties()).extracting(Event.Casualty::count).containsExactly(30);
        });
    }

    @Test
    void anArmedGroupAbductingCivilians() {
        String text = "Al-Shabaab gunmen abducted three aid workers near Kismayo.";
        List<Event> events = Annotated.facts(text, DAY).get(Layers.EVENTS);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("ABDUCTION");
            assertThat(event.acledEventType()).isEqualTo("Violence against civilians");
            assertThat(event.actor()).isEqualTo("al-shabaab");
            assertThat(event.targetPhrase().coveredText(text)).isEqualTo("three aid workers");
            assertThat(event.place()).isEqualTo("kismayo");
        });
    }

    @Test
    void aProtestNeedsNoNamedActor() {
        String text = "Thousands of people protested in Tbilisi against the government on Sunday.";
        List<Event> events = Annotated.facts(text, DAY).get(Layers.EVENTS);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("PROTEST");
            assertThat(event.acledEventType()).isEqualTo("Protests");
            assertThat(event.place()).isEqualTo("tbilisi");
            assertThat(event.date()).isEqualTo("2016-10-02");
        });
    }

    @Test
    void aTerrorAttackWithoutAnActorCountsItsDead() {
        String text = "A car bomb exploded in Mogadishu, killing at least 10 people.";
        List<Event> events = Annotated.facts(text, DAY).get(Layers.EVENTS);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("EXPLOSION");
            assertThat(event.acledSubEventType()).isEqualTo("Remote explosive/landmine/IED");
            assertThat(event.place()).isEqualTo("mogadishu");
            assertThat(event.casualties()).extracting(Event.Casualty::count).containsExactly(10);
        });
    }

    @Test
    void eachCoordinatedActorDidIt() {
        String text = "Britain and France met Iraqi officials in Baghdad on Sunday.";
        List<Event> events = Annotated.facts(text, DAY).get(Layers.EVENTS);

        assertThat(events).extracting(Event::type).containsOnly("MEETING");
        assertThat(events).extracting(Event::actor).containsExactlyInAnyOrder("united-kingdom", "france");
    }

    @Test
    void figuresOfSpeechAndMatchReportsAreNoViolence() {
        for (String text : List.of("The Harris campaign attacked Trump's plan to cut taxes.",
                "The Senate killed the bill on Tuesday.",
                "Manchester United attacked down the left and beat Chelsea 2-1.")) {
            assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS)).as(text).isEmpty();
        }
    }

    @Test
    void aPersonNamedLikeACountryMeetsAsThePerson() {
        String text = "Michael Jordan met fans in Chicago.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS))
                .allSatisfy(event -> assertThat(event.actor()).isNotEqualTo("jordan"));
    }

    @Test
    void aMediatorOfTheTalksIsAThirdPartyOfTheCeasefire() {
        String text = "Turkey and Russia agreed a ceasefire in Idlib, and Egypt, which mediated the talks, welcomed it.";
        List<Event> events = Annotated.facts(text, DAY).get(Layers.EVENTS);

        List<Event> ceasefires = events.stream().filter(event -> event.type().equals("CEASEFIRE")).toList();
        assertThat(ceasefires).singleElement().satisfies(event -> {
            assertThat(List.of(event.actor(), event.target())).containsExactly("turkey", "russia");
            assertThat(event.acledSubEventType()).isEqualTo("Agreement");
            assertThat(event.place()).isEqualTo("idlib");
            assertThat(event.thirdParties()).containsExactly(new Event.Party("egypt", "mediator"));
        });
    }

    @Test
    void aNegatedEventDidNotHappen() {
        String text = "The Russian delegation did not meet the Kurdish officials in Qamishli.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS)).isEmpty();
    }

    @Test
    void twoLeadersWhoMetMetEachOther() {
        String text = "William Ruto and Raila Odinga met in Nairobi on Friday and discussed the election results.";
        List<Event> events = Annotated.facts(text, DAY).get(Layers.EVENTS);

        assertThat(events).hasSize(2).allSatisfy(event -> {
            assertThat(event.type()).isEqualTo("MEETING");
            assertThat(event.actorPhrase().coveredText(text)).isEqualTo("William Ruto");
            assertThat(event.targetPhrase().coveredText(text)).isEqualTo("Raila Odinga"); // not the results discussed
        });
    }

    @Test
    void eachNamedTargetOfAListIsAttacked() {
        String text = "Russian jets bombed Aleppo and Idlib overnight, and struck hospitals, schools and markets.";
        List<Event> events = Annotated.facts(text, DAY).get(Layers.EVENTS);

        // jets that strike make an air strike of it too
        assertThat(events).allSatisfy(event -> assertThat(event.type()).isEqualTo("AIRSTRIKE"));
        assertThat(events).filteredOn(event -> event.target() != null)
                .extracting(Event::target, Event::place)
                .containsExactlyInAnyOrder(tuple("aleppo", "aleppo"), tuple("idlib", "idlib"));
        assertThat(events).filteredOn(event -> event.target() == null).singleElement()
                .satisfies(event -> assertThat(event.targetPhrase().coveredText(text))
                        .isEqualTo("hospitals, schools and markets"));
    }

    @Test
    void aGroupNamedByAPronounFightsOnlyAnArmedParty() {
        String fight = "We will defeat al-Shabaab in Somalia.";
        String unnamed = "We are committed to defeating these terrorists.";
        String metaphor = "They attacked the tax plan and will fight the proposal in parliament.";

        assertThat(Annotated.facts(fight, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("ARMED_CLASH");
            assertThat(event.actor()).isNull();
            assertThat(event.actorPhrase().coveredText(fight)).isEqualTo("We");
            assertThat(event.target()).isEqualTo("al-shabaab");
        });
        assertThat(Annotated.facts(unnamed, DAY).get(Layers.EVENTS)).singleElement()
                .satisfies(event -> assertThat(event.targetPhrase().coveredText(unnamed)).isEqualTo("these terrorists"));
        assertThat(Annotated.facts(metaphor, DAY).get(Layers.EVENTS)).isEmpty();
    }

    @Test
    void aTruceBetweenTwoPartiesIsBetweenThem() {
        String text = "The ceasefire agreement between Israel and Hamas held on Sunday.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.actor()).isEqualTo("israel");
            assertThat(event.target()).isEqualTo("hamas");
            assertThat(event.targetPhrase().coveredText(text)).isEqualTo("Hamas");
        });
    }

    @Test
    void supportIsForANamedPartyNotForABill() {
        String text = "Iran's support for Hezbollah grew, while public support for the bill fell.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("SUPPORT");
            assertThat(event.actor()).isEqualTo("iran");
            assertThat(event.target()).isEqualTo("hezbollah");
        });
    }

    @Test
    void groundTakenFromAPartyIsTakenFromThemThere() {
        String text = "Kurdish fighters recaptured Manbij from the Islamic State on Friday.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("TERRITORY_CHANGE");
            assertThat(event.actor()).isEqualTo("ypg");
            assertThat(event.target()).isEqualTo("islamic-state");
            assertThat(event.place()).isEqualTo("manbij");
        });
    }

    @Test
    void unnamedForcesListedBesideANamedOneDoItToo() {
        String text = "The Royal Air Force and other coalition forces provided air support to Iraqi troops near Mosul.";
        List<Event> events = Annotated.facts(text, DAY).get(Layers.EVENTS);

        assertThat(events).hasSize(2).allSatisfy(event -> {
            assertThat(event.type()).isEqualTo("SUPPORT");
            assertThat(event.target()).isEqualTo("iraqi-government");
        });
        assertThat(events).extracting(event -> event.actorPhrase().coveredText(text))
                .containsExactly("The Royal Air Force", "other coalition forces");
    }

    @Test
    void anActOwnedByUnnamedForcesOrByTheSubjectsPronoun() {
        String operations = "Coalition operations against the Houthis continued in Yemen.";
        String support = "Britain remains steadfast in its support for the Iraqi army.";
        String notTheirs = "Britain backed the Kurdish Peshmerga in their fight against the Islamic State.";

        assertThat(Annotated.facts(operations, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("ARMED_CLASH");
            assertThat(event.actorPhrase().coveredText(operations)).isEqualTo("Coalition");
            assertThat(event.target()).isEqualTo("houthis");
        });
        assertThat(Annotated.facts(support, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.actor()).isEqualTo("united-kingdom");
            assertThat(event.target()).isEqualTo("iraqi-government");
        });
        // "their" is not Britain's: the fight is the Peshmerga's, not an event of Britain's
        assertThat(Annotated.facts(notTheirs, DAY).get(Layers.EVENTS)).extracting(Event::type)
                .containsExactly("SUPPORT");
    }

    @Test
    void atrocitiesCommittedAgainstPeopleAreAttacks() {
        String atrocities = "Boko Haram has committed atrocities against villagers in Borno.";

        assertThat(Annotated.facts(atrocities, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("ATTACK");
            assertThat(event.actor()).isEqualTo("boko-haram");
            assertThat(event.targetPhrase().coveredText(atrocities)).contains("villagers");
            assertThat(event.place()).isEqualTo("borno");
        });
    }

    @Test
    void supportNamedInAParticipleOrAWithPhraseIsForThePartyItQualifies() {
        String backed = "The Houthis, backed by Iran, attacked ships in the Red Sea.";
        String helped = "Kurdish fighters retook the town with the help of American air strikes.";
        String aided = "Rebels seized the town of Saraqib, aided by support from Turkey and Qatar.";

        assertThat(Annotated.facts(backed, DAY).get(Layers.EVENTS)).filteredOn(e -> e.type().equals("SUPPORT"))
                .singleElement().satisfies(event -> {
                    assertThat(event.actor()).isEqualTo("iran");
                    assertThat(event.actorPhrase().coveredText(backed)).isEqualTo("Iran");
                    assertThat(event.target()).isEqualTo("houthis");
                });
        assertThat(Annotated.facts(helped, DAY).get(Layers.EVENTS)).filteredOn(e -> e.type().equals("SUPPORT"))
                .singleElement().satisfies(event -> {
                    assertThat(event.actor()).isEqualTo("united-states");
                    assertThat(event.target()).isEqualTo("ypg");
                });
        assertThat(Annotated.facts(aided, DAY).get(Layers.EVENTS)).filteredOn(e -> e.type().equals("SUPPORT"))
                .extracting(Event::actor, e -> e.targetPhrase().coveredText(aided))
                .containsExactly(tuple("turkey", "Rebels"), tuple("qatar", "Rebels"));
    }

    @Test
    void theFightOfAListOrOfTheSupportedPartyIsTheirs() {
        String pledged = "Washington pledged support to the Kurdish Peshmerga and the Iraqi army in their fight "
                + "against the Islamic State.";
        String reiterated = "The EU reiterated its support for the government of Somalia in the fight against "
                + "al-Shabaab.";
        String allies = "Kurdish militias are key US allies in the fight against IS.";

        assertThat(Annotated.facts(pledged, DAY).get(Layers.EVENTS))
                .extracting(Event::type, Event::actor, Event::target)
                .containsExactly(tuple("SUPPORT", "united-states", "peshmerga"),
                        tuple("SUPPORT", "united-states", "iraqi-government"),
                        tuple("ARMED_CLASH", "peshmerga", "islamic-state"),
                        tuple("ARMED_CLASH", "iraqi-government", "islamic-state"));
        assertThat(Annotated.facts(reiterated, DAY).get(Layers.EVENTS))
                .extracting(Event::type, Event::actor, Event::target)
                .containsExactly(tuple("SUPPORT", "european-union", "somalia"),
                        tuple("ARMED_CLASH", "somalia", "al-shabaab"));
        // being someone's ally in a fight says whose side one is on, not that a fight took place
        assertThat(Annotated.facts(allies, DAY).get(Layers.EVENTS)).isEmpty();
    }

    @Test
    void weaponsUsedAgainstPeopleAndVerbsSharingTheirObject() {
        String gas = "The Syrian regime has used chemical weapons against civilians in Ghouta.";
        String lawyers = "The company used its lawyers against the regulator.";
        String shared = "Gunmen abducted and killed two aid workers in Darfur.";

        assertThat(Annotated.facts(gas, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("ATTACK");
            assertThat(event.actor()).isEqualTo("syrian-regime");
            assertThat(event.targetPhrase().coveredText(gas)).isEqualTo("civilians");
        });
        assertThat(Annotated.facts(lawyers, DAY).get(Layers.EVENTS)).isEmpty();
        assertThat(Annotated.facts(shared, DAY).get(Layers.EVENTS))
                .extracting(Event::type, e -> e.targetPhrase().coveredText(shared))
                .containsExactly(tuple("ABDUCTION", "two aid workers"), tuple("ATTACK", "two aid workers"));
    }

    @Test
    void theAgentOfARaidAndWhoWasKilledInIt() {
        String raid = "Two soldiers were wounded in an attack by al-Shabaab militants near Mogadishu.";
        String conducted = "He was killed in a raid conducted by the US military in Syria.";

        assertThat(Annotated.facts(raid, DAY).get(Layers.EVENTS)).filteredOn(e -> e.type().equals("ATTACK"))
                .singleElement().satisfies(event -> {
                    assertThat(event.actor()).isEqualTo("al-shabaab");
                    assertThat(event.targetPhrase().coveredText(raid)).isEqualTo("Two soldiers");
                    assertThat(event.place()).isEqualTo("mogadishu");
                });
        assertThat(Annotated.facts(conducted, DAY).get(Layers.EVENTS)).filteredOn(e -> e.type().equals("ATTACK"))
                .singleElement().satisfies(event -> {
                    assertThat(event.actor()).isEqualTo("united-states");
                    assertThat(event.targetPhrase().coveredText(conducted)).isEqualTo("He");
                });
    }

    @Test
    void aPlaceThatFellToAnArmedPartyWasTakenByIt() {
        String fell = "Mosul fell to ISIL in June 2014.";
        String prices = "Oil prices fell to a record low in June.";

        assertThat(Annotated.facts(fell, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("TERRITORY_CHANGE");
            assertThat(event.actor()).isEqualTo("islamic-state");
            assertThat(event.place()).isEqualTo("mosul");
        });
        assertThat(Annotated.facts(prices, DAY).get(Layers.EVENTS)).isEmpty();
    }

    @Test
    void aCommitmentToDefeatAGroupIsTheSubjectsFightAndACommaEndsTheSubject() {
        String committed = "The UK is committed to defeating ISIL.";
        String focused = "Local ground forces, focused on defeating ISIL, retook Sinjar.";

        assertThat(Annotated.facts(committed, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("ARMED_CLASH");
            assertThat(event.actor()).isEqualTo("united-kingdom");
            assertThat(event.targetPhrase().coveredText(committed)).isEqualTo("ISIL");
        });
        // ISIL, named just before "retook" across a comma, did not retake Sinjar
        assertThat(Annotated.facts(focused, DAY).get(Layers.EVENTS)).extracting(Event::actor)
                .doesNotContain("islamic-state");
    }

    @Test
    void weIsTheSideThatSpeaksNotTheGroupNamedLast() {
        String text = "Kenya condemned the attack in Garissa, which al-Shabaab has claimed. We will defeat "
                + "al-Shabaab.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS)).filteredOn(e -> e.type().equals("ARMED_CLASH"))
                .singleElement().satisfies(event -> {
                    assertThat(event.actor()).isEqualTo("kenya");
                    assertThat(event.target()).isEqualTo("al-shabaab");
                });
    }

    @Test
    void theVictimsOfAnActIncludeTheExamplesTheTextGives() {
        String assault = "Marines began their assault on insurgent-held Fallujah.";
        String including = "Gunmen killed 11 people, including a police officer, in Lamu.";
        String topics = "The ministers met in Paris and discussed regional crises such as Libya.";

        assertThat(Annotated.facts(assault, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.actorPhrase().coveredText(assault)).isEqualTo("Marines");
            assertThat(event.target()).isEqualTo("fallujah");
        });
        assertThat(Annotated.facts(including, DAY).get(Layers.EVENTS)).singleElement().satisfies(event ->
                assertThat(event.targetPhrase().coveredText(including)).isEqualTo("11 people, including a police officer"));
        // what a meeting discussed is no party to it
        assertThat(Annotated.facts(topics, DAY).get(Layers.EVENTS)).extracting(Event::target).containsOnlyNulls();
    }

    @Test
    void aGroupAnArmedWordDescribesCanAttackAWorkingGroupCannot() {
        String gangs = "Armed gangs attacked a village in Zamfara.";
        String committee = "The working group attacked the proposal.";

        assertThat(Annotated.facts(gangs, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("ATTACK");
            assertThat(event.actorPhrase().coveredText(gangs)).isEqualTo("Armed gangs");
            assertThat(event.place()).isEqualTo("zamfara");
        });
        assertThat(Annotated.facts(committee, DAY).get(Layers.EVENTS)).isEmpty();
    }

    @Test
    void everyMemberOfAListIsCommittedToTheFight() {
        String text = "Nigeria, Niger and Cameroon are committed to defeating Boko Haram.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS))
                .extracting(Event::type, Event::actor, Event::target)
                .containsExactly(tuple("ARMED_CLASH", "nigeria", "boko-haram"),
                        tuple("ARMED_CLASH", "niger", "boko-haram"), tuple("ARMED_CLASH", "cameroon", "boko-haram"));
    }

    @Test
    void attacksAGroupClaimedAreItsActsAndWhomTheyKilledOrWoundedTheirTargets() {
        String text = "Multiple attacks, claimed by al-Shabaab, have killed 12 soldiers and wounded 20 civilians.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS)).filteredOn(e -> e.targetPhrase() != null)
                .extracting(Event::actor, e -> e.targetPhrase().coveredText(text))
                .containsExactly(tuple("al-shabaab", "12 soldiers"), tuple("al-shabaab", "20 civilians"));
    }

    @Test
    void showingSomethingIsNoDemonstration() {
        String shows = "The attacks in Gao demonstrate the brutality of the jihadists.";
        String marches = "Thousands of students demonstrated in Khartoum on Monday.";

        assertThat(Annotated.facts(shows, DAY).get(Layers.EVENTS)).isEmpty();
        assertThat(Annotated.facts(marches, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("PROTEST");
            assertThat(event.place()).isEqualTo("khartoum");
        });
    }

    @Test
    void theDateAnAssaultBeganIsNoTargetOfIt() {
        String text = "On 12 May, Ukrainian troops began their assault on Russian positions near Bakhmut.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.actor()).isEqualTo("ukraine");
            assertThat(event.target()).isEqualTo("russia");
            assertThat(event.targetPhrase().coveredText(text)).isEqualTo("Russian positions");
            assertThat(event.place()).isEqualTo("bakhmut");
        });
    }

    @Test
    void aWarBetweenTwoSidesNamedInOneWordIsFoughtByBoth() {
        String text = "Thousands died in the Russia-Ukraine war and the India-Pakistan clashes.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS))
                .extracting(Event::type, Event::actor, e -> e.actorPhrase().coveredText(text), Event::target,
                        e -> e.targetPhrase().coveredText(text), Event::place)
                .containsExactly(tuple("ARMED_CLASH", "russia", "Russia", "ukraine", "Ukraine", null),
                        tuple("ARMED_CLASH", "india", "India", "pakistan", "Pakistan", null));
    }

    @Test
    void whoWasKilledInAnAttackDidNotDoIt() {
        String unknown = "Two soldiers were killed in an attack.";
        String russian = "The commander was killed in a Russian airstrike.";

        assertThat(Annotated.facts(unknown, DAY).get(Layers.EVENTS)).isEmpty();
        assertThat(Annotated.facts(russian, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.actor()).isEqualTo("russia");
            assertThat(event.targetPhrase().coveredText(russian)).isEqualTo("The commander");
            assertThat(event.place()).isNull();
        });
    }

    @Test
    void whoActsAsPartOfACoalitionActsWithIt() {
        String text = "Denmark is working as part of the Global Coalition to defeat ISIL in Iraq.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS))
                .extracting(Event::type, Event::actor, Event::target, Event::place)
                .containsExactly(tuple("ARMED_CLASH", "denmark", "islamic-state", "iraq"),
                        tuple("ARMED_CLASH", "global-coalition", "islamic-state", "iraq"));
    }

    @Test
    void theArmedGroupAnOfPhraseNamesIsTheTarget() {
        String text = "The army vowed to destroy the remnants of al-Shabaab.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("ARMED_CLASH");
            assertThat(event.actorPhrase().coveredText(text)).isEqualTo("The army");
            assertThat(event.target()).isEqualTo("al-shabaab");
        });
    }

    @Test
    void theyAreThePeopleTheSentenceNamesLastNotTheStateBeforeThem() {
        String text = "The United States stands with the Ukrainian people as they fight Russian forces.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.actor()).isEqualTo("ukraine");
            assertThat(event.actorPhrase().coveredText(text)).isEqualTo("they");
            assertThat(event.target()).isEqualTo("russia");
        });
    }

    @Test
    void oneStorysWeIsOneSideThoughAnotherGroupIsASubjectInBetween() {
        String text = "The UK condemns the attacks. We stand with Iraq. ISIL murdered hundreds of Yazidis in Sinjar. "
                + "We will defeat ISIL.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS))
                .extracting(Event::type, Event::actor, Event::target)
                .containsExactly(tuple("ATTACK", "islamic-state", null),
                        tuple("ARMED_CLASH", "united-kingdom", "islamic-state"));
    }

    @Test
    void freeingAPlaceTakesItButFreeingPeopleDoesNot() {
        String town = "Ukrainian forces freed Kherson in November.";
        String hostages = "Rebels freed the hostages.";

        assertThat(Annotated.facts(town, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("TERRITORY_CHANGE");
            assertThat(event.actor()).isEqualTo("ukraine");
            assertThat(event.target()).isEqualTo("kherson");
        });
        assertThat(Annotated.facts(hostages, DAY).get(Layers.EVENTS)).isEmpty();
    }

    @Test
    void soldiersAFightSawKilledDidNoKilling() {
        String text = "Russian troops captured the town after weeks of fighting that saw 120 Ukrainian soldiers killed.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS)).noneMatch(e -> "ukraine".equals(e.actor()));
    }

    @Test
    void whoRespondedWithAnActDidIt() {
        String text = "The Sudanese army responded with air strikes on RSF positions.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("AIRSTRIKE");
            assertThat(event.actor()).isEqualTo("sudan-armed-forces");
            assertThat(event.target()).isEqualTo("rapid-support-forces");
        });
    }

    @Test
    void aGroupThatClaimsTheAttackIsTheActorOfTheAttackBefore() {
        String text = "A suicide bomber blew himself up at a checkpoint in Mogadishu, killing at least seven soldiers. "
                + "Al-Shabaab claimed responsibility for the attack.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("SUICIDE_BOMBING");
            assertThat(event.actor()).isEqualTo("al-shabaab");
            assertThat(event.actorPhrase().coveredText(text)).isEqualTo("Al-Shabaab");
            assertThat(event.place()).isEqualTo("mogadishu");
            assertThat(event.casualties()).extracting(Event.Casualty::kind, Event.Casualty::count)
                    .containsExactly(tuple("killed", 7));
        });
    }

    @Test
    void theKillingAnAttackCausedIsItsCasualtiesNotAnotherAttack() {
        String text = "Hamas fighters attacked Israeli communities near the Gaza border, killing about 1,200 people "
                + "and taking some 250 hostages.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS)).extracting(Event::type)
                .containsExactly("ATTACK", "ABDUCTION");
        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS).get(0).casualties())
                .extracting(Event.Casualty::kind, Event.Casualty::count).containsExactly(tuple("killed", 1200));
    }

    @Test
    void fightingThatBrokeOutBetweenTwoForcesIsAClashBetweenThem() {
        String erupted = "Fighting erupted between Hezbollah and Israeli troops on the border.";
        String brokeOut = "Heavy clashes broke out between the army and M23 rebels near Goma.";

        assertThat(Annotated.facts(erupted, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("ARMED_CLASH");
            assertThat(event.actor()).isEqualTo("hezbollah");
            assertThat(event.target()).isEqualTo("israel");
        });
        assertThat(Annotated.facts(brokeOut, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.actorPhrase().coveredText(brokeOut)).isEqualTo("the army");
            assertThat(event.target()).isEqualTo("m23");
        });
    }

    @Test
    void anElectionIsAnEventAndAProtestIsWhereItsMarchersWent() {
        String vote = "The ruling party won 54 percent of the vote in Saturday's parliamentary election.";
        String protest = "Hundreds of people took to the streets of Tbilisi on Sunday to protest against the results.";

        assertThat(Annotated.facts(vote, DAY).get(Layers.EVENTS)).extracting(Event::type).containsExactly("ELECTION");
        assertThat(Annotated.facts(protest, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("PROTEST");
            assertThat(event.place()).isEqualTo("tbilisi");
            assertThat(event.date()).isEqualTo("2016-10-02");
        });
    }

    @Test
    void aMarketIsAPlaceGunmenCanStorm() {
        String text = "Gunmen stormed a market in Kano.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("ATTACK");
            assertThat(event.targetPhrase().coveredText(text)).isEqualTo("a market");
            assertThat(event.place()).isEqualTo("kano");
        });
    }

    @Test
    void protestersWhoClashOrAttackRiotAndPoliceWhoFireOnThemAttack() {
        String clash = "Anti-government protesters clashed with police in Dhaka, leaving two dead.";
        String fire = "Police fired on protesters in Nairobi.";
        String fired = "The company fired 200 workers on Friday.";

        assertThat(Annotated.facts(clash, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("RIOT");
            assertThat(event.acledEventType()).isEqualTo("Riots");
            assertThat(event.targetPhrase().coveredText(clash)).isEqualTo("police");
            assertThat(event.place()).isEqualTo("dhaka");
        });
        assertThat(Annotated.facts(fire, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("ATTACK");
            assertThat(event.targetPhrase().coveredText(fire)).isEqualTo("protesters");
        });
        assertThat(Annotated.facts(fired, DAY).get(Layers.EVENTS)).isEmpty();
    }

    @Test
    void sidesAgreeToATruceAndTroopsThatWithdrewAfterFightingWithAForceFoughtIt() {
        String truce = "Pakistan and India agreed to a ceasefire along the Line of Control.";
        String withdrew = "Ethiopian troops withdrew from Adigrat after heavy fighting with Tigrayan forces.";

        assertThat(Annotated.facts(truce, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("CEASEFIRE");
            assertThat(event.actor()).isEqualTo("pakistan");
            assertThat(event.target()).isEqualTo("india");
        });
        assertThat(Annotated.facts(withdrew, DAY).get(Layers.EVENTS))
                .extracting(Event::type, Event::actor, e -> e.targetPhrase() == null ? null
                        : e.targetPhrase().coveredText(withdrew))
                .containsExactly(tuple("RETREAT", "ethiopia", null),
                        tuple("ARMED_CLASH", "ethiopia", "Tigrayan forces"));
    }

    @Test
    void anAttackByAircraftIsAnAirStrikeAndArmedMenCanKidnap() {
        String aircraft = "US aircraft struck an Islamic State training camp in Libya.";
        String kidnap = "Armed men kidnapped a Catholic priest in southern Nigeria on Sunday.";
        String met = "The men met in Geneva.";

        assertThat(Annotated.facts(aircraft, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("AIRSTRIKE");
            assertThat(event.actor()).isEqualTo("united-states");
            assertThat(event.place()).isEqualTo("libya");
        });
        assertThat(Annotated.facts(kidnap, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("ABDUCTION");
            assertThat(event.actorPhrase().coveredText(kidnap)).isEqualTo("Armed men");
            assertThat(event.targetPhrase().coveredText(kidnap)).isEqualTo("a Catholic priest");
        });
        assertThat(Annotated.facts(met, DAY).get(Layers.EVENTS)).isEmpty();
    }

    @Test
    void whoAStatesMilitarySaysItKilledInADroneStrikeIsOneStrikeByThatMilitary() {
        String text = "Israel's military said it had killed a senior Hezbollah commander in a drone strike in southern "
                + "Lebanon.";
        Document doc = Annotated.facts(text, DAY);

        assertThat(doc.get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("AIRSTRIKE");
            assertThat(event.actor()).isEqualTo("israel-armed-forces");
            assertThat(event.actorPhrase().coveredText(text)).isEqualTo("it");
            assertThat(event.target()).isEqualTo("hezbollah");
            assertThat(event.place()).isEqualTo("lebanon");
            assertThat(event.certainty()).isEqualTo("reported");
        });
        assertThat(doc.get(Layers.ATTRIBUTIONS)).singleElement()
                .satisfies(a -> assertThat(a.source()).isEqualTo("israel-armed-forces"));
    }

    @Test
    void aGroupClaimingResponsibilityIsTheActorOfTheAttackItsGunmanCarriedOut() {
        String text = "A gunman opened fire at a concert hall near Moscow, killing at least 60 people. "
                + "Islamic State claimed responsibility.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("ATTACK");
            assertThat(event.actor()).isEqualTo("islamic-state");
            assertThat(event.place()).isEqualTo("moscow");
            assertThat(event.casualties()).extracting(Event.Casualty::count).containsExactly(60);
        });
    }

    @Test
    void aLeadersGovernmentActsUnnamedAndControlOfACityTakesTheCity() {
        String arrests = "Maduro's government arrested three opposition leaders in Caracas ahead of the vote.";
        String seized = "The Taliban seized control of the provincial capital of Kunduz.";

        assertThat(Annotated.facts(arrests, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("ARREST");
            assertThat(event.actor()).isNull();
            assertThat(event.actorPhrase().coveredText(arrests)).isEqualTo("Maduro's government");
            assertThat(event.place()).isEqualTo("caracas");
        });
        assertThat(Annotated.facts(seized, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("TERRITORY_CHANGE");
            assertThat(event.actor()).isEqualTo("taliban");
            assertThat(event.targetPhrase().coveredText(seized)).isEqualTo("the provincial capital");
            assertThat(event.place()).isEqualTo("kunduz");
        });
    }

    @Test
    void whoIsAppalledByAnAttackIsNoTargetOfIt() {
        String text = "I am appalled by this latest brutal attack by Assad's regime.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS)).singleElement().satisfies(event -> {
            assertThat(event.actorPhrase().coveredText(text)).isEqualTo("Assad's regime");
            assertThat(event.targetPhrase()).isNull();
        });
    }
}
