package org.lskg.extract;

import org.lskg.document.ParsedDocument;
import org.lskg.document.Section;
import org.lskg.document.Sentence;
import org.lskg.text.Fold;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a document and the headings above a sentence say about the figures in it: whether the section
 * sets targets ("3. Các chỉ tiêu chủ yếu", "CHỈ TIÊU CHỦ YẾU NĂM 2024") or tasks ("NHIỆM VỤ VÀ GIẢI
 * PHÁP"), the year the section or the document plans for, and the month a periodic report reports on.
 * A heading that speaks of results ("Kết quả thực hiện các chỉ tiêu", "TÌNH HÌNH ...") frames neither.
 */
final class Framing {

    /** The frame of one sentence. */
    record Frame(boolean targetSection, boolean taskSection, OptionalInt year, Optional<YearMonth> reportMonth) {}

    private static final Pattern TARGETS = Pattern.compile("(?iu)(?<![\\p{L}])chỉ tiêu(?![\\p{L}])");
    private static final Pattern TASKS = Pattern.compile("(?iu)(?<![\\p{L}])(?:nhiệm vụ|giải pháp|phương hướng)(?![\\p{L}])");
    private static final Pattern RESULTS = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:kết quả|tình hình|đánh giá|thực hiện)(?![\\p{L}])");
    private static final Pattern YEAR = Pattern.compile("(?iu)(?<![\\p{L}])năm\\s+(\\d{4})(?!\\d)");
    /** A title that plans rather than reports: "Về mục tiêu, nhiệm vụ kế hoạch năm 2024". */
    private static final Pattern PLANNING_TITLE = Pattern.compile("(?iu)(?<![\\p{L}])(?:kế hoạch|mục tiêu|chỉ tiêu|nhiệm vụ)(?![\\p{L}])");

    private final Map<String, Section> sections;
    private final OptionalInt planYear;
    private final Optional<YearMonth> reportMonth;

    private Framing(Map<String, Section> sections, OptionalInt planYear, Optional<YearMonth> reportMonth) {
        this.sections = sections;
        this.planYear = planYear;
        this.reportMonth = reportMonth;
    }

    static Framing of(ParsedDocument doc) {
        OptionalInt planYear = doc.title()
                .filter(t -> PLANNING_TITLE.matcher(Fold.nfc(t)).find())
                .map(Framing::lastYear).orElse(OptionalInt.empty());
        Optional<YearMonth> month = doc.issued().map(d -> YearMonth.parse(d.iso().substring(0, 7)));
        return new Framing(doc.sections().stream().collect(Collectors.toMap(Section::id, Function.identity())),
                planYear, month);
    }

    Frame frame(Sentence s) {
        List<String> headings = new ArrayList<>(); // innermost first
        Optional<Section> cur = s.sectionId().map(sections::get);
        while (cur.isPresent()) {
            cur.get().heading().map(Fold::nfc).ifPresent(headings::add);
            cur = cur.get().parentId().map(sections::get);
        }
        boolean targets = false;
        boolean tasks = false;
        OptionalInt year = OptionalInt.empty();
        for (String h : headings) {
            boolean results = RESULTS.matcher(h).find();
            if (results && !targets && !tasks) {
                break; // "TÌNH HÌNH ... NĂM 2023" reports; nothing above it makes its figures targets
            }
            targets |= !results && TARGETS.matcher(h).find();
            tasks |= !results && TASKS.matcher(h).find();
            if (year.isEmpty()) year = lastYear(h);
        }
        return new Frame(targets, tasks, year.isPresent() ? year : planYear, reportMonth);
    }

    private static OptionalInt lastYear(String text) {
        Matcher m = YEAR.matcher(text);
        OptionalInt y = OptionalInt.empty();
        while (m.find()) y = OptionalInt.of(Integer.parseInt(m.group(1)));
        return y;
    }
}
