package org.lskg.extract;

/**
 * Gives a mention its canonical label, one per real-world thing (implemented by the gazetteer-backed
 * resolver in {@code org.lskg.resolve}). Returns the label unchanged, with {@link Resolution#PATTERN},
 * when it knows nothing better.
 */
@FunctionalInterface
public interface Canonicalizer {

    /** A label and how it was obtained. */
    record Canonical(String label, Resolution resolution) {}

    Canonical canonical(EntityCategory category, String label);

    /**
     * The canonical label of a mention in a document of {@code locality} (its province or centrally-run
     * city, "tỉnh Hà Tĩnh"): a body named without its place ("Trung tâm Phục vụ hành chính công") may be
     * the locality's known body. By default the locality changes nothing.
     */
    default Canonical canonical(EntityCategory category, String label, java.util.Optional<String> locality) {
        return canonical(category, label);
    }

    /**
     * Names the recogniser should find as they are, beyond its patterns: the labels and aliases of known
     * entities ("dự án thành phần 2" is the Hữu Nghị - Chi Lăng expressway). None by default.
     */
    default java.util.List<NameLexicon.Name> knownNames() {
        return java.util.List.of();
    }

    /** Keeps every label as the patterns built it. */
    static Canonicalizer none() {
        return (category, label) -> new Canonical(label, Resolution.PATTERN);
    }
}
