package org.lskg.extract;

import org.lskg.document.ParsedDocument;
import org.lskg.document.Section;
import org.lskg.document.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a commitment is about: the works (projects, programmes, border gates) and places its own words name,
 * and the works named by the topic it sits under. Vietnamese notices and plans announce a topic once and list
 * its tasks below without naming it again:
 * <ul>
 *   <li>a topic line of a conclusion notice, "3. Về kiến nghị đầu tư xây dựng tuyến cao tốc ... đến Quốc lộ
 *       14:" or "2. Đối với tuyến đường Quốc lộ 4B:", and the heading of a section (shared/eval/dev
 *       tvpl-826ed569ec2ddaa1, tvpl-24701a1c97c8c368, tvpl-296e373d796986f4; seeds 001);</li>
 *   <li>a group row of a plan's task table, "I | Hoàn thiện thể chế ... để xây dựng và triển khai Hệ thống
 *       thông tin và cơ sở dữ liệu quốc gia về quy hoạch" above rows "1 | ...", "2 | ..." (the appendix of
 *       a Kế hoạch, shared/eval/dev tvpl-001c610b2efdcf0c, hr-qd844-ttg-2026).</li>
 * </ul>
 * A plan, programme or scheme named by its head word alone ("thực hiện Kế hoạch theo quy định", "Đề án của
 * các sở") is the one the document issues ("Ban hành kèm theo Quyết định này Kế hoạch ...") or the only one
 * so headed it names; in a plan, "Kế hoạch" is the plan itself, which no task of it is about.
 * A topic names every work it lists, except one that only qualifies another: in "dự án thành phần 2 thuộc Dự
 * án ..." the part is the subject, the whole after "thuộc" is not. Bodies and persons are never what a task
 * is about (they are its actors), nor is a place inside a longer name. One reader serves one document.
 */
final class AboutReader {

    /** "Về ...:" / "Đối với ...:" — a line that names the topic of the items below it. */
    private static final Pattern TOPIC_LINE = Pattern.compile("(?iu)^(?:về|đối với)\\s.*:$");
    /** A group row of a task table: a Roman numeral or a capital letter in the first cell. */
    private static final Pattern GROUP_ROW = Pattern.compile("^\\s*(?:[IVXL]{1,5}|[A-HĐ])\\s*\\|");
    /** The word after which a name only qualifies the work before it. */
    private static final Pattern QUALIFIER = Pattern.compile("(?iu)\\s(?:thuộc|của)\\s+$");

    /**
     * The formula by which a decision or resolution issues the plan it carries (NĐ 30/2020: "Ban hành kèm theo
     * Quyết định này Kế hoạch ..."), also in its title ("Ban hành Kế hoạch hành động thực hiện Chỉ thị ...").
     */
    private static final Pattern ISSUES = Pattern.compile("(?iu)ban hành\\s+kèm theo\\s+(?:quyết định|nghị quyết|thông tư)\\s+này"
            + "\\s+(?=(?:Kế hoạch|Chương trình|Đề án)\\s)");
    private static final Pattern ISSUES_TITLE = Pattern.compile("(?iu)^ban hành\\s+(?=(?:Kế hoạch|Chương trình|Đề án)\\s)");
    /**
     * A plan, programme or scheme named by its head word alone, capitalised as the documents write a defined
     * term: "triển khai thực hiện Kế hoạch.", "Kế hoạch này", "thuộc Kế hoạch hành động, các bộ ...", "kế hoạch
     * thực hiện Đề án của các sở". It means the one the document issues, or the only one of that kind it names.
     */
    private static final Pattern BARE = Pattern.compile("(?<![\\p{L}])(Kế hoạch|Đề án|Chương trình)(?:\\s+hành động)?"
            + "(?=\\s*(?:[.,;:)]|$)|\\s+(?:này|của|theo|và|đã|được|để|với|trên|tại|cho|đến|trong|thì|không|nêu)(?![\\p{L}]))");
    private static final Pattern PLURAL = Pattern.compile("(?iu)(?:các|những|mọi)\\s*$");
    private static final List<String> HEADS = List.of("Kế hoạch", "Đề án", "Chương trình");

    private final Map<String, List<EntityMention>> topics = new HashMap<>();
    private final Map<String, EntityMention> named;
    private List<EntityMention> group = List.of();

    private AboutReader(Map<String, EntityMention> named) {
        this.named = Map.copyOf(named);
    }

    /**
     * A reader for {@code doc}: for each head word, the plan the document issues, else the only programme so
     * headed that the document names (recognised by {@code entities}).
     */
    static AboutReader of(ParsedDocument doc, EntityRecognizer entities, Optional<String> locality,
                          FactSink sink) {
        // a plan's own head word names the plan itself, the document the task is stated in, not a thing it concerns
        String own = doc.type().label();
        Map<String, EntityMention> issued = new HashMap<>();
        Map<String, EntityMention> titled = new HashMap<>();
        Map<String, Set<String>> labels = new HashMap<>();
        Map<String, EntityMention> any = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            String t = s.text();
            if (HEADS.stream().noneMatch(t::contains)) continue;
            sink.guarded(s, () -> read(s, entities.recognise(s, locality), issued, titled, labels, any));
        }
        Map<String, EntityMention> named = new HashMap<>(issued);
        titled.forEach(named::putIfAbsent);
        labels.forEach((h, ls) -> {
            if (ls.size() == 1) named.putIfAbsent(h, any.get(h));
        });
        named.remove(own);
        return new AboutReader(named);
    }

    /** The plans one sentence issues or titles, and the programmes it names, by head word. */
    private static void read(Sentence s, List<EntityMention> ms, Map<String, EntityMention> issued, Map<String, EntityMention> titled,
                             Map<String, Set<String>> labels, Map<String, EntityMention> any) {
        String t = MatchText.normalize(s.text());
        Matcher i = ISSUES.matcher(t);
        while (i.find()) programAt(ms, i.end()).ifPresent(m -> issued.putIfAbsent(head(m.label()), m));
        Matcher ti = ISSUES_TITLE.matcher(t);
        if (s.part() == Sentence.Part.TITLE && ti.find()) {
            programAt(ms, ti.end()).ifPresent(m -> titled.putIfAbsent(head(m.label()), m));
        }
        for (EntityMention m : ms) {
            if (m.category() != EntityCategory.PROGRAM) continue;
            String h = head(m.label());
            if (h.isEmpty()) continue;
            labels.computeIfAbsent(h, k -> new HashSet<>()).add(m.label());
            any.putIfAbsent(h, m);
        }
    }

    private static Optional<EntityMention> programAt(List<EntityMention> ms, int at) {
        return ms.stream().filter(m -> m.category() == EntityCategory.PROGRAM && m.start() == at).findFirst();
    }

    private static String head(String label) {
        return HEADS.stream().filter(label::startsWith).findFirst().orElse("");
    }

    /**
     * Remembers the works of a topic for the items of its section: a topic line ("Về ...:") or a topic run into
     * its first task ("7. Về dự án ...; dự án ...: Tỉnh thực hiện ..."), whose works are those before the colon.
     */
    void topicLine(Sentence s, List<EntityMention> mentions) {
        if (s.sectionId().isEmpty()) return;
        String t = s.text().strip();
        int colon;
        if (TOPIC_LINE.matcher(t).matches()) {
            colon = s.text().length();
        } else {
            Matcher m = TOPIC_RUN_IN.matcher(s.text());
            if (!m.lookingAt()) return;
            colon = m.end();
        }
        int end = colon;
        List<EntityMention> works = works(s.text(), mentions.stream().filter(m -> m.end() <= end).toList());
        if (!works.isEmpty()) topics.put(s.sectionId().get(), works);
    }

    /** "Về ...: " with the task after the colon, the topic short of a paragraph. */
    private static final Pattern TOPIC_RUN_IN = Pattern.compile("(?iu)\\s*(?:về|đối với)\\s[^:]{3,300}:\\s");

    /** The works of a heading's text, read with {@code mentions} recognised on it. */
    static List<EntityMention> headingWorks(String heading, List<EntityMention> mentions) {
        return works(heading, mentions);
    }

    /** The works the topic of the nearest section that has one names, else those of {@code headings}. */
    List<EntityMention> inherited(List<Section> chain, List<EntityMention> headings) {
        for (Section sec : chain) {
            List<EntityMention> t = topics.get(sec.id());
            if (t != null) return t;
        }
        return headings;
    }

    /** A new task table starts: no group row is open. */
    void newTable() {
        group = List.of();
    }

    /** A table row that yields no task: a group row opens a group when it names works. */
    void tableRow(Sentence s, List<EntityMention> mentions) {
        if (!GROUP_ROW.matcher(s.text()).lookingAt()) return;
        group = works(s.text(), mentions);
    }

    /** The works of the open group row of the task table. */
    List<EntityMention> group() {
        return group;
    }

    /**
     * The things a clause [start, end) of a sentence {@code text} is about: the inherited works first, the plan a
     * bare head word there refers to, then the works,
     * gates and places among {@code all} (the sentence's mentions) inside the clause that are not among its
     * {@code responsible} bodies; a place nested in a longer name is not counted, and no label twice.
     */
    List<EntityMention> about(String text, List<EntityMention> inherited, List<EntityMention> all, int start, int end,
                              List<Responsibility> responsible) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : inherited) add(out, m);
        Matcher b = BARE.matcher(MatchText.normalize(text)).region(start, end);
        while (b.find()) {
            int at = b.start();
            EntityMention plan = named.get(b.group(1));
            boolean namedHere = all.stream().anyMatch(m -> m.start() == at && m.category() == EntityCategory.PROGRAM);
            if (plan != null && !namedHere && !PLURAL.matcher(text.substring(0, at)).find()) add(out, plan);
        }
        for (EntityMention m : all) {
            if (m.start() < start || m.end() > end || !isAbout(m, all)) continue;
            if (responsible.stream().anyMatch(r -> r.label().equals(m.label()))) continue;
            add(out, m);
        }
        return out;
    }

    private static void add(List<EntityMention> out, EntityMention m) {
        if (out.stream().noneMatch(a -> a.label().equals(m.label()))) out.add(m);
    }

    /** Things a task can be about: works, gates and places, not bodies or persons; a place inside a longer name is not. */
    static boolean isAbout(EntityMention m, List<EntityMention> all) {
        if (m.category() == EntityCategory.AGENCY || m.category() == EntityCategory.PERSON) return false;
        boolean nested = all.stream().anyMatch(o -> o != m && o.contains(m));
        return !(nested && m.category() == EntityCategory.PLACE);
    }

    /**
     * Works named in a topic's text, also those inside another ("cửa khẩu Tây Trang" in the expressway that
     * reaches it), without one that qualifies the work before it.
     */
    private static List<EntityMention> works(String text, List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : mentions) {
            boolean work = m.category() == EntityCategory.PROJECT || m.category() == EntityCategory.PROGRAM
                    || m.category() == EntityCategory.BORDER_GATE;
            if (!work) continue;
            boolean qualifies = !out.isEmpty() && mentions.stream().anyMatch(o -> o.start() <= m.start() && m.end() <= o.end()
                    && QUALIFIER.matcher(text.substring(0, Math.min(o.start(), text.length()))).find());
            if (!qualifies) add(out, m);
        }
        return out;
    }
}
