package org.frontline.classify.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The labelled data in the repository: Frontline's own posts, BANKING77 utterances mapped to complaint or
 * question, and the Davidson et al. tweets for rudeness. Each set is split into training and held-out posts by
 * a hash of the text, so the split is the same on every machine and does not move when posts are added.
 */
public final class TrainingData {

    /** A post with one label. */
    public record Labelled(String text, String label) {}

    /** One of Frontline's own posts: intent, polarity (-1, 0, 1) and whether it is rude. */
    public record OwnPost(String text, String intent, int polarity, boolean rude) {}

    /** BANKING77 categories that report a problem: a complaint in Frontline's terms (a breach of expectation). */
    static final Set<String> BANKING_COMPLAINTS = Set.of("card_not_working", "contactless_not_working",
            "extra_charge_on_statement", "transaction_charged_twice", "Refund_not_showing_up",
            "wrong_amount_of_cash_received", "card_payment_wrong_exchange_rate", "wrong_exchange_rate_for_cash_withdrawal",
            "declined_card_payment", "declined_transfer", "declined_cash_withdrawal", "failed_transfer", "top_up_failed",
            "top_up_reverted", "card_swallowed", "cash_withdrawal_not_recognised", "card_payment_not_recognised",
            "direct_debit_payment_not_recognised", "balance_not_updated_after_bank_transfer",
            "balance_not_updated_after_cheque_or_cash_deposit", "virtual_card_not_working", "pin_blocked",
            "unable_to_verify_identity", "transfer_not_received_by_recipient", "compromised_card");

    /** BANKING77 categories that ask for information: a question. Ambiguous categories are left out. */
    static final Set<String> BANKING_QUESTIONS = Set.of("exchange_rate", "fiat_currency_support", "age_limit",
            "supported_cards_and_currencies", "card_acceptance", "visa_or_mastercard", "top_up_limits",
            "disposable_card_limits", "atm_support", "apple_pay_or_google_pay", "country_support",
            "getting_virtual_card", "get_physical_card", "order_physical_card", "getting_spare_card", "change_pin",
            "edit_personal_details", "receiving_money", "transfer_timing", "card_delivery_estimate", "exchange_via_app",
            "automatic_top_up", "exchange_charge", "why_verify_identity", "activate_my_card", "card_linking",
            "verify_my_identity", "topping_up_by_card", "top_up_by_cash_or_cheque");

    /** Utterances taken per BANKING77 category for training, so that banking does not drown the own posts. */
    static final int BANKING_PER_CATEGORY = 8;

    private TrainingData() {}

    /** One post in five is held out for evaluation, chosen by a stable hash of its text. */
    public static boolean heldOut(String text) {
        var h = 0x811c9dc5;
        for (var i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x01000193;
        }
        return Math.floorMod(h, 5) == 0;
    }

    public static List<OwnPost> ownPosts() {
        return Resources.lines("data/posts.tsv").stream().map(line -> {
            var cols = line.split("\t", 4);
            return new OwnPost(cols[3], cols[0], Integer.parseInt(cols[1]), "1".equals(cols[2]));
        }).toList();
    }

    /** BANKING77 {@code train} or {@code test}, mapped to complaint/question; at most {@code perCategory} each. */
    public static List<Labelled> banking77(String split, int perCategory) {
        var taken = new HashMap<String, Integer>();
        var posts = new ArrayList<Labelled>();
        for (var row : csv("data/banking77/" + split + ".csv")) {
            var category = row.get("category");
            var label = BANKING_COMPLAINTS.contains(category) ? "complaint" : BANKING_QUESTIONS.contains(category) ? "question" : null;
            if (label != null && taken.merge(category, 1, Integer::sum) <= perCategory) {
                posts.add(new Labelled(row.get("text"), label));
            }
        }
        return posts;
    }

    /** The Davidson et al. tweets: hate speech or offensive language is "rude", neither is "polite". */
    public static List<Labelled> davidson() {
        return csv("data/davidson-offensive/labeled_data.csv").stream()
                .map(row -> new Labelled(unescape(row.get("tweet")), "2".equals(row.get("class")) ? "polite" : "rude"))
                .toList();
    }

    /** Language test posts: ISO 639-1 code and text. */
    public static List<Labelled> languagePosts() {
        return Resources.lines("data/language-short-posts.tsv").stream()
                .map(line -> line.split("\t", 2))
                .map(cols -> new Labelled(cols[1], cols[0]))
                .toList();
    }

    /** Any {@code text,label} CSV with a header row, e.g. one passed to the evaluation command. */
    public static List<Labelled> textLabelCsv(Reader reader) {
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.stream().map(r -> new Labelled(r.get("text"), r.get("label").strip().toLowerCase(java.util.Locale.ROOT))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CSVRecord> csv(String path) {
        try (Reader reader = new InputStreamReader(Resources.open(path), StandardCharsets.UTF_8);
                var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
                        .get().parse(reader)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<String, String> ENTITIES = Map.of("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", "\"");

    /** The tweets keep Twitter's HTML escapes ("&amp;", "&#8220;"): undo them so features match real text. */
    static String unescape(String tweet) {
        var text = tweet;
        for (var e : ENTITIES.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        var out = new StringBuilder(text.length());
        var i = 0;
        while (i < text.length()) {
            var semicolon = text.startsWith("&#", i) ? text.indexOf(';', i) : -1;
            if (semicolon > i + 2 && semicolon - i <= 9 && text.substring(i + 2, semicolon).chars().allMatch(Character::isDigit)) {
                out.appendCodePoint(Integer.parseInt(text.substring(i + 2, semicolon)));
                i = semicolon + 1;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }
}
