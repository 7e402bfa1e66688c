package org.lskg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The timeline's layout, with the dates of the master plan task of 320/TB-VPCP and its follow-ups. */
class TimelineTest {

    @Test
    void datesAsDocumentsWriteThem() {
        assertEquals(Optional.of(LocalDate.of(2023, 11, 1)), Timeline.day("2023-11"));
        assertEquals(Optional.of(LocalDate.of(2021, 11, 28)), Timeline.day("2021-11-28"));
        assertEquals(Optional.of(LocalDate.of(2024, 1, 1)), Timeline.day("2024"));
        assertEquals(Optional.empty(), Timeline.day("tháng 12"));
        assertEquals(Optional.empty(), Timeline.day("2023-13"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneDatePerPointInOrderWithLabelsApart() {
        Timeline t = new Timeline();
        t.add(Timeline.Kind.ASSESSED, "2024-04-01", "assessed", "/a");
        t.add(Timeline.Kind.FOLLOWUP, "2023-11", "report", "/f1");
        t.add(Timeline.Kind.FOLLOWUP, "2023-11", "report", "/f2");
        t.add(Timeline.Kind.FOLLOWUP, "2023-12-08", "resolution", "/f3");
        t.add(Timeline.Kind.FOLLOWUP, "2024-01", "notice", "/f4");
        t.add(Timeline.Kind.STATED, "2021-11-28", "stated", "/d");
        t.add(Timeline.Kind.DEADLINE, "sometime", "unreadable", "");
        List<Map<String, Object>> points = (List<Map<String, Object>>) t.drawing().get("points");
        assertEquals(List.of("2021-11-28", "2023-11", "2023-12-08", "2024-01", "2024-04-01"),
                points.stream().map(p -> p.get("date")).toList());
        assertEquals(2, points.get(1).get("count"));
        assertEquals(6, t.events().size());
        for (int i = 1; i < points.size(); i++) {
            assertTrue((long) points.get(i).get("x") > (long) points.get(i - 1).get("x"));
        }
        // near labels go to different rows
        for (int i = 1; i < points.size(); i++) {
            long dx = (long) points.get(i).get("x") - (long) points.get(i - 1).get("x");
            if (dx < 78) {
                assertTrue(!points.get(i).get("labelY").equals(points.get(i - 1).get("labelY")), "labels " + i);
            }
        }
    }
}
