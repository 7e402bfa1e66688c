package org.lskg.extract;

import org.lskg.text.Fold;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the fixed names of a {@link NameLexicon} with two regular expressions per sentence: all forms
 * compiled into two alternations, longest form first, so that at each position the longest name wins. Names of three
 * words or more match whatever their case ("Hội đồng dân tộc của Quốc hội"); shorter ones only as
 * written, since "Anh" or "Nga" in lower case are ordinary words. A match is mapped back to its name by
 * its {@link Fold#key} (tone placement, case, dashes and spacing neutralised).
 */
final class FixedNames {

    private final Alternation exactCase;
    private final Alternation anyCase;
    private final Map<String, NameLexicon.Name> byKey = new HashMap<>();

    FixedNames(NameLexicon lexicon) {
        List<String[]> forms = new java.util.ArrayList<>();
        for (NameLexicon.Name n : lexicon.names()) {
            for (String form : n.forms()) {
                if (byKey.putIfAbsent(Fold.key(form), n) == null) forms.add(new String[] {form});
            }
        }
        forms.sort(Comparator.comparingInt((String[] f) -> f[0].length()).reversed());
        this.exactCase = alternation(forms.stream().map(f -> f[0]).filter(f -> words(f) < 3).toList(), 0);
        this.anyCase = alternation(forms.stream().map(f -> f[0]).filter(f -> words(f) >= 3).toList(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Adds a mention for each fixed name in the sentence. */
    void find(Context ctx) {
        for (Alternation a : new Alternation[] {anyCase, exactCase}) {
            if (a == null) continue;
            // one match per starting position, so a name inside a longer one is found too
            // ("vùng Trung du và miền núi phía Bắc" inside "Quy hoạch vùng Trung du ...")
            a.each(ctx.text(), (start, end) -> {
                NameLexicon.Name n = byKey.get(Fold.key(ctx.text().substring(start, end)));
                if (n != null) ctx.add(start, end, n.category(), n.label());
            });
        }
    }

    private static int words(String form) {
        return form.strip().split("\\s+").length;
    }

    private static Alternation alternation(List<String> forms, int flags) {
        return forms.isEmpty() ? null : new Alternation(forms, flags);
    }

    /** A hit of an {@link Alternation}: the span of text a form matched. */
    @FunctionalInterface
    interface Hit {
        void at(int start, int end);
    }

    /**
     * The forms as one alternation, longest first, whole words only; matched position by position as
     * {@code Matcher.find(from)} would, but each position is tried only against the forms that can open there.
     * With a few thousand forms the single alternation tried every one of them at every word of the text (a
     * quarter of the time of a 2 MB document); the forms are grouped by their first letter (as the pattern
     * compares it: as written, or case-folded the way {@code UNICODE_CASE} folds it), each group an alternation
     * of its own in the same order, so the form found at a position is the one the whole alternation finds.
     * Where that cannot be decided from one letter (a surrogate, a letter that is itself some form's folded
     * first letter but folds to another), the whole alternation is tried there.
     */
    static final class Alternation {
        private static final String BEFORE = "(?<![\\p{L}\\p{N}])(?:";
        private static final String AFTER = ")(?![\\p{L}\\p{N}])";

        private final Pattern whole;
        private final boolean folded;
        /** Forms by the first letter their pattern compares (folded when {@link #folded}); their order kept. */
        private final Map<Integer, Pattern> byFirst = new HashMap<>();

        Alternation(List<String> forms, int flags) {
            this.folded = (flags & Pattern.CASE_INSENSITIVE) != 0;
            this.whole = Pattern.compile(BEFORE + forms.stream().map(FixedNames::flexible)
                    .collect(Collectors.joining("|")) + AFTER, flags);
            Map<Integer, List<String>> groups = new java.util.LinkedHashMap<>();
            for (String form : forms) {
                String first = MatchText.normalize(form).split("\\s+")[0];
                if (first.isEmpty()) {
                    byFirst.clear();    // a form that opens with white space: no letter decides; the whole alternation
                    return;
                }
                groups.computeIfAbsent(key(first.codePointAt(0)), k -> new java.util.ArrayList<>()).add(flexible(form));
            }
            groups.forEach((k, g) -> byFirst.put(k, Pattern.compile(BEFORE + String.join("|", g) + AFTER, flags)));
        }

        /** The letter as the pattern compares a form's first letter: as written, or upper- then lower-cased. */
        private int key(int c) {
            return folded ? Character.toLowerCase(Character.toUpperCase(c)) : c;
        }

        /** Each match in {@code text}, one per starting position, as {@code find(start + 1)} after each would give. */
        void each(String text, Hit hit) {
            if (byFirst.isEmpty()) {
                Matcher m = whole.matcher(text);
                for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) hit.at(m.start(), m.end());
                return;
            }
            Map<Pattern, Matcher> matchers = new HashMap<>();
            for (int p = 0; p < text.length(); p++) {
                char c = text.charAt(p);
                Pattern group;
                if (Character.isSurrogate(c)) {
                    group = whole;
                } else {
                    int k = key(c);
                    group = byFirst.get(k);
                    // a folded pattern letter also matches the text letter as written: both groups could hold forms
                    if (folded && k != c && byFirst.containsKey((int) c)) group = whole;
                }
                if (group == null || (p > 0 && wordChar(text, p))) continue;
                Matcher m = matchers.computeIfAbsent(group, g -> g.matcher(text).useTransparentBounds(true));
                m.region(p, text.length());
                if (m.lookingAt()) hit.at(m.start(), m.end());
            }
        }

        /**
         * Whether the character before {@code p} is a letter or decimal digit, where the pattern's look-behind
         * fails for sure (no name starts inside a word); anything else is left to the pattern.
         */
        private static boolean wordChar(String text, int p) {
            char before = text.charAt(p - 1);
            return !Character.isSurrogate(before) && (Character.isLetter(before) || Character.isDigit(before));
        }
    }

    /** A form as written, tolerant of tone placement (the text is normalised), dash style and spacing. */
    private static String flexible(String form) {
        StringBuilder re = new StringBuilder();
        String[] tokens = MatchText.normalize(form).split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0) re.append(tokens[i].equals("-") || tokens[i - 1].equals("-") ? "\\s*" : "\\s+");
            re.append(Pattern.quote(tokens[i]));
        }
        return re.toString();
    }
}
