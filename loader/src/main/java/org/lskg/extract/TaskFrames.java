package org.lskg.extract;

import org.lskg.document.ParsedDocument;
import org.lskg.document.Section;
import org.lskg.document.Sentence;
import org.lskg.text.Fold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The bodies that frame the items of a document without being named in them:
 * <ul>
 *   <li>an enumerating heading that names bodies ("2. Bộ Tài nguyên và Môi trường:", "IV.1. Sở Tài chính
 *       (cơ quan chủ trì)", "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý ...):", "5. Bộ trưởng Bộ
 *       Tài chính chủ trì:") makes them the leads of every item under it;</li>
 *   <li>a lead-in sentence ("Đề nghị Thường trực Tỉnh ủy tập trung ... một số nội dung sau:") does the same
 *       for the items after it in its section, unless it is addressed to everyone (its subject also names
 *       a generic collective: "yêu cầu Giám đốc các sở, ..., Chủ tịch Ủy ban nhân dân các xã, phường ...")
 *       or is the issuer speaking ("Ủy ban nhân dân tỉnh ban hành Kế hoạch ... như sau:");</li>
 *   <li>the labelled lines of a plan's activity ("Nội dung: ..." / "Cơ quan thực hiện: Sở Nội vụ chủ trì,
 *       phối hợp với ..."; "Cơ quan chủ trì: ..." / "Cơ quan phối hợp: ...") give the bodies of the task
 *       their section holds; these lines are attributes, not tasks.</li>
 * </ul>
 * It also remembers the last lead each item named, for the sentences after it that drop the subject.
 */
final class TaskFrames {

    /** A line that labels an attribute of the task above it rather than stating one. */
    static final Pattern ATTRIBUTE = Pattern.compile("(?iu)^\\s*(?:cơ quan|đơn vị)\\s+(?:chủ trì|thực hiện|phối hợp"
            + "|chịu trách nhiệm)|^\\s*(?:thời gian|thời hạn|sản phẩm|kinh phí|nguồn kinh phí|dự kiến sản phẩm)"
            + "(?:\\s+(?:thực hiện|hoàn thành))?\\s*:");
    /** The speaker of a lead-in, not its actor: "Thủ tướng Chính phủ kết luận như sau:", "... ban hành Kế hoạch ...:". */
    private static final Pattern SPEAKING = Pattern.compile("(?iu)\\s*(?:đã\\s+)?(?:kết luận|chỉ đạo|ban hành|thông báo"
            + "|có ý kiến|nhấn mạnh|đánh giá|ghi nhận|biểu dương|quyết định|quyết nghị)(?![\\p{L}])");
    private static final Pattern BODY_ATTRIBUTE = Pattern.compile("(?iu)^\\s*(?:cơ quan|đơn vị)\\s");
    /**
     * A lead-in that announces a list of tasks: "... tập trung thực hiện tốt các nhiệm vụ chủ yếu sau:", "... các
     * nhóm nhiệm vụ sau:", "... một số nhiệm vụ như sau:" (not "kết luận như sau:", "một số nội dung trọng tâm sau:").
     */
    private static final Pattern TASK_LIST = Pattern.compile("(?iu)\\bnhiệm vụ\\b[^:;.]{0,40}\\bsau\\s*:$");

    private record LeadIn(int index, List<Responsibility> bodies) {}

    private final TaskZones zones;
    private final EntityRecognizer entities;
    private final Optional<String> locality;
    private final Optional<String> issuer;
    private final Map<String, List<LeadIn>> leadIns = new HashMap<>();
    /** Every lead-in by section, its sentence index and whether it announces a list of tasks. */
    private final Map<String, Map<Integer, Boolean>> taskLists = new HashMap<>();
    private final Map<String, List<Responsibility>> headingBodies = new HashMap<>();
    private final Map<String, List<Responsibility>> attributeBodies = new HashMap<>();
    private final Map<String, List<Responsibility>> said = new HashMap<>();
    private final String text;

    TaskFrames(ParsedDocument doc, TaskZones zones, EntityRecognizer entities, Optional<String> locality) {
        this.zones = zones;
        this.entities = entities;
        this.locality = locality;
        this.issuer = doc.issuer().map(i -> Fold.ascii(i.name()));
        this.text = doc.text();
        for (Sentence s : doc.sentences()) {
            if (s.part() != Sentence.Part.BODY || s.sectionId().isEmpty() || !BODY_ATTRIBUTE.matcher(s.text()).find()) {
                continue;
            }
            List<EntityMention> top = top(entities.recognise(s, locality));
            List<Responsibility> bodies = ResponsibilityReader.read(s.text(), 0, s.text().length(), top, self(s)).bodies();
            List<Responsibility> into = attributeBodies.computeIfAbsent(s.sectionId().get(), k -> new ArrayList<>());
            for (Responsibility r : bodies) {
                if (into.stream().noneMatch(x -> x.label().equals(r.label()))) into.add(heading(r));
            }
        }
    }

    /** Whether the sentence is an attribute line of a task ("Cơ quan thực hiện: ...", "Thời gian: ..."). */
    static boolean isAttribute(Sentence s) {
        return ATTRIBUTE.matcher(s.text()).lookingAt();
    }

    /** The place a bare "Tỉnh" or "Thành phố" stands for in this document: its province. */
    Optional<EntityMention> self(Sentence s) {
        return locality.map(l -> new EntityMention(s, 0, 0, l, EntityCategory.PLACE, l, Resolution.PATTERN));
    }

    /** Notes a lead-in sentence (one that ends with a colon) and the bodies it hands down. */
    void leadIn(Sentence s, List<EntityMention> top) {
        taskLists.computeIfAbsent(s.sectionId().orElse(""), k -> new HashMap<>())
                .put(s.index(), TASK_LIST.matcher(s.text()).find());
        ResponsibilityReader.Reading r = ResponsibilityReader.subjectOf(s.text(), top, self(s));
        List<Responsibility> leads = r.leads();
        if (leads.isEmpty() || r.generic() || leads.stream().anyMatch(this::isIssuer)) return;
        if (r.subjectEnd() >= 0 && SPEAKING.matcher(s.text()).region(r.subjectEnd(), s.text().length()).lookingAt()) return;
        leadIns.computeIfAbsent(s.sectionId().orElse(""), k -> new ArrayList<>())
                .add(new LeadIn(s.index(), leads.stream().map(TaskFrames::heading).toList()));
    }

    /** Notes the leads a sentence named, for the sentences of its item that follow. */
    void said(Sentence s, List<Responsibility> leads) {
        if (s.sectionId().isPresent() && !leads.isEmpty()) said.put(s.sectionId().get(), leads);
    }

    /**
     * The leads last named in the sentence's item, when the item is numbered and the sentence continues it;
     * a bullet ("- Đổi mới nội dung ...") starts an item of its own, which names its actor or has none.
     */
    Optional<List<Responsibility>> carried(Sentence s) {
        if (s.sectionId().isEmpty()) return Optional.empty();
        if (opensBullet(s)) {
            said.remove(s.sectionId().get());
            return Optional.empty();
        }
        return Optional.ofNullable(said.get(s.sectionId().get()));
    }

    /** Whether the sentence is the first of a bullet item: a dash, plus or dot opens its line. */
    private boolean opensBullet(Sentence s) {
        int i = s.start() - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        if (i < 0 || "-+•–*".indexOf(text.charAt(i)) < 0) return false;
        i--;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        return i < 0 || text.charAt(i) == '\n';
    }

    /** The bodies the sentence's item, lead-in or headings give it, innermost first; empty if none. */
    List<Responsibility> framing(Sentence s) {
        for (Section sec : zones.chain(s)) {
            List<Responsibility> attributes = attributeBodies.get(sec.id());
            if (attributes != null && !attributes.isEmpty()) return attributes;
            Optional<LeadIn> lead = latest(sec.id(), s.index());
            if (lead.isPresent()) return lead.get().bodies();
            List<Responsibility> h = headingBodies.computeIfAbsent(sec.id(), k -> readHeading(sec, s));
            if (!h.isEmpty()) return h;
        }
        return latest("", s.index()).map(LeadIn::bodies).orElse(List.of());
    }

    /**
     * Whether the nearest lead-in before the sentence, in its section or an enclosing one, announces a list
     * of tasks ("... các nhiệm vụ sau:"): its items are tasks, one per clause with its own action.
     */
    boolean underTaskList(Sentence s) {
        List<String> ids = new ArrayList<>(zones.chain(s).stream().map(Section::id).toList());
        ids.add("");
        for (String id : ids) {
            Map<Integer, Boolean> ls = taskLists.getOrDefault(id, Map.of());
            int best = -1;
            for (int i : ls.keySet()) if (i < s.index() && i > best) best = i;
            if (best >= 0) return ls.get(best);
        }
        return false;
    }

    private Optional<LeadIn> latest(String sectionId, int before) {
        List<LeadIn> ls = leadIns.getOrDefault(sectionId, List.of());
        LeadIn best = null;
        for (LeadIn l : ls) if (l.index() < before && (best == null || l.index() > best.index())) best = l;
        return Optional.ofNullable(best);
    }

    /** The leads an enumerating heading names; an aim or a topic ("Về ...") names none. */
    private List<Responsibility> readHeading(Section sec, Sentence at) {
        Optional<String> heading = zones.heading(sec);
        if (heading.isEmpty()) return List.of();
        String h = heading.get().replaceFirst("(?iu)^đối với\\s+", "");
        Sentence fake = new Sentence(-1, 0, h.length(), h, Optional.empty(), Sentence.Part.BODY);
        List<EntityMention> top = top(entities.recognise(fake, locality));
        ResponsibilityReader.Reading r = ResponsibilityReader.subjectOf(h, top, self(at));
        return r.leads().stream().filter(x -> !isIssuer(x)).map(TaskFrames::heading).toList();
    }

    private boolean isIssuer(Responsibility r) {
        return issuer.isPresent() && Fold.ascii(r.label()).equals(issuer.get());
    }

    private static Responsibility heading(Responsibility r) {
        return new Responsibility(r.label(), r.category(), r.role(), Responsibility.Basis.HEADING);
    }

    private static List<EntityMention> top(List<EntityMention> mentions) {
        return mentions.stream().filter(m -> mentions.stream().noneMatch(o -> o.contains(m))).toList();
    }
}
