package org.lskg.extract;

import org.lskg.document.DocumentType;
import org.lskg.document.ParsedDocument;
import org.lskg.document.Section;
import org.lskg.document.Sentence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds directives — tasks someone must carry out — as opposed to accounts of past results. In a task
 * zone ({@link TaskZones}) every sentence is a directive; elsewhere only a sentence that assigns
 * ("Đề nghị ...", "Giao ...", "... chủ trì", "chậm nhất ...") is. A sentence whose semicolon clauses
 * each open with their own action ("...; tăng cường ...; xây dựng ...") gives one commitment per clause.
 * Each commitment carries its responsible bodies, its deadline (stated, or inherited from the period its
 * section frames) and the things it is about.
 */
public final class CommitmentExtractor implements Extractor {

    private static final Pattern CUE = Pattern.compile("(?iu)^(đề nghị|yêu cầu|giao|đồng ý|khẩn trương)\\b|chủ trì|"
            + "có trách nhiệm|chịu trách nhiệm|cần phải|\\bphải\\b|chậm nhất|trước ngày|đề nghị|yêu cầu|nghiêm túc");
    /**
     * Sentences that report or state a basis rather than assign: past events ("Ngày 14 ...", "... đã ..."),
     * results, and the openers a letter states its grounds with ("Căn cứ ...", "Thực hiện Văn bản số ...").
     */
    private static final Pattern NARRATIVE = Pattern.compile("(?iu)^(ngày \\d|năm \\d{4}|trong (tháng|năm|quý)|"
            + "kết quả|qua \\d|tính đến|căn cứ|thực hiện (văn bản|công văn|công điện|ý kiến chỉ đạo|chỉ đạo của))"
            + "|^[^,]{0,40}\\bđã\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";\\s+(?=\\p{Ll})");
    private static final Set<DocumentType> PERIOD_TITLES = Set.of(DocumentType.NGHI_QUYET, DocumentType.KE_HOACH,
            DocumentType.CHUONG_TRINH);

    private final EntityRecognizer entities;
    private final DeadlineParser deadlines;

    public CommitmentExtractor(EntityRecognizer entities, DeadlineParser deadlines) {
        this.entities = entities;
        this.deadlines = deadlines;
    }

    public static CommitmentExtractor standard(EntityRecognizer entities) {
        return new CommitmentExtractor(entities, new DeadlineParser());
    }

    @Override
    public void extract(ParsedDocument doc, FactSink sink) {
        TaskZones zones = new TaskZones(doc);
        Optional<String> locality = doc.locality();
        Optional<LocalDate> date = documentDate(doc);
        Optional<Deadline> titlePeriod = PERIOD_TITLES.contains(doc.type())
                ? doc.title().flatMap(t -> deadlines.periodOf(t, date)) : Optional.empty();
        // headings are read once per section, not once per sentence under them
        Map<String, List<Responsibility>> bodiesBySection = new HashMap<>();
        Map<String, Optional<EntityMention>> subjectBySection = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            // a lead-in ("... thực hiện các nhiệm vụ sau:") announces the tasks, it is not one
            if (s.part() != Sentence.Part.BODY) continue;
            sink.guarded(s, () -> {
                if (isHeading(s, zones) || s.text().endsWith(":")) return;
                TaskZones.Zone zone = zones.of(s);
                boolean directive = zone == TaskZones.Zone.TASK ? !NARRATIVE.matcher(s.text()).find()
                        : zone == TaskZones.Zone.NEUTRAL && CUE.matcher(s.text()).find() && !NARRATIVE.matcher(s.text()).find();
                if (!directive) return;
                List<EntityMention> mentions = entities.recognise(s, locality);
                List<EntityMention> top = mentions.stream().filter(m -> mentions.stream().noneMatch(o -> o.contains(m))).toList();
                Optional<Deadline> inherited = zones.chain(s).stream()
                        .flatMap(sec -> sec.heading().flatMap(h -> deadlines.periodOf(h, date)).stream())
                        .findFirst().or(() -> titlePeriod);
                String sectionKey = s.sectionId().orElse("");
                List<Responsibility> fromHeading = bodiesBySection.computeIfAbsent(sectionKey,
                        k -> headingBodies(zones.chain(s), locality));
                Optional<EntityMention> headingSubject = subjectBySection.computeIfAbsent(sectionKey,
                        k -> headingSubject(zones.chain(s), locality));
                emit(s, top, mentions, inherited, fromHeading, headingSubject, date, sink);
            });
        }
    }

    private void emit(Sentence s, List<EntityMention> top, List<EntityMention> all, Optional<Deadline> inherited,
                      List<Responsibility> fromHeading, Optional<EntityMention> headingSubject,
                      Optional<LocalDate> date, FactSink sink) {
        String text = s.text();
        List<int[]> clauses = clauses(text);
        List<Responsibility> previousLeads = List.of();
        for (int i = 0; i < clauses.size(); i++) {
            int start = clauses.get(i)[0];
            int end = clauses.get(i)[1];
            String clause = text.substring(start, end);
            List<Responsibility> responsible = new ArrayList<>(ResponsibilityReader.read(text, start, end, top));
            boolean hasLead = responsible.stream().anyMatch(r -> r.role() == Responsibility.Role.LEAD);
            if (!hasLead && i > 0 && Character.isLowerCase(clause.codePointAt(0))) {
                responsible.addAll(0, previousLeads); // "X phối hợp ...; chịu trách nhiệm ...": X still acts
            }
            if (responsible.isEmpty()) responsible.addAll(fromHeading);
            previousLeads = responsible.stream().filter(r -> r.role() == Responsibility.Role.LEAD).toList();
            Optional<Deadline> stated = deadlines.parse(clause, date);
            Optional<Deadline> deadline = stated.or(() -> inherited);
            Optional<Commitment.DeadlineBasis> basis = stated.isPresent() ? Optional.of(Commitment.DeadlineBasis.STATED)
                    : inherited.map(d -> Commitment.DeadlineBasis.INHERITED);
            List<EntityMention> about = new ArrayList<>();
            headingSubject.ifPresent(about::add);
            all.stream()
                    .filter(m -> m.start() >= start && m.end() <= end)
                    .filter(m -> isAbout(m, all))
                    .filter(m -> responsible.stream().noneMatch(r -> r.label().equals(m.label())))
                    .filter(m -> about.stream().noneMatch(a -> a.label().equals(m.label())))
                    .forEach(about::add);
            sink.accept(new Commitment(s, i + 1, start, end, clause, responsible, deadline, basis, about));
        }
    }

    /** Things a task is about: works, gates and places, not bodies; a place inside a longer name is not. */
    private static boolean isAbout(EntityMention m, List<EntityMention> all) {
        if (m.category() == EntityCategory.AGENCY || m.category() == EntityCategory.PERSON) return false;
        boolean nested = all.stream().anyMatch(o -> o.contains(m));
        return !(nested && m.category() == EntityCategory.PLACE);
    }

    /** Clauses split at semicolons after which a new action starts in lower case. */
    static List<int[]> clauses(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        Matcher m = CLAUSE_BREAK.matcher(text);
        while (m.find()) {
            if (m.start() - start >= 12 && text.length() - m.end() >= 12) {
                out.add(new int[] {start, m.start()});
                start = m.end();
            }
        }
        out.add(new int[] {start, text.length()});
        return out;
    }

    /** A line that only names its section ("Về phát triển kinh tế:", "Tổ chức thực hiện") is not a task. */
    private static boolean isHeading(Sentence s, TaskZones zones) {
        List<Section> chain = zones.chain(s);
        if (chain.isEmpty()) return false;
        String h = chain.get(0).heading().orElse(null);
        String t = s.text().replaceAll("[:.]$", "").strip();
        return h != null && (t.equals(h.strip()) || (s.text().endsWith(":") && t.length() <= h.length() + 2));
    }

    /**
     * The work a heading is about ("1. Đối với dự án thành phần 2 thuộc Dự án ...:", "2. Đối với tuyến
     * đường Quốc lộ 4B:"): the items under it concern it even when they do not name it again. The first
     * work named counts; what follows ("thuộc Dự án ...") qualifies it.
     */
    private Optional<EntityMention> headingSubject(List<Section> chain, Optional<String> locality) {
        for (Section sec : chain) {
            if (sec.heading().isEmpty()) continue;
            String h = sec.heading().get();
            Sentence fake = new Sentence(-1, 0, h.length(), h, Optional.empty(), Sentence.Part.BODY);
            Optional<EntityMention> first = entities.recognise(fake, locality).stream()
                    .filter(m -> m.category() == EntityCategory.PROJECT || m.category() == EntityCategory.PROGRAM
                            || m.category() == EntityCategory.BORDER_GATE)
                    .findFirst();
            if (first.isPresent()) return first;
        }
        return Optional.empty();
    }

    /** An enumerating heading that names a body ("2. Bộ Tài nguyên và Môi trường:") makes it responsible for the items. */
    private List<Responsibility> headingBodies(List<Section> chain, Optional<String> locality) {
        for (Section sec : chain) {
            if (sec.heading().isEmpty()) continue;
            String h = sec.heading().get().replaceFirst("(?iu)^đối với\\s+", "");
            if (h.split("\\s+").length > 12) continue;
            Sentence fake = new Sentence(-1, 0, h.length(), h, Optional.empty(), Sentence.Part.BODY);
            List<EntityMention> ms = entities.recognise(fake, locality);
            List<Responsibility> out = new ArrayList<>();
            for (EntityMention m : ms) {
                boolean actor = m.category() == EntityCategory.AGENCY
                        || (m.category() == EntityCategory.PLACE && m.start() == 0);
                if (actor && ms.stream().noneMatch(o -> o.contains(m))) {
                    out.add(new Responsibility(m.label(), m.category(), Responsibility.Role.LEAD,
                            Responsibility.Basis.HEADING));
                }
            }
            int covered = ms.stream().mapToInt(m -> m.end() - m.start()).sum();
            if (!out.isEmpty() && covered >= h.length() * 0.6) return out;
        }
        return List.of();
    }

    /** The document's date: the day if known, else the last day of its month. */
    private static Optional<LocalDate> documentDate(ParsedDocument doc) {
        return doc.issued().map(i -> i.isFullDate() ? LocalDate.parse(i.iso())
                : YearMonth.parse(i.iso().substring(0, 7)).atEndOfMonth());
    }
}
