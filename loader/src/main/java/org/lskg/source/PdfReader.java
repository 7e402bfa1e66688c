package org.lskg.source;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The text layer of a PDF, laid out by {@link PdfLayoutStripper} and cleaned of gazette artefacts by
 * {@link PdfArtefacts}. A PDF without a text layer (a scan) is refused: lskg does no OCR.
 */
final class PdfReader {

    /** Fewer letters than this per page is a scan, perhaps with a stamp or a page number as text. */
    private static final int MIN_LETTERS_PER_PAGE = 40;

    SourceText read(String fileName, byte[] bytes) throws SourceException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<List<String>> pages = new PdfLayoutStripper().pages(pdf);
            String text = PdfArtefacts.clean(pages);
            long letters = text.codePoints().filter(Character::isLetter).count();
            if (letters < (long) MIN_LETTERS_PER_PAGE * Math.max(1, pdf.getNumberOfPages())) {
                throw new SourceException("PDF has no text layer (scanned image?): OCR it first");
            }
            return new SourceText(fileName, SourceFormat.PDF, "PDF text layer", producer(pdf), text);
        } catch (InvalidPasswordException e) {
            throw new SourceException("PDF is encrypted with a password: cannot read it");
        } catch (IOException | RuntimeException e) {
            // PDFBox is lenient; what it cannot repair is not worth more than one line to the user
            throw new SourceException("not a readable PDF: " + oneLine(e));
        }
    }

    /** "Microsoft® Word 2019; modified using iTextSharp™ 5.5.13.3": the Producer, else the Creator. */
    private static Optional<String> producer(PDDocument pdf) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        if (info == null) return Optional.empty();
        for (String s : new String[] {info.getProducer(), info.getCreator()}) {
            if (s != null && !s.isBlank()) return Optional.of(s.strip());
        }
        return Optional.empty();
    }

    static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 160 ? m.substring(0, 157) + "..." : m;
    }
}
