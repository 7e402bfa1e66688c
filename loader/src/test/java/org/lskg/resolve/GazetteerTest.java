package org.lskg.resolve;

import org.lskg.extract.EntityCategory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.lskg.rdf.Iris;
import org.lskg.rdf.LSKG;
import org.lskg.store.ShaclValidator;
import org.lskg.text.Fold;

class GazetteerTest {

    private static final Gazetteer G = Gazetteer.standard();
    private static final String ID = LSKG.ID;

    // ---- The file

    @Test
    void everyEntityHasOneVietnamesePrefLabelACategoryAndOneSource() throws Exception {
        assertTrue(ModelFactory.createModelForGraph(readResource()).listSubjectsWithProperty(LSKG.category).toList().size()
                < G.all().size(), "the provinces and their bodies are derived from provinces.tsv, not written in the file");
        Model model = ModelFactory.createModelForGraph(G.graph());
        List<Resource> entities = model.listSubjectsWithProperty(LSKG.category).toList();
        assertEquals(G.all().size(), entities.size());
        for (Resource e : entities) {
            List<RDFNode> pref = e.listProperties(LSKG.SKOS_prefLabel).mapWith(Statement::getObject).toList();
            assertEquals(1, pref.size(), e + " prefLabels");
            assertEquals("vi", pref.get(0).asLiteral().getLanguage(), e + " prefLabel language");
            assertEquals(1, e.listProperties(LSKG.category).toList().size(), e + " categories");
            assertEquals(1, e.listProperties(LSKG.DCT_source).toList().size(), e + " sources");
        }
    }

    @Test
    void labelsAreNfcAndTrimmed() {
        for (KnownEntity e : G.all()) {
            for (String label : e.labels()) {
                assertTrue(Normalizer.isNormalized(label, Normalizer.Form.NFC), label);
                assertEquals(label.strip(), label);
            }
        }
    }

    @Test
    void irisAreTheSlugOfThePrefLabelUnderTheCategoryPath() {
        Map<EntityCategory, String> path = Map.of(EntityCategory.AGENCY, "body", EntityCategory.PERSON, "person", EntityCategory.PLACE, "place",
                EntityCategory.BORDER_GATE, "border-gate", EntityCategory.PROJECT, "project", EntityCategory.PROGRAM, "programme");
        for (KnownEntity e : G.all()) {
            assertEquals(ID + path.get(e.category()) + "/" + Fold.slug(e.prefLabel()), e.iri());
        }
        assertEquals(ID + "body/bo-ke-hoach-va-dau-tu", G.byLabel("Bộ Kế hoạch và Đầu tư").orElseThrow().iri());
        assertEquals(ID + "place/huyen-dinh-lap", G.byLabel("huyện Đình Lập").orElseThrow().iri());
        assertEquals(ID + "body/uy-ban-nhan-dan-tinh-lang-son", Iris.body("Ủy ban nhân dân tỉnh Lạng Sơn"));
        assertTrue(G.byIri(Iris.body("Ủy ban nhân dân tỉnh Lạng Sơn")).isPresent(), "issuer IRIs meet the gazetteer");
    }

    @Test
    void theGraphConformsToTheShapes() {
        assertEquals(List.of(), ShaclValidator.fromClasspath().validate(G.graph()));
    }

    @Test
    void noLabelIsSharedByTwoEntities() {
        assertEquals(Map.of(), G.ambiguousLabels());
    }

    @Test
    void everyParentIsAKnownEntity() {
        for (KnownEntity e : G.all()) {
            e.parentIri().ifPresent(p -> assertTrue(G.byIri(p).isPresent(), e.iri() + " → " + p));
        }
    }

    // ---- Contents

    @Test
    void theSixtyThreeProvincesThirtyFourFromJuly2025AndElevenDistrictsOfLangSon() {
        Model model = ModelFactory.createModelForGraph(G.graph());
        Resource province = model.createResource(ID + "admin-level/province");
        Resource district = model.createResource(ID + "admin-level/district");
        List<Resource> provinces = model.listSubjectsWithProperty(LSKG.adminLevel, province).toList();
        assertEquals(64, provinces.size(), "63 units of 2024, and thành phố Huế from 2025");
        assertEquals(63, provinces.stream().filter(p -> validOn(p, "2024-12-31")).count());
        assertEquals(63, provinces.stream().filter(p -> validOn(p, "2025-06-30")).count());
        assertEquals(34, provinces.stream().filter(p -> validOn(p, "2025-07-01")).count(), "NQ 202/2025/QH15");

        Set<String> codes = new TreeSet<>();
        for (Resource d : model.listSubjectsWithProperty(LSKG.adminLevel, district).toList()) {
            codes.add(d.getProperty(LSKG.gsoCode).getString());
            assertEquals(ID + "place/tinh-lang-son", d.getPropertyResourceValue(LSKG.parentPlace).getURI());
            assertEquals("2025-06-30", d.getProperty(LSKG.validUntil).getString());
        }
        assertEquals(Set.of("178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189"), codes);
        assertEquals("189", model.createResource(ID + "place/huyen-dinh-lap").getProperty(LSKG.gsoCode).getString());
    }

    private static boolean validOn(Resource r, String day) {
        Statement from = r.getProperty(LSKG.validFrom);
        Statement until = r.getProperty(LSKG.validUntil);
        return (from == null || from.getString().compareTo(day) <= 0) && (until == null || until.getString().compareTo(day) >= 0);
    }

    @Test
    void parentsFollowThePreferredProperty() {
        assertEquals(Optional.of(ID + "body/uy-ban-nhan-dan-tinh-lang-son"),
                G.byLabel("Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn").orElseThrow().parentIri());
        assertEquals(Optional.of(ID + "place/tinh-lang-son"), G.byLabel("huyện Đình Lập").orElseThrow().parentIri());
        assertEquals(Optional.of(ID + "project/quoc-lo-4b"), G.byLabel("QL4B đoạn Km18 - Km80").orElseThrow().parentIri());
        assertEquals(Optional.of(ID + "place/huyen-van-lang"), G.byLabel("cửa khẩu Tân Thanh").orElseThrow().parentIri());
        assertEquals(Optional.empty(), G.byLabel("Chính phủ").orElseThrow().parentIri());
    }

    @Test
    void theProvincialPlanIsApprovedByTheDecisionThatIrisMintsForIt() {
        Model model = ModelFactory.createModelForGraph(G.graph());
        KnownEntity plan = G.byLabel("Quy hoạch tỉnh Lạng Sơn").orElseThrow();
        Resource decision = model.createResource(plan.iri()).getPropertyResourceValue(LSKG.approvedBy);
        assertEquals(Iris.numberedDocument(Optional.of("Thủ tướng Chính phủ"), Optional.of("2024"), "236/QĐ-TTg"),
                decision.getURI());
        assertEquals("2024-03-19", decision.getProperty(LSKG.DCT_issued).getString());
    }

    // ---- Exact lookups

    @Test
    void aliasesAndAbbreviationsNameTheirEntity() {
        assertLabel("body/bo-ke-hoach-va-dau-tu", "Bộ KH&ĐT");
        assertLabel("body/uy-ban-nhan-dan-tinh-lang-son", "UBND tỉnh Lạng Sơn");
        assertLabel("body/so-ke-hoach-va-dau-tu-tinh-lang-son", "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn");
        assertLabel("border-gate/cua-khau-po-chai", "Pò Chải");
        assertLabel("border-gate/cua-khau-po-chai", "Pò Chài");
        assertLabel("border-gate/cua-khau-lung-nghiu", "Lộng Hoài");
        assertLabel("project/khu-cong-nghiep-vsip-lang-son", "Khu công nghiệp VSIP Lạng Sơn");
        assertLabel("project/khu-cong-nghiep-vsip-lang-son", "KCN Hữu Lũng");
        assertLabel("project/du-an-cao-toc-huu-nghi-chi-lang", "dự án thành phần 2");
        assertLabel("project/du-an-cao-toc-huu-nghi-chi-lang", "cao tốc Hữu Nghị - Chi Lăng");
        assertLabel("place/vung-trung-du-va-mien-nui-phia-bac", "vùng Trung du và miền núi Bắc Bộ");
        assertLabel("place/khu-tu-tri-dan-toc-choang-quang-tay", "Quảng Tây");
        assertLabel("person/duong-xuan-huyen", "Dương Xuân Huyền");
        assertLabel("border-gate/loi-thong-quan-hang-hoa-khu-vuc-moc-1088-2-1089", "khu vực mốc 1088/2/-1089");
    }

    @Test
    void caseToneMarkPlacementAndCompositionDoNotMatter() {
        assertLabel("place/tinh-hoa-binh", "tỉnh Hoà Bình");
        assertLabel("place/tinh-hoa-binh", "TỈNH HÒA BÌNH");
        assertLabel("place/tinh-khanh-hoa", "tỉnh Khánh Hoà");
        assertLabel("body/uy-ban-nhan-dan-tinh-lang-son", "Uỷ ban nhân dân tỉnh Lạng Sơn");
        assertLabel("body/bo-y-te", Normalizer.normalize("Bộ Y tế", Normalizer.Form.NFD));
    }

    @Test
    void diacriticsMatterForExactLookup() {
        assertEquals(Optional.empty(), G.byLabel("huyện Đinh Lập"));
        assertEquals(Optional.empty(), G.byLabel("Bo Y te"));
    }

    @Test
    void aSharedLabelNeedsContext() {
        Gazetteer two = Gazetteer.read(turtle("""
                body:so-xay-dung-tinh-a a lskg:Body ; lskg:category category:agency ;
                    skos:prefLabel "Sở Xây dựng tỉnh A"@vi ; skos:altLabel "Sở Xây dựng"@vi ; dcterms:source "test" .
                body:so-xay-dung-tinh-b a lskg:Body ; lskg:category category:agency ;
                    skos:prefLabel "Sở Xây dựng tỉnh B"@vi ; skos:altLabel "Sở Xây dựng"@vi ; dcterms:source "test" .
                """));
        assertEquals(Optional.empty(), two.byLabel("Sở Xây dựng"));
        assertEquals(List.of(ID + "body/so-xay-dung-tinh-a", ID + "body/so-xay-dung-tinh-b"),
                two.candidates("Sở Xây dựng").stream().map(KnownEntity::iri).toList());
        assertEquals(Optional.empty(), two.closest("Sở Xây dựng", EntityCategory.AGENCY));
        assertEquals(Set.of("sở xây dựng"), two.ambiguousLabels().keySet());
    }

    // ---- Typo tolerance and its limits

    @Test
    void oneTypoInALongNameIsTolerated() {
        Gazetteer.Match m = G.closest("huyện Đinh Lập", EntityCategory.PLACE).orElseThrow();
        assertEquals(ID + "place/huyen-dinh-lap", m.entity().iri());
        assertEquals("huyện Đình Lập", m.label());
        assertEquals(1, m.distance());

        assertEquals(ID + "place/huyen-dinh-lap", G.closest("Đinh Lập", EntityCategory.PLACE).orElseThrow().entity().iri());
        assertEquals(ID + "border-gate/cua-khau-lung-nghiu",
                G.closest("Lũng Nghị", EntityCategory.BORDER_GATE).orElseThrow().entity().iri());
        assertEquals(ID + "body/so-ke-hoach-va-dau-tu-tinh-lang-son",
                G.closest("Sở Kế hoạch và Đầu tu tỉnh Lạng Sơn", EntityCategory.AGENCY).orElseThrow().entity().iri());
    }

    @Test
    void anExactMatchHasDistanceZero() {
        Gazetteer.Match m = G.closest("Bộ KH&ĐT", EntityCategory.AGENCY).orElseThrow();
        assertEquals(ID + "body/bo-ke-hoach-va-dau-tu", m.entity().iri());
        assertEquals("Bộ KH&ĐT", m.label());
        assertTrue(m.exact());
    }

    @Test
    void theCategoryMustFit() {
        assertEquals(Optional.empty(), G.closest("Đinh Lập", EntityCategory.AGENCY));
        assertEquals(Optional.empty(), G.closest("huyện Đình Lập", EntityCategory.PROJECT));
    }

    @Test
    void aMinistryAndADepartmentAreNeverMerged() {
        KnownEntity ministry = G.closest("Bộ Kế hoạch và Đầu tư", EntityCategory.AGENCY).orElseThrow().entity();
        KnownEntity department = G.closest("Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn", EntityCategory.AGENCY).orElseThrow().entity();
        assertNotEquals(ministry, department);
        assertEquals(Optional.empty(), G.closest("Sở Kế hoạch và Đầu tư tỉnh Cao Bằng", EntityCategory.AGENCY));
        for (KnownEntity e : G.all()) {
            if (e.prefLabel().startsWith("Bộ ")) {
                String sameDomain = "Sở " + e.prefLabel().substring(3);
                G.closest(sameDomain, EntityCategory.AGENCY).ifPresent(m -> assertTrue(m.entity().prefLabel().startsWith("Sở "),
                        sameDomain + " → " + m.entity().prefLabel()));
            }
        }
    }

    @Test
    void roadSectionsStayApart() {
        KnownEntity early = G.byLabel("Cải tạo, nâng cấp Quốc lộ 4B (đoạn Km3+700 đến Km18)").orElseThrow();
        KnownEntity late = G.byLabel("dự án Nâng cấp Km18-Km80, Quốc lộ 4B").orElseThrow();
        assertEquals(ID + "project/du-an-cai-tao-nang-cap-quoc-lo-4b-doan-km3-700-den-km18", early.iri());
        assertEquals(ID + "project/du-an-nang-cap-doan-km18-km80-quoc-lo-4b", late.iri());
        assertEquals(early.parentIri(), late.parentIri());
        assertEquals(Optional.empty(), G.closest("Quốc lộ 4B đoạn Km18 - Km81", EntityCategory.PROJECT));
        assertEquals(Optional.empty(), G.closest("Quốc lộ 4C", EntityCategory.PROJECT));
        assertEquals(ID + "project/quoc-lo-4a", G.closest("Quốc lộ 4A", EntityCategory.PROJECT).orElseThrow().entity().iri());
    }

    @Test
    void abbreviationsAreNotFuzzed() {
        // "Bộ TN&MT" and "Bộ NN&MT" are two ministries one letter apart.
        assertEquals(Optional.empty(), G.closest("Bộ GTVL", EntityCategory.AGENCY));
        assertEquals(ID + "body/bo-tai-nguyen-va-moi-truong",
                G.closest("Bộ TN&MT", EntityCategory.AGENCY).orElseThrow().entity().iri());
    }

    @Test
    void shortNamesAreNotFuzzed() {
        assertEquals(Optional.empty(), G.closest("VPCQ", EntityCategory.AGENCY));
        assertEquals(Optional.empty(), G.closest("OCOQ", EntityCategory.PROGRAM));
        assertEquals(ID + "body/van-phong-chinh-phu", G.closest("VPCP", EntityCategory.AGENCY).orElseThrow().entity().iri());
    }

    @Test
    void aKnownNameIsNotATypo() {
        // A gate's label, asked for as a place, answers nothing rather than the nearest place.
        assertEquals(Optional.empty(), G.closest("Hữu Nghị Quan", EntityCategory.PLACE));
    }

    // ---- Reading other gazetteers

    @Test
    void brokenEntitiesAreAllReported() {
        GazetteerException e = assertThrows(GazetteerException.class, () -> Gazetteer.read(turtle("""
                body:wrong-slug a lskg:Body ; lskg:category category:agency ; skos:prefLabel "Bộ Y tế"@vi ;
                    dcterms:source "test" .
                body:bo-tu-phap a lskg:Body ; lskg:category category:agency ; skos:prefLabel "Bộ Tư pháp"@vi .
                body:bo-noi-vu a lskg:Body ; lskg:category category:agency ; skos:prefLabel "Bộ Nội vụ" ;
                    dcterms:source "test" .
                """)));
        assertEquals(List.of(
                        ID + "body/bo-noi-vu: needs exactly one skos:prefLabel@vi, has []",
                        ID + "body/bo-tu-phap: needs exactly one dcterms:source, has 0",
                        ID + "body/wrong-slug: the IRI of \"Bộ Y tế\" must be " + ID + "body/bo-y-te"),
                e.problems().stream().sorted().toList());
    }

    @Test
    void invalidTurtleIsAGazetteerException() {
        assertThrows(GazetteerException.class, () -> Gazetteer.read(turtle("body:x a \"unterminated .")));
    }

    @Test
    void theGraphIsReadOnly() {
        assertThrows(RuntimeException.class, () -> G.graph().clear());
    }

    // ---- helpers

    private static void assertLabel(String path, String surface) {
        assertEquals(Optional.of(ID + path), G.byLabel(surface).map(KnownEntity::iri), surface);
    }

    private static org.apache.jena.graph.Graph readResource() throws Exception {
        try (InputStream in = GazetteerTest.class.getClassLoader().getResourceAsStream(Gazetteer.RESOURCE)) {
            return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        }
    }

    private static InputStream turtle(String body) {
        String prefixes = """
                @prefix lskg: <https://w3id.org/lskg/ontology#> .
                @prefix category: <https://w3id.org/lskg/id/category/> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix body: <https://w3id.org/lskg/id/body/> .
                """;
        return new ByteArrayInputStream((prefixes + body).getBytes(StandardCharsets.UTF_8));
    }
}
