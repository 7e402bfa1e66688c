package org.lskg.extract;

import org.lskg.document.DocumentType;
import org.lskg.text.Abbreviations;
import org.lskg.text.Fold;
import org.lskg.text.Provinces;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the body that issued a cited document, as a full name with its locality: from an issuer code
 * ("UBND" → Ủy ban nhân dân tỉnh Lạng Sơn) or from the words after "của" ("của UBND tỉnh",
 * "của Ban Thường vụ Tỉnh ủy", "của Bộ trưởng Bộ Công Thương" → Bộ Công Thương).
 *
 * <p>A body's name ends where the clause goes on: at a clause mark, at a word that cannot be part of a
 * name ("về", "phê duyệt", "tại", "khóa" ...), or at "và" or a comma that is not followed by the capital
 * of a further name part ("Bộ Văn hóa, Thể thao và Du lịch" is one name; "của HĐND tỉnh, đồng thời" is not).
 * Bodies that exist at every level and are named without a place ("UBND tỉnh", "Tỉnh ủy") belong to the
 * citing document's locality.
 */
final class BodyNames {

    /** A body name read from a text, and the offset after its last word. */
    record Phrase(String name, int end) {}

    private static final int MAX_WORDS = 14;
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:.)”\"…]+$");
    private static final Pattern HAS_UNIT = Pattern.compile(
            "(?u)\\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\\s+\\p{Lu}");
    private static final Pattern POST = Pattern.compile("(?u)^(?:Bộ trưởng|Chủ tịch|Thủ trưởng)\\s+(?=\\p{Lu})");
    /** Lower-case words that end a body's name; the two-word ones are checked as pairs. */
    private static final Set<String> STOP_WORDS = Set.of("về", "tại", "trên", "để", "nhằm", "đã", "đang", "được",
            "sẽ", "theo", "cho", "với", "có", "trong", "khi", "là", "khóa", "khoá", "năm", "kèm", "gửi", "đến",
            "từ", "sau", "trước", "này", "nay", "ngày", "số", "tháng", "thì", "mà", "do", "giao", "các", "những",
            "đều", "cũng", "phải", "cần", "còn", "chưa", "không");
    private static final Set<String> STOP_PAIRS = Set.of("phê duyệt", "ban hành", "quy định", "hướng dẫn",
            "thực hiện", "triển khai", "chỉ đạo", "thông qua", "đối với", "sửa đổi", "bổ sung", "yêu cầu",
            "đồng thời", "nhiệm kỳ", "giai đoạn");

    private final Abbreviations abbreviations;

    BodyNames(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    /** The full name an issuer code stands for; a body of every level gets {@code locality}. */
    String ofCode(Abbreviations.Entry code, Optional<String> locality) {
        String name = code.expansion();
        if (code.kind() != Abbreviations.Kind.LOCAL || HAS_UNIT.matcher(name).find() || locality.isEmpty()) {
            return name;
        }
        String key = Fold.key(name);
        if (key.equals("tỉnh ủy") || key.equals("thành ủy")) return committee(name, locality.get()).orElse(name);
        if (key.endsWith(" ủy")) return name;       // Huyện ủy: the district is not known
        return name + " " + locality.get();
    }

    /**
     * The body named from {@code from} (just after "của") up to {@code limit}, if the words there start
     * with a capital, as a name does.
     */
    Optional<Phrase> read(String text, int from, int limit, Optional<String> locality) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, limit);
        while (m.find() && tokens.size() <= MAX_WORDS) tokens.add(new Token(m.group(), m.start()));
        StringBuilder name = new StringBuilder();
        int end = from;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String word = t.word();
            if (word.isEmpty() || !Character.isLetter(t.raw().charAt(0))) break;
            boolean capital = Character.isUpperCase(word.charAt(0));
            if (name.isEmpty() && !capital) return Optional.empty();
            boolean connector = word.equals("và") || word.equals("-");
            if (!capital && !connector && (STOP_WORDS.contains(word)
                    || i + 1 < tokens.size() && STOP_PAIRS.contains(word + " " + tokens.get(i + 1).word()))) break;
            if (connector && !nameGoesOn(tokens, i + 1)) break;
            if (!name.isEmpty()) name.append(' ');
            name.append(word);
            if (connector) continue;
            end = t.start() + word.length();
            if (!t.raw().equals(word)) {                            // punctuation after the word
                if (!t.raw().startsWith(",", word.length()) || !nameGoesOn(tokens, i + 1)) break;
                name.append(',');
            }
        }
        String read = expand(name.toString().replaceFirst("(?:,| và| -)+$", ""));
        if (!read.contains(" ")) {
            return Optional.empty();    // "Bộ" where a page break cut the name: a head noun alone names nothing
        }
        return Optional.of(new Phrase(qualify(read, locality), end));
    }

    /** A word of the text with the punctuation it carries. */
    private record Token(String raw, int start) {
        String word() {
            return CLAUSE_END.matcher(raw).replaceFirst("");
        }
    }

    /** After "và", a hyphen or a comma, the name goes on with a capital that does not start a citation. */
    private static boolean nameGoesOn(List<Token> tokens, int i) {
        if (i >= tokens.size()) return false;
        String word = tokens.get(i).word();
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return false;
        StringBuilder ahead = new StringBuilder(word);
        for (int j = i + 1; j < Math.min(tokens.size(), i + 3); j++) ahead.append(' ').append(tokens.get(j).word());
        return DocumentType.byTitleLine(ahead.toString()).isEmpty() && !ahead.toString().startsWith("Văn bản");
    }

    /** "UBND tỉnh" → "Ủy ban nhân dân tỉnh"; issuer codes of số/ký hiệu (TW) are not words of a name. */
    private String expand(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.split(" ")) {
            String w = abbreviations.lookup(word)
                    .filter(e -> e.kind() != Abbreviations.Kind.CODE)
                    .map(Abbreviations.Entry::expansion).orElse(word);
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(w);
        }
        return POST.matcher(sb).replaceFirst("");
    }

    /**
     * "Ủy ban nhân dân tỉnh" → "... tỉnh Hà Tĩnh" in a document of Hà Tĩnh; "Ban Thường vụ Tỉnh ủy" → "...
     * Tỉnh ủy Hà Tĩnh"; "Sở Nông nghiệp và Môi trường", a body of every level named alone → "... tỉnh Hà
     * Tĩnh". A unit word that is not the locality's ("Ủy ban nhân dân thành phố" in a province's document)
     * is left as it is.
     */
    private String qualify(String name, Optional<String> locality) {
        if (locality.isEmpty() || HAS_UNIT.matcher(name).find()) return name;
        String key = Fold.key(name);
        Optional<Abbreviations.Entry> local = abbreviations.entries().values().stream()
                .filter(e -> e.kind() == Abbreviations.Kind.LOCAL && Fold.key(e.expansion()).equals(key))
                .findFirst();
        if (local.isPresent()) return ofCode(local.get(), locality);
        Optional<Provinces.Province> unit = PROVINCES.byLabel(locality.get());
        if (key.endsWith(" tỉnh") || key.endsWith(" thành phố")) {
            boolean fits = unit.map(u -> key.endsWith(" " + u.unit())).orElse(true);
            return fits ? name + " " + placeName(locality.get()) : name;
        }
        Matcher committee = COMMITTEE.matcher(name);
        if (committee.find()) {
            return committee(committee.group(1), locality.get()).map(c -> name.substring(0, committee.start(1)) + c).orElse(name);
        }
        return name;
    }

    private static final Pattern COMMITTEE = Pattern.compile("(Tỉnh ủy|Thành ủy)$");
    private static final Provinces PROVINCES = Provinces.standard();

    /**
     * The party committee of the locality, when of the kind named: "Tỉnh ủy" in a province → "Tỉnh ủy Hà
     * Tĩnh", "Thành ủy" in Thành phố Hồ Chí Minh → "Thành ủy Thành phố Hồ Chí Minh"; a locality that is no
     * province gets the bare name appended.
     */
    private static Optional<String> committee(String kind, String locality) {
        Optional<Provinces.Province> p = PROVINCES.byLabel(locality);
        if (p.isEmpty()) return Optional.of(kind + " " + placeName(locality));
        boolean fits = Fold.key(kind).equals("tỉnh ủy") ? !p.get().isCity() : p.get().isCity();
        return fits ? Optional.of(p.get().partyCommittee()) : Optional.empty();
    }

    /** "tỉnh Lạng Sơn" → "Lạng Sơn". */
    private static String placeName(String locality) {
        return locality.replaceFirst("^(?:tỉnh|thành phố)\\s+", "");
    }
}
