package org.frontline.cases.web;

import org.frontline.cases.CaseFilter;
import org.frontline.cases.CaseId;
import org.frontline.shared.PageRequest;
import org.frontline.shared.WorkspaceId;
import org.springframework.context.ApplicationContext;

/**
 * Lets the benchmark call the exact code behind the inbox and the case page ({@link CaseViews}, package-private
 * in the application), from the same package: nothing is re-implemented, only measured.
 */
public final class CaseViewsAccess {

    private final CaseViews views;

    public CaseViewsAccess(ApplicationContext context) {
        this.views = context.getBean(CaseViews.class);
    }

    /** One inbox page as the inbox shows it (cases, posts, matched queries, signals, SLA); answers its size. */
    public int inbox(WorkspaceId workspace, CaseFilter filter, PageRequest page) {
        return views.inbox(workspace, filter, page).items().size();
    }

    /** A case as its page shows it (every mention with post, matches, highlights and signals); answers the mention count. */
    public int open(WorkspaceId workspace, CaseId id) {
        return views.detail(workspace, id).orElseThrow().mentions().size();
    }
}
