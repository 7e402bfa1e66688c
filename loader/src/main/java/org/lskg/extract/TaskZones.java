package org.lskg.extract;

import org.lskg.document.DocumentType;
import org.lskg.document.ParsedDocument;
import org.lskg.document.Section;
import org.lskg.document.Sentence;
import org.lskg.text.Fold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which parts of a document hand out tasks, and the headings that title them. A section whose heading
 * speaks of tasks ("NHIỆM VỤ TRỌNG TÂM THÁNG 12", "MỘT SỐ NHIỆM VỤ, GIẢI PHÁP", "Đối với các kiến nghị",
 * "Tổ chức thực hiện") is a task zone; one that assesses or states aims ("ĐÁNH GIÁ CHUNG", "TÌNH HÌNH ...",
 * "CHỈ TIÊU ...", "MỤC ĐÍCH, YÊU CẦU" — the aims a plan opens with, phrased as actions but no one's task)
 * is not. Unmarked text becomes a task zone after an introduction that announces tasks ("... một số nhiệm
 * vụ sau:"; not a mere "... kết luận như sau:", which a conclusion's assessment follows as often as its
 * tasks). In the types that consist of directives (công văn, chỉ thị, công điện, kế hoạch, quyết định)
 * every numbered part is a task zone; the unnumbered opening before the first is not, since it states
 * the situation and the grounds.
 *
 * <p>Headings are read in full: a web copy may wrap a heading over two lines ("4. Sở Nông" / "nghiệp và
 * Môi trường"), which leaves the section with its first line only while the sentence holds it all.
 */
final class TaskZones {

    enum Zone { TASK, ASSESSMENT, NEUTRAL }

    private static final List<String> TASK_WORDS = List.of("nhiem vu", "giai phap", "kien nghi", "de xuat",
            "to chuc thuc hien", "thoi gian toi", "trong tam", "phuong huong", "yeu cau", "trach nhiem", "de nghi",
            "phan cong", "noi dung hoat dong", "lo trinh");
    private static final List<String> ASSESSMENT_WORDS = List.of("danh gia", "ket qua", "tinh hinh", "chu de",
            "muc tieu", "chi tieu", "cong tac chi dao", "boi canh", "linh vuc");
    /** Aims: "MỤC ĐÍCH, YÊU CẦU", "Mục tiêu chung", "MỤC TIÊU CỦA KẾ HOẠCH" (a plan's aims are no one's task). */
    private static final Pattern AIMS = Pattern.compile("^(?:muc dich|muc tieu)\\b");
    /** A heading that is only "Yêu cầu" sits under the aims ("I. MỤC ĐÍCH, YÊU CẦU" / "2. Yêu cầu"). */
    private static final Pattern BARE_REQUIREMENT = Pattern.compile("^yeu cau(?: chung)?$");
    private static final Pattern INTRODUCTION = Pattern.compile(
            "(?iu)(nhiệm vụ|yêu cầu|đề nghị|giao|chỉ đạo)[^.]*:\\s*$");
    /** How far after its marker a section's first sentence may start to be its heading. */
    private static final int MARKER_GAP = 12;
    /** A sentence that turns from the past to what is to be done: "Trong thời gian tới, ...". */
    private static final Pattern FUTURE = Pattern.compile("(?iu)^(?:trong\\s+)?(?:thời gian tới|thời gian sắp tới|năm tới)\\s*,");
    /** A lead-in to a list of activities to carry out, wherever it stands. */
    private static final Pattern ACTIVITIES = Pattern.compile("(?iu)(?:thực hiện|triển khai|tổ chức)[^.:]{0,80}(?:các|một số)"
            + "\\s+(?:nhiệm vụ|hoạt động|nội dung|giải pháp)[^.:]{0,40}(?:sau|như sau)(?:\\s+đây)?\\s*:\\s*$");
    private static final Pattern TERMINAL = Pattern.compile("[.;!?…]$");
    private static final Set<DocumentType> DIRECTIVE_TYPES = Set.of(DocumentType.CONG_VAN, DocumentType.CHI_THI,
            DocumentType.CONG_DIEN, DocumentType.KE_HOACH, DocumentType.QUYET_DINH);

    private final Map<String, Section> sections = new HashMap<>();
    private final Map<Integer, Zone> bySentence = new HashMap<>();
    /** Section id → its heading as printed in full. */
    private final Map<String, String> headings = new HashMap<>();
    /** Indices of the sentences that are section headings. */
    private final Set<Integer> headingSentences = new java.util.HashSet<>();

    TaskZones(ParsedDocument doc) {
        doc.sections().forEach(s -> sections.put(s.id(), s));
        readHeadings(doc);
        boolean directives = DIRECTIVE_TYPES.contains(doc.type());
        Zone running = Zone.NEUTRAL;
        Set<String> turned = new java.util.HashSet<>();
        for (Sentence s : doc.sentences()) {
            if (s.part() != Sentence.Part.BODY) continue;
            Optional<Zone> marked = s.sectionId().flatMap(this::markedZone);
            Zone zone = marked.orElse(directives && s.sectionId().isPresent() ? Zone.TASK : running);
            boolean turns = FUTURE.matcher(s.text()).lookingAt() || ACTIVITIES.matcher(s.text()).find();
            if (zone == Zone.ASSESSMENT && s.sectionId().isPresent() && (turns || turned.contains(s.sectionId().get()))) {
                turned.add(s.sectionId().get()); // "Trong thời gian tới, Tỉnh ...": the assessment turns to tasks
                zone = Zone.TASK;
            }
            bySentence.put(s.index(), zone);
            if (zone != Zone.ASSESSMENT && INTRODUCTION.matcher(s.text()).find()) {
                running = Zone.TASK;
            }
        }
    }

    /**
     * A section's first sentence is its heading when it starts with the heading's words and is not running
     * text: it has no final stop and more text follows under it ("4. Sở Nông nghiệp và Môi trường" then
     * "a) ..."), or it ends with a colon and says no more than the heading.
     */
    private void readHeadings(ParsedDocument doc) {
        Map<String, Sentence> first = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        Map<String, Integer> own = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            if (s.part() != Sentence.Part.BODY || s.sectionId().isEmpty()) continue;
            first.putIfAbsent(s.sectionId().get(), s);
            own.merge(s.sectionId().get(), 1, Integer::sum);
            for (String id = s.sectionId().get(); id != null; id = parent(id)) count.merge(id, 1, Integer::sum);
        }
        for (Section sec : doc.sections()) {
            Sentence s = first.get(sec.id());
            if (sec.heading().isEmpty()) {
                // a heading too long for the structure ("1. Các cơ quan đăng ký đầu tư (Sở Tài chính, ...):")
                if (s != null && s.start() - sec.start() <= MARKER_GAP && s.text().endsWith(":")
                        && count.getOrDefault(sec.id(), 0) > 1) {
                    headingSentences.add(s.index());
                    headings.put(sec.id(), s.text().replaceAll("[:.]+$", "").strip());
                }
                continue;
            }
            String h = sec.heading().get().strip();
            if (s == null || !s.text().startsWith(h)) {
                headings.put(sec.id(), h);
                continue;
            }
            String t = s.text().strip();
            String bare = t.replaceAll("[:.]+$", "").strip();
            boolean more = count.getOrDefault(sec.id(), 0) > 1;
            // "1. Nâng cao nhận thức ... ." alone above "a) Hoạt động 1", "b) ...": it titles its sub-items
            boolean titlesItems = more && own.getOrDefault(sec.id(), 0) == 1 && !t.endsWith(";");
            boolean heading = titlesItems || (bare.equals(h) ? more || t.endsWith(":") || !TERMINAL.matcher(t).find()
                    : (!TERMINAL.matcher(t).find() && more) || (t.endsWith(":") && bare.length() <= h.length() + 2));
            if (heading) {
                headingSentences.add(s.index());
                headings.put(sec.id(), bare);
            } else if (t.length() > h.length() && t.charAt(h.length()) == ':') {
                headings.put(sec.id(), h); // "Về dự án ...: Giao Bộ ..." — a topic, then the task
            }
            // otherwise the "heading" is the first line of running text ("1. Rà soát các chỉ tiêu ...
            // phấn đấu ..."): it titles nothing
        }
    }

    private String parent(String id) {
        Section s = sections.get(id);
        return s == null ? null : s.parentId().orElse(null);
    }

    Zone of(Sentence s) {
        return bySentence.getOrDefault(s.index(), Zone.NEUTRAL);
    }

    /** Whether the sentence only titles its section ("Tổ chức thực hiện", "2. Sở Y tế:"). */
    boolean isHeading(Sentence s) {
        return headingSentences.contains(s.index());
    }

    /** The heading of a section as printed in full, if it has one. */
    Optional<String> heading(Section s) {
        return Optional.ofNullable(headings.get(s.id()));
    }

    /** The zone of the nearest enclosing section whose heading says what it holds. */
    private Optional<Zone> markedZone(String sectionId) {
        for (Section s = sections.get(sectionId); s != null; s = s.parentId().map(sections::get).orElse(null)) {
            Optional<Zone> z = heading(s).flatMap(TaskZones::classify);
            if (z.isPresent()) return z;
        }
        return Optional.empty();
    }

    static Optional<Zone> classify(String heading) {
        String k = Fold.ascii(heading);
        if (BARE_REQUIREMENT.matcher(k).matches()) return Optional.empty();
        boolean tasks = TASK_WORDS.stream().anyMatch(k::contains);
        boolean aims = AIMS.matcher(k).find();
        if (aims && !(k.contains("nhiem vu") || k.contains("giai phap"))) return Optional.of(Zone.ASSESSMENT);
        if (tasks) return Optional.of(Zone.TASK);
        if (ASSESSMENT_WORDS.stream().anyMatch(k::contains)) return Optional.of(Zone.ASSESSMENT);
        return Optional.empty();
    }

    /** The sections enclosing a sentence, innermost first. */
    List<Section> chain(Sentence s) {
        List<Section> out = new ArrayList<>();
        for (Section x = s.sectionId().map(sections::get).orElse(null); x != null;
             x = x.parentId().map(sections::get).orElse(null)) {
            out.add(x);
        }
        return out;
    }
}
