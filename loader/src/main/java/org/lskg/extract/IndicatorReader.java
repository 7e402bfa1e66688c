package org.lskg.extract;

import org.lskg.text.Casing;
import org.lskg.text.Quantity;
import org.lskg.text.QuantityReader;
import org.lskg.text.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads indicators and their quantities from a sentence, the way Vietnamese plans and reports list them:
 * <ul>
 *   <li>"X đạt N unit" or "X: N unit": X is the indicator, with the linking verb and qualifiers
 *       ("đạt", "chiếm", "khoảng", "từ") dropped;</li>
 *   <li>"H: A chiếm N%, B M%": a heading before a colon qualifies every item ("H - A", "H - B");</li>
 *   <li>"X tăng N%": the indicator is the growth rate, "Tốc độ tăng X";</li>
 *   <li>"N% Y" (a share of a population): "Tỷ lệ Y"; after a verb ("kết nối đến 100% Y"), "Tỷ lệ Y được
 *       kết nối";</li>
 *   <li>"[verb thêm] N noun Z" (a count): "Số noun Z [verb thêm]"; a verb and a rate's denominator
 *       ("11,4 bác sĩ và 33,6 giường bệnh trên 1 vạn dân") are shared by the coordinated counts.</li>
 * </ul>
 * Percentages that qualify the preceding quantity ("đạt 102,3% kế hoạch", "tăng 70,6% so với cùng kỳ")
 * are attached to it rather than read as indicators. Clauses are the parts between semicolons; items in a
 * clause are separated by the first comma or "và" between two quantities. Immutable and thread-safe.
 */
final class IndicatorReader {

    private static final String PLAN_WORDS = "(?iu)^\\s*(?:kế hoạch|KH|dự toán|chỉ tiêu|mục tiêu)(?![\\p{L}])";
    private static final Pattern PLAN_AFTER = Pattern.compile(PLAN_WORDS);
    private static final Pattern CHANGE_VERB = Pattern.compile("(?iu)(?<![\\p{L}])(tăng|giảm)\\s*(?:khoảng\\s*)?$");
    /** Nothing but a change verb between a quantity and the previous one: ", tăng 70,6%". */
    private static final Pattern CHANGE_ONLY = Pattern.compile("(?iu)[\\s,]*(?:và\\s+)?(?:tăng|giảm)\\s*(?:khoảng\\s*)?");
    private static final Pattern COMPARED = Pattern.compile("(?iu)^\\s*so với\\s*(cùng kỳ)?");
    /** A figure's period ("lũy kế 11 tháng", "trong tháng") is not part of its indicator's name. */
    private static final Pattern PERIOD_WORDS = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:(?:lũy|luỹ) kế(?:\\s+\\d{1,2}\\s+tháng(?:\\s+đầu năm)?|\\s+từ đầu năm)?(?:\\s+đến nay)?"
                    + "|trong tháng|\\d{1,2}\\s+tháng\\s+đầu năm|tháng\\s+\\d{1,2}(?:/\\d{4})?)(?![\\p{L}\\d])");
    private static final Pattern YEAR = Pattern.compile("(?iu)(?<![\\p{L}])năm\\s+(\\d{4})(?!\\d)");
    /** Words that link an indicator to its value or qualify the value; never part of a label. */
    private static final Pattern TRAILING_LINK = Pattern.compile(
            "(?iu)(?:[\\s,:;–-]+|(?<![\\p{L}])(?:đạt|chiếm|là|khoảng|từ|trên|hơn|dưới|xấp xỉ|gần|ước đạt|ước tính|ước|"
                    + "bằng|ở mức|còn|lên|xuống|đến|vào|tối thiểu|ít nhất|tối đa|không quá|không dưới|được|với|mức))$");
    private static final Pattern LEADING_LINK = Pattern.compile(
            "(?iu)^(?:[\\s,:;–.-]+|(?:và|còn|trong đó|phấn đấu|dự kiến|toàn tỉnh|toàn huyện|giao chỉ tiêu|chỉ tiêu|ước|trong tháng|"
                    + "(?:lũy|luỹ) kế(?:\\s+\\d{1,2}\\s+tháng(?:\\s+đầu năm)?|\\s+từ đầu năm)?(?:\\s+đến nay)?)(?![\\p{L}]))");
    /** Tail words that qualify a value rather than name what a count or share is of. */
    private static final Pattern TAIL_NOT_NOUN = Pattern.compile(
            "(?iu)^(?:so với|trở lên|trở xuống|kế hoạch|KH|dự toán|chỉ tiêu|cùng kỳ|trên|tăng|giảm|[^\\p{L}]"
                    + "|(?:vào|đến|từ|trong)\\s+năm\\s+\\d{4})"); // "đạt 50% vào năm 2025": a time, not what the share is of
    private static final Pattern TAIL_VERB = Pattern.compile("(?iu)^(?:đạt|là|được|có)(?![\\p{L}])");
    /** "giao chỉ tiêu thu ngân sách ... là": what follows the word chỉ tiêu names the indicator. */
    private static final Pattern TARGET_NOUN = Pattern.compile("(?iu)(?<![\\p{L}])(?:chỉ tiêu|mục tiêu)\\s+(?=\\p{L})");
    private static final Pattern TRAILING_QUALIFIER = Pattern.compile("(?iu)(?:[\\s,.;:]+|(?<![\\p{L}])(?:trở lên|trở xuống))$");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("(?iu),|(?<![\\p{L}])và(?![\\p{L}])");
    private static final Pattern ADDITIVE = Pattern.compile("(?iu)(?<![\\p{L}])thêm$");
    private static final Pattern PREPOSITION = Pattern.compile("(?iu)(?<![\\p{L}])(?:tại|ở|của|cho|trong|gồm|với)$");
    private static final Pattern RATE_VERB = Pattern.compile("(?iu)(?<![\\p{L}])(tăng|giảm)$");
    private static final Pattern REACH = Pattern.compile("(?iu)\\s*(?<![\\p{L}])(?:đến|lên|đạt|tới)$");
    private static final Pattern ITEM_LABEL = Pattern.compile("(?iu)(?:chỉ tiêu|mục tiêu)\\s*\\d{1,2}[a-zđ]?");
    private static final Pattern HEAD_TRAILER = Pattern.compile("(?iu)\\s*(?<![\\p{L}])(?:gồm|bao gồm|trong đó|cụ thể|như sau)$");

    private final QuantityReader quantities;

    IndicatorReader(QuantityReader quantities) {
        this.quantities = quantities;
    }

    /** Every indicator with a quantity in {@code sentence}, in order. */
    List<Reading> read(String sentence) {
        List<Quantity> all = quantities.findAll(sentence);
        List<Reading> out = new ArrayList<>();
        int clauseStart = 0;
        String inherited = null; // "X tháng 11 ước đạt A; lũy kế 11 tháng ước đạt B": B is X too
        while (clauseStart <= sentence.length()) {
            int semi = sentence.indexOf(';', clauseStart);
            int clauseEnd = semi < 0 ? sentence.length() : semi;
            final int cs = clauseStart;
            List<Quantity> qs = all.stream().filter(q -> q.start() >= cs && q.end() <= clauseEnd).toList();
            if (!qs.isEmpty()) {
                inherited = readClause(sentence, cs, clauseEnd, qs, inherited, out);
            }
            if (semi < 0) break;
            clauseStart = semi + 1;
        }
        return List.copyOf(out);
    }

    /** A main quantity with the percentages that qualify it. */
    private record Group(Quantity main, Optional<Quantity> plan, Optional<Reading.Signed> change, int end) {}

    /**
     * Reads one clause into {@code out}; returns the indicator a following clause that names none
     * inherits (its first), or {@code inherited} when this clause names none either.
     */
    private String readClause(String s, int cs, int ce, List<Quantity> qs, String inherited, List<Reading> out) {
        String first = null;
        List<Group> groups = group(s, cs, ce, qs);
        if (groups.isEmpty()) {
            return inherited; // every quantity is an aside: "(khoảng 1.500 tỷ đồng)"
        }
        int contentStart = cs;
        String head = null;
        int colon = s.indexOf(':', cs);
        if (colon >= 0 && colon < groups.get(0).main().start()) {
            head = strip(HEAD_TRAILER, strip(TRAILING_LINK, s.substring(cs, colon)));
            // "Chỉ tiêu 2: Tỷ lệ ... đạt 40%": a numbered item's label names nothing
            head = head.isBlank() || ITEM_LABEL.matcher(head).matches() ? null : head;
            contentStart = colon + 1;
        }
        String sharedVerb = null;
        OptionalInt sharedYear = OptionalInt.empty();
        for (int k = 0; k < groups.size(); k++) {
            Group g = groups.get(k);
            Quantity q = g.main();
            int leadStart = k == 0 ? contentStart : splitGap(s, groups.get(k - 1).end(), q.start())[1];
            String lead = s.substring(leadStart, q.start());
            int tailEnd = k + 1 < groups.size() ? splitGap(s, g.end(), groups.get(k + 1).main().start())[0] : ce;
            String tail = g.plan().isPresent() || g.change().isPresent() ? "" : s.substring(q.end(), Math.max(q.end(), tailEnd));
            Optional<Quantity> next = k + 1 < groups.size() ? Optional.of(groups.get(k + 1).main()) : Optional.empty();
            Label label = label(s, head, lead, tail, q, next, sharedVerb, sharedYear);
            if (label.verb() != null) {
                sharedVerb = label.verb();
                sharedYear = label.year();
            }
            String text = label.text().isBlank() && k == 0 && head == null ? inherited : label.text();
            if (text == null || text.isBlank()) continue;
            if (first == null) first = text;
            out.add(new Reading(Casing.capitalizeFirst(text), q, s.substring(cs, q.start()),
                    s.substring(q.end(), ce), label.year(), g.plan(), g.change()));
        }
        return first != null ? first : inherited;
    }

    /** Attaches "% kế hoạch" and "tăng/giảm N%" percentages to the quantity before them. */
    private List<Group> group(String s, int cs, int ce, List<Quantity> qs) {
        List<Group> groups = new ArrayList<>();
        int previousEnd = cs;
        for (Quantity q : qs) {
            String sincePrevious = s.substring(previousEnd, q.start()).replaceFirst(PLAN_WORDS, "");
            previousEnd = q.end();
            Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last.end() > q.start()) { // a relation's words run up to this quantity
                last = new Group(last.main(), last.plan(), last.change(), q.start());
                groups.set(groups.size() - 1, last);
            }
            boolean percent = q.unit().kind() == Unit.Kind.PERCENT;
            String after = s.substring(q.end(), ce);
            String before = s.substring(last == null ? cs : last.main().end(), q.start());
            if (last != null && percent && PLAN_AFTER.matcher(after).find()) {
                groups.set(groups.size() - 1, new Group(last.main(), last.plan().or(() -> Optional.of(q)), last.change(),
                        relationEnd(s, q.end(), ce)));
                continue;
            }
            Matcher verb = CHANGE_VERB.matcher(before);
            boolean changeVerb = verb.find();
            Matcher cmp = COMPARED.matcher(after);
            boolean compared = cmp.find();
            boolean samePeriod = !compared || cmp.group(1) != null;
            if (last != null && changeVerb && CHANGE_ONLY.matcher(sincePrevious).matches()) {
                Optional<Reading.Signed> change = percent && samePeriod && last.change().isEmpty()
                        ? Optional.of(new Reading.Signed(q, verb.group(1).equalsIgnoreCase("giảm")))
                        : last.change();
                groups.set(groups.size() - 1, new Group(last.main(), last.plan(), change, relationEnd(s, q.end(), ce)));
                continue;
            }
            if ((changeVerb && !samePeriod) || insideParentheses(s.substring(cs, q.start()))) {
                continue; // "(tăng 35,42% so với dự toán ...)", "(531.887 triệu đồng)": a comparison or an aside
            }
            groups.add(new Group(q, Optional.empty(), Optional.empty(), q.end()));
        }
        return groups;
    }

    private static boolean insideParentheses(String before) {
        return before.chars().filter(c -> c == '(').count() > before.chars().filter(c -> c == ')').count();
    }

    /** A relation's words run to the next comma: "đạt 36,71% dự toán tỉnh giao, ...". */
    private static int relationEnd(String s, int from, int ce) {
        int comma = s.indexOf(',', from);
        return comma < 0 || comma > ce ? ce : comma;
    }

    /** Splits the words between two items at the first comma or "và": {end of first, start of second}. */
    private static int[] splitGap(String s, int from, int to) {
        String gap = s.substring(from, to);
        Matcher m = ITEM_SEPARATOR.matcher(gap);
        return m.find() ? new int[] {from + m.start(), from + m.end()} : new int[] {from, from};
    }

    private record Label(String text, String verb, OptionalInt year) {}

    private Label label(String s, String head, String lead, String tail, Quantity q, Optional<Quantity> next,
                        String sharedVerb, OptionalInt sharedYear) {
        OptionalInt year = OptionalInt.empty();
        Matcher y = YEAR.matcher(lead);
        if (y.find()) {
            year = OptionalInt.of(Integer.parseInt(y.group(1)));
            lead = YEAR.matcher(lead).replaceAll(" ");
        }
        Matcher named = TARGET_NOUN.matcher(lead);
        int from = 0;
        while (named.find()) from = named.end();
        String l = strip(TRAILING_LINK, stripLeading(PERIOD_WORDS.matcher(lead.substring(from)).replaceAll(" ")
                .replaceAll("\\s+", " ")));
        Unit.Kind kind = q.unit().kind();
        if (kind == Unit.Kind.COUNT && tail.indexOf(',') >= 0) {
            tail = tail.substring(0, tail.indexOf(',')); // "10 xã đạt chuẩn, vượt chỉ tiêu": the count's own words
        }
        String t = strip(TRAILING_QUALIFIER, tail.strip());
        String yearWords = year.isPresent() ? " năm " + year.getAsInt() : "";
        if (kind == Unit.Kind.COUNT) {
            String noun = nounPhrase(s, q);
            if (!t.isEmpty() && !TAIL_NOT_NOUN.matcher(t).find()
                    && (l.isEmpty() || ADDITIVE.matcher(l).find() || PREPOSITION.matcher(l).find())) {
                String verb = ADDITIVE.matcher(l).find() ? lastPhrase(l) : l.isEmpty() ? sharedVerb : null;
                if (l.isEmpty() && verb != null && year.isEmpty() && sharedYear.isPresent()) {
                    year = sharedYear;
                    yearWords = " năm " + year.getAsInt();
                }
                return new Label("Số " + noun + " " + t + (verb == null ? "" : " " + verb) + yearWords, verb, year);
            }
            if (l.isEmpty() && head == null) {
                String per = noun.contains(" trên ") ? "" : next.filter(n -> n.unit().kind() == Unit.Kind.COUNT)
                        .map(n -> nounPhrase(s, n)).filter(n -> n.contains(" trên "))
                        .map(n -> n.substring(n.indexOf(" trên "))).orElse("");
                return new Label("Số " + noun + per, null, year);
            }
        }
        if (kind == Unit.Kind.PERCENT && !t.isEmpty() && !TAIL_NOT_NOUN.matcher(t).find() && !TAIL_VERB.matcher(t).find()) {
            Matcher reach = REACH.matcher(lead.strip());
            String verb = reach.find() ? lastPhrase(strip(TRAILING_LINK, lead.strip().substring(0, reach.start()))) : "";
            return new Label("Tỷ lệ " + t + (verb.isEmpty() ? "" : " được " + verb), null, year);
        }
        if (!l.isEmpty()) {
            Matcher rate = RATE_VERB.matcher(l);
            if (kind == Unit.Kind.PERCENT && rate.find() && rate.start() > 0) {
                String subject = strip(TRAILING_LINK, l.substring(0, rate.start()));
                l = "Tốc độ " + rate.group(1).toLowerCase(java.util.Locale.ROOT) + " " + lowerFirst(subject);
            }
            return new Label(head == null ? l : head + " - " + Casing.capitalizeFirst(l), null, year);
        }
        return new Label(head == null ? "" : head, null, year);
    }

    /** The counted noun with a rate's denominator, as written after the number: "giường bệnh trên 1 vạn dân". */
    private static String nounPhrase(String s, Quantity q) {
        String written = s.substring(q.start() + q.valueText().length(), q.end()).strip();
        String scale = q.unit().scale().map(x -> x.words().get(0)).orElse("");
        return written.toLowerCase(java.util.Locale.ROOT).startsWith(scale) ? written.substring(scale.length()).strip() : written;
    }

    /** The last verb phrase of a lead: the words after its last comma or "và". */
    private static String lastPhrase(String lead) {
        String[] parts = lead.split("(?iu),|(?<![\\p{L}])và(?![\\p{L}])");
        return lowerFirst(parts[parts.length - 1].strip());
    }

    /** "Kim ngạch" → "kim ngạch" in mid-label; acronyms ("GRDP") and names keep their case. */
    private static String lowerFirst(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                ? s.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + s.substring(1)
                : s;
    }

    private static String stripLeading(String s) {
        String prev;
        do {
            prev = s;
            s = LEADING_LINK.matcher(s).replaceFirst("").strip();
        } while (!s.equals(prev));
        return s;
    }

    private static String strip(Pattern trailing, String s) {
        String prev;
        do {
            prev = s;
            s = trailing.matcher(s).replaceFirst("").strip();
        } while (!s.equals(prev));
        return s;
    }
}
