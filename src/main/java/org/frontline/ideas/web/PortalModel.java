package org.frontline.ideas.web;

import java.util.Optional;
import org.frontline.ideas.TopicKind;
import org.frontline.ideas.TopicStatus;
import org.frontline.ideas.internal.Portal;
import org.frontline.ideas.internal.PortalPrincipal;
import org.frontline.ideas.internal.TopicFilter;
import org.frontline.ideas.internal.TopicSort;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/** What every portal page shows: the portal, the signed-in customer and the list parameters, parsed leniently. */
final class PortalModel {

    /** The list a page or feed shows, from its query parameters; unknown values fall back to the defaults. */
    record ListParams(TopicSort sort, @Nullable TopicStatus status, @Nullable TopicKind kind, @Nullable String tag,
            @Nullable String q, int page) {

        static ListParams of(@Nullable String sort, @Nullable String status, @Nullable String kind, @Nullable String tag,
                @Nullable String q, int page) {
            return new ListParams(
                    sort == null ? TopicSort.TOP : TopicSort.fromWireName(sort).orElse(TopicSort.TOP),
                    status == null ? null : TopicStatus.fromWireName(status).orElse(null),
                    kind == null ? null : TopicKind.fromWireName(kind).orElse(null),
                    tag == null || tag.isBlank() ? null : tag.strip(),
                    q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(q.strip().length(), 200)),
                    Math.max(page, 0));
        }

        TopicFilter filter() {
            return TopicFilter.everything().withStatus(status).withKind(kind).withTag(tag).withSearch(q);
        }

        /** The query string of this list (without the page), for links, feeds and the pager. */
        String query(@Nullable Integer page) {
            var builder = UriComponentsBuilder.newInstance().queryParam("sort", sort.wireName());
            if (status != null) builder.queryParam("status", status.wireName());
            if (kind != null) builder.queryParam("kind", kind.wireName());
            if (tag != null) builder.queryParam("tag", tag);
            if (q != null) builder.queryParam("q", q);
            if (page != null && page > 0) builder.queryParam("page", page);
            return builder.encode().build().getQuery();
        }

        String title(Portal portal) {
            var what = q != null ? "Search: " + q
                    : status != null ? capitalize(status.label())
                    : kind != null ? capitalize(kind.wireName()) + "s"
                    : capitalize(sort.wireName());
            return what + (tag != null ? " · #" + tag : "") + " · " + portal.title();
        }
    }

    private PortalModel() {}

    static void fill(Model model, Portal portal, Optional<PortalPrincipal> me, String active) {
        model.addAttribute("portal", portal);
        model.addAttribute("me", me.orElse(null));
        model.addAttribute("base", "/p/" + portal.slug());
        model.addAttribute("active", active);
        model.addAttribute("statuses", TopicStatus.values());
        model.addAttribute("kinds", TopicKind.values());
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
