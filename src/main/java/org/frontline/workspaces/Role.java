package org.frontline.workspaces;

/**
 * What a person or token may do in one workspace. Each role includes the ones below it. An {@code APPROVER}
 * works cases like an agent and also sends or rejects the reply drafts agents write while the workspace
 * requires approval (an agency's client, a team lead).
 */
public enum Role {
    VIEWER,
    AGENT,
    APPROVER,
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public static Role parse(String value) {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
