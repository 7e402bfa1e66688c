package org.lskg.server.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timeline drawing of a commitment: dated points on a horizontal axis (when it was stated, the follow-ups,
 * its deadline, the day of its assessment), laid out here and drawn as SVG by the page template, so the page
 * needs no script. Dates are as the documents give them: a day, a month ({@code 2023-11}, placed on its first
 * day) or a year. Events of one kind on one date share a point (three follow-ups in the report of 2023-11 are
 * one point, "×3"). Date labels go in the first of four rows (two above the axis, two below) where they do not
 * overlap an earlier label. Not thread-safe; one per page.
 */
final class Timeline {

    /** What a point marks; also its CSS class. */
    enum Kind { STATED, FOLLOWUP, DEADLINE, ASSESSED }

    /** One dated event: {@code date} as written, a label and where it links. */
    record Event(Kind kind, String date, String label, String href) {}

    static final int WIDTH = 760;
    private static final int MARGIN = 50;
    private static final int AXIS_Y = 70;
    /** Width a date label needs, in drawing units (a day label is 10 characters at 12px). */
    private static final int LABEL_WIDTH = 78;
    private static final int[] LABEL_ROWS = {AXIS_Y + 30, AXIS_Y - 18, AXIS_Y + 48, AXIS_Y - 36};
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    private final List<Event> events = new ArrayList<>();

    /** Adds an event; one whose date cannot be read is left out of the drawing. */
    void add(Kind kind, String date, String label, String href) {
        if (day(date).isPresent()) {
            events.add(new Event(kind, date, label, href));
        }
    }

    /** The events in date order (the legend under the drawing). */
    List<Event> events() {
        return events.stream().sorted(Comparator.comparing((Event e) -> day(e.date()).orElseThrow())
                .thenComparing(e -> e.kind().ordinal())).toList();
    }

    /**
     * The model of the drawing: {@code width}, {@code height}, the axis, the {@code points} (one per kind and
     * date, with {@code x}, {@code count}, {@code labelY}) and the {@code events} for the legend.
     */
    Map<String, Object> drawing() {
        Map<String, List<Event>> byPoint = new LinkedHashMap<>();
        for (Event e : events()) {
            byPoint.computeIfAbsent(e.kind() + " " + e.date(), k -> new ArrayList<>()).add(e);
        }
        List<List<Event>> points = new ArrayList<>(byPoint.values());
        Map<String, Object> m = new HashMap<>();
        m.put("width", WIDTH);
        m.put("height", AXIS_Y + 70);
        m.put("axisY", AXIS_Y);
        m.put("axisFrom", MARGIN);
        m.put("axisTo", WIDTH - MARGIN);
        m.put("events", events().stream().map(e -> Map.of("kind", kind(e.kind()), "date", e.date(),
                "label", e.label(), "href", e.href())).toList());
        List<Map<String, Object>> drawn = new ArrayList<>();
        m.put("points", drawn);
        if (points.isEmpty()) {
            return m;
        }
        LocalDate first = day(points.get(0).get(0).date()).orElseThrow();
        LocalDate last = day(points.get(points.size() - 1).get(0).date()).orElseThrow();
        long span = ChronoUnit.DAYS.between(first, last);
        long[] rowEnds = new long[LABEL_ROWS.length];
        java.util.Arrays.fill(rowEnds, Long.MIN_VALUE);
        for (List<Event> same : points) {
            Event e = same.get(0);
            long x = span == 0 ? WIDTH / 2
                    : MARGIN + ChronoUnit.DAYS.between(first, day(e.date()).orElseThrow()) * (WIDTH - 2 * MARGIN) / span;
            int row = 0;
            while (row < rowEnds.length - 1 && rowEnds[row] > x - LABEL_WIDTH / 2) {
                row++;
            }
            rowEnds[row] = x + LABEL_WIDTH / 2;
            Map<String, Object> d = new HashMap<>();
            d.put("x", x);
            d.put("y", AXIS_Y);
            d.put("kind", kind(e.kind()));
            d.put("date", e.date());
            d.put("count", same.size());
            d.put("several", same.size() > 1);
            d.put("label", same.size() > 1 ? e.label() + " ×" + same.size() : e.label());
            d.put("href", e.href());
            d.put("labelY", LABEL_ROWS[row]);
            drawn.add(d);
        }
        return m;
    }

    private static String kind(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** The first day a date as written stands for. */
    static Optional<LocalDate> day(String date) {
        Matcher m = DATE.matcher(date == null ? "" : date.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 1 : Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
