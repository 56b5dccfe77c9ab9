package org.frontline.classify.internal;

import java.util.ArrayList;
import java.util.List;
import org.frontline.classify.Intent;
import org.frontline.classify.Reach;
import org.frontline.classify.Signals.IntentSignal;
import org.frontline.classify.Signals.ReachSignal;
import org.frontline.classify.Signals.SentimentSignal;
import org.frontline.classify.Signals.UrgencySignal;
import org.frontline.classify.Urgency;

/**
 * Urgency from what the post says (outage, safety, legal, churn), who says it again (repeated complaints of
 * the same author) and how far it carries (reach). Rudeness is deliberately not an input: a rude customer is
 * still a customer, so it can never lower urgency.
 */
public final class UrgencyRules {

    private record Cue(Phrases phrases, double weight) {}

    private static final List<Cue> CUES = List.of(
            new Cue(new Phrases("safety", List.of("fire", "caught fire", "smoke", "smoking", "burning", "burnt",
                    "melted", "sparks", "sparking", "overheating", "overheated", "electric shock", "shocked me", "injured",
                    "injury", "hurt my", "unsafe", "dangerous", "explode", "exploded", "carbon monoxide", "gas leak",
                    "locked out", "brandgefahr", "incendie", "incendio")), 0.6),
            new Cue(new Phrases("legal", List.of("lawyer", "lawyers", "attorney", "sue", "suing", "lawsuit",
                    "legal action", "small claims", "court", "trading standards", "consumer protection", "ombudsman",
                    "regulator", "ftc", "class action", "gdpr", "data breach", "anwalt", "avocat", "abogado", "advogado",
                    "chargeback", "dispute the charge")), 0.6),
            new Cue(new Phrases("outage", List.of("outage", "is down", "are down", "went down", "down again", "seems to be down", "offline", "not working", "stopped working",
                    "doesn't work", "does not work", "can't log in", "cannot log in", "can't login", "dead", "bricked",
                    "boot loop", "crashes", "crashing", "error", "no internet", "no signal", "#acmedown",
                    "panne", "hors ligne", "caído", "caida", "fora do ar", "ausfall", "störung", "awaria",
                    "przestały działać", "funktioniert nicht", "ne marche plus", "no funciona", "não funciona")), 0.4),
            new Cue(new Phrases("churn", List.of("cancel", "cancelling", "canceling", "cancel my", "switching to",
                    "switch to", "moving to", "leaving for", "unsubscribe", "never buying", "never again",
                    "done with", "refund", "money back", "returning it", "kündigen", "kündige", "résilier",
                    "cancelar", "trocar pela", "trocar por")), 0.35));

    private static final double REPEAT_ONCE = 0.2;
    private static final double REPEAT_MORE = 0.3;
    private static final double REACH_LARGE = 0.15;
    private static final double REACH_HUGE = 0.25;
    private static final double ANGER = 0.1;

    private UrgencyRules() {}

    /**
     * @param recentComplaints complaints by the same author in this workspace shortly before this one
     */
    public static UrgencySignal of(PaddedText padded, IntentSignal intent, SentimentSignal sentiment, ReachSignal reach,
            int recentComplaints) {
        if (intent.intent() == Intent.SPAM) {
            return new UrgencySignal(Urgency.LOW, 0, "spam");
        }
        var reasons = new ArrayList<String>();
        var score = 0.0;
        for (var cue : CUES) {
            var hit = cue.phrases().firstIn(padded);
            if (hit.isPresent()) {
                score += cue.weight();
                reasons.add(cue.phrases().name() + " (\"" + hit.get() + "\")");
            }
        }
        var problem = intent.intent() == Intent.COMPLAINT || sentiment.score() <= -0.3;
        if (problem && recentComplaints > 0) {
            score += recentComplaints == 1 ? REPEAT_ONCE : REPEAT_MORE;
            reasons.add(recentComplaints + " earlier complaint" + (recentComplaints == 1 ? "" : "s") + " by this author");
        }
        if (problem && (reach.level() == Reach.LARGE || reach.level() == Reach.HUGE)) {
            score += reach.level() == Reach.HUGE ? REACH_HUGE : REACH_LARGE;
            reasons.add(reach.level().wireName() + " reach (" + reach.reason() + ")");
        }
        if (intent.intent() == Intent.COMPLAINT && sentiment.score() <= -0.5) {
            score += ANGER;
            reasons.add("strongly negative complaint");
        }
        score = Math.min(1, score);
        var level = score >= 0.6 ? Urgency.URGENT : score >= 0.3 ? Urgency.HIGH : Urgency.NORMAL;
        return new UrgencySignal(level, score, reasons.isEmpty() ? "no outage, safety, legal or churn cue" : String.join("; ", reasons));
    }
}
