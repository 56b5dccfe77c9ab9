package org.frontline.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.frontline.routing.AgentPicker.Candidate;
import org.frontline.routing.AgentPicker.Strategy;
import org.junit.jupiter.api.Test;

class AgentPickerTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant MONDAY_10_PARIS = LocalDateTime.parse("2026-11-23T10:00").atZone(PARIS).toInstant();

    private static Agent agent(String name, ZoneId zone, Set<String> languages, int capacity) {
        return new Agent(
                new AgentId(UUID.nameUUIDFromBytes(name.getBytes())),
                name,
                languages,
                Set.of("billing"),
                BusinessHours.weekdays(zone, LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of()),
                capacity);
    }

    private static final Agent ANA = agent("Ana", PARIS, Set.of("fr", "en"), 8);
    private static final Agent BEN = agent("Ben", PARIS, Set.of("en"), 8);
    private static final Agent CLEO = agent("Cleo", NEW_YORK, Set.of("fr", "en"), 8);

    @Test
    void choosesTheLeastLoadedAgentWhoSpeaksTheLanguageAndExplainsWhy() {
        var pick = AgentPicker.pick("EMEA Billing", List.of(new Candidate(ANA, 3), new Candidate(BEN, 1)), "fr", Set.of(), MONDAY_10_PARIS, Strategy.LEAST_LOADED, null);

        assertThat(pick.agent()).contains(ANA);
        assertThat(pick.explanation()).isEqualTo("Chose Ana: speaks fr, on shift 09:00\u201317:00 Europe/Paris, 3 of 8 open cases.");
    }

    @Test
    void followsTheSunSkippingAgentsOffShiftInTheirOwnTimeZone() {
        var pick = AgentPicker.pick("Global", List.of(new Candidate(CLEO, 0), new Candidate(BEN, 5)), null, Set.of(), MONDAY_10_PARIS, Strategy.LEAST_LOADED, null);

        assertThat(pick.agent()).contains(BEN);
    }

    @Test
    void leavesTheCaseInTheQueueWhenNobodyIsEligibleAndSaysWhy() {
        var pick = AgentPicker.pick(
                "EMEA Billing",
                List.of(new Candidate(ANA, 8), new Candidate(BEN, 0), new Candidate(CLEO, 0)),
                "fr",
                Set.of(),
                MONDAY_10_PARIS,
                Strategy.LEAST_LOADED,
                null);

        assertThat(pick.agent()).isEmpty();
        assertThat(pick.explanation())
                .contains("Ana has 8 of 8 open cases")
                .contains("Ben does not speak fr")
                .contains("Cleo is off shift")
                .endsWith("waits in the team queue until someone comes on shift or frees up.");
    }

    @Test
    void requiresTheSkillsTheRuleAsksFor() {
        var pick = AgentPicker.pick("EMEA", List.of(new Candidate(ANA, 0)), null, Set.of("legal"), MONDAY_10_PARIS, Strategy.LEAST_LOADED, null);

        assertThat(pick.agent()).isEmpty();
        assertThat(pick.explanation()).contains("Ana lacks legal");
    }

    @Test
    void roundRobinTakesTheNextEligibleAgentAfterTheLastOne() {
        var team = List.of(new Candidate(ANA, 0), new Candidate(BEN, 0));
        var first = AgentPicker.pick("EMEA", team, null, Set.of(), MONDAY_10_PARIS, Strategy.ROUND_ROBIN, null).agent().orElseThrow();

        var second = AgentPicker.pick("EMEA", team, null, Set.of(), MONDAY_10_PARIS, Strategy.ROUND_ROBIN, first.id()).agent().orElseThrow();
        var third = AgentPicker.pick("EMEA", team, null, Set.of(), MONDAY_10_PARIS, Strategy.ROUND_ROBIN, second.id()).agent().orElseThrow();

        assertThat(second).isNotEqualTo(first);
        assertThat(third).isEqualTo(first);
    }

    @Test
    void treatsARegionalLanguageTagAsItsLanguage() {
        assertThat(ANA.speaks("fr-CA")).isTrue();
        assertThat(BEN.speaks("pt-BR")).isFalse();
    }

    @Test
    void explainsAnEmptyTeam() {
        var pick = AgentPicker.pick("Night shift", List.of(), null, Set.of(), MONDAY_10_PARIS, Strategy.LEAST_LOADED, null);

        assertThat(pick.explanation()).startsWith("Night shift has no agents");
    }
}
