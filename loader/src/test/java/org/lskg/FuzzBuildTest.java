package org.lskg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.store.ExportFormat;
import org.lskg.store.LskgStore;
import org.lskg.store.ShaclValidator;
import org.lskg.testing.Corpus;

/**
 * Faults at scale (issue 8): a thousand bad, odd and mutated inputs built into one store with the seeds.
 * No input may make lskg fail (an internal error) or end the build; every file is either loaded or refused
 * with a one-line reason that the listener names it by; the seeds, built after the noise, come out exactly
 * as in a store that never saw it. The inputs are generated from a fixed random seed, so a failure repeats.
 */
class FuzzBuildTest {

    private static final int MUTANTS = 980;

    @TempDir Path dir;

    @Test
    void aThousandBadAndMutatedInputsNeitherFailNorDisturbTheGoodDocuments() throws IOException {
        List<Path> seeds;
        try (var s = Files.list(Corpus.documents())) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path p : seeds) texts.add(Files.readString(p, StandardCharsets.UTF_8));
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> files = new ArrayList<>(oddInputs(in, Files.readString(Corpus.seed("001"), StandardCharsets.UTF_8)));
        Random random = new Random(20251);
        for (int i = 0; i < MUTANTS; i++) {
            files.add(Files.write(in.resolve(String.format("mutant-%04d.txt", i)), mutant(random, texts.get(i % texts.size()))));
        }
        List<Path> good = new ArrayList<>();
        for (Path p : seeds) good.add(Files.copy(p, in.resolve("good-" + p.getFileName())));
        files.addAll(good); // last, so that a mutant that kept a seed's number does not replace the seed

        OutcomeRecorder record = new OutcomeRecorder();
        Pipeline pipeline = Pipeline.create();
        try (LskgStore noisy = LskgStore.open(dir.resolve("noisy"), ShaclValidator.fromClasspath());
             LskgStore clean = LskgStore.open(dir.resolve("clean"), ShaclValidator.fromClasspath())) {
            pipeline.build(noisy, files, record);
            pipeline.build(clean, good, new OutcomeRecorder());

            assertEquals(List.of(), record.failures, "no input makes lskg fail");
            assertEquals(files.size(), record.outcome.size(), "every file is loaded or refused");
            record.outcome.forEach((file, o) -> assertTrue(o.equals("loaded")
                    || o.startsWith("rejected: ") && o.length() > 12 && o.lines().count() == 1, file + " " + o));
            for (String graph : clean.graphNames()) {
                if (!graph.startsWith(org.lskg.rdf.Iris.GRAPH + "doc/")) continue;
                assertEquals(export(clean, graph), export(noisy, graph), "the seed graph " + graph);
            }
            assertTrue(record.outcome.values().stream().filter(o -> o.startsWith("rejected")).count() >= 8,
                    "the odd inputs are refused");
        }
    }

    /** Inputs that are not documents, or documents in a form lskg must refuse or read with care. */
    private static List<Path> oddInputs(Path in, String seed) throws IOException {
        String header = seed.substring(0, seed.indexOf("I. ĐÁNH GIÁ CHUNG"));
        byte[] random = new byte[50_000];
        new Random(7).nextBytes(random);
        byte[] nulls = seed.replace("tỉnh", "t\0nh").getBytes(StandardCharsets.UTF_8);
        byte[] invalid = seed.getBytes(StandardCharsets.UTF_8);
        for (int i = 1000; i < invalid.length; i += 997) invalid[i] = (byte) 0xC3;
        List<Path> out = new ArrayList<>();
        out.add(Files.write(in.resolve("odd-empty.txt"), new byte[0]));
        out.add(Files.write(in.resolve("odd-binary.txt"), random));
        out.add(Files.write(in.resolve("odd-binary.pdf"), random));
        out.add(Files.write(in.resolve("odd-binary.docx"), random));
        out.add(Files.write(in.resolve("odd-utf16.txt"), seed.getBytes(StandardCharsets.UTF_16)));
        out.add(Files.write(in.resolve("odd-utf16le.txt"), seed.getBytes(StandardCharsets.UTF_16LE)));
        out.add(Files.write(in.resolve("odd-cp1258.txt"), seed.getBytes(Charset.forName("windows-1258"))));
        out.add(Files.write(in.resolve("odd-invalid-utf8.txt"), invalid));
        out.add(Files.write(in.resolve("odd-nul.txt"), nulls));
        out.add(Files.writeString(in.resolve("odd-30mb.txt"), header + "Nội dung. ".repeat(3_000_000)));
        out.add(Files.writeString(in.resolve("odd-2mb-line.txt"), header + "I. NHIỆM VỤ\n\n"
                + "Bộ Giao thông vận tải chủ trì, phối hợp với tỉnh Lạng Sơn hoàn thiện hồ sơ dự án; ".repeat(24_000)));
        out.add(Files.writeString(in.resolve("odd-deep.txt"), header + "I. NHIỆM VỤ\n\n" + "1.".repeat(5_000) + " Nội dung\n"));
        out.add(Files.writeString(in.resolve("odd-header-only.txt"), header));
        return out;
    }

    /** A window of a seed behind its header, damaged one to three times. */
    private static byte[] mutant(Random random, String seed) {
        int bodyStart = Math.max(0, seed.indexOf("\n\n", Math.min(seed.length() - 1, 600)));
        StringBuilder text = new StringBuilder(seed.substring(0, bodyStart));
        int from = bodyStart + random.nextInt(Math.max(1, seed.length() - bodyStart - 3000));
        text.append(seed, from, Math.min(seed.length(), from + 1000 + random.nextInt(3000)));
        for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(7)) {
                case 0 -> text.delete(at, Math.min(text.length(), at + random.nextInt(400)));
                case 1 -> text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(300))));
                case 2 -> text.insert(at, "\n| " + "x | ".repeat(random.nextInt(40)) + "\n");
                case 3 -> text.insert(at, "\n" + (1 + random.nextInt(9)) + ". " + "a) ".repeat(random.nextInt(30)));
                case 4 -> text.insert(at, (char) random.nextInt(0x3000));
                case 5 -> text.setLength(at);
                default -> text.insert(at, "**" + "*".repeat(random.nextInt(5)) + "#\t");
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(10) == 0 && bytes.length > 10) {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1 - random.nextInt(3)); // cut inside a character
        }
        return bytes;
    }

    private static String export(LskgStore store, String graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(ExportFormat.NQUADS, Optional.of(graph), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
