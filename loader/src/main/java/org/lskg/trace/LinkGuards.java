package org.lskg.trace;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lskg.text.DataFile;
import org.lskg.text.Fold;
import org.lskg.trace.CorpusSnapshot.Mention;

/**
 * Checks that keep a link on words alone from resting on what is not the task: the names of bodies, places and
 * people (an addressee line "- Trung tâm Chuyển đổi số Thành phố;" shares a body's name with a task given to
 * that body, not the task), and a document's clauses about itself ("chịu trách nhiệm thi hành Quyết định này":
 * every decision ends so). Stateless.
 */
final class LinkGuards {
    private LinkGuards() {}

    /** Mentions of these categories are names, not the task's words. */
    private static final List<String> NAMES = List.of("agency", "place", "person");
    /** "Quyết định này", "Kế hoạch này", ...: the document types of product-types.tsv followed by "này". */
    private static final Pattern SELF = Pattern.compile("\\b(?:" + DataFile.rows("/org/lskg/data/product-types.tsv")
            .stream().filter(r -> r.get(0).equals("type")).map(r -> Pattern.quote(r.get(1)))
            .collect(Collectors.joining("|")) + "|thong bao|cong van|cong dien) nay\\b");

    /**
     * {@code text} (starting at document offset {@code offset}) with the names among {@code mentions} blanked
     * (punctuation kept, so that clauses can still be told apart): what is left is what the statement says.
     */
    static String withoutNames(String text, int offset, List<Mention> mentions) {
        char[] chars = text.toCharArray();
        for (Mention m : mentions) {
            if (!NAMES.contains(m.entity().category())) {
                continue;
            }
            for (int i = Math.max(0, m.begin() - offset); i < Math.min(chars.length, m.end() - offset); i++) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** The folded text speaks of its own document ("thi hành Quyết định này"). */
    static boolean selfReferring(String folded) {
        return SELF.matcher(folded).find();
    }
}
