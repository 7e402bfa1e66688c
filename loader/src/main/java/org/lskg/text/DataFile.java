package org.lskg.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * lskg's tab-separated data files (abbreviations, units, names, codes): one row per line, "#" comments and
 * blank lines skipped, every field NFC-normalised and stripped. A file that is missing or a row with too
 * few fields is a packaging error, reported with the file and line.
 */
public final class DataFile {
    private DataFile() {}

    /** One data line. */
    public record Row(String resource, int line, List<String> fields) {

        public String get(int i) {
            return fields.get(i);
        }

        /** This row, checked to have at least {@code n} fields. */
        public Row require(int n, String what) {
            if (fields.size() < n) {
                throw new IllegalStateException(resource + ":" + line + ": expected " + what);
            }
            return this;
        }
    }

    /** The rows of a classpath resource, e.g. {@code /org/lskg/data/units.tsv}. */
    public static List<Row> rows(String resource) {
        try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return rows(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> rows(String name, InputStream in) throws IOException {
        List<Row> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        for (int n = 1; (line = r.readLine()) != null; n++) {
            if (line.isBlank() || line.startsWith("#")) continue;
            List<String> fields = new ArrayList<>();
            for (String f : line.split("\t")) fields.add(Fold.nfc(f.strip()));
            out.add(new Row(name, n, List.copyOf(fields)));
        }
        return out;
    }
}
