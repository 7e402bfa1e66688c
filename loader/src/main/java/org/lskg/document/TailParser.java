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
    private static final Pattern AUTHORITY = Pattern.compile("(?u)^(TM|KT|TL|TUQ|Q)\\.\\s*(\\S.*)$");
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

    Tail parse() {
        int start = findRecipientsLine();
        if (start < 0) {
            int sig = findSignatureStart();
            if (sig < 0) {
                return new Tail(lines.size(), List.of(), Optional.empty());
            }
            return new Tail(sig, List.of(), signature(texts(sig, lines.size())));
        }
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (int i = start; i < lines.size(); i++) {
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
        return new Tail(start, recipients, signature(signatureLines));
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

    /** Authority lines, then the position in capitals, then the signer's name. */
    static Optional<Signature> signature(List<String> raw) {
        List<Signature.Authority> authorities = new ArrayList<>();
        List<String> positions = new ArrayList<>();
        String signer = null;
        for (String line : raw) {
            String t = line.strip();
            if (t.isEmpty() || SIGNED_NOTE.matcher(t).matches()) continue;
            Matcher a = AUTHORITY.matcher(t);
            if (a.find() && signer == null) {
                authorities.add(new Signature.Authority(Signature.Prefix.valueOf(a.group(1)), a.group(2).strip()));
            } else if (Casing.isUpper(t) && signer == null) {
                positions.add(t);
            } else if (PersonNames.isName(t) && signer == null && (!authorities.isEmpty() || !positions.isEmpty())) {
                signer = t;
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
