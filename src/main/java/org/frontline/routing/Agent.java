package org.frontline.routing;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Someone who answers: the languages they write (ISO 639-1 codes), their skills, their working hours in
 * their own time zone, and how many open cases they can carry at once.
 */
public record Agent(AgentId id, String name, Set<String> languages, Set<String> skills, BusinessHours hours, int capacity) {

    public Agent {
        languages = languages.stream().map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        skills = skills.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        if (capacity < 1) {
            throw new IllegalArgumentException("An agent's capacity is at least one case");
        }
    }

    /** Whether the agent writes the language of a post; a region ("pt-BR") counts as its language ("pt"). */
    public boolean speaks(String language) {
        var primary = language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return languages.contains(primary);
    }

    public boolean has(Set<String> required) {
        return required.stream().map(s -> s.toLowerCase(Locale.ROOT)).allMatch(skills::contains);
    }
}
