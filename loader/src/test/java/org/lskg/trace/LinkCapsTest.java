package org.lskg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
}
