package org.frontline.workspaces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTests {

    @Test
    void eachRoleIncludesTheOnesBelowIt() {
        assertThat(Role.ADMIN.includes(Role.AGENT)).isTrue();
        assertThat(Role.AGENT.includes(Role.VIEWER)).isTrue();
        assertThat(Role.VIEWER.includes(Role.AGENT)).isFalse();
        assertThat(Role.AGENT.includes(Role.ADMIN)).isFalse();
    }

    @Test
    void parsesStoredNamesWhateverTheirCase() {
        assertThat(Role.parse(" admin ")).isEqualTo(Role.ADMIN);
    }
}
