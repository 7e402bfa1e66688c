package org.lskg.cli;

import org.lskg.store.StoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * What every subcommand shares: its output streams and the translation of expected failures
 * ({@link UserException}, a store that cannot be opened, a heap too small for the work, a full disk under the
 * store's mapped files) into one line on stderr and an exit code.
 */
abstract class BaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (UserException e) {
            err().println("lskg " + spec.name() + ": " + e.getMessage());
            return e.exitCode();
        } catch (StoreException e) {
            err().println("lskg " + spec.name() + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (OutOfMemoryError e) {
            // The work's structures are garbage once the stack has unwound, so one line can still be written.
            err().println(outOfMemory(spec.name(), Runtime.getRuntime().maxMemory()));
            return ExitCodes.INTERNAL;
        } catch (InternalError e) {
            if (!isMappedFileFault(e)) {
                throw e;
            }
            err().println(mappedFileFault(spec.name()));
            return ExitCodes.INTERNAL;
        }
    }

    /**
     * Whether {@code e} is the JVM's report of a failed access to a memory-mapped file (SIGBUS): TDB2 maps the
     * store's files, and a write past the end of a full disk, or a read of a file cut short, ends so.
     */
    static boolean isMappedFileFault(InternalError e) {
        return e.getMessage() != null && e.getMessage().contains("fault occurred in a recent unsafe memory access");
    }

    /** The one line for a command whose store's mapped files failed: the likely cause and what was kept. */
    static String mappedFileFault(String command) {
        return "lskg " + command + ": reading or writing the store's files failed (is the disk full?); the store"
                + " keeps what was committed before. Free some space and run the command again.";
    }

    /** The one line for a command that ran out of heap: what happened, and the switch that gives it more. */
    static String outOfMemory(String command, long maxHeapBytes) {
        return "lskg " + command + ": ran out of memory (the Java heap is " + (maxHeapBytes >> 20)
                + " MB). Give Java a larger heap, e.g. java -Xmx4g -jar lskg.jar " + command + " ...";
    }

    /** The command's work; returns an exit code from {@link ExitCodes}. */
    protected abstract int run();

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
