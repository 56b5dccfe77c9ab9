package org.frontline.benchmarks.matching;

import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.frontline.matching.query.Token;
import org.frontline.matching.query.Tokenizer;

/**
 * A Lucene analyzer that emits exactly Frontline's tokens (folded words, one position each), so that the Lucene
 * baselines and Frontline's matcher see the same terms and their match sets can be compared; the comparison then
 * measures matching, not two different tokenizers. Both sides pay the same tokenization cost.
 */
final class FrontlineAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new FoldedTokens());
    }

    private static final class FoldedTokens extends org.apache.lucene.analysis.Tokenizer {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private Iterator<Token> tokens;

        @Override
        public boolean incrementToken() throws IOException {
            clearAttributes();
            if (tokens == null) {
                tokens = Tokenizer.tokenize(readAll(input)).iterator();
            }
            if (!tokens.hasNext()) {
                return false;
            }
            Token token = tokens.next();
            term.setEmpty().append(token.folded());
            offset.setOffset(correctOffset(token.start()), correctOffset(token.end()));
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            tokens = null;
        }

        private static String readAll(Reader reader) throws IOException {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[1024];
            for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                text.append(buffer, 0, read);
            }
            return text.toString();
        }
    }
}
