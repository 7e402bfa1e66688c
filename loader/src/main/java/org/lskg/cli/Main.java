package org.lskg.cli;

import org.lskg.server.StreamManagerGuard;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of {@code lskg.jar}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int execute(String... args) {
        StreamManagerGuard.restrictToHttp();
        CommandLine cl = commandLine();
        try {
            return cl.execute(args);
        } catch (StackOverflowError e) {
            // picocli hands only exceptions to the handler; a pattern that recursed on a huge input is an Error
            cl.getErr().println("lskg: internal error: " + Failures.describe(e));
            return ExitCodes.INTERNAL;
        }
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new LskgCommand());
        HelpText.reflow(cl);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("lskg: internal error: " + Failures.describe(e));
            if (Failures.debug()) e.printStackTrace(cmd.getErr());
            return ExitCodes.INTERNAL;
        });
        return cl;
    }
}
