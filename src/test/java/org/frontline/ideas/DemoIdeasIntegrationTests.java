package org.frontline.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.frontline.ideas.internal.Portals;
import org.frontline.ideas.internal.TopicFilter;
import org.frontline.ideas.internal.TopicLists;
import org.frontline.ideas.internal.TopicSort;
import org.frontline.shared.PageRequest;
import org.frontline.workspaces.WorkspaceAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo's first start opens acme's portal with topics, votes and a roadmap. Shares the demo test's context. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "frontline.demo.enabled=true",
            "frontline.demo.replay-span=2s",
            "frontline.demo.bootstrap-token=" + "demo-bootstrap-token-for-tests"
        })
@ActiveProfiles("test")
class DemoIdeasIntegrationTests {

    @Autowired
    WorkspaceAdministration administration;

    @Autowired
    Portals portals;

    @Autowired
    TopicLists lists;

    @Test
    void theDemoWorkspaceGetsAPortalWithVotedTopicsAndARoadmap() {
        var acme = administration.findWorkspace("acme").orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> portals.of(acme).isPresent());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> lists.page(acme, TopicFilter.everything(), TopicSort.TOP, new PageRequest(0, 10)).total() >= 5);

        var top = lists.page(acme, TopicFilter.everything(), TopicSort.TOP, new PageRequest(0, 10)).items();
        assertThat(top.getFirst().title()).isEqualTo("Dark mode for the mobile app");
        assertThat(top.getFirst().voteCount()).isEqualTo(7);
        assertThat(lists.roadmap(acme).values()).allSatisfy(column -> assertThat(column).hasSize(1));
    }
}
