package org.lskg.extract;

import org.lskg.document.DocumentType;
import org.lskg.text.Abbreviations;
import org.lskg.text.DataFile;
import org.lskg.text.Fold;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the ký hiệu of a {@link CitedNumber}: the document type its code names and the issuer code
 * behind it. State numbers use the codes of NĐ 30/2020 ({@link DocumentType#byCode}); a công văn has no
 * type code, its first group is the issuer's; the National Assembly's N/YYYY/QH15 names no type (a Luật
 * and a Nghị quyết of the Quốc hội are numbered alike). Party numbers use the party's own codes
 * ({@code org/lskg/data/party-type-codes.tsv}). Codes are matched as printed first; a capitalisation
 * variant ("TTG") and a lost hyphen ("QĐUBND") are read only when the printed form means nothing.
 */
final class NumberSymbols {

    private static final String PARTY_CODES = "/org/lskg/data/party-type-codes.tsv";

    /** What a ký hiệu says. */
    record Reading(Optional<DocumentType> type, Optional<Abbreviations.Entry> issuer) {}

    private final Abbreviations abbreviations;
    private final Map<String, Abbreviations.Entry> abbreviationsByCapitals = new HashMap<>();
    private final Map<String, DocumentType> partyCodes;
    private final List<DocumentType> codedTypesLongestFirst = Arrays.stream(DocumentType.values())
            .filter(t -> t.code().isPresent())
            .sorted(Comparator.comparingInt((DocumentType t) -> t.code().get().length()).reversed())
            .toList();

    NumberSymbols(Abbreviations abbreviations, Map<String, DocumentType> partyCodes) {
        this.abbreviations = abbreviations;
        this.partyCodes = Map.copyOf(partyCodes);
        for (Abbreviations.Entry e : abbreviations.entries().values()) {
            abbreviationsByCapitals.putIfAbsent(capitals(e.abbreviation()), e);
        }
    }

    /** Reads with lskg's abbreviation table and party codes. */
    static NumberSymbols standard(Abbreviations abbreviations) {
        return new NumberSymbols(abbreviations, partyCodes());
    }

    /**
     * Reads {@code n}. The type is the one its code names, else {@code named} (the type word written
     * before the number), else a công văn when the symbol opens with an issuer code.
     */
    Reading read(CitedNumber n, Optional<DocumentType> named) {
        List<String> groups = n.groups();
        String first = groups.get(0);
        if (n.family() == CitedNumber.Family.PARTY) {
            return new Reading(Optional.ofNullable(partyCodes.get(first)).or(() -> named),
                    firstIssuer(groups.subList(1, groups.size())));
        }
        Optional<DocumentType> type = typeCode(first);
        if (type.isPresent()) {
            return new Reading(type, firstIssuer(groups.subList(1, groups.size())));
        }
        for (DocumentType t : codedTypesLongestFirst) {          // "3027/QĐUBND": the hyphen was lost
            String code = t.code().get();
            if (first.length() > code.length() && first.startsWith(code)) {
                Optional<Abbreviations.Entry> issuer = issuerCode(first.substring(code.length()));
                if (issuer.isPresent()) return new Reading(Optional.of(t), issuer);
            }
        }
        Optional<Abbreviations.Entry> leadingIssuer = issuerCode(first);
        if (named.isPresent() || leadingIssuer.isEmpty()) {
            return new Reading(named, firstIssuer(groups));    // GP-BNNMT: a code outside the scheme
        }
        // no type code: a công văn (12/UBND-VX), unless the number is normative (202/2025/QH15)
        return new Reading(n.year().isPresent() ? Optional.empty() : Optional.of(DocumentType.CONG_VAN), leadingIssuer);
    }

    private Optional<DocumentType> typeCode(String code) {
        Optional<DocumentType> exact = DocumentType.byCode(code);
        if (exact.isPresent()) return exact;
        String capitals = capitals(code);
        return codedTypesLongestFirst.stream().filter(t -> capitals(t.code().get()).equals(capitals)).findFirst();
    }

    private Optional<Abbreviations.Entry> firstIssuer(List<String> codes) {
        return codes.stream().map(this::issuerCode).flatMap(Optional::stream).findFirst();
    }

    /** A body's code: as printed, else in other capitals ("TTG"), else without a term suffix ("QH15"). */
    private Optional<Abbreviations.Entry> issuerCode(String code) {
        Optional<Abbreviations.Entry> e = abbreviations.lookup(code)
                .or(() -> Optional.ofNullable(abbreviationsByCapitals.get(capitals(code))));
        if (e.isEmpty() && code.matches("\\p{L}+\\d+")) {
            e = issuerCode(code.replaceFirst("\\d+$", ""));
        }
        return e.filter(x -> x.kind() != Abbreviations.Kind.TERM);
    }

    private static String capitals(String s) {
        return Fold.nfc(s).toUpperCase(Locale.ROOT);
    }

    private static Map<String, DocumentType> partyCodes() {
        Map<String, DocumentType> byLabel = new HashMap<>();
        for (DocumentType t : DocumentType.values()) byLabel.put(Fold.key(t.label()), t);
        Map<String, DocumentType> codes = new HashMap<>();
        for (DataFile.Row row : DataFile.rows(PARTY_CODES)) {
            DocumentType t = row.fields().size() < 2 ? null : byLabel.get(Fold.key(row.get(1)));
            if (t == null) {
                throw new IllegalStateException(PARTY_CODES + ":" + row.line() + ": expected a code and a document type");
            }
            codes.put(row.get(0), t);
        }
        return codes;
    }
}
