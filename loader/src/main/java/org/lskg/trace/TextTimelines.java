package org.lskg.trace;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** Plain text and Markdown timelines, one block per commitment. */
final class TextTimelines {
    private TextTimelines() {}

    static void write(Trace trace, List<Trace.Timeline> timelines, PrintWriter out, boolean markdown) {
        String asOf = trace.asOf().map(Object::toString).orElse("-");
        out.println(markdown ? "# Commitment trace as of " + asOf : "Commitment trace as of " + asOf);
        out.println(markdown ? "" : "");
        for (Trace.Timeline t : timelines) {
            Assessment a = t.assessment();
            if (markdown) {
                out.println("## " + a.status().token() + ": " + shorten(t.commitment().text(), 120));
                out.println();
                out.println("`" + t.commitment().iri() + "`");
                out.println();
                out.println("| date | document | statement | signals |");
                out.println("|---|---|---|---|");
                out.println(row(t.document().issued().toString(), t.document().source(),
                        "**stated:** " + t.commitment().text() + deadline(a), "origin"));
                for (FollowUp f : t.followUps()) {
                    out.println(row(f.date().toString(), f.source(), f.text(), signals(f)));
                }
                out.println();
                out.println("**Status** " + a.status().token() + " — " + a.reason());
            } else {
                out.println("[" + a.status().token() + "] " + shorten(t.commitment().text(), 120));
                out.println("  " + t.commitment().iri());
                out.printf("  %-10s  %-26s  stated     %s%s%n", t.document().issued(), t.document().source(),
                        shorten(t.commitment().text(), 140), deadline(a));
                for (FollowUp f : t.followUps()) {
                    out.printf("  %-10s  %-26s  follow-up  %s  [%s]%n", f.date(), f.source(), shorten(f.text(), 140),
                            signals(f));
                }
                out.println("  status: " + a.status().token() + " — " + a.reason());
            }
            out.println();
        }
        out.println(timelines.size() + " commitment" + (timelines.size() == 1 ? "" : "s") + ".");
    }

    static String deadline(Assessment a) {
        return a.deadline().map(d -> " (deadline " + d.date() + (d.borrowedFrom().isPresent() ? ", from the next sentence" : "")
                + (d.movedBy().isPresent() ? ", moved by a later document" : "")
                + ")").orElse("");
    }

    static String signals(FollowUp f) {
        return f.signals().stream().map(Signal::label).collect(Collectors.joining(", ")) + "; "
                + f.confidence().toPlainString() + "; suggests " + f.suggests().token();
    }

    private static String row(String... cells) {
        return "| " + java.util.Arrays.stream(cells).map(c -> c.replace("|", "\\|").replace("\n", " "))
                .collect(Collectors.joining(" | ")) + " |";
    }

    static String shorten(String s, int max) {
        String one = s.replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
