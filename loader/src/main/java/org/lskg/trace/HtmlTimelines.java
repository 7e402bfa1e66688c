package org.lskg.trace;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A self-contained HTML page: per commitment a timeline drawn in inline SVG (the statement in blue, follow-ups in
 * orange, or green when they report completion, the deadline as a red line, the "as of" date dashed) and the
 * sentences below it. No script, no external resource.
 */
final class HtmlTimelines {
    private static final int WIDTH = 760;
    private static final int LEFT = 30;
    private static final int RIGHT = 30;

    private HtmlTimelines() {}

    static void write(Trace trace, List<Trace.Timeline> timelines, PrintWriter out) {
        String asOf = trace.asOf().map(Object::toString).orElse("-");
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>lskg trace as of " + asOf + "</title>");
        out.println("<style>body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:820px;color:#222}"
                + "section{border-top:1px solid #ccc;padding:.8em 0}h2{font-size:15px;margin:.2em 0}"
                + ".status{display:inline-block;padding:0 .5em;border-radius:3px;color:#fff;font-size:12px}"
                + ".fulfilled{background:#2e7d32}.in_progress{background:#ef6c00}.overdue{background:#c62828}"
                + ".no_evidence{background:#757575}ol{padding-left:1.2em}li{margin:.3em 0}"
                + ".meta{color:#666;font-size:12px}svg text{font-size:10px;fill:#555}</style></head><body>");
        out.println("<h1>Commitment trace as of " + esc(asOf) + "</h1>");
        for (Trace.Timeline t : timelines) {
            Assessment a = t.assessment();
            out.println("<section>");
            out.println("<h2><span class=\"status " + a.status().token() + "\">" + a.status().token() + "</span> "
                    + esc(TextTimelines.shorten(t.commitment().text(), 160)) + "</h2>");
            out.println(svg(t, a));
            out.println("<ol>");
            out.println("<li><b>" + esc(t.document().issued().toString()) + "</b> " + esc(t.document().source())
                    + " — stated: " + esc(t.commitment().text()) + esc(TextTimelines.deadline(a)) + "</li>");
            for (FollowUp f : t.followUps()) {
                out.println("<li><b>" + esc(f.date().toString()) + "</b> " + esc(f.source()) + " — " + esc(f.text())
                        + "<div class=\"meta\">" + esc(TextTimelines.signals(f)) + "; " + esc(f.why()) + "</div></li>");
            }
            out.println("</ol>");
            out.println("<p class=\"meta\">" + esc(a.reason()) + "<br>" + esc(t.commitment().iri()) + "</p>");
            out.println("</section>");
        }
        out.println("</body></html>");
    }

    private static String svg(Trace.Timeline t, Assessment a) {
        List<LocalDate> days = new ArrayList<>();
        days.add(t.document().issued().first());
        t.followUps().forEach(f -> days.add(f.date().first()));
        a.deadline().ifPresent(d -> days.add(d.date()));
        days.add(a.asOf());
        LocalDate from = days.stream().min(LocalDate::compareTo).orElseThrow().minusDays(15);
        LocalDate to = days.stream().max(LocalDate::compareTo).orElseThrow().plusDays(15);
        double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH
                + "\" height=\"64\" role=\"img\"><line x1=\"" + LEFT + "\" y1=\"30\" x2=\"" + (WIDTH - RIGHT)
                + "\" y2=\"30\" stroke=\"#999\"/>");
        a.deadline().ifPresent(d -> s.append(String.format(Locale.ROOT,
                "<line x1=\"%1$.1f\" y1=\"12\" x2=\"%1$.1f\" y2=\"48\" stroke=\"#c62828\" stroke-width=\"2\"><title>deadline %2$s</title></line>"
                        + "<text x=\"%1$.1f\" y=\"10\" text-anchor=\"middle\">deadline</text>",
                x(d.date(), from, span), d.date())));
        s.append(String.format(Locale.ROOT, "<line x1=\"%1$.1f\" y1=\"12\" x2=\"%1$.1f\" y2=\"48\" stroke=\"#555\""
                + " stroke-dasharray=\"3,3\"><title>as of %2$s</title></line>", x(a.asOf(), from, span), a.asOf()));
        s.append(point(x(t.document().issued().first(), from, span), "#1565c0", t.document().issued().toString(),
                "stated in " + t.document().source()));
        for (FollowUp f : t.followUps()) {
            s.append(point(x(f.date().first(), from, span), f.suggests() == Status.FULFILLED ? "#2e7d32" : "#ef6c00",
                    f.date().toString(), f.source() + ": " + TextTimelines.shorten(f.text(), 200)));
        }
        return s.append("</svg>").toString();
    }

    private static String point(double x, String colour, String label, String title) {
        return String.format(Locale.ROOT, "<circle cx=\"%1$.1f\" cy=\"30\" r=\"6\" fill=\"%2$s\"><title>%3$s</title></circle>"
                + "<text x=\"%1$.1f\" y=\"56\" text-anchor=\"middle\">%4$s</text>", x, colour, esc(title), esc(label));
    }

    private static double x(LocalDate d, LocalDate from, double span) {
        return LEFT + (WIDTH - LEFT - RIGHT) * ChronoUnit.DAYS.between(from, d) / span;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
