package org.lskg.store;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The external sort gives what an in-memory {@code LC_ALL=C sort} gives, whether or not it spills. */
class SortedLinesTest {

    private static List<byte[]> lines(int n, long seed) {
        Random r = new Random(seed);
        List<byte[]> out = new ArrayList<>();
        String[] parts = {"<https://w3id.org/lskg/id/", "\"Ủy ban nhân dân tỉnh Hà Tĩnh\"@vi", "\"Đ\"", "_:b", "<z>"};
        for (int i = 0; i < n; i++) {
            out.add((parts[r.nextInt(parts.length)] + r.nextInt(1000) + " ." ).getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static byte[] expected(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lines.stream().sorted(SortedLines.BYTE_ORDER).forEach(l -> {
            out.writeBytes(l);
            out.write('\n');
        });
        return out.toByteArray();
    }

    private static byte[] sorted(List<byte[]> lines, long budget, int[] runs) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SortedLines sorter = new SortedLines(budget)) {
            lines.forEach(sorter::add);
            runs[0] = sorter.runs();
            sorter.writeTo(out);
        }
        return out.toByteArray();
    }

    @Test
    void inMemoryAndSpilledSortsGiveTheBytesOfAPlainSort() throws Exception {
        List<byte[]> lines = lines(20_000, 7);
        int[] runs = new int[1];
        assertArrayEquals(expected(lines), sorted(lines, 64L << 20, runs));
        assertEquals(0, runs[0]);
        assertArrayEquals(expected(lines), sorted(lines, 16_384, runs));
        assertTrue(runs[0] > 10, "a small budget spills runs: " + runs[0]);
    }

    @Test
    void nonAsciiLettersSortByTheirUtf8BytesAfterAscii() throws Exception {
        List<byte[]> lines = List.of("Đ".getBytes(StandardCharsets.UTF_8), "Z".getBytes(StandardCharsets.UTF_8),
                "a".getBytes(StandardCharsets.UTF_8));
        assertEquals("Z\na\nĐ\n", new String(sorted(lines, 1, new int[1]), StandardCharsets.UTF_8));
    }
}
