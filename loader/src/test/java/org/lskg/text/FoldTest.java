package org.lskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lskg.testing.Corpus;

/** {@link Fold#ascii}'s fast path gives what ICU's Latin-ASCII transliteration gives, on real text. */
class FoldTest {

    private static final Transliterator ICU = Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; Latin-ASCII; NFC");

    private static String reference(String s) {
        String t = ICU.transliterate(Fold.nfc(s)).toLowerCase(Locale.ROOT);
        return t.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    @Test
    void everyLineOfTheSeedsFoldsAsIcuFoldsIt() throws IOException {
        int lines = 0;
        try (Stream<Path> files = Files.list(Corpus.documents())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    assertEquals(reference(line), Fold.ascii(line), line);
                    lines++;
                }
            }
        }
        assertEquals(true, lines > 300, lines + " lines");
    }

    /** {@link Fold#modernTones} without its guard: the pattern run on every text. */
    private static String unguardedTones(String s) {
        return java.util.regex.Pattern.compile("(?i)(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?![\\p{L}])").matcher(s)
                .replaceAll(m -> Tones.moveToFirst(m.group(1)));
    }

    /** The guard skips only text the pattern cannot change: the seeds' lines, their lower case, and the old styles. */
    @Test
    void oldTonesMoveWhereThePatternMovesThem() throws IOException {
        assertEquals("Hòa Thủy Khỏe", Fold.modernTones("Hoà Thuỷ Khoẻ"));
        assertEquals("HOÀ THUỶ", Fold.modernTones("HOÀ THUỶ"), "the pattern folds ASCII letters only");
        assertEquals("hÒa", Fold.modernTones("hOà"), "an ASCII letter matches in either case");
        int lines = 0;
        try (Stream<Path> files = Files.list(Corpus.documents())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    for (String form : new String[] {line, line.toLowerCase(Locale.ROOT), line.replace("óa", "oá").replace("ủy", "uỷ")}) {
                        assertEquals(unguardedTones(form), Fold.modernTones(form), form);
                    }
                    lines++;
                }
            }
        }
        assertEquals(true, lines > 300, lines + " lines");
    }

    @Test
    void textBeyondVietnameseGoesThroughIcu() {
        assertEquals("quy hoach tinh lang son", Fold.ascii("Quy hoạch tỉnh Lạng Sơn"));
        assertEquals("duong dien bien phu", Fold.ascii("Đường Điện Biên Phủ"));
        assertEquals("strasse aeroport", Fold.ascii("Straße Æroport"));
        assertEquals("hoa thuy", Fold.ascii("Hoà Thuỷ"));
        assertEquals(reference("“Cao tốc” – Bắc Nam"), Fold.ascii("“Cao tốc” – Bắc Nam"));
    }

    /** The typographic punctuation the fast path reads as a space folds as ICU folds it, whatever surrounds it. */
    @Test
    void typographicPunctuationFoldsAsIcuFoldsIt() {
        for (char c : "\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u00ab\u00bb\u00a0".toCharArray()) {
            for (String around : new String[] {"Tết%strồng", "2021%s2030", "%sĐường", "Sơn%s", "A%sB", "ạ%s\u0301b"}) {
                String s = around.formatted(c);
                assertEquals(reference(s), Fold.ascii(s), s);
            }
        }
        assertEquals("tet trong cay nam 2024", Fold.ascii("“Tết trồng cây” – năm 2024…"));
    }

    /** Footnote markers (superscript digits), kept by the fast path, fold as ICU folds them, whatever surrounds them. */
    @Test
    void footnoteMarkersFoldAsIcuFoldsThem() {
        for (char c : "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079".toCharArray()) {
            for (String around : new String[] {"168ha%s. Tình", "kỳ%s; công", "%sĐường", "Sơn%s", "A%sB", "ạ%s\u0301b",
                    "0,55%%%s.", "x%s%s", "Æ%s"}) {
                String s = around.formatted(c, c);
                assertEquals(reference(s), Fold.ascii(s), s);
            }
        }
        assertEquals("vu dong uoc dat 168ha¹ tinh hinh", Fold.ascii("vụ Đông ước đạt 168ha¹. Tình hình"));
    }

    /**
     * The one-pass fold parts words where ICU's fold and the pattern after it do: at either end, in runs of
     * punctuation and spaces, around marks that follow a space, in capitals, and with nothing to keep at all.
     */
    @Test
    void wordsArePartedAsIcuPartsThem() {
        for (String s : new String[] {"", " ", ";;", " \t\n", "a", "  Lạng  Sơn  ", "...Quyết định số 15/QĐ-UBND;",
                "Sơn;\u0301Lạng", "a \u0301b", "\u0301a", "a\u0301", "ĐỀ ÁN 06", "x-y_z", "k\u0000m", "3.200,5 tỷ",
                "Hoà\u0340 Thuỷ\u0341", "«Tết»", "ư ơ ă â ê ô đ Ư Ơ Ă Â Ê Ô Đ"}) {
            assertEquals(reference(s), Fold.ascii(s), s);
        }
    }
}
