package org.frontline.matching.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckTests {

    @Test
    void keepsTheOneAtomClausesOfAnAndAsRequiredAndForbiddenNumbers() {
        Atoms atoms = new Atoms();
        Check.All all = (Check.All) compile("refund AND NOT acme AND \"money back\" AND NOT #spam AND refun* AND (a OR b) AND NOT (c d e)", atoms);

        assertThat(all.required()).containsExactly(atoms.word("refund").id(), atoms.pair("money", "back").id(),
                atoms.stem("refun").id());
        assertThat(all.forbidden()).containsExactly(atoms.word("acme").id(), atoms.tag("#spam").id());
        assertThat(all.others()).hasSize(2);
        assertThat(all.clauses()).hasSize(7);
    }

    @Test
    void keepsTheOneAtomClausesOfAnOrAsNumbers() {
        Atoms atoms = new Atoms();
        Check.Any any = (Check.Any) compile("refund OR \"money back\" OR \"a b c\" OR (x AND y)", atoms);

        assertThat(any.atoms()).containsExactly(atoms.word("refund").id(), atoms.pair("money", "back").id());
        assertThat(any.others()).hasSize(2);
        assertThat(any.words()).containsExactly(atoms.word("refund").id());
        assertThat(any.notWords()).hasSize(3);
        assertThat(any.clauses()).hasSize(4);
    }

    @Test
    void decidesAnAndWithNotOnItsNumbersAndItsOtherClauses() {
        QueryIndex<String> index = index("refund AND NOT acme AND (late OR \"money back\")");

        assertThat(index.match(MatchableText.of("refund late"))).hasSize(1);
        assertThat(index.match(MatchableText.of("refund money back"))).hasSize(1);
        assertThat(index.match(MatchableText.of("refund late acme"))).isEmpty();
        assertThat(index.match(MatchableText.of("refund back money"))).isEmpty();
    }

    private static Check compile(String query, Atoms atoms) {
        return Check.compile(CompiledQuery.compile(QueryParser.parse(query)).root(), atoms);
    }

    private static QueryIndex<String> index(String query) {
        Map<String, CompiledQuery> compiled = new LinkedHashMap<>();
        compiled.put(query, CompiledQuery.compile(QueryParser.parse(query)));
        return QueryIndex.of(compiled);
    }
}
