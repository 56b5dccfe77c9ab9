package org.frontline.cases;

/** What other modules may know of a case: its channel, who wrote it, its subject and status. */
public record CaseOverview(CaseId id, String channel, String contactName, String subject, CaseStatus status) {}
