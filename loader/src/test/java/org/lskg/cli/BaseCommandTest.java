package org.lskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A command that runs out of heap, or whose store's mapped files fail (a full disk), ends with one line and the
 * internal-error exit code, not a stack trace; any other internal error is not hidden.
 */
class BaseCommandTest {

    @Command(name = "export")
    static final class Exhausting extends BaseCommand {
        @Override
        protected int run() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Command(name = "build")
    static final class Failing extends BaseCommand {
        private final InternalError error;

        Failing(InternalError error) {
            this.error = error;
        }

        @Override
        protected int run() {
            throw error;
        }
    }

    @Test
    void aFullDiskUnderTheStoresMappedFilesIsOneLineThatSaysSo() {
        // what the JVM threw when TDB2 wrote a B+tree page of a build while the disk filled up
        InternalError fault = new InternalError(
                "a fault occurred in a recent unsafe memory access operation in compiled Java code");
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Failing(fault));
        cli.setErr(new PrintWriter(err, true));
        assertEquals(ExitCodes.INTERNAL, cli.execute());
        assertEquals("lskg build: reading or writing the store's files failed (is the disk full?); the store keeps"
                + " what was committed before. Free some space and run the command again." + System.lineSeparator(),
                err.toString());

        CommandLine other = new CommandLine(new Failing(new InternalError("something else")));
        other.setErr(new PrintWriter(new StringWriter(), true));
        other.setExecutionExceptionHandler((e, line, parsed) -> {
            throw e;
        });
        assertThrows(InternalError.class, other::execute, "another internal error is not taken for a full disk");
    }

    @Test
    void runningOutOfHeapIsOneLineThatNamesTheHeapAndTheSwitch() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Exhausting());
        cli.setErr(new PrintWriter(err, true));
        assertEquals(ExitCodes.INTERNAL, cli.execute());
        assertEquals(BaseCommand.outOfMemory("export", Runtime.getRuntime().maxMemory()) + System.lineSeparator(),
                err.toString());
        assertEquals("lskg export: ran out of memory (the Java heap is 256 MB). Give Java a larger heap,"
                + " e.g. java -Xmx4g -jar lskg.jar export ...",
                BaseCommand.outOfMemory("export", 256L << 20));
    }
}
