package org.frontline.channels.social;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontline.matching.TrackingQueries;
import org.frontline.matching.TrackingQuery;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * What a network should be asked for, derived from a workspace's live tracking queries: the hashtags they
 * name and their positive words and phrases. Networks search broadly with these; the matcher then applies
 * the full query to every post that comes in.
 */
@Component
public class TrackedTerms {

    private static final Pattern HASHTAG = Pattern.compile("#([\\p{L}\\p{N}_]{1,100})");
    private static final Pattern TERM = Pattern.compile("\"([^\"]{2,100})\"|([\\p{L}\\p{N}][\\p{L}\\p{N}_.-]{1,99})");
    private static final Set<String> OPERATORS = Set.of("and", "or", "not", "near");
    private static final int MAX = 20;

    private final TrackingQueries queries;

    TrackedTerms(TrackingQueries queries) {
        this.queries = queries;
    }

    public List<String> hashtags(WorkspaceId workspace) {
        var tags = new LinkedHashSet<String>();
        for (var query : live(workspace)) {
            var matcher = HASHTAG.matcher(query.query());
            while (matcher.find() && tags.size() < MAX) {
                tags.add(matcher.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(tags);
    }

    /** Words and phrases outside fields and negations, for a network's search. */
    public List<String> terms(WorkspaceId workspace) {
        var terms = new LinkedHashSet<String>();
        for (var query : live(workspace)) {
            var text = query.query().replaceAll("(?i)\\bNOT\\s+(\"[^\"]*\"|\\S+)", " ").replaceAll("\\b\\w+:\\S+", " ").replaceAll("[#@]\\S+", " ");
            var matcher = TERM.matcher(text);
            while (matcher.find() && terms.size() < MAX) {
                var term = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                if (!OPERATORS.contains(term.toLowerCase(Locale.ROOT)) && !term.matches("\\d+")) {
                    terms.add(term.toLowerCase(Locale.ROOT));
                }
            }
        }
        return List.copyOf(terms);
    }

    private List<TrackingQuery> live(WorkspaceId workspace) {
        return queries.list(workspace).stream().filter(q -> !q.paused()).toList();
    }
}
