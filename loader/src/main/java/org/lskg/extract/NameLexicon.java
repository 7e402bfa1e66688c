package org.lskg.extract;

import org.lskg.text.DataFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The fixed vocabulary of the entity rules, read from data files: whole names recognised as they are
 * ({@code names.tsv}: national bodies, countries, regions) and the policy domains of ministries and
 * departments ({@code domains.txt}: "Bộ/Sở" + domain).
 */
public final class NameLexicon {

    /** A fixed name with the forms it is written in. */
    public record Name(EntityCategory category, String label, List<String> forms) {}

    private final List<Name> names;
    private final List<String> domains;

    NameLexicon(List<Name> names, List<String> domains) {
        this.names = List.copyOf(names);
        this.domains = domains.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The lexicon shipped with lskg. */
    public static NameLexicon standard() {
        List<Name> names = new ArrayList<>();
        for (DataFile.Row row : DataFile.rows("/org/lskg/data/names.tsv")) {
            row.require(2, "a category and a label");
            EntityCategory c = EntityCategory.valueOf(row.get(0).toUpperCase(java.util.Locale.ROOT));
            List<String> forms = new ArrayList<>(List.of(row.get(1)));
            if (row.fields().size() > 2) forms.addAll(List.of(row.get(2).split("\\|")));
            names.add(new Name(c, row.get(1), forms));
        }
        List<String> domains = DataFile.rows("/org/lskg/data/domains.txt").stream().map(r -> r.get(0)).toList();
        return new NameLexicon(names, domains);
    }

    /** A lexicon with more names (e.g. the gazetteer's labels). */
    public NameLexicon with(List<Name> more) {
        List<Name> all = new ArrayList<>(names);
        all.addAll(more);
        return new NameLexicon(all, domains);
    }

    public List<Name> names() {
        return names;
    }

    /** Ministry/department domains, longest first, so "Nông nghiệp và Phát triển nông thôn" wins over "Nông nghiệp ...". */
    public List<String> domains() {
        return domains;
    }

    /**
     * A regular expression for a name as it may be written: tone marks placed either way (it runs on
     * {@link MatchText} text), any dash, any spacing, whole words only.
     */
    static Pattern formPattern(String form) {
        StringBuilder re = new StringBuilder();
        String[] tokens = MatchText.normalize(form).split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0) re.append(tokens[i].equals("-") || tokens[i - 1].equals("-") ? "\\s*" : "\\s+");
            re.append(Pattern.quote(tokens[i]));
        }
        // names of three words or more are matched whatever their case ("Hội đồng dân tộc của Quốc hội");
        // shorter ones only as written, since "Anh" or "Nga" in lower case are ordinary words
        int flags = tokens.length >= 3 ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + re + "(?![\\p{L}\\p{N}])", flags);
    }
}
