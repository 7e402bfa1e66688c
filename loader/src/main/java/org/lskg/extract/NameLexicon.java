package org.lskg.extract;

import org.lskg.text.DataFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed vocabulary of the entity rules, read from data files: whole names recognised as they are
 * ({@code names.tsv}: national bodies, countries, regions), the policy domains of ministries and
 * departments ({@code domains.txt}: "Bộ/Sở" + domain) and the heads of bodies that exist at each level of
 * local government ({@code local-bodies.tsv}: "UBND" → "Ủy ban nhân dân").
 */
public final class NameLexicon {

    /** A fixed name with the forms it is written in. */
    public record Name(EntityCategory category, String label, List<String> forms) {}

    private final List<Name> names;
    private final List<String> domains;
    private final Map<String, String> localHeads;

    NameLexicon(List<Name> names, List<String> domains, Map<String, String> localHeads) {
        this.names = List.copyOf(names);
        this.domains = domains.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.localHeads = Map.copyOf(localHeads);
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
        Map<String, String> heads = new LinkedHashMap<>();
        for (DataFile.Row row : DataFile.rows("/org/lskg/data/local-bodies.tsv")) {
            heads.put(row.require(2, "a head as written and its full form").get(0), row.get(1));
        }
        return new NameLexicon(names, domains, heads);
    }

    /** A lexicon with more names (e.g. the gazetteer's labels). */
    public NameLexicon with(List<Name> more) {
        List<Name> all = new ArrayList<>(names);
        all.addAll(more);
        return new NameLexicon(all, domains, localHeads);
    }

    public List<Name> names() {
        return names;
    }

    /** Heads of bodies of every level of local government as written, with their full form ("UBND" → "Ủy ban nhân dân"). */
    public Map<String, String> localHeads() {
        return localHeads;
    }

    /** Ministry/department domains, longest first, so "Nông nghiệp và Phát triển nông thôn" wins over "Nông nghiệp ...". */
    public List<String> domains() {
        return domains;
    }
}
