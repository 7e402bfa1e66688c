package org.lskg.cli;

import org.lskg.document.ParsedDocument;
import org.lskg.document.Sentence;
import org.lskg.extract.Commitment;
import org.lskg.extract.EntityMention;
import org.lskg.extract.Fact;
import org.lskg.extract.LegalReference;
import org.lskg.extract.ReportedFigure;
import org.lskg.extract.Responsibility;
import org.lskg.extract.Target;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Prints each extracted fact under the sentence it came from, for a person to check. */
final class Explainer {

    private final PrintWriter out;

    Explainer(PrintWriter out) {
        this.out = out;
    }

    void explain(ParsedDocument doc, List<Fact> facts) {
        out.printf("%s — %s %s, %s, %s%n", doc.fileName(), doc.type().label(), doc.number().orElse("(no number)"),
                doc.issued().map(i -> i.iso() + " (" + i.source().name().toLowerCase() + ")").orElse("undated"),
                doc.issuer().map(i -> i.name()).orElse("issuer unknown"));
        Map<Integer, List<Fact>> bySentence = new TreeMap<>();
        for (Fact f : facts) bySentence.computeIfAbsent(f.sentence().index(), k -> new ArrayList<>()).add(f);
        for (Map.Entry<Integer, List<Fact>> e : bySentence.entrySet()) {
            Sentence s = doc.sentences().get(e.getKey());
            out.printf("%n[s%d %s%s] %s%n", s.index() + 1, s.part().name().toLowerCase(),
                    s.sectionId().map(id -> " §" + id).orElse(""), s.text());
            for (Fact f : e.getValue()) out.println("    -> " + describe(f));
        }
        out.flush();
    }

    static String describe(Fact f) {
        if (f instanceof EntityMention m) {
            String how = switch (m.resolution().method()) {
                case PATTERN -> "";
                case KNOWN -> " (known entity)";
                case KNOWN_TYPO -> " (known entity, typo of \"" + m.resolution().matched().orElse("") + "\")";
            };
            return m.category().token() + ": " + m.label() + (m.surface().equals(m.label()) ? "" : "  ← \"" + m.surface() + "\"") + how;
        }
        if (f instanceof Commitment c) {
            String who = c.responsible().stream().map(Explainer::responsibility).collect(Collectors.joining("; "));
            String when = c.deadline().map(d -> d.lastDay() + " (" + c.deadlineBasis().map(b -> b.name().toLowerCase())
                    .orElse("") + ": \"" + d.text() + "\")").orElse("none");
            String about = c.about().stream().map(EntityMention::label).collect(Collectors.joining("; "));
            return "commitment #" + c.clause() + ": \"" + abbreviate(c.text()) + "\"\n         responsible: "
                    + (who.isEmpty() ? "-" : who) + "\n         deadline: " + when + "\n         about: "
                    + (about.isEmpty() ? "-" : about);
        }
        if (f instanceof LegalReference r) {
            return "cites " + r.type().map(t -> t.label() + " ").orElse("") + r.number() + r.issued().map(d -> " of " + d).orElse("")
                    + r.issuer().map(i -> " by " + i).orElse("");
        }
        if (f instanceof Target t) {
            return "target: " + t.indicator() + " = " + t.quantity().valueText() + " " + t.quantity().unit().text()
                    + (t.year().isPresent() ? " (" + t.year().getAsInt() + ")" : "");
        }
        if (f instanceof ReportedFigure r) {
            return "figure: " + r.indicator() + " = " + r.quantity().valueText() + " " + r.quantity().unit().text()
                    + r.percentOfPlan().map(p -> ", " + p + "% of plan").orElse("")
                    + r.changeVsSamePeriod().map(p -> ", change " + p + "%").orElse("");
        }
        return f.toString();
    }

    private static String responsibility(Responsibility r) {
        return r.label() + " (" + r.role().name().toLowerCase() + (r.basis() == Responsibility.Basis.HEADING ? ", from heading" : "") + ")";
    }

    private static String abbreviate(String s) {
        return s.length() <= 110 ? s : s.substring(0, 107) + "...";
    }
}
