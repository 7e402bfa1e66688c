package org.lskg.resolve;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.junit.jupiter.api.Test;
import org.lskg.extract.Canonicalizer;
import org.lskg.extract.EntityCategory;
import org.lskg.extract.Resolution;
import org.lskg.rdf.LSKG;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gazetteer beyond Lạng Sơn: the provinces and centrally-run cities before and after 01/7/2025 with their
 * successors, the 2025 ministries, the classes of local bodies, and bodies qualified by the document's
 * province. Names are written as the documents of shared/corpus-real and shared/eval/dev write them.
 */
class NationalScopeTest {

    private static final Gazetteer G = Gazetteer.standard();
    private static final Model MODEL = ModelFactory.createModelForGraph(G.graph());
    private static final String ID = LSKG.ID;
    private static final EntityResolver RESOLVER = new EntityResolver(G);

    @Test
    void aMergedProvinceEndsOnThe30thOfJuneAndNamesItsSuccessor() {
        // "tỉnh Bắc Giang" (128 times in corpus-real) and its People's Committee
        KnownEntity bacGiang = G.byLabel("tỉnh Bắc Giang").orElseThrow();
        assertEquals(ID + "place/tinh-bac-giang", bacGiang.iri());
        assertEquals("2025-06-30", value(bacGiang.iri(), LSKG.validUntil));
        assertEquals(ID + "place/tinh-bac-ninh", object(bacGiang.iri(), ProvinceEntities.IS_REPLACED_BY));
        assertEquals(ID + "body/uy-ban-nhan-dan-tinh-bac-ninh",
                object(ID + "body/uy-ban-nhan-dan-tinh-bac-giang", ProvinceEntities.IS_REPLACED_BY));
        assertEquals(ID + "body/tinh-uy-bac-ninh", object(ID + "body/tinh-uy-bac-giang", ProvinceEntities.IS_REPLACED_BY));
        // two provinces into one: Hà Nam and Nam Định became part of Ninh Bình
        assertEquals(ID + "place/tinh-ninh-binh", object(ID + "place/tinh-ha-nam", ProvinceEntities.IS_REPLACED_BY));
        assertEquals(ID + "place/tinh-ninh-binh", object(ID + "place/tinh-nam-dinh", ProvinceEntities.IS_REPLACED_BY));
        // a province into a centrally-run city, written with a dash as the documents write it
        KnownEntity vungTau = G.byLabel("tỉnh Bà Rịa – Vũng Tàu").orElseThrow();
        assertEquals(ID + "place/thanh-pho-ho-chi-minh", object(vungTau.iri(), ProvinceEntities.IS_REPLACED_BY));
    }

    @Test
    void theUnitThatKeptItsNameGoesOnAndOneUnmergedProvinceHasNoEnd() {
        KnownEntity bacNinh = G.byLabel("tỉnh Bắc Ninh").orElseThrow();
        assertNull(value(bacNinh.iri(), LSKG.validUntil));
        assertNull(object(bacNinh.iri(), ProvinceEntities.IS_REPLACED_BY));
        KnownEntity caoBang = G.byLabel("Cao Bằng").orElseThrow();
        assertEquals(ID + "place/tinh-cao-bang", caoBang.iri());
        assertNull(value(caoBang.iri(), LSKG.validUntil));
        assertEquals("Tỉnh ủy Cao Bằng", G.byIri(ID + "body/tinh-uy-cao-bang").orElseThrow().prefLabel());
    }

    @Test
    void hueIsACentrallyRunCitySince2025() {
        KnownEntity hue = G.byLabel("Thành phố Huế").orElseThrow();
        assertEquals("thành phố Huế", hue.prefLabel());
        assertEquals("2025-01-01", value(hue.iri(), LSKG.validFrom));
        assertEquals(hue.iri(), object(ID + "place/tinh-thua-thien-hue", ProvinceEntities.IS_REPLACED_BY));
    }

    @Test
    void centrallyRunCitiesAndTheirBodiesAsTheDocumentsSpellThem() {
        assertEquals(ID + "body/uy-ban-nhan-dan-thanh-pho-ho-chi-minh",
                G.byLabel("Ủy ban nhân dân Thành phố Hồ Chí Minh").orElseThrow().iri());
        assertEquals(ID + "place/thanh-pho-ho-chi-minh", G.byLabel("TP.HCM").orElseThrow().iri());
        assertEquals(ID + "place/thanh-pho-ho-chi-minh", G.byLabel("TP. Hồ Chí Minh").orElseThrow().iri());
        assertEquals("Thành ủy Thành phố Hồ Chí Minh", G.byLabel("Thành ủy TP Hồ Chí Minh").orElseThrow().prefLabel());
        assertEquals("Hội đồng nhân dân thành phố Cần Thơ", G.byLabel("HĐND thành phố Cần Thơ").orElseThrow().prefLabel());
        assertEquals("Ủy ban nhân dân tỉnh Hà Tĩnh", G.byLabel("UBND tỉnh Hà Tĩnh").orElseThrow().prefLabel());
    }

    @Test
    void theMinistriesOf2025AndTheirPredecessors() {
        assertEquals(ID + "body/bo-tai-chinh", object(ID + "body/bo-ke-hoach-va-dau-tu", ProvinceEntities.IS_REPLACED_BY));
        assertEquals("2025-02-28", value(ID + "body/bo-ke-hoach-va-dau-tu", LSKG.validUntil));
        KnownEntity nnmt = G.byLabel("Bộ NN&MT").orElseThrow();
        assertEquals("Bộ Nông nghiệp và Môi trường", nnmt.prefLabel());
        assertEquals("2025-03-01", value(nnmt.iri(), LSKG.validFrom));
        assertEquals(nnmt.iri(), object(ID + "body/bo-nong-nghiep-va-phat-trien-nong-thon", ProvinceEntities.IS_REPLACED_BY));
        assertEquals(nnmt.iri(), object(ID + "body/bo-tai-nguyen-va-moi-truong", ProvinceEntities.IS_REPLACED_BY));
        assertEquals(ID + "body/bo-xay-dung", object(ID + "body/bo-giao-thong-van-tai", ProvinceEntities.IS_REPLACED_BY));
        assertEquals(ID + "body/bo-khoa-hoc-va-cong-nghe",
                object(ID + "body/bo-thong-tin-va-truyen-thong", ProvinceEntities.IS_REPLACED_BY));
        assertEquals(ID + "body/bo-noi-vu", object(ID + "body/bo-lao-dong-thuong-binh-va-xa-hoi", ProvinceEntities.IS_REPLACED_BY));
        assertEquals(ID + "body/bo-dan-toc-va-ton-giao", object(ID + "body/uy-ban-dan-toc", ProvinceEntities.IS_REPLACED_BY));
        assertEquals(ID + "body/cuc-thue", object(ID + "body/tong-cuc-thue", ProvinceEntities.IS_REPLACED_BY));
    }

    @Test
    void centralBodiesOfStateAndParty() {
        for (String name : new String[] {"Văn phòng Quốc hội", "Văn phòng Chủ tịch nước", "Kiểm toán Nhà nước",
                "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Văn phòng Trung ương Đảng", "Ban Tổ chức Trung ương",
                "Ban Tuyên giáo và Dân vận Trung ương", "Ban Bí thư Trung ương Đảng", "Cục Hải quan", "Bảo hiểm xã hội Việt Nam"}) {
            assertTrue(G.byLabel(name).filter(e -> e.category() == EntityCategory.AGENCY).isPresent(), name);
        }
    }

    @Test
    void classesOfLocalBodiesWithTheirPrintedForms() {
        assertEquals("Ủy ban nhân dân cấp tỉnh",
                G.byLabel("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương").orElseThrow().prefLabel());
        assertEquals("Ủy ban nhân dân cấp xã", G.byLabel("UBND các xã, phường, đặc khu").orElseThrow().prefLabel());
        assertEquals("Ủy ban nhân dân cấp huyện", G.byLabel("UBND các huyện, thành phố").orElseThrow().prefLabel());
        assertEquals("2025-06-30", value(ID + "body/uy-ban-nhan-dan-cap-huyen", LSKG.validUntil));
    }

    @Test
    void aDepartmentNamedAloneBelongsToNoProvince() {
        assertEquals(Optional.empty(), G.byLabel("Sở Y tế"));
        assertEquals(Optional.empty(), G.byLabel("UBND tỉnh"));
        assertEquals(Optional.empty(), G.byLabel("Trung tâm Phục vụ hành chính công"));
    }

    @Test
    void aBodyIsQualifiedByTheProvinceOfTheDocumentThatNamesIt() {
        Canonicalizer.Canonical inLangSon = RESOLVER.canonical(EntityCategory.AGENCY, "Trung tâm Phục vụ hành chính công",
                Optional.of("tỉnh Lạng Sơn"));
        assertEquals("Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn", inLangSon.label());
        assertEquals(Resolution.Method.KNOWN, inLangSon.resolution().method());
        Canonicalizer.Canonical inHaTinh = RESOLVER.canonical(EntityCategory.AGENCY, "Trung tâm Phục vụ hành chính công",
                Optional.of("tỉnh Hà Tĩnh"));
        assertEquals("Trung tâm Phục vụ hành chính công", inHaTinh.label());
        assertEquals("Bưu điện tỉnh Lạng Sơn",
                RESOLVER.canonical(EntityCategory.AGENCY, "Bưu điện tỉnh", Optional.of("tỉnh Lạng Sơn")).label());
        assertEquals("Ủy ban nhân dân thành phố Hồ Chí Minh",
                RESOLVER.canonical(EntityCategory.AGENCY, "Ủy ban nhân dân Thành phố Hồ Chí Minh", Optional.empty()).label());
    }

    private static String value(String iri, org.apache.jena.rdf.model.Property p) {
        Statement s = MODEL.createResource(iri).getProperty(p);
        return s == null ? null : s.getString();
    }

    private static String object(String iri, org.apache.jena.rdf.model.Property p) {
        Resource r = MODEL.createResource(iri).getPropertyResourceValue(p);
        return r == null ? null : r.getURI();
    }
}
