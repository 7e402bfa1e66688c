package org.lskg.extract;

import org.lskg.text.Fold;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a directive names as responsible. Vietnamese puts the actor first, as the subject of the task,
 * and marks the other bodies by the verb that introduces them:
 * <ul>
 *   <li>the subject — the bodies that open the clause ("Ủy ban nhân dân tỉnh Thanh Hóa phối hợp ...",
 *       "Bộ trưởng Bộ Y tế chỉ đạo ...": an office stands for its body), after a topic ("Về dự án ...:
 *       Bộ Xây dựng khẩn trương ...") or a leading adverbial ("Để xác định vị trí ..., Ủy ban nhân dân tỉnh
 *       ...") — is the lead;</li>
 *   <li>the bodies after an assigning verb ("giao", "đề nghị", "yêu cầu", "ủy quyền", "phân công"),
 *       wherever it stands, are leads, and whoever assigns ("Chủ tịch Ủy ban nhân dân thành phố yêu cầu
 *       ...") is not;</li>
 *   <li>the bodies after "phối hợp (với)", "làm việc với", "cùng với" and the units a lead is told to
 *       direct ("chỉ đạo Quân khu 5, Quân khu 7") are partners;</li>
 *   <li>labelled lines of plans: "Cơ quan chủ trì: X" and "Cơ quan thực hiện: X" give leads, "Cơ quan
 *       phối hợp: Y" partners.</li>
 * </ul>
 * Bodies that are advised ("tham mưu Ủy ban nhân dân tỉnh"), reported to or that approve are named after
 * none of these and count as no one. A run of bodies is read as a noun phrase: bodies joined by commas,
 * "và", "cùng", collective words and offices; it ends at the first word that belongs to none of these (the
 * verb). Generic collectives ("các sở, ban, ngành") are not recognised as bodies and so add no one, but
 * are noted: a lead-in addressed to everyone does not hand its bodies down to the items that follow.
 */
final class ResponsibilityReader {

    /**
     * The bodies of one clause, whether its subject also named a generic collective, and where its
     * subject ends and starts when the subject is a lead (-1 otherwise): what follows it ("... cần", "...
     * phải") and what an adverbial put before it ("Để đạt mục tiêu ... năm 2025, tỉnh ... cần ...").
     */
    record Reading(List<Responsibility> bodies, boolean generic, int subjectEnd, int subjectStart) {
        boolean hasLead() {
            return bodies.stream().anyMatch(r -> r.role() == Responsibility.Role.LEAD);
        }

        List<Responsibility> leads() {
            return bodies.stream().filter(r -> r.role() == Responsibility.Role.LEAD).toList();
        }
    }

    /** A topic that a clause answers before its subject: "Về dự án ...:", "Đối với các khu công nghiệp ...:". */
    private static final Pattern TOPIC = Pattern.compile("(?iu)^\\s*(?:về|đối với)\\s[^:]{0,450}:\\s*");
    /** A label of a plan's line: "Cơ quan chủ trì:", "Cơ quan thực hiện:", "Đơn vị chủ trì:". */
    private static final Pattern LEAD_LABEL = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:cơ quan|đơn vị)\\s+(?:chủ trì|thực hiện(?:\\s+chính)?|chịu trách nhiệm)\\s*:\\s*");
    private static final Pattern PARTNER_LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:cơ quan|đơn vị)\\s+phối hợp\\s*:\\s*");
    /** Sentence connectives before a subject: "Đồng thời, ...", "Trên cơ sở đó, ...". */
    private static final Pattern CONNECTIVE = Pattern.compile("(?iu)^\\s*(?:đồng thời|trên cơ sở đó|ngoài ra|bên cạnh đó"
            + "|mặt khác|theo đó|sau đó|trước mắt)\\s*,?\\s*");
    /**
     * A leading adverbial, after one of whose commas the subject stands: "Để ..., ", "Trên cơ sở ..., ", "Với
     * vai trò ..., ", "Tuy nhiên, bên cạnh những kết quả ..., tỉnh Đắk Lắk cần ..."; not the verb "Theo dõi, tổng hợp ...".
     */
    private static final Pattern ADVERBIAL = Pattern.compile("(?iu)^\\s*(?:để|nhằm|trên cơ sở|căn cứ|với vai trò|sau khi"
            + "|trong|theo(?!\\s+dõi)|trường hợp|khi|qua|tuy nhiên|bên cạnh|đối với|ngoài|từ nay)(?![\\p{L}])");
    /** How far into a clause an adverbial may run before its subject. */
    private static final int ADVERBIAL_REACH = 500;
    /** Verbs that hand a task to the bodies after them; whoever says them is not responsible. */
    private static final Pattern ASSIGNING = Pattern.compile("(?iu)(?<![\\p{L}])(?:giao(?:\\s+cho)?|đề nghị|yêu cầu"
            + "|đồng ý(?:\\s+(?:để|cho))?|ủy quyền(?:\\s+cho)?|uỷ quyền(?:\\s+cho)?|phân công)\\s+(?=\\S)");
    /** Verbs after which the bodies named are partners of the task. */
    private static final Pattern PARTNERING = Pattern.compile("(?iu)(?<![\\p{L}])(?:phối hợp(?:\\s+chặt chẽ)?(?:\\s+với)?"
            + "|làm việc(?:\\s+cụ thể)?\\s+với|cùng với|trao đổi(?:,\\s*phối hợp)?\\s+với|chỉ đạo(?!\\s+của))\\s+(?=\\S)");
    /** An office that stands for its body: "Bộ trưởng Bộ Y tế", "Chủ tịch Ủy ban nhân dân tỉnh". */
    private static final Pattern OFFICE = Pattern.compile("(?iu)^(?:đồng chí\\s+)?(?:phó\\s+)?(?:bộ trưởng|thứ trưởng"
            + "|chủ tịch|giám đốc|thủ trưởng|bí thư|thống đốc|tổng giám đốc|chánh văn phòng|trưởng ban|cục trưởng"
            + "|tổng cục trưởng|chỉ huy trưởng|chánh thanh tra|viện trưởng|chánh án|người đứng đầu|lãnh đạo)"
            + "(?:\\s+thường trực)?(?![\\p{L}])");
    /** Words a run of bodies may hold besides the bodies: joints and the words of collectives. */
    private static final Pattern FILLER = Pattern.compile("(?iu)^(?:và|cùng|các|những|sở|ban|ngành|bộ|cơ quan(?:\\s+ngang\\s+bộ)?"
            + "|đơn vị|địa phương|đoàn thể|tổ chức|cá nhân|lực lượng(?:\\s+chức năng)?|cấp|thành phố|tỉnh|huyện|xã|phường"
            + "|đặc khu|thị trấn|trực thuộc|trung ương|có liên quan|liên quan|thuộc|chính phủ)(?![\\p{L}])");
    /**
     * The nouns that, with a plural ("các", "những"), make a run a generic collective ("các sở, ban, ngành",
     * "các cơ quan, đơn vị liên quan"); alone they may be a verb ("Tổ chức thực hiện ...").
     */
    private static final Pattern COLLECTIVE = Pattern.compile("(?iu)^(?:sở|ban|ngành|bộ|cơ quan|đơn vị|địa phương"
            + "|đoàn thể|tổ chức|cá nhân|lực lượng)(?![\\p{L}])");
    private static final Pattern PLURAL = Pattern.compile("(?iu)^(?:các|những)(?![\\p{L}])");
    private static final Pattern DESCRIBING = Pattern.compile("(?iu)^(?:trực\\s+)?thuộc(?![\\p{L}])");
    /** A class of local bodies by level ("Ủy ban nhân dân cấp tỉnh"), and another level named after it ("cấp xã"). */
    private static final Pattern CLASS_LEVEL = Pattern.compile("(?u)(.+)\\s+cấp\\s+(?:tỉnh|huyện|xã)");
    private static final Pattern LEVEL = Pattern.compile("(?iu)cấp\\s+(?:tỉnh|huyện|xã)(?![\\p{L}])");
    private static final String KIND = "(?:tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|ủy ban nhân dân|uỷ ban nhân dân|ubnd|hội đồng nhân dân|hđnd)";
    /** A subject that lists provinces after the kinds of body it means: "Chủ tịch Ủy ban nhân dân các tỉnh: A, B và C". */
    private static final Pattern DISTRIBUTIVE = Pattern.compile("(?iu)((?:(?:bí thư|phó bí thư|chủ tịch|phó chủ tịch)\\s+)?"
            + KIND + "(?:\\s*(?:,|và)\\s*(?:(?:bí thư|phó bí thư|chủ tịch|phó chủ tịch)\\s+)?" + KIND + ")*)"
            + "\\s+các\\s+tỉnh(?:\\s*,\\s*thành phố)?(?:\\s+trực thuộc trung ương)?\\s*:\\s*");
    private static final Pattern BODY_KIND = Pattern.compile("(?iu)" + KIND);
    private static final Pattern LIST_JOINT = Pattern.compile("(?iu)\\s*(?:,\\s*(?:và\\s+)?|và\\s+)");
    /** "Tỉnh", "Thành phố" capitalised and alone: the notice's short name for the province it is about. */
    private static final Pattern SELF = Pattern.compile("^(?:Tỉnh|Thành phố)(?![\\p{L}])(?!\\s+(?:ủy|uỷ|\\p{Lu}))");

    private ResponsibilityReader() {}

    /**
     * The responsible bodies of the clause [start, end) of {@code text}, given the sentence's top-level
     * mentions; {@code self} is the place that a bare "Tỉnh" or "Thành phố" stands for, if known.
     */
    static Reading read(String text, int start, int end, List<EntityMention> mentions, Optional<EntityMention> self) {
        List<EntityMention> actors = mentions.stream()
                .filter(m -> m.start() >= start && m.end() <= end)
                .filter(m -> m.category() == EntityCategory.AGENCY || m.category() == EntityCategory.PLACE)
                .toList();
        Scan scan = new Scan(text, end, actors, self);
        int p = start;
        Matcher topic = TOPIC.matcher(text).region(start, end);
        if (topic.lookingAt()) p = topic.end();
        Matcher connective = CONNECTIVE.matcher(text).region(p, end);
        if (connective.lookingAt()) p = connective.end();
        Matcher label = LEAD_LABEL.matcher(text).region(p, end);
        if (label.lookingAt()) p = label.end();
        // the subject, unless an assigning verb follows it: then it is whoever assigns
        int body = p;
        Run subject = scan.run(p, true);
        if (subject.bodies().isEmpty() && ADVERBIAL.matcher(text).region(p, end).lookingAt()) {
            subject = afterAdverbial(scan, text, p, Math.min(end, p + ADVERBIAL_REACH)).orElse(subject);
        }
        Matcher assigning = ASSIGNING.matcher(text).region(body, end);
        boolean assignedAfterSubject = assigning.find() && assigning.start() == skipSpace(text, subject.end(), end);
        int subjectEnd = -1;
        int subjectStart = -1;
        if (!assignedAfterSubject && !subject.bodies().isEmpty()) {
            scan.add(subject.bodies(), Responsibility.Role.LEAD);
            subjectEnd = subject.end();
            subjectStart = subject.start();
        }
        scan.generic |= subject.generic();
        // the bodies a task is handed to, wherever in the clause
        assigning = ASSIGNING.matcher(text).region(body, end);
        while (assigning.find()) {
            Run r = scan.run(assigning.end(), true);
            scan.add(r.bodies(), Responsibility.Role.LEAD);
            scan.generic |= r.generic();
        }
        Matcher lead = LEAD_LABEL.matcher(text).region(body, end);
        while (lead.find()) {
            scan.add(scan.run(lead.end(), true).bodies(), Responsibility.Role.LEAD);
        }
        // partners
        for (Pattern cue : List.of(PARTNERING, PARTNER_LABEL)) {
            Matcher m = cue.matcher(text).region(body, end);
            while (m.find()) {
                scan.add(scan.run(m.end(), false).bodies(), Responsibility.Role.PARTNER);
            }
        }
        return new Reading(List.copyOf(scan.out), scan.generic, subjectEnd, subjectStart);
    }

    /** The first run of bodies after a comma of a leading adverbial that a predicate (a word in lower case) follows. */
    private static Optional<Run> afterAdverbial(Scan scan, String text, int from, int to) {
        for (int c = text.indexOf(',', from); c >= 0 && c < to; c = text.indexOf(',', c + 1)) {
            Run r = scan.run(c + 1, true);
            if (r.bodies().isEmpty()) continue;
            int next = skipSpace(text, r.end(), scan.end);
            if (next < scan.end && Character.isLowerCase(text.codePointAt(next))) return Optional.of(r);
        }
        return Optional.empty();
    }

    /** Where the topic a sentence opens with ("Về dự án A; dự án B: ...") ends, or 0. */
    static int topicEnd(String text) {
        Matcher m = TOPIC.matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }

    /** The bodies that open a heading or a lead-in ("Sở Tài chính (cơ quan chủ trì)", "Các cơ quan (Sở A, Sở B):"). */
    static Reading subjectOf(String text, List<EntityMention> mentions, Optional<EntityMention> self) {
        Reading r = read(text, 0, text.length(), mentions, self);
        int open = text.indexOf('(');
        if (r.hasLead() || open < 0) return r;
        // a descriptive subject explained in brackets: the bodies are the ones in the brackets
        List<EntityMention> actors = mentions.stream()
                .filter(m -> m.category() == EntityCategory.AGENCY || m.category() == EntityCategory.PLACE).toList();
        Scan scan = new Scan(text, text.length(), actors, self);
        Run inside = scan.run(open + 1, true);
        scan.add(inside.bodies(), Responsibility.Role.LEAD);
        return new Reading(List.copyOf(scan.out), inside.generic(), -1, -1);
    }

    private static int skipSpace(String text, int p, int end) {
        while (p < end && Character.isWhitespace(text.charAt(p))) p++;
        return p;
    }

    /** A run of bodies: where it starts and ends, the bodies in it and whether it named a collective. */
    private record Run(int start, int end, List<EntityMention> bodies, boolean generic) {}

    /** Reads runs of bodies over one clause and collects the responsible bodies found. */
    private static final class Scan {
        final String text;
        final int end;
        final List<EntityMention> actors;
        final Optional<EntityMention> self;
        final List<Responsibility> out = new ArrayList<>();
        boolean generic;

        Scan(String text, int end, List<EntityMention> actors, Optional<EntityMention> self) {
            this.text = text;
            this.end = end;
            this.actors = actors;
            this.self = self;
        }

        /**
         * The run of bodies from {@code p}: bodies, offices, collective words, joints; a bracket is stepped
         * over. {@code subject}: a bare "Tỉnh" may stand for the province (the subject of a notice).
         */
        Run run(int p, boolean subject) {
            List<EntityMention> bodies = new ArrayList<>();
            boolean plural = false;
            boolean collective = false;
            boolean describing = false; // after "thuộc": "cơ quan thuộc Chính phủ" describes, it names no body
            boolean afterCollective = false; // the last word was a collective noun ("đoàn thể")
            int q = p;
            int lastEnd = p;
            while (q < end) {
                char c = text.charAt(q);
                if (Character.isWhitespace(c) || c == ',' || c == ':' || c == '-' || c == '–' || c == '/') {
                    q++;
                    continue;
                }
                Matcher each = DISTRIBUTIVE.matcher(text).region(q, end);
                if (each.lookingAt()) {
                    int after = distribute(each, bodies);
                    if (after > each.end()) {
                        q = lastEnd = after;
                        continue;
                    }
                }
                Matcher level = LEVEL.matcher(text).region(q, end);
                if (!bodies.isEmpty() && level.lookingAt()) {
                    // "Ủy ban nhân dân cấp tỉnh, cấp xã": the same class at another level
                    EntityMention prev = bodies.get(bodies.size() - 1);
                    Matcher cls = CLASS_LEVEL.matcher(prev.label());
                    if (cls.matches()) {
                        bodies.add(new EntityMention(prev.sentence(), q, level.end(), level.group(), prev.category(),
                                cls.group(1) + " " + Fold.nfc(level.group()).toLowerCase(java.util.Locale.ROOT),
                                prev.resolution()));
                        q = lastEnd = level.end();
                        continue;
                    }
                }
                Optional<EntityMention> m = at(q);
                if (m.isPresent()) {
                    if (!describing) bodies.add(m.get());
                    describing = false;
                    afterCollective = false;
                    q = lastEnd = m.get().end();
                    continue;
                }
                if (c == '(') {
                    int close = text.indexOf(')', q);
                    if (close < 0 || close >= end) break;
                    q = lastEnd = close + 1;
                    continue;
                }
                // the rest of the clause, [q, end), as a region: with the default opaque and anchoring bounds a
                // pattern sees it exactly as it would see text.substring(q, end), without copying the rest of a
                // long clause at each word
                if (subject && self.isPresent() && rest(SELF, q).lookingAt()) {
                    // "các sở, ban, ngành, đoàn thể Thành phố": after a collective word it says whose, it names no body
                    if (!afterCollective) bodies.add(self.get());
                    afterCollective = false;
                    q = lastEnd = q + (text.startsWith("Tỉnh", q) ? 4 : "Thành phố".length());
                    continue;
                }
                Matcher office = rest(OFFICE, q);
                if (office.lookingAt()) {
                    q = lastEnd = office.end();
                    continue;
                }
                Matcher filler = rest(FILLER, q);
                if (filler.lookingAt()) {
                    plural |= rest(PLURAL, q).lookingAt();
                    boolean noun = rest(COLLECTIVE, q).lookingAt();
                    collective |= noun;
                    afterCollective = noun;
                    describing = rest(DESCRIBING, q).lookingAt();
                    q = lastEnd = filler.end();
                    continue;
                }
                break;
            }
            return new Run(p, lastEnd, bodies, plural && collective);
        }

        /** {@code pattern} over [q, end) of the text, bounds opaque and anchoring (Java's defaults). */
        private Matcher rest(Pattern pattern, int q) {
            return pattern.matcher(text).region(q, end);
        }

        /**
         * The bodies of each province a distributive subject lists ("Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân
         * các tỉnh: Đắk Lắk, Khánh Hòa và Lâm Đồng": the Tỉnh ủy and the Ủy ban nhân dân of each); returns
         * where the list of provinces ends.
         */
        private int distribute(Matcher each, List<EntityMention> bodies) {
            List<String> kinds = new ArrayList<>();
            Matcher k = BODY_KIND.matcher(each.group(1));
            while (k.find()) kinds.add(Fold.ascii(k.group()));
            int q = each.end();
            int after = q;
            while (q < end) {
                int from = q;
                Optional<EntityMention> place = actors.stream()
                        .filter(m -> m.start() == from && m.category() == EntityCategory.PLACE).findFirst();
                if (place.isEmpty()) break;
                String unit = place.get().label();
                String name = unit.replaceFirst("(?iu)^(?:tỉnh|thành phố)\\s+", "");
                boolean city = unit.toLowerCase(java.util.Locale.ROOT).startsWith("thành phố");
                for (String kind : kinds) {
                    String label = kind.startsWith("uy ban") || kind.equals("ubnd") ? "Ủy ban nhân dân " + unit
                            : kind.startsWith("hoi dong") || kind.equals("hdnd") ? "Hội đồng nhân dân " + unit
                            : (city ? "Thành ủy " : "Tỉnh ủy ") + name;
                    bodies.add(new EntityMention(place.get().sentence(), place.get().start(), place.get().end(),
                            place.get().surface(), EntityCategory.AGENCY, label, Resolution.PATTERN));
                }
                q = after = place.get().end();
                Matcher joint = LIST_JOINT.matcher(text).region(q, end);
                if (!joint.lookingAt()) break;
                q = joint.end();
            }
            return after;
        }

        private Optional<EntityMention> at(int q) {
            return actors.stream().filter(m -> m.start() == q).findFirst();
        }

        void add(List<EntityMention> bodies, Responsibility.Role role) {
            for (EntityMention m : bodies) {
                if (out.stream().anyMatch(r -> r.label().equals(m.label()))) continue;
                out.add(new Responsibility(m.label(), m.category(), role, Responsibility.Basis.EXPLICIT));
            }
        }
    }
}
