package org.lskg.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.lskg.Pipeline;
import org.lskg.SourceFiles;
import org.lskg.source.SourceFormat;
import org.lskg.store.LoadOutcome;
import org.lskg.store.LskgStore;
import org.lskg.trace.TraceListener;
import org.lskg.trace.Tracer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code lskg build}: parse documents and load them into the store. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Parse documents and load them into the store, one named graph per document.",
                "Reloading a file replaces its graph; a file that cannot be read is reported and the others",
                "are still loaded. Folders are searched for *.txt, *.md, *.pdf, *.docx, *.html and *.htm files",
                "(README.md skipped); a PDF needs a text layer (scans are refused: OCR them first)."},
        footer = {"", "Example:", "  lskg build --input documents --store data/store"})
final class BuildCommand extends BaseCommand {

    @Option(names = {"-i", "--input"}, paramLabel = "DIR|FILE", arity = "1..*", required = true,
            description = "Folders or files to load.")
    List<Path> inputs;

    @Mixin
    StoreOption store;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems and the summary.")
    boolean quiet;

    @Option(names = "--trace", paramLabel = "MODE", defaultValue = "auto",
            description = {"How to bring the trace up to date: auto (default), incremental or full. auto traces",
                    "incrementally a store of at least 1,000 documents of which the build changes under a",
                    "quarter, the whole store otherwise. incremental searches the whole store only for what the",
                    "loaded documents touch (much faster; at the margins of the thresholds the links depend on",
                    "the order documents came in); full traces every commitment again."})
    String trace;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + Pipeline.DOCUMENTS_PER_TRANSACTION,
            description = {"The fewest documents per write transaction (default: ${DEFAULT-VALUE}). Transactions",
                    "grow with the build: each holds at least as many triples as the build committed before",
                    "it, so a large build commits a few times only (every commit rewrites pages of the",
                    "store). A document is reported loaded once its transaction is committed; a kill loses",
                    "the open transaction's documents (up to about half of what the build wrote), never",
                    "part of one; a rerun loads them again."})
    int batch;

    @Override
    protected int run() {
        List<Path> files;
        try {
            files = SourceFiles.collect(inputs);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage());
        }
        if (files.isEmpty()) {
            throw new UserException(ExitCodes.USAGE, "no " + SourceFormat.patterns() + " files in " + inputs);
        }
        Pipeline.Tracing tracing;
        try {
            tracing = Pipeline.Tracing.valueOf(trace.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, "--trace must be auto, incremental or full, not " + trace);
        }
        if (batch < 1) {
            throw new UserException(ExitCodes.USAGE, "--batch must be at least 1, not " + batch);
        }
        Pipeline.BuildReport report;
        try (LskgStore s = store.openOrCreate(); Progress progress = new Progress(files.size())) {
            report = Pipeline.create().withDocumentsPerTransaction(batch).build(s, files, progress,
                    tracing);
        }
        out().printf("Loaded %d of %d documents into %s%s%s.%n", report.loaded(), files.size(), store.store,
                report.rejected() == 0 ? "" : " (" + report.rejected() + " rejected)",
                report.failed() == 0 ? "" : " (" + report.failed() + " internal errors: please report them)");
        return report.failed() > 0 ? ExitCodes.INTERNAL : report.rejected() > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    /**
     * Reports each file: a progress bar on a terminal, which moves as files are written (a build commits rarely,
     * {@code --batch}), one line per file otherwise, printed once the file is committed.
     */
    private final class Progress implements Pipeline.BuildListener, AutoCloseable {
        private final ProgressBar bar;
        private boolean loadingClosed;
        /** The trace's bar, when there is a bar. */
        private final TraceBar traceBar = new TraceBar();
        /** Files the bar moved for when they were written: it does not move again if the store then fails them. */
        private final java.util.Set<Path> written = new java.util.HashSet<>();

        Progress(int files) {
            this.bar = System.console() != null && !quiet && files > 1 ? bar("Loading", files) : null;
        }

        /** A bar on standard error, which the build's lines share. */
        private static ProgressBar bar(String task, int max) {
            return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }

        @Override
        public void written(Path file) {
            if (bar != null && written.add(file)) {
                bar.step();
            }
        }

        @Override
        public void loaded(Path file, LoadOutcome outcome) {
            if (bar == null && !quiet) {
                out().printf("loaded   %s -> <%s> (%d triples)%n", file.getFileName(),
                        outcome.graphName().getURI(), outcome.triplesAdded());
            }
        }

        @Override
        public void rejected(Path file, String reason) {
            if (bar != null && !written.contains(file)) bar.step();
            PrintWriter err = err();
            err.printf("rejected %s: %s%n", file, reason);
            err.flush();
        }

        @Override
        public void warning(Path file, String message) {
            if (quiet) return;
            PrintWriter err = err();
            err.printf("warning  %s: %s%n", file, message);
            err.flush();
        }

        @Override
        public void failed(String what, Throwable error) {
            if (bar != null && !written.contains(Path.of(what))) bar.step();
            PrintWriter err = err();
            err.printf("failed   %s: internal error: %s%n", what, Failures.describe(error));
            if (Failures.debug()) error.printStackTrace(err);
            err.flush();
        }

        @Override
        public void compacted(long before, long after) {
            if (quiet) return;
            err().printf("compacted the store: %,d MB on disk, %,d MB before%n", after >> 20, before >> 20);
            err().flush();
        }

        @Override
        public TraceListener tracing() {
            if (bar != null) {
                return traceBar;
            }
            return quiet ? TraceListener.NONE : new TraceLines(err(), System::nanoTime, TraceLines.EVERY);
        }

        /** On a terminal, a second bar for the trace's search, made when the search begins. */
        private final class TraceBar implements TraceListener {
            private ProgressBar searching;

            @Override
            public void step(Step step) {
                if (searching != null) {
                    searching.setExtraMessage(step.label());
                }
            }

            @Override
            public void progress(int done, int total) {
                if (searching == null) {
                    closeLoading(); // one bar at a time on the terminal
                    searching = bar("Tracing", total);
                }
                searching.stepTo(done);
            }

            void close() {
                if (searching != null) {
                    searching.close();
                }
            }
        }

        @Override
        public void traced(Tracer.Retraced retraced, long millis) {
            if (quiet || bar != null) return;
            out().printf("traced   %,d commitments in %.1f s (%s)%n", retraced.commitments(), millis / 1000.0,
                    retraced.incremental() ? String.format("incremental: %,d searched in the whole store, the others "
                            + "among the loaded documents; %,d kept their follow-ups as found; %,d timelines written"
                            + " again", retraced.searched(), retraced.kept(), retraced.rewritten()) : "the whole store");
        }

        @Override
        public void close() {
            traceBar.close();
            closeLoading();
        }

        private void closeLoading() {
            if (bar != null && !loadingClosed) {
                loadingClosed = true;
                bar.close();
            }
        }
    }
}
