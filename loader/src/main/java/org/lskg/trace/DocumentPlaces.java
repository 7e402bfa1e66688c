package org.lskg.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lskg.text.Fold;
import org.lskg.text.Provinces;
import org.lskg.trace.CorpusSnapshot.Sentence;

/**
 * The province (or centrally-run city) each document is about, when one dominates: named with its unit word
 * ("tỉnh Lạng Sơn", "thành phố Cần Thơ") at least {@link #MIN_MENTIONS} times and at least twice as often as
 * any other. A conclusion notice after a visit to Đắk Lắk and one after a visit to Thanh Hóa share their
 * wording ("bên cạnh những kết quả tích cực đã đạt được, ... cần tiếp tục có những giải pháp quyết liệt"), not
 * their tasks: {@link FollowUpFinder} refuses a link on words alone between documents of two different
 * provinces. A national document (a telegram to several provinces) has none and is not restricted.
 * Provinces come from {@code org/lskg/data/provinces.tsv} ({@link Provinces}). Immutable.
 */
final class DocumentPlaces {
    static final int MIN_MENTIONS = 2;
    private final Map<String, String> byDocument;

    private DocumentPlaces(Map<String, String> byDocument) {
        this.byDocument = Map.copyOf(byDocument);
    }

    /**
     * The places of the documents of {@code sentences}, each sentence's text read folded ({@link Fold#ascii}) from
     * {@code folded}: the tracer folds every sentence once and reads it here too.
     */
    static DocumentPlaces of(List<Sentence> sentences, Function<Sentence, String> folded) {
        Map<String, String> names = new HashMap<>();
        for (Provinces.Province p : Provinces.standard().all()) {
            p.names().forEach(n -> names.putIfAbsent(Fold.ascii(n), Fold.ascii(p.name())));
        }
        String alternation = names.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).map(Pattern::quote).collect(Collectors.joining("|"));
        Pattern named = Pattern.compile("\\b(?:tinh|thanh pho) (" + alternation + ")\\b");
        // Sentences are read on all cores, and the counts summed.
        Map<String, Map<String, Integer>> counts = sentences.parallelStream().flatMap(s -> {
            List<Map.Entry<String, String>> found = new ArrayList<>();
            names(named, folded.apply(s), name -> found.add(Map.entry(s.document(), names.get(name))));
            return found.stream();
        }).collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.groupingBy(Map.Entry::getValue,
                Collectors.summingInt(e -> 1))));
        Map<String, String> out = new HashMap<>();
        counts.forEach((doc, byName) -> {
            List<Map.Entry<String, Integer>> ranked = byName.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .toList();
            int first = ranked.get(0).getValue();
            int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
            if (first >= MIN_MENTIONS && first >= 2 * second) {
                out.put(doc, ranked.get(0).getKey());
            }
        });
        return new DocumentPlaces(out);
    }

    /**
     * Gives {@code sink} the province name (group 1) of each match of {@code named} in {@code text}, as
     * {@link Matcher#find} finds them one after another; but tried only where a unit word ("tinh ", "thanh pho ")
     * starts, with which every match starts. Most sentences name no province, and the alternation of every
     * province's names was tried at each of their characters: a sixth of the time of indexing a corpus.
     */
    static void names(Pattern named, String text, Consumer<String> sink) {
        Matcher m = named.matcher(text).useTransparentBounds(true); // \b at a try sees the character before it
        int from = 0;
        while (from < text.length()) {
            int province = text.indexOf("tinh ", from);
            int city = text.indexOf("thanh pho ", from);
            int at = province < 0 ? city : city < 0 ? province : Math.min(province, city);
            if (at < 0) {
                return;
            }
            m.region(at, text.length());
            if (m.lookingAt()) {
                sink.accept(m.group(1));
                from = m.end();
            } else {
                from = at + 1;
            }
        }
    }

    /** The folded name of the province {@code document} is about, if one dominates. */
    Optional<String> of(String document) {
        return Optional.ofNullable(byDocument.get(document));
    }

    /** Both documents are about a province, and not the same one. */
    boolean apart(String a, String b) {
        Optional<String> x = of(a);
        Optional<String> y = of(b);
        return x.isPresent() && y.isPresent() && !x.equals(y);
    }
}
