package org.lskg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CitedNumberTest {

    private static List<String> numbers(String text) {
        return CitedNumber.findAll(text).stream().map(CitedNumber::number).toList();
    }

    @Test
    void bothFamiliesInTextOrder() {
        List<CitedNumber> found = CitedNumber.findAll("Nghị quyết số 11-NQ/TW và Quyết định số 08/2019/NQ-HĐND.");
        assertEquals(List.of("11-NQ/TW", "08/2019/NQ-HĐND"), found.stream().map(CitedNumber::number).toList());
        assertEquals(CitedNumber.Family.PARTY, found.get(0).family());
        assertEquals(List.of("NQ", "TW"), found.get(0).groups());
        assertEquals(Optional.empty(), found.get(0).year());
        assertEquals(CitedNumber.Family.STATE, found.get(1).family());
        assertEquals(List.of("NQ", "HĐND"), found.get(1).groups());
        assertEquals(Optional.of("2019"), found.get(1).year());
        assertEquals(14, found.get(0).start());
    }

    @Test
    void whiteSpaceThatPrintingLeavesIsDropped() {
        assertEquals(List.of("5973/UBND-KT", "10-NQ/TW", "36/2025/TT-BNNMT"),
                numbers("Số: 5973 /UBND-KT; số 10-\n\nNQ/TW; số 36/2025/TT-\nBNNMT."));
        assertEquals(List.of("202/2025/QH15"), numbers("Nghị quyết số 202/2025/QH15."));
        assertEquals(List.of("QH15"), CitedNumber.findAll("số 202/2025/QH15").get(0).groups());
    }

    @Test
    void notNumbers() {
        assertEquals(List.of(), numbers("ngày 11/10/2021, 01-10-1997, Km18-Km80, Km18 - Km80, 1088/2-1089, 199/200,"
                + " 10/19 tiêu chí, Covid-19, quý III/2024, tháng 11/2023, 10 - Kế hoạch, 12 /năm"));
    }
}
