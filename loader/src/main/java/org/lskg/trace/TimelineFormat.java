package org.lskg.trace;

import java.io.PrintWriter;
import java.util.List;

/**
 * How {@code lskg trace} prints timelines: each commitment's statement, its follow-ups in date order and its
 * status. Every format is self-contained; HTML draws each timeline as inline SVG and needs no other file.
 */
public enum TimelineFormat {
    TEXT, MARKDOWN, JSON, HTML;

    /** Writes the selected timelines of {@code trace} to {@code out}; does not close it. */
    public void write(Trace trace, List<Trace.Timeline> timelines, PrintWriter out) {
        switch (this) {
            case TEXT -> TextTimelines.write(trace, timelines, out, false);
            case MARKDOWN -> TextTimelines.write(trace, timelines, out, true);
            case JSON -> JsonTimelines.write(trace, timelines, out);
            case HTML -> HtmlTimelines.write(trace, timelines, out);
        }
        out.flush();
    }
}
