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
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds directives — tasks someone must carry out — as opposed to accounts of past results. In a task
 * zone ({@link TaskZones}) every sentence is a directive; elsewhere only a sentence that assigns
 * ("Đề nghị ...", "Giao ...", "... chủ trì", "chậm nhất ...") is. A sentence whose semicolon clauses
 * each open with their own action ("...; tăng cường ...; xây dựng ...") gives one commitment per clause,
 * except in a conclusion notice (thông báo kết luận), which states one orientation per sentence and
 * splits it only where a clause names its own actor, its own deadline or opens with its own obligation
 * ("...; chịu trách nhiệm tổ chức ..."); the items of a lead-in that lists tasks ("UBND tỉnh yêu cầu ... thực
 * hiện tốt các nhiệm vụ chủ yếu sau:") are tasks again, split by action like those of any plan.
 *
 * <p>Each commitment carries its responsible bodies ({@link ResponsibilityReader}): those its clause
 * names; else, when the clause names no lead, the lead of the clause before it in the sentence, the lead
 * of the last sentence of its item that named one (Vietnamese drops a subject already given), or the
 * bodies of the enumerating heading or lead-in it sits under ({@link TaskFrames}). Its deadline is stated
 * in the clause, else in a later (or earlier) clause of the same sentence, else inherited from the period
 * its section or document frames. It is about the works and places it names and the work its heading
 * names.
 */
public final class CommitmentExtractor implements Extractor {

    private static final Pattern CUE = Pattern.compile("(?iu)^(đề nghị|yêu cầu|giao|đồng ý|khẩn trương)\\b|chủ trì|"
            + "có trách nhiệm|chịu trách nhiệm|cần phải|\\bphải\\b|chậm nhất|trước ngày|đề nghị|yêu cầu|nghiêm túc");
    /**
     * Sentences that report or state a basis rather than assign: past events ("Ngày 14 ...", "... đã ..."),
     * results, and the openers a letter states its grounds with ("Căn cứ ...", "Thực hiện Văn bản số ...";
     * not "Căn cứ Kế hoạch này, ..." which hands the plan on).
     */
    private static final Pattern NARRATIVE = Pattern.compile("(?iu)^(ngày \\d|năm \\d{4}|trong (tháng|năm|quý)|"
            + "kết quả|qua \\d|tính đến|căn cứ(?!\\s+(?:vào\\s+)?(?:kế hoạch|chỉ thị|quyết định|công văn|thông báo"
            + "|nghị quyết|công điện|chương trình)\\s+này)|theo đề nghị|"
            + "thực hiện (văn bản|công văn|công điện|ý kiến chỉ đạo|chỉ đạo của))"
            + "|^[^,]{0,40}\\bđã\\b");
    /**
     * Acts of the document itself rather than tasks: issuing an annexed plan, entry into force, repeal,
     * and the closing formulas of notices and letters ("... thông báo để ... biết, thực hiện./.").
     */
    private static final Pattern OWN_ACT = Pattern.compile("(?iu)ban hành kèm theo|có hiệu lực(?: thi hành)?(?: kể)? từ"
            + "|(?:thông báo|có ý kiến)[^.;]{0,160}(?:\\bbiết\\b|\\./[.!]\\s*$)|trân trọng thông báo"
            + "|^(?:nghiêm cấm|cấm) các hành vi");
    /** A modal of obligation right after a subject: "Tỉnh Thanh Hóa cần ...", "Chính quyền địa phương phải ...". */
    private static final Pattern OBLIGATION = Pattern.compile("(?iu)\\s*(?:cần|phải|có trách nhiệm|chịu trách nhiệm)(?![\\p{L}])");
    /** A lead-in that states a task, then its items: "... thực hiện quyết liệt ..., trong đó lưu ý ... sau:". */
    private static final Pattern TASK_THEN_ITEMS = Pattern.compile("(?iu)[,;]\\s*trong đó\\s[^,;]*:$");
    private static final Pattern TITLE = Pattern.compile("(?iu)^(?:trách nhiệm|nhiệm vụ|giải pháp|tổ chức thực hiện"
            + "|phân công|nội dung|mục tiêu|mục đích|yêu cầu|kinh phí|lộ trình)(?![\\p{L}])");
    private static final int TITLE_WORDS = 15;
    private static final Pattern CLOSING_BRACKET = Pattern.compile("\\(([^()]{0,30}(?:19|20)\\d{2}[^()]{0,20})\\)\\s*[.;]?\\s*$");
    /** The time line of a plan's activity: "Thời gian thực hiện: Quý IV/2025". */
    private static final Pattern TIME_ATTRIBUTE = Pattern.compile("(?iu)^\\s*(?:thời gian|thời hạn)(?:\\s+(?:thực hiện|hoàn thành))?\\s*:");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";\\s+(?=\\p{Ll})");
    /** A clause that opens with a noun phrase continues a list of objects; it is no new action. */
    private static final Pattern OBJECT_OPENING = Pattern.compile("(?iu)^(?:các|những|một số|việc|công tác|nội dung|"
            + "nguồn|cơ cấu|khả năng|tổng|thành viên|hệ thống|tình hình|số|sơ bộ|đối tượng|trong đó"
            + "|dự án|công trình|đoạn tuyến)(?![\\p{L}])");
    /**
     * A report that closes the task before it ("...; báo cáo Thủ tướng Chính phủ trước ngày ...") is no task of its
     * own: its deadline is the task's.
     */
    private static final Pattern REPORT_STEP = Pattern.compile("(?iu)^(?:kịp thời\\s+|định kỳ\\s+)?(?:báo cáo|tổng hợp,?\\s+báo cáo)");
    /** A clause that only dates the task before it: "...; hoàn thành trước ngày 30/11/2025." */
    private static final Pattern COMPLETION = Pattern.compile("(?iu)^(?:hoàn thành|xong|thực hiện xong)\\s+(?:trước|trong|chậm nhất)"
            + "[^;]{0,40}$");
    /** The words before a deadline that leave it dating the whole sentence: none, or a bare "hoàn thành" after a comma. */
    private static final Pattern BARE_COMPLETION = Pattern.compile("(?iu)(?:^|[,;(])\\s*(?:(?:hoàn thành|thực hiện xong|xong)"
            + "(?:\\s+(?:chậm nhất|trước|trong))?\\s*)?$");
    private static final Pattern ITEM_NUMBER = Pattern.compile("^\\s*\\(\\d{1,2}\\)\\s*");
    private static final int SHORT_CLAUSE = 5;
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

    /**
     * Each document is read by an extractor of its own whose recognizer remembers the sentences it has read
     * ({@link EntityRecognizer#forOneDocument}), so that this one stays shareable between threads.
     */
    @Override
    public void extract(ParsedDocument doc, FactSink sink) {
        new CommitmentExtractor(entities.forOneDocument(), deadlines).read(doc, sink);
    }

    /** An extractor whose recognizer is the run's: the mentions the entity extractor read are read again from memory. */
    @Override
    public Extractor forOneDocument(OneDocument run) {
        return new CommitmentExtractor(run.recognizer(entities), deadlines);
    }

    private void read(ParsedDocument doc, FactSink sink) {
        TaskZones zones = new TaskZones(doc);
        Optional<String> locality = doc.locality();
        Optional<LocalDate> date = documentDate(doc);
        Optional<Deadline> titlePeriod = PERIOD_TITLES.contains(doc.type())
                ? doc.title().flatMap(t -> deadlines.periodOf(t, date)) : Optional.empty();
        TaskFrames frames = new TaskFrames(doc, zones, entities, locality);
        boolean notice = doc.type() == DocumentType.THONG_BAO;
        Map<String, List<EntityMention>> subjectBySection = new HashMap<>();
        AboutReader topics = AboutReader.of(doc, entities, locality, sink);
        Map<String, Deadline> attributeDeadlines = new HashMap<>();
        List<Section> sections = doc.sections();
        for (Sentence s : doc.sentences()) {
            if (s.part() == Sentence.Part.BODY && s.sectionId().isPresent() && TIME_ATTRIBUTE.matcher(s.text()).lookingAt()) {
                String value = s.text().substring(s.text().indexOf(':') + 1);
                Optional<Deadline> d = deadlines.ofCell(value, date);
                if (d.isEmpty()) continue;
                attributeDeadlines.putIfAbsent(s.sectionId().get(), d.get());
                // an item that is nothing but the time ("b) Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025.") dates
                // the items beside it, those of the activity it belongs to
                Optional<Section> item = sections.stream().filter(x -> x.id().equals(s.sectionId().get())).findFirst();
                if (item.isPresent() && item.get().parentId().isPresent()
                        && item.get().heading().filter(h -> TIME_ATTRIBUTE.matcher(h + ":").matches()).isPresent()) {
                    attributeDeadlines.putIfAbsent(item.get().parentId().get(), d.get());
                }
            }
        }
        TaskTable[] table = {null};
        for (Sentence s : doc.sentences()) {
            if (s.part() != Sentence.Part.BODY) continue;
            if (!TaskTable.isRow(s.text())) table[0] = null;
            sink.guarded(s, () -> {
                if (TaskTable.isRow(s.text())) {
                    Optional<TaskTable> header = TaskTable.header(s.text());
                    if (header.isPresent()) {
                        table[0] = header.get();
                        topics.newTable();
                    } else if (table[0] != null && !emitRow(s, table[0], locality, date, topics, sink)) {
                        topics.tableRow(s, entities.recognise(s, locality));
                    }
                    return; // a row of a table that is no task table (figures, fees) states no task
                }
                if (s.text().chars().filter(Character::isLetter).count() < 4) return;
                boolean heading = zones.isHeading(s);
                boolean leadIn = s.text().endsWith(":");
                if (heading && !leadIn) return;
                List<EntityMention> mentions = entities.recognise(s, locality);
                List<EntityMention> top = mentions.stream().filter(m -> mentions.stream().noneMatch(o -> o.contains(m))).toList();
                // a heading or lead-in ("... thực hiện các nhiệm vụ sau:") announces the tasks, it is not one,
                // unless it states a task of its own before naming the items ("..., trong đó lưu ý ... sau:")
                if (leadIn && !heading) frames.leadIn(s, top);
                topics.topicLine(s, mentions);
                if (leadIn && !TASK_THEN_ITEMS.matcher(s.text()).find()) return;
                if (TaskFrames.isAttribute(s)) return;
                TaskZones.Zone zone = zones.of(s);
                String t = s.text();
                Optional<ResponsibilityReader.Reading> whole = directive(t, zone, top, frames.self(s));
                if (whole.isEmpty()) return;
                Optional<Deadline> inherited = zones.chain(s).stream()
                        .flatMap(sec -> Optional.ofNullable(attributeDeadlines.get(sec.id()))
                                .or(() -> zones.heading(sec).flatMap(h -> deadlines.periodOf(h, date))).stream())
                        .findFirst().or(() -> titlePeriod);
                List<EntityMention> headingSubject = topics.inherited(zones.chain(s), subjectBySection.computeIfAbsent(
                        s.sectionId().orElse(""), k -> headingSubject(zones, zones.chain(s), locality)));
                // a notice states one orientation per sentence, except in the items of a lead-in that lists tasks
                boolean bySentence = notice && !frames.underTaskList(s);
                emit(s, top, mentions, inherited, frames, headingSubject, topics, date, bySentence, whole.get(), sink);
            });
        }
    }

    /**
     * A directive: in a task zone any sentence that does not report or enact, elsewhere one with a cue of
     * assignment; anywhere, a named body or place that "cần" or "phải" do something ("Tỉnh Thanh Hóa cần nỗ
     * lực ...", even inside an assessment and after an account of results).
     *
     * <p>For a directive, what it read of the whole sentence ({@code ResponsibilityReader.read(t, 0, t.length(),
     * top, self)}, a pure function of its arguments), which {@link #emit} needs again for a clause that is the
     * whole sentence and for the leads it hands on: read once instead of up to three times; empty otherwise.
     */
    private static Optional<ResponsibilityReader.Reading> directive(String t, TaskZones.Zone zone, List<EntityMention> top,
                                                                    Optional<EntityMention> self) {
        if (OWN_ACT.matcher(t).find() || isTitle(t)) return Optional.empty();
        ResponsibilityReader.Reading r = ResponsibilityReader.read(t, 0, t.length(), top, self);
        if (r.subjectEnd() >= 0 && OBLIGATION.matcher(t).region(r.subjectEnd(), t.length()).lookingAt()) return Optional.of(r);
        return !NARRATIVE.matcher(t).find()
                && (zone == TaskZones.Zone.TASK || zone == TaskZones.Zone.NEUTRAL && CUE.matcher(t).find())
                ? Optional.of(r) : Optional.empty();
    }

    /**
     * A line that names a part rather than a task: no final stop, a few words, and the words of a heading
     * ("Trách nhiệm phối hợp trong công tác thẩm định chủ trương đầu tư dự án") — a heading the structure
     * did not see because its marker stands alone on the line above.
     */
    private static boolean isTitle(String t) {
        if (t.matches("(?s).*[.;:!?…]$") || t.split("\\s+").length > TITLE_WORDS) return false;
        return TITLE.matcher(t).lookingAt();
    }

    private void emit(Sentence s, List<EntityMention> top, List<EntityMention> all, Optional<Deadline> inherited,
                      TaskFrames frames, List<EntityMention> headingSubject, AboutReader topics, Optional<LocalDate> date,
                      boolean bySentence, ResponsibilityReader.Reading whole, FactSink sink) {
        String text = s.text();
        Optional<EntityMention> self = frames.self(s);
        List<int[]> clauses = clauses(text, bySentence, top, self, date);
        List<ResponsibilityReader.Reading> readings = new ArrayList<>();
        List<Optional<Deadline>> stated = new ArrayList<>();
        List<Boolean> bare = new ArrayList<>();
        for (int[] c : clauses) {
            ResponsibilityReader.Reading r = c[0] == 0 && c[1] == text.length() ? whole
                    : ResponsibilityReader.read(text, c[0], c[1], top, self);
            readings.add(r);
            // a period in the adverbial before the subject ("Để đạt mục tiêu ... trong năm 2025, tỉnh ...") frames
            // the aim, not the task
            int from = r.subjectStart() > c[0] ? r.subjectStart() : c[0];
            Optional<Deadline> d = deadlines.parse(text.substring(from, c[1]), date);
            stated.add(d);
            bare.add(d.isPresent() && BARE_COMPLETION.matcher(text.substring(from, from + d.get().start())).find());
        }
        List<Responsibility> previousLeads = List.of();
        boolean subjectGiven = false;
        for (int i = 0; i < clauses.size(); i++) {
            int start = clauses.get(i)[0];
            int end = clauses.get(i)[1];
            String clause = text.substring(start, end);
            ResponsibilityReader.Reading reading = readings.get(i);
            List<Responsibility> responsible = new ArrayList<>(reading.bodies());
            if (reading.hasLead()) {
                subjectGiven = true;
            } else if (!reading.generic()) { // "Các lực lượng chức năng phải ...": its own actors, none named
                List<Responsibility> fallback = i > 0 && !previousLeads.isEmpty() ? previousLeads
                        : frames.carried(s).orElseGet(() -> frames.framing(s));
                for (Responsibility r : fallback) {
                    if (responsible.stream().noneMatch(x -> x.label().equals(r.label()))) responsible.add(r);
                }
            }
            previousLeads = responsible.stream().filter(r -> r.role() == Responsibility.Role.LEAD).toList();
            Optional<Deadline> own = stated.get(i).or(() -> closingPeriod(clause, date));
            boolean ownSubject = reading.hasLead() || reading.generic();
            Optional<Deadline> sameSentence = own.isPresent() || ownSubject ? own : sentenceDeadline(stated, bare, i);
            Optional<Deadline> deadline = sameSentence.or(() -> inherited);
            Optional<Commitment.DeadlineBasis> basis = sameSentence.isPresent() ? Optional.of(Commitment.DeadlineBasis.STATED)
                    : inherited.map(d -> Commitment.DeadlineBasis.INHERITED);
            List<EntityMention> about = topics.about(text, headingSubject, all, start, end, responsible);
            Commitment c = new Commitment(s, i + 1, start, end, clause, responsible, deadline, basis, about);
            sink.accept(c);
        }
        if (subjectGiven) frames.said(s, whole.leads());
    }

    /**
     * A row of a task table: the task cell is the commitment, the bodies of the lead cell its leads, those
     * of the partner cell its partners, the time cell its deadline; it is about what the task cell names.
     */
    private boolean emitRow(Sentence s, TaskTable table, Optional<String> locality, Optional<LocalDate> date,
                            AboutReader topics, FactSink sink) {
        List<EntityMention> mentions = entities.recognise(s, locality);
        List<EntityMention> top = mentions.stream().filter(m -> mentions.stream().noneMatch(o -> o.contains(m))).toList();
        Predicate<TaskTable.Cell> namesBodies = c -> TaskTable.collective(c.text()) || top.stream().anyMatch(m -> within(m, c)
                && (m.category() == EntityCategory.AGENCY || m.category() == EntityCategory.PLACE));
        Predicate<TaskTable.Cell> namesTime = c -> deadlines.ofCell(c.text(), date).isPresent();
        Optional<TaskTable.Row> read = table.read(s.text(), namesBodies, namesTime);
        if (read.isEmpty()) return false;
        TaskTable.Row row = read.get();
        // a sub-row (no number of its own) shares the cells merged with the row above: partners, time
        Optional<TaskTable.Row> above = table.last();
        table.remember(row, s.text());
        boolean subRow = row.number().isEmpty() && above.isPresent();
        Optional<String> inheritedTime = subRow ? above.get().time().map(TaskTable.Cell::text) : Optional.empty();
        List<Responsibility> inheritedPartners = subRow && row.partner().isEmpty() ? table.lastPartners() : List.of();
        List<Responsibility> responsible = new ArrayList<>();
        row.lead().ifPresent(c -> addBodies(responsible, top, c, Responsibility.Role.LEAD));
        row.partner().ifPresent(c -> addBodies(responsible, top, c, Responsibility.Role.PARTNER));
        for (Responsibility r : inheritedPartners) {
            if (responsible.stream().noneMatch(x -> x.label().equals(r.label()))) responsible.add(r);
        }
        table.rememberPartners(responsible.stream().filter(r -> r.role() == Responsibility.Role.PARTNER).toList());
        Optional<Deadline> deadline = row.time().map(TaskTable.Cell::text).or(() -> inheritedTime)
                .flatMap(c -> deadlines.ofCell(c, date));
        TaskTable.Cell task = row.task();
        List<EntityMention> about = topics.about(s.text(), topics.group(), mentions, task.start(), task.end(), List.of());
        sink.accept(new Commitment(s, 1, task.start(), task.end(), task.text(), responsible, deadline,
                deadline.map(d -> Commitment.DeadlineBasis.STATED), about));
        return true;
    }

    private static boolean within(EntityMention m, TaskTable.Cell c) {
        return m.start() >= c.start() && m.end() <= c.end();
    }

    private static void addBodies(List<Responsibility> out, List<EntityMention> top, TaskTable.Cell c, Responsibility.Role role) {
        for (EntityMention m : top) {
            if (!within(m, c) || (m.category() != EntityCategory.AGENCY && m.category() != EntityCategory.PLACE)) continue;
            if (out.stream().anyMatch(r -> r.label().equals(m.label()))) continue;
            out.add(new Responsibility(m.label(), m.category(), role, Responsibility.Basis.EXPLICIT));
        }
    }

    /**
     * The period a task names in brackets at its end, as the items of a roadmap do: "... tiến tới thí điểm
     * (2025 - 2026)." → 2026-12-31; "(2026 trở đi)" opens a period and gives none.
     */
    private Optional<Deadline> closingPeriod(String clause, Optional<LocalDate> date) {
        Matcher m = CLOSING_BRACKET.matcher(clause);
        return m.find() ? deadlines.ofCell(m.group(1), date) : Optional.empty();
    }

    /**
     * A clause without a deadline or a subject of its own shares the next deadline its sentence states, else
     * the previous one, when that deadline closes a clause as a bare completion that dates the whole sentence:
     * "Rà soát, tổng hợp ... thiệt hại; chủ động sử dụng ..., hoàn thành trước ngày ...". A deadline inside
     * an action with its own object ("...; hoàn thành tiêm phòng trong tháng 4/2024") is that action's own.
     */
    private static Optional<Deadline> sentenceDeadline(List<Optional<Deadline>> stated, List<Boolean> bare, int i) {
        for (int j = i + 1; j < stated.size(); j++) if (stated.get(j).isPresent() && bare.get(j)) return stated.get(j);
        for (int j = i - 1; j >= 0; j--) if (stated.get(j).isPresent() && bare.get(j)) return stated.get(j);
        return Optional.empty();
    }

    /**
     * Clauses split at semicolons after which a new action starts in lower case; a clause that opens with
     * a noun phrase ("...; nguồn gốc đất, ...") continues the list before it. With {@code byActor} (a
     * conclusion notice) only a clause that names its own lead stands alone.
     */
    List<int[]> clauses(String text, boolean byActor, List<EntityMention> top, Optional<EntityMention> self,
                        Optional<LocalDate> date) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int topic = ResponsibilityReader.topicEnd(text);
        Matcher m = CLAUSE_BREAK.matcher(text);
        while (m.find()) {
            if (m.start() < topic || m.start() - start < 12 || text.length() - m.end() < 12) continue;
            // the rest of the sentence, read in place: a copy of it per break was quadratic in a long sentence
            int next = m.end();
            if (opens(OBJECT_OPENING, text, next) || opens(COMPLETION, text, next)) continue;
            String before = ITEM_NUMBER.matcher(text.substring(start, m.start())).replaceFirst("");
            if (before.strip().split("\\s+").length <= SHORT_CLAUSE) continue; // "(3) Bố trí chỗ ở tạm; huy động ...": five syllables

            int nextBreak = text.indexOf(';', m.end());
            int to = nextBreak < 0 ? text.length() : nextBreak;
            boolean dated = deadlines.parse(text.substring(m.end(), to), date).isPresent();
            boolean report = opens(REPORT_STEP, text, next);
            if (report && dated) continue; // "...; báo cáo Thủ tướng Chính phủ trước ngày ...": the report dates the task
            if (byActor && !(dated && !report) && !ResponsibilityReader.read(text, m.end(), to, top, self).hasLead()) continue;
            out.add(new int[] {start, m.start()});
            start = m.end();
        }
        out.add(new int[] {start, text.length()});
        return out;
    }

    /**
     * Whether {@code p} matches at {@code from}, as it would match the start of {@code text.substring(from)}: the
     * region's bounds are opaque and anchoring, so ^, $, \b and look-arounds see no more than the substring.
     */
    private static boolean opens(Pattern p, String text, int from) {
        return p.matcher(text).region(from, text.length()).lookingAt();
    }

    /**
     * The work a heading is about ("1. Đối với dự án thành phần 2 thuộc Dự án ...:", "2. Đối với tuyến
     * đường Quốc lộ 4B:"): the items under it concern it even when they do not name it again. Every work it
     * names counts, except one that qualifies another ("thuộc Dự án ..."): see {@link AboutReader}.
     */
    private List<EntityMention> headingSubject(TaskZones zones, List<Section> chain, Optional<String> locality) {
        for (Section sec : chain) {
            Optional<String> heading = zones.heading(sec);
            if (heading.isEmpty()) continue;
            String h = heading.get();
            Sentence fake = new Sentence(-1, 0, h.length(), h, Optional.empty(), Sentence.Part.BODY);
            List<EntityMention> works = AboutReader.headingWorks(h, entities.recognise(fake, locality));
            if (!works.isEmpty()) return works;
        }
        return List.of();
    }

    /** The document's date: the day if known, else the last day of its month. */
    private static Optional<LocalDate> documentDate(ParsedDocument doc) {
        return doc.issued().map(i -> i.isFullDate() ? LocalDate.parse(i.iso())
                : YearMonth.parse(i.iso().substring(0, 7)).atEndOfMonth());
    }
}
