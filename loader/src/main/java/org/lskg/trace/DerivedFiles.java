package org.lskg.trace;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.lskg.text.Hashes;

/**
 * What the files of derived data the trace keeps beside the store ({@link GraphScanCache}, {@link KeptFollowUps})
 * share: the digest of the code that wrote them and strings of any length; each is put in place whole
 * ({@link org.lskg.store.AtomicFile}).
 */
final class DerivedFiles {
    private DerivedFiles() {}

    /** Writes a string of any length (or null), unlike {@link DataOutputStream#writeUTF}, which stops at 64 KB. */
    static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** A string {@link #writeString} wrote. */
    static String readString(DataInputStream in) throws IOException {
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
