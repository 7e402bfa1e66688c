package org.lskg.cli;

import org.lskg.store.LskgStore;
import org.lskg.store.ValidationSummary;
import org.lskg.store.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.Map;

/** {@code lskg validate}: check every graph of the store against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check every document graph in the store against ontology/shapes.ttl and list the",
                "violations. Exit code 0 when the store conforms, 1 when it does not."},
        footer = {"", "Example:", "  lskg validate --store data/store"})
final class ValidateCommand extends BaseCommand {

    @Mixin
    StoreOption store;

    @Override
    protected int run() {
        ValidationSummary summary;
        try (LskgStore s = store.openExisting()) {
            summary = s.validate();
        }
        for (Map.Entry<String, List<Violation>> e : summary.graphsWithResults().entrySet()) {
            out().println("<" + e.getKey() + ">");
            for (Violation v : e.getValue()) out().println("  " + v);
        }
        out().printf("%d graphs checked, %d violations.%n", summary.graphsChecked(), summary.violationCount());
        return summary.conforms() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
