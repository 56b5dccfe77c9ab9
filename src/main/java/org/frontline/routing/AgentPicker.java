package org.frontline.routing;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the agent inside a team: only agents who are on shift, speak the post's language, have the skills
 * the rule asks for and are below capacity are eligible; among them the least loaded (or the next in turn).
 * Every pick comes with the sentence that explains it, and so does the decision to leave a case in the queue.
 */
public final class AgentPicker {

    public enum Strategy {
        LEAST_LOADED,
        ROUND_ROBIN
    }

    /** An agent of the team with their current number of open cases. */
    public record Candidate(Agent agent, int openCases) {}

    /** The chosen agent, or none (the case waits in the team queue), with the reason. */
    public record Pick(Optional<Agent> agent, String explanation) {}

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private AgentPicker() {}

    public static Pick pick(
            String teamName,
            List<Candidate> team,
            @Nullable String language,
            Set<String> requiredSkills,
            Instant now,
            Strategy strategy,
            @Nullable AgentId lastAssigned) {
        var eligible = new ArrayList<Candidate>();
        var refusals = new ArrayList<String>();
        for (var candidate : team) {
            var refusal = refusal(candidate, language, requiredSkills, now);
            if (refusal == null) {
                eligible.add(candidate);
            } else {
                refusals.add(candidate.agent().name() + " " + refusal);
            }
        }
        if (eligible.isEmpty()) {
            var why = team.isEmpty() ? teamName + " has no agents" : "nobody in " + teamName + " is eligible (" + String.join(", ", refusals) + ")";
            return new Pick(Optional.empty(), capitalize(why) + ": the case waits in the team queue until someone comes on shift or frees up.");
        }
        var chosen = strategy == Strategy.ROUND_ROBIN ? nextInTurn(eligible, lastAssigned) : leastLoaded(eligible);
        return new Pick(Optional.of(chosen.agent()), "Chose " + chosen.agent().name() + ": " + reasons(chosen, language, requiredSkills, now) + ".");
    }

    private static @Nullable String refusal(Candidate candidate, @Nullable String language, Set<String> skills, Instant now) {
        var agent = candidate.agent();
        if (!agent.hours().isOpen(now)) {
            return "is off shift";
        }
        if (language != null && !agent.speaks(language)) {
            return "does not speak " + language;
        }
        if (!agent.has(skills)) {
            return "lacks " + String.join(", ", skills);
        }
        if (candidate.openCases() >= agent.capacity()) {
            return "has " + candidate.openCases() + " of " + agent.capacity() + " open cases";
        }
        return null;
    }

    private static Candidate leastLoaded(List<Candidate> eligible) {
        // Ties go to the agent with the most spare capacity, then by name, so the choice is repeatable.
        return eligible.stream()
                .min(Comparator.comparingDouble((Candidate c) -> (double) c.openCases() / c.agent().capacity())
                        .thenComparing(c -> -(c.agent().capacity() - c.openCases()))
                        .thenComparing(c -> c.agent().name()))
                .orElseThrow();
    }

    private static Candidate nextInTurn(List<Candidate> eligible, @Nullable AgentId lastAssigned) {
        var ordered = eligible.stream().sorted(Comparator.comparing(c -> c.agent().id().value())).toList();
        for (var i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).agent().id().equals(lastAssigned)) {
                return ordered.get((i + 1) % ordered.size());
            }
        }
        return ordered.getFirst();
    }

    private static String reasons(Candidate chosen, @Nullable String language, Set<String> skills, Instant now) {
        var agent = chosen.agent();
        var parts = new ArrayList<String>();
        if (language != null) {
            parts.add("speaks " + language);
        }
        if (!skills.isEmpty()) {
            parts.add("has " + skills.stream().sorted().collect(Collectors.joining(", ")));
        }
        parts.add("on shift " + shift(agent, now));
        parts.add(chosen.openCases() + " of " + agent.capacity() + " open cases");
        return String.join(", ", parts);
    }

    private static String shift(Agent agent, Instant now) {
        var hours = agent.hours();
        var local = now.atZone(hours.zone());
        return hours.weekly().getOrDefault(local.getDayOfWeek(), List.of()).stream()
                .filter(h -> !local.toLocalTime().isBefore(h.opens())
                        && (h.closes().equals(java.time.LocalTime.MIDNIGHT) || local.toLocalTime().isBefore(h.closes())))
                .findFirst()
                .map(h -> TIME.format(h.opens()) + "\u2013" + (h.closes().equals(java.time.LocalTime.MIDNIGHT) ? "24:00" : TIME.format(h.closes())))
                .orElse("now")
                + " " + hours.zone().getId();
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
