package org.lskg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;

/** Strings written once each and read back as written, null and long ones too. */
class DerivedFilesTest {

    private static final String DOC = "https://w3id.org/lskg/id/doc/uy-ban-nhan-dan-tinh-lang-son/2024/100-tb-ubnd";

    @Test
    void aStringRepeatedIsWrittenOnceAndReadBackEveryTime() throws IOException {
        String longText = "Quy hoạch tỉnh Lạng Sơn. ".repeat(4_000); // over DataOutputStream.writeUTF's 64 KB
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            DerivedFiles.StringTable table = new DerivedFiles.StringTable();
            for (int i = 0; i < 100; i++) {
                table.write(out, DOC);
            }
            table.write(out, null);
            table.write(out, longText);
            table.write(out, DOC);
        }
        // the IRI once, then a number for each repeat
        assertTrue(bytes.size() < DOC.length() + 110 * 4 + longText.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 16,
                "bytes: " + bytes.size());
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            DerivedFiles.StringTable table = new DerivedFiles.StringTable();
            for (int i = 0; i < 100; i++) {
                assertEquals(DOC, table.read(in));
            }
            assertNull(table.read(in));
            assertEquals(longText, table.read(in));
            assertEquals(DOC, table.read(in));
        }
    }

    @Test
    void aNumberNotYetReadIsAnError() {
        DerivedFiles.StringTable table = new DerivedFiles.StringTable();
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(new byte[] {0, 0, 0, 5}));
        assertThrows(IOException.class, () -> table.read(in));
    }
}
