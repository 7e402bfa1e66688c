package org.lskg.extract;

import org.lskg.document.DocumentType;
import org.lskg.document.Sentence;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence cites a document by its số/ký hiệu ("Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính
 * phủ"). The details describe the cited document as the citing document gives them anywhere: a number
 * dated in one sentence and cited bare in another carries the date in both facts, so that one document
 * says one thing about each document it cites.
 *
 * @param sentence the citing sentence
 * @param number   the số/ký hiệu as printed, white space removed ("128/NQ-CP", "5973/UBND-KT")
 * @param type     the cited document's type, from its type code or the word before the number; empty
 *                 when neither names a type of the doctype scheme (a Giấy phép, a bare N/YYYY/QH15)
 * @param issued   its date, ISO 8601 ("2021-10-11", or "2024-01" when the day is blank)
 * @param issuer   the full name of its issuing body ("Chính phủ", "Ủy ban nhân dân tỉnh Lạng Sơn")
 * @param subject  what it is about, as the citation words it ("thành lập Trung tâm Xúc tiến ...")
 */
public record LegalReference(Sentence sentence, String number, Optional<DocumentType> type, Optional<String> issued,
                             Optional<String> issuer, Optional<String> subject) implements Fact {

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}(?:-\\d{2})?");
    private static final Pattern NUMBER = Pattern.compile("\\d+[/-]\\S+");
    private static final Pattern YEAR_SEGMENT = Pattern.compile("^\\d+/(\\d{4})/");

    public LegalReference {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        if (!NUMBER.matcher(Objects.requireNonNull(number, "number")).matches()) {
            throw new IllegalArgumentException("not a số/ký hiệu: \"" + number + "\"");
        }
        if (Objects.requireNonNull(issued, "issued").filter(d -> !ISO.matcher(d).matches()).isPresent()) {
            throw new IllegalArgumentException("not an ISO 8601 date: " + issued.get());
        }
    }

    /**
     * The year the cited document was issued, which with its issuer and number identifies it (numbers
     * restart every year): from its date, else from a normative number's year segment (08/2019/NQ-HĐND).
     */
    public Optional<String> year() {
        if (issued.isPresent()) return Optional.of(issued.get().substring(0, 4));
        Matcher m = YEAR_SEGMENT.matcher(number);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
