package org.lskg.document;

import org.lskg.text.Abbreviations;
import org.lskg.text.Casing;
import org.lskg.text.DateMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header block laid out by Phụ lục I of NĐ 30/2020: issuer (left, parent body above), quốc hiệu
 * (right), số/ký hiệu and "địa danh, ngày ... tháng ... năm ..." (often on one line in PDF text), then the
 * type name and trích yếu, or "V/v ..." for a công văn. Works on plain lines and on PDF two-column lines.
 */
final class HeaderParser {

    /** How far down a header may reach. */
    private static final int HEADER_LINES = 60;

    private static final Pattern NUMBER = Pattern.compile(
            "(?iu)^Số\\s*:?\\s*(\\d{1,5}[a-z]?)?\\s*((?:/\\s*\\d{4}\\s*)?[/-]\\s*[\\p{L}\\p{N}&]+(?:\\s*[-/.]\\s*[\\p{L}\\p{N}&]+)*)");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?iu)(?:^|\\s{2,}|^\\s*)([\\p{L}][\\p{L} .'-]{1,40}?)\\s*,\\s*(ngày\\s*\\d{0,2}\\s*tháng\\s*\\d{1,2}\\s*năm\\s*\\d{4})");
    private static final Pattern NATIONAL_MOTTO = Pattern.compile(
            "(?iu)cộng\\s+h(?:òa|oà)\\s+xã\\s+hội|độc\\s+lập\\s*-\\s*tự\\s+do|đảng\\s+cộng\\s+sản\\s+việt\\s+nam|^[-_=*. ]{3,}$");
    private static final Pattern VV = Pattern.compile("(?iu)^V/v\\b\\s*");
    private static final Pattern KINH_GUI = Pattern.compile("(?iu)^Kính\\s+gửi\\s*:?\\s*");
    private static final Pattern BODY_OPENER = Pattern.compile(
            "(?iu)^(Căn cứ|Ngày \\d|Ngày\\s*\\d|Thực hiện|Kính gửi|Sau khi|Theo |Để |Trong |Năm \\d|Thi hành|Xét |Qua )");
    /** Head words of a body line in capitals: ỦY BAN, HỘI ĐỒNG, SỞ, BỘ ... */
    private static final Pattern BODY_HEAD = Pattern.compile(
            "(?u)^(ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG|SỞ|BỘ|VĂN PHÒNG|BAN|CỤC|TỔNG CỤC|CHI CỤC|TRUNG TÂM|VIỆN|"
                    + "TÒA ÁN|TOÀ ÁN|THANH TRA|CHÍNH PHỦ|THỦ TƯỚNG|QUỐC HỘI|TỈNH ỦY|TỈNH UỶ|HUYỆN ỦY|HUYỆN UỶ|"
                    + "THÀNH ỦY|THÀNH UỶ|ĐẢNG ỦY|ĐẢNG UỶ|KHO BẠC|NGÂN HÀNG|CÔNG AN|BỘ CHỈ HUY|ĐOÀN|CÔNG TY)\\b");
    private static final Pattern UNIT_CONTINUATION = Pattern.compile(
            "(?u)^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|CỦA|VIỆT NAM)\\b");

    private final List<Line> lines;
    private final Abbreviations abbreviations;

    HeaderParser(List<Line> lines, Abbreviations abbreviations) {
        this.lines = lines;
        this.abbreviations = abbreviations;
    }

    Header parse() throws DocumentException {
        int limit = Math.min(lines.size(), HEADER_LINES);
        int numberLine = -1;
        String number = null;
        String symbol = null;
        int dateLine = -1;
        DateMention date = null;
        String place = null;
        for (int i = 0; i < limit && (numberLine < 0 || dateLine < 0); i++) {
            Line line = lines.get(i);
            if (numberLine < 0) {
                for (Line.Cell cell : line.cells()) {
                    Matcher m = NUMBER.matcher(cell.text());
                    if (m.find()) {
                        numberLine = i;
                        symbol = m.group(2).replaceAll("\\s+", "");
                        number = m.group(1) == null ? null : m.group(1) + symbol;
                        symbol = symbol.replaceFirst("^/(\\d{4}/)?|^-", "");
                        break;
                    }
                }
            }
            if (dateLine < 0) {
                Matcher m = DATE_LINE.matcher(line.text());
                if (m.find()) {
                    Optional<DateMention> d = DateMention.first(m.group(2));
                    if (d.isPresent()) {
                        dateLine = i;
                        date = d.get();
                        place = m.group(1).strip();
                    }
                }
            }
        }

        int titleLine = findTitleLine(Math.max(Math.max(numberLine, dateLine), -1) + 1, limit);
        DocumentType type = null;
        List<String> issuer = issuerBlock(Math.max(0, firstOf(numberLine, dateLine, titleLine, limit)));
        Optional<String> enacting = Optional.empty();
        String title = null;
        int titleStart = -1;
        int titleEnd = -1;
        int bodyStart;
        if (titleLine >= 0) {
            type = DocumentType.byTitleLine(lines.get(titleLine).trimmed()).orElseThrow();
            TitleBlock tb = titleBlock(titleLine);
            title = tb.title;
            titleStart = tb.start;
            titleEnd = tb.end;
            enacting = tb.enactingBody;
            bodyStart = tb.nextLine;
        } else {
            TitleBlock vv = vvBlock(Math.max(numberLine, 0), limit);
            if (vv != null) {
                type = DocumentType.CONG_VAN;
                title = vv.title;
                titleStart = vv.start;
                titleEnd = vv.end;
                bodyStart = vv.nextLine;
            } else {
                bodyStart = Math.max(numberLine, dateLine) + 1;
            }
        }
        if (type == null && symbol != null) {
            type = typeFromSymbol(symbol);
        }
        if (type == null) {
            throw new DocumentException("not a government document: no document type (NĐ 30/2020, Điều 7)"
                    + " in a title line, and no số/ký hiệu");
        }
        List<String> addressees = new ArrayList<>();
        bodyStart = readAddressees(bodyStart, addressees);
        return new Header(type, Optional.ofNullable(number), Optional.ofNullable(symbol), Optional.ofNullable(date),
                Optional.ofNullable(place), issuer, enacting, Optional.ofNullable(title), titleStart, titleEnd,
                bodyStart, addressees);
    }

    /** The type of a số/ký hiệu: its code before the issuer ("TB-VPCP", "NQ/TU"), else a công văn. */
    static DocumentType typeFromSymbol(String symbol) {
        String first = symbol.split("[-/]")[0];
        return DocumentType.byCode(first).orElse(DocumentType.CONG_VAN);
    }

    private static int firstOf(int... candidates) {
        int best = Integer.MAX_VALUE;
        for (int c : candidates) if (c >= 0 && c < best) best = c;
        return best == Integer.MAX_VALUE ? 0 : best;
    }

    /** The line that names the type in capitals ("THÔNG BÁO", "NGHỊ QUYẾT"), alone or before the subject. */
    private int findTitleLine(int from, int limit) {
        for (int i = 0; i < limit; i++) {
            String t = lines.get(i).trimmed();
            if (t.isEmpty() || lines.get(i).cells().size() > 1) continue;
            Optional<DocumentType> type = DocumentType.byTitleLine(t);
            if (type.isPresent()) {
                String head = t.substring(0, Math.min(t.length(), type.get().label().length()));
                if (Casing.isUpper(head) && (Casing.isUpper(t) || t.length() <= type.get().label().length() + 1)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private record TitleBlock(String title, int start, int end, Optional<String> enactingBody, int nextLine) {}

    /** Lines after the title line up to a blank line or the body; a resolution's enacting body is split off. */
    private TitleBlock titleBlock(int titleLine) {
        List<Line> parts = new ArrayList<>();
        Optional<String> enacting = Optional.empty();
        int i = titleLine + 1;
        boolean inEnacting = false;
        for (; i < lines.size() && parts.size() + (inEnacting ? 1 : 0) < 8; i++) {
            Line l = lines.get(i);
            String t = l.trimmed();
            if (t.isEmpty()) {
                if (parts.isEmpty() && !inEnacting) continue;
                break;
            }
            if (BODY_OPENER.matcher(t).find() || NUMBERED.matcher(t).find() || KINH_GUI.matcher(t).find()) break;
            if (Casing.isUpper(t) && BODY_HEAD.matcher(t).find() && !parts.isEmpty()) {
                enacting = Optional.of(Casing.bodyName(t));
                inEnacting = true;
                continue;
            }
            if (inEnacting) {
                continue; // "KHÓA XVII, KỲ HỌP THỨ HAI MƯƠI MỐT": the session, not the subject
            }
            if (!parts.isEmpty() && !Casing.isUpper(t) && Casing.isUpper(parts.get(parts.size() - 1).trimmed())) break;
            parts.add(l);
        }
        if (parts.isEmpty()) {
            return new TitleBlock(null, -1, -1, enacting, i);
        }
        return new TitleBlock(joinCase(parts), parts.get(0).contentStart(), parts.get(parts.size() - 1).end(),
                enacting, i);
    }

    private static final Pattern NUMBERED = Pattern.compile("^(?:[IVXLC]+|\\d{1,2})\\.\\s|^Điều\\s+\\d");

    /** A công văn's "V/v ..." subject, in the left column, possibly wrapped over several lines. */
    private TitleBlock vvBlock(int from, int limit) {
        for (int i = from; i < limit; i++) {
            List<Line.Cell> cells = lines.get(i).cells();
            if (cells.isEmpty() || !VV.matcher(cells.get(0).text()).find()) continue;
            List<Line.Cell> parts = new ArrayList<>();
            int j = i;
            for (; j < lines.size(); j++) {
                List<Line.Cell> c = lines.get(j).cells();
                if (c.isEmpty() || KINH_GUI.matcher(c.get(0).text()).find()) break;
                parts.add(c.get(0));
            }
            StringBuilder sb = new StringBuilder();
            for (Line.Cell c : parts) sb.append(sb.length() == 0 ? "" : " ").append(c.text());
            String title = VV.matcher(sb.toString()).replaceFirst("").strip();
            return new TitleBlock("V/v " + title, parts.get(0).start(), parts.get(parts.size() - 1).end(),
                    Optional.empty(), j);
        }
        return null;
    }

    private static String joinCase(List<Line> parts) {
        StringBuilder sb = new StringBuilder();
        for (Line l : parts) sb.append(sb.length() == 0 ? "" : " ").append(l.trimmed());
        return Casing.sentence(sb.toString().replaceAll("\\s+", " "));
    }

    /** The issuer block: left-column lines above the number, grouped into bodies (parent first). */
    private List<String> issuerBlock(int end) {
        List<StringBuilder> bodies = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            List<Line.Cell> cells = lines.get(i).cells();
            if (cells.isEmpty()) continue;
            Line.Cell left = cells.get(0);
            String t = left.text();
            if (NATIONAL_MOTTO.matcher(t).find() || !Casing.isUpper(t) || (cells.size() == 1 && left.column() > 30)) {
                continue;
            }
            if (UNIT_CONTINUATION.matcher(t).find() && !bodies.isEmpty()) {
                bodies.get(bodies.size() - 1).append(' ').append(t);
            } else {
                bodies.add(new StringBuilder(t));
            }
        }
        List<String> out = new ArrayList<>();
        for (StringBuilder b : bodies) out.add(Casing.bodyName(expand(b.toString().replaceAll("\\s+", " "))));
        return out;
    }

    /** "UBND TỈNH LÀO CAI" → "ỦY BAN NHÂN DÂN TỈNH LÀO CAI": body abbreviations spelt out, still in capitals. */
    private String expand(String upper) {
        StringBuilder sb = new StringBuilder();
        for (String token : upper.split(" ")) {
            String word = abbreviations.lookup(token)
                    .filter(e -> e.kind() == Abbreviations.Kind.LOCAL || e.kind() == Abbreviations.Kind.BODY)
                    .map(e -> e.expansion().toUpperCase(Locale.ROOT))
                    .orElse(token);
            sb.append(sb.length() == 0 ? "" : " ").append(word);
        }
        return sb.toString();
    }

    /** "Kính gửi:" and the addressees that follow it; returns the first line after them. */
    private int readAddressees(int from, List<String> out) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        if (i >= lines.size() || !KINH_GUI.matcher(lines.get(i).trimmed()).find()) return from;
        String first = KINH_GUI.matcher(lines.get(i).trimmed()).replaceFirst("");
        StringBuilder current = new StringBuilder(first);
        i++;
        for (; i < lines.size(); i++) {
            String t = lines.get(i).trimmed();
            if (t.isEmpty()) {
                if (current.length() > 0 || !out.isEmpty()) break;
                continue;
            }
            if (t.startsWith("-") || t.startsWith("+")) {
                flush(current, out);
                current.append(t.substring(1).strip());
            } else if (lines.get(i).indent() >= 10 || Character.isLowerCase(t.charAt(0)) || t.startsWith("(")) {
                current.append(current.length() == 0 ? "" : " ").append(t);
            } else {
                break;
            }
        }
        flush(current, out);
        return i;
    }

    private static void flush(StringBuilder sb, List<String> out) {
        String s = sb.toString().strip().replaceAll("[;.,]$", "").strip();
        if (!s.isEmpty()) out.add(s);
        sb.setLength(0);
    }
}
