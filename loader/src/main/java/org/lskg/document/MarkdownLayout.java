package org.lskg.document;

import org.lskg.text.Casing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The layout step for markdown copied from the web. Converters flatten the layout tables of a state
 * document (the header: issuer | quốc hiệu, số | date; "Kính gửi" | addressees; the tail: "Nơi nhận" |
 * signature) in two ways: one table cell after the other, each ended by a line holding only {@code |}
 * (a row is {@code |} cell {@code |} cell {@code |}, so rows meet in two such lines), or a row on one
 * line, {@code A | B |}, with the cell's own line breaks lost ("VIỆT NAMĐộc lập"). This step lays such
 * a table out as {@code pdftotext -layout} would, the cells of a row side by side and separated by
 * wide runs of spaces, which {@link Line#cells()} and the header and tail parsers read. Tables that hold
 * none of the header or tail elements (data tables of an appendix) are left as they are.
 *
 * <p>It also joins soft line breaks that web copies keep from the page's source: a break inside an
 * emphasis span ({@code **ỦY BAN NHÂN\nDÂN**}: markdown emphasis never spans two paragraphs), "Số:"
 * followed by its number, and a date phrase broken after "ngày" or before "tháng". Hard lines (the
 * parent and child lines of the issuer, the quốc hiệu and the motto) are kept.
 *
 * <p>Input: NFC text with LF line ends and markdown still in it. Output: the same text with those
 * tables laid out (their emphasis markers removed) and soft breaks joined; deterministic.
 */
final class MarkdownLayout {

    /** The column where a second cell starts at the latest: right of the parsers' 30-column threshold. */
    private static final int MIN_SECOND_COLUMN = 40;
    private static final int GAP = 4;
    /** How many lines an emphasis span may run on; a marker that does not close by then is a stray. */
    private static final int SPAN_LINES = 15;
    /** Lines at the top of a copy that may hold the first cell of a table whose opening pipe was cut. */
    private static final int IMPLICIT_START_LINES = 15;
    private static final int MAX_CELL_LINES = 80;
    private static final int COLUMNS = 2;
    private static final int MAX_ISSUER_LINES = 8;
    private static final int MAX_INLINE_ROW_LINES = 4;

    private static final Pattern QUOC_HIEU = Pattern.compile("(?iu)cộng\\s+h(?:òa|oà)\\s+xã\\s+hội|độc\\s+lập\\s*-\\s*tự\\s+do");
    private static final Pattern NUMBER_CELL = Pattern.compile("(?iu)^(?:[\\p{L} ]{0,20}\\s)?số\\s*:");
    private static final Pattern DATE_CELL = Pattern.compile(
            "(?iu)^[\\p{Lu}][\\p{L} .'-]{1,40},\\s*ngày\\b");
    private static final Pattern NOI_NHAN = Pattern.compile("(?iu)^nơi\\s+nhận");
    private static final Pattern KINH_GUI = Pattern.compile("(?iu)^(?:đồng\\s+)?kính\\s+gửi");
    /** A signing authority (NĐ 30/2020 Điều 13), also written "T/M". */
    private static final Pattern AUTHORITY = Pattern.compile("(?u)^(?:(?:TM|KT|TL|TUQ|Q)\\.|T/M\\.?)\\s*\\p{Lu}{2}");
    /** "Số:" (or "Luật số:", "Nghị quyết số:") alone at the end of a line: the number follows. */
    private static final Pattern NUMBER_LABEL = Pattern.compile("(?iu)(?:^|\\s)số\\s*:?\\s*$");
    /** A date phrase broken at its end: "..., ngày" / "ngày 19" / "ngày 19 tháng 11". */
    private static final Pattern DATE_BROKEN = Pattern.compile(
            "(?iu)\\bngày(?:\\s+\\d{1,2})?(?:\\s+tháng(?:\\s+\\d{1,2})?)?(?:\\s+năm)?\\s*$");
    private static final Pattern DATE_REST = Pattern.compile("(?iu)^(?:\\d|tháng\\b|năm\\b)");
    /** A place name closed by its comma, at the end of a line: the date follows ("Hà Nội," + "ngày 21 ..."). */
    private static final Pattern PLACE_BROKEN = Pattern.compile("(?u)^\\p{Lu}[\\p{L} .'-]{1,40},$");
    private static final Pattern DATE_START = Pattern.compile("(?iu)^ngày\\s*\\d{0,2}\\s*tháng\\b");
    /** "Số: 3783/QĐ-" at the end of a line: the rest of the ký hiệu is on the next. */
    private static final Pattern NUMBER_BROKEN = Pattern.compile("(?iu)(?:^|\\s)số\\s*:?\\s*\\d+[/\\p{L}\\p{N}-]*[/-]$");
    private static final Pattern CODE_REST = Pattern.compile("(?u)^[\\p{Lu}\\d][\\p{L}\\p{N}/.&-]*$");
    private static final Pattern RULE = Pattern.compile("[-_=]{3,}");
    /** Where an inline cell lost a line break: a word in capitals glued to a capitalised word. */
    private static final Pattern GLUED_CASE = Pattern.compile("(?<=\\p{Lu}\\p{Lu})(?=\\p{Lu}\\p{Ll})");
    /** A signing position glued to the body above it: "QUỐC HỘICHỦ TỊCH". */
    private static final Pattern GLUED_POSITION = Pattern.compile(
            "(?U)(?<=\\p{Lu})(?=(?:PHÓ\\s+)?(?:CHỦ TỊCH|CHỦ NHIỆM|THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG|TỔNG THƯ KÝ|"
                    + "GIÁM ĐỐC|CỤC TRƯỞNG|CHÁNH VĂN PHÒNG)\\b)");
    /** A signature line: an authority (NĐ 30/2020 Điều 13) or a signing position at the start of a line. */
    private static final Pattern SIGNATURE_LINE = Pattern.compile(
            "(?U)^(?:(?:TM|KT|TL|TUQ|Q)\\.|(?:PHÓ\\s+)?(?:CHỦ TỊCH|CHỦ NHIỆM|THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG|"
                    + "TỔNG THƯ KÝ|GIÁM ĐỐC|CỤC TRƯỞNG|CHÁNH VĂN PHÒNG|TRƯỞNG BAN)\\b)");
    private static final Pattern AUTHORITY_ALONE = Pattern.compile("(?:TM|KT|TL|TUQ|Q)\\.");
    /** "TM. CHÍNH PHỦKT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG(Đã ký)Hồ Đức Phớc": an authority or a signing note glued on. */
    private static final Pattern GLUED_AUTHORITY = Pattern.compile(
            "(?<=\\p{Lu})(?=(?:TM|KT|TL|TUQ|Q)\\.\\s)|(?<=\\S)(?=\\((?iu:đã ký)\\))|(?<=\\((?iu:đã ký)\\))(?=\\S)");
    /** "- Chính phủ; - Ban Tổ chức Trung ương; ...": a recipients list run into one line. */
    private static final Pattern RUN_ON_ITEM = Pattern.compile("(?<=[;.,])\\s+(?=[-+]\\s)");

    String apply(String text) {
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        List<String> free = new ArrayList<>();
        int firstContent = 0;
        while (firstContent < lines.length && lines[firstContent].isBlank()) firstContent++;
        int i = 0;
        while (i < lines.length) {
            Table table = null;
            if (isPipe(lines[i])) {
                table = multiLine(lines, i + 1, i);
            } else if (lines[i].indexOf('|') >= 0) {
                table = inline(lines, i);
            } else if (i == firstContent && hasPipeSoon(lines, i)) {
                table = multiLine(lines, i, i);
            }
            if (table == null || table.layoutRows == 0) {
                free.add(lines[i]);
                i++;
                continue;
            }
            out.addAll(joinSoftWraps(free));
            free.clear();
            out.add("");
            out.addAll(table.layOut());
            out.add("");
            i = table.layoutEnd;
        }
        out.addAll(joinSoftWraps(free));
        return String.join("\n", out);
    }

    // ---- tables ---------------------------------------------------------------------------------------

    /**
     * A table's rows, each a list of cells, each a list of hard lines (emphasis removed). Only its first
     * {@code layoutRows} rows, up to the last that holds a header or tail element, are laid out; they
     * end before line {@code layoutEnd}.
     */
    private record Table(List<List<List<String>>> rows, int layoutRows, int layoutEnd) {

        List<String> layOut() {
            int columns = 0;
            for (int r = 0; r < layoutRows; r++) columns = Math.max(columns, rows.get(r).size());
            int[] width = new int[columns];
            for (int r = 0; r < layoutRows; r++) {
                List<List<String>> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    for (String l : row.get(c)) width[c] = Math.max(width[c], l.length());
                }
            }
            int[] start = new int[columns];
            for (int c = 1; c < columns; c++) {
                start[c] = start[c - 1] + width[c - 1] + GAP;
                if (c == 1) start[c] = Math.max(start[c], MIN_SECOND_COLUMN);
            }
            List<String> out = new ArrayList<>();
            for (int r = 0; r < layoutRows; r++) {
                List<List<String>> row = rows.get(r);
                int height = 0;
                for (List<String> cell : row) height = Math.max(height, cell.size());
                for (int k = 0; k < height; k++) {
                    StringBuilder sb = new StringBuilder();
                    for (int c = 0; c < row.size(); c++) {
                        List<String> cell = row.get(c);
                        if (k >= cell.size()) continue;
                        while (sb.length() < start[c]) sb.append(' ');
                        sb.append(cell.get(k));
                    }
                    out.add(sb.toString().stripTrailing());
                }
            }
            return out;
        }
    }

    private static boolean isPipe(String line) {
        return line.strip().equals("|");
    }

    /** The first content of a copy runs into a pipe line within a few lines, without a blank line. */
    private static boolean hasPipeSoon(String[] lines, int from) {
        for (int j = from; j < Math.min(lines.length, from + IMPLICIT_START_LINES); j++) {
            if (lines[j].isBlank()) return false;
            if (isPipe(lines[j])) return j > from;
        }
        return false;
    }

    /**
     * A table in the one-cell-per-run form whose first cell starts at {@code from} ({@code start} is the
     * line of its opening pipe, or {@code from} when that pipe was cut off). Layout tables have two
     * columns (issuer | quốc hiệu, số | date, recipients | signature); the count cannot be read from the
     * pipes, since an empty cell also gives two adjacent pipe lines, so two is assumed.
     */
    private Table multiLine(String[] lines, int from, int start) {
        List<List<List<String>>> rows = new ArrayList<>();
        List<Integer> rowEnds = new ArrayList<>();
        int j = from;
        rows:
        while (true) {
            List<List<String>> row = new ArrayList<>();
            while (row.size() < COLUMNS) {
                List<String> cell = new ArrayList<>();
                boolean closedInline = false;
                while (j < lines.length && !isPipe(lines[j])) {
                    String l = lines[j++].stripTrailing();
                    if (l.endsWith(" |")) { // "Phạm Ngọc Thưởng |": the closing pipe ends the cell's last line
                        cell.add(l.substring(0, l.length() - 1));
                        closedInline = true;
                        break;
                    }
                    cell.add(l);
                    if (cell.size() > MAX_CELL_LINES) return null;
                }
                row.add(cellLines(cell, false));
                if (closedInline) break; // "| ... Phạm Ngọc Thưởng |": the row is closed as well
                if (j >= lines.length) {
                    rows.add(row);
                    rowEnds.add(j);
                    break rows;
                }
                j++; // the pipe that closes the cell
            }
            rows.add(row);
            rowEnds.add(j);
            if (j < lines.length && isPipe(lines[j])) {
                j++; // the pipe that opens the next row
                continue;
            }
            break;
        }
        int layoutRows = layoutRows(rows);
        return new Table(rows, layoutRows, layoutRows == 0 ? start : rowEnds.get(layoutRows - 1));
    }

    /**
     * A table in the one-row-per-line form: "QUỐC HỘI | CỘNG HÒA ... |". A row ends with a line that
     * ends in a pipe; a row may run over a few lines ("... | TM. ỦY BAN ...CHỦ TỊCH\nTrần Thanh Mẫn |").
     */
    private Table inline(String[] lines, int from) {
        List<List<List<String>>> rows = new ArrayList<>();
        List<Integer> rowEnds = new ArrayList<>();
        int j = from;
        while (j < lines.length && (lines[j].indexOf('|') >= 0 || !rows.isEmpty() && closesSoon(lines, j))) {
            StringBuilder group = new StringBuilder();
            int k = j;
            while (k < lines.length && k - j < MAX_INLINE_ROW_LINES && !lines[k].isBlank()) {
                group.append(group.length() == 0 ? "" : "\n").append(lines[k]);
                k++;
                if (lines[k - 1].stripTrailing().endsWith("|")) break;
            }
            if (!group.toString().stripTrailing().endsWith("|") && k < lines.length && !lines[k].isBlank()) break;
            List<List<String>> row = new ArrayList<>();
            String body = group.toString().strip();
            if (body.endsWith("|")) body = body.substring(0, body.length() - 1);
            if (!body.isBlank()) {
                String[] cells = body.split("\\|", -1);
                // a first row of more than three cells is no layout (layoutRows): none of its cells need be read
                // (a line of running text with a thousand pipes was cleaned cell by cell to be dropped)
                if (rows.isEmpty() && cells.length > 3) return null;
                for (String cell : cells) row.add(cellLines(List.of(cell.split("\n")), true));
            }
            rows.add(row);
            rowEnds.add(k);
            j = k;
        }
        int layoutRows = layoutRows(rows);
        return layoutRows == 0 ? null : new Table(rows, layoutRows, rowEnds.get(layoutRows - 1));
    }

    /** A row after the first may start on a line without a pipe: "CHỦ TỊCH" / "Trần Thanh Mẫn |". */
    private static boolean closesSoon(String[] lines, int from) {
        for (int k = from; k < Math.min(lines.length, from + MAX_INLINE_ROW_LINES); k++) {
            if (lines[k].isBlank()) return false;
            if (lines[k].stripTrailing().endsWith("|")) return true;
        }
        return false;
    }

    /**
     * The rows to lay out: from the first, when a cell of it opens with a header or tail element, up to
     * the last row that does; 0 when the first row does not (a table read from a pipe that was not a
     * row's first is then read again from a later pipe).
     */
    private static int layoutRows(List<List<List<String>>> rows) {
        int last = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<List<String>> row = rows.get(r);
            if (row.size() > 3) break;
            if (isLayoutRow(row)) last = r + 1;
            else if (r == 0 && !(recipientsAlone(row) && rows.size() > 1 && isLayoutRow(rows.get(1)))) return 0;
        }
        return last;
    }

    /** What the first cell of a layout row holds. */
    private enum Left { EMPTY, NUMBER, RECIPIENTS, ADDRESSEES, ISSUER, SIGNATURE, OTHER }

    /**
     * A row of a layout table holds on the left nothing, "Số:", "Nơi nhận" (or its list), "Kính gửi" or
     * the issuer block (a few lines in capitals), and on the right nothing, the quốc hiệu, the date line,
     * a signing authority or position, the addressees after "Kính gửi", or a capitals line beside the
     * recipients ("XÁC THỰC VĂN BẢN HỢP NHẤT"); and one of those elements is named. Any other row, in
     * particular one whose cells are running text, was read from a pipe that closed a cell, not from the
     * row's own, or belongs to a data table.
     */
    private static boolean isLayoutRow(List<List<String>> row) {
        if (row.isEmpty()) return false;
        List<String> leftCell = row.get(0);
        Left left = left(leftCell);
        if (left == Left.OTHER) return false;
        String right = row.size() > 1 && !row.get(1).isEmpty() ? row.get(1).get(0) : null;
        boolean rightMarker = right != null && (QUOC_HIEU.matcher(right).find() || DATE_CELL.matcher(right).find()
                || isSignature(right));
        boolean rightFits = right == null || rightMarker || left == Left.ADDRESSEES
                || left == Left.RECIPIENTS && Casing.isUpper(right);
        boolean leftMarker = left == Left.NUMBER || left == Left.ADDRESSEES || left == Left.SIGNATURE
                || left == Left.RECIPIENTS && NOI_NHAN.matcher(leftCell.get(0)).find();
        return rightFits && (leftMarker || rightMarker);
    }

    /** A recipients list in a row of its own, the signature in the next row. */
    private static boolean recipientsAlone(List<List<String>> row) {
        return row.size() == 1 && left(row.get(0)) == Left.RECIPIENTS;
    }

    private static Left left(List<String> cell) {
        if (cell.isEmpty()) return Left.EMPTY;
        String first = cell.get(0);
        if (cell.stream().anyMatch(l -> NUMBER_CELL.matcher(l).find())) return Left.NUMBER; // inline: issuer, then số
        if (NOI_NHAN.matcher(first).find() || first.startsWith("- ")) return Left.RECIPIENTS;
        if (KINH_GUI.matcher(first).find()) return Left.ADDRESSEES;
        if (isSignature(first)) return Left.SIGNATURE; // a signature alone in its row
        if (cell.size() <= MAX_ISSUER_LINES
                && cell.stream().allMatch(l -> Casing.isUpper(l) || RULE.matcher(l).matches())) {
            return Left.ISSUER;
        }
        return Left.OTHER;
    }

    private static boolean isSignature(String line) {
        return AUTHORITY.matcher(line).find() || SIGNATURE_LINE.matcher(line).find();
    }

    /** A cell's hard lines: soft breaks joined, markup removed, blank lines dropped. */
    private static List<String> cellLines(List<String> raw, boolean inline) {
        List<String> out = new ArrayList<>();
        for (String l : joinSoftWraps(raw)) {
            for (String p : inline ? splitGlued(l) : List.of(l)) {
                String s = TextNormalizer.stripMarkup(p).strip().replaceAll("\\s+", " ");
                if (!s.isEmpty()) out.add(s);
            }
        }
        return out;
    }

    /** The line breaks an inline cell lost: at rules, "NAMĐộc", "HỘICHỦ TỊCH", "; - " between list items. */
    private static List<String> splitGlued(String cell) {
        String t = RULE.matcher(cell).replaceAll("\n");
        t = GLUED_CASE.matcher(TextNormalizer.stripMarkup(t)).replaceAll("\n");
        t = GLUED_POSITION.matcher(t).replaceAll("\n");
        t = GLUED_AUTHORITY.matcher(t).replaceAll("\n");
        t = RUN_ON_ITEM.matcher(t).replaceAll("\n");
        return List.of(t.split("\n"));
    }

    // ---- soft wraps -----------------------------------------------------------------------------------

    /** Joins the soft breaks of a run of lines; a pipe line or a blank line is never joined. */
    static List<String> joinSoftWraps(List<String> lines) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            StringBuilder cur = new StringBuilder(lines.get(i));
            int j = i + 1;
            while (j < lines.size() && joinable(lines.get(j))) {
                int more = softBreakAfter(cur.toString(), lines, j);
                if (more == 0) break;
                for (int k = 0; k < more; k++) {
                    String sep = k == 0 ? separator(cur.toString(), lines.get(j)) : " ";
                    cur.append(cur.length() == 0 || cur.charAt(cur.length() - 1) == ' ' ? "" : sep)
                            .append(lines.get(j + k).strip());
                }
                j += more;
            }
            out.add(cur.toString());
            i = j;
        }
        return out;
    }

    private static boolean joinable(String line) {
        return !line.isBlank() && !isPipe(line) && !line.stripLeading().startsWith("#");
    }

    /**
     * How many of the lines from {@code next} continue {@code cur}: all up to the one that closes an
     * emphasis span left open (when one does within {@link #SPAN_LINES}), one after "Số:" or a broken
     * date phrase, else none.
     */
    private static int softBreakAfter(String cur, List<String> lines, int next) {
        int state = openEmphasis(0, cur);
        if (state != 0 && !hardBreak(cur, lines.get(next))) {
            for (int k = next; k < lines.size() && k - next < SPAN_LINES && joinable(lines.get(k)); k++) {
                state = openEmphasis(state, lines.get(k));
                if (state == 0) return k - next + 1;
            }
        }
        String plain = TextNormalizer.stripMarkup(cur).strip();
        String following = TextNormalizer.stripMarkup(lines.get(next)).strip();
        if (following.isEmpty()) return 0;
        if (NUMBER_LABEL.matcher(plain).find()
                && (Character.isDigit(following.charAt(0)) || following.charAt(0) == '/')) {
            return 1;
        }
        if (NUMBER_BROKEN.matcher(plain).find() && CODE_REST.matcher(following).find()) {
            return 1;
        }
        if (DATE_BROKEN.matcher(plain).find() && DATE_REST.matcher(following).find()
                || PLACE_BROKEN.matcher(plain).find() && DATE_START.matcher(following).find()) {
            return 1;
        }
        return 0;
    }

    /** A number broken after its hyphen or slash ("Số: 3783/QĐ-" + "UBND") is joined without a space. */
    private static String separator(String cur, String next) {
        String plain = TextNormalizer.stripMarkup(cur).strip();
        return NUMBER_BROKEN.matcher(plain).find() && CODE_REST.matcher(TextNormalizer.stripMarkup(next).strip()).find()
                ? "" : " ";
    }

    /**
     * A break inside emphasis that is hard all the same: a line in capitals followed by one in running
     * text (the type line and the trích yếu of a title set in one bold span, "**BÁO CÁO\nTình hình
     * ...**"; a position above the signer's name), and a break before a signing authority or position
     * ("**TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**").
     */
    private static boolean hardBreak(String cur, String next) {
        String a = TextNormalizer.stripMarkup(cur).strip();
        String b = TextNormalizer.stripMarkup(next).strip();
        return Casing.isUpper(a) && !Casing.isUpper(b) && b.chars().anyMatch(Character::isLetter)
                || SIGNATURE_LINE.matcher(b).find() && !AUTHORITY_ALONE.matcher(a).matches();
    }

    /**
     * The emphasis left open after {@code s}, starting from {@code state} (bit 1: italic, bit 2: bold).
     * A run of n asterisks toggles italic when n is odd and bold when n/2 is odd ("***" both, "****" a
     * close and an open); a bullet ("* item") and a footnote star ("(*)") are not emphasis.
     */
    static int openEmphasis(int state, String s) {
        int k = 0;
        while (k < s.length()) {
            if (s.charAt(k) != '*') {
                k++;
                continue;
            }
            int r = k;
            while (r < s.length() && s.charAt(r) == '*') r++;
            int n = r - k;
            boolean bullet = n == 1 && s.substring(0, k).isBlank() && r < s.length() && s.charAt(r) == ' ';
            boolean star = k > 0 && s.charAt(k - 1) == '(' && r < s.length() && s.charAt(r) == ')';
            if (!bullet && !star) {
                if (n % 2 == 1) state ^= 1;
                if ((n / 2) % 2 == 1) state ^= 2;
            }
            k = r;
        }
        return state;
    }
}
