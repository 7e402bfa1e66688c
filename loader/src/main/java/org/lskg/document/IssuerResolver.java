package org.lskg.document;

import org.lskg.text.Abbreviations;
import org.lskg.text.Casing;
import org.lskg.text.Fold;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the issuing body. In order: the header's issuer block; the enacting body under a resolution's
 * title; the issuer code of the ký hiệu ("TB-VPCP" → Văn phòng Chính phủ; "TB-UBND" → Ủy ban nhân dân
 * of the document's province); the "TM." line of the signature. Bodies that exist at every level are
 * qualified by the locality the document is about.
 */
final class IssuerResolver {

    private static final Pattern UNIT_NAME = Pattern.compile(
            "(?u)\\b(tỉnh|thành phố|huyện|quận|thị xã)\\s+(\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*){0,3})");
    private static final Pattern HAS_UNIT = Pattern.compile("(?u)\\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\\s+\\p{Lu}");

    private static final Pattern TERM_NUMBER = Pattern.compile("(?<=\\p{Lu})\\d{1,2}$");
    /**
     * Bodies of local government, named without their place in a signature ("TM. ỦY BAN NHÂN DÂN"): they
     * take the document's locality; a national body ("TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI") does not.
     */
    private static final Pattern LOCAL_BODY = Pattern.compile(
            "(?iu)^(?:chủ tịch\\s+)?(?:ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân|sở|tỉnh ủy|tỉnh uỷ|"
                    + "thành ủy|thành uỷ|ban quản lý|văn phòng (?:ủy ban|uỷ ban|hội đồng|đoàn))\\b");

    private final Abbreviations abbreviations;
    /** Folded name → the spelling of the abbreviation table ("Ủy ban Thường vụ Quốc hội", "Bộ Công Thương"). */
    private final Map<String, String> canonicalNames;

    IssuerResolver(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
        Map<String, String> names = new HashMap<>();
        for (Abbreviations.Entry e : abbreviations.entries().values()) {
            if (e.kind() == Abbreviations.Kind.BODY || e.kind() == Abbreviations.Kind.CODE) {
                names.putIfAbsent(Fold.key(e.expansion()), e.expansion());
            }
        }
        this.canonicalNames = Map.copyOf(names);
    }

    /** An issuer name as the abbreviation table spells it, when it is one of its bodies. */
    private String canonical(String name) {
        String key = Fold.key(name);
        return canonicalNames.getOrDefault(key, name);
    }

    Optional<Issuer> resolve(Header header, Optional<Signature> signature, String text) {
        return resolveName(header, signature, text)
                .map(i -> new Issuer(canonical(i.name()), i.parent().map(this::canonical), i.source()));
    }

    private Optional<Issuer> resolveName(Header header, Optional<Signature> signature, String text) {
        List<String> block = header.issuerLines();
        if (!block.isEmpty()) {
            String own = block.get(block.size() - 1);
            Optional<String> parent = block.size() > 1 ? Optional.of(block.get(block.size() - 2)) : Optional.empty();
            if (!HAS_UNIT.matcher(own).find() && parent.isPresent()) {
                Matcher m = UNIT_NAME.matcher(parent.get());
                if (m.find()) own = own + " " + m.group();
            }
            return Optional.of(new Issuer(own, parent, Issuer.Source.HEADER));
        }
        if (header.enactingBody().isPresent()) {
            return Optional.of(new Issuer(header.enactingBody().get(), Optional.empty(), Issuer.Source.TITLE_BLOCK));
        }
        Optional<String> locality = Locality.of(text, header.place());
        if (header.symbol().isPresent()) {
            Optional<String> fromCode = fromSymbol(header.symbol().get(), locality);
            if (fromCode.isPresent()) {
                return Optional.of(new Issuer(fromCode.get(), Optional.empty(), Issuer.Source.NUMBER_CODE));
            }
        }
        return signature.flatMap(s -> s.authorities().stream()
                        .filter(a -> a.prefix() == Signature.Prefix.TM).findFirst())
                .map(a -> Casing.bodyName(a.on()))
                .map(name -> LOCAL_BODY.matcher(name).find() ? qualify(name, locality) : name)
                .map(name -> new Issuer(name, Optional.empty(), Issuer.Source.SIGNATURE));
    }

    /**
     * "TB-VPCP" → Văn phòng Chính phủ; the type code and a year are skipped, and so is the term number
     * that National Assembly codes carry ("NQ-UBTVQH15" → UBTVQH).
     */
    private Optional<String> fromSymbol(String symbol, Optional<String> locality) {
        for (String token : symbol.split("[-/]")) {
            if (token.matches("\\d{4}") || DocumentType.byCode(token).isPresent()) continue;
            if (abbreviations.lookup(token).isEmpty()) token = TERM_NUMBER.matcher(token).replaceFirst("");
            return abbreviations.lookup(token)
                    .filter(e -> e.kind() != Abbreviations.Kind.TERM)
                    .map(e -> e.kind() == Abbreviations.Kind.LOCAL ? qualify(e.expansion(), locality) : e.expansion());
        }
        return Optional.empty();
    }

    private static String qualify(String body, Optional<String> locality) {
        if (HAS_UNIT.matcher(body).find()) return body;
        return locality.map(l -> body + " " + l).orElse(body);
    }
}
