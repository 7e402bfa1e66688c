package org.lskg.cli;

import org.lskg.store.StoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * What every subcommand shares: its output streams and the translation of expected failures
 * ({@link UserException}, a store that cannot be opened) into one line on stderr and an exit code.
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
        }
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
