package org.lskg.extract;

import org.lskg.document.DocumentType;
import org.lskg.document.ParsedDocument;
import org.lskg.document.Section;
import org.lskg.document.Sentence;
import org.lskg.text.Fold;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which parts of a document hand out tasks. A section whose heading speaks of tasks ("NHIỆM VỤ TRỌNG
 * TÂM THÁNG 12", "MỘT SỐ NHIỆM VỤ, GIẢI PHÁP", "Đối với các kiến nghị", "Tổ chức thực hiện") is a task
 * zone; one that assesses ("ĐÁNH GIÁ CHUNG", "TÌNH HÌNH ...", "CHỈ TIÊU ...") is not. Unmarked text
 * becomes a task zone after an introduction that announces tasks ("... một số nhiệm vụ sau:"; not a mere
 * "... kết luận như sau:", which a conclusion's assessment follows as often as its tasks), and is one
 * from the start in the types that consist of directives (công văn, chỉ thị, công điện, kế hoạch).
 */
final class TaskZones {

    enum Zone { TASK, ASSESSMENT, NEUTRAL }

    private static final List<String> TASK_WORDS = List.of("nhiem vu", "giai phap", "kien nghi", "de xuat",
            "to chuc thuc hien", "thoi gian toi", "trong tam", "phuong huong", "yeu cau", "trach nhiem", "de nghi");
    private static final List<String> ASSESSMENT_WORDS = List.of("danh gia", "ket qua", "tinh hinh", "chu de",
            "muc tieu", "chi tieu", "cong tac chi dao", "boi canh", "linh vuc");
    private static final Pattern INTRODUCTION = Pattern.compile(
            "(?iu)(nhiệm vụ|yêu cầu|đề nghị|giao|chỉ đạo)[^.]*:\\s*$");
    private static final Set<DocumentType> DIRECTIVE_TYPES = Set.of(DocumentType.CONG_VAN, DocumentType.CHI_THI,
            DocumentType.CONG_DIEN, DocumentType.KE_HOACH, DocumentType.QUYET_DINH);

    private final Map<String, Section> sections = new HashMap<>();
    private final Map<Integer, Zone> bySentence = new HashMap<>();

    TaskZones(ParsedDocument doc) {
        doc.sections().forEach(s -> sections.put(s.id(), s));
        Zone running = DIRECTIVE_TYPES.contains(doc.type()) ? Zone.TASK : Zone.NEUTRAL;
        for (Sentence s : doc.sentences()) {
            if (s.part() != Sentence.Part.BODY) continue;
            Optional<Zone> marked = s.sectionId().flatMap(this::markedZone);
            bySentence.put(s.index(), marked.orElse(running));
            if (marked.orElse(running) != Zone.ASSESSMENT && INTRODUCTION.matcher(s.text()).find()) {
                running = Zone.TASK;
            }
        }
    }

    Zone of(Sentence s) {
        return bySentence.getOrDefault(s.index(), Zone.NEUTRAL);
    }

    /** The zone of the nearest enclosing section whose heading says what it holds. */
    private Optional<Zone> markedZone(String sectionId) {
        for (Section s = sections.get(sectionId); s != null; s = s.parentId().map(sections::get).orElse(null)) {
            Optional<Zone> z = s.heading().flatMap(TaskZones::classify);
            if (z.isPresent()) return z;
        }
        return Optional.empty();
    }

    static Optional<Zone> classify(String heading) {
        String k = Fold.ascii(heading);
        if (TASK_WORDS.stream().anyMatch(k::contains)) return Optional.of(Zone.TASK);
        if (ASSESSMENT_WORDS.stream().anyMatch(k::contains)) return Optional.of(Zone.ASSESSMENT);
        return Optional.empty();
    }

    /** The sections enclosing a sentence, innermost first. */
    List<Section> chain(Sentence s) {
        List<Section> out = new java.util.ArrayList<>();
        for (Section x = s.sectionId().map(sections::get).orElse(null); x != null;
             x = x.parentId().map(sections::get).orElse(null)) {
            out.add(x);
        }
        return out;
    }
}
