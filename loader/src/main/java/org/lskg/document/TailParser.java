package org.lskg.document;

import org.lskg.text.Casing;
import org.lskg.text.PersonNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the end of a document: "Nơi nhận" (box 9) and the signature block (box 7). In PDF text the two
 * stand side by side, recipients in the left column and the signature in the right; in markdown they
 * follow each other.
 */
final class TailParser {

    /** Result: where the body ends, the recipients and the signature. */
    record Tail(int firstLine, List<String> recipients, Optional<Signature> signature) {}

    private static final Pattern NOI_NHAN = Pattern.compile("(?iu)^Nơi\\s+nhận\\s*:?");
    private static final Pattern AUTHORITY = Pattern.compile("(?u)^(TM|T/M|KT|TL|TUQ|Q)\\.?(?<=\\.|M)\\s*(\\p{Lu}{2}.*)$");
    /** A signing position alone on its line: "THỦ TƯỚNG", "PHÓ CHỦ TỊCH", "CHỦ TỊCH QUỐC HỘI". */
    private static final Pattern POSITION_LINE = Pattern.compile(
            "(?u)(?:PHÓ\\s+)?(?:CHỦ TỊCH|THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG|CHỦ NHIỆM|TỔNG THƯ KÝ|GIÁM ĐỐC|"
                    + "CỤC TRƯỞNG|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|TỔNG KIỂM TOÁN NHÀ NƯỚC)(?:\\s+[\\p{Lu}\\s]+)?");
    /**
     * A rank or title before the signer's name, dropped from it: the officer ranks of the army and the
     * police (Luật Sĩ quan Quân đội nhân dân Việt Nam, Điều 10; Luật Công an nhân dân, Điều 22) and
     * academic titles.
     */
    private static final Pattern RANK = Pattern.compile(
            "(?u)^(?:(?:Đại|Thượng|Trung|Thiếu)\\s+(?:tướng|tá|úy|uý)|(?:Phó\\s+|Chuẩn\\s+)?Đô\\s+đốc|"
                    + "(?:GS|PGS|TS|ThS|BS|KS)\\.\\s*)\\s*");
    /** "XÁC THỰC VĂN BẢN HỢP NHẤT": the heading of a consolidated text's authentication, not a position. */
    private static final Pattern CONSOLIDATION = Pattern.compile("(?iu)^xác\\s+thực\\s+văn\\s+bản\\s+hợp\\s+nhất$");
    /** What follows a tail: an annex, a regulation issued with the document, a form, a second header. */
    private static final Pattern BLOCK_END = Pattern.compile(
            "(?u)^(?:PHỤ LỤC|Phụ lục|PHẦN\\s|MẪU|Mẫu số|DANH MỤC|QUY CHẾ|QUY ĐỊNH|HƯỚNG DẪN|BIỂU|KẾ HOẠCH|"
                    + "ĐỀ ÁN|CHƯƠNG TRÌNH|CỘNG HÒA|CỘNG HOÀ|\\[\\d+\\]|\\(\\d+\\)\\s)");
    private static final int BLOCK_LINES = 45;
    private static final Pattern POSITION = Pattern.compile(
            "(?u)(CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỦ TƯỚNG|CHÁNH VĂN PHÒNG|CHỦ NHIỆM|TRƯỞNG BAN|BÍ THƯ|"
                    + "TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|CHÁNH THANH TRA|TRƯỞNG|THỨ TRƯỞNG|PHÓ )");
    private static final Pattern SIGNED_NOTE = Pattern.compile("(?iu)^\\(?\\s*(đã ký|ký tên|ký, ghi rõ|chữ ký).*");
    /** Columns right of this are the signature side of a two-column tail. */
    private static final int RIGHT_COLUMN = 30;

    private final List<Line> lines;
    private final int bodyStart;

    TailParser(List<Line> lines, int bodyStart) {
        this.lines = lines;
        this.bodyStart = bodyStart;
    }

    /**
     * Where the body ends is, as before, the last "Nơi nhận" (else a signature among the last lines);
     * the recipients and the signature are read from the first such block after the body start, the
     * document's own: annexes that follow may carry forms with a "Nơi nhận" and a signature of their own.
     */
    Tail parse() {
        int last = findRecipientsLine();
        int firstLine = last >= 0 ? last : findSignatureStart();
        if (firstLine < 0) firstLine = lines.size();
        int main = findMainBlock();
        if (main < 0) {
            return new Tail(firstLine, List.of(), Optional.empty());
        }
        int end = blockEnd(main);
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (int i = main; i < end; i++) {
            List<Line.Cell> cells = lines.get(i).cells();
            if (cells.isEmpty()) {
                left.add("");
                continue;
            }
            if (cells.size() >= 2 && cells.get(cells.size() - 1).column() >= RIGHT_COLUMN) {
                left.add(joinCells(cells.subList(0, cells.size() - 1)));
                right.add(cells.get(cells.size() - 1).text());
            } else if (cells.get(0).column() >= RIGHT_COLUMN) {
                right.add(joinCells(cells));
            } else {
                left.add(joinCells(cells));
            }
        }
        List<String> recipients = new ArrayList<>();
        List<String> signatureLines = new ArrayList<>(right);
        readRecipients(left, recipients, signatureLines);
        return new Tail(firstLine, recipients, signature(signatureLines));
    }

    /**
     * The first line after the body start that opens the tail: "Nơi nhận" in the first cell, a signing
     * authority at the start of a cell, or a signing position alone in a cell with a name under it.
     */
    private int findMainBlock() {
        for (int i = bodyStart; i < lines.size(); i++) {
            List<Line.Cell> cells = lines.get(i).cells();
            if (cells.isEmpty()) continue;
            if (NOI_NHAN.matcher(cells.get(0).text()).find()) return i;
            for (Line.Cell c : cells) {
                if (AUTHORITY.matcher(c.text()).find()) return i;
                if (POSITION_LINE.matcher(c.text()).matches() && nameBelow(i)) return i;
            }
        }
        return -1;
    }

    /** A personal name (rank aside) within the few lines under {@code line}. */
    private boolean nameBelow(int line) {
        for (int j = line + 1; j < Math.min(lines.size(), line + 4); j++) {
            for (Line.Cell c : lines.get(j).cells()) {
                if (PersonNames.isName(withoutRank(c.text()))) return true;
            }
        }
        return false;
    }

    /** The block ends before an annex, a second header, a footnote, or after {@link #BLOCK_LINES} lines. */
    private int blockEnd(int start) {
        int limit = Math.min(lines.size(), start + BLOCK_LINES);
        for (int i = start + 1; i < limit; i++) {
            List<Line.Cell> cells = lines.get(i).cells();
            if (!cells.isEmpty() && (BLOCK_END.matcher(cells.get(0).text()).find()
                    || NOI_NHAN.matcher(cells.get(0).text()).find())) {
                return i;
            }
        }
        return limit;
    }

    private static String joinCells(List<Line.Cell> cells) {
        StringBuilder sb = new StringBuilder();
        for (Line.Cell c : cells) sb.append(sb.length() == 0 ? "" : " ").append(c.text());
        return sb.toString();
    }

    private int findRecipientsLine() {
        for (int i = lines.size() - 1; i >= bodyStart; i--) {
            List<Line.Cell> cells = lines.get(i).cells();
            if (!cells.isEmpty() && NOI_NHAN.matcher(cells.get(0).text()).find()) return i;
        }
        return -1;
    }

    /** Without "Nơi nhận": an authority line among the last lines starts the signature. */
    private int findSignatureStart() {
        for (int i = Math.max(bodyStart, lines.size() - 25); i < lines.size(); i++) {
            List<Line.Cell> cells = lines.get(i).cells();
            if (!cells.isEmpty() && AUTHORITY.matcher(cells.get(cells.size() - 1).text()).find()) return i;
        }
        return -1;
    }

    private List<String> texts(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) out.add(lines.get(i).trimmed());
        return out;
    }

    /**
     * Recipient items start with "-" or "+"; other lines continue the item before them. The first line in
     * capitals with an authority prefix or a position, after the list, starts the signature (markdown
     * layout), and what follows belongs to it.
     */
    private static void readRecipients(List<String> left, List<String> recipients, List<String> signature) {
        StringBuilder current = new StringBuilder();
        boolean first = true;
        boolean gap = false;
        for (int i = 0; i < left.size(); i++) {
            String t = left.get(i).strip();
            if (first) {
                t = NOI_NHAN.matcher(t).replaceFirst("").strip();
                first = false;
            }
            if (t.isEmpty()) {
                gap = !recipients.isEmpty() || current.length() > 0;
                continue;
            }
            boolean bullet = t.startsWith("-") || t.startsWith("+") || t.startsWith("•");
            if (AUTHORITY.matcher(t).find() || (Casing.isUpper(t) && POSITION.matcher(t).find())) {
                flush(current, recipients);
                signature.addAll(left.subList(i, left.size()));
                return;
            }
            if (gap && !bullet) {
                break; // the list is over: what follows is a note, a page foot or an annex
            }
            if (bullet) {
                flush(current, recipients);
                current.append(t.substring(1).strip());
            } else {
                current.append(current.length() == 0 ? "" : " ").append(t);
            }
        }
        flush(current, recipients);
    }

    private static void flush(StringBuilder sb, List<String> out) {
        String s = sb.toString().strip().replaceAll("[;,.]+$", "").strip();
        if (!s.isEmpty()) out.add(s);
        sb.setLength(0);
    }

    /** "Thượng tướng Võ Minh Lương" → "Võ Minh Lương". */
    static String withoutRank(String line) {
        return RANK.matcher(line.strip()).replaceFirst("");
    }

    /** Authority lines, then the position in capitals, then the signer's name. */
    static Optional<Signature> signature(List<String> raw) {
        List<Signature.Authority> authorities = new ArrayList<>();
        List<String> positions = new ArrayList<>();
        String signer = null;
        for (String line : raw) {
            String t = line.strip();
            if (t.isEmpty() || SIGNED_NOTE.matcher(t).matches()) continue;
            if (t.endsWith("|")) t = t.substring(0, t.length() - 1).strip();
            if (t.isEmpty() || CONSOLIDATION.matcher(t).matches()) continue;
            Matcher a = AUTHORITY.matcher(t);
            if (a.find() && signer == null) {
                String prefix = a.group(1).equals("T/M") ? "TM" : a.group(1);
                authorities.add(new Signature.Authority(Signature.Prefix.valueOf(prefix), a.group(2).strip()));
            } else if (Casing.isUpper(t) && signer == null) {
                positions.add(t);
            } else if (signer == null && (!authorities.isEmpty() || !positions.isEmpty())
                    && PersonNames.isName(withoutRank(t))) {
                signer = withoutRank(t);
            }
        }
        if (authorities.isEmpty() && positions.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> position = positions.isEmpty()
                ? Optional.of(authorities.get(authorities.size() - 1).on())
                : Optional.of(String.join(" ", positions));
        return Optional.of(new Signature(authorities, position, Optional.ofNullable(signer)));
    }
}
