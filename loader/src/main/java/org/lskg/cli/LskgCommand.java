package org.lskg.cli;

import picocli.CommandLine.Command;

/** The top-level {@code lskg} command: only a list of subcommands and the shared help. */
@Command(name = "lskg", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"lskg: a knowledge graph of Vietnamese government commitments.",
                "Reads government documents (text or markdown, also text pasted from PDF), stores them as RDF",
                "in a TDB2 store (one named graph per document) and serves it over SPARQL."},
        subcommands = {BuildCommand.class, QueryCommand.class, ExportCommand.class, ValidateCommand.class,
                ServeCommand.class, ExtractCommand.class, TraceCommand.class, BenchCommand.class},
        footer = {"", "Exit codes:",
                "  0  ok",
                "  1  bad input: some files rejected (the rest loaded), a failed query, a store that does not validate",
                "  2  usage error: unknown option, missing argument, a path that does not exist",
                "  3  internal error: lskg failed on a file (a bug; the line names the file and where in lskg);",
                "     the other files were still loaded",
                "", "Start with:  lskg build --input documents && lskg serve"})
final class LskgCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
