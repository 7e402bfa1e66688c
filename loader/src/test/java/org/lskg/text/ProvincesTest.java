package org.lskg.text;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The provincial units of provinces.tsv against NQ 202/2025/QH15 and the names documents write. */
class ProvincesTest {

    private static final Provinces P = Provinces.standard();

    @Test
    void sixtyThreeUnitsUntilJuneAndThirtyFourFromJuly2025() {
        assertEquals(63, count(LocalDate.of(2024, 12, 31)));
        assertEquals(63, count(LocalDate.of(2025, 6, 30)), "Thừa Thiên Huế became thành phố Huế on 01/01/2025");
        assertEquals(34, count(LocalDate.of(2025, 7, 1)));
        assertEquals(6, P.all().stream().filter(p -> p.validOn(LocalDate.of(2025, 7, 1)) && p.isCity()).count(),
                "Hà Nội, Hải Phòng, Huế, Đà Nẵng, Thành phố Hồ Chí Minh, Cần Thơ");
    }

    @Test
    void everyEndedUnitHasASuccessorThatGoesOn() {
        for (Provinces.Province p : P.all()) {
            if (p.validUntil().isEmpty()) continue;
            Provinces.Province now = P.current(p);
            assertTrue(now.validOn(LocalDate.of(2025, 7, 1)), p.label() + " → " + now.label());
        }
        assertEquals("tỉnh Tuyên Quang", P.current(P.byLabel("tỉnh Hà Giang").orElseThrow()).label());
        assertEquals("tỉnh Bắc Ninh", P.current(P.byLabel("tỉnh Bắc Giang").orElseThrow()).label());
        assertEquals(List.of("tỉnh Bình Dương", "tỉnh Bà Rịa - Vũng Tàu"),
                P.predecessors(P.byLabel("thành phố Hồ Chí Minh").orElseThrow()).stream().map(Provinces.Province::label).toList());
        assertEquals(List.of(), P.predecessors(P.byLabel("tỉnh Lạng Sơn").orElseThrow()), "not merged");
    }

    @Test
    void labelsAsDocumentsWriteThem() {
        assertEquals(Optional.of("thành phố Hồ Chí Minh"), P.byLabel("THÀNH PHỐ HỒ CHÍ MINH").map(Provinces.Province::label));
        assertEquals(Optional.of("thành phố Hồ Chí Minh"), P.byLabel("TP.HCM").map(Provinces.Province::label));
        assertEquals(Optional.of("tỉnh Khánh Hòa"), P.byLabel("tỉnh Khánh Hoà").map(Provinces.Province::label));
        assertEquals(Optional.of("tỉnh Bà Rịa - Vũng Tàu"), P.byLabel("tỉnh Bà Rịa – Vũng Tàu").map(Provinces.Province::label));
        assertEquals(Optional.of("thành phố Huế"), P.byLabel("Thành phố Huế").map(Provinces.Province::label));
        assertEquals(Optional.empty(), P.byLabel("thành phố Lạng Sơn"), "a city of the district level");
        assertEquals(Optional.empty(), P.byLabel("tỉnh Hà Nội"));
        assertEquals("Thành ủy Thành phố Hồ Chí Minh", P.byName("Hồ Chí Minh").orElseThrow().partyCommittee());
        assertEquals("Thành ủy Cần Thơ", P.byName("Cần Thơ").orElseThrow().partyCommittee());
    }

    @Test
    void theNameAlternationReadsDashedNames() {
        assertTrue("Bà Rịa-Vũng Tàu".matches(P.nameAlternation()));
        assertTrue("Bà Rịa – Vũng Tàu".matches(P.nameAlternation()));
        assertFalse("Bà Rịa".matches(P.nameAlternation()));
    }

    private static long count(LocalDate day) {
        return P.all().stream().filter(p -> p.validOn(day)).count();
    }
}
