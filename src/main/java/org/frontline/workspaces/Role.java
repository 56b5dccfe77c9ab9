package org.frontline.workspaces;

/** What a person or token may do in one workspace. Each role includes the ones below it. */
public enum Role {
    VIEWER,
    AGENT,
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public static Role parse(String value) {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
