package org.lskg.trace;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.lskg.text.Hashes;

/**
 * What the files of derived data the trace keeps beside the store ({@link GraphScanCache}, {@link KeptFollowUps})
 * share: the digest of the code that wrote them and strings of any length; each is put in place whole
 * ({@link org.lskg.store.AtomicFile}).
 */
final class DerivedFiles {
    private DerivedFiles() {}

    /** Writes a string of any length (or null), unlike {@link DataOutputStream#writeUTF}, which stops at 64 KB. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** A string {@link #writeString} wrote. */
    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException("a value of " + length + " bytes cut short at " + bytes.length);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Strings written as numbers in a table made as they come: a string's first use writes the next number and the
     * string, a later use the number alone; null is -1. A file of IRIs that repeat (a document's IRI on each of its
     * rows, a sentence on each of its follow-ups) is written and read a fraction of the size. One writer or one
     * reader per file.
     */
    static final class StringTable {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> strings = new ArrayList<>();

        /** Writes {@code s} (or null). */
        void write(DataOutputStream out, String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            Integer known = numbers.get(s);
            if (known != null) {
                out.writeInt(known);
            } else {
                out.writeInt(numbers.size());
                numbers.put(s, numbers.size());
                writeString(out, s);
            }
        }

        /** A string {@link #write} wrote (or null). */
        String read(DataInputStream in) throws IOException {
            return read(in, in.readInt());
        }

        /** The string of number {@code n}, read by the caller from {@code in} (null for -1). */
        String read(DataInputStream in, int n) throws IOException {
            if (n == -1) {
                return null;
            }
            if (n == strings.size()) {
                strings.add(readString(in));
            } else if (n < 0 || n > strings.size()) {
                throw new IOException("no string " + n + " among " + strings.size());
            }
            return strings.get(n);
        }
    }

    /** A digest of the class files of {@code classes}: a file written by other code is never read. */
    static String codeDigest(Class<?>... classes) {
        MessageDigest digest = Hashes.sha256();
        for (Class<?> c : classes) {
            try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                if (in == null) {
                    throw new IllegalStateException("no class file for " + c.getName());
                }
                digest.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
