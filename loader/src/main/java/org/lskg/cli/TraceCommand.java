package org.lskg.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lskg.store.LskgStore;
import org.lskg.trace.Selection;
import org.lskg.trace.Status;
import org.lskg.trace.TimelineFormat;
import org.lskg.trace.Trace;
import org.lskg.trace.Tracer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lskg trace}: each selected commitment's timeline — statement, follow-ups, status as of a date. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = {"Show how commitments were followed up in later documents and their status as of a date",
                "(fulfilled, in_progress, overdue, no_evidence). Criteria combine; none selects every commitment.",
                "Labels match as whole words; without diacritics they match any (\"dinh lap\" finds Đình Lập)."},
        footer = {"", "Examples:", "  lskg trace --entity \"Quy hoạch tỉnh\"",
                "  lskg trace --body \"Sở Nội vụ\" --status overdue --format markdown",
                "  lskg trace --answered-by 000_3758fa920d041f6d.txt",
                "  lskg trace --year 2021 --as-of 2023-12-31 --format html --out trace.html"})
final class TraceCommand extends BaseCommand {

    @Option(names = "--commitment", paramLabel = "IRI", description = "One commitment, by IRI.")
    String commitment;

    @Option(names = "--entity", paramLabel = "LABEL", description = "Commitments about or naming this entity.")
    String entity;

    @Option(names = "--document", paramLabel = "FILE|IRI", description = "Commitments stated in this document.")
    String document;

    @Option(names = "--answered-by", paramLabel = "FILE|IRI",
            description = "The reverse view: earlier commitments this document follows up.")
    String answeredBy;

    @Option(names = "--body", paramLabel = "LABEL", description = "Commitments assigned to this body.")
    String body;

    @Option(names = "--year", paramLabel = "YYYY", description = "Commitments stated in that year.")
    Integer year;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only this status: fulfilled, in_progress, overdue or no_evidence.")
    String status;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Assess status on this day (default: the latest document's date).")
    String asOf;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown, json or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of stdout.")
    Path out;

    @Mixin
    StoreOption store;

    @Override
    protected int run() {
        TimelineFormat timelineFormat = parseFormat();
        Selection selection = selection();
        Optional<LocalDate> date = Optional.ofNullable(asOf).map(TraceCommand::parseDate);
        Trace trace;
        try (LskgStore s = store.openExisting()) {
            trace = Tracer.create().trace(s, date);
        }
        List<Trace.Timeline> selected = trace.timelines().stream().filter(selection).toList();
        if (out == null) {
            timelineFormat.write(trace, selected, out());
        } else {
            try (PrintWriter w = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8))) {
                timelineFormat.write(trace, selected, w);
            } catch (IOException e) {
                throw new UserException(ExitCodes.BAD_INPUT, out + ": cannot write (" + e.getMessage() + ")");
            }
            out().printf("Wrote %d timeline%s to %s.%n", selected.size(), selected.size() == 1 ? "" : "s", out);
        }
        return ExitCodes.OK;
    }

    private Selection selection() {
        Selection.Builder b = Selection.builder();
        Optional.ofNullable(commitment).ifPresent(b::commitment);
        Optional.ofNullable(entity).ifPresent(b::entity);
        Optional.ofNullable(document).ifPresent(b::document);
        Optional.ofNullable(answeredBy).ifPresent(b::answeredBy);
        Optional.ofNullable(body).ifPresent(b::body);
        Optional.ofNullable(year).ifPresent(b::year);
        Optional.ofNullable(status).map(TraceCommand::parseStatus).ifPresent(b::status);
        return b.build();
    }

    private TimelineFormat parseFormat() {
        try {
            return TimelineFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, "unknown format '" + format + "' (text, markdown, json, html)");
        }
    }

    private static Status parseStatus(String token) {
        for (Status s : Status.values()) {
            if (s.token().equals(token)) {
                return s;
            }
        }
        throw new UserException(ExitCodes.USAGE, "unknown status '" + token
                + "' (fulfilled, in_progress, overdue, no_evidence)");
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserException(ExitCodes.USAGE, "--as-of must be a date like 2024-01-31, not '" + text + "'");
        }
    }
}
