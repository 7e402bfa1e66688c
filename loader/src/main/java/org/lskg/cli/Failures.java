package org.lskg.cli;

/**
 * How the command line reports lskg's own failures: one line that names the exception and the place in
 * lskg's code that threw it, enough for a bug report; the stack trace only when {@code LSKG_DEBUG} is set.
 */
final class Failures {
    private Failures() {}

    /** "IndexOutOfBoundsException: Index 0 out of bounds for length 0 (at IndicatorReader.java:104)". */
    static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder(t.getClass().getSimpleName());
        if (t.getMessage() != null) sb.append(": ").append(t.getMessage().lines().findFirst().orElse(""));
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("org.lskg.")) {
                sb.append(" (at ").append(e.getFileName()).append(':').append(e.getLineNumber()).append(')');
                break;
            }
        }
        return sb.toString();
    }

    /** Whether the user asked for stack traces ({@code LSKG_DEBUG=1}). */
    static boolean debug() {
        String v = System.getenv("LSKG_DEBUG");
        return v != null && !v.isBlank() && !v.equals("0");
    }
}
