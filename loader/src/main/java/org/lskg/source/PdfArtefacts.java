package org.lskg.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lskg.text.Cells;

/**
 * Removes from the pages of a PDF what is printed on them but is not the document, so that the text reads
 * like an ordinary laid-out document:
 * <ul>
 *   <li>digital-signature stamps at the top of the first page ("Ký bởi: CÔNG BÁO ...", "Người ký: CỔNG
 *       THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", "Email:", "Cơ quan:", "Thời gian ký:", "Ngày ký:"), which name the
 *       publisher that signed the file, not the document's signer;</li>
 *   <li>the official gazette's running header on every page, "CÔNG BÁO/Số 637 + 638/Ngày 16-6-2021", with
 *       the page number beside it, and its "(Xem tiếp Công báo số ...)" at the end of an issue;</li>
 *   <li>the gazette's own headings above the document's header: its section ("VĂN BẢN QUY PHẠM PHÁP
 *       LUẬT", "VĂN BẢN PHÁP LUẬT KHÁC", "VĂN BẢN HỢP NHẤT - BỘ Y TẾ") and the issuing body it files the
 *       document under, which repeats the header's issuer cell;</li>
 *   <li>page numbers standing alone at the top or bottom of pages (NĐ 30/2020, Phụ lục I prints them at the
 *       top centre), recognised by counting up with the pages.</li>
 * </ul>
 * Lines are only removed, never edited; a page's blank lines at its top and bottom go too, and the pages
 * are joined without a break so that a sentence running over a page reads on.
 */
final class PdfArtefacts {

    private static final Pattern STAMP = Pattern.compile(
            "(?iu)^\\s*(Ký bởi|Người ký|Email|Cơ quan|Thời gian ký|Ngày ký)\\s*:");
    private static final Pattern RUNNING_HEADER = Pattern.compile(
            "(?iu)^\\s*(\\d{1,4}\\s+)?CÔNG\\s+BÁO\\s*/\\s*Số\\s*\\d+(\\s*\\+\\s*\\d+)*\\s*/\\s*Ngày\\s*"
                    + "\\d{1,2}\\s*-\\s*\\d{1,2}\\s*-\\s*\\d{4}(\\s+\\d{1,4})?\\s*$");
    private static final Pattern CONTINUED = Pattern.compile(
            "(?iu)^\\s*\\(?\\s*Xem\\s+tiếp\\s+Công\\s+báo\\s+số\\s*\\d+(\\s*\\+\\s*\\d+)*\\s*\\)?\\s*$");
    /** The sections of the gazette (Nghị định 83/2025/NĐ-CP on the Công báo lists what each carries). */
    private static final Pattern GAZETTE_SECTION = Pattern.compile(
            "(?u)^(VĂN BẢN QUY PHẠM PHÁP LUẬT|VĂN BẢN PHÁP LUẬT KHÁC|VĂN BẢN HỢP NHẤT\\b.*|ĐIỀU ƯỚC QUỐC TẾ)$");
    private static final Pattern QUOC_HIEU = Pattern.compile("(?iu)CỘNG\\s+H[ÒO]A\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*-?\\s*(\\d{1,4})\\s*-?\\s*$");
    private static final Pattern CELL_GAP = Pattern.compile(" {3,}");
    /** How far into the first page the gazette's headings and the document's header may be. */
    private static final int PRELUDE_LINES = 25;

    private PdfArtefacts() {}

    /** The document's text: the pages cleaned and joined. */
    static String clean(List<List<String>> pages) {
        List<List<String>> kept = new ArrayList<>();
        boolean gazette = pages.stream().flatMap(List::stream).anyMatch(l -> RUNNING_HEADER.matcher(l).matches());
        for (int i = 0; i < pages.size(); i++) {
            List<String> page = new ArrayList<>(pages.get(i));
            if (i == 0) dropStamps(page);
            if (gazette) {
                page.removeIf(l -> RUNNING_HEADER.matcher(l).matches() || CONTINUED.matcher(l).matches());
            }
            trimBlank(page);
            kept.add(page);
        }
        dropPageNumbers(kept);
        if (gazette) {
            kept.stream().filter(p -> !p.isEmpty()).findFirst().ifPresent(PdfArtefacts::dropGazetteHeadings);
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> page : kept) {
            trimBlank(page);
            for (String line : page) sb.append(line.stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** The stamp lines the first page opens with (blank lines between them allowed). */
    private static void dropStamps(List<String> page) {
        int i = 0;
        int lastStamp = -1;
        while (i < page.size() && (page.get(i).isBlank() || STAMP.matcher(page.get(i)).find())) {
            if (!page.get(i).isBlank()) lastStamp = i;
            i++;
        }
        page.subList(0, lastStamp + 1).clear();
    }

    /**
     * The lines above the document's quốc hiệu line when each is one cell in capitals and they are the
     * gazette's: a section heading comes first, or together they repeat the header's issuer cell ("BỘ KẾ
     * HOẠCH VÀ ĐẦU TƯ" above "BỘ KẾ HOẠCH VÀ ĐẦU TƯ   CỘNG HÒA XÃ HỘI ...").
     */
    private static void dropGazetteHeadings(List<String> page) {
        int qh = -1;
        for (int i = 0; i < Math.min(page.size(), PRELUDE_LINES); i++) {
            if (QUOC_HIEU.matcher(page.get(i)).find()) {
                qh = i;
                break;
            }
        }
        if (qh <= 0) return;
        List<String> prelude = new ArrayList<>();
        for (String l : page.subList(0, qh)) {
            String t = l.strip();
            if (t.isEmpty()) continue;
            if (CELL_GAP.matcher(t).find() || !t.equals(t.toUpperCase(Locale.ROOT))) return;
            prelude.add(t);
        }
        if (prelude.isEmpty()) return;
        boolean section = GAZETTE_SECTION.matcher(prelude.get(0)).matches();
        if (section || words(String.join(" ", prelude)).equals(words(issuerCell(page, qh)))) {
            page.subList(0, qh).clear();
        }
    }

    /**
     * The header's left cell: what stands left of the quốc hiệu column on the quốc hiệu line and the
     * lines right below it, while it is in capitals.
     */
    private static String issuerCell(List<String> page, int qh) {
        Matcher q = QUOC_HIEU.matcher(page.get(qh));
        int rightColumn = q.find() ? q.start() : 0;
        StringBuilder sb = new StringBuilder();
        for (int i = qh; i < Math.min(page.size(), qh + 4) && !page.get(i).isBlank(); i++) {
            StringBuilder left = new StringBuilder();
            for (Cells.Span cell : Cells.of(page.get(i))) {
                if (cell.start() >= rightColumn) break;
                left.append(' ').append(cell.of(page.get(i)));
            }
            String t = left.toString().strip();
            if (t.isEmpty() && i == qh) continue;
            if (t.isEmpty() || !t.matches("(?s).*\\p{L}.*") || !t.equals(t.toUpperCase(Locale.ROOT))) break;
            sb.append(' ').append(t);
        }
        return sb.toString();
    }

    private static String words(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /**
     * Lone numbers as the first or last line of pages, when they count up with the pages: the most
     * frequent difference between number and page index must be shared by at least half the pages (or
     * the only page), which a table cell left alone on a line does not do.
     */
    private static void dropPageNumbers(List<List<String>> pages) {
        Map<Integer, Integer> offsets = new HashMap<>();
        List<int[]> found = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = pages.get(p);
            if (page.isEmpty()) continue;
            for (int idx : new int[] {0, page.size() - 1}) {
                var m = PAGE_NUMBER.matcher(page.get(idx));
                if (m.matches()) {
                    int offset = Integer.parseInt(m.group(1)) - p;
                    offsets.merge(offset, 1, Integer::sum);
                    found.add(new int[] {p, idx, offset});
                }
                if (page.size() == 1) break;
            }
        }
        int best = offsets.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        int count = offsets.getOrDefault(best, 0);
        if (count == 0 || (pages.size() > 1 && count * 2 < pages.size() && count < 3)) return;
        for (int k = found.size() - 1; k >= 0; k--) {
            int[] f = found.get(k);
            if (f[2] == best) pages.get(f[0]).remove(f[1]);
        }
    }

    private static void trimBlank(List<String> page) {
        while (!page.isEmpty() && page.get(0).isBlank()) page.remove(0);
        while (!page.isEmpty() && page.get(page.size() - 1).isBlank()) page.remove(page.size() - 1);
    }
}
