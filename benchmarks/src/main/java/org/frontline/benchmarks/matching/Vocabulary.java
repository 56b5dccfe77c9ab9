package org.frontline.benchmarks.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.frontline.matching.query.Token;
import org.frontline.matching.query.Tokenizer;

/**
 * The words of one language with how often they occur, most frequent first. English is learned from the BANKING77
 * customer-service questions (CC BY 4.0, Casanueva et al. 2020, see /work/shared/corpus/banking77/SOURCE.md; read at
 * run time, not shipped); the other languages use short hand-written lists of everyday and customer-service words,
 * ranked by hand and given Zipf frequencies.
 */
record Vocabulary(String lang, List<String> words, double[] cumulative) {

    /** Samples a word with its frequency. */
    String sample(Random random) {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] < r) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return words.get(low);
    }

    /**
     * Samples a word for a query: skips the most frequent ranks (function words and the commonest content words, which
     * no one tracks alone), then Zipf over the rest.
     */
    String sampleForQuery(Random random) {
        int skip = lang.equals("en") ? 300 : 100;
        int span = words.size() - skip;
        // Zipf with exponent 1 over ranks skip..end: rank = span^u gives density proportional to 1/rank.
        int rank = (int) Math.floor(Math.pow(span, random.nextDouble())) - 1;
        return words.get(skip + Math.max(0, Math.min(span - 1, rank)));
    }

    static Vocabulary english(Path banking77) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : Files.readAllLines(banking77)) {
            int comma = line.lastIndexOf(',');
            String text = comma > 0 ? line.substring(0, comma) : line;
            for (Token token : Tokenizer.tokenize(text)) {
                // Keep the text's own spelling: posts are written from these words, and tokenized again when matched.
                counts.merge(text.substring(token.start(), token.end()).toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.removeIf(e -> e.getKey().equals("text") || e.getKey().equals("category"));
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> words = ranked.stream().map(Map.Entry::getKey).toList();
        double[] cumulative = new double[words.size()];
        double sum = 0;
        for (int i = 0; i < words.size(); i++) {
            sum += ranked.get(i).getValue();
            cumulative[i] = sum;
        }
        return new Vocabulary("en", words, cumulative);
    }

    /**
     * The hand-written words first, then a tail of compounds of their content words ("kundendienst" +
     * "rechnung"), so the language has thousands of rarer words with Zipf frequencies like a real one.
     */
    static Vocabulary zipf(String lang, String words) {
        List<String> head = List.of(words.strip().split("\\s+"));
        List<String> content = head.subList(Math.min(40, head.size() / 3), head.size());
        List<String> list = new ArrayList<>(head);
        Random random = new Random(lang.hashCode());
        java.util.Set<String> seen = new java.util.HashSet<>(head);
        int tail = Math.min(5_000, content.size() * content.size() / 2);
        while (list.size() < head.size() + tail) {
            String compound = content.get(random.nextInt(content.size())) + content.get(random.nextInt(content.size()));
            if (seen.add(compound)) {
                list.add(compound);
            }
        }
        double[] cumulative = new double[list.size()];
        double sum = 0;
        for (int i = 0; i < list.size(); i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        return new Vocabulary(lang, list, cumulative);
    }

    static final String FRENCH = """
            le de la et les des un une est pas je que pour en mon ma mes vous il qui sur avec dans ce plus ne au
            tout mais votre on a été fait merci bonjour toujours encore depuis jours semaine commande colis livraison
            remboursement carte compte paiement facture service client application appli site retard problème panne
            bug erreur connexion mot passe téléphone réponse attente annulation annuler retour produit cassé abonnement
            prix frais virement banque argent euros délai aide support conseiller magasin adresse email message
            impossible jamais vraiment inacceptable déçu satisfait rapide lent nouveau mise jour version écran
            bloqué bloquée reçu reçue envoyé envoyée numéro suivi transporteur stock rupture garantie échange
            réclamation plainte service après vente qualité sécurité données confidentialité""";

    static final String GERMAN = """
            der die und das ich ist nicht zu ein mit den von es auf für sie im mein meine eine ist noch schon
            wieder seit tagen woche bestellung paket lieferung rückerstattung karte konto zahlung rechnung kundendienst
            kundenservice app webseite verspätung problem störung fehler anmeldung passwort telefon antwort warten
            stornierung stornieren rücksendung produkt kaputt abo abonnement preis gebühren überweisung bank geld
            euro frist hilfe support berater filiale adresse mail nachricht unmöglich nie wirklich inakzeptabel
            enttäuscht zufrieden schnell langsam neu update version bildschirm gesperrt erhalten gesendet nummer
            sendungsverfolgung zusteller lager garantie umtausch reklamation beschwerde qualität sicherheit daten
            datenschutz danke bitte hallo""";

    static final String SPANISH = """
            de la que el en y a los se del las un por con no una su para es al lo como más mi pero me ya
            todavía desde días semana pedido paquete entrega reembolso tarjeta cuenta pago factura servicio cliente
            aplicación app web retraso problema caída error acceso contraseña teléfono respuesta espera cancelación
            cancelar devolución producto roto suscripción precio comisiones transferencia banco dinero euros plazo
            ayuda soporte asesor tienda dirección correo mensaje imposible nunca realmente inaceptable decepcionado
            satisfecho rápido lento nuevo actualización versión pantalla bloqueada recibido enviado número seguimiento
            repartidor stock garantía cambio reclamación queja calidad seguridad datos privacidad gracias hola favor""";

    static final String PORTUGUESE = """
            de a o que e do da em um para é com não uma os no se na por mais as dos como mas meu minha já
            ainda desde dias semana pedido encomenda entrega reembolso cartão conta pagamento fatura atendimento
            cliente aplicativo app site atraso problema falha erro login senha telefone resposta espera cancelamento
            cancelar devolução produto quebrado assinatura preço taxas transferência banco dinheiro reais prazo ajuda
            suporte atendente loja endereço email mensagem impossível nunca realmente inaceitável decepcionado
            satisfeito rápido lento novo atualização versão tela bloqueada recebido enviado número rastreamento
            transportadora estoque garantia troca reclamação queixa qualidade segurança dados privacidade obrigado
            olá favor""";

    static final List<String> BRANDS = List.of(
            "acme", "globex", "initech", "umbrella", "hooli", "vandelay", "wonka", "stark", "wayne", "cyberdyne",
            "tyrell", "soylent", "oscorp", "aperture", "massive", "dynamic", "contoso", "fabrikam", "northwind",
            "tailspin");
}
