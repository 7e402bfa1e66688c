package org.lskg.trace;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lskg.text.Fold;
import org.lskg.trace.CorpusSnapshot.Commitment;
import org.lskg.trace.CorpusSnapshot.Entity;
import org.lskg.trace.CorpusSnapshot.Sentence;

/**
 * The deadline a status is judged against. Usually the commitment's own; but a task is often dated by the
 * next sentence ("Khẩn trương hoàn thành lập Quy hoạch tỉnh Lạng Sơn ... . Đảm bảo hoàn thành hồ sơ quy
 * hoạch, trình Thủ tướng Chính phủ phê duyệt ... chậm nhất trước tháng 6 năm 2022."), which extraction keeps
 * as a commitment of its own. A commitment without a deadline borrows that of the commitment in the next
 * sentence of its section when that one names no actor and no entity of its own and refers back to the
 * first one's programme or project by its head words ("quy hoạch", "dự án", "cửa khẩu").
 */
final class Deadlines {

    private final Map<String, Sentence> sentences;
    private final Map<String, List<Commitment>> bySentence;
    private final Map<String, Map<Integer, String>> sentenceByOrder;
    private final Function<Commitment, List<Entity>> topic;

    Deadlines(CorpusSnapshot corpus, Function<Commitment, List<Entity>> topic) {
        this.sentences = corpus.sentencesByIri();
        this.bySentence = corpus.commitments().stream().collect(Collectors.groupingBy(Commitment::sentence));
        this.sentenceByOrder = corpus.sentences().stream().collect(Collectors.groupingBy(Sentence::document,
                Collectors.toMap(Sentence::order, Sentence::iri, (a, b) -> a)));
        this.topic = topic;
    }

    Optional<EffectiveDeadline> of(Commitment c) {
        if (c.deadline().isPresent()) {
            var d = c.deadline().get();
            return Optional.of(new EffectiveDeadline(d.date(), d.text().orElse(d.date().toString()), Optional.empty()));
        }
        Sentence s = sentences.get(c.sentence());
        if (s == null) {
            return Optional.empty();
        }
        String next = sentenceByOrder.getOrDefault(s.document(), Map.of()).get(s.order() + 1);
        List<String> heads = topic.apply(c).stream().map(e -> head(e.label())).filter(h -> !h.isEmpty()).toList();
        return bySentence.getOrDefault(next, List.of()).stream()
                .filter(n -> n.deadline().isPresent() && n.section().equals(c.section())
                        && n.responsible().isEmpty() && n.about().isEmpty())
                .filter(n -> heads.stream().anyMatch(h -> (" " + Fold.ascii(n.text()) + " ").contains(" " + h + " ")))
                .findFirst()
                .map(n -> new EffectiveDeadline(n.deadline().get().date(),
                        n.deadline().get().text().orElse(n.deadline().get().date().toString()), Optional.of(n.iri())));
    }

    /** The first two syllables of a label, its kind: "quy hoach", "du an", "cua khau", "quoc lo". */
    private static String head(String label) {
        String[] words = Fold.ascii(label).split(" ");
        return words.length >= 2 ? words[0] + " " + words[1] : "";
    }
}
