package org.lskg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * {@link LinkCaps}: the caps keep what they kept when every link was tested, and the words-alone test is asked
 * only of the links the caps reach. The links are those of the seed plan's monthly reports (the November 2023
 * report, 002, restating "Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030" at 0.52 on words alone).
 */
class LinkCapsTest {
    private record Link(String document, String evidence, BigDecimal confidence, LinkKind kind, IssueDate date,
                        int order, boolean completes) implements LinkCaps.Link {}

    private static Link link(String month, int order, String confidence, LinkKind kind, boolean completes) {
        String doc = "d/" + month;
        return new Link(doc, doc + "/s" + order, new BigDecimal(confidence), kind, IssueDate.parse(month), order,
                completes);
    }

    /** The links a test was asked of, in order, and the answer it gives. */
    private static final class Asked implements Predicate<Link> {
        private final List<String> asked = new ArrayList<>();
        private final Set<String> failing;

        Asked(String... failing) {
            this.failing = Set.of(failing);
        }

        @Override
        public boolean test(Link x) {
            asked.add(x.evidence());
            return !failing.contains(x.evidence());
        }
    }

    private static List<String> evidence(List<Link> links) {
        return links.stream().map(Link::evidence).toList();
    }

    @Test
    void twelveEqualReportsOnWordsAloneAreTestedOnlyAsFarAsTheCapKeeps() {
        List<Link> reports = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            reports.add(link(String.format("2023-%02d", month), 26, "0.52", LinkKind.LEXICAL, false));
        }
        Asked hold = new Asked();
        List<Link> kept = LinkCaps.select(reports, hold, 3, 10);
        assertEquals(List.of("d/2023-10/s26", "d/2023-11/s26", "d/2023-12/s26"), evidence(kept));
        assertEquals(List.of("d/2023-12/s26", "d/2023-11/s26", "d/2023-10/s26"), hold.asked);
        // the latest failing, the next earlier takes its place
        Asked failing = new Asked("d/2023-12/s26");
        assertEquals(List.of("d/2023-09/s26", "d/2023-10/s26", "d/2023-11/s26"),
                evidence(LinkCaps.select(reports, failing, 3, 10)));
        assertEquals(4, failing.asked.size());
    }

    @Test
    void aLinkBelowItsKindsMinimumStillTakesItsPlaceInItsDocument() {
        List<Link> links = List.of(link("2023-11", 26, "0.60", LinkKind.SHARED_ENTITY, false),
                link("2023-11", 27, "0.48", LinkKind.SHARED_ENTITY, false),
                link("2023-11", 28, "0.47", LinkKind.LEXICAL, false));
        assertEquals(List.of("d/2023-11/s26"), evidence(LinkCaps.select(links, new Asked(), 2, 10)));
        // once the first fails the test, the two others take the places, and the one below 0.50 is dropped
        assertEquals(List.of("d/2023-11/s28"), evidence(LinkCaps.select(links, new Asked("d/2023-11/s26"), 2, 10)));
    }

    @Test
    void theFirstCompletionStaysBeyondTheCapAndIsTestedToo() {
        List<Link> links = new ArrayList<>();
        links.add(link("2023-02", 5, "0.50", LinkKind.SHARED_ENTITY, true));
        links.add(link("2023-03", 5, "0.50", LinkKind.SHARED_ENTITY, true));
        for (int month = 4; month <= 12; month++) {
            links.add(link(String.format("2023-%02d", month), 26, "0.76", LinkKind.SHARED_ENTITY, false));
        }
        assertEquals(List.of("d/2023-02/s5", "d/2023-10/s26", "d/2023-11/s26", "d/2023-12/s26"),
                evidence(LinkCaps.select(links, new Asked(), 3, 3)));
        assertEquals(List.of("d/2023-03/s5", "d/2023-10/s26", "d/2023-11/s26", "d/2023-12/s26"),
                evidence(LinkCaps.select(links, new Asked("d/2023-02/s5"), 3, 3)));
    }

    /**
     * Links read as groups of alike links (one confidence, kind and completion; members by date) are kept as when
     * listed one by one, and the words-alone test is asked of the same links in the same order: random
     * near-duplicate reports over 40 documents, some sentences sharing their date, document and order.
     */
    @Test
    void groupsOfAlikeLinksAreKeptAsTheLinksOneByOne() {
        Random random = new Random(8);
        LinkKind[] kinds = {LinkKind.LEXICAL, LinkKind.SHARED_ENTITY, LinkKind.PROGRESS};
        String[] confidences = {"0.45", "0.52", "0.60", "0.76"};
        for (int round = 0; round < 200; round++) {
            List<List<Link>> groups = new ArrayList<>();
            Set<String> evidence = new HashSet<>();
            for (int g = random.nextInt(12); g >= 0; g--) {
                LinkKind kind = kinds[random.nextInt(kinds.length)];
                String confidence = confidences[random.nextInt(confidences.length)];
                boolean completes = random.nextInt(4) == 0;
                int order = 1 + random.nextInt(3);
                List<Link> members = new ArrayList<>();
                for (int m = random.nextInt(30); m >= 0; m--) {
                    String month = String.format("2023-%02d", 1 + random.nextInt(12));
                    String doc = "d/" + month + "/" + random.nextInt(3);
                    // a sentence of the same order under another IRI now and then: the evidence IRI decides
                    String iri = doc + "/s" + order + (random.nextInt(5) == 0 ? "b" + g : "");
                    if (evidence.add(iri)) {
                        members.add(new Link(doc, iri, new BigDecimal(confidence), kind, IssueDate.parse(month), order,
                                completes));
                    }
                }
                if (!members.isEmpty()) {
                    members.sort(Comparator.comparing(Link::date).thenComparing(Link::document)
                            .thenComparingInt(Link::order).thenComparing(Link::evidence));
                    groups.add(members);
                }
            }
            List<Link> all = groups.stream().flatMap(List::stream).toList();
            Set<String> failing = new HashSet<>();
            all.stream().filter(x -> random.nextInt(3) == 0).forEach(x -> failing.add(x.evidence()));
            Asked one = new Asked(failing.toArray(String[]::new));
            Asked grouped = new Asked(failing.toArray(String[]::new));
            int perDocument = 1 + random.nextInt(3);
            int perCommitment = 1 + random.nextInt(10);
            List<Link> alone = LinkCaps.select(all, one, perDocument, perCommitment);
            List<LinkCaps.Group<Link>> asGroups = groups.stream().<LinkCaps.Group<Link>>map(members -> new LinkCaps.Group<>() {
                @Override
                public int size() {
                    return members.size();
                }

                @Override
                public Link member(int n) {
                    return members.get(n);
                }
            }).toList();
            List<Link> together = LinkCaps.select(asGroups,
                    x -> all.stream().filter(y -> y.document().equals(x.document())).toList(), grouped, perDocument,
                    perCommitment);
            assertEquals(evidence(alone), evidence(together), "round " + round);
            assertEquals(one.asked, grouped.asked, "round " + round);
        }
    }
}
