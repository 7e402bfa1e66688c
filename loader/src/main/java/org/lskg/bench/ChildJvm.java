package org.lskg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a main class in a child JVM on this JVM's class path (the same {@code lskg.jar}) with a heap limit,
 * and reads its peak heap from its GC log: the largest heap in use before a collection or at exit. A child
 * JVM measures a command as a user runs it, with a heap of its own.
 */
public final class ChildJvm {

    /** "23M->5M(256M)": heap in use before and after a collection, and the heap's size. */
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
    /** At exit: "garbage-first heap   total 262144K, used 123456K". */
    private static final Pattern EXIT_LINE = Pattern.compile("total (\\d+)K, used (\\d+)K");

    /** What a child run gave: exit code, wall time, peak heap (-1 if the log gave none), its stdout and stderr files. */
    public record Result(int exitCode, long nanos, long peakHeapBytes, Path stdout, Path stderr) {
        /** Whether the child ran out of heap, by its stderr. */
        public boolean outOfMemory() {
            try {
                return Files.readString(stderr, StandardCharsets.UTF_8).contains("OutOfMemoryError");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The last {@code n} lines of stderr, for a report of a failure. */
        public String stderrTail(int n) {
            try {
                List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private ChildJvm() {}

    /**
     * Runs {@code mainClass} with {@code args} under {@code -Xmx<heap>} and waits for it; its stdout, stderr and
     * GC log go to {@code name}.out, .err and .gc.log in {@code dir}.
     */
    public static Result run(Path dir, String name, String heap, String mainClass, List<String> args) {
        try {
            Files.createDirectories(dir);
            Path out = dir.resolve(name + ".out");
            Path err = dir.resolve(name + ".err");
            Path gc = dir.resolve(name + ".gc.log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx" + heap);
            command.add("-Xlog:gc,gc+heap+exit:file=" + gc);
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(mainClass);
            command.addAll(args);
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            int code = p.waitFor();
            long nanos = System.nanoTime() - start;
            return new Result(code, nanos, peakHeap(Files.readAllLines(gc, StandardCharsets.UTF_8)), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run a child JVM: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a child JVM", e);
        }
    }

    /** The largest heap in use that a GC log reports (before a collection, or at exit); -1 if none. */
    static long peakHeap(List<String> gcLog) {
        long peak = -1;
        for (String line : gcLog) {
            Matcher m = GC_LINE.matcher(line);
            if (m.find()) peak = Math.max(peak, bytes(m.group(1), m.group(2)));
            Matcher exit = EXIT_LINE.matcher(line);
            if (exit.find()) peak = Math.max(peak, Long.parseLong(exit.group(2)) * 1024);
        }
        return peak;
    }

    private static long bytes(String amount, String unit) {
        long n = Long.parseLong(amount);
        return switch (unit) {
            case "G" -> n << 30;
            case "M" -> n << 20;
            default -> n << 10;
        };
    }
}
