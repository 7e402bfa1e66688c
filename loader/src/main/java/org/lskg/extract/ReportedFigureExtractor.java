package org.lskg.extract;

import org.lskg.document.ParsedDocument;
import org.lskg.document.Sentence;
import org.lskg.text.QuantityReader;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads {@link ReportedFigure}s from accounts of results: "tổng diện tích thu hoạch vụ mùa ước đạt
 * 47.063,06 ha, đạt 102,3% kế hoạch và giảm 0,31% so với cùng kỳ". A figure needs a reporting verb
 * before it or a relation to the plan or the same period after it, and never stands in a section of
 * targets or tasks (see {@link TargetLanguage}). Its period comes from the nearest period words before it
 * ({@link PeriodReader}).
 */
public final class ReportedFigureExtractor implements Extractor {

    private final IndicatorReader reader;

    public ReportedFigureExtractor(QuantityReader quantities) {
        this.reader = new IndicatorReader(quantities);
    }

    /** An extractor with lskg's unit vocabulary. */
    public static ReportedFigureExtractor standard() {
        return new ReportedFigureExtractor(QuantityReader.standard());
    }

    @Override
    public void extract(ParsedDocument document, FactSink sink) {
        Framing framing = Framing.of(document);
        for (Sentence s : document.sentences()) {
            if (s.part() != Sentence.Part.BODY) continue;
            sink.guarded(s, () -> {
                Framing.Frame frame = framing.frame(s);
                for (Reading r : reader.read(s.text())) {
                    if (!TargetLanguage.isResult(r, frame)) continue;
                    String before = s.text().substring(0, r.quantity().start());
                    Optional<Period> period = PeriodReader.nearestBefore(before, frame.reportMonth());
                    Optional<BigDecimal> plan = r.percentOfPlan().map(q -> q.min());
                    Optional<BigDecimal> change = r.change().map(c -> c.negative() ? c.quantity().min().negate() : c.quantity().min());
                    sink.accept(new ReportedFigure(s, r.indicator(), r.quantity(), period, plan, change));
                }
            });
        }
    }
}
