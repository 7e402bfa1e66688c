package org.lskg.resolve;

import org.lskg.extract.Canonicalizer;
import org.lskg.extract.EntityCategory;
import org.lskg.extract.NameLexicon;
import org.lskg.extract.Resolution;
import org.lskg.text.Fold;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One label per real-world thing: a mention's label is replaced by the preferred label of the known
 * entity (from the {@link Gazetteer}) it names — by its label or an alias, or across a one-letter typo
 * in a long name — and otherwise kept as the patterns built it. Entity IRIs are minted from the label,
 * so the same thing named two ways in two documents becomes one node.
 */
public final class EntityResolver implements Canonicalizer {

    private final Gazetteer gazetteer;

    public EntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static EntityResolver standard() {
        return new EntityResolver(Gazetteer.standard());
    }

    /**
     * The known names worth finding verbatim: every label of known works, border gates, foreign and
     * regional places and national bodies. Labels that depend on the province ("UBND tỉnh", "Sở Y tế")
     * or a bare district name are left to the patterns, which qualify them by the document's province.
     */
    @Override
    public List<NameLexicon.Name> knownNames() {
        List<NameLexicon.Name> out = new ArrayList<>();
        for (KnownEntity e : gazetteer.all()) {
            if (!verbatim(e)) continue;
            List<String> forms = new ArrayList<>();
            for (String l : e.labels()) {
                if (l.split("\\s+").length >= 2 && !local(e.category()).matcher(l).find() && headed(e.category(), l)) forms.add(l);
            }
            if (!forms.isEmpty()) out.add(new NameLexicon.Name(e.category(), e.prefLabel(), forms));
        }
        return out;
    }

    private static boolean verbatim(KnownEntity e) {
        return switch (e.category()) {
            case PROJECT, PROGRAM, BORDER_GATE -> true;
            case PLACE, AGENCY -> !local(e.category()).matcher(e.prefLabel()).find();
            case PERSON -> false;
        };
    }

    /**
     * Works and gates are found verbatim only by labels that say what they are ("cửa khẩu Tân Thanh", not
     * "Tân Thanh", which also names a trade zone and a commune).
     */
    private static boolean headed(EntityCategory c, String label) {
        return switch (c) {
            case PROJECT -> PROJECT_HEAD.matcher(label).find();
            case PROGRAM -> PROGRAM_HEAD.matcher(label).find();
            case BORDER_GATE -> GATE_HEAD.matcher(label).find();
            default -> true;
        };
    }

    private static final Pattern PROJECT_HEAD = Pattern.compile(
            "(?iu)^(dự án|cao tốc|tuyến|đường|quốc lộ|QL|khu|cụm|KCN|CCN|công viên|nhà máy|cảng|sân bay)\\b");
    private static final Pattern PROGRAM_HEAD = Pattern.compile(
            "(?iu)^(chương trình|quy hoạch|đề án|kế hoạch|chiến lược|phong trào|quy định|CTMTQG)\\b");
    private static final Pattern GATE_HEAD = Pattern.compile("(?iu)(cửa khẩu|lối thông quan|ga |mốc|tuyến đường)");

    private static final Pattern PROJECT_PREFIX = Pattern.compile("(?iu)^(dự án|tuyến|đường)\\s+");

    /** A label tied to a level of local government. */
    private static final Pattern LOCAL = Pattern.compile("(?iu)\\b(tỉnh|huyện|thành phố|thị xã|xã|phường|thị trấn|quận)\\b");
    /**
     * The same for a body's or a work's label, where "xã hội" (society) is no commune: "Bảo hiểm xã hội Việt Nam",
     * "Ngân hàng Chính sách xã hội", "Bộ Lao động - Thương binh và Xã hội" are national bodies (16 documents of
     * shared/corpus-real; shared/eval/dev hr-qd844-ttg-2026). A place keeps the plain test: the state's full
     * name, "Cộng hòa xã hội chủ nghĩa Việt Nam", heads every document as its motto, not as a place it names.
     */
    private static final Pattern LOCAL_BODY = Pattern.compile("(?iu)\\b(tỉnh|huyện|thành phố|thị xã|xã(?!\\s+hội)|phường|thị trấn|quận)\\b");

    private static Pattern local(EntityCategory c) {
        return c == EntityCategory.PLACE ? LOCAL : LOCAL_BODY;
    }

    @Override
    public Canonical canonical(EntityCategory category, String label) {
        List<KnownEntity> exact = gazetteer.candidates(label).stream()
                .filter(e -> e.category() == category).toList();
        if (exact.isEmpty() && category == EntityCategory.PROJECT) {
            // "Dự án cao tốc X - Y", "tuyến cao tốc X - Y": the project is its road
            String bare = PROJECT_PREFIX.matcher(label).replaceFirst("");
            exact = gazetteer.candidates(bare).stream().filter(e -> e.category() == category).toList();
        }
        if (exact.size() == 1) {
            return new Canonical(exact.get(0).prefLabel(), new Resolution(Resolution.Method.KNOWN, Optional.of(label), 0));
        }
        if (exact.isEmpty()) {
            Optional<Gazetteer.Match> near = gazetteer.closest(label, category).filter(m -> !m.exact());
            if (near.isPresent()) {
                Gazetteer.Match m = near.get();
                return new Canonical(m.entity().prefLabel(),
                        new Resolution(Resolution.Method.KNOWN_TYPO, Optional.of(m.label()), m.distance()));
            }
        }
        return new Canonical(label, Resolution.PATTERN);
    }

    /**
     * As {@link #canonical(EntityCategory, String)}; a body that the gazetteer does not know as named, but
     * knows qualified by the document's province or city, is that province's body: "Trung tâm Phục vụ hành
     * chính công" or "Đài PTTH tỉnh" in a document of Lạng Sơn is the Lạng Sơn body, in a document of Hà
     * Tĩnh it stays as named. Labels carry no default province.
     */
    @Override
    public Canonical canonical(EntityCategory category, String label, Optional<String> locality) {
        Canonical plain = canonical(category, label);
        if (plain.resolution().method() != Resolution.Method.PATTERN || category != EntityCategory.AGENCY
                || locality.isEmpty() || NAMED_UNIT.matcher(label).find()) {
            return plain;
        }
        String unit = locality.get();
        String name = unit.replaceFirst("^(?:tỉnh|thành phố)\\s+", "");
        String unitWord = unit.substring(0, unit.length() - name.length()).strip();
        String qualified = Fold.key(label).endsWith(" " + unitWord) ? label + " " + name : label + " " + unit;
        List<KnownEntity> known = gazetteer.candidates(qualified).stream().filter(e -> e.category() == category).toList();
        return known.size() == 1
                ? new Canonical(known.get(0).prefLabel(), new Resolution(Resolution.Method.KNOWN, Optional.of(label), 0))
                : plain;
    }

    /** A label that names its unit already: a unit word followed by a capitalised name. */
    private static final Pattern NAMED_UNIT = Pattern.compile(
            "(?u)\\b(?:tỉnh|thành phố|huyện|thị xã|xã|phường|thị trấn|quận|đặc khu|Tỉnh ủy|Thành ủy|Huyện ủy)\\s+\\p{Lu}");
}
