package org.lskg.rdf;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lskg.Pipeline;
import org.lskg.document.DocumentException;
import org.lskg.store.ShaclValidator;
import org.lskg.testing.Corpus;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Targets and reported figures as the mappers write them: values, units, years, periods, and the shapes. */
class QuantityMappersTest {

    private static DocumentGraph plan;
    private static DocumentGraph report;

    @BeforeAll
    static void extract() throws DocumentException {
        plan = Pipeline.create().extract(Corpus.seed("003"));
        report = Pipeline.create().extract(Corpus.seed("002"));
    }

    @Test
    void graphsConformToTheShapes() {
        ShaclValidator validator = ShaclValidator.fromClasspath();
        assertEquals(List.of(), validator.validate(plan.graph()));
        assertEquals(List.of(), validator.validate(report.graph()));
    }

    @Test
    void aRangeTargetHasItsEndsUnitYearAndSentence() {
        QuerySolution row = one(plan, """
                SELECT * WHERE {
                  ?t a lskg:Target ; lskg:indicatorText "Tốc độ tăng trưởng kinh tế (GRDP)" ;
                     lskg:valueText ?text ; lskg:minValue ?min ; lskg:maxValue ?max ; lskg:unit ?unit ;
                     lskg:unitCode ?code ; lskg:year ?year ; prov:wasDerivedFrom/lskg:text ?sentence .
                  FILTER NOT EXISTS { ?t lskg:value ?v }
                }""");
        assertEquals("7 - 7,5", row.getLiteral("text").getString());
        assertEquals("7", row.getLiteral("min").getLexicalForm());
        assertEquals("7.5", row.getLiteral("max").getLexicalForm());
        assertEquals("%", row.getLiteral("unit").getString());
        assertEquals("percent", row.getLiteral("code").getString());
        assertEquals("2024", row.getLiteral("year").getLexicalForm());
        assertEquals("http://www.w3.org/2001/XMLSchema#gYear", row.getLiteral("year").getDatatypeURI());
        assertEquals("Tốc độ tăng trưởng kinh tế (GRDP): 7 - 7,5%.", row.getLiteral("sentence").getString());
    }

    @Test
    void aSingleValueAndALowerBound() {
        QuerySolution spending = one(plan, """
                SELECT * WHERE { ?t a lskg:Target ; lskg:valueText "14.040,807" ; lskg:value ?v ; lskg:unit ?u }""");
        assertEquals("14040.807", spending.getLiteral("v").getLexicalForm());
        assertEquals("tỷ đồng", spending.getLiteral("u").getString());
        QuerySolution crime = one(plan, """
                SELECT * WHERE { ?t a lskg:Target ; lskg:indicatorText "Giảm số vụ phạm tội về trật tự xã hội" ;
                                    lskg:minValue ?min . FILTER NOT EXISTS { ?t lskg:maxValue ?max } }""");
        assertEquals("5", crime.getLiteral("min").getLexicalForm());
    }

    @Test
    void aReportedFigureHasPlanShareChangeAndPeriod() {
        QuerySolution row = one(report, """
                SELECT * WHERE {
                  ?f a lskg:ReportedFigure ; lskg:valueText "4.595" ; lskg:unit ?unit ; lskg:percentOfPlan ?plan ;
                     lskg:changeVsSamePeriod ?change ; lskg:periodText ?period ;
                     lskg:period [ time:hasBeginning/time:inXSDDate ?begin ; time:hasEnd/time:inXSDDate ?end ] .
                }""");
        assertEquals("triệu USD", row.getLiteral("unit").getString());
        assertEquals("120.9", row.getLiteral("plan").getLexicalForm());
        assertEquals("70.6", row.getLiteral("change").getLexicalForm());
        assertEquals("2023-01-01", row.getLiteral("begin").getLexicalForm());
        assertEquals("2023-11-30", row.getLiteral("end").getLexicalForm());
    }

    @Test
    void reportedFiguresAreNotTargets() {
        QuerySolution row = one(report, "SELECT (COUNT(?t) AS ?n) WHERE { ?t a lskg:Target }");
        assertEquals(1, row.getLiteral("n").getInt()); // "10 xã phấn đấu đạt chuẩn nông thôn mới năm 2023"
    }

    private static QuerySolution one(DocumentGraph g, String select) {
        Model m = ModelFactory.createModelForGraph(g.graph());
        String prefixes = """
                PREFIX lskg: <https://w3id.org/lskg/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX time: <http://www.w3.org/2006/time#>
                """;
        try (QueryExecution qe = QueryExecution.model(m).query(prefixes + select).build()) {
            var rs = qe.execSelect();
            QuerySolution first = rs.next();
            assertEquals(false, rs.hasNext(), "more than one row for " + select);
            return first;
        }
    }
}
