package org.lskg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.Pipeline;
import org.lskg.SourceFiles;
import org.lskg.store.LoadOutcome;
import org.lskg.store.LskgStore;
import org.lskg.store.ShaclValidator;
import org.lskg.testing.Corpus;
import org.lskg.text.Fold;

/**
 * The hand-written trace evaluation of issue 9 ({@code eval/traces.json}): for chosen commitments of the seeds
 * and of the dev corpus, the later evidence and the status it implies, and pairs that share words but must stay
 * unlinked. Prints recall and status accuracy, and holds them to the quality bar.
 */
class TraceEvaluationTest {
    @TempDir Path dir;

    /** Recall over expected links, status accuracy over commitments, and the non-links found linked. */
    record Figures(int links, int found, int commitments, int statusRight, List<String> misses) {
        double recall() {
            return links == 0 ? 1 : found / (double) links;
        }

        double status() {
            return commitments == 0 ? 1 : statusRight / (double) commitments;
        }
    }

    private static JsonObject corpus(String name) {
        try (InputStream in = TraceEvaluationTest.class.getResourceAsStream("eval/traces.json")) {
            return JSON.parse(in).get("corpora").getAsObject().get(name).getAsObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean at(String source, String text, JsonObject where) {
        return source.equals(where.get("doc").getAsString().value())
                && Fold.ascii(text).contains(Fold.ascii(where.get("anchor").getAsString().value()));
    }

    static Figures evaluate(Trace trace, JsonObject set) {
        int links = 0, found = 0, commitments = 0, right = 0;
        List<String> misses = new ArrayList<>();
        for (JsonValue v : set.get("commitments").getAsArray()) {
            JsonObject c = v.getAsObject();
            JsonObject origin = c.get("origin").getAsObject();
            List<Trace.Timeline> origins = trace.timelines().stream()
                    .filter(t -> at(t.document().source(), t.commitment().text(), origin)).toList();
            commitments++;
            String status = c.get("status").getAsString().value();
            if (!origins.isEmpty() && origins.stream().allMatch(t -> t.assessment().status().token().equals(status))) {
                right++;
            } else {
                misses.add("status of " + origin.get("anchor") + ": " + origins.stream()
                        .map(t -> t.assessment().status().token()).toList() + " for " + status);
            }
            for (JsonValue f : c.get("followups").getAsArray()) {
                links++;
                if (origins.stream().anyMatch(t -> t.followUps().stream()
                        .anyMatch(x -> at(x.source(), x.text(), f.getAsObject())))) {
                    found++;
                } else {
                    misses.add("link " + origin.get("anchor") + " -> " + f.getAsObject().get("anchor"));
                }
            }
        }
        for (JsonValue v : set.get("nonlinks").getAsArray()) {
            JsonObject n = v.getAsObject();
            boolean linked = trace.timelines().stream()
                    .filter(t -> at(t.document().source(), t.commitment().text(), n.get("origin").getAsObject()))
                    .anyMatch(t -> t.followUps().stream()
                            .anyMatch(x -> at(x.source(), x.text(), n.get("candidate").getAsObject())));
            if (linked) {
                misses.add("NON-LINK linked: " + n.get("origin").getAsObject().get("anchor") + " -> "
                        + n.get("candidate").getAsObject().get("anchor"));
            }
        }
        return new Figures(links, found, commitments, right, misses);
    }

    private static void report(String name, Figures f) {
        System.out.printf(java.util.Locale.ROOT, "trace evaluation %s: recall=%.2f (%d/%d) status=%.2f (%d/%d)%n",
                name, f.recall(), f.found(), f.links(), f.status(), f.statusRight(), f.commitments());
        f.misses().forEach(m -> System.out.println("  " + m));
    }

    @Test
    void theSeedsMeetTheQualityBar() {
        try (LskgStore store = SeedStore.build(dir)) {
            Figures f = evaluate(Tracer.create().trace(store, Optional.empty()), corpus("seeds"));
            report("seeds", f);
            assertTrue(f.recall() >= 0.90, f.misses().toString());
            assertTrue(f.status() >= 0.85, f.misses().toString());
            assertEquals(List.of(), f.misses().stream().filter(m -> m.startsWith("NON-LINK")).toList());
        }
    }

    @Test
    void theDevCorpusLinksNothingThatOnlySharesWords() {
        Optional<Path> texts = Corpus.shared("eval/dev/texts");
        Assumptions.assumeTrue(texts.isPresent(), "../shared/eval/dev/texts is not beside the project");
        try (LskgStore store = LskgStore.open(dir, ShaclValidator.fromClasspath())) {
            Pipeline.create().build(store, SourceFiles.collect(List.of(texts.get())), new Pipeline.BuildListener() {
                @Override
                public void loaded(Path file, LoadOutcome outcome) {}

                @Override
                public void rejected(Path file, String reason) {}
            });
            Figures f = evaluate(Tracer.create().trace(store, Optional.empty()), corpus("dev"));
            report("dev", f);
            assertEquals(List.of(), f.misses());
        }
    }
}
