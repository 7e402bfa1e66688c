package org.lskg.testing;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** PDFs made in the tests with PDFBox, with a real text layer in an embedded font, as word processors write them. */
public final class TestPdfs {
    private TestPdfs() {}

    /** A run of text: x from the page's left edge and the baseline y from its top, in points. */
    public record Text(float x, float y, float size, String text) {
        public Text(float x, float y, String text) {
            this(x, y, 13, text);
        }
    }

    /** Fonts with Vietnamese letters that Debian installs (fonts-dejavu-core is on every lskg machine image). */
    private static final List<String> FONTS = List.of("DejaVuSans.ttf", "DejaVuSerif.ttf", "NotoSans-Regular.ttf",
            "LiberationSerif-Regular.ttf");

    /** A TrueType font of the machine that has the Vietnamese letters, if there is one. */
    public static Optional<Path> vietnameseFont() {
        for (String dir : List.of("/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", "C:/Windows/Fonts")) {
            Path d = Path.of(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> walk = Files.walk(d)) {
                List<Path> all = walk.filter(Files::isRegularFile).toList();
                for (String name : FONTS) {
                    Optional<Path> f = all.stream().filter(p -> p.getFileName().toString().equals(name)).findFirst();
                    if (f.isPresent()) return f;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    /** An A4 PDF, one page per list of texts, the font embedded (subset) as a Type 0 font. */
    public static byte[] pdf(Path font, List<List<Text>> pages) {
        try (PDDocument doc = new PDDocument()) {
            PDFont f = PDType0Font.load(doc, font.toFile());
            for (List<Text> texts : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float height = page.getMediaBox().getHeight();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Text t : texts) {
                        cs.beginText();
                        cs.setFont(f, t.size());
                        cs.newLineAtOffset(t.x(), height - t.y());
                        cs.showText(t.text());
                        cs.endText();
                    }
                }
            }
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scan: one page that is an image of grey text lines, without a text layer. */
    public static byte[] imageOnlyPdf() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage img = new BufferedImage(595, 842, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 595, 842);
            g.setColor(Color.DARK_GRAY);
            for (int y = 80; y < 760; y += 18) g.fillRect(70, y, 450, 6);
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, 595, 842);
            }
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
