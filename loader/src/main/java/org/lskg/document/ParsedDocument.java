package org.lskg.document;

import java.util.List;
import java.util.Optional;

/**
 * What the document layer reads from one source file: metadata from the header and signature blocks,
 * the section hierarchy, footnotes and every sentence with offsets into {@link #text()}.
 *
 * @param fileName   the source file's name, without folders
 * @param sha256     hex SHA-256 of the source bytes
 * @param encoding   the charset the bytes were decoded with, or for PDF and .docx the container ({@code SourceText})
 * @param text       the normalised text all offsets refer to
 * @param type       document type (NĐ 30/2020 Điều 7)
 * @param number     số/ký hiệu as printed without spaces ("320/TB-VPCP"); empty for drafts ("Số: /TB-UBND")
 * @param symbol     the ký hiệu alone ("TB-UBND"), present even when the number is blank
 * @param issued     issue date, with how it was obtained
 * @param place      địa danh of the date line ("Hà Nội")
 * @param issuer     the issuing body
 * @param title      trích yếu ("Kết luận của Thủ tướng Chính phủ ..."; for công văn the "V/v" text)
 * @param meeting    the meeting a conclusion notice reports on
 * @param signature  the signature block
 * @param addressees "Kính gửi" lines
 * @param recipients "Nơi nhận" lines
 */
public record ParsedDocument(
        String fileName, String sha256, String encoding, String text,
        DocumentType type, Optional<String> number, Optional<String> symbol, Optional<IssueDate> issued,
        Optional<String> place, Optional<Issuer> issuer, Optional<String> title, Optional<Meeting> meeting,
        Optional<Signature> signature, List<String> addressees, List<String> recipients,
        List<Section> sections, List<Sentence> sentences, List<Footnote> footnotes) {

    public ParsedDocument {
        addressees = List.copyOf(addressees);
        recipients = List.copyOf(recipients);
        sections = List.copyOf(sections);
        sentences = List.copyOf(sentences);
        footnotes = List.copyOf(footnotes);
    }

    /**
     * The province or city the document is about ("tỉnh Lạng Sơn"): the one in its issuer's name, else
     * the unit its text names like its place of issue, else the one its text names most often. Bodies
     * that exist at every level (Ủy ban nhân dân, Tỉnh ủy) and are named without a place belong to it.
     */
    public Optional<String> locality() {
        return Locality.of(this);
    }

    /** The sentence that contains {@code offset}, if any. */
    public Optional<Sentence> sentenceAt(int offset) {
        return sentences.stream().filter(s -> offset >= s.start() && offset < s.end()).findFirst();
    }
}
