package org.lskg.trace;

import java.io.PrintWriter;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/** Timelines as one JSON object: {@code asOf}, {@code timelines} (statement, follow-ups, status). */
final class JsonTimelines {
    private JsonTimelines() {}

    static void write(Trace trace, List<Trace.Timeline> timelines, PrintWriter out) {
        JsonObject root = new JsonObject();
        trace.asOf().ifPresent(d -> root.put("asOf", d.toString()));
        JsonArray list = new JsonArray();
        for (Trace.Timeline t : timelines) {
            JsonObject o = new JsonObject();
            o.put("commitment", t.commitment().iri());
            o.put("source", t.document().source());
            o.put("issued", t.document().issued().toString());
            o.put("text", t.commitment().text());
            Assessment a = t.assessment();
            a.deadline().ifPresent(d -> o.put("deadline", d.date().toString()));
            JsonArray about = new JsonArray();
            t.topic().forEach(e -> about.add(e.label()));
            o.put("about", about);
            JsonArray followUps = new JsonArray();
            for (FollowUp f : t.followUps()) {
                JsonObject j = new JsonObject();
                j.put("date", f.date().toString());
                j.put("source", f.source());
                j.put("sentence", f.evidence());
                j.put("text", f.text());
                JsonArray signals = new JsonArray();
                f.signals().forEach(s -> signals.add(s.label()));
                j.put("signals", signals);
                j.put("confidence", JsonNumber.valueDecimal(f.confidence().toPlainString()));
                j.put("suggests", f.suggests().token());
                j.put("why", f.why());
                followUps.add(j);
            }
            o.put("followUps", followUps);
            o.put("status", a.status().token());
            o.put("reason", a.reason());
            list.add(o);
        }
        root.put("timelines", list);
        out.println(root);
    }
}
