package org.lskg.cli;

/** The exit codes of every lskg command (documented in {@code lskg --help}). */
public final class ExitCodes {
    private ExitCodes() {}

    /** Everything worked. */
    public static final int OK = 0;
    /** Bad input: some files were rejected (the rest were loaded), a query failed, the store does not validate. */
    public static final int BAD_INPUT = 1;
    /** Usage error: unknown option, missing argument, a path that does not exist. */
    public static final int USAGE = 2;
    /** Internal error: lskg itself failed (a bug), on a file or the trace graph; the other files were still loaded. */
    public static final int INTERNAL = 3;
}
