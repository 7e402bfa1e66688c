package org.lskg.trace;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;
import org.lskg.text.Fold;
import org.lskg.trace.CorpusSnapshot.Mention;
import org.lskg.trace.FollowUpFinder.Candidate;
import org.lskg.trace.FollowUpFinder.Origin;

/**
 * Whether a link made on words alone holds: only if the words are the task's, not those of two documents about
 * different provinces, not a document's clause about itself, and still similar once the names of bodies, places
 * and people are taken out of both sides ({@link Thresholds#lexicalWithoutNames()}). Thread-safe: each
 * candidate's parts without names are made once, by whichever thread asks first.
 */
final class WordsAlone {
    private static final Pattern CLAUSE = Pattern.compile(";");
    /** The fewest syllables, names left out, of a clause that may follow up a task on words alone. */
    private static final int MIN_STATEMENT_SYLLABLES = 4;

    private final DocumentPlaces places;
    private final Map<String, List<Mention>> mentionsBySentence;
    private final TermVectors terms;
    /**
     * Each candidate's statement parts without names, as vectors, kept once made: a candidate is tested for many
     * commitments, and was folded again for each. Filled lazily, by any thread (a value is a function of the
     * candidate alone, so two threads that both make it make the same).
     */
    private final AtomicReferenceArray<List<TermVectors.Vector>> unnamedParts;

    /** For the candidates numbered 0 to {@code candidates - 1}. */
    WordsAlone(int candidates, DocumentPlaces places, Map<String, List<Mention>> mentionsBySentence, TermVectors terms) {
        this.places = places;
        this.mentionsBySentence = mentionsBySentence;
        this.terms = terms;
        this.unnamedParts = new AtomicReferenceArray<>(candidates);
    }

    /**
     * Whether the link of commitment {@code o} to candidate {@code k} (number {@code i}), made on words alone
     * through its clause {@code best}, holds at {@code withoutNames}.
     */
    boolean hold(Origin o, int i, Candidate k, int best, double withoutNames) {
        if (places.apart(o.doc().iri(), k.doc().iri())) {
            return false;
        }
        List<String> clauses = k.clauses();
        String clause = clauses.isEmpty() ? k.sentence().text() : clauses.get(best);
        if (LinkGuards.selfReferring(o.folded()) && LinkGuards.selfReferring(Fold.ascii(clause))) {
            return false;
        }
        double most = 0;
        for (TermVectors.Vector part : unnamedParts(i, k)) {
            most = Math.max(most, TermVectors.cosine(o.unnamed(), part));
        }
        return most >= withoutNames;
    }

    /**
     * The vectors of the candidate's statement parts (split at ';') once the names of bodies, places and people
     * are taken out, leaving out fragments ("số 16.", "Bộ Tài chính, cơ"), which say nothing of a task.
     */
    private List<TermVectors.Vector> unnamedParts(int i, Candidate k) {
        List<TermVectors.Vector> parts = unnamedParts.get(i);
        if (parts == null) {
            String unnamed = LinkGuards.withoutNames(k.sentence().text(), k.sentence().begin(),
                    mentionsBySentence.getOrDefault(k.sentence().iri(), List.of()));
            parts = CLAUSE.splitAsStream(unnamed).map(Fold::ascii)
                    .filter(folded -> folded.split(" ").length >= MIN_STATEMENT_SYLLABLES)
                    .map(terms::vectorOfFolded).toList();
            unnamedParts.set(i, parts);
        }
        return parts;
    }
}
