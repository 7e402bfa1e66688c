package org.lskg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lskg.document.DocumentException;
import org.lskg.document.DocumentParser;
import org.lskg.document.ParsedDocument;
import org.lskg.resolve.EntityResolver;
import org.lskg.testing.Corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Directives, their clauses, responsible bodies, deadlines and subjects, on written notices and the seeds. */
class CommitmentExtractorTest {

    private static final CommitmentExtractor EXTRACTOR =
            CommitmentExtractor.standard(EntityRecognizer.standard(EntityResolver.standard()));
    private static List<Commitment> seed001;

    @BeforeAll
    static void seeds() throws DocumentException {
        seed001 = commitments(DocumentParser.create().parse(Corpus.seed("001")));
    }

    private static List<Commitment> commitments(ParsedDocument doc) {
        List<Commitment> out = new ArrayList<>();
        EXTRACTOR.extract(doc, f -> out.add((Commitment) f));
        return out;
    }

    private static List<Commitment> notice(String body) throws DocumentException {
        String text = "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 15/TB-UBND          Cao Bằng, ngày 05 tháng 3 năm 2024\n\n"
                + "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi làm việc với huyện Bảo Lâm\n\n" + body;
        return commitments(DocumentParser.create().parse("notice.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Commitment starting(List<Commitment> cs, String words) {
        return cs.stream().filter(c -> c.text().startsWith(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no commitment starting \"" + words + "\" in "
                        + cs.stream().map(Commitment::text).toList()));
    }

    private static List<String> responsible(Commitment c) {
        return c.responsible().stream().map(r -> r.label() + "/" + r.role()).toList();
    }

    @Test
    void leadAndPartnersOfAnAssignment() throws DocumentException {
        List<Commitment> cs = notice("I. ĐÁNH GIÁ CHUNG\n\nHuyện đã hoàn thành 95% kế hoạch vốn năm 2023.\n\n"
                + "II. NHIỆM VỤ THỜI GIAN TỚI\n\n1. Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính và UBND huyện Bảo Lâm"
                + " hoàn thành quy hoạch chung đô thị Pác Miầu trước ngày 30/6/2024.\n");
        assertEquals(1, cs.size(), cs.toString());
        Commitment c = cs.get(0);
        assertEquals(List.of("Sở Xây dựng tỉnh Cao Bằng/LEAD", "Sở Tài chính tỉnh Cao Bằng/PARTNER",
                "Ủy ban nhân dân huyện Bảo Lâm/PARTNER"), responsible(c));
        assertEquals("2024-06-30", c.deadline().orElseThrow().lastDay().toString());
        assertEquals(Commitment.DeadlineBasis.STATED, c.deadlineBasis().orElseThrow());
    }

    /** A notice's items under a lead-in that lists tasks ("... các nhiệm vụ sau:") split by action. */
    @Test
    void semicolonClausesWithTheirOwnActionAreSeparateCommitments() throws DocumentException {
        List<Commitment> cs = notice("Chủ tịch UBND tỉnh yêu cầu thực hiện các nhiệm vụ sau:\n\n"
                + "1. Tập trung thu hoạch lúa mùa; tăng cường phòng, chống dịch bệnh trên đàn gia súc; hoàn thành tiêm phòng"
                + " trong tháng 4/2024.\n");
        assertEquals(3, cs.size(), cs.stream().map(Commitment::text).toList().toString());
        assertEquals("2024-04-30", starting(cs, "hoàn thành tiêm phòng").deadline().orElseThrow().lastDay().toString());
        assertTrue(starting(cs, "Tập trung thu hoạch").deadline().isEmpty());
    }

    @Test
    void anEnumeratingHeadingNamesTheBodyOfItsItems() throws DocumentException {
        List<Commitment> cs = notice("II. NHIỆM VỤ\n\n2. Sở Nông nghiệp và Phát triển nông thôn:\n\n"
                + "a) Rà soát diện tích rừng bị cháy.\n\nb) Xây dựng phương án trồng lại rừng.\n");
        assertEquals(2, cs.size(), cs.toString());
        for (Commitment c : cs) {
            assertEquals(List.of("Sở Nông nghiệp và Phát triển nông thôn tỉnh Cao Bằng/LEAD"), responsible(c));
            assertEquals(Responsibility.Basis.HEADING, c.responsible().get(0).basis());
        }
    }

    @Test
    void pastResultsAreNotCommitments() throws DocumentException {
        List<Commitment> cs = notice("I. ĐÁNH GIÁ CHUNG\n\nNăm 2023, tỉnh đã hoàn thành 12 xã nông thôn mới.\n\n"
                + "Tổng thu ngân sách đạt 3.200 tỷ đồng.\n");
        assertEquals(List.of(), cs);
    }

    @Test
    void thePrimeMinistersNoticeOf2021() {
        Commitment plan = starting(seed001, "Khẩn trương hoàn thành lập Quy hoạch tỉnh Lạng Sơn");
        Commitment dossier = starting(seed001, "Đảm bảo hoàn thành hồ sơ quy hoạch");
        assertEquals("2022-05-31", dossier.deadline().orElseThrow().lastDay().toString(), "chậm nhất trước tháng 6 năm 2022");
        assertTrue(plan.about().stream().anyMatch(m -> m.label().startsWith("Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030")),
                plan.about().toString());
        Commitment land = starting(seed001, "Giao Bộ Tài nguyên và Môi trường chủ trì");
        assertEquals(List.of("Bộ Tài nguyên và Môi trường/LEAD", "Bộ Nông nghiệp và Phát triển nông thôn/PARTNER"),
                responsible(land));
        assertEquals("2021-12-31", land.deadline().orElseThrow().lastDay().toString());
        Commitment road = starting(seed001, "Ủy ban nhân dân tỉnh Lạng Sơn làm việc với Bộ Giao thông vận tải");
        assertEquals(List.of("Ủy ban nhân dân tỉnh Lạng Sơn/LEAD", "Bộ Giao thông vận tải/PARTNER", "tỉnh Quảng Ninh/PARTNER"),
                responsible(road));
        assertTrue(seed001.stream().noneMatch(c -> c.text().startsWith("Đánh giá cao, biểu dương")), "an assessment");
    }

    /** Seed 000, a provincial notice: under "... các nhiệm vụ chủ yếu sau:" the clause naming the ministry stands alone. */
    @Test
    void theTransportMinistrysTaskOfTheProvincialNoticeIsItsOwnClause() throws DocumentException {
        List<Commitment> cs = commitments(DocumentParser.create().parse(Corpus.seed("000")));
        Commitment road = starting(cs, "phối hợp chặt chẽ với Bộ Giao thông vận tải");
        assertEquals(List.of("Bộ Giao thông vận tải/PARTNER"), responsible(road));
        assertTrue(cs.stream().noneMatch(c -> c.text().startsWith("dự án Nút giao")), "a work continues the list of objects");
    }
}
