package org.lskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A command that runs out of heap ends with one line and the internal-error exit code, not a stack trace. */
class BaseCommandTest {

    @Command(name = "export")
    static final class Exhausting extends BaseCommand {
        @Override
        protected int run() {
            throw new OutOfMemoryError("Java heap space");
        }
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
