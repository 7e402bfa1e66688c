package org.lskg.extract;

import org.junit.jupiter.api.Test;
import org.lskg.text.DataFile;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ministry and department domains of domains.txt: the 2025 mergers and their successors. */
class DomainsTest {

    private static final List<DataFile.Row> ROWS = DataFile.rows("/org/lskg/data/domains.txt");

    @Test
    void everyMergedDomainNamesASuccessorThatGoesOn() {
        Set<String> current = ROWS.stream().filter(r -> field(r, 2).isEmpty()).map(r -> r.get(0)).collect(Collectors.toSet());
        List<DataFile.Row> merged = ROWS.stream().filter(r -> !field(r, 2).isEmpty()).toList();
        assertEquals(Set.of("Kế hoạch và Đầu tư", "Giao thông vận tải", "Tài nguyên và Môi trường",
                "Nông nghiệp và Phát triển nông thôn", "Lao động - Thương binh và Xã hội", "Thông tin và Truyền thông"),
                merged.stream().map(r -> r.get(0)).collect(Collectors.toSet()));
        for (DataFile.Row r : merged) {
            assertTrue(current.contains(field(r, 3)), r.get(0) + " → " + field(r, 3));
            assertEquals("2025-02-28", field(r, 2), r.get(0));
        }
    }

    @Test
    void theLexiconReadsEveryDomainWithTheDepartmentsOf2025() {
        List<String> domains = NameLexicon.standard().domains();
        assertEquals(ROWS.size(), domains.size());
        assertTrue(domains.containsAll(List.of("Nông nghiệp và Môi trường", "Dân tộc và Tôn giáo", "Văn hóa và Thể thao",
                "Quy hoạch - Kiến trúc")), domains.toString());
    }

    private static String field(DataFile.Row r, int i) {
        return r.fields().size() > i ? r.get(i) : "";
    }
}
