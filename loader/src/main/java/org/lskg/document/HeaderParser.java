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

    /** "Số: 87/2025/QĐ-UBND"; an act of the National Assembly prints its type first ("Luật số: 60/2024/QH15"). */
    private static final Pattern NUMBER = Pattern.compile(
            "(?iu)^(?:(?:Luật|Bộ luật|Pháp lệnh|Lệnh|Nghị quyết)\\s+)?Số\\s*:?\\s*(\\d{1,5}[a-z]?)?\\s*((?:/\\s*\\d{4}\\s*)?[/-]\\s*[\\p{L}\\p{N}&]+(?:\\s*[-/.]\\s*[\\p{L}\\p{N}&]+)*)");
    /** "Hà Nội, ngày 28 tháng 11 năm 2025" at the start of a line or cell; the comma may be missing after a name. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?iu)(?:^|\\s{2,}|^\\s*)([\\p{L}][\\p{L} .'-]{1,40}?\\s*,|(?-i:\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*){0,4}))"
                    + "\\s*(ngày\\s*\\d{0,2}\\s*tháng\\s*\\d{1,2}\\s*năm\\s*\\d{4})");
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
                    + "THÀNH ỦY|THÀNH UỶ|ĐẢNG ỦY|ĐẢNG UỶ|KHO BẠC|NGÂN HÀNG|CÔNG AN|BỘ CHỈ HUY|ĐOÀN|CÔNG TY|"
                    + "KIỂM TOÁN|BẢO HIỂM XÃ HỘI|HẢI QUAN|THUẾ (?=TỈNH|THÀNH PHỐ|CƠ SỞ))\\b");

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
        // the number and the date line stand above the title (Phụ lục I): a "số" or a date further down is the body's
        int titleLine = findTitleLine(0, limit);
        int headerEnd = titleLine >= 0 ? titleLine : limit;
        for (int i = 0; i < headerEnd && (numberLine < 0 || dateLine < 0); i++) {
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
                        place = m.group(1).replaceFirst(",$", "").strip();
                    }
                }
            }
        }

        int headerNumberLine = numberLine;
        int headerDateLine = dateLine;
        Optional<Consolidation> consolidation = consolidation();
        if (consolidation.isPresent()) {
            Consolidation c = consolidation.get();
            if (c.number() != null) {
                number = c.number();
                symbol = number.replaceFirst("^\\d+[a-z]?/(\\d{4}/)?", "");
                numberLine = Math.max(numberLine, 0);
            }
            if (c.date() != null) {
                date = c.date();
                place = c.place();
                dateLine = Math.max(dateLine, 0);
            }
        }
        if (numberLine < 0 || dateLine < 0) {
            Optional<AnnexLine> annex = annexLine(titleLine, number);
            if (annex.isPresent()) {
                if (numberLine < 0) {
                    number = annex.get().number();
                    symbol = number.replaceFirst("^\\d+[a-z]?/(\\d{4}/)?", "");
                }
                if (dateLine < 0) date = annex.get().date();
            }
        }
        int headerStart = firstOf(headerNumberLine, headerDateLine, titleLine, limit);
        if (headerStart < limit && prosePrecedes(headerStart)) {
            throw new DocumentException("not a government document: running text precedes its header"
                    + " (a page that quotes or describes a document)");
        }
        DocumentType type = consolidation.isPresent() ? DocumentType.VAN_BAN_HOP_NHAT : null;
        List<String> issuer = consolidation.filter(c -> !c.issuer().isEmpty()).map(Consolidation::issuer)
                .orElseGet(() -> issuerBlock(Math.max(0, firstOf(headerNumberLine, headerDateLine, titleLine, limit))));
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
        if (symbol != null && symbol.startsWith(DocumentType.VAN_BAN_HOP_NHAT.code().orElseThrow() + "-")) {
            type = DocumentType.VAN_BAN_HOP_NHAT; // a consolidated text keeps the title of the act it consolidates
        }
        if (type == null && symbol != null) {
            type = typeFromSymbol(symbol);
        }
        if (consolidation.isPresent()) type = DocumentType.VAN_BAN_HOP_NHAT;
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

    /**
     * A state document opens with its header (Phụ lục I of NĐ 30/2020); what may stand above the number,
     * the date or the title is the issuer block, layout rules and short lines such as the signature
     * stamps of a PDF. Two or more lines of running text there mean a page about a document (a news item,
     * a legal Q&A page with a form in it), not the document.
     */
    private boolean prosePrecedes(int headerStart) {
        int prose = 0;
        for (int i = 0; i < headerStart && i < lines.size(); i++) {
            Line l = lines.get(i);
            String t = l.trimmed();
            if (l.cells().size() > 1 || NATIONAL_MOTTO.matcher(t).find()) continue;
            if (isProse(t)) prose++;
        }
        return prose >= 2;
    }

    private static final int PROSE_WORDS = 8;

    /** A line of running text: eight words or more, most of them in lower case (a stamp line is in capitals). */
    private static boolean isProse(String line) {
        int words = 0;
        int lower = 0;
        for (String w : line.split("\\s+")) {
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) continue;
            words++;
            if (Character.isLowerCase(w.codePointAt(0))) lower++;
        }
        return words >= PROSE_WORDS && lower * 2 > words;
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
        for (int i = from; i < limit; i++) {
            if (isTitleLine(i)) return i;
        }
        return -1;
    }

    private boolean isTitleLine(int i) {
        String t = lines.get(i).trimmed();
        if (t.isEmpty() || lines.get(i).cells().size() > 1) return false;
        Optional<DocumentType> type = DocumentType.byTitleLine(t);
        if (type.isEmpty()) return false;
        String head = t.substring(0, Math.min(t.length(), type.get().label().length()));
        return Casing.isUpper(head) && (Casing.isUpper(t) || t.length() <= type.get().label().length() + 1);
    }

    /**
     * The authentication block of a consolidated text (Pháp lệnh Hợp nhất văn bản quy phạm pháp luật
     * 2012, Điều 8; Thông tư 01/2023 of Văn phòng Quốc hội for the form): "BỘ Y TẾ   XÁC THỰC VĂN BẢN HỢP
     * NHẤT" / "Số: 04/VBHN-BYT   Hà Nội, ngày 13 tháng 4 năm 2018" / the signature. Its number and date
     * are the consolidated text's; the body on its left authenticates it. Fields the block does not
     * print (a web copy keeps them in the header) are null or empty.
     */
    private record Consolidation(String number, DateMention date, String place, List<String> issuer) {}

    private static final Pattern CONSOLIDATION = Pattern.compile("(?iu)xác\\s+thực\\s+văn\\s+bản\\s+hợp\\s+nhất");
    private static final int CONSOLIDATION_LINES = 6;

    private Optional<Consolidation> consolidation() {
        for (int i = 0; i < lines.size(); i++) {
            Line.Cell mark = null;
            for (Line.Cell c : lines.get(i).cells()) {
                if (CONSOLIDATION.matcher(c.text()).find()) mark = c;
            }
            if (mark == null) continue;
            String number = null;
            DateMention date = null;
            String place = null;
            int numberLine = -1;
            for (int j = i; j < Math.min(lines.size(), i + CONSOLIDATION_LINES); j++) {
                for (Line.Cell c : lines.get(j).cells()) {
                    Matcher m = NUMBER.matcher(c.text());
                    if (number == null && m.find() && m.group(1) != null) {
                        number = m.group(1) + m.group(2).replaceAll("\\s+", "");
                        numberLine = j;
                    }
                }
                Matcher d = DATE_LINE.matcher(lines.get(j).text());
                if (date == null && d.find()) {
                    date = DateMention.first(d.group(2)).orElse(null);
                    place = d.group(1).replaceFirst(",$", "").strip();
                }
            }
            List<String> issuer = mark.column() == 0 ? List.of()
                    : issuerBlock(i, numberLine >= 0 ? numberLine : Math.min(lines.size(), i + 2));
            return Optional.of(new Consolidation(number, date, place, issuer));
        }
        return Optional.empty();
    }

    /** The document's own number and date as its annexes cite them. */
    private record AnnexLine(String number, DateMention date) {}

    private static final Pattern ANNEX = Pattern.compile(
            "(?iu)kèm\\s+theo\\s+([\\p{L} ]{3,20}?)\\s+số\\s*:?\\s*(\\d{1,5}[a-z]?/[\\p{L}\\p{N}/&.-]*[\\p{L}\\p{N}])"
                    + "\\s*(?:,\\s*)?(ngày\\s*\\d{1,2}\\s*(?:tháng\\s*\\d{1,2}\\s*năm\\s*|/\\s*\\d{1,2}\\s*/\\s*)\\d{4})");

    /**
     * A copy without a header, or without a date line, still names the document in the line under each
     * annex title: "(Kèm theo Nghị định số 297/2025/NĐ-CP ngày 17 tháng 11 năm 2025 của Chính phủ)". The
     * line must name the type of the title line and, when the header gave one, the same number.
     */
    private Optional<AnnexLine> annexLine(int titleLine, String number) {
        Optional<DocumentType> type = titleLine >= 0 ? DocumentType.byTitleLine(lines.get(titleLine).trimmed())
                : Optional.empty();
        for (Line l : lines) {
            Matcher m = ANNEX.matcher(l.text());
            while (m.find()) {
                boolean sameType = type.isPresent()
                        && DocumentType.byTitleLine(m.group(1)).filter(t -> t == type.get()).isPresent();
                boolean sameNumber = number == null || number.equals(m.group(2));
                if ((sameType || number != null) && sameNumber) {
                    Optional<DateMention> d = DateMention.first(m.group(3));
                    if (d.isPresent()) return Optional.of(new AnnexLine(m.group(2), d.get()));
                }
            }
        }
        return Optional.empty();
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
                int next = enactingLineAfterGap(i);
                if (next < 0 || inEnacting) break;
                i = next - 1; // "NGHỊ QUYẾT" / "Về việc ..." / rule / "ỦY BAN THƯỜNG VỤ QUỐC HỘI"
                continue;
            }
            if (BODY_OPENER.matcher(t).find() || NUMBERED.matcher(t).find() || KINH_GUI.matcher(t).find()) break;
            if (Casing.isUpper(t) && BODY_HEAD.matcher(t).find() && !parts.isEmpty()) {
                enacting = Optional.of(bodyName(HEAD_OF_BODY.matcher(t).replaceFirst("")));
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

    /**
     * The enacting line of a decision taken by the head of a body names the head ("BỘ TRƯỞNG BỘ TÀI
     * CHÍNH"); the issuer is the body, as the header of such a decision prints it. The Prime Minister and
     * the chair of a People's Committee issue in their own name and keep it.
     */
    private static final Pattern HEAD_OF_BODY = Pattern.compile(
            "(?u)^(?:BỘ TRƯỞNG|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|THỐNG ĐỐC|TRƯỞNG BAN)\\s+(?=\\p{Lu})");

    /** After the trích yếu, past blank lines and a rule: the line of the enacting body, or -1. */
    private int enactingLineAfterGap(int blank) {
        for (int j = blank; j < Math.min(lines.size(), blank + 5); j++) {
            String t = lines.get(j).trimmed();
            if (t.isEmpty() || t.matches("[-_=*. ]{3,}")) continue;
            return Casing.isUpper(t) && BODY_HEAD.matcher(t).find() ? j : -1;
        }
        return -1;
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
        return issuerBlock(0, end);
    }

    private List<String> issuerBlock(int from, int end) {
        List<StringBuilder> bodies = new ArrayList<>();
        for (int i = from; i < end; i++) {
            List<Line.Cell> cells = lines.get(i).cells();
            if (cells.isEmpty()) continue;
            Line.Cell left = cells.get(0);
            String t = left.text();
            Matcher motto = NATIONAL_MOTTO.matcher(t);
            if (motto.find() && motto.start() > 0) {
                t = t.substring(0, motto.start()).strip(); // "BỘ LAO ĐỘNG - THƯƠNG BINH CỘNG HÒA ...": a narrow gap
                motto.reset(t);
            }
            if (t.isEmpty() || motto.reset(t).find() || !Casing.isUpper(t) || (cells.size() == 1 && left.column() > 30)) {
                continue;
            }
            if (bodies.isEmpty() || startsBody(t, bodies.get(bodies.size() - 1))) {
                bodies.add(new StringBuilder(t));
            } else {
                bodies.get(bodies.size() - 1).append(' ').append(t);
            }
        }
        List<String> out = new ArrayList<>();
        for (StringBuilder b : bodies) {
            String name = bodyName(expand(b.toString().replaceAll("\\s+", " ")));
            if (out.isEmpty() || !out.get(out.size() - 1).equals(name)) out.add(name); // a gazette's section line
        }
        return out;
    }

    /**
     * A body name in running-text case; a post that issues in its own name keeps its body's case:
     * "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIA LAI" → "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai", "THỦ TƯỚNG CHÍNH
     * PHỦ" → "Thủ tướng Chính phủ".
     */
    static String bodyName(String upper) {
        Matcher post = POST_OF_BODY.matcher(upper);
        if (post.find() && post.end() < upper.length()) {
            return Casing.bodyName(post.group(1)) + " " + Casing.bodyName(upper.substring(post.end()));
        }
        return Casing.bodyName(upper);
    }

    private static final Pattern POST_OF_BODY = Pattern.compile("(?u)^(CHỦ TỊCH|THỦ TƯỚNG)\\s+(?=\\p{Lu})");

    /**
     * Whether a line of the issuer block names a new body (the issuer under its parent) or goes on with
     * the one above: header lines are cut where the box is narrow ("BỘ VĂN HÓA, THỂ THAO" / "VÀ DU LỊCH",
     * "UBND THÀNH PHỐ HÀ" / "NỘI"), so only a line that opens with a body's head noun starts a new one,
     * and not when the line above is a head noun alone ("BỘ" / "TÀI CHÍNH").
     */
    private static boolean startsBody(String line, CharSequence above) {
        return BODY_HEAD.matcher(line).find() && !BARE_HEAD.matcher(above).matches();
    }

    private static final Pattern BARE_HEAD = Pattern.compile("(?u)(?:ỦY BAN|UỶ BAN|HỘI ĐỒNG|SỞ|BỘ|VĂN PHÒNG|BAN|CỤC|"
            + "TỔNG CỤC|CHI CỤC|TRUNG TÂM|VIỆN|KHO BẠC|NGÂN HÀNG|CÔNG AN)");

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
