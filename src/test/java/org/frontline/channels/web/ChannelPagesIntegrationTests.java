package org.frontline.channels.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import org.frontline.channels.FakeHttpServer;
import org.frontline.channels.feed.FeedSubscriptions;
import org.frontline.channels.importer.ImportJobs;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ChannelPagesIntegrationTests {

    @Autowired WebApplicationContext context;
    @Autowired FeedSubscriptions feeds;
    @Autowired ImportJobs imports;

    @Test
    void showsEverySourceWithItsHealthAndEscapesWhatSourcesSay() throws Exception {
        var ws = new TestWorkspaces(context).create();
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        try (var server = new FakeHttpServer()) {
            server.serve("/feed.xml", "application/rss+xml",
                    "<rss version=\"2.0\"><channel><title>&lt;script&gt;alert(1)&lt;/script&gt;Blog</title>"
                            + "<item><guid>1</guid><title>acme</title></item></channel></rss>");
            feeds.add(ws.id(), server.url("/feed.xml"), Duration.ofMinutes(15));
        }
        var admin = user(ws.adminEmail());

        var hook = mvc.perform(post("/w/" + ws.slug() + "/channels/webhooks").with(admin).with(csrf())
                        .param("name", "crm").param("textPointer", "/text")).andReturn();
        var upload = mvc.perform(multipart("/w/" + ws.slug() + "/channels/imports")
                        .file(new MockMultipartFile("file", "old.csv", "text/csv", "text\nacme hello\n".getBytes()))
                        .with(admin).with(csrf())).andReturn();
        var page = mvc.perform(get("/w/" + ws.slug() + "/channels").with(admin)).andReturn().getResponse();

        assertThat(hook.getFlashMap().get("secret")).asString().startsWith("whsec_");
        assertThat(upload.getResponse().getStatus()).isEqualTo(302);
        assertThat(page.getStatus()).isEqualTo(200);
        var html = page.getContentAsString();
        assertThat(html).contains("Blog", "/hooks/" + ws.slug() + "/crm", "old.csv", "data-testid=\"import-job\"")
                .doesNotContain("<script>alert(1)");
        assertThat(imports.recent(ws.id())).hasSize(1);
    }

    @Test
    void aViewerSeesTheChannelsButCannotChangeThem() throws Exception {
        var ws = new TestWorkspaces(context).create();
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var stranger = user("nobody@frontline.test");

        var page = mvc.perform(get("/w/" + ws.slug() + "/channels").with(stranger)).andReturn().getResponse();
        var add = mvc.perform(post("/w/" + ws.slug() + "/channels/feeds").with(stranger).with(csrf()).param("url", "https://x.example"))
                .andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(404);
        assertThat(add.getStatus()).isEqualTo(404);
    }
}
