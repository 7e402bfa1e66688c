package org.lskg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the lskg command line in-process and captures what it prints. */
final class Cli {

    /** Exit code, standard output (picocli's and raw bytes together) and standard error. */
    record Run(int exitCode, String out, String err) {}

    private Cli() {}

    /** Commands write results to System.out as bytes, messages through picocli's writers: capture both. */
    static synchronized Run run(String... args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            var cl = Main.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            System.out.flush();
            return new Run(code, out + bytes.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(stdout);
        }
    }
}
