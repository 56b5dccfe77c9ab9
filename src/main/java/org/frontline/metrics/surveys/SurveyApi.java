package org.frontline.metrics.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.frontline.web.FieldProblem;
import org.frontline.web.InvalidRequest;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/workspaces/{workspace}/surveys}: the workspace's survey settings (admins change them) and its
 * answers, optionally of one case, contact or agent. Bad settings answer a validation problem.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{workspace}/surveys")
class SurveyApi {

    record SettingsBody(@Nullable Boolean enabled, @Nullable List<String> questions) {}

    record SettingsView(boolean enabled, List<String> questions) {
        static SettingsView of(SurveySettings.Choice choice) {
            return new SettingsView(choice.enabled(), choice.questions().stream().map(SurveyQuestion::wireName).toList());
        }
    }

    private final WorkspaceAccess access;
    private final SurveySettings settings;
    private final SurveyAnswers answers;

    SurveyApi(WorkspaceAccess access, SurveySettings settings, SurveyAnswers answers) {
        this.access = access;
        this.settings = settings;
        this.answers = answers;
    }

    @GetMapping("/settings")
    SettingsView settings(@PathVariable String workspace) {
        return SettingsView.of(settings.of(access.require(workspace, Role.VIEWER).id()));
    }

    @PutMapping("/settings")
    SettingsView change(@PathVariable String workspace, @RequestBody SettingsBody body) {
        var scope = access.require(workspace, Role.ADMIN);
        return SettingsView.of(settings.save(scope.id(), choice(body)));
    }

    @GetMapping("/answers")
    List<SurveyAnswer> answers(@PathVariable String workspace, @RequestParam(name = "case", required = false) @Nullable UUID caseId,
            @RequestParam(required = false) @Nullable UUID contact, @RequestParam(required = false) @Nullable UUID agent) {
        return answers.answers(access.require(workspace, Role.VIEWER).id(), caseId, contact, agent);
    }

    private static SurveySettings.Choice choice(SettingsBody body) {
        var problems = new ArrayList<FieldProblem>();
        if (body.enabled() == null) {
            problems.add(new FieldProblem("enabled", "must be true or false"));
        }
        var questions = new ArrayList<SurveyQuestion>();
        if (body.questions() == null || body.questions().isEmpty()) {
            problems.add(new FieldProblem("questions", "must name at least one of csat, ces, nps"));
        } else {
            for (int i = 0; i < body.questions().size(); i++) {
                var name = body.questions().get(i);
                var question = name == null ? java.util.Optional.<SurveyQuestion>empty() : SurveyQuestion.fromWireName(name);
                if (question.isEmpty()) {
                    problems.add(new FieldProblem("questions[" + i + "]", "must be one of csat, ces, nps"));
                }
                question.ifPresent(questions::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return new SurveySettings.Choice(body.enabled(), questions);
    }
}
