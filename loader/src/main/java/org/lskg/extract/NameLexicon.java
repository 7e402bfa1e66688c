package org.lskg.extract;

import org.lskg.text.DataFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
}
