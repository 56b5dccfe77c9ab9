package org.frontline.metrics.surveys;

import java.util.Map;
import org.frontline.metrics.surveys.SurveyAnswers.Outcome;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public survey page {@code /s/{token}}: no sign-in, a plain HTML form that works without JavaScript. A
 * refused link (unknown, expired, already answered) gets a polite page with the matching status code.
 */
@Controller
@RequestMapping("/s/{token}")
class SurveyPage {

    private final SurveyAnswers answers;

    SurveyPage(SurveyAnswers answers) {
        this.answers = answers;
    }

    @GetMapping
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        return render(answers.open(token), token, Map.of(), model, response);
    }

    @PostMapping
    String submit(@PathVariable String token, @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        return render(answers.submit(token, form), token, form, model, response);
    }

    private static String render(Outcome outcome, String token, Map<String, String> form, Model model, HttpServletResponse response) {
        model.addAttribute("token", token);
        model.addAttribute("chosen", form);
        return switch (outcome) {
            case Outcome.Open(var survey) -> {
                model.addAttribute("questions", survey.questions());
                yield "surveys/form";
            }
            case Outcome.Invalid(var survey, var problems) -> {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("questions", survey.questions());
                model.addAttribute("problems", problems);
                yield "surveys/form";
            }
            case Outcome.Recorded() -> message(model, response, HttpStatus.OK, "Thank you!",
                    "Your answers are in. They help the team that looked after you.");
            case Outcome.AlreadyAnswered() -> message(model, response, HttpStatus.CONFLICT, "Already answered",
                    "This survey has already been answered, so we did not record it again. Thank you for your time!");
            case Outcome.Expired() -> message(model, response, HttpStatus.GONE, "This survey has closed",
                    "The link has expired. Thank you for wanting to tell us how we did.");
            case Outcome.Unknown() -> message(model, response, HttpStatus.NOT_FOUND, "Survey not found",
                    "This link does not lead to a survey. Please check that it was copied completely.");
        };
    }

    private static String message(Model model, HttpServletResponse response, HttpStatus status, String title, String text) {
        response.setStatus(status.value());
        model.addAttribute("title", title);
        model.addAttribute("text", text);
        return "surveys/message";
    }
}
