package org.frontline.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRequestTests {

    @Test
    void clampsSizeToWhatTheServerServes() {
        assertThat(new PageRequest(0, 10_000).size()).isEqualTo(PageRequest.MAX_SIZE);
        assertThat(new PageRequest(0, 0).size()).isEqualTo(1);
    }

    @Test
    void computesTheOffsetOfAPage() {
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
    }

    @Test
    void refusesNegativePages() {
        assertThatThrownBy(() -> new PageRequest(-1, 20)).isInstanceOf(IllegalArgumentException.class);
    }
}
