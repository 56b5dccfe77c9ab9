package org.frontline.cases;

import java.util.List;
import org.frontline.routing.AgentId;
import org.jspecify.annotations.Nullable;

/**
 * Who a case is between: the contact behind it (null until linked), the agent it is assigned to (null in a
 * queue) and the e-mail addresses the contact is known by (possibly none).
 */
public record CaseParties(CaseId caseId, @Nullable ContactId contact, @Nullable AgentId assignee, List<String> contactEmails) {

    public CaseParties {
        contactEmails = List.copyOf(contactEmails);
    }
}
