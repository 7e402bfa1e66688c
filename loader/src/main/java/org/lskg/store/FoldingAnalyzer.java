package org.lskg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of the full-text index: Vietnamese text is split into syllables (Unicode word boundaries, which
 * for Vietnamese are the spaces between syllables), lower-cased and stripped of its diacritics, so that a
 * query typed without them ({@code quy hoach tinh}) finds the text written with them ("Quy hoạch tỉnh").
 *
 * <p>Text is first brought to NFC, since a tone mark typed as a combining character (as some keyboards and
 * PDF copies do) would otherwise survive the folding; Lucene's {@link ASCIIFoldingFilter} then maps every
 * precomposed Vietnamese letter to its base letter, {@code đ}/{@code Đ} to {@code d} included. The same
 * analyzer serves indexing and queries, so both sides fold alike. Stateless and thread-safe, as Lucene requires.
 */
public final class FoldingAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(source));
        return new TokenStreamComponents(source, folded);
    }

    /** The folding applied to single terms of wildcard, prefix and fuzzy queries, which are not tokenized. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return nfc(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return nfc(reader);
    }

    /** Indexed values are single literals (a label, a sentence): reading one whole is cheap. */
    private static Reader nfc(Reader reader) {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[4096];
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
            }
            return new StringReader(Normalizer.normalize(text, Normalizer.Form.NFC));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
