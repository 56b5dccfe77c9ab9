package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.UUID;
import org.frontline.cases.CaseId;
import org.frontline.channels.email.MailboxPoller;
import org.frontline.channels.email.MailboxSettings;
import org.frontline.channels.email.Mailboxes;
import org.frontline.replies.DeliveryState;
import org.frontline.replies.Replies;
import org.frontline.testing.Browser;
import org.frontline.testing.RequiresBrowser;
import org.frontline.testing.TestWorkspaces;
import org.frontline.testing.TestWorkspaces.TestWorkspace;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAdministration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The approval step in a real headless Chromium, answering an e-mail through a real SMTP server (GreenMail):
 * the admin turns approval on, an agent drafts, the client approves with an edit, and only then the answer is sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RequiresBrowser
class ReplyApprovalBrowserTests {

    private static final String PASSWORD = "correct-horse-battery-staple";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("support@acme.test", "support", PASSWORD));

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    WebDriver browser;
    WebDriverWait wait;
    TestWorkspace ws;
    UUID mailbox;

    @BeforeEach
    void setUp() {
        ws = new TestWorkspaces(context).createWithQuery("Acme", "acme");
        mailbox = context.getBean(Mailboxes.class).add(ws.id(), new MailboxSettings("support@acme.test", "127.0.0.1",
                mail.getImap().getPort(), false, "support", PASSWORD, "INBOX", "127.0.0.1", mail.getSmtp().getPort()));
        var administration = context.getBean(WorkspaceAdministration.class);
        administration.grant(administration.createUser("agent-" + ws.slug() + "@agency.test", "Agnes", "agent-password-1"), ws.id(), Role.AGENT);
        administration.grant(administration.createUser("client-" + ws.slug() + "@acme.test", "Cleo", "client-password-1"), ws.id(), Role.APPROVER);
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void anAgentsDraftIsSentOnlyWhenTheClientApprovesIt() {
        signIn(ws.adminEmail(), ws.adminPassword());
        open("/approvals");
        assertThat(text("[data-testid=approval-state]")).isEqualTo("off");
        browser.findElement(By.cssSelector("[data-testid=approval-setting] button")).click();
        wait.until(d -> text("[data-testid=approval-state]").equals("on"));
        signOut();
        var caseId = customerWrites("Acme refund", "Where is my Acme refund?");

        signIn("agent-" + ws.slug() + "@agency.test", "agent-password-1");
        open("/cases/" + caseId.value());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=approval-hint]")));
        browser.findElement(By.id("reply-text")).sendKeys("refund sent");
        var submit = browser.findElement(By.cssSelector("#composer form:not(.approve):not(.reject) button[type=submit]"));
        assertThat(submit.getText()).isEqualTo("Submit for approval");
        submit.click();
        wait.until(d -> text(".alert.notice").startsWith("Draft saved"));
        var state = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=draft-state]")));
        assertThat(state.getText()).isEqualTo("awaiting approval");
        assertThat(browser.findElements(By.cssSelector("[data-testid=approve]"))).as("agents cannot approve").isEmpty();
        assertThat(sentToCustomer()).as("nothing sent before approval").isEmpty();
        signOut();

        signIn("client-" + ws.slug() + "@acme.test", "client-password-1");
        var summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=approvals-summary] a")));
        assertThat(summary.getText()).isEqualTo("1 draft awaits your approval");
        summary.click();
        var draft = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=awaiting-draft]")));
        assertThat(draft.getText()).contains("refund sent").contains("agent-" + ws.slug() + "@agency.test");
        draft.findElement(By.cssSelector("a")).click();
        var edit = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=draft-text]")));
        edit.clear();
        edit.sendKeys("Your refund left today, sorry for the wait.");
        browser.findElement(By.cssSelector("[data-testid=approve]")).click();

        wait.until(d -> text(".alert.notice").startsWith("Approved and queued"));
        await().atMost(Duration.ofSeconds(20)).until(() -> sentToCustomer().size() == 1);
        var sent = sentToCustomer().getFirst();
        assertThat(GreenMailUtil.getBody(sent)).contains("Your refund left today, sorry for the wait.").doesNotContain("refund sent");
        await().atMost(Duration.ofSeconds(20)).until(() -> replies().getFirst().state() == DeliveryState.SENT);
        assertThat(replies().getFirst().reviewedBy()).isEqualTo("client-" + ws.slug() + "@acme.test");
        browser.navigate().refresh();
        var timeline = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=timeline] .act-reply")));
        assertThat(timeline.getText()).contains("approved by client-" + ws.slug() + "@acme.test").contains("Your refund left today");
        assertThat(browser.findElements(By.cssSelector("[data-testid=draft]"))).isEmpty();
    }

    /** What reached the customer's address (the mailbox's own inbox holds the customer's message too). */
    private static java.util.List<jakarta.mail.internet.MimeMessage> sentToCustomer() {
        return java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients() != null && m.getAllRecipients()[0].toString().equals("ana@customer.test");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private CaseId customerWrites(String subject, String body) {
        var raw = "From: Ana Lima <ana@customer.test>\r\nTo: support@acme.test\r\nSubject: " + subject
                + "\r\nMessage-ID: <ask-" + ws.slug() + "@customer.test>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n";
        mail.getUserManager().getUser("support").deliver(GreenMailUtil.newMimeMessage(raw));
        context.getBean(MailboxPoller.class).pollNow(ws.id(), mailbox);
        var id = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select case_id from mention where workspace_id = ?")
                .param(ws.id().value()).query(UUID.class).optional().orElse(null), found -> found != null);
        // The replies module learns the post to answer from CaseOpened, asynchronously.
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from reply_target where case_id = ?")
                .param(id).query(Long.class).single() == 1);
        return new CaseId(id);
    }

    private java.util.List<org.frontline.replies.ReplyView> replies() {
        var caseId = jdbc.sql("select case_id from mention where workspace_id = ?").param(ws.id().value()).query(UUID.class).single();
        return context.getBean(Replies.class).ofCase(ws.id(), new CaseId(caseId));
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + "/w/" + ws.slug() + path);
    }

    private String text(String css) {
        var found = browser.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.getFirst().getText();
    }

    private void signIn(String email, String password) {
        browser.get("http://127.0.0.1:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/inbox"));
    }

    private void signOut() {
        browser.findElement(By.cssSelector(".signout button")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }
}
