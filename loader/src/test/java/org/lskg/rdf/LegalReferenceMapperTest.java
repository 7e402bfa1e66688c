package org.lskg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lskg.document.DocumentParser;
import org.lskg.document.ParsedDocument;
import org.lskg.extract.Extractors;
import org.lskg.resolve.EntityResolver;
import org.lskg.store.ShaclValidator;
import org.lskg.testing.Corpus;
import org.lskg.testing.Notices;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LegalReferenceMapperTest {

    private static final DocumentMapper MAPPER = new DocumentMapper(FactMappers.standard());
    private static ParsedDocument d001;
    private static DocumentGraph g001;
    private static Model m001;

    @BeforeAll
    static void map() throws Exception {
        d001 = DocumentParser.create().parse(Corpus.seed("001"));
        g001 = mapped(d001);
        m001 = ModelFactory.createModelForGraph(g001.graph());
    }

    private static DocumentGraph mapped(ParsedDocument d) {
        return MAPPER.map(d, Extractors.run(Extractors.standard(EntityResolver.standard()), d));
    }

    @Test
    void theCitedDocumentIsANodeWithWhatTheCitationSays() {
        String iri = Iris.numberedDocument(Optional.of("Chính phủ"), Optional.of("2021"), "128/NQ-CP");
        assertEquals(LSKG.ID + "doc/chinh-phu/2021/128-nq-cp", iri);
        Resource ref = m001.getResource(iri);
        assertTrue(ref.hasProperty(RDF.type, LSKG.LegalReference));
        assertEquals("128/NQ-CP", ref.getProperty(LSKG.documentNumber).getString());
        Literal issued = ref.getProperty(LSKG.DCT_issued).getLiteral();
        assertEquals("2021-10-11", issued.getLexicalForm());
        assertEquals(XSDDatatype.XSDdate.getURI(), issued.getDatatypeURI());
        Resource type = ref.getPropertyResourceValue(LSKG.documentType);
        assertEquals(LSKG.ID + "doctype/nghi-quyet", type.getURI());
        assertEquals("Nghị quyết", type.getProperty(LSKG.SKOS_prefLabel, "vi").getString());
        Resource issuer = ref.getPropertyResourceValue(LSKG.issuer);
        assertEquals(Iris.body("Chính phủ"), issuer.getURI());
        assertTrue(issuer.hasProperty(RDF.type, LSKG.Body));
        assertEquals("Chính phủ", issuer.getProperty(LSKG.SKOS_prefLabel, "vi").getString());
    }

    @Test
    void theDocumentAndItsSentencesCiteIt() {
        Resource doc = m001.getResource(Iris.document(d001));
        Resource ref = m001.getResource(Iris.numberedDocument(Optional.of("Chính phủ"), Optional.of("2021"), "128/NQ-CP"));
        assertTrue(doc.hasProperty(LSKG.cites, ref));
        List<RDFNode> sources = m001.listObjectsOfProperty(ref, LSKG.PROV_wasDerivedFrom).toList();
        assertEquals(2, sources.size(), "cited in two sentences");
        for (RDFNode s : sources) {
            assertTrue(s.asResource().hasProperty(RDF.type, LSKG.Sentence));
            assertTrue(s.asResource().hasProperty(LSKG.cites, ref));
            assertTrue(s.asResource().getProperty(LSKG.text).getString().contains("128/NQ-CP"));
        }
        assertEquals(5, m001.listObjectsOfProperty(doc, LSKG.cites).toList().size());
    }

    @Test
    void aCitationAndTheCitedDocumentMeetInOneNode() {
        ParsedDocument citing = Notices.withBody("Thực hiện Thông báo số 320/TB-VPCP ngày 28/11/2021 của Văn phòng Chính"
                + " phủ về kết luận của Thủ tướng Chính phủ tại buổi làm việc với lãnh đạo tỉnh Lạng Sơn.");
        Model m = ModelFactory.createModelForGraph(mapped(citing).graph());
        Resource cited = m.listObjectsOfProperty(m.getResource(Iris.document(citing)), LSKG.cites).next().asResource();
        assertEquals(Iris.document(d001), cited.getURI());
        assertEquals("kết luận của Thủ tướng Chính phủ tại buổi làm việc với lãnh đạo tỉnh Lạng Sơn",
                cited.getProperty(LSKG.DCT_title).getString());
    }

    @Test
    void theGraphsConformToTheShapes() throws Exception {
        ShaclValidator validator = ShaclValidator.fromClasspath();
        assertEquals(List.of(), validator.validate(g001.graph()));
        ParsedDocument variants = Notices.withBody("Theo Quyết định số 3027/QĐUBND ngày 15/12/2023; Chỉ thị số 05/CT-TTG;"
                + " Chỉ thị số 05/CT-TTg ngày 02/3/2024; Giấy phép số 199/GP-BNNMT; Luật Đất đai số 31/2024/QH15; Nghị quyết"
                + " số 10-\n\nNQ/TW ngày 10/02/2022 và Quyết định số 12/QĐ-UBND ngày 05/01/2023 và số 12/QĐ-UBND ngày 08/01/2024.");
        assertEquals(List.of(), validator.validate(mapped(variants).graph()));
        for (String seed : List.of("000", "002", "003", "004")) {
            assertEquals(List.of(), validator.validate(mapped(DocumentParser.create().parse(Corpus.seed(seed))).graph()), seed);
        }
    }

    @Test
    void theEvalQueryGivesOneRowPerNumberAndDate() throws Exception {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        ParsedDocument d002 = DocumentParser.create().parse(Corpus.seed("002"));
        for (DocumentGraph g : List.of(g001, mapped(d002))) ds.addGraph(g.graphName(), g.graph());
        String query = Files.readString(Corpus.queries().resolve("eval/legal_refs.rq"));
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(ds)).query(query).build()) {
            ResultSet rs = qe.execSelect();
            assertEquals(List.of("source", "number", "date"), rs.getResultVars());
            rs.forEachRemaining((QuerySolution s) -> rows.add(s.getLiteral("source").getString() + " "
                    + s.getLiteral("number").getString() + " " + (s.contains("date") ? s.getLiteral("date").getString() : "-")));
        }
        Set<String> sources = rows.stream().map(r -> r.substring(0, 3)).collect(Collectors.toSet());
        assertEquals(Set.of("001", "002"), sources);
        assertEquals(List.of(
                "001_df7bcefca2f647a1.txt 108/TTr-UBND 2021-08-23",
                "001_df7bcefca2f647a1.txt 119/TTr-UBND 2021-09-18",
                "001_df7bcefca2f647a1.txt 120/TTr-UBND 2021-09-18",
                "001_df7bcefca2f647a1.txt 121/TTr-UBND 2021-09-18",
                "001_df7bcefca2f647a1.txt 128/NQ-CP 2021-10-11",
                "002_7fc097a99f4f5691.txt 04/NQ-CP -",
                "002_7fc097a99f4f5691.txt 1199/QĐ-TTg 2023-10-14",
                "002_7fc097a99f4f5691.txt 326/QĐ-TTg 2022-03-09"), rows);
    }
}
