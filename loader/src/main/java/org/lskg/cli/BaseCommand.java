package org.lskg.cli;

import org.lskg.store.StoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * What every subcommand shares: its output streams and the translation of expected failures
 * ({@link UserException}, a store that cannot be opened, a heap too small for the work) into one line on stderr
 * and an exit code.
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
        }
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
